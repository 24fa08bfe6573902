// The RFC 4180 reader on any bytes: it never crashes, counts every record,
// and what it reads, written back and read again, is the same.
#include <sstream>
#include <string>
#include <vector>

#include <hotline/io/csv.hpp>

#include "fuzz_support.hpp"

using namespace hotline::io;
using hotline_fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  // The first byte chooses the options: UTF-8 check, a small record limit.
  const std::uint8_t choice = data[0];
  ReadOptions options{.mode = ErrorMode::lenient};
  options.check_utf8 = (choice & 1) != 0;
  if ((choice & 2) != 0) options.max_record_bytes = 64;
  hotline_fuzz::MemoryStream in(data + 1, size - 1);
  std::vector<std::vector<std::string>> rows;
  std::uint64_t errors = 0;
  options.on_error = [&](const RowError& e) {
    ++errors;
    require(e.line >= 1 && !e.what.empty(), "errors name a line and a reason");
  };
  CsvReader reader(in, "fuzz.csv", options);
  while (const CsvRecord* r = reader.next()) rows.emplace_back(r->fields.begin(), r->fields.end());
  const ReadStats& s = reader.stats();
  require(s.records == s.rows + s.bad_rows, "every record is a row or a bad row");
  require(s.bad_rows == errors, "every bad row is reported");
  require(s.rows == rows.size(), "every row is returned");

  std::ostringstream out;
  {
    CsvWriter w(out);
    for (const auto& row : rows) {
      for (const auto& f : row) w.field(f);
      w.end_row();
    }
  }
  std::istringstream again(out.str());
  CsvReader second(again, "again.csv", {.check_utf8 = options.check_utf8});
  std::size_t i = 0;
  while (const CsvRecord* r = second.next()) {
    require(i < rows.size(), "no more records than written");
    // A record of one empty field is written as an empty line: the same.
    require(std::vector<std::string>(r->fields.begin(), r->fields.end()) == rows[i],
            "written records read back equal");
    ++i;
  }
  require(i == rows.size(), "every written record reads back");
  return 0;
}
