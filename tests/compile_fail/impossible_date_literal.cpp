// A date literal naming a day that does not exist stops the build. GCC shows
// the literal; Clang shows the literal and the reason.
// expect: the_date_literal_is_invalid
// expect: 2015-02-30
// expect-clang: day does not exist in that month
#include <hotline/date.hpp>

using namespace hotline::literals;

#ifdef HOTLINE_CONTROL
constexpr hotline::Date last_of_february = "2015-02-28"_date;
#else
constexpr hotline::Date last_of_february = "2015-02-30"_date;
#endif

int main() {
  return last_of_february.ok() ? 0 : 1;
}
