// The event readers on excerpts of real GDELT 1.0, GDELT 2.0 and ICEWS files
// (../shared/data, see its SOURCES.md): row counts, the RUS-USA rows, mirrored
// visits collapsing into one contact, events reported a year after they
// happened, and the quirks SOURCES.md lists.
#include <hotline/io/events.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "support/io_strings.hpp"
#include "support/strings.hpp"

using namespace hotline;
using hotline::io::CodeSet;
using hotline::io::EventFormat;
using hotline::io::EventOptions;
using hotline::io::SkipReason;

namespace {

const std::filesystem::path data = std::filesystem::path(HOTLINE_SHARED_DIR) / "data";
const std::filesystem::path gdelt2 = data / "gdelt2_export_20240819130000_excerpt.tsv";
const std::filesystem::path gdelt1 = data / "gdelt1_rows_loum_geoutils.tsv";
const std::filesystem::path icews = data / "icews_events.2018.sample_excerpt.tab";

io::EventImport read(const std::filesystem::path& path, EventOptions options = {}) {
  static TextStore text;
  return io::read_events(path, text, options);
}

void check_every_row_counted(const io::EventSummary& s) {
  CHECK(s.read.records == s.read.rows + s.skipped_total() + s.read.bad_rows);
  CHECK(s.read.rows == s.contacts + s.collapsed);
}

const Country GBR = countries::GBR;
const Country IRL = *Country::from_code("IRL");
const Country IND = *Country::from_code("IND");
const Country NPL = *Country::from_code("NPL");

}  // namespace

TEST_CASE("GDELT 2.0 excerpt: 35 rows after a header line, two contacts of the visit codes") {
  const auto r = read(gdelt2);
  const auto& s = r.summary;
  CHECK(s.format == EventFormat::gdelt2);
  // The excerpt carries a header line (non-standard names such as
  // "Goldstien"): counted as a header, not as a bad row.
  CHECK(s.read.header_lines == 1);
  CHECK(s.read.records == 35);
  CHECK(s.read.bad_rows == 0);
  CHECK(s.skipped_by(SkipReason::code) == 28);
  CHECK(s.skipped_by(SkipReason::same_state) == 2);  // GBR hosts GBR police, and back
  CHECK(s.read.rows == 5);
  CHECK(s.contacts == 2);
  CHECK(s.collapsed == 3);
  check_every_row_counted(s);
}

TEST_CASE("GDELT 2.0 excerpt: the 042/043 visits between Britain and Ireland are one contact") {
  const auto r = read(gdelt2);
  REQUIRE(r.contacts.size() == 2);
  const Contact& visit = r.contacts[0];
  CHECK(visit.date == Date::on(2024, 8, 12));
  CHECK(visit.states == States{GBR, IRL});
  CHECK(visit.medium == Medium::in_person);
  // GBR -> IRL 042 and IRL -> GBR 043, each also coded from the police's side.
  CHECK(visit.reports == 4);
  CHECK(visit.level == Level::unknown);
  CHECK(visit.location == "Northern Ireland, Craigavon, United Kingdom");
  const Contact& host = r.contacts[1];
  CHECK(host.date == Date::on(2024, 8, 18));
  CHECK(host.states == States{IND, NPL});
  CHECK(host.reports == 1);
  // Without collapsing, each row is its own contact.
  EventOptions options;
  options.collapse = false;
  CHECK(read(gdelt2, options).contacts.size() == 5);
}

TEST_CASE("GDELT 2.0 excerpt: the RUS-USA rows are nine reports of code 173, not contacts") {
  EventOptions options;
  options.pair = io::StatePair{countries::RUS, countries::USA};
  const auto contacts_only = read(gdelt2, options);
  CHECK(contacts_only.contacts.empty());
  options.codes = CodeSet::all();
  const auto r = read(gdelt2, options);
  REQUIRE(r.contacts.size() == 1);
  const Contact& c = r.contacts[0];
  CHECK(c.states == States{countries::RUS, countries::USA});
  CHECK(c.date == Date::on(2024, 8, 12));
  CHECK(c.reports == 9);
  CHECK(c.medium == Medium::unknown);
  CHECK(c.level == Level::unknown);  // civilians (CVL) and states as a whole
  CHECK(r.summary.skipped_by(SkipReason::pair) == 10);
  CHECK(r.summary.skipped_by(SkipReason::no_state) == 12);
  CHECK(r.summary.skipped_by(SkipReason::same_state) == 4);
  CHECK(r.summary.skipped_by(SkipReason::code) == 0);
  check_every_row_counted(r.summary);
}

TEST_CASE("GDELT 2.0 excerpt: events of 2023 reported in 2024 keep their own day") {
  EventOptions options;
  options.codes = CodeSet::all();
  options.window = Date::in_year(2023);
  const auto in_2023 = read(gdelt2, options);
  // The four rows of 2023-08-20 (added 2024-08-19) pass the window; none
  // has two states.
  CHECK(in_2023.summary.skipped_by(SkipReason::window) == 31);
  CHECK(in_2023.summary.skipped_by(SkipReason::no_state) == 4);
  options.window = Date::on(2024, 8, 19);  // the day GDELT added every row
  CHECK(read(gdelt2, options).summary.skipped_by(SkipReason::window) == 35);
  // A kept row carries both days.
  std::ifstream in(gdelt2, std::ios::binary);
  io::EventReader reader(in, gdelt2.string());
  std::vector<Date> days;
  for (const io::EventRow& row : reader) {
    CHECK(row.added == Date::on(2024, 8, 19));
    days.push_back(row.contact.date);
  }
  CHECK(days.back() == Date::on(2024, 8, 18));
}

