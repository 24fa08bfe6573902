// Months without contact, certainly and possibly, and their runs: on exact
// and imprecise dates, windows that start before the first contact or end
// before the last, February and leap years; compile time and run time.
#include <array>
#include <chrono>
#include <stdexcept>
#include <vector>

#include <doctest/doctest.h>

#include "analysis_fixture.hpp"

namespace {

using namespace fixture;
using namespace std::chrono_literals;
using std::chrono::months;
using std::chrono::year_month;

constexpr MonthRun run(year_month first, int length) {
  return {first, months{length}};
}

constexpr auto leader_calls_only = select(registry.contacts, leader_calls);
constexpr auto ministers_only = select(registry.contacts, ministers);

}  // namespace

TEST_CASE("months_without: exact dates make every other month certainly without") {
  // Calls in March (twice) and on 17 July 2014.
  constexpr auto m = months_without(leader_calls_only, 2014y / 1, 2014y / 12);
  static_assert(m.certain == months{10});
  static_assert(m.possible == months{10});
  static_assert(m.longest_certain == run(2014y / 8, 5));
  static_assert(m.longest_possible == run(2014y / 8, 5));
  static_assert(month_runs_without(leader_calls_only, 2014y / 1, 2014y / 12, Certainty::certain) ==
                std::vector{run(2014y / 1, 2), run(2014y / 4, 3), run(2014y / 8, 5)});
  const auto loaded = runtime_contacts();
  CHECK(months_without(select(loaded, leader_calls), 2014y / 1, 2014y / 12) == m);
}

TEST_CASE("months_without: an imprecise date makes its months possibly, not certainly, without") {
  // Ministers: 2014-03/2014-12, 2015-06-25, 2015-12/2016-01, 2016-02-11/20.
  constexpr auto m = months_without(ministers_only, 2014y / 1, 2016y / 12);
  static_assert(m.certain == months{2 + 5 + 5 + 10});
  static_assert(m.possible == months{36 - 2});  // only June 2015 and February 2016 are certain
  static_assert(
      month_runs_without(ministers_only, 2014y / 1, 2016y / 12, Certainty::certain) ==
      std::vector{run(2014y / 1, 2), run(2015y / 1, 5), run(2015y / 7, 5), run(2016y / 3, 10)});
  static_assert(month_runs_without(ministers_only, 2014y / 1, 2016y / 12, Certainty::possible) ==
                std::vector{run(2014y / 1, 17), run(2015y / 7, 7), run(2016y / 3, 10)});
  static_assert(m.longest_certain == run(2016y / 3, 10));
  static_assert(m.longest_possible == run(2014y / 1, 17));
  const auto loaded = runtime_contacts();
  CHECK(months_without(select(loaded, ministers), 2014y / 1, 2016y / 12) == m);
  CHECK(month_runs_without(select(loaded, ministers), 2014y / 1, 2016y / 12, Certainty::possible) ==
        std::vector{run(2014y / 1, 17), run(2015y / 7, 7), run(2016y / 3, 10)});
}

TEST_CASE("months_without: a window that starts before the first contact") {
  // Defence calls on 2022-05-13, 10-21 and 10-23.
  constexpr auto defence_calls = select(registry.contacts, defence);
  static_assert(month_runs_without(defence_calls, 2021y / 1, 2022y / 12, Certainty::certain) ==
                std::vector{run(2021y / 1, 16), run(2022y / 6, 4), run(2022y / 11, 2)});
  static_assert(months_without(defence_calls, 2021y / 1, 2022y / 12).certain == months{22});
}

TEST_CASE("months_without: a window that ends before the last contact, or holds none") {
  constexpr auto defence_calls = select(registry.contacts, defence);
  static_assert(months_without(defence_calls, 2022y / 1, 2022y / 8).certain == months{7});
  static_assert(months_without(defence_calls, 2022y / 5, 2022y / 5).certain == months{0});
  static_assert(months_without(defence_calls, 2022y / 6, 2022y / 6).certain == months{1});
  static_assert(months_without(defence_calls, 2023y / 1, 2023y / 12).certain == months{12});
  static_assert(months_without(defence_calls, 2020y / 1, 2020y / 12).longest_certain ==
                run(2020y / 1, 12));
}

