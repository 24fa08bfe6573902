// hotline::country() with a code that is not in the table stops the build.
// expect: the_country_code_is_unknown
// expect: ZZZ
#include <hotline/country.hpp>

#ifdef HOTLINE_CONTROL
constexpr hotline::Country state = hotline::country("USA");
#else
constexpr hotline::Country state = hotline::country("ZZZ");
#endif

int main() {
  return state.ok() ? 0 : 1;
}