TEST_CASE("GDELT 1.0 excerpt: rows of 58 and 57 columns are both read") {
  const auto r = read(gdelt1);
  const auto& s = r.summary;
  CHECK(s.format == EventFormat::gdelt1);
  CHECK(s.read.header_lines == 0);
  CHECK(s.read.records == 4);
  CHECK(s.read.bad_rows == 0);
  CHECK(s.skipped_by(SkipReason::code) == 4);  // 014, 014, 051, 080
  check_every_row_counted(s);
  // The event of 2004 added in 2014 is dated 2004.
  EventOptions options;
  options.codes = CodeSet::all();
  options.window = Date::in_year(2004);
  const auto in_2004 = read(gdelt1, options);
  CHECK(in_2004.summary.skipped_by(SkipReason::window) == 1);
  CHECK(in_2004.summary.skipped_by(SkipReason::no_state) == 3);
}

TEST_CASE("GDELT 1.0 column name files are one header line each") {
  const auto daily = read(data / "gdelt1_header_dailyupdates.tsv");
  CHECK(daily.summary.format == EventFormat::gdelt1);
  CHECK(daily.summary.read.header_lines == 1);
  CHECK(daily.summary.read.records == 0);
  const auto historical = read(data / "gdelt1_header_historical.tsv");
  CHECK(historical.summary.format == EventFormat::gdelt1);
  CHECK(historical.summary.read.header_lines == 1);
}

TEST_CASE("ICEWS excerpt: 47 rows, five contacts from twelve reports") {
  const auto r = read(icews);
  const auto& s = r.summary;
  CHECK(s.format == EventFormat::icews);
  CHECK(s.read.header_lines == 1);
  CHECK(s.read.records == 47);
  CHECK(s.read.bad_rows == 0);
  CHECK(s.skipped_by(SkipReason::code) == 33);
  // The 042/043 pair is coded United States to United States (Michelle
  // O'Neill under the United States): one state, not a contact between two.
  CHECK(s.skipped_by(SkipReason::same_state) == 2);
  CHECK(s.read.rows == 12);
  check_every_row_counted(s);
  const Country BGD = *Country::from_code("BGD");
  const Country VNM = *Country::from_code("VNM");
  const Country JPN = *Country::from_code("JPN");
  const Country KOR = *Country::from_code("KOR");
  const Country PRK = *Country::from_code("PRK");
  REQUIRE(r.contacts.size() == 5);
  // Bangladesh's foreign ministry and Vietnam's military consult.
  CHECK(r.contacts[0].states == States{BGD, VNM});
  CHECK(r.contacts[0].medium == Medium::unknown);
  CHECK(r.contacts[0].level == Level::military_chief);
  CHECK(r.contacts[0].reports == 2);
  CHECK(r.contacts[0].location == "Hanoi, Thanh Pho Ha Noi, Vietnam");
  // Aso Taro and Steven Mnuchin meet at a third location: in person.
  CHECK(r.contacts[1].states == States{JPN, countries::USA});
  CHECK(r.contacts[1].medium == Medium::in_person);
  CHECK(r.contacts[1].level == Level::official);
  CHECK(r.contacts[1].location == "Washington D.C., United States");
  // South Korea and the United States negotiate; sectors not given.
  CHECK(r.contacts[2].states == States{KOR, countries::USA});
  CHECK(r.contacts[2].level == Level::unknown);
  // Kim Yong-chol and Mike Pompeo, and the two states as a whole: one
  // negotiation reported four times, at the level the named actors give.
  CHECK(r.contacts[3].states == States{PRK, countries::USA});
  CHECK(r.contacts[3].reports == 4);
  CHECK(r.contacts[3].level == Level::official);
  // Aso and Mnuchin also consult (040): no medium, so another contact.
  CHECK(r.contacts[4].states == States{JPN, countries::USA});
  CHECK(r.contacts[4].medium == Medium::unknown);
  CHECK(r.contacts[4].location == "Whistler, British Columbia, Canada");
}

TEST_CASE("ICEWS excerpt: every country name maps to a state, the Russian Federation too") {
  EventOptions options;
  options.codes = CodeSet::all();
  const auto all = read(icews, options);
  CHECK(all.summary.unmapped.empty());
  CHECK(all.summary.skipped_by(SkipReason::no_state) == 0);
  check_every_row_counted(all.summary);
  options.pair = io::StatePair{countries::RUS, *Country::from_code("KOR")};
  const auto russia = read(icews, options);
  REQUIRE(russia.contacts.size() == 1);
  CHECK(russia.contacts[0].states == States{*Country::from_code("KOR"), countries::RUS});
}

TEST_CASE("event codes are text: 040 is the consult code, 40 would not be") {
  EventOptions options;
  options.codes = CodeSet{"40", "41", "42", "43", "44", "45", "46", "57"};
  CHECK(read(icews, options).contacts.empty());
  options.codes = CodeSet{"040"};
  CHECK(read(icews, options).contacts.size() == 2);
}
