// RFC 4180 records: CsvReader and CsvWriter, with the exact error of each
// malformed input.
#include <hotline/io/csv.hpp>

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>

#include "support/io_strings.hpp"

using hotline::io::CsvReader;
using hotline::io::CsvWriter;
using hotline::io::ErrorMode;
using hotline::io::ReadError;
using hotline::io::ReadOptions;
using hotline::io::RowError;

namespace {

using Rows = std::vector<std::vector<std::string>>;

// Every record of `text`, read in the given mode; bad records are collected.
Rows read_all(std::string_view text, const ReadOptions& options = {},
              std::vector<RowError>* errors = nullptr,
              std::vector<std::uint64_t>* lines = nullptr) {
  std::istringstream in{std::string(text)};
  ReadOptions o = options;
  if (errors != nullptr) o.on_error = [errors](const RowError& e) { errors->push_back(e); };
  CsvReader reader(in, "t.csv", o);
  Rows rows;
  while (const auto* r = reader.next()) {
    rows.emplace_back(r->fields.begin(), r->fields.end());
    if (lines != nullptr) lines->push_back(r->line);
  }
  return rows;
}

// The error strict reading of `text` stops at.
RowError first_error(std::string_view text, const ReadOptions& options = {}) {
  try {
    read_all(text, options);
  } catch (const ReadError& e) {
    return e.error();
  }
  FAIL("no error for ", std::string(text));
  return {};
}

std::string written(const Rows& rows, std::string_view line_end = "\r\n") {
  std::ostringstream out;
  {
    CsvWriter w(out, {line_end});
    for (const auto& row : rows) {
      for (const auto& f : row) w.field(f);
      w.end_row();
    }
  }
  return out.str();
}

}  // namespace

TEST_CASE("plain fields are split at commas, records at line ends") {
  CHECK(read_all("a,b,c\n1,2,3\n") == Rows{{"a", "b", "c"}, {"1", "2", "3"}});
}

TEST_CASE("CRLF, LF and a missing final line end all end records") {
  CHECK(read_all("a,b\r\nc,d\ne,f") == Rows{{"a", "b"}, {"c", "d"}, {"e", "f"}});
}

TEST_CASE("quoted fields keep commas, doubled quotes and line ends") {
  const Rows rows = read_all("\"a, b\",\"say \"\"hi\"\"\",\"two\r\nlines\",\"x\ny\"\n");
  CHECK(rows == Rows{{"a, b", "say \"hi\"", "two\r\nlines", "x\ny"}});
}

TEST_CASE("empty fields, a trailing comma and an empty quoted field are fields") {
  CHECK(read_all(",,\n\"\",x,\n") == Rows{{"", "", ""}, {"", "x", ""}});
}

TEST_CASE("a UTF-8 byte-order mark at the start is skipped, elsewhere it is text") {
  CHECK(read_all("\xEF\xBB\xBFid,name\n1,\xEF\xBB\xBFx\n") ==
        Rows{{"id", "name"}, {"1", "\xEF\xBB\xBFx"}});
}

TEST_CASE("an empty input has no records, and a blank line is one empty field marked blank") {
  CHECK(read_all("").empty());
  std::istringstream in("a\n\n\r\n\"\"\n");
  CsvReader reader(in);
  std::vector<bool> blank;
  while (const auto* r = reader.next()) blank.push_back(r->blank);
  CHECK(blank == std::vector<bool>{false, true, true, false});
}

TEST_CASE("records report the line they start on, counting quoted line ends") {
  std::vector<std::uint64_t> lines;
  read_all("a\n\"b\nc\nd\",e\nf\n", {}, nullptr, &lines);
  CHECK(lines == std::vector<std::uint64_t>{1, 2, 5});
}

TEST_CASE("a quote inside an unquoted field is an error naming line and field") {
  CHECK(first_error("a,b\nc,d\"e,f\n") ==
        RowError{"t.csv", 2, 2, "", "quote inside an unquoted field"});
}

TEST_CASE("text after a closing quote is an error") {
  CHECK(first_error("\"a\"b,c\n") ==
        RowError{"t.csv", 1, 1, "", "text after the closing quote of a field"});
}

TEST_CASE("a quote never closed is an error at the line the record starts on") {
  CHECK(first_error("x,y\na,\"b\nc\nd\n") ==
        RowError{"t.csv", 2, 2, "", "quoted field not closed before the end of the file"});
}

TEST_CASE("a carriage return without a line feed in a file of LF lines is an error") {
  CHECK(first_error("x,y\na\rb,c\n") ==
        RowError{"t.csv", 2, 1, "",
                 "carriage return without a line feed outside quotes (the file's lines end in "
                 "LF or CRLF)"});
}

