// Months without contact: "Blinken and Lavrov went five months without
// speaking". Within a window of calendar months (2000-01 to 2024-12), a month
// is
//  - certainly without contact when no contact's date can fall in it (no
//    date overlaps it), and
//  - possibly without contact when no contact's date certainly falls in it
//    (no date lies within it): some reading of the dates leaves it empty.
// Every month certainly without is possibly without. A contact dated
// 2014-03/2014-05 makes March, April and May not certainly without, and
// leaves each of them possibly without. So a run of months possibly without
// is not a silence that may have happened: no reading need leave all of its
// months empty at once (that contact falls in one of the three). Only runs
// of months certainly without are silences.
#pragma once

#include <algorithm>
#include <chrono>
#include <iterator>
#include <ranges>
#include <vector>

#include <hotline/analysis/input.hpp>
#include <hotline/date.hpp>

namespace hotline {

// Consecutive calendar months: `length` months from `first`.
struct MonthRun {
  std::chrono::year_month first{};
  std::chrono::months length{0};

  // The last month of the run (first, for a run of one month).
  constexpr std::chrono::year_month last() const noexcept {
    return first + (length - std::chrono::months{1});
  }

  friend constexpr bool operator==(const MonthRun&, const MonthRun&) = default;
};

// The months of a window without contact (see above): how many, and the
// longest run of each kind (the first, if several tie; length 0 when none).
struct MonthsWithout {
  std::chrono::months certain{0};   // months no contact's date can fall in
  std::chrono::months possible{0};  // months no contact's date certainly falls in
  MonthRun longest_certain{};
  MonthRun longest_possible{};

  friend constexpr bool operator==(const MonthsWithout&, const MonthsWithout&) = default;
};

namespace detail {

// Calls on_run(Certainty, MonthRun) for each maximal run of months without
// contact in [from, to], each kind in order of months. One pass over a
// sorted range, which it checks to the end (a contact after the window is
// not looked at further, but one out of order anywhere is an error): O(n)
// whatever the window's length.
template <class R, class Proj, class F>
constexpr void sweep_months_without(R&& r, std::chrono::year_month from, std::chrono::year_month to,
                                    const Proj& proj, F&& on_run) {
  using std::chrono::months;
  using Index = months::rep;
  if (!from.ok() || !to.ok() || to < from)
    analysis_argument_is_invalid(
        "hotline: a window of months must be valid and end at or "
        "after its start");
  const Index n = (to - from).count() + 1;
  // Months a..b of the window (clamped to it), if any.
  const auto emit = [&](Certainty which, Index a, Index b) {
    a = std::max(a, Index{0});
    b = std::min(b, n - 1);
    if (a <= b) on_run(which, MonthRun{from + months{a}, months{b - a + 1}});
  };
  // Two finders, for first and last days, so that a date of several months
  // does not send the one the next date's first day needs elsewhere.
  PeriodIndex<std::chrono::year_month> month_of_first(from);
  PeriodIndex<std::chrono::year_month> month_of_last(from);
  Index reach = -1;  // the last month some date so far overlaps
  Index holds = -1;  // the last month some date so far lies within
  SortedDates order;
  bool past = false;  // a contact after the window has come: the rest is only checked
  for (auto&& x : r) {
    const DaySpan d = span_of(proj, x);
    order.check(d);
    if (past) continue;
    const Index a = static_cast<Index>(month_of_first(d.first));
    if (a >= n) {
      past = true;
      continue;
    }
    const Index b = d.last == d.first ? a : static_cast<Index>(month_of_last(d.last));
    if (a > reach + 1) emit(Certainty::certain, reach + 1, a - 1);
    reach = std::max(reach, b);
    if (a == b) {
      if (a > holds + 1) emit(Certainty::possible, holds + 1, a - 1);
      holds = a;
    }
  }
  emit(Certainty::certain, reach + 1, n - 1);
  emit(Certainty::possible, holds + 1, n - 1);
}

}  // namespace detail

// How many months of [from, to] (both included) are certainly and possibly
// without contact, and the longest run of each. One pass over a range
// sorted by date (input ranges will do), all of which is checked: a range
// out of order throws std::invalid_argument; O(n); allocates nothing.
template <std::ranges::input_range R, class Proj = DateOf>
requires dated_range<R, Proj>
constexpr MonthsWithout months_without(R&& r, std::chrono::year_month from,
                                       std::chrono::year_month to, Proj proj = {}) {
  MonthsWithout result;
  detail::sweep_months_without(r, from, to, proj, [&](Certainty which, const MonthRun& run) {
    const bool certain = which == Certainty::certain;
    (certain ? result.certain : result.possible) += run.length;
    MonthRun& longest = certain ? result.longest_certain : result.longest_possible;
    if (run.length > longest.length) longest = run;
  });
  return result;
}

// Writes each maximal run of months of [from, to] without contact (certainly
// or possibly, as asked) to `out`, in order, and returns the iterator past
// the last. One pass over a sorted range; O(n); allocates nothing.
template <std::ranges::input_range R, std::output_iterator<const MonthRun&> Out,
          class Proj = DateOf>
requires dated_range<R, Proj>
constexpr Out month_runs_without(R&& r, std::chrono::year_month from, std::chrono::year_month to,
                                 Certainty which, Out out, Proj proj = {}) {
  detail::sweep_months_without(r, from, to, proj, [&](Certainty kind, const MonthRun& run) {
    if (kind == which) *out++ = run;
  });
  return out;
}

// The same runs, as a vector (the only allocation).
template <std::ranges::input_range R, class Proj = DateOf>
requires dated_range<R, Proj>
constexpr std::vector<MonthRun> month_runs_without(R&& r, std::chrono::year_month from,
                                                   std::chrono::year_month to, Certainty which,
                                                   Proj proj = {}) {
  std::vector<MonthRun> runs;
  month_runs_without(r, from, to, which, std::back_inserter(runs), proj);
  return runs;
}

}  // namespace hotline
