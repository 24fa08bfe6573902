// A format spec that a hotline formatter does not take stops the build, and
// the message says, in one line, which specs that type takes.
// expect: hotline: a Date takes {}, {:iso}
#include <string>

#include <hotline/fmt.hpp>

#ifdef HOTLINE_CONTROL
const std::string text = fmt::format("{:iso}", hotline::Date::in_year(1973));
#else
const std::string text = fmt::format("{:name}", hotline::Date::in_year(1973));
#endif
