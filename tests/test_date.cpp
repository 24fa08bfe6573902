// Date: the closed interval of days known to contain an event.
#include <hotline/date.hpp>
#include <hotline/words.hpp>

#include <chrono>
#include <compare>
#include <concepts>
#include <string>
#include <string_view>
#include <type_traits>

#include <doctest/doctest.h>

#include "support/strings.hpp"

using hotline::Date;
using hotline::DayRange;
using hotline::ParseError;
using hotline::Precision;
using hotline::Result;
using hotline::to_iso;
using std::chrono::days;
using std::chrono::sys_days;

namespace {

constexpr sys_days on(int y, unsigned m, unsigned d) {
  return sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}};
}

// Parses a copy of `text` made at run time, so that nothing is folded away.
Result<Date> parse_at_run_time(std::string_view text) {
  const std::string copy(text);
  return Date::parse(copy);
}

constexpr ParseError error_of(std::string_view text) {
  return Date::parse(text).error();
}

// True when `text` parses and to_iso writes the same text back.
constexpr bool round_trips(std::string_view text) {
  const auto parsed = Date::parse(text);
  return parsed.ok() && to_iso(*parsed).view() == text;
}

// True when every day of year `y`, written by to_iso and parsed, is the same day.
constexpr bool every_day_round_trips(int y) {
  for (sys_days d = on(y, 1, 1); d <= on(y, 12, 31); d += days{1}) {
    const Date day = Date::on(std::chrono::year_month_day{d});
    const auto text = to_iso(day);
    const auto parsed = Date::parse(text.view());
    if (text.size != 10 || !parsed || *parsed != day) return false;
  }
  return true;
}

}  // namespace

// ---- what kind of type Date is --------------------------------------------

static_assert(std::is_trivially_copyable_v<Date>);
static_assert(std::is_trivially_copyable_v<DayRange>);
static_assert(std::is_trivially_copyable_v<hotline::IsoText>);
static_assert(std::regular<Date>);
static_assert(std::totally_ordered<Date>);
static_assert(std::three_way_comparable<Date, std::strong_ordering>);
static_assert(std::equality_comparable<DayRange>);
// Two day numbers of 32 bits and the qualifiers: 12 bytes.
static_assert(sizeof(Date) == 12);
// Dates come from factories; there is no constructor from two days.
static_assert(!std::is_constructible_v<Date, sys_days, sys_days>);

// Every factory is usable in constant expressions.
constexpr Date july_7_2017 = Date::on(2017, 7, 7);
constexpr Date march_2014 = Date::in_month(2014, 3);
constexpr Date mid_february_2022 = Date::mid_month(2022, 2);
constexpr Date year_1973 = Date::in_year(1973);
constexpr Date the_1980s = Date::in_decade(1985);
constexpr Date mid_1980s = Date::mid_decade(1985);
constexpr Date autumn_2001 = Date::interval(on(2001, 9, 11), on(2001, 12, 31));
constexpr Date march_to_june_2014 = Date::between(Date::in_month(2014, 3), Date::in_month(2014, 6));
static_assert(july_7_2017.ok() && march_2014.ok() && mid_february_2022.ok() && year_1973.ok() &&
              the_1980s.ok() && mid_1980s.ok() && autumn_2001.ok() && march_to_june_2014.ok());

// ---- construction ----------------------------------------------------------

TEST_CASE("a default Date is an empty interval and is not ok") {
  constexpr Date none;
  static_assert(!none.ok());
  static_assert(none.latest() < none.earliest());
  CHECK_FALSE(Date{}.ok());
  CHECK(to_iso(Date{}).view() == "invalid");
}

TEST_CASE("Date::day is one day") {
  static_assert(july_7_2017.earliest() == on(2017, 7, 7));
  static_assert(july_7_2017.latest() == on(2017, 7, 7));
  static_assert(july_7_2017.length() == days{1});
  static_assert(july_7_2017.precision() == Precision::day);
  CHECK(Date::on(std::chrono::year{2017} / 7 / 7) == july_7_2017);
  CHECK(Date::on(2017, 7, 7).length() == days{1});
}

TEST_CASE("Date::day of a day that does not exist is not ok") {
  static_assert(!Date::on(2015, 2, 30).ok());
  CHECK_FALSE(Date::on(2015, 2, 29).ok());
  CHECK_FALSE(Date::on(2015, 4, 31).ok());
  CHECK_FALSE(Date::on(2015, 1, 0).ok());
  CHECK_FALSE(Date::on(2015, 1, 32).ok());
  CHECK_FALSE(Date::on(2015, 0, 1).ok());
  CHECK_FALSE(Date::on(2015, 13, 1).ok());
  CHECK_FALSE(Date::on(std::chrono::year{2015} / 2 / 30).ok());
}

