// Event files as users get them: GDELT exported as CSV with a header
// (BigQuery's names, gdeltPyR's extra column, R's write.csv with its
// row-name column and NA), codes that lost their leading zero, ICEWS with
// its columns reordered, CR line endings; and what is refused, with the
// message. Each variant is made here from the excerpts in ../shared/data
// and must give the contacts of the original.
#include <hotline/io/events.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>

using namespace hotline;

namespace {

const std::filesystem::path data = std::filesystem::path(HOTLINE_SHARED_DIR) / "data";

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  // The excerpts live beside the project (../shared/data): without them the
  // tests fail here, saying so, rather than on an empty file.
  INFO("reading ", path.string());
  REQUIRE(in.is_open());
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::vector<std::string>> rows_of(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (;;) {
      const auto tab = line.find('\t', start);
      fields.push_back(line.substr(start, tab == std::string::npos ? tab : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    rows.push_back(std::move(fields));
  }
  return rows;
}

// The GDELT 2.0 excerpt, its header given GDELT's own column names.
std::vector<std::vector<std::string>> gdelt_rows() {
  auto rows = rows_of(slurp(data / "gdelt2_export_20240819130000_excerpt.tsv"));
  for (std::string& name : rows[0]) {
    if (name == "GlobalEventsID") name = "GLOBALEVENTID";
    if (name == "Day") name = "SQLDATE";
    if (name == "DateAdded") name = "DATEADDED";
  }
  return rows;
}

std::string csv_field(const std::string& f, bool quote_all) {
  if (!quote_all && f.find_first_of(",\"") == std::string::npos) return f;
  std::string q = "\"";
  for (char c : f) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

// Fields quoted as CSV writers quote them: when they hold a comma or a quote.
std::vector<std::vector<std::string>> quoted(const std::vector<std::vector<std::string>>& rows) {
  std::vector<std::vector<std::string>> out;
  for (const auto& r : rows) {
    std::vector<std::string> q;
    for (const auto& f : r) q.push_back(csv_field(f, false));
    out.push_back(q);
  }
  return out;
}

std::string join(const std::vector<std::vector<std::string>>& rows, const std::string& sep,
                 const std::string& end = "\n") {
  std::string out;
  for (const auto& r : rows) {
    for (std::size_t i = 0; i < r.size(); ++i) out += (i ? sep : "") + r[i];
    out += end;
  }
  return out;
}

io::EventImport read_text(const std::string& text, io::EventOptions options = {}) {
  static TextStore store;
  std::istringstream in(text);
  return io::read_events(in, "events", store, options);
}

io::EventImport original_gdelt() {
  static TextStore store;
  return io::read_events(data / "gdelt2_export_20240819130000_excerpt.tsv", store);
}

void same_contacts(const io::EventImport& r, const io::EventImport& want) {
  CHECK(r.contacts == want.contacts);
  CHECK(r.summary.read.records == want.summary.read.records);
  CHECK(r.summary.read.bad_rows == 0);
  CHECK(r.summary.read.records ==
        r.summary.read.rows + r.summary.skipped_total() + r.summary.read.bad_rows);
}

std::string error_of(const std::string& text, io::EventOptions options = {}) {
  try {
    (void)read_text(text, options);
  } catch (const io::ReadError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("GDELT as BigQuery exports it: comma-separated with a header, found by name") {
  auto csv = quoted(gdelt_rows());
  same_contacts(read_text(join(csv, ",")), original_gdelt());
  // In any order of columns: reversed.
  for (auto& r : csv) std::reverse(r.begin(), r.end());
  same_contacts(read_text(join(csv, ",")), original_gdelt());
}

TEST_CASE("gdeltPyR's 62 columns: an added description column is not read") {
  auto rows = gdelt_rows();
  rows[0].push_back("CAMEOCodeDescription");
  for (std::size_t i = 1; i < rows.size(); ++i) rows[i].push_back("Consult, discuss");
  same_contacts(read_text(join(quoted(rows), ",")), original_gdelt());
}

TEST_CASE("R's write.csv: a row-name column first, every text quoted, NA for empty") {
  auto rows = gdelt_rows();
  std::vector<std::vector<std::string>> r_rows;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    std::vector<std::string> q{i == 0 ? "\"\"" : "\"" + std::to_string(i) + "\""};
    for (const auto& f : rows[i]) q.push_back(f.empty() ? "NA" : csv_field(f, true));
    r_rows.push_back(q);
  }
  same_contacts(read_text(join(r_rows, ",", "\r\n")), original_gdelt());
}

TEST_CASE("CAMEO codes read as numbers get their leading zero back, by EventRootCode") {
  auto rows = gdelt_rows();
  std::size_t code = 0;
  std::size_t root = 0;
  for (std::size_t i = 0; i < rows[0].size(); ++i) {
    if (rows[0][i] == "EventCode") code = i;
    if (rows[0][i] == "EventRootCode") root = i;
  }
  std::size_t zeros = 0;
  for (std::size_t i = 1; i < rows.size(); ++i)
    for (std::size_t c : {code, root, code + 1})
      while (rows[i][c].size() > 1 && rows[i][c][0] == '0') {
        rows[i][c].erase(0, 1);
        if (c == code) ++zeros;
      }
  REQUIRE(zeros > 5);
  const auto r = read_text(join(quoted(rows), ","));
  same_contacts(r, original_gdelt());
  CHECK(r.summary.codes_restored == zeros);
}

TEST_CASE("without a root code, a code that reads two ways and matters is a bad row saying why") {
  // ICEWS has no root code: 40 can only be 040; 10 may be 10 or 010.
  auto rows = rows_of(slurp(data / "icews_events.2018.sample_excerpt.tab"));
  for (std::size_t i = 1; i < rows.size(); ++i)
    if (rows[i][6].starts_with("0")) rows[i][6].erase(0, 1);
  io::EventOptions options;
  const auto r = read_text(join(rows, "\t"), options);
  static TextStore store;
  const auto want = io::read_events(data / "icews_events.2018.sample_excerpt.tab", store);
  CHECK(r.contacts == want.contacts);
  CHECK(r.summary.codes_restored > 0);
  options.codes = io::CodeSet{"010"};
  options.read.mode = io::ErrorMode::strict;
  rows[1][6] = "10";
  CHECK(error_of(join(rows, "\t"), options) ==
        "events:2:7: CAMEO Code: event code '10' reads as 10 or 010: the file's codes seem to "
        "have lost their leading zeros (read as numbers by a spreadsheet or pandas); give them "
        "as text (pandas: dtype=str)");
}

TEST_CASE("ICEWS columns are found by name: reordered, they read the same") {
  const std::string original = slurp(data / "icews_events.2018.sample_excerpt.tab");
  auto rows = rows_of(original);
  for (auto& r : rows) std::reverse(r.begin(), r.end());
  const auto r = read_text(join(rows, "\t"));
  static TextStore store;
  const auto want = io::read_events(data / "icews_events.2018.sample_excerpt.tab", store);
  CHECK(r.summary.format == io::EventFormat::icews);
  CHECK(r.contacts == want.contacts);
  CHECK(r.summary.read.records == 47);
}

TEST_CASE("an ICEWS header without a needed column is an error that lists it") {
  auto rows = rows_of(slurp(data / "icews_events.2018.sample_excerpt.tab"));
  for (auto& r : rows) {
    r.erase(r.begin() + 10);  // Target Country
    r.erase(r.begin() + 4);   // Source Country
  }
  CHECK(error_of(join(rows, "\t")) ==
        "events:1: the ICEWS header has no column named Source Country, Target Country");
}

TEST_CASE("lines that end in CR alone, or CRLF, read as lines") {
  const std::string original = slurp(data / "icews_events.2018.sample_excerpt.tab");
  static TextStore store;
  const auto want = io::read_events(data / "icews_events.2018.sample_excerpt.tab", store);
  std::string cr = original;
  std::replace(cr.begin(), cr.end(), '\n', '\r');
  const auto r = read_text(cr);
  CHECK(r.summary.read.records == 47);
  CHECK(r.contacts == want.contacts);
  std::string crlf;
  for (char c : original) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  CHECK(read_text(crlf).contacts == want.contacts);
  // GDELT, no header, CR endings.
  auto rows = gdelt_rows();
  rows.erase(rows.begin());
  const auto g = read_text(join(rows, "\t", "\r"));
  CHECK(g.summary.read.records == 35);
  CHECK(g.contacts == original_gdelt().contacts);
}

TEST_CASE("a first GDELT row whose id is not a number is a bad row, not a header") {
  auto rows = gdelt_rows();
  rows.erase(rows.begin());
  rows[0][0] = "x1193447399";
  io::EventOptions lenient;
  lenient.read.mode = io::ErrorMode::lenient;
  const auto r = read_text(join(rows, "\t"), lenient);
  CHECK(r.summary.read.header_lines == 0);
  CHECK(r.summary.read.bad_rows == 1);
  CHECK(r.summary.read.records == 35);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].message() ==
        "events:1:1: GLOBALEVENTID: bad event id 'x1193447399': expected digits");
}

TEST_CASE("a file of no known format says what it looks like") {
  CHECK(error_of("a,b,c,d,e,f,g,h,i,j,k,l\n1,2,3,4,5,6,7,8,9,10,11,12\n") ==
        "events:1: cannot tell the format: the first line has 1 tab-separated column (GDELT 2.0 "
        "has 61, GDELT 1.0 58 or 57, ICEWS 20 with a header row); it looks comma-separated (12 "
        "columns), and a comma-separated file needs a header row naming its columns: this first "
        "line names no GLOBALEVENTID (GDELT) or Event ID, Event Date, CAMEO Code (ICEWS) column");
  // Quoted commas are not column breaks.
  CHECK(error_of("\"a,b\",c,d,e,f,g,h,i,j,k,l\n").find("comma-separated (11 columns)") !=
        std::string::npos);
  // Blank lines only.
  CHECK(error_of("\n\n\r\n") == "events:1: only blank lines: nothing to tell the format from");
  CHECK(error_of(std::string("\x1f\x8b\x08\x00", 4)) ==
        "events:1: cannot tell the format: it is a gzip file: read it through "
        "<hotline/io/compressed.hpp> (hotline::io_compressed; the programs do), or decompress it "
        "first");
  // A header naming GDELT's columns, for a format other than the one asked.
  io::EventOptions icews;
  icews.format = io::EventFormat::icews;
  CHECK(error_of(join(gdelt_rows(), "\t"), icews) ==
        "events:1: the header names the columns of GDELT 2.0, not of ICEWS");
}

TEST_CASE(
    "collapsing holds one window of contacts: reports farther apart are contacts of their own") {
  auto rows = gdelt_rows();
  const auto header = rows[0];
  std::size_t added = 0;
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == "DATEADDED") added = i;
  // Three reports of the 2024-08-18 IND-NPL visit: added that day, two days
  // later, and a month later.
  std::vector<std::vector<std::string>> body;
  for (std::size_t i = 1; i < rows.size(); ++i)
    if (rows[i][1] == "20240818" && rows[i][26].starts_with("04")) body.push_back(rows[i]);
  REQUIRE(body.size() == 1);
  auto second = body[0];
  second[added] = "20240820120000";
  auto late = body[0];
  late[added] = "20240920120000";
  body.push_back(second);
  body.push_back(late);
  body.insert(body.begin(), header);
  const std::string text = join(body, "\t");
  const auto windowed = read_text(text);
  REQUIRE(windowed.contacts.size() == 2);
  CHECK(windowed.contacts[0].reports == 2);
  CHECK(windowed.contacts[1].reports == 1);
  CHECK(windowed.summary.collapsed == 1);
  io::EventOptions whole;
  whole.collapse_window_days.reset();
  const auto all = read_text(text, whole);
  REQUIRE(all.contacts.size() == 1);
  CHECK(all.contacts[0].reports == 3);
}

TEST_CASE("the collapser holds the contacts of one window, not of the file") {
  io::ContactCollapser collapser(2);
  std::size_t emitted = 0;
  const auto emit = [&](Contact&&) { ++emitted; };
  for (int day = 0; day < 1000; ++day) {
    Contact c;
    c.date = Date::on(std::chrono::year_month_day{
        std::chrono::sys_days{std::chrono::year{2020} / 1 / 1} + std::chrono::days{day}});
    c.states = {countries::USA, countries::RUS};
    c.reports = 1;
    const auto clock = static_cast<std::int32_t>(c.date.earliest().time_since_epoch().count());
    CHECK_FALSE(collapser.add(c, clock));
    CHECK(collapser.add(c, clock));  // the mirrored report
    collapser.close_ready(emit);
    CHECK(collapser.size() <= 3);  // once the day's closed contacts are out
  }
  collapser.finish(emit);
  CHECK(emitted == 1000);
  // The days of the window, both ends, and the day just added.
  CHECK(collapser.peak() == 4);
}

TEST_CASE("numbers pandas wrote as floats (a column with an empty cell) read as the numbers") {
  auto rows = gdelt_rows();
  for (std::size_t i = 1; i < rows.size(); ++i)
    for (std::size_t c :
         {std::size_t{0}, std::size_t{1}, std::size_t{26}, std::size_t{28}, std::size_t{59}}) {
      while (rows[i][c].size() > 1 && rows[i][c][0] == '0') rows[i][c].erase(0, 1);
      rows[i][c] += ".0";
    }
  same_contacts(read_text(join(quoted(rows), ",")), original_gdelt());
}

TEST_CASE("GDELT 1.0 rows of both layouts under either GDELT 1.0 header") {
  const std::string rows_text = slurp(data / "gdelt1_rows_loum_geoutils.tsv");
  static TextStore store;
  const auto want = io::read_events(data / "gdelt1_rows_loum_geoutils.tsv", store,
                                    io::EventOptions{.codes = io::CodeSet::all()});
  for (const char* header : {"gdelt1_header_dailyupdates.tsv", "gdelt1_header_historical.tsv"}) {
    CAPTURE(header);
    std::string h = slurp(data / header);
    if (!h.ends_with('\n')) h += '\n';
    const auto r = read_text(h + rows_text, io::EventOptions{.codes = io::CodeSet::all()});
    CHECK(r.summary.format == io::EventFormat::gdelt1);
    CHECK(r.summary.read.header_lines == 1);
    CHECK(r.contacts == want.contacts);
    CHECK(r.summary.read.bad_rows == 0);
  }
}

TEST_CASE("an ICEWS header without its CAMEO Code or Event ID column says so") {
  auto rows = rows_of(slurp(data / "icews_events.2018.sample_excerpt.tab"));
  auto no_code = rows;
  for (auto& r : no_code) r.erase(r.begin() + 6);
  CHECK(error_of(join(no_code, "\t")) ==
        "events:1: the ICEWS header has no column named CAMEO Code");
  auto no_id = rows;
  for (auto& r : no_id) r.erase(r.begin());
  CHECK(error_of(join(no_id, "\t")) == "events:1: the ICEWS header has no column named Event ID");
}

TEST_CASE("a collapsed contact keeps its location when the reader's text moves on") {
  io::ContactCollapser collapser;
  std::string buffer = "Geneva, Switzerland";
  Contact c;
  c.date = Date::on(2021, 6, 16);
  c.states = {countries::USA, countries::RUS};
  c.reports = 1;
  c.location = buffer;
  collapser.add(c, 0);
  buffer.assign(buffer.size(), '\0');  // the reader's buffer, overwritten by the next rows
  std::string got;
  collapser.finish([&](Contact&& closed) { got = std::string(closed.location); });
  CHECK(got == "Geneva, Switzerland");
}

TEST_CASE("a file out of the order of its clock is told: its contacts may be counted twice") {
  io::ContactCollapser collapser(7);
  Contact c;
  c.date = Date::on(2021, 6, 16);
  c.states = {countries::USA, countries::RUS};
  c.reports = 1;
  std::size_t emitted = 0;
  const auto emit = [&](Contact&&) { ++emitted; };
  const auto day = [](int y, unsigned m, unsigned d) {
    return static_cast<std::int32_t>(
        std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}}
            .time_since_epoch()
            .count());
  };
  collapser.add(c, day(2021, 6, 16));
  Contact later = c;
  later.date = Date::on(2021, 9, 1);
  collapser.add(later, day(2021, 9, 1));
  collapser.close_ready(emit);  // the June contact closes
  CHECK(emitted == 1);
  CHECK(collapser.behind() == 0);
  CHECK_FALSE(collapser.add(c, day(2021, 6, 16)));  // June again: a contact of its own
  CHECK(collapser.behind() == 1);
  collapser.finish(emit);
  CHECK(emitted == 3);
}