TEST_CASE("a file whose lines end in CR alone is read line by line") {
  std::istringstream in("a,b\r1,\"two\rlines\"\r3,4\r");
  CsvReader reader(in, "t.csv");
  std::vector<std::vector<std::string>> rows;
  std::vector<std::uint64_t> lines;
  while (const hotline::io::CsvRecord* r = reader.next()) {
    rows.emplace_back(r->fields.begin(), r->fields.end());
    lines.push_back(r->line);
  }
  CHECK(rows == std::vector<std::vector<std::string>>{{"a", "b"}, {"1", "two\rlines"}, {"3", "4"}});
  CHECK(lines == std::vector<std::uint64_t>{1, 2, 4});
}

TEST_CASE("text that is not UTF-8 is an error naming the field, byte and offset") {
  CHECK(first_error("ok,\"caf\xC3\xA9\"\nab,c\xFF\n") ==
        RowError{"t.csv", 2, 2, "", "invalid UTF-8: byte 0xff at offset 1"});
  // Overlong encodings and surrogates are not UTF-8 either.
  CHECK(first_error("\xC0\xAF\n").what == "invalid UTF-8: byte 0xc0 at offset 0");
  CHECK(first_error("\xED\xA0\x80\n").what == "invalid UTF-8: byte 0xed at offset 0");
  CHECK(first_error("x\xF0\x9F\x98\n").what == "invalid UTF-8: byte 0xf0 at offset 1");
}

TEST_CASE("without the UTF-8 check any bytes are read as they are") {
  CHECK(read_all("a,\xFF\xFE\n", {.check_utf8 = false}) == Rows{{"a", "\xFF\xFE"}});
}

TEST_CASE("lenient mode skips bad records, reports each and reads on") {
  std::vector<RowError> errors;
  const Rows rows = read_all("a,b\nc\"d,e\n\"f\"g,h\ni,j\n", {.mode = ErrorMode::lenient}, &errors);
  CHECK(rows == Rows{{"a", "b"}, {"i", "j"}});
  REQUIRE(errors.size() == 2);
  CHECK(errors[0] == RowError{"t.csv", 2, 1, "", "quote inside an unquoted field"});
  CHECK(errors[1] == RowError{"t.csv", 3, 1, "", "text after the closing quote of a field"});
}

TEST_CASE("the reader counts every record: returned or bad") {
  std::istringstream in("a\nb\"\nc\n");
  CsvReader reader(in, "t.csv", {.mode = ErrorMode::lenient});
  while (reader.next()) {
  }
  CHECK(reader.stats().records == 3);
  CHECK(reader.stats().rows == 2);
  CHECK(reader.stats().bad_rows == 1);
}

TEST_CASE("a 10 MB field is read whole") {
  std::string big(10 << 20, 'x');
  for (std::size_t i = 0; i < big.size(); i += 4096) big[i] = i % 8192 == 0 ? ',' : '\n';
  std::string text = "1,\"" + big + "\",z\n2,a,b\n";
  const Rows rows = read_all(text);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0][1] == big);
  CHECK(rows[0][2] == "z");
  CHECK(rows[1] == std::vector<std::string>{"2", "a", "b"});
}

TEST_CASE("a record longer than the limit is a bad record, and reading goes on after it") {
  const std::string big(3 << 20, 'x');
  const std::string text = "1,\"" + big + "\"\n2,b\n";
  const ReadOptions options{.max_record_bytes = std::size_t{1} << 20};
  CHECK(first_error(text, options) ==
        RowError{"t.csv", 1, 2, "", "record longer than 1048576 bytes"});
  std::vector<RowError> errors;
  ReadOptions lenient = options;
  lenient.mode = ErrorMode::lenient;
  CHECK(read_all(text, lenient, &errors) == Rows{{"2", "b"}});
  CHECK(errors.size() == 1);
  // The limit holds whether or not the record fits in one read of the input.
  CHECK(first_error("abcdefghij,k\n", {.max_record_bytes = 8}).what ==
        "record longer than 8 bytes");
}

TEST_CASE("the writer quotes only fields that need it, and doubles quotes") {
  CHECK(written({{"a", "b c", "", "d,e", "say \"x\"", "l1\nl2", "cr\r"}}) ==
        "a,b c,,\"d,e\",\"say \"\"x\"\"\",\"l1\nl2\",\"cr\r\"\r\n");
  CHECK(written({{"a"}, {"b"}}, "\n") == "a\nb\n");
}

// Found by fuzz_csv: a first field starting with U+FEFF was written at the
// start of the output, and read back as the file's byte-order mark.
TEST_CASE("a first field that starts with a byte-order mark is quoted, and read back whole") {
  const Rows rows{{"\xEF\xBB\xBF"
                   "en",
                   "y"},
                  {"en"}};
  CHECK(written(rows) ==
        "\"\xEF\xBB\xBF"
        "en\",y\r\nen\r\n");
  CHECK(read_all(written(rows)) == rows);
}

TEST_CASE("what the writer writes, the reader reads back") {
  const Rows rows{{"", ",", "\"", "\r\n", "\n\n", "a\"\"b", " lead", "trail ", "\xE6\x97\xA5"},
                  {std::string("nul\0byte", 8), ";", "#", "\t"}};
  CHECK(read_all(written(rows)) == rows);
  CHECK(read_all(written(rows, "\n")) == rows);
}
