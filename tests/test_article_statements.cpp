// The articles' own arguments are statements about silences and bursts.
// Each is pinned here as one readable static_assert over hotline::documented,
// and asked again at run time of a copy of its contacts, with the same answer.
//
// Where an article gives the length of a silence but not the dates at its
// ends ("five months"), the documented dates only allow the statement; the
// refined dates of public record show it. Both are asserted, and say so.
#include <algorithm>
#include <chrono>
#include <vector>

#include <doctest/doctest.h>

#include <hotline/analysis.hpp>
#include <hotline/documented.hpp>

namespace {

using namespace hotline;
using namespace hotline::literals;
using namespace hotline::countries;
using std::chrono::days;

constexpr auto putin_obama_calls =
    select(documented.contacts, where::between(people::vladimir_putin, people::barack_obama) &
                                    where::medium(Medium::telephone));
constexpr auto biden_putin =
    select(documented.contacts, where::between(people::joe_biden, people::vladimir_putin));
constexpr auto blinken_lavrov =
    select(documented.contacts, where::between(people::antony_blinken, people::sergey_lavrov));
constexpr auto milley_gerasimov =
    select(documented.contacts, where::between(people::mark_milley, people::valery_gerasimov));
constexpr auto austin_shoigu =
    select(documented.contacts, where::between(people::lloyd_austin, people::sergei_shoigu));
constexpr auto us_russia_calls =
    select(documented.contacts, where::between(USA, RUS) & where::medium(Medium::telephone));

// The date of the October 2022 article ("America and Russia are finally
// talking to each other again"): the Tuesday after "last weekend".
constexpr Date article_date = "2022-10-25"_date;

// "Five months", as days: five average Gregorian months, 152 days.
constexpr days five_months = std::chrono::floor<days>(std::chrono::months{5});
constexpr days six_months = std::chrono::floor<days>(std::chrono::months{6});

// A selection ordered by its refined dates (the exact days of public record).
template <class R>
constexpr auto by_refined_date(R&& selection) {
  return sorted_by_date(selection, refined_date_of);
}

// The same contacts, as data read at run time would give them.
std::vector<Contact> loaded() {
  return {documented.contacts.begin(), documented.contacts.end()};
}

}  // namespace

TEST_CASE("Putin and Obama spoke three times in 2014, twice in 2015 and twice in 2016") {
  // Russia Direct, 2016: "three times (twice in March and in July)", "twice
  // in 2015 (in February and June) as well as in 2016 (in January and
  // February)". Phone calls: the Paris meeting of 2015 is not one of them.
  static_assert(count_in(putin_obama_calls, "2014"_date) == CountRange{3, 3});
  static_assert(count_in(putin_obama_calls, "2014-03"_date) == CountRange{2, 2});
  static_assert(count_in(putin_obama_calls, "2014-07"_date) == CountRange{1, 1});
  static_assert(count_in(putin_obama_calls, "2015"_date) == CountRange{2, 2});
  static_assert(count_in(putin_obama_calls, "2016"_date) == CountRange{2, 2});
  const auto contacts = loaded();
  const auto calls = select(contacts, where::between(people::vladimir_putin, people::barack_obama) &
                                          where::medium(Medium::telephone));
  CHECK(count_in(calls, "2014"_date) == CountRange{3, 3});
  CHECK(count_in(calls, "2015"_date) == CountRange{2, 2});
  CHECK(count_in(calls, "2016"_date) == CountRange{2, 2});
}

TEST_CASE("Biden and Putin had not exchanged words since mid-February 2022") {
  // As of the article's date, the last contact was in mid-February, and no
  // later one may have come: between 247 and 256 days of silence.
  static_assert(silence_as_of(biden_putin, article_date)->last.date == Date::mid_month(2022, 2));
  static_assert(silence_as_of(biden_putin, article_date)->last_certain->date ==
                Date::mid_month(2022, 2));
  static_assert(silence_as_of(biden_putin, article_date)->days == DayRange{days{247}, days{256}});
  // By the refined date (the call of 12 February), 255 days.
  static_assert(silence_as_of(biden_putin, article_date, refined_date_of)->days ==
                DayRange{days{255}, days{255}});
  const auto contacts = loaded();
  const auto s = silence_as_of(
      select(contacts, where::between(people::joe_biden, people::vladimir_putin)), article_date);
  REQUIRE(s.has_value());
  CHECK(s->last.date == Date::mid_month(2022, 2));
  CHECK(s->days == DayRange{days{247}, days{256}});
}

