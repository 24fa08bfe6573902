// Gaps between consecutive contacts, the longest gap, and the silence as of
// a day: on exact and imprecise dates, as static_asserts over a constexpr
// registry and as the same queries over run-time vectors.
#include <algorithm>
#include <array>
#include <chrono>
#include <random>
#include <stdexcept>
#include <vector>

#include <doctest/doctest.h>

#include "analysis_fixture.hpp"

namespace {

using namespace fixture;
using namespace std::chrono_literals;
using std::chrono::days;
using std::chrono::sys_days;

constexpr days from_to(std::chrono::year_month_day a, std::chrono::year_month_day b) {
  return sys_days{b} - sys_days{a};
}

template <class R>
constexpr std::vector<DayRange> gap_days(R&& r) {
  std::vector<DayRange> out;
  for (const auto& g : gaps(r)) out.push_back(g.days);
  return out;
}

constexpr auto leader_calls_2014_2016 = select(registry.contacts, leader_calls);

}  // namespace

TEST_CASE("gaps: one per consecutive pair, each the days from one date to the next") {
  // 2014-03, 2014-03, 2014-07-17, 2015-02, 2015-06-25, 2016-02-29.
  constexpr auto calls = leader_calls_2014_2016;
  static_assert(std::ranges::distance(gaps(calls)) == 5);
  static_assert(
      gap_days(calls) ==
      std::vector<DayRange>{
          {days{0}, days{30}},  // two calls in March: the same day, or up to 30 days apart
          {from_to(2014y / 3 / 31, 2014y / 7 / 17), from_to(2014y / 3 / 1, 2014y / 7 / 17)},
          {from_to(2014y / 7 / 17, 2015y / 2 / 1), from_to(2014y / 7 / 17, 2015y / 2 / 28)},
          {from_to(2015y / 2 / 28, 2015y / 6 / 25), from_to(2015y / 2 / 1, 2015y / 6 / 25)},
          {days{249}, days{249}},  // 2015-06-25 to the leap day 2016-02-29
      });
  static_assert((*gaps(calls).begin()).from->id == ContactId{3});
  static_assert((*gaps(calls).begin()).to->id == ContactId{4});
  const auto loaded = runtime_contacts();
  CHECK(gap_days(select(loaded, leader_calls)) == gap_days(calls));
}

TEST_CASE("gaps: March to July 2014 is 92 to 152 days") {
  constexpr std::array dates{"2014-03"_date, "2014-07"_date};
  static_assert(gap_days(dates) == std::vector<DayRange>{{days{92}, days{152}}});
}

TEST_CASE("gaps: none for an empty or one-contact selection") {
  static_assert(std::ranges::distance(gaps(select(registry.contacts, where::between(USA, GBR)))) ==
                0);
  static_assert(gap_days(select(registry.contacts, where::between(RUS, GBR))).empty());
  const std::vector<Contact> none;
  CHECK(gap_days(none).empty());
}

TEST_CASE("gaps: reading a pair out of date order is an error") {
  const std::vector<Date> unsorted{"2015-01-02"_date, "2015-01-01"_date};
  CHECK_THROWS_AS(gap_days(unsorted), std::invalid_argument);
}

TEST_CASE("longest_gap: for exact days it is one number, between one pair") {
  constexpr auto defence_calls = select(registry.contacts, defence);  // 2022-05-13, 10-21, 10-23
  constexpr auto longest = longest_gap(defence_calls);
  static_assert(longest->certain.days == from_to(2022y / 5 / 13, 2022y / 10 / 21));
  static_assert(longest->possible.days == longest->certain.days);
  static_assert(longest->possible.from.id == ContactId{16} &&
                longest->possible.to.id == ContactId{14});
  static_assert(longest->certain.from.id == ContactId{16} &&
                longest->certain.to.id == ContactId{14});
  const auto loaded = runtime_contacts();
  const auto at_run_time = longest_gap(select(loaded, defence));
  REQUIRE(at_run_time.has_value());
  CHECK(at_run_time->days() == longest->days());
  CHECK(at_run_time->possible.from.id == ContactId{16});
}