TEST_CASE("numbers beyond the range of std::chrono do not wrap around to real days") {
  // std::chrono::day{257} keeps only the low byte: it would be the 1st.
  static_assert(!Date::on(2015, 1, 257).ok());
  CHECK_FALSE(Date::on(2015, 1, 257).ok());
  CHECK_FALSE(Date::on(2015, 257, 1).ok());
  CHECK_FALSE(Date::in_month(2015, 257).ok());
  CHECK_FALSE(Date::mid_month(2015, 257).ok());
  // std::chrono::year{67551} keeps only 16 bits: it would be 2015.
  CHECK_FALSE(Date::on(65536 + 2015, 1, 1).ok());
  CHECK_FALSE(Date::in_year(65536 + 2015).ok());
  CHECK_FALSE(Date::in_decade(65536 + 2015).ok());
  CHECK_FALSE(Date::mid_decade(65536 + 2015).ok());
}

TEST_CASE("Date::month is the whole calendar month") {
  static_assert(march_2014.earliest() == on(2014, 3, 1));
  static_assert(march_2014.latest() == on(2014, 3, 31));
  static_assert(march_2014.length() == days{31});
  static_assert(march_2014.precision() == Precision::month);
  CHECK(Date::in_month(2014, 4).length() == days{30});
  CHECK(Date::in_month(2014, 12).latest() == on(2014, 12, 31));
  CHECK(Date::in_month(std::chrono::year{2014} / 3) == march_2014);
  CHECK_FALSE(Date::in_month(2014, 0).ok());
  CHECK_FALSE(Date::in_month(2014, 13).ok());
}

TEST_CASE("February has 29 days in leap years") {
  static_assert(Date::in_month(2016, 2).length() == days{29});
  CHECK(Date::in_month(2016, 2).length() == days{29});
  CHECK(Date::in_month(2000, 2).length() == days{29});  // divisible by 400
  CHECK(Date::on(2016, 2, 29).ok());
  CHECK(Date::on(2000, 2, 29).ok());
  CHECK(Date::in_month(2016, 2).latest() == on(2016, 2, 29));
  CHECK(Date::in_year(2016).length() == days{366});
  CHECK(Date::in_year(2000).length() == days{366});
}

TEST_CASE("February has 28 days in other years") {
  static_assert(Date::in_month(2015, 2).length() == days{28});
  CHECK(Date::in_month(2015, 2).length() == days{28});
  CHECK(Date::in_month(1900, 2).length() == days{28});  // divisible by 100, not 400
  CHECK_FALSE(Date::on(2015, 2, 29).ok());
  CHECK_FALSE(Date::on(1900, 2, 29).ok());
  CHECK(Date::in_month(1900, 2).latest() == on(1900, 2, 28));
  CHECK(Date::in_year(2015).length() == days{365});
  CHECK(Date::in_year(1900).length() == days{365});
}

TEST_CASE("months end on their last day") {
  constexpr unsigned lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  for (unsigned m = 1; m <= 12; ++m) {
    CAPTURE(m);
    const Date month = Date::in_month(2015, m);
    CHECK(month.length() == days{lengths[m - 1]});
    CHECK(Date::on(2015, m, lengths[m - 1]).ok());
    CHECK_FALSE(Date::on(2015, m, lengths[m - 1] + 1).ok());
    CHECK(month.latest() + days{1} == Date::in_month(m == 12 ? 2016 : 2015, m % 12 + 1).earliest());
  }
}

TEST_CASE("Date::mid_month is the 11th to the 20th") {
  static_assert(mid_february_2022.earliest() == on(2022, 2, 11));
  static_assert(mid_february_2022.latest() == on(2022, 2, 20));
  static_assert(mid_february_2022.length() == days{10});
  static_assert(mid_february_2022.precision() == Precision::mid_month);
  CHECK(Date::mid_month(std::chrono::year{2022} / 2) == mid_february_2022);
  CHECK_FALSE(Date::mid_month(2022, 13).ok());
}

TEST_CASE("Date::year is the whole calendar year") {
  static_assert(year_1973.earliest() == on(1973, 1, 1));
  static_assert(year_1973.latest() == on(1973, 12, 31));
  static_assert(year_1973.precision() == Precision::year);
  CHECK(Date::in_year(std::chrono::year{1973}) == year_1973);
  CHECK(year_1973.length() == days{365});
}

