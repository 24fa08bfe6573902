// An event reader (the format HOTLINE_FUZZ_FORMAT, or detected) on any
// bytes: it never crashes, and every data row is kept, skipped for one
// reason, or bad; collapsing loses no report.
#include <cstdint>

#include <hotline/io/events.hpp>

#include "fuzz_support.hpp"

using namespace hotline;
using namespace hotline::io;
using hotline_fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  // The first byte chooses the options.
  const std::uint8_t choice = data[0];
  EventOptions options;
  options.read.mode = ErrorMode::lenient;
  options.read.check_utf8 = (choice & 1) != 0;
  if ((choice & 2) != 0) options.codes = CodeSet::all();
  if ((choice & 4) != 0) options.pair = StatePair{countries::RUS, countries::USA};
  if ((choice & 8) != 0) options.window = Date::between(Date::in_year(2000), Date::in_year(2020));
  options.collapse = (choice & 16) == 0;
  if ((choice & 32) != 0) options.read.max_record_bytes = 256;
  if ((choice & 64) == 0) options.format = EventFormat::HOTLINE_FUZZ_FORMAT;
  hotline_fuzz::MemoryStream in(data + 1, size - 1);
  TextStore text;
  try {
    const EventImport r = read_events(in, "fuzz.tsv", text, options);
    const EventSummary& s = r.summary;
    require(s.read.records == s.read.rows + s.skipped_total() + s.read.bad_rows,
            "every row is kept, skipped or bad");
    require(s.read.bad_rows == r.errors.size(), "every bad row is reported");
    std::uint64_t reports = 0;
    for (const Contact& c : r.contacts) {
      reports += c.reports;
      require(c.date.ok() && c.states.size() == 2, "a contact has a day and two states");
      require(c.states[0].continuator() != c.states[1].continuator(), "two states, not one");
    }
    require(reports == s.read.rows, "collapsing loses no report");
    require(s.read.rows == s.contacts + s.collapsed, "kept rows are contacts or collapsed");
  } catch (const ReadError& e) {
    require(!e.error().what.empty(), "a fatal error says why");
  }
  return 0;
}
