// Mergeable summaries: one summary answers as longest_gap, months_without
// and silence_as_of do, and the summaries of consecutive chunks merge into
// the summary of the whole: merge(split(x)) == analyse(x).
#include <hotline/analysis/gaps.hpp>
#include <hotline/analysis/months.hpp>
#include <hotline/analysis/summary.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <random>
#include <span>
#include <stdexcept>
#include <vector>

namespace {

using namespace hotline;
using namespace std::chrono;

constexpr SummaryQuestion question{2000y / 1, 2024y / 12, sys_days{2025y / 1 / 1}};

// Random dates from 1995 to 2029, sorted by date: mostly days, some months,
// mid-months and years; none crosses a new year. Sparse or dense.
std::vector<Date> random_dates(std::mt19937& rng, std::size_t n, int first_year = 1995,
                               int last_year = 2029) {
  std::vector<Date> dates;
  std::uniform_int_distribution<int> year(first_year, last_year);
  std::uniform_int_distribution<unsigned> month(1, 12);
  std::uniform_int_distribution<unsigned> day(1, 28);
  std::uniform_int_distribution<int> kind(0, 19);
  for (std::size_t i = 0; i < n; ++i) {
    const int y = year(rng);
    const unsigned m = month(rng);
    const int k = kind(rng);
    dates.push_back(k < 14   ? Date::on(y, m, day(rng))
                    : k < 17 ? Date::in_month(y, m)
                    : k < 18 ? Date::mid_month(y, m)
                             : Date::in_year(y));
  }
  std::sort(dates.begin(), dates.end());
  return dates;
}

// The positions where a new year starts: safe cuts.
std::vector<std::size_t> year_cuts(const std::vector<Date>& dates) {
  std::vector<std::size_t> cuts;
  for (std::size_t i = 1; i < dates.size(); ++i)
    if (year_month_day{dates[i].earliest()}.year() !=
        year_month_day{dates[i - 1].earliest()}.year())
      cuts.push_back(i);
  return cuts;
}

GapSummary summary_of(std::span<const Date> dates) {
  return GapSummary::of(question, dates);
}

// The summary of `dates` (sorted) answers as the library's own functions,
// and the summary of their day numbers is the same.
void check_against_library(const SummaryQuestion& q, std::span<const Date> dates) {
  const GapSummary s = GapSummary::of(q, dates);
  CHECK(s.count() == dates.size());
  const auto gap = longest_gap(dates);
  REQUIRE(s.longest_gap().has_value() == gap.has_value());
  if (gap) CHECK(*s.longest_gap() == gap->days());
  const auto months = months_without(dates, q.from, q.to);
  CHECK(s.months_without().certain == months.certain);
  CHECK(s.months_without().possible == months.possible);
  const auto silence = silence_as_of(dates, q.day);
  REQUIRE(s.silence().has_value() == silence.has_value());
  if (silence) CHECK(*s.silence() == silence->days);
  std::vector<DayBounds> days;
  for (const Date& d : dates) days.push_back(DayBounds::of(d));
  CHECK(GapSummary::of_days(q, days.data(), days.data() + days.size()) == s);
}

}  // namespace

TEST_CASE("a summary answers as longest_gap, months_without and silence_as_of") {
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    const auto dates = random_dates(rng, static_cast<std::size_t>(round % 40));
    CAPTURE(round);
    check_against_library(question, dates);
  }
}

TEST_CASE("summaries agree with the library where the month table ends (1900, 2100)") {
  // At run time a summary finds months in a table of 1900-2099 and by the
  // calendar outside it; windows across both ends check both ways.
  const SummaryQuestion questions[] = {
      {1880y / 1, 1920y / 12, sys_days{1921y / 1 / 1}},
      {2080y / 1, 2120y / 12, sys_days{2100y / 1 / 1}},
  };
  std::mt19937 rng(23);
  for (const SummaryQuestion& q : questions) {
    const int from = int{q.from.year()} - 5;
    for (int round = 0; round < 200; ++round) {
      const auto dates = random_dates(rng, static_cast<std::size_t>(round % 50), from, from + 50);
      CAPTURE(round);
      check_against_library(q, dates);
    }
  }
}