TEST_CASE("Date::decade is years 0 to 9 of the decade that holds the year") {
  static_assert(the_1980s.earliest() == on(1980, 1, 1));
  static_assert(the_1980s.latest() == on(1989, 12, 31));
  static_assert(the_1980s.precision() == Precision::decade);
  CHECK(Date::in_decade(1980) == the_1980s);
  CHECK(Date::in_decade(1989) == the_1980s);
  CHECK(Date::in_decade(1990) != the_1980s);
  CHECK(the_1980s.length() == days{3653});  // 1980, 1984 and 1988 are leap years
}

TEST_CASE("Date::mid_decade is years 4 to 6 of the decade that holds the year") {
  static_assert(mid_1980s.earliest() == on(1984, 1, 1));
  static_assert(mid_1980s.latest() == on(1986, 12, 31));
  static_assert(mid_1980s.precision() == Precision::mid_decade);
  CHECK(Date::mid_decade(1980) == mid_1980s);
  CHECK(Date::mid_decade(1989) == mid_1980s);
}

TEST_CASE("Date::between runs from the first day of one date to the last day of another") {
  static_assert(march_to_june_2014.earliest() == on(2014, 3, 1));
  static_assert(march_to_june_2014.latest() == on(2014, 6, 30));
  static_assert(march_to_june_2014.precision() == Precision::interval);
  CHECK(Date::between(Date::on(2014, 3, 5), Date::on(2014, 3, 5)) == Date::on(2014, 3, 5));
  CHECK(Date::between(Date::in_year(1984), Date::in_year(1986)) == mid_1980s);
}

TEST_CASE("Date::between is not ok for a missing end or a reversed interval") {
  static_assert(!Date::between(Date::in_year(2016), Date::in_year(2015)).ok());
  CHECK_FALSE(Date::between(Date::in_year(2016), Date::in_year(2015)).ok());
  CHECK_FALSE(Date::between(Date{}, Date::in_year(2015)).ok());
  CHECK_FALSE(Date::between(Date::in_year(2015), Date{}).ok());
  CHECK_FALSE(Date::between(Date::on(2015, 2, 30), Date::in_year(2015)).ok());
}

TEST_CASE("Date::interval holds any span of days") {
  static_assert(autumn_2001.earliest() == on(2001, 9, 11));
  static_assert(autumn_2001.latest() == on(2001, 12, 31));
  static_assert(autumn_2001.length() == days{112});
  static_assert(autumn_2001.precision() == Precision::interval);
  CHECK(Date::interval(on(2017, 7, 7), on(2017, 7, 7)) == july_7_2017);
  CHECK_FALSE(Date::interval(on(2017, 7, 8), on(2017, 7, 7)).ok());
}

TEST_CASE("dates outside the years 0001 to 9999 are not ok") {
  static_assert(Date::on(1, 1, 1).ok());
  static_assert(Date::on(9999, 12, 31).ok());
  static_assert(Date::on(1, 1, 1).earliest() == Date::min_day);
  static_assert(Date::on(9999, 12, 31).latest() == Date::max_day);
  CHECK_FALSE(Date::in_year(0).ok());
  CHECK_FALSE(Date::on(0, 12, 31).ok());
  CHECK_FALSE(Date::in_year(10000).ok());
  CHECK_FALSE(Date::in_decade(5).ok());  // it would start in the year 0
  CHECK_FALSE(Date::in_year(-1).ok());
  CHECK_FALSE(Date::interval(Date::min_day - days{1}, Date::min_day).ok());
  CHECK_FALSE(Date::interval(Date::max_day, Date::max_day + days{1}).ok());
  CHECK(Date::interval(Date::min_day, Date::max_day).ok());
}

// ---- precision -------------------------------------------------------------

TEST_CASE("precision is read off the interval, whatever built it") {
  static_assert(Date::interval(on(2014, 3, 1), on(2014, 3, 31)).precision() == Precision::month);
  static_assert(Date::interval(on(2022, 2, 11), on(2022, 2, 20)).precision() ==
                Precision::mid_month);
  CHECK(Date::interval(on(1973, 1, 1), on(1973, 12, 31)).precision() == Precision::year);
  CHECK(Date::interval(on(1980, 1, 1), on(1989, 12, 31)).precision() == Precision::decade);
  CHECK(Date::interval(on(1984, 1, 1), on(1986, 12, 31)).precision() == Precision::mid_decade);
}

