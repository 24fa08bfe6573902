// Date::parse on any text: it never crashes; a date it accepts is ok() and
// prints (to_iso) as text that parses back to the same date. (Not always
// shorter text: to_iso writes both ends of an interval in one shape, so
// "2023/5428-06" prints as "2023-01/5428-06".)
#include <string_view>

#include <hotline/date.hpp>

#include "fuzz_support.hpp"

using hotline::Date;
using hotline_fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto parsed = Date::parse(text);
  if (!parsed) {
    require(parsed.error().offset <= text.size(), "an error offset lies within the text");
    require(!parsed.error().what.empty(), "an error says why");
    return 0;
  }
  require(parsed->ok(), "a parsed date is ok()");
  const auto iso = hotline::to_iso(*parsed);
  const auto again = Date::parse(iso.view());
  require(again.ok() && *again == *parsed, "to_iso reads back to the same date");
  return 0;
}
