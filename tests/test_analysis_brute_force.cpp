// The linear algorithms against slow, obviously right ones, on many small
// random sets of imprecise dates: every reading of the dates, every window,
// every month. Seeds are fixed, so a failure repeats.
#include <algorithm>
#include <chrono>
#include <random>
#include <vector>

#include <doctest/doctest.h>

#include "analysis_brute_force.hpp"

namespace {

using namespace hotline;
using brute::Rec;
using std::chrono::days;
using std::chrono::sys_days;

constexpr int trials = 400;

std::vector<Rec> sample(std::mt19937& rng, int max_n = 6, int spread = 20, int max_length = 4) {
  std::uniform_int_distribution<int> n(0, max_n);
  return brute::random_records(rng, n(rng), spread, max_length);
}

}  // namespace

TEST_CASE("longest_gap: max is the longest gap of some reading, min the longest certain silence") {
  std::mt19937 rng(1);
  for (int t = 0; t < trials; ++t) {
    const auto recs = sample(rng);
    const auto got = longest_gap(recs);
    if (recs.size() < 2) {
      CHECK_FALSE(got.has_value());
      continue;
    }
    REQUIRE(got.has_value());
    const DayRange all = brute::longest_gap_range(recs);
    CHECK(got->possible.days == all.max);
    CHECK(got->certain.days == brute::certain_silence(recs));
    CHECK(got->certain.days <= all.min);
    CHECK(brute::gap_is_possible(recs, got->possible.from.index, got->possible.to.index,
                                 got->possible.days));
    if (got->certain.days > days{0})
      CHECK(got->certain.to.date.earliest() - got->certain.from.date.latest() == got->certain.days);
  }
}

TEST_CASE("longest_gap: for single days min and max agree and name the same pair") {
  std::mt19937 rng(2);
  for (int t = 0; t < trials; ++t) {
    const auto recs = brute::random_records(rng, 2 + t % 6, 30, 1);
    const auto got = longest_gap(recs);
    REQUIRE(got.has_value());
    const DayRange all = brute::longest_gap_range(recs);
    CHECK(got->days() == all);
    CHECK(got->possible.from.index == got->certain.from.index);
    CHECK(got->possible.to.index == got->certain.to.index);
    CHECK(got->possible.to.date.earliest() - got->possible.from.date.earliest() ==
          got->possible.days);
  }
}

TEST_CASE("silence_as_of: both bounds are those of the readings") {
  std::mt19937 rng(3);
  for (int t = 0; t < trials; ++t) {
    const auto recs = sample(rng);
    const sys_days day = brute::origin + days{t % 26 - 2};
    const auto want = brute::silence_range(recs, day);
    const auto got = silence_as_of(recs, day);
    REQUIRE(got.has_value() == want.has_value());
    if (!got) continue;
    CHECK(got->days == *want);
    CHECK(got->bounded() == (want->max != days::max()));
    CHECK(day - std::min(got->last.date.latest(), day) == got->days.min);
  }
}

TEST_CASE("most_within: max is that of some reading, min a lower bound tight for single days") {
  std::mt19937 rng(4);
  for (int t = 0; t < trials; ++t) {
    const bool exact = t % 3 == 0;
    const auto recs = exact ? brute::random_records(rng, t % 7, 20, 1) : sample(rng);
    const days within{1 + t % 5};
    const CountRange got = most_within(recs, within);
    const CountRange all = brute::most_within_range(recs, within);
    CHECK(got.max == all.max);
    CHECK(got.min <= all.min);
    if (exact) CHECK(got.min == all.min);
  }
}

TEST_CASE("bursts: the maximal sets of every window, certain and possible") {
  std::mt19937 rng(5);
  for (int t = 0; t < trials; ++t) {
    const auto recs = sample(rng, 7, 20, 5);
    const days within{1 + t % 5};
    const std::size_t min_count = 1 + static_cast<std::size_t>(t % 3);
    for (Certainty which : {Certainty::certain, Certainty::possible}) {
      std::vector<brute::BurstKey> got;
      for (const auto& b : bursts(recs, min_count, within, which))
        got.emplace_back(b.first.index, b.last.index, b.count, b.days.earliest(), b.days.latest());
      std::sort(got.begin(), got.end());
      CAPTURE(t);
      CAPTURE(static_cast<int>(which));
      CHECK(got == brute::burst_keys(recs, min_count, within, which));
    }
  }
}

TEST_CASE("bursts: for single days certain and possible bursts are the same") {
  std::mt19937 rng(6);
  for (int t = 0; t < trials; ++t) {
    const auto recs = brute::random_records(rng, t % 9, 25, 1);
    const days within{1 + t % 6};
    const auto certain = bursts(recs, 2, within, Certainty::certain);
    const auto possible = bursts(recs, 2, within, Certainty::possible);
    REQUIRE(certain.size() == possible.size());
    for (std::size_t i = 0; i < certain.size(); ++i) {
      CHECK(certain[i].first.index == possible[i].first.index);
      CHECK(certain[i].last.index == possible[i].last.index);
      CHECK(certain[i].count == possible[i].count);
    }
  }
}

