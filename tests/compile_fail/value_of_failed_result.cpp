// Taking the value of a failed Result stops a constant expression.
// expect: bad_access
#include <hotline/date.hpp>

#ifdef HOTLINE_CONTROL
constexpr hotline::Date parsed = *hotline::Date::parse("2016-12");
#else
constexpr hotline::Date parsed = *hotline::Date::parse("2016-13");
#endif

int main() {
  return parsed.ok() ? 0 : 1;
}