TEST_CASE("spans that are none of the named shapes have interval precision") {
  CHECK(Date::interval(on(2014, 3, 1), on(2014, 3, 30)).precision() == Precision::interval);
  CHECK(Date::interval(on(2014, 3, 2), on(2014, 3, 31)).precision() == Precision::interval);
  CHECK(Date::interval(on(2014, 3, 11), on(2014, 3, 21)).precision() == Precision::interval);
  CHECK(Date::interval(on(2014, 3, 7), on(2014, 3, 8)).precision() == Precision::interval);
  CHECK(Date::interval(on(2014, 1, 1), on(2015, 12, 31)).precision() == Precision::interval);
  CHECK(Date::interval(on(1981, 1, 1), on(1990, 12, 31)).precision() == Precision::interval);
  CHECK(Date::interval(on(1983, 1, 1), on(1986, 12, 31)).precision() == Precision::interval);
  CHECK(Date::interval(on(2014, 1, 1), on(2014, 12, 30)).precision() == Precision::interval);
  CHECK(march_to_june_2014.precision() == Precision::interval);
}

TEST_CASE("precision orders from the finest to the coarsest") {
  static_assert(Precision::day < Precision::mid_month);
  static_assert(Precision::mid_month < Precision::month);
  static_assert(Precision::month < Precision::year);
  static_assert(Precision::year < Precision::mid_decade);
  static_assert(Precision::mid_decade < Precision::decade);
  static_assert(Precision::decade < Precision::interval);
  CHECK(july_7_2017.precision() < march_2014.precision());
}

// ---- relations -------------------------------------------------------------

TEST_CASE("length counts both the first and the last day") {
  static_assert(Date::interval(on(2014, 3, 1), on(2014, 3, 2)).length() == days{2});
  CHECK(autumn_2001.length() == days{20 + 31 + 30 + 31});
  CHECK(Date::interval(Date::min_day, Date::max_day).length() ==
        Date::max_day - Date::min_day + days{1});
}

TEST_CASE("a date contains the days from its earliest to its latest") {
  static_assert(march_2014.contains(on(2014, 3, 1)));
  static_assert(march_2014.contains(on(2014, 3, 31)));
  static_assert(!march_2014.contains(on(2014, 2, 28)));
  static_assert(!march_2014.contains(on(2014, 4, 1)));
  CHECK(march_2014.contains(on(2014, 3, 15)));
  CHECK_FALSE(march_2014.contains(on(2014, 4, 1)));
}

TEST_CASE("a date contains the dates that lie wholly within it") {
  static_assert(Date::in_year(2014).contains(march_2014));
  static_assert(!march_2014.contains(Date::in_year(2014)));
  CHECK(march_2014.contains(march_2014));
  CHECK(march_2014.contains(Date::on(2014, 3, 31)));
  CHECK(the_1980s.contains(mid_1980s));
  CHECK_FALSE(march_to_june_2014.contains(Date::interval(on(2014, 6, 30), on(2014, 7, 1))));
}

TEST_CASE("two dates overlap when some day may belong to both") {
  static_assert(march_2014.overlaps(Date::in_year(2014)));
  static_assert(Date::in_year(2014).overlaps(march_2014));
  CHECK(march_2014.overlaps(Date::on(2014, 3, 31)));  // touching on one day
  CHECK(Date::on(2014, 3, 31).overlaps(march_2014));
  CHECK_FALSE(march_2014.overlaps(Date::on(2014, 4, 1)));
  CHECK_FALSE(Date::on(2014, 4, 1).overlaps(march_2014));
  CHECK(march_2014.overlaps(march_2014));
}

TEST_CASE("a date is certainly before another when every day of it comes first") {
  static_assert(march_2014.certainly_before(Date::in_month(2014, 4)));
  static_assert(!Date::in_month(2014, 4).certainly_before(march_2014));
  CHECK(Date::on(2014, 3, 31).certainly_before(Date::on(2014, 4, 1)));
  CHECK_FALSE(Date::on(2014, 3, 31).certainly_before(march_2014));  // the same day is possible
  CHECK_FALSE(Date::in_year(2014).certainly_before(march_2014));
  CHECK_FALSE(march_2014.certainly_before(march_2014));
}

