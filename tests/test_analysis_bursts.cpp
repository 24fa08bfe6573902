// Bursts: every window in which at least k contacts fall within d days,
// certainly or possibly, and the most contacts within d days; on exact and
// imprecise dates, compile time and run time.
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <stdexcept>
#include <vector>

#include <doctest/doctest.h>

#include "analysis_fixture.hpp"

namespace {

using namespace fixture;
using std::chrono::days;

template <class T>
constexpr bool same(const Burst<T>& b, const T& first, const T& last, std::size_t count,
                    Date span) {
  return b.first == first && b.last == last && b.count == count && b.days == span;
}

constexpr auto defence_calls = select(registry.contacts, defence);  // 2022-05-13, 10-21, 10-23

// Three calls on 21, 23 and 24 October 2022.
constexpr std::array october{"2022-10-21"_date, "2022-10-23"_date, "2022-10-24"_date};

}  // namespace

TEST_CASE("bursts: two calls in three days, between the two that made it") {
  constexpr auto found = [] {
    const auto b = bursts(defence_calls, 2, days{3}, Certainty::certain);
    return std::pair{b.size(), b.empty() ? ContactId{} : b[0].first.id};
  }();
  static_assert(found.first == 1);
  static_assert(found.second == ContactId{14});
  static_assert(bursts(defence_calls, 2, days{3}, Certainty::certain)[0].last.id == ContactId{15});
  static_assert(bursts(defence_calls, 2, days{3}, Certainty::certain)[0].days ==
                "2022-10-21/2022-10-23"_date);
  static_assert(bursts(defence_calls, 2, days{2}, Certainty::certain).empty());
  static_assert(most_within(defence_calls, days{3}) == CountRange{2, 2});
  const auto loaded = runtime_contacts();
  const auto at_run_time = bursts(select(loaded, defence), 2, days{3}, Certainty::certain);
  REQUIRE(at_run_time.size() == 1);
  CHECK(at_run_time[0].first.id == ContactId{14});
  CHECK(at_run_time[0].count == 2);
}

TEST_CASE("bursts: every maximal window, overlapping ones included") {
  // Within four days all three; within three days, 21-23 and 23-24.
  static_assert(bursts(october, 3, days{4}, Certainty::certain).size() == 1);
  static_assert(same(bursts(october, 3, days{4}, Certainty::certain)[0], october[0], october[2], 3,
                     "2022-10-21/2022-10-24"_date));
  static_assert(bursts(october, 2, days{3}, Certainty::certain).size() == 2);
  static_assert(same(bursts(october, 2, days{3}, Certainty::certain)[0], october[0], october[1], 2,
                     "2022-10-21/2022-10-23"_date));
  static_assert(same(bursts(october, 2, days{3}, Certainty::certain)[1], october[1], october[2], 2,
                     "2022-10-23/2022-10-24"_date));
  static_assert(bursts(october, 3, days{3}, Certainty::certain).empty());
  static_assert(most_within(october, days{4}) == CountRange{3, 3});
  static_assert(most_within(october, days{3}) == CountRange{2, 2});
  static_assert(most_within(october, days{1}) == CountRange{1, 1});
}

TEST_CASE("bursts: imprecise dates may make a burst certain, or only possible") {
  // Two calls known only to fall on 21 to 23 October: certainly within three
  // days, and possibly within one.
  constexpr std::array weekend{"2022-10-21/2022-10-23"_date, "2022-10-21/2022-10-23"_date};
  static_assert(most_within(weekend, days{3}) == CountRange{2, 2});
  static_assert(most_within(weekend, days{2}) == CountRange{1, 2});
  static_assert(bursts(weekend, 2, days{2}, Certainty::certain).empty());
  static_assert(bursts(weekend, 2, days{1}, Certainty::possible).size() == 1);
  // A call dated only "October 2022" may join the three of 21-24 October.
  constexpr std::array with_month{"2022-10"_date, "2022-10-21"_date, "2022-10-23"_date,
                                  "2022-10-24"_date};
  static_assert(most_within(with_month, days{4}) == CountRange{3, 4});
  static_assert(bursts(with_month, 4, days{4}, Certainty::certain).empty());
  static_assert(bursts(with_month, 4, days{4}, Certainty::possible).size() == 1);
  static_assert(bursts(with_month, 4, days{4}, Certainty::possible)[0].days == "2022-10"_date);
}

TEST_CASE("bursts: contacts on the same day are a burst within one day") {
  // 2015-06-25: a leaders' call and a ministers' call; the March calls of
  // 2014 may have been on one day, but need not.
  constexpr auto us_russia = select(registry.contacts, where::between(USA, RUS));
  static_assert(bursts(us_russia, 2, days{1}, Certainty::certain).size() == 1);
  static_assert(bursts(us_russia, 2, days{1}, Certainty::certain)[0].days == "2015-06-25"_date);
  static_assert(bursts(us_russia, 2, days{1}, Certainty::certain)[0].first.id == ContactId{8});
  static_assert(bursts(us_russia, 2, days{1}, Certainty::certain)[0].last.id == ContactId{17});
  static_assert(most_within(us_russia, days{1}) == CountRange{2, 3});
  const auto loaded = runtime_contacts();
  CHECK(most_within(select(loaded, where::between(USA, RUS)), days{1}) == CountRange{2, 3});
  CHECK(bursts(select(loaded, where::between(USA, RUS)), 2, days{1}, Certainty::possible).size() ==
        bursts(us_russia, 2, days{1}, Certainty::possible).size());
}