TEST_CASE("the run-time month table agrees with the calendar on every day of 1900-2099") {
  const auto& table = detail::month_table();
  long wrong = 0;
  for (sys_days d{1900y / 1 / 1}; d < sys_days{2100y / 1 / 1}; d += days{1}) {
    const year_month_day x{d};
    const long expected = long{int{x.year()}} * 12 + long{unsigned{x.month()}} - 1;
    const auto day = static_cast<std::int32_t>(d.time_since_epoch().count());
    if (table.month_of(day) != expected) ++wrong;
    // locate() also gives the first day of the next month.
    const auto next = static_cast<std::int32_t>(
        sys_days{(year_month{x.year(), x.month()} + months{1}) / 1}.time_since_epoch().count());
    if (table.locate(day).next_start != next) ++wrong;
  }
  CHECK(wrong == 0);
}

TEST_CASE("summaries agree with the library for any window, with dates across its ends") {
  // Windows that start and end in any month, and dates of any length from a
  // day to ten years: many begin before the window or end after it, and
  // are cut to it for their months.
  std::mt19937 rng(31);
  std::uniform_int_distribution<int> month_of_window(0, 12 * 30 - 1);
  std::uniform_int_distribution<int> length(0, 3);
  std::uniform_int_distribution<int> day_in(0, 365 * 40);
  for (int round = 0; round < 400; ++round) {
    const int a = month_of_window(rng);
    const int b = std::min(a + month_of_window(rng) % 120, 12 * 30 - 1);
    const year_month from = 1990y / 1 + months{a};
    const year_month to = 1990y / 1 + months{b};
    const SummaryQuestion q{from, to, sys_days{to / 1} + days{day_in(rng) % 400}};
    std::vector<Date> dates;
    for (int i = round % 45; i > 0; --i) {
      const sys_days first = sys_days{1985y / 1 / 1} + days{day_in(rng)};
      constexpr int longest[] = {1, 40, 400, 3660};  // days, weeks, months, years
      const int span = day_in(rng) % longest[length(rng)];
      dates.push_back(Date::interval(first, first + days{span}));
    }
    std::sort(dates.begin(), dates.end());
    CAPTURE(round);
    check_against_library(q, dates);
  }
}

TEST_CASE("merging the summaries of chunks cut at new years gives the summary of the whole") {
  std::mt19937 rng(11);
  for (int round = 0; round < 300; ++round) {
    const auto dates = random_dates(rng, static_cast<std::size_t>(round % 60));
    const std::span<const Date> all(dates);
    const auto cuts = year_cuts(dates);
    CAPTURE(round);
    // Cut at a random subset of the safe places.
    GapSummary merged;
    std::size_t from = 0;
    for (std::size_t cut : cuts) {
      if (rng() % 2) continue;
      merged.merge(summary_of(all.subspan(from, cut - from)));
      from = cut;
    }
    merged.merge(summary_of(all.subspan(from)));
    CHECK(merged == summary_of(all));
  }
}

TEST_CASE("merging summaries is associative, and an empty summary changes nothing") {
  std::mt19937 rng(5);
  for (int round = 0; round < 100; ++round) {
    const auto dates = random_dates(rng, 50);
    const auto cuts = year_cuts(dates);
    if (cuts.size() < 2) continue;
    const std::span<const Date> all(dates);
    const std::size_t i = cuts[0];
    const std::size_t j = cuts[cuts.size() / 2 + 1 < cuts.size() ? cuts.size() / 2 + 1 : 1];
    const GapSummary a = summary_of(all.first(i));
    const GapSummary b = summary_of(all.subspan(i, j - i));
    const GapSummary c = summary_of(all.subspan(j));
    GapSummary left = a;
    left.merge(b).merge(c);
    GapSummary bc = b;
    bc.merge(c);
    GapSummary right = a;
    right.merge(bc);
    CHECK(left == right);
    GapSummary with_empty = left;
    with_empty.merge(GapSummary{});
    CHECK(with_empty == left);
    GapSummary empty_first;
    empty_first.merge(left);
    CHECK(empty_first == left);
  }
}