TEST_CASE("dates order by earliest day, then by latest day") {
  // The 2010s start first; 1 January, January and 2014 start together and
  // end in that order; 2 January starts later than all of them.
  static_assert(Date::in_decade(2014) < Date::on(2014, 1, 1));
  static_assert(Date::on(2014, 1, 1) < Date::in_month(2014, 1));
  static_assert(Date::in_month(2014, 1) < Date::in_year(2014));
  static_assert(Date::in_year(2014) < Date::on(2014, 1, 2));
  CHECK(Date::in_decade(2014) < Date::on(2014, 1, 1));
  CHECK(Date::in_month(2014, 1) < Date::in_year(2014));
  CHECK((march_2014 <=> march_2014) == std::strong_ordering::equal);
  CHECK((Date::in_year(2014) <=> Date::on(2014, 1, 2)) == std::strong_ordering::less);
}

// ---- gaps ------------------------------------------------------------------

TEST_CASE("the gap from March 2014 to July 2014 is 92 to 152 days") {
  static_assert(hotline::gap(march_2014, Date::in_month(2014, 7)) == DayRange{days{92}, days{152}});
  CHECK(hotline::gap(march_2014, Date::in_month(2014, 7)) == DayRange{days{92}, days{152}});
}

TEST_CASE("the gap between overlapping dates may be zero") {
  static_assert(hotline::gap(Date::in_year(2014), march_2014).min == days{0});
  CHECK(hotline::gap(Date::in_year(2014), march_2014) == DayRange{days{0}, days{89}});
  CHECK(hotline::gap(march_2014, march_2014) == DayRange{days{0}, days{30}});
}

TEST_CASE("the gap from a day to the same day is zero") {
  static_assert(hotline::gap(july_7_2017, july_7_2017) == DayRange{days{0}, days{0}});
  CHECK(hotline::gap(july_7_2017, july_7_2017) == DayRange{});
}

TEST_CASE("the gap between consecutive days is one day") {
  CHECK(hotline::gap(Date::on(2016, 2, 28), Date::on(2016, 2, 29)) == DayRange{days{1}, days{1}});
  CHECK(hotline::gap(Date::on(2015, 2, 28), Date::on(2015, 3, 1)) == DayRange{days{1}, days{1}});
  CHECK(hotline::gap(Date::on(2015, 12, 31), Date::on(2016, 1, 1)) == DayRange{days{1}, days{1}});
}

TEST_CASE("the gap between exact days is exact") {
  // Putin and Obama: 2015-09-28 in New York, 2015-11-15 in Antalya.
  CHECK(hotline::gap(Date::on(2015, 9, 28), Date::on(2015, 11, 15)) ==
        DayRange{days{48}, days{48}});
}

// ---- ISO 8601 text ---------------------------------------------------------

TEST_CASE("to_iso writes the shortest ISO 8601 form of each precision") {
  static_assert(to_iso(july_7_2017).view() == "2017-07-07");
  static_assert(to_iso(march_2014).view() == "2014-03");
  static_assert(to_iso(year_1973).view() == "1973");
  static_assert(to_iso(the_1980s).view() == "198X");
  CHECK(to_iso(mid_february_2022).view() == "2022-02-11/2022-02-20");
  CHECK(to_iso(mid_1980s).view() == "1984/1986");
  CHECK(to_iso(march_to_june_2014).view() == "2014-03/2014-06");
  CHECK(to_iso(autumn_2001).view() == "2001-09-11/2001-12-31");
}

TEST_CASE("to_iso writes four-digit years with leading zeros") {
  static_assert(to_iso(Date::on(1, 1, 1)).view() == "0001-01-01");
  CHECK(to_iso(Date::on(9999, 12, 31)).view() == "9999-12-31");
  CHECK(to_iso(Date::in_year(42)).view() == "0042");
  CHECK(to_iso(Date::in_decade(10)).view() == "001X");
  CHECK(to_iso(Date::in_decade(9999)).view() == "999X");
}

TEST_CASE("to_iso of a date that is not ok is the word invalid") {
  static_assert(to_iso(Date::on(2015, 2, 30)).view() == "invalid");
  CHECK(to_iso(Date::between(Date::in_year(2016), Date::in_year(2015))).view() == "invalid");
}

TEST_CASE("parse reads what to_iso writes, at every precision") {
  static_assert(round_trips("2017-07-07"));
  static_assert(round_trips("2014-03"));
  static_assert(round_trips("1973"));
  static_assert(round_trips("198X"));
  static_assert(round_trips("2022-02-11/2022-02-20"));
  static_assert(round_trips("1984/1986"));
  static_assert(round_trips("2014-03/2014-06"));
  static_assert(round_trips("2001-09-11/2001-12-31"));
  for (std::string_view text : {"2017-07-07", "2014-03", "1973", "198X", "2022-02-11/2022-02-20",
                                "1984/1986", "2014-03/2014-06", "2001-09-11/2001-12-31"}) {
    CAPTURE(text);
    const auto parsed = parse_at_run_time(text);
    REQUIRE(parsed.ok());
    CHECK(to_iso(*parsed).view() == text);
  }
}

