// Dates as people and exports write them: ISO 8601 and EDTF (ISO 8601-2
// levels 0 and 1) for the forms that name a bounded span of days. The spans
// are checked against an independent parser, edtf.js, on 3,000 random texts
// (tests/data/edtf_oracle.tsv, made by tests/oracle/edtf_oracle.mjs).
#include <fstream>
#include <string>
#include <string_view>

#include <doctest/doctest.h>

#include <hotline/date.hpp>

namespace {
using namespace hotline;
using namespace hotline::literals;

std::string iso(std::string_view text) {
  const auto d = Date::parse(text);
  return d ? std::string(to_iso(*d).view()) : "error: " + std::string(d.error().what);
}
std::string days_of(std::string_view text) {
  const auto d = Date::parse(text);
  if (!d) return "error: " + std::string(d.error().what);
  return std::string(to_iso(Date::interval(d->earliest(), d->earliest())).view()) + " " +
         std::string(to_iso(Date::interval(d->latest(), d->latest())).view());
}
}  // namespace

TEST_CASE("3,000 random ISO 8601 / EDTF texts name the days edtf.js gives them") {
  std::ifstream in(HOTLINE_SOURCE_DIR "/tests/data/edtf_oracle.tsv");
  REQUIRE(in);
  std::string line;
  int checked = 0;
  int forms_with_x = 0, forms_with_time = 0, qualified = 0, intervals = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto tab1 = line.find('\t');
    const auto tab2 = line.find('\t', tab1 + 1);
    REQUIRE(tab2 != std::string::npos);
    const std::string text = line.substr(0, tab1);
    const std::string expected =
        line.substr(tab1 + 1, tab2 - tab1 - 1) + " " + line.substr(tab2 + 1);
    INFO(text);
    CHECK(days_of(text) == expected);
    ++checked;
    forms_with_x += text.find('X') != std::string::npos;
    forms_with_time += text.find('T') != std::string::npos;
    qualified += text.find_first_of("?~%") != std::string::npos;
    intervals += text.find('/') != std::string::npos;
  }
  CHECK(checked == 3000);
  // Every form is there in numbers.
  CHECK(forms_with_x > 300);
  CHECK(forms_with_time > 300);
  CHECK(qualified > 300);
  CHECK(intervals > 500);
}

TEST_CASE("a date-time is the calendar day it writes") {
  CHECK(iso("2021-03-04T10:15:00Z") == "2021-03-04");
  CHECK(iso("2021-03-04 10:15") == "2021-03-04");
  CHECK(iso("2021-03-04T10") == "2021-03-04");
  CHECK(iso("2021-03-04T23:59:60.5+05:30") == "2021-03-04");
  CHECK(iso("2021-03-04T10:15:00-0800") == "2021-03-04");
  CHECK(iso("2021-03-04T10:15/2021-03-06T08:00") == "2021-03-04/2021-03-06");
  // What is not a time of day.
  CHECK(iso("2021-03-04T25:00") == "error: expected an hour 00 to 24 after the date");
  CHECK(iso("2021-03-04T10:61") == "error: expected minutes 00 to 59");
  CHECK(iso("2021-03-04T10:15 UTC") == "error: unexpected text after the time of day");
  CHECK(iso("2021-03-04T10:15+5") == "error: expected a time zone offset such as +02:00");
  CHECK(iso("2021-02-29T10:15") == "error: day does not exist in that month");
  CHECK(iso("2021-03-04 ") == "error: unexpected text after the date");
}

