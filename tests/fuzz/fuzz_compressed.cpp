// Compressed input on any bytes: a gzip or zip stream (or plain text) read
// through DecompressingBuffer into the event reader never crashes; it gives
// rows whose counts add up, or a ReadError that says why. Seeds: the
// fixtures in tests/data/compressed and the CSV exports of the event tests.
#include <cstdint>
#include <istream>

#include <hotline/io/compressed.hpp>
#include <hotline/io/events.hpp>

#include "fuzz_support.hpp"

using namespace hotline;
using namespace hotline::io;
using hotline_fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  hotline_fuzz::MemoryStream source(data, size);
  EventOptions options;
  options.read.mode = ErrorMode::lenient;
  options.codes = CodeSet::all();
  TextStore text;
  try {
    DecompressingBuffer buffer(source, "fuzz.zip");
    std::istream in(&buffer);
    in.exceptions(std::ios::badbit);
    const EventImport r = read_events(in, "fuzz.zip", text, options);
    const EventSummary& s = r.summary;
    require(s.read.records == s.read.rows + s.skipped_total() + s.read.bad_rows,
            "every row is kept, skipped or bad");
    require(s.read.rows == s.contacts + s.collapsed, "kept rows are contacts or collapsed");
  } catch (const ReadError& e) {
    require(!e.error().what.empty(), "a fatal error says why");
  }
  return 0;
}