TEST_CASE("longest_gap: month dates bracket it, here between the last two calls") {
  // The certain silence from 2015-06-25 to 2016-02-29 is longer than any
  // gap the month dates of 2014 and 2015 allow.
  static_assert(longest_gap(leader_calls_2014_2016)->days() == DayRange{days{249}, days{249}});
  static_assert(longest_gap(leader_calls_2014_2016)->possible.from.id == ContactId{8});
  // Without the last call, the longest is from July 2014 to February 2015:
  // at least to 1 February, at most to 28 February.
  constexpr auto to_2015 =
      select(leader_calls_2014_2016, where::certainly_in(Date::between("2014"_date, "2015"_date)));
  static_assert(longest_gap(to_2015)->days() == DayRange{from_to(2014y / 7 / 17, 2015y / 2 / 1),
                                                         from_to(2014y / 7 / 17, 2015y / 2 / 28)});
  static_assert(longest_gap(to_2015)->possible.from.id == ContactId{5});
  static_assert(longest_gap(to_2015)->possible.to.id == ContactId{7});
}

TEST_CASE("longest_gap: contacts of uncertain order may leave a longer gap than any pair") {
  // 2014 (the year) and 2014-03-05: the pairwise gap is 0 to 63 days, but if
  // the first fell on 31 December, 301 days passed after the second.
  constexpr std::array dates{"2014"_date, "2014-03-05"_date};
  static_assert(gap_days(dates) == std::vector<DayRange>{{days{0}, days{63}}});
  static_assert(longest_gap(dates)->days() == DayRange{days{0}, days{301}});
  static_assert(longest_gap(dates)->possible.from == "2014-03-05"_date);
  static_assert(longest_gap(dates)->possible.to == "2014"_date);
}

TEST_CASE("longest_gap: a date that spans the others leaves no certain silence") {
  // 2014-03-01 and 2014-03-20 are 19 days apart, but the contact of 2014 may
  // have come between them: no silence is certain.
  constexpr std::array dates{"2014"_date, "2014-03-01"_date, "2014-03-20"_date};
  static_assert(longest_gap(dates)->days() ==
                DayRange{days{0}, from_to(2014y / 3 / 20, 2014y / 12 / 31)});
  // A month before them leaves the silence from its end to 1 March certain.
  constexpr std::array apart{"2014-01"_date, "2014-03-01"_date, "2014-03-20"_date};
  static_assert(longest_gap(apart)->days() == DayRange{from_to(2014y / 1 / 31, 2014y / 3 / 1),
                                                       from_to(2014y / 1 / 1, 2014y / 3 / 1)});
  static_assert(longest_gap(apart)->certain.from == "2014-01"_date);
  static_assert(longest_gap(apart)->certain.to == "2014-03-01"_date);
}

TEST_CASE("longest_gap: the certain and the possible gap each name their own contacts") {
  // B may last until 10 April and so ends the certain silence before D (30
  // days); the longest possible gap is from C (1 March) to D (70 days).
  constexpr std::array dates{"2014-01-01"_date, "2014-01-02/2014-04-10"_date, "2014-03-01"_date,
                             "2014-05-10"_date};
  constexpr auto g = longest_gap(dates);
  static_assert(g->certain.days == days{30} && g->possible.days == days{70});
  static_assert(g->certain.from == dates[1] && g->certain.to == dates[3]);
  static_assert(g->possible.from == dates[2] && g->possible.to == dates[3]);
  static_assert(g->days() == DayRange{days{30}, days{70}});
  // With no certain silence, the certain gap is 0 days between the first
  // two contacts that may touch, not the ends of the possible one.
  constexpr std::array spans{"2014-01-01"_date, "2014"_date, "2014-03-01"_date, "2014-06-01"_date};
  constexpr auto h = longest_gap(spans);
  static_assert(h->certain.days == days{0} && h->certain.from == spans[0] &&
                h->certain.to == spans[1]);
  static_assert(h->possible.from == spans[3] && h->possible.to == spans[1]);
}

TEST_CASE("longest_gap: contacts on the same day have no gap") {
  constexpr std::array dates{"2015-06-25"_date, "2015-06-25"_date};
  static_assert(longest_gap(dates)->days() == DayRange{});
  // In the registry, 2015-06-25 has a leaders' call and a ministers' call.
  constexpr auto same_day = select(registry.contacts, where::certainly_in("2015-06-25"_date));
  static_assert(std::ranges::distance(same_day) == 2);
  static_assert(longest_gap(same_day)->days() == DayRange{});
}