TEST_CASE("parse gives the date each factory builds") {
  static_assert(*Date::parse("2017-07-07") == july_7_2017);
  static_assert(*Date::parse("2014-03") == march_2014);
  static_assert(*Date::parse("1973") == year_1973);
  static_assert(*Date::parse("198X") == the_1980s);
  static_assert(*Date::parse("2022-02-11/2022-02-20") == mid_february_2022);
  static_assert(*Date::parse("1984/1986") == mid_1980s);
  static_assert(*Date::parse("2014-03/2014-06") == march_to_june_2014);
  static_assert(*Date::parse("2001-09-11/2001-12-31") == autumn_2001);
  CHECK(*parse_at_run_time("2017-07-07") == july_7_2017);
  CHECK(*parse_at_run_time("198X") == the_1980s);
  CHECK(*parse_at_run_time("2014-03/2014-06") == march_to_june_2014);
}

TEST_CASE("an interval may mix precisions and reads as its shortest form") {
  constexpr auto parsed = Date::parse("198X/1990");
  static_assert(parsed.ok());
  static_assert(to_iso(*parsed).view() == "1980/1990");
  CHECK(*parse_at_run_time("2014/2014-03") == Date::interval(on(2014, 1, 1), on(2014, 3, 31)));
  CHECK(*parse_at_run_time("2014-03/2014-03-10") ==
        Date::interval(on(2014, 3, 1), on(2014, 3, 10)));
  CHECK(*parse_at_run_time("2014-03-10/2014") == Date::interval(on(2014, 3, 10), on(2014, 12, 31)));
}

TEST_CASE("the _date literal is a date checked while compiling") {
  using namespace hotline::literals;
  constexpr Date d = "2014-03"_date;
  static_assert(d == march_2014);
  static_assert("1984/1986"_date == mid_1980s);
  CHECK("2017-07-07"_date == july_7_2017);
}

// ---- rejected text ---------------------------------------------------------

TEST_CASE("parse rejects a day that does not exist in its month") {
  static_assert(error_of("2015-02-30") == ParseError{8, "day does not exist in that month"});
  CHECK(parse_at_run_time("2015-02-30").error() ==
        ParseError{8, "day does not exist in that month"});
  CHECK(parse_at_run_time("2015-02-29").error() ==
        ParseError{8, "day does not exist in that month"});
  CHECK(parse_at_run_time("2015-04-31").error() ==
        ParseError{8, "day does not exist in that month"});
  CHECK(parse_at_run_time("2015-01-00").error() ==
        ParseError{8, "day does not exist in that month"});
  CHECK(parse_at_run_time("1900-02-29").error() ==
        ParseError{8, "day does not exist in that month"});
  CHECK(parse_at_run_time("2016-02-29").ok());
}

TEST_CASE("parse rejects a month outside 01 to 12") {
  static_assert(error_of("2016-13") == ParseError{5, "month must be 01 to 12"});
  static_assert(error_of("2016-00") == ParseError{5, "month must be 01 to 12"});
  CHECK(parse_at_run_time("2016-13").error() == ParseError{5, "month must be 01 to 12"});
  CHECK(parse_at_run_time("2016-00").error() == ParseError{5, "month must be 01 to 12"});
  CHECK(parse_at_run_time("2016-13-01").error() == ParseError{5, "month must be 01 to 12"});
}

TEST_CASE("parse rejects the year 0000") {
  static_assert(error_of("0000") == ParseError{0, "year must be 0001 to 9999"});
  CHECK(parse_at_run_time("0000").error() == ParseError{0, "year must be 0001 to 9999"});
  CHECK(parse_at_run_time("0000-01-01").error() == ParseError{0, "year must be 0001 to 9999"});
  CHECK(parse_at_run_time("000X").error() ==
        ParseError{0, "the span includes the year 0000; years must be 0001 to 9999"});
}

TEST_CASE("parse rejects a date written without dashes") {
  static_assert(error_of("20150230") == ParseError{4, "expected '-' after the year"});
  CHECK(parse_at_run_time("20150230").error() == ParseError{4, "expected '-' after the year"});
  CHECK(parse_at_run_time("2015-0230").error() == ParseError{7, "expected '-' after the month"});
}

