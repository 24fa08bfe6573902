// The articles' own arguments are statements about counts, silences and
// bursts, carried by the registry as data (hotline::documented.statements)
// and checked with hotline::check, the function the gap report calls. Each
// is pinned here in static_asserts over hotline::documented, on the dates
// the articles give, on the dates derived from their words (relations such
// as "last Friday", and the lengths they state between two contacts) and on
// the exact days of public record, and checked again at run time on a copy
// of the contacts, with the same verdict.
//
// Where an article gives the length of a silence but not the dates at its
// ends ("five months"), the documented dates only allow the statement; the
// derived dates hold it, from the article's words alone.
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
  for (const Statement& s : documented.statements)
    if (s.id == StatementId{id}) return s;
  throw "no such statement";
}

constexpr StatementCheck on_documented(std::uint32_t id) {
  return check(documented.contacts, statement(id), DateLayer::documented, documented.dating());
}
constexpr StatementCheck on_derived(std::uint32_t id) {
  return check(documented.contacts, statement(id), DateLayer::derived, documented.dating());
}
constexpr StatementCheck on_refined(std::uint32_t id) {
  return check(documented.contacts, statement(id), DateLayer::refined, documented.dating());
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

TEST_CASE("every statement of the articles holds on derived dates and on the exact days") {
  static_assert(documented.statements.size() == 10);
  static_assert(documented_statements.data() == documented.statements.data());
  const auto contacts = loaded();
  const Dating dating = documented.dating();
  for (const Statement& s : documented.statements) {
    CAPTURE(s.id.value());
    CHECK(check(contacts, s, DateLayer::derived, dating).verdict == Verdict::holds);
    CHECK(check(contacts, s, DateLayer::refined, dating).verdict == Verdict::holds);
    CHECK(check(contacts, s, DateLayer::documented, dating).verdict != Verdict::contradicted);
    for (DateLayer l : {DateLayer::documented, DateLayer::derived, DateLayer::refined})
      CHECK(check(contacts, s, l, dating) == check(documented.contacts, s, l, dating));
    CHECK_FALSE(s.quote.empty());
  }
}

TEST_CASE("the relative dates of the articles are relations, and derive the dates") {
  static_assert(documented.relations.size() == 9);
  const auto derived = [](Dated t) { return *derived_date(documented.derived, t); };
  // "last Friday", before an article of September 2015 (by 27 September):
  // the Fridays from 4 to 25 September; the article from 5 September.
  static_assert(*derived_date(documented.derived, Dated{ContactId{12}}) ==
                "2015-09-04/2015-09-25"_date);
  static_assert(*derived_date(documented.derived, Dated{sources::wpr_military_talks_2015}) ==
                "2015-09-05/2015-09-27"_date);
  // "the following day", after the Hamburg meeting of 7 July 2017.
  static_assert(*derived_date(documented.derived, Dated{ContactId{20}}) == "2017-07-08"_date);
  // The October 2022 article: after the calls it reports, and "last weekend"
  // at most nine days after the Austin-Shoigu calls.
  CHECK(derived(Dated{sources::talking_again_2022}) == "2022-10-22/2022-10-31"_date);
  // "Last week's Syria ceasefire agreement", before the article of March 2016.
  CHECK(derived(Dated{agreements::syria_cessation_of_hostilities}) == "2016-02-22/2016-02-28"_date);
  // Never wider than documented.
  for (const DerivedDate& d : documented.derived)
    if (d.thing.kind == DatedKind::contact) {
      CAPTURE(d.thing.id);
      CHECK(documented[ContactId{d.thing.id}].date.contains(d.date));
    }
  // And the same at run time, from the tables.
  const auto again =
      derive_dates({loaded(), documented.sources, documented.agreements, documented.channels,
                    documented.relations, documented.statements});
  CHECK(again.consistent());
  CHECK(std::ranges::equal(again.dates, documented.derived));
  CHECK(std::ranges::equal(again.gaps, documented.derived_gaps));
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
  // As of the article's publication: October 2022 as documented, from 22
  // October as derived (the calls it reports came before it).
  static_assert(on_documented(5).verdict == Verdict::holds);
  static_assert(on_documented(5).before == ContactId{22});
  static_assert(on_documented(5).days == DayRange{days{223}, days{262}});
  static_assert(on_derived(5).days == DayRange{days{244}, days{262}});
  static_assert(on_refined(5).days == DayRange{days{252}, days{261}});
  static_assert(!on_documented(5).after);
  const auto contacts = loaded();
  CHECK(check(contacts, statement(5), DateLayer::derived, documented.dating()).verdict ==
        Verdict::holds);
}

TEST_CASE("Blinken and Lavrov went five months without speaking") {
  // The documented dates (both 2022) allow a silence of five months; the
  // derived dates hold it: the article says it lasted five months (152 to
  // 182 days, months_said(5)); the exact days (15 February and 29 July
  // 2022) show one: 164 days, more than five months and less than six.
  static_assert(on_documented(6).verdict == Verdict::allowed);
  static_assert(on_documented(6).days == DayRange{days{0}, days{364}});
  static_assert(on_derived(6).verdict == Verdict::holds);
  static_assert(on_derived(6).days == DayRange{days{152}, days{182}});
  static_assert(on_refined(6).verdict == Verdict::holds);
  static_assert(on_refined(6).days == DayRange{days{164}, days{164}});
  static_assert(on_refined(6).before == ContactId{23} && on_refined(6).after == ContactId{25});
}

TEST_CASE("Milley and Gerasimov had a similar five-month stretch without calls") {
  // Documented: 2022 and 2022-10-21/2022-10-24, 0 to 296 days apart;
  // derived: five months before the call that ended it (22 April to 25 May),
  // 152 to 182 days; refined: 19 May to 24 October, 158 days.
  static_assert(on_documented(7).verdict == Verdict::allowed);
  static_assert(on_documented(7).days == DayRange{days{0}, days{296}});
  static_assert(on_derived(7).verdict == Verdict::holds);
  static_assert(on_derived(7).days == DayRange{days{152}, days{182}});
  static_assert(*derived_date(documented.derived, Dated{ContactId{24}}) ==
                "2022-04-22/2022-05-25"_date);
  static_assert(on_refined(7).verdict == Verdict::holds);
  static_assert(on_refined(7).days == DayRange{days{158}, days{158}});
  // By months on the derived dates: June to September certainly without a
  // call, May to September possibly (the first call may have come in May).
  constexpr auto milley_gerasimov =
      select(documented.contacts, where::between(people::mark_milley, people::valery_gerasimov));
  constexpr DerivedDateOf derived{documented.derived};
  static_assert(months_without(milley_gerasimov, std::chrono::year{2022} / 5,
                               std::chrono::year{2022} / 10, derived)
                    .longest_certain.length == std::chrono::months{4});
  static_assert(months_without(milley_gerasimov, std::chrono::year{2022} / 5,
                               std::chrono::year{2022} / 10, derived)
                    .longest_possible.length == std::chrono::months{5});
  // And the longest gap, through the derived gap between the two calls.
  static_assert(
      longest_gap(milley_gerasimov, derived, DerivedGapOf{documented.derived_gaps})->days() ==
      DayRange{days{152}, days{182}});
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
  // (On the documented dates, the Milley-Gerasimov call known only to 2022
  // might be a fourth; on the derived ones it came in April or May.)
  static_assert(most_within(us_russia_calls, days{3}) == CountRange{2, 4});
  static_assert(most_within(us_russia_calls, days{3}, DerivedDateOf{documented.derived}) ==
                CountRange{2, 3});
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
