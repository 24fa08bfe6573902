// Counts in a period, per year and per month, and the first and last
// contact: on exact and imprecise dates, month and year boundaries, leap
// years; compile time and run time.
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

constexpr auto leader_calls_only = select(registry.contacts, leader_calls);
constexpr auto ministers_only = select(registry.contacts, ministers);
constexpr auto us_russia = select(registry.contacts, where::between(USA, RUS));

}  // namespace

TEST_CASE("count_in: three calls in 2014, two in 2015, one in 2016") {
  static_assert(count_in(leader_calls_only, Date::in_year(2014)) == CountRange{3, 3});
  static_assert(count_in(leader_calls_only, Date::in_year(2015)) == CountRange{2, 2});
  static_assert(count_in(leader_calls_only, Date::in_year(2016)) == CountRange{1, 1});
  // With the meeting of 30 November, the leaders met or spoke three times in 2015.
  static_assert(count_in(select(registry.contacts, leaders), Date::in_year(2015)) ==
                CountRange{3, 3});
  const auto loaded = runtime_contacts();
  CHECK(count_in(select(loaded, leader_calls), Date::in_year(2014)) == CountRange{3, 3});
  CHECK(count_in(select(loaded, leader_calls), Date::in_year(2015)) == CountRange{2, 2});
}

TEST_CASE("count_in: dates across the period's edge count as possible, not certain") {
  // Ministers: 2014-03/2014-12, 2015-06-25, 2015-12/2016-01, 2016-02-11/20.
  static_assert(count_in(ministers_only, Date::in_year(2014)) == CountRange{1, 1});
  static_assert(count_in(ministers_only, Date::in_year(2015)) == CountRange{1, 2});
  static_assert(count_in(ministers_only, Date::in_year(2016)) == CountRange{1, 2});
  static_assert(count_in(ministers_only, Date::in_month(2014, 3)) == CountRange{0, 1});
  static_assert(count_in(ministers_only, "2016-02-15"_date) == CountRange{0, 1});
  static_assert(count_in(ministers_only, Date::in_year(2013)) == CountRange{0, 0});
}

TEST_CASE("count_by_year: one entry per year, in order, with its bracket") {
  static_assert(
      count_by_year(ministers_only, 2013y, 2017y) ==
      std::vector<YearCount>{
          {2013y, {0, 0}}, {2014y, {1, 1}}, {2015y, {1, 2}}, {2016y, {1, 2}}, {2017y, {0, 0}}});
  // The USSR's two contacts count for US-Russia: 1987 and 1988.
  static_assert(count_by_year(us_russia, 1987y, 1988y) ==
                std::vector<YearCount>{{1987y, {1, 1}}, {1988y, {1, 1}}});
  const auto loaded = runtime_contacts();
  CHECK(count_by_year(select(loaded, ministers), 2013y, 2017y) ==
        count_by_year(ministers_only, 2013y, 2017y));
}

TEST_CASE("count_by_month: February of a leap year, and dates across months") {
  // 2015-12/2016-01 may be in January; the leap day and mid-February are in
  // February.
  static_assert(
      count_by_month(us_russia, 2016y / 1, 2016y / 3) ==
      std::vector<MonthCount>{{2016y / 1, {0, 1}}, {2016y / 2, {2, 2}}, {2016y / 3, {0, 0}}});
  // A year's date may be in each month of it and is certainly in none.
  constexpr std::array year{"1988"_date};
  static_assert(count_by_month(year, 1987y / 12, 1989y / 1).size() == 14);
  static_assert(count_by_month(year, 1987y / 12, 1989y / 1).front().contacts == CountRange{0, 0});
  static_assert(count_by_month(year, 1987y / 12, 1989y / 1)[1].contacts == CountRange{0, 1});
  static_assert(count_by_month(year, 1987y / 12, 1989y / 1)[12].contacts == CountRange{0, 1});
  static_assert(count_by_month(year, 1987y / 12, 1989y / 1).back().contacts == CountRange{0, 0});
}

TEST_CASE("counts: any order will do, and no contacts count zero") {
  auto loaded = runtime_contacts();
  std::shuffle(loaded.begin(), loaded.end(), std::mt19937(7));
  CHECK(count_by_month(select(loaded, where::between(USA, RUS)), 2016y / 1, 2016y / 3) ==
        count_by_month(us_russia, 2016y / 1, 2016y / 3));
  CHECK(count_in(std::vector<Contact>{}, Date::in_year(2014)) == CountRange{0, 0});
  static_assert(count_by_year(select(registry.contacts, where::between(USA, GBR)), 2014y, 2014y) ==
                std::vector<YearCount>{{2014y, {0, 0}}});
}

TEST_CASE("counts: invalid periods are errors") {
  const auto loaded = runtime_contacts();
  CHECK_THROWS_AS(count_in(loaded, Date{}), std::invalid_argument);
  CHECK_THROWS_AS(count_by_year(loaded, 2016y, 2015y), std::invalid_argument);
  CHECK_THROWS_AS(count_by_month(loaded, 2016y / 2, 2016y / 1), std::invalid_argument);
}

TEST_CASE("first_and_last: the first and last contact, and the days they fell on") {
  constexpr auto calls = first_and_last(leader_calls_only);
  static_assert(calls->first.id == ContactId{3});
  static_assert(calls->last.id == ContactId{10});
  static_assert(calls->first_day == "2014-03"_date);
  static_assert(calls->last_day == "2016-02-29"_date);
  const auto loaded = runtime_contacts();
  const auto at_run_time = first_and_last(select(loaded, leader_calls));
  REQUIRE(at_run_time.has_value());
  CHECK(at_run_time->first.id == ContactId{3});
  CHECK(at_run_time->last_day == calls->last_day);
}

TEST_CASE("first_and_last: with imprecise dates, the first contact may be another one") {
  // Ministers: the first contact in date order is 2014-03/2014-12, but the
  // first contact fell on a day from 2014-03-01 to 2014-12-31 (when it came
  // last in its year, 2015-06-25 would still be later).
  constexpr auto m = first_and_last(ministers_only);
  static_assert(m->first.id == ContactId{6});
  static_assert(m->first_day == "2014-03/2014-12"_date);
  static_assert(m->last.id == ContactId{11});
  static_assert(m->last_day == "2016-02-11/2016-02-20"_date);
  // 2014 (the year) and 2014-03-05: either may have been first.
  constexpr std::array dates{"2014"_date, "2014-03-05"_date};
  static_assert(first_and_last(dates)->first_day ==
                Date::interval(dates[0].earliest(), dates[1].latest()));
  static_assert(first_and_last(dates)->last_day ==
                Date::interval(dates[1].earliest(), dates[0].latest()));
}

TEST_CASE("first_and_last: nothing for no contacts, and one contact is both") {
  static_assert(!first_and_last(select(registry.contacts, where::between(USA, GBR))).has_value());
  constexpr auto one = first_and_last(select(registry.contacts, where::between(RUS, GBR)));
  static_assert(one->first == one->last);
  static_assert(one->first_day == "2014-06-01"_date && one->last_day == "2014-06-01"_date);
}