TEST_CASE("longest_gap: nothing for fewer than two contacts") {
  static_assert(!longest_gap(select(registry.contacts, where::between(USA, GBR))).has_value());
  static_assert(!longest_gap(select(registry.contacts, where::between(RUS, GBR))).has_value());
  CHECK_FALSE(longest_gap(std::vector<Contact>{}).has_value());
}

TEST_CASE("longest_gap: unsorted input and impossible dates are errors") {
  const std::vector<Date> unsorted{"2015"_date, "2014"_date};
  CHECK_THROWS_AS(longest_gap(unsorted), std::invalid_argument);
  const std::vector<Date> impossible{"2014"_date, Date{}};
  CHECK_THROWS_AS(longest_gap(impossible), std::invalid_argument);
  const std::vector<Date> alone{Date{}};
  CHECK_THROWS_AS(longest_gap(alone), std::invalid_argument);
}

TEST_CASE("longest_gap: the same answer on contacts, compact events and plain dates") {
  constexpr std::array events{
      Event{"2022-05-13"_date, USA, RUS, Level::defence_minister, Medium::telephone},
      Event{"2022-10-21"_date, USA, RUS, Level::defence_minister, Medium::telephone},
      Event{"2022-10-23"_date, RUS, USA, Level::defence_minister, Medium::telephone},
  };
  constexpr auto on_contacts = longest_gap(select(registry.contacts, defence));
  static_assert(longest_gap(events)->days() == on_contacts->days());
  static_assert(longest_gap(events, &Event::date)->days() == on_contacts->days());
  static_assert(longest_gap(events)->possible.to == events[1]);
  const std::vector<Date> dates{"2022-05-13"_date, "2022-10-21"_date, "2022-10-23"_date};
  CHECK(longest_gap(dates)->days() == on_contacts->days());
}

TEST_CASE("longest_gap: by refined dates, once sorted by them") {
  // Two calls dated by month, refined to days that reverse their order
  // against a third; the refined dates answer more exactly.
  constexpr std::array calls{
      Contact{
          .id = ContactId{1}, .date = "2015-02"_date, .refined = Refinement{"2015-02-27"_date, ""}},
      Contact{.id = ContactId{2}, .date = "2015-02-10"_date},
      Contact{
          .id = ContactId{3}, .date = "2015-06"_date, .refined = Refinement{"2015-06-25"_date, ""}},
  };
  static_assert(longest_gap(calls)->days() == DayRange{from_to(2015y / 2 / 28, 2015y / 6 / 1),
                                                       from_to(2015y / 2 / 10, 2015y / 6 / 30)});
  static_assert(
      longest_gap(sorted_by_date(calls, refined_date_of), refined_date_of)->days() ==
      DayRange{from_to(2015y / 2 / 27, 2015y / 6 / 25), from_to(2015y / 2 / 27, 2015y / 6 / 25)});
  static_assert(sorted_by_date(calls, refined_date_of)[0].id == ContactId{2});
  CHECK_THROWS_AS(longest_gap(std::vector(calls.begin(), calls.end()), refined_date_of),
                  std::invalid_argument);
}

TEST_CASE("silence_as_of: the days since the last contact, bracketed by its date") {
  // Ministers, as of 2016-03-01: the last contact was in mid-February
  // (2016-02-11/2016-02-20).
  constexpr auto ministers_only = select(registry.contacts, ministers);
  constexpr auto s = silence_as_of(ministers_only, "2016-03-01"_date);
  static_assert(s->days == DayRange{from_to(2016y / 2 / 20, 2016y / 3 / 1),
                                    from_to(2016y / 2 / 11, 2016y / 3 / 1)});
  static_assert(s->days == DayRange{days{10}, days{19}});  // through the leap day
  static_assert(s->last.id == ContactId{11} && s->last_certain->id == ContactId{11});
  static_assert(s->bounded());
  const auto loaded = runtime_contacts();
  const auto at_run_time = silence_as_of(select(loaded, ministers), "2016-03-01"_date);
  REQUIRE(at_run_time.has_value());
  CHECK(at_run_time->days == s->days);
  CHECK(at_run_time->last.id == ContactId{11});
}

TEST_CASE("silence_as_of: zero on the day of a contact, nothing before the first") {
  constexpr auto calls = leader_calls_2014_2016;
  static_assert(silence_as_of(calls, "2014-07-17"_date)->days == DayRange{});
  static_assert(silence_as_of(calls, "2014-07-18"_date)->days == DayRange{days{1}, days{1}});
  static_assert(!silence_as_of(calls, "2014-02-28"_date).has_value());
  static_assert(
      !silence_as_of(select(registry.contacts, where::between(USA, GBR)), "2020-01-01"_date)
           .has_value());
}

