// A date literal for an interval that ends before it starts stops the build.
// expect: the_date_literal_is_invalid
// expect: 2016/2015
// expect-clang: interval ends before it starts
#include <hotline/date.hpp>

using namespace hotline::literals;

#ifdef HOTLINE_CONTROL
constexpr hotline::Date two_years = "2015/2016"_date;
#else
constexpr hotline::Date two_years = "2016/2015"_date;
#endif

int main() {
  return two_years.ok() ? 0 : 1;
}