TEST_CASE("months_without: each month is certainly or possibly without as the dates say") {
  std::mt19937 rng(7);
  using std::chrono::year;
  for (int t = 0; t < trials; ++t) {
    // Dates of up to three months, from 2020-01 over about a year.
    const auto recs = brute::random_records(rng, t % 6, 360, 95);
    const auto from = year{2019} / (1 + t % 12);
    const auto to = year{2021} / 3;
    const auto facts =
        brute::month_facts(recs, std::chrono::year_month{from}, std::chrono::year_month{to});
    std::vector<std::chrono::year_month> certain, possible;
    for (Certainty which : {Certainty::certain, Certainty::possible}) {
      auto& months = which == Certainty::certain ? certain : possible;
      for (const MonthRun& run : month_runs_without(recs, from, to, which))
        for (auto m = run.first; m <= run.last(); m += std::chrono::months{1}) months.push_back(m);
    }
    std::vector<std::chrono::year_month> want_certain, want_possible;
    for (const auto& f : facts) {
      if (!f.may) want_certain.push_back(f.month);
      if (!f.certainly) want_possible.push_back(f.month);
    }
    CHECK(certain == want_certain);
    CHECK(possible == want_possible);
    const MonthsWithout summary = months_without(recs, from, to);
    CHECK(summary.certain.count() == static_cast<long>(want_certain.size()));
    CHECK(summary.possible.count() == static_cast<long>(want_possible.size()));
  }
}

TEST_CASE("count_by_month: min and max are the dates within and overlapping each month") {
  std::mt19937 rng(8);
  using std::chrono::year;
  for (int t = 0; t < trials; ++t) {
    auto recs = brute::random_records(rng, t % 8, 360, 95);
    std::shuffle(recs.begin(), recs.end(), rng);  // no order needed
    const auto facts = brute::month_facts(recs, year{2019} / 11, year{2021} / 2);
    const auto got = count_by_month(recs, year{2019} / 11, year{2021} / 2);
    REQUIRE(got.size() == facts.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
      const Date month = Date::in_month(facts[i].month);
      CHECK(got[i].month == facts[i].month);
      CHECK(got[i].contacts == count_in(recs, month));
    }
  }
}

TEST_CASE("first_and_last: the first and last contact may fall on exactly the days given") {
  std::mt19937 rng(9);
  for (int t = 0; t < trials; ++t) {
    const auto recs = sample(rng);
    const auto got = first_and_last(recs);
    REQUIRE(got.has_value() == !recs.empty());
    if (recs.empty()) continue;
    sys_days first_lo = sys_days::max(), first_hi = sys_days::min();
    sys_days last_lo = sys_days::max(), last_hi = sys_days::min();
    brute::for_each_reading(recs, [&](const std::vector<sys_days>& day) {
      const auto [lo, hi] = std::minmax_element(day.begin(), day.end());
      first_lo = std::min(first_lo, *lo);
      first_hi = std::max(first_hi, *lo);
      last_lo = std::min(last_lo, *hi);
      last_hi = std::max(last_hi, *hi);
    });
    CHECK(got->first_day == Date::interval(first_lo, first_hi));
    CHECK(got->last_day == Date::interval(last_lo, last_hi));
    CHECK(got->first.index == 0);
    CHECK(got->last.index == static_cast<int>(recs.size()) - 1);
  }
}

TEST_CASE("bursts: more than sixteen dates outlasting one window at once") {
  // 40 to 80 dates of up to 40 days, starting within 15 days: many straddle
  // each window, which the sweeps track without a list past sixteen.
  std::mt19937 rng(10);
  int crowded = 0;
  for (int t = 0; t < 60; ++t) {
    const auto recs = brute::random_records(rng, 40 + t % 41, 15, 40);
    const days within{1 + t % 7};
    std::size_t most_certain = 0;
    std::size_t most_possible = 0;
    for (Certainty which : {Certainty::certain, Certainty::possible}) {
      std::vector<brute::BurstKey> got;
      for (const auto& b : bursts(recs, 1, within, which))
        got.emplace_back(b.first.index, b.last.index, b.count, b.days.earliest(), b.days.latest());
      std::sort(got.begin(), got.end());
      const auto want = brute::burst_keys(recs, 1, within, which);
      CAPTURE(t);
      CHECK(got == want);
      std::size_t& most = which == Certainty::certain ? most_certain : most_possible;
      for (const auto& key : want) most = std::max(most, std::get<2>(key));
    }
    if (most_possible > 16) ++crowded;
    CHECK(most_within(recs, within) ==
          CountRange{std::max<std::size_t>(most_certain, 1), most_possible});
  }
  CHECK(crowded > 40);
}