TEST_CASE("unspecified digits name the span they leave open") {
  CHECK(iso("201X") == "201X");
  CHECK(iso("19XX") == "1900/1999");
  CHECK(iso("2014-XX") == "2014");
  CHECK(iso("2014-XX-XX") == "2014");
  CHECK(iso("2016-02-XX") == "2016-02");
  CHECK(days_of("2016-02-XX") == "2016-02-01 2016-02-29");
  CHECK(iso("1XXX") ==
        "error: only the last one or two digits of a year may be unspecified (201X, 20XX)");
  CHECK(iso("XXXX") ==
        "error: only the last one or two digits of a year may be unspecified (201X, 20XX)");
  CHECK(iso("2014-XX-05") ==
        "error: a day of an unspecified month is not one span of days: write YYYY-XX-XX or "
        "YYYY-XX");
  CHECK(iso("20X4") ==
        "error: only the last one or two digits of a year may be unspecified (201X, 20XX)");
  CHECK(iso("00XX") == "error: the span includes the year 0000; years must be 0001 to 9999");
}

TEST_CASE("qualifiers are kept on the date, change no day, and are written back") {
  constexpr Date uncertain = "1984?"_date;
  static_assert(uncertain.first_qualifier() == Qualifier::uncertain);
  static_assert(uncertain.last_qualifier() == Qualifier::uncertain);
  static_assert(uncertain.earliest() == "1984"_date.earliest());
  static_assert(uncertain.latest() == "1984"_date.latest());
  static_assert(uncertain != "1984"_date && uncertain.qualified() && !"1984"_date.qualified());
  static_assert(to_iso(uncertain).view() == "1984?");
  CHECK(iso("2014-03~") == "2014-03~");
  CHECK(iso("2014-03-07%") == "2014-03-07%");
  CHECK(iso("201X~") == "201X~");
  // Each end of an interval has its own.
  const Date d = *Date::parse("2004-06-01?/2004-06-11~");
  CHECK(d.first_qualifier() == Qualifier::uncertain);
  CHECK(d.last_qualifier() == Qualifier::approximate);
  CHECK(iso("2004-06-01?/2004-06-11~") == "2004-06-01?/2004-06-11~");
  CHECK(iso("2004-01-01?/2004-12-31?") == "2004?");
  CHECK(iso("2004?/2005") == "2004?/2005");
  CHECK(iso("2004-01-01?/2004-12-31~") == "2004?/2004~");
  // The longest text still fits.
  CHECK(iso("2022-02-11%/2022-02-20%") == "2022-02-11%/2022-02-20%");
  CHECK(iso("?") == "error: a qualifier needs a date before it");
  CHECK(iso("2014??") == "error: expected '-' after the year");
  CHECK(iso("2021-03-04T10:15?") == "error: a qualifier goes after a date, not a time");
  // The names of the qualifiers, for readers and words.
  CHECK(parse_enumerator<Qualifier>("~") == Qualifier::approximate);
  CHECK(parse_enumerator<Qualifier>("uncertain and approximate") ==
        Qualifier::uncertain_and_approximate);
}

TEST_CASE("what is not a bounded span of days is refused, and says why") {
  const std::string open_end =
      "error: an interval with an open or unknown end ('..' or nothing) is not a span of days: "
      "a contact happened between two days; give the earliest or latest it can be";
  CHECK(iso("2022-02-11/..") == open_end);
  CHECK(iso("../2022") == open_end);
  CHECK(iso("2022-02-11/") == open_end);
  CHECK(iso("/2022") == open_end);
  CHECK(iso("..").starts_with("error: an open end ('..') is not a span of days"));
  const std::string seasons =
      "error: seasons (21 to 41) are not read: which months a season spans depends on the "
      "hemisphere and the convention; give the months as an interval (2022-03/2022-05)";
  CHECK(iso("2022-21") == seasons);
  CHECK(iso("2022-24") == seasons);
  CHECK(iso("2022-13") == "error: month must be 01 to 12");
  CHECK(iso("2015-02-29") == "error: day does not exist in that month");
  CHECK(iso("2016-13") == "error: month must be 01 to 12");
  CHECK(iso("2016/2015") == "error: interval ends before it starts");
  CHECK(iso("Y170000002") == "error: years before 0001 or after 9999 are not supported");
  CHECK(iso("-0100") == "error: years before 0001 or after 9999 are not supported");
}
