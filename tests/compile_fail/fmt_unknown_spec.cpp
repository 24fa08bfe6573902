// A format spec that a hotline formatter does not take stops the build, and
// the message says which specs the formatters take.
// expect: hotline: unknown format spec
#include <string>

#include <hotline/fmt.hpp>

#ifdef HOTLINE_CONTROL
const std::string text = fmt::format("{:iso}", hotline::Date::in_year(1973));
#else
const std::string text = fmt::format("{:name}", hotline::Date::in_year(1973));
#endif
