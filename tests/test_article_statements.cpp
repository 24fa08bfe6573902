// The articles' own arguments are statements about counts, silences and
// bursts, carried as data (hotline::documented_statements) and checked with
// hotline::check, the function the gap report calls. Each is pinned here in
// static_asserts over hotline::documented, on the dates the articles give
// and on the exact days of public record, and checked again at run time on
// a copy of the contacts, with the same verdict.
//
// Where an article gives the length of a silence but not the dates at its
// ends ("five months"), the documented dates only allow the statement; the
// refined dates of public record show it.
#include <algorithm>
#include <chrono>
#include <vector>

#include <doctest/doctest.h>

#include <hotline/analysis.hpp>
#include <hotline/analysis/check.hpp>
#include <hotline/documented.hpp>

namespace {

using namespace hotline;
using namespace hotline::literals;
using namespace hotline::countries;
using std::chrono::days;

constexpr const Statement& statement(std::uint32_t id) {
  for (const Statement& s : documented_statements)
    if (s.id == StatementId{id}) return s;
  throw "no such statement";
}

constexpr StatementCheck on_documented(std::uint32_t id) {
  return check(documented.contacts, statement(id), DateLayer::documented);
}
constexpr StatementCheck on_refined(std::uint32_t id) {
  return check(documented.contacts, statement(id), DateLayer::refined);
}

// The same contacts, as data read at run time would give them.
std::vector<Contact> loaded() {
  return {documented.contacts.begin(), documented.contacts.end()};
}

constexpr auto austin_shoigu =
    select(documented.contacts, where::between(people::lloyd_austin, people::sergei_shoigu));
constexpr auto us_russia_calls =
    select(documented.contacts, where::between(USA, RUS) & where::medium(Medium::telephone));

}  // namespace

TEST_CASE("every statement of the articles holds, on their dates or on the exact days") {
  static_assert(documented_statements.size() == 10);
  const auto contacts = loaded();
  for (const Statement& s : documented_statements) {
    CAPTURE(s.id.value());
    CHECK(check(contacts, s, DateLayer::refined).verdict == Verdict::holds);
    CHECK(check(contacts, s, DateLayer::documented).verdict != Verdict::contradicted);
    CHECK(check(contacts, s) == check(documented.contacts, s));
    CHECK_FALSE(s.quote.empty());
  }
}

TEST_CASE("Putin and Obama spoke three times in 2014, twice in 2015 and twice in 2016") {
  // Russia Direct, 2016: "three times (twice in March and in July)", "twice
  // in 2015 (in February and June) as well as in 2016 (in January and
  // February)". Phone calls: the Paris meeting of 2015 is not one of them.
  static_assert(on_documented(1).verdict == Verdict::holds);
  static_assert(on_documented(1).counted == CountRange{3, 3});
  static_assert(on_documented(2).counted == CountRange{2, 2});
  static_assert(on_documented(3).counted == CountRange{2, 2});
  static_assert(on_documented(4).counted == CountRange{2, 2});
  static_assert(on_refined(4).verdict == Verdict::holds);
  // Said of the Paris meeting too, 2015 would have three contacts.
  constexpr Statement with_meetings{
      .kind = StatementKind::count,
      .selection = {.people = {people::vladimir_putin, people::barack_obama}},
      .period = "2015"_date,
      .count = {2, 2}};
  static_assert(check(documented.contacts, with_meetings).verdict == Verdict::contradicted);
}

TEST_CASE("Biden and Putin had not exchanged words since mid-February 2022") {
  // As of the article's date (24 to 31 October), no contact may have come
  // after mid-February: 246 to 262 days of silence on the documented dates,
  // 254 to 261 since the call of 12 February.
  static_assert(on_documented(5).verdict == Verdict::holds);
  static_assert(on_documented(5).before == ContactId{22});
  static_assert(on_documented(5).days == DayRange{days{246}, days{262}});
  static_assert(on_refined(5).days == DayRange{days{254}, days{261}});
  static_assert(!on_documented(5).after);
  const auto contacts = loaded();
  CHECK(check(contacts, statement(5)).verdict == Verdict::holds);
}

TEST_CASE("Blinken and Lavrov went five months without speaking") {
  // The documented dates (2022-01/2022-05; 2022-06-01/2022-10-24) allow a
  // silence of five months; the exact days (15 February and 29 July 2022)
  // show one: 164 days, more than five months and less than six.
  static_assert(on_documented(6).verdict == Verdict::allowed);
  static_assert(on_documented(6).days == DayRange{days{1}, days{296}});
  static_assert(on_refined(6).verdict == Verdict::holds);
  static_assert(on_refined(6).days == DayRange{days{164}, days{164}});
  static_assert(on_refined(6).before == ContactId{23} && on_refined(6).after == ContactId{25});
}

TEST_CASE("Milley and Gerasimov had a similar five-month stretch without calls") {
  // Documented: 2022-05/2022-06 and 2022-10-21/2022-10-24, 113 to 176 days
  // apart; refined: 19 May to 24 October, 158 days.
  static_assert(on_documented(7).verdict == Verdict::allowed);
  static_assert(on_documented(7).days == DayRange{days{113}, days{176}});
  static_assert(on_refined(7).verdict == Verdict::holds);
  static_assert(on_refined(7).days == DayRange{days{158}, days{158}});
  // By months: July to September certainly without a call, May to
  // September possibly (the May-June call may have come in either month).
  constexpr auto milley_gerasimov =
      select(documented.contacts, where::between(people::mark_milley, people::valery_gerasimov));
  static_assert(
      months_without(milley_gerasimov, std::chrono::year{2022} / 5, std::chrono::year{2022} / 10)
          .longest_certain.length == std::chrono::months{3});
  static_assert(
      months_without(milley_gerasimov, std::chrono::year{2022} / 5, std::chrono::year{2022} / 10)
          .longest_possible.length == std::chrono::months{5});
}

TEST_CASE("Austin and Shoigu spoke twice in three days") {
  // "last weekend, when the two defense chiefs conversed with each other
  // twice in three days": both calls lie within Friday to Sunday.
  static_assert(on_documented(8).verdict == Verdict::holds);
  static_assert(on_documented(8).counted == CountRange{2, 2});
  static_assert(bursts(austin_shoigu, 2, days{3}, Certainty::certain)[0].days ==
                "2022-10-21/2022-10-23"_date);
  // In two days they may have, but need not.
  static_assert(most_within(austin_shoigu, days{2}) == CountRange{1, 2});
}

TEST_CASE("three US-Russia calls came within four days") {
  // "three calls exchanged between American and Russian stakeholders in four
  // days": certain within four days, only possible within three.
  static_assert(on_documented(9).verdict == Verdict::holds);
  static_assert(most_within(us_russia_calls, days{3}) == CountRange{2, 3});
  static_assert(bursts(us_russia_calls, 3, days{4}, Certainty::certain)[0].days ==
                "2022-10-21/2022-10-24"_date);
  const auto contacts = loaded();
  const auto calls = select(contacts, where::between(USA, RUS) & where::medium(Medium::telephone));
  const auto found = bursts(calls, 3, days{4}, Certainty::certain);
  REQUIRE(found.size() == 1);
  CHECK(found[0].count == 3);
}

TEST_CASE("the hotline was used for the first time in 1967") {
  static_assert(on_documented(10).verdict == Verdict::holds);
  static_assert(on_documented(10).first_day == "1967"_date);
  static_assert(on_refined(10).first_day == "1967-06-05"_date);
}