TEST_CASE("months_without: an empty or one-contact selection") {
  constexpr auto none = select(registry.contacts, where::between(USA, GBR));
  static_assert(months_without(none, 2014y / 1, 2014y / 12) ==
                MonthsWithout{months{12}, months{12}, run(2014y / 1, 12), run(2014y / 1, 12)});
  constexpr auto one = select(registry.contacts, where::between(RUS, GBR));  // 2014-06-01
  static_assert(months_without(one, 2014y / 1, 2014y / 12) ==
                MonthsWithout{months{11}, months{11}, run(2014y / 7, 6), run(2014y / 7, 6)});
  CHECK(months_without(std::vector<Contact>{}, 2014y / 1, 2014y / 12).certain == months{12});
}

TEST_CASE("months_without: February, in leap years and others") {
  // 29 February 2016 is in February; a date from 28 or 29 February to 1 March
  // may be in either month and is certainly in neither.
  constexpr std::array leap_day{"2016-02-29"_date};
  static_assert(month_runs_without(leap_day, 2016y / 1, 2016y / 3, Certainty::certain) ==
                std::vector{run(2016y / 1, 1), run(2016y / 3, 1)});
  constexpr std::array across_2016{"2016-02-29/2016-03-01"_date};
  static_assert(months_without(across_2016, 2016y / 1, 2016y / 4) ==
                MonthsWithout{months{2}, months{4}, run(2016y / 1, 1), run(2016y / 1, 4)});
  constexpr std::array across_2015{"2015-02-28/2015-03-01"_date};
  static_assert(months_without(across_2015, 2015y / 1, 2015y / 4) ==
                MonthsWithout{months{2}, months{4}, run(2015y / 1, 1), run(2015y / 1, 4)});
  // The whole of February 2016, 29 days, lies within February.
  constexpr std::array all_february{"2016-02-01/2016-02-29"_date};
  static_assert(months_without(all_february, 2016y / 2, 2016y / 2).possible == months{0});
  static_assert(months_without(std::array{"2016-02"_date}, 2016y / 2, 2016y / 2).possible ==
                months{0});
}

TEST_CASE("months_without: a year-long date covers twelve months and is certain in none") {
  constexpr std::array year{"1988"_date};
  static_assert(months_without(year, 1987y / 12, 1989y / 1) ==
                MonthsWithout{months{2}, months{14}, run(1987y / 12, 1), run(1987y / 12, 14)});
}

TEST_CASE("month_runs_without: writes to any output iterator, at compile time too") {
  constexpr auto count = [] {
    std::array<MonthRun, 4> runs{};
    const auto end = month_runs_without(leader_calls_only, 2014y / 1, 2014y / 12,
                                        Certainty::possible, runs.begin());
    return std::pair{end - runs.begin(), runs[2]};
  }();
  static_assert(count.first == 3);
  static_assert(count.second == run(2014y / 8, 5));
  static_assert(run(2014y / 8, 5).last() == 2014y / 12);
  static_assert(run(2014y / 11, 3).last() == 2015y / 1);
}

TEST_CASE("months_without: an invalid window, or unsorted contacts, are errors") {
  const auto loaded = runtime_contacts();
  CHECK_THROWS_AS(months_without(loaded, 2015y / 1, 2014y / 12), std::invalid_argument);
  CHECK_THROWS_AS(months_without(loaded, 2015y / 13, 2016y / 1), std::invalid_argument);
  const std::vector<Date> unsorted{"2015-03"_date, "2015-01"_date};
  CHECK_THROWS_AS(months_without(unsorted, 2015y / 1, 2015y / 12), std::invalid_argument);
}

TEST_CASE(
    "months_without: a contact after the window that comes before one inside it is an error") {
  // Unsorted input used to be read only up to the first contact after the
  // window: {2016-05-01, 2014-09-01} over 2014 gave 12 and 12 months, where
  // the truth is 11 and 11. The whole range is checked now.
  const std::vector<Date> unsorted{"2016-05-01"_date, "2014-09-01"_date};
  CHECK_THROWS_AS(months_without(unsorted, 2014y / 1, 2014y / 12), std::invalid_argument);
  CHECK_THROWS_AS(month_runs_without(unsorted, 2014y / 1, 2014y / 12, Certainty::certain),
                  std::invalid_argument);
  const std::vector<Date> sorted{"2014-09-01"_date, "2016-05-01"_date};
  CHECK(months_without(sorted, 2014y / 1, 2014y / 12).certain == months{11});
  CHECK(months_without(sorted, 2014y / 1, 2014y / 12).possible == months{11});
  // And a contact after the window that is itself out of order.
  const std::vector<Date> late{"2014-09-01"_date, "2016-05-01"_date, "2015-01-01"_date};
  CHECK_THROWS_AS(months_without(late, 2014y / 1, 2014y / 12), std::invalid_argument);
}