TEST_CASE("merging chunks whose dates overlap across the cut is refused, and can_merge says so") {
  const std::vector<Date> first{Date::on(2014, 1, 5), Date::in_month(2014, 3)};
  const std::vector<Date> second{Date::on(2014, 3, 20), Date::on(2014, 6, 1)};
  const std::vector<Date> after{Date::on(2014, 4, 1), Date::on(2014, 6, 1)};
  GapSummary a = summary_of(first);
  CHECK_FALSE(a.can_merge(summary_of(second)));
  CHECK_THROWS_AS(a.merge(summary_of(second)), std::invalid_argument);
  // The day after the month ends is the first that may follow it.
  CHECK(a.can_merge(summary_of(after)));
  CHECK_NOTHROW(a.merge(summary_of(after)));
  // Empty summaries merge with anything; other questions do not.
  CHECK(summary_of(first).can_merge(GapSummary{}));
  CHECK(GapSummary{}.can_merge(summary_of(first)));
  const SummaryQuestion other{2000y / 1, 2024y / 12, sys_days{2020y / 1 / 1}};
  CHECK_FALSE(summary_of(first).can_merge(GapSummary::of(other, after)));
  CHECK_THROWS_AS(summary_of(first).merge(GapSummary::of(other, after)), std::invalid_argument);
}

TEST_CASE("an empty summary of one question does not merge with a summary of another") {
  // GapSummary::of(q, {}) is empty but answers q: it used to take the other
  // question silently when merged with an empty summary of it.
  const std::vector<Date> none;
  const std::vector<Date> some{Date::on(2014, 1, 5)};
  const SummaryQuestion other{2000y / 1, 2024y / 12, sys_days{2020y / 1 / 1}};
  GapSummary empty_here = summary_of(none);
  CHECK(empty_here.asks());
  CHECK_FALSE(empty_here.can_merge(GapSummary::of(other, none)));
  CHECK_THROWS_AS(empty_here.merge(GapSummary::of(other, none)), std::invalid_argument);
  CHECK(empty_here.question() == question);
  GapSummary full = summary_of(some);
  CHECK_FALSE(full.can_merge(GapSummary::of(other, none)));
  CHECK_THROWS_AS(full.merge(GapSummary::of(other, none)), std::invalid_argument);
  CHECK_THROWS_AS(GapSummary::of(other, none).merge(summary_of(some)), std::invalid_argument);
  // A summary that asks nothing takes the question of what it merges.
  GapSummary blank;
  CHECK_FALSE(blank.asks());
  blank.merge(GapSummary::of(other, none));
  CHECK(blank.question() == other);
  CHECK(blank.count() == 0);
}

TEST_CASE("a summary is usable in a constant expression") {
  static constexpr Date dates[] = {Date::on(2001, 1, 1), Date::in_month(2001, 5),
                                   Date::in_year(2003)};
  constexpr GapSummary s = GapSummary::of(question, dates);
  static_assert(s.count() == 3);
  static_assert(s.longest_gap()->min == days{580});
  CHECK(s.months_without().possible == months{298});
  // Run time reads months from a table; a constant evaluation, from the
  // calendar. Both give the same summary, also for dates cut to a window
  // that starts and ends within a year.
  CHECK(GapSummary::of(question, dates) == s);
  static constexpr SummaryQuestion mid{2001y / 3, 2003y / 8, sys_days{2004y / 1 / 1}};
  static constexpr Date across[] = {Date::in_year(2000), Date::in_decade(2000),
                                    Date::in_month(2001, 3), Date::on(2002, 7, 4),
                                    Date::in_year(2003)};
  constexpr GapSummary cut = GapSummary::of(mid, across);
  static_assert(cut.months_without().certain == months{0});
  static_assert(cut.months_without().possible == months{30 - 2});
  CHECK(GapSummary::of(mid, across) == cut);
}