TEST_CASE("parse rejects months and days of one digit") {
  static_assert(error_of("2015-2-3") == ParseError{5, "expected a two-digit month"});
  CHECK(parse_at_run_time("2015-2-3").error() == ParseError{5, "expected a two-digit month"});
  CHECK(parse_at_run_time("2015-02-3").error() == ParseError{8, "expected a two-digit day"});
  CHECK(parse_at_run_time("2015-02-").error() == ParseError{8, "expected a two-digit day"});
  CHECK(parse_at_run_time("2015-").error() == ParseError{5, "expected a two-digit month"});
}

TEST_CASE("parse rejects a year that is not four digits") {
  static_assert(error_of("215") == ParseError{0, "expected a four-digit year"});
  CHECK(parse_at_run_time("215").error() == ParseError{0, "expected a four-digit year"});
  CHECK(parse_at_run_time("y2015").error() == ParseError{0, "expected a four-digit year"});
  CHECK(parse_at_run_time("-2015").error() ==
        ParseError{0, "years before 0001 or after 9999 are not supported"});
}

TEST_CASE("parse rejects text after a complete date") {
  static_assert(error_of("2015-02-03x") == ParseError{10, "unexpected text after the date"});
  CHECK(parse_at_run_time("2015-02-03x").error() ==
        ParseError{10, "unexpected text after the date"});
  CHECK(parse_at_run_time("2015-02-031").error() ==
        ParseError{10, "unexpected text after the date"});
}

TEST_CASE("parse rejects an interval that ends before it starts") {
  static_assert(error_of("2016/2015") == ParseError{5, "interval ends before it starts"});
  CHECK(parse_at_run_time("2016/2015").error() == ParseError{5, "interval ends before it starts"});
  CHECK(parse_at_run_time("2014-03-20/2014-03-10").error() ==
        ParseError{11, "interval ends before it starts"});
  CHECK(parse_at_run_time("2014-03-10/2014-03-10").ok());  // one day, written as an interval
}

TEST_CASE("parse rejects more than one slash") {
  static_assert(error_of("a/b/c") == ParseError{3, "more than one '/' in an interval"});
  CHECK(parse_at_run_time("a/b/c").error() == ParseError{3, "more than one '/' in an interval"});
  CHECK(parse_at_run_time("2014/2015/2016").error() ==
        ParseError{9, "more than one '/' in an interval"});
}

TEST_CASE("parse rejects an interval with a bad end and names where it is") {
  static_assert(error_of("2014/2015-02-30") == ParseError{13, "day does not exist in that month"});
  CHECK(parse_at_run_time("2014-13/2015").error() == ParseError{5, "month must be 01 to 12"});
  CHECK(parse_at_run_time("2014/2015-13").error() == ParseError{10, "month must be 01 to 12"});
}

TEST_CASE("parse rejects empty text and empty ends of an interval") {
  static_assert(error_of("") == ParseError{0, "empty date"});
  CHECK(parse_at_run_time("").error() == ParseError{0, "empty date"});
  // An empty end is an unknown one (EDTF), which no contact can have.
  const std::string_view open_end =
      "an interval with an open or unknown end ('..' or nothing) is not a span of days: a "
      "contact happened between two days; give the earliest or latest it can be";
  CHECK(parse_at_run_time("/2015").error() == ParseError{0, open_end});
  CHECK(parse_at_run_time("2015/").error() == ParseError{5, open_end});
  CHECK(parse_at_run_time("/").error() == ParseError{0, open_end});
}

TEST_CASE("parse reads the decade mark only as a capital X") {
  // ISO 8601-2 writes the unspecified digit as X; 198x is not accepted.
  static_assert(error_of("198x") == ParseError{0, "expected a four-digit year"});
  CHECK(parse_at_run_time("198x").error() == ParseError{0, "expected a four-digit year"});
  CHECK(parse_at_run_time("198X-01").error() ==
        ParseError{4, "a year with unspecified digits cannot have a month or day"});
}

TEST_CASE("parse rejects leading and trailing spaces") {
  static_assert(error_of(" 2015") == ParseError{0, "expected a four-digit year"});
  static_assert(error_of("2015 ") == ParseError{4, "expected '-' after the year"});
  CHECK(parse_at_run_time(" 2015").error() == ParseError{0, "expected a four-digit year"});
  CHECK(parse_at_run_time("2015 ").error() == ParseError{4, "expected '-' after the year"});
  CHECK(parse_at_run_time("2015-03 ").error() == ParseError{7, "expected '-' after the month"});
  CHECK(parse_at_run_time("2015-03-01 ").error() ==
        ParseError{10, "unexpected text after the date"});
  CHECK(parse_at_run_time("2014 /2015").error() == ParseError{4, "expected '-' after the year"});
  CHECK(parse_at_run_time("2014/ 2015").error() == ParseError{5, "expected a four-digit year"});
}