TEST_CASE("bursts: none in an empty selection, and one contact is a burst of one") {
  constexpr auto none = select(registry.contacts, where::between(USA, GBR));
  static_assert(bursts(none, 1, days{7}, Certainty::possible).empty());
  static_assert(most_within(none, days{7}) == CountRange{0, 0});
  constexpr auto one = select(registry.contacts, where::between(RUS, GBR));
  static_assert(bursts(one, 2, days{7}, Certainty::certain).empty());
  static_assert(bursts(one, 1, days{7}, Certainty::certain).size() == 1);
  static_assert(most_within(one, days{7}) == CountRange{1, 1});
  // A year-long date: possibly in any window of the year, certainly in no
  // window shorter than the year.
  static_assert(most_within(std::array{"1988"_date}, days{7}) == CountRange{1, 1});
  static_assert(bursts(std::array{"1988"_date}, 1, days{7}, Certainty::certain).empty());
  static_assert(bursts(std::array{"1988"_date}, 1, days{366}, Certainty::certain).size() == 1);
}

TEST_CASE("bursts: writes to any output iterator, and works on compact events") {
  static constexpr std::array events{
      Event{"2022-10-21"_date, USA, RUS, Level::defence_minister, Medium::telephone},
      Event{"2022-10-23"_date, RUS, USA, Level::defence_minister, Medium::telephone},
      Event{"2022-10-24"_date, USA, RUS, Level::military_chief, Medium::telephone},
  };
  constexpr auto written = [] {
    std::array<Burst<Event>, 2> out{};
    const auto end = bursts(events, 2, days{3}, Certainty::certain, out.begin());
    return std::pair{end - out.begin(), out[1].first.level};
  }();
  static_assert(written.first == 2);
  static_assert(written.second == Level::defence_minister);
  static_assert(most_within(select(events, where::level(Level::defence_minister)), days{3}) ==
                CountRange{2, 2});
}

TEST_CASE("bursts: bad arguments and unsorted contacts are errors") {
  const std::vector<Date> dates(october.begin(), october.end());
  CHECK_THROWS_AS(bursts(dates, 0, days{3}, Certainty::certain), std::invalid_argument);
  CHECK_THROWS_AS(bursts(dates, 2, days{0}, Certainty::possible), std::invalid_argument);
  CHECK_THROWS_AS(most_within(dates, days{-1}), std::invalid_argument);
  const std::vector<Date> unsorted{"2022-10-23"_date, "2022-10-21"_date};
  CHECK_THROWS_AS(bursts(unsorted, 2, days{3}, Certainty::certain), std::invalid_argument);
  CHECK_THROWS_AS(bursts(unsorted, 2, days{3}, Certainty::possible), std::invalid_argument);
}

TEST_CASE("a window longer than the calendar holds every contact, without overflow") {
  using namespace hotline::literals;
  const std::vector<hotline::Date> dates{"2014-03-01"_date, "2022-10-21"_date};
  const auto id = [](hotline::Date d) { return d; };
  CHECK(hotline::most_within(dates, std::chrono::days::max(), id) == hotline::CountRange{2, 2});
  const auto found =
      hotline::bursts(dates, 2, std::chrono::days::max(), hotline::Certainty::certain, id);
  REQUIRE(found.size() == 1);
  CHECK(found[0].count == 2);
}

TEST_CASE("most_within's counting sweeps find the largest set the burst sweeps report") {
  // most_within counts with sweeps of its own (cheaper in a constant
  // evaluation); on random dates of a day to six weeks, both kinds agree
  // with the largest set that bursts() reports.
  std::uint64_t seed = 7;
  const auto next = [&](std::uint64_t n) {
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    return (seed >> 33) % n;
  };
  for (int round = 0; round < 400; ++round) {
    std::vector<Date> dates;
    auto day = std::chrono::sys_days{std::chrono::year{2000} / 1 / 1};
    for (std::uint64_t k = 0, n = next(40); k < n; ++k) {
      day += days{static_cast<int>(next(6))};
      const auto kind = next(10);
      const days length{kind < 6   ? 0
                        : kind < 8 ? static_cast<int>(next(5))
                                   : static_cast<int>(next(42))};
      dates.push_back(Date::interval(day, day + length));
    }
    std::ranges::sort(dates);
    const days within{1 + static_cast<int>(next(10))};
    std::size_t certain = 0;
    std::size_t possible = 0;
    for (const auto& b : bursts(dates, 1, within, Certainty::certain))
      certain = std::max(certain, b.count);
    for (const auto& b : bursts(dates, 1, within, Certainty::possible))
      possible = std::max(possible, b.count);
    CHECK(hotline::detail::most_certainly_within(dates.begin(), dates.end(), within, date_of) ==
          certain);
    CHECK(hotline::detail::most_possibly_within(dates.begin(), dates.end(), within, date_of) ==
          possible);
  }
}