TEST_CASE("silence_as_of: unbounded when every contact may have come after the day") {
  // As of 2014-03-15, the two March calls may have come on 1 to 15 March, or
  // later: the silence is 0 days at least, and has no upper bound.
  constexpr auto s = silence_as_of(leader_calls_2014_2016, "2014-03-15"_date);
  static_assert(s->days.min == days{0});
  static_assert(!s->bounded());
  static_assert(s->days.max == days::max());
  static_assert(s->last.id == ContactId{4});
  // As of 2014-04-01 both are certainly past.
  static_assert(silence_as_of(leader_calls_2014_2016, "2014-04-01"_date)->days ==
                DayRange{days{1}, days{31}});
}

TEST_CASE("silence_as_of: any order will do") {
  auto loaded = runtime_contacts();
  const auto want =
      silence_as_of(select(registry.contacts, where::between(USA, RUS)), "2016-03-01"_date);
  std::mt19937 rng(42);
  for (int i = 0; i < 5; ++i) {
    std::shuffle(loaded.begin(), loaded.end(), rng);
    const auto got = silence_as_of(select(loaded, where::between(USA, RUS)), "2016-03-01"_date);
    REQUIRE(got.has_value());
    CHECK(got->days == want->days);
    CHECK(got->last.date == want->last.date);
  }
}

TEST_CASE("silence_as_of: the day must be one day") {
  const auto loaded = runtime_contacts();
  CHECK_THROWS_AS(silence_as_of(loaded, Date::in_month(2016, 3)), std::invalid_argument);
  CHECK_THROWS_AS(silence_as_of(loaded, Date{}), std::invalid_argument);
  CHECK(silence_as_of(loaded, sys_days{2016y / 3 / 1})->days ==
        silence_as_of(loaded, "2016-03-01"_date)->days);
}

TEST_CASE("silences: every certain silence of a length, with the contacts at its ends") {
  // Days 1 March, 1 to 10 April, 5 April, 1 July: the silences are from 2
  // March to 31 March and from 11 April to 30 June (the April span may end
  // on the 10th, the day-5 contact within it changes nothing).
  constexpr std::array dates{"2014-03-01"_date, "2014-04-01/2014-04-10"_date, "2014-04-05"_date,
                             "2014-07-01"_date};
  const auto all = silences(dates, days{1});
  REQUIRE(all.size() == 2);
  CHECK(all[0].days == Date::between("2014-03-02"_date, "2014-03-31"_date));
  CHECK(all[0].before == dates[0]);
  CHECK(all[0].after == dates[1]);
  CHECK(all[0].at_least);  // the April span may begin later than the 1st
  CHECK(all[1].days == Date::between("2014-04-11"_date, "2014-06-30"_date));
  CHECK(all[1].before == dates[1]);
  CHECK(all[1].after == dates[3]);
  // A threshold: only the second lasts 60 days or more.
  const auto long_ones = silences(dates, days{60});
  REQUIRE(long_ones.size() == 1);
  CHECK(long_ones[0].days.length() == days{81});
}

TEST_CASE("silences: one still going on at the day given, and none between touching dates") {
  constexpr std::array dates{"2022-02-12"_date, "2022-02-13"_date};
  static_assert(silences(dates, days{1}).empty());
  const auto open = silences(dates, days{1}, sys_days{2022y / 10 / 24});
  REQUIRE(open.size() == 1);
  CHECK(open[0].days == Date::between("2022-02-14"_date, "2022-10-24"_date));
  CHECK_FALSE(open[0].after.has_value());
  CHECK(open[0].at_least);
  static_assert(silences(std::array<Date, 0>{}, days{1}).empty());
}

TEST_CASE("silences: exact days give exact silences, and unsorted input is an error") {
  constexpr std::array dates{"2015-09-18"_date, "2015-11-30"_date};
  static_assert(silences(dates, days{1}).size() == 1);
  static_assert(!silences(dates, days{1})[0].at_least);
  static_assert(silences(dates, days{1})[0].days.length() == days{72});
  const std::vector<Date> unsorted{"2015-11-30"_date, "2015-09-18"_date};
  CHECK_THROWS_AS(silences(unsorted, days{1}), std::invalid_argument);
}