TEST_CASE("Blinken and Lavrov went five months without speaking") {
  // The documented dates (2021; 2022-01/2022-05; 2022-06/2022-10-24) allow
  // a silence of five months; the refined dates (15 February and 29 July
  // 2022) show one: 164 days, more than five months and less than six.
  static_assert(longest_gap(blinken_lavrov)->possible.days >= five_months);
  static_assert(longest_gap(by_refined_date(blinken_lavrov), refined_date_of)->certain.days >=
                five_months);
  static_assert(longest_gap(by_refined_date(blinken_lavrov), refined_date_of)->possible.days <
                six_months);
  static_assert(longest_gap(by_refined_date(blinken_lavrov), refined_date_of)->possible.from.id ==
                ContactId{23});
  const auto contacts = loaded();
  const auto pair = select(contacts, where::between(people::antony_blinken, people::sergey_lavrov));
  const auto refined = longest_gap(sorted_by_date(pair, refined_date_of), refined_date_of);
  REQUIRE(refined.has_value());
  CHECK(refined->days() == DayRange{days{164}, days{164}});
  CHECK(longest_gap(pair)->days() == longest_gap(blinken_lavrov)->days());
}

TEST_CASE("Milley and Gerasimov had a similar five-month stretch without calls") {
  // Documented: 2022-05/2022-06 and 2022-10-21/2022-10-24, 113 to 176 days
  // apart; refined: 19 May to 24 October, 158 days.
  static_assert(longest_gap(milley_gerasimov)->possible.days >= five_months);
  static_assert(longest_gap(by_refined_date(milley_gerasimov), refined_date_of)->certain.days >=
                five_months);
  static_assert(longest_gap(milley_gerasimov)->days() == DayRange{days{113}, days{176}});
  // By months: July to September certainly without a call, May to
  // September possibly (the May-June call may have come in either month).
  static_assert(
      months_without(milley_gerasimov, std::chrono::year{2022} / 5, std::chrono::year{2022} / 10)
          .longest_certain.length == std::chrono::months{3});
  static_assert(
      months_without(milley_gerasimov, std::chrono::year{2022} / 5, std::chrono::year{2022} / 10)
          .longest_possible.length == std::chrono::months{5});
  const auto contacts = loaded();
  const auto pair = select(contacts, where::between(people::mark_milley, people::valery_gerasimov));
  CHECK(longest_gap(pair)->days() == DayRange{days{113}, days{176}});
  CHECK(longest_gap(sorted_by_date(pair, refined_date_of), refined_date_of)->certain.days ==
        days{158});
}

TEST_CASE("Austin and Shoigu spoke twice in three days") {
  // "last weekend, when the two defense chiefs conversed with each other
  // twice in three days": both calls lie within Friday to Sunday.
  static_assert(most_within(austin_shoigu, days{3}).min >= 2);
  static_assert(bursts(austin_shoigu, 2, days{3}, Certainty::certain).size() == 1);
  static_assert(bursts(austin_shoigu, 2, days{3}, Certainty::certain)[0].days ==
                "2022-10-21/2022-10-23"_date);
  // In two days they may have, but need not.
  static_assert(most_within(austin_shoigu, days{2}) == CountRange{1, 2});
  const auto contacts = loaded();
  CHECK(most_within(select(contacts, where::between(people::lloyd_austin, people::sergei_shoigu)),
                    days{3})
            .min >= 2);
}

TEST_CASE("three US-Russia calls came within four days") {
  // "three calls exchanged between American and Russian stakeholders in four
  // days": certain within four days, only possible within three.
  static_assert(most_within(us_russia_calls, days{4}).min >= 3);
  static_assert(most_within(us_russia_calls, days{3}) == CountRange{2, 3});
  static_assert(bursts(us_russia_calls, 3, days{4}, Certainty::certain).size() == 1);
  static_assert(bursts(us_russia_calls, 3, days{4}, Certainty::certain)[0].days ==
                "2022-10-21/2022-10-24"_date);
  const auto contacts = loaded();
  const auto calls = select(contacts, where::between(USA, RUS) & where::medium(Medium::telephone));
  CHECK(most_within(calls, days{4}).min >= 3);
  const auto found = bursts(calls, 3, days{4}, Certainty::certain);
  REQUIRE(found.size() == 1);
  CHECK(found[0].count == 3);
  CHECK(found[0].days == "2022-10-21/2022-10-24"_date);
}