// ---- properties ------------------------------------------------------------

TEST_CASE("every day of a year reads back as itself") {
  static_assert(every_day_round_trips(2016));
  for (int y : {1, 1900, 1963, 2000, 2015, 2016, 2022, 9999}) {
    CAPTURE(y);
    CHECK(every_day_round_trips(y));
  }
}

TEST_CASE("the factories from numbers agree with std::chrono's calendar") {
  // Date::day, month and year from numbers compute days without std::chrono
  // (it is costly in constant evaluations); they must give its days.
  int failures = 0;
  for (int y = 1; y <= 9999; ++y) {
    const std::chrono::year year{y};
    if (Date::in_year(y) != Date::in_year(year)) ++failures;
    for (unsigned m = 1; m <= 12; ++m) {
      if (Date::in_month(y, m) != Date::in_month(year / std::chrono::month{m})) ++failures;
      const unsigned last = unsigned{(year / std::chrono::month{m} / std::chrono::last).day()};
      for (unsigned d : {1u, 15u, 28u, last})
        if (Date::on(y, m, d) != Date::on(year / std::chrono::month{m} / std::chrono::day{d}))
          ++failures;
    }
  }
  CHECK(failures == 0);
  CHECK_FALSE(Date::on(1900, 2, 29).ok());
  CHECK(Date::on(2000, 2, 29).ok());
}

TEST_CASE("every month of every year from 0001 to 9999 reads back as itself") {
  int failures = 0;
  for (int y = 1; y <= 9999; ++y) {
    for (unsigned m = 1; m <= 12; ++m) {
      const Date month = Date::in_month(y, m);
      const auto text = to_iso(month);
      const auto parsed = Date::parse(text.view());
      if (text.size != 7 || !parsed || *parsed != month) {
        ++failures;
        CAPTURE(y);
        CAPTURE(m);
        FAIL_CHECK("month does not read back");
      }
    }
  }
  CHECK(failures == 0);
}

TEST_CASE("every year, decade and mid-decade reads back as itself") {
  int failures = 0;
  for (int y = 1; y <= 9999; ++y) {
    for (const Date d : {Date::in_year(y), Date::in_decade(y), Date::mid_decade(y)}) {
      if (!d.ok()) continue;  // the decade of the years 1 to 9 starts in the year 0
      const auto parsed = Date::parse(to_iso(d).view());
      if (!parsed || *parsed != d) {
        ++failures;
        CAPTURE(y);
        FAIL_CHECK("date does not read back: " << to_iso(d).view());
      }
    }
  }
  CHECK(failures == 0);
  CHECK_FALSE(Date::in_decade(1).ok());
  CHECK(Date::mid_decade(1).ok());
}

TEST_CASE("every interval reads back as itself, whatever its ends") {
  // Starts on every day of 2015 and 2016; lengths that make every shape:
  // days, mid-months, months, years, decades and irregular spans.
  constexpr int lengths[] = {1, 2, 10, 28, 29, 30, 31, 59, 61, 92, 365, 366, 730, 1096, 3652, 3653};
  int failures = 0;
  for (sys_days first = on(2015, 1, 1); first <= on(2016, 12, 31); first += days{1}) {
    for (int length : lengths) {
      const Date d = Date::interval(first, first + days{length - 1});
      const auto text = to_iso(d);
      const auto parsed = Date::parse(text.view());
      if (!parsed || *parsed != d) {
        ++failures;
        FAIL_CHECK("interval does not read back: " << text.view());
      }
    }
  }
  CHECK(failures == 0);
}

TEST_CASE("a date's qualifiers are said in words after it") {
  CHECK(to_words(*Date::parse("2022-11?")) == "November 2022 (uncertain)");
  CHECK(to_words(*Date::parse("2014~")) == "2014 (approximate)");
  CHECK(to_words(*Date::parse("2014-03-04%")) == "4 March 2014 (uncertain and approximate)");
  CHECK(to_words(*Date::parse("2013?/2016")) ==
        "between 2013 and 2016 (start uncertain, end as given)");
  CHECK(to_words(*Date::parse("2014-03")) == "March 2014");
}
