// Counts, and the first and last contact: "Putin and Obama spoke three times
// in 2014". With imprecise dates a count is a CountRange: `min` counts the
// contacts whose date lies within the period (certainly in it), `max` those
// whose date overlaps it (possibly in it). Both bounds are tight: putting
// every other contact outside gives min, putting every one inside gives max.
// None of these needs sorted input.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <iterator>
#include <optional>
#include <ranges>
#include <vector>

#include <hotline/analysis/input.hpp>
#include <hotline/date.hpp>

namespace hotline {

// How many contacts fell in `window`: min certainly, max possibly. One pass;
// any order.
template <std::ranges::input_range R, class Proj = DateOf>
requires dated_range<R, Proj>
constexpr CountRange count_in(R&& r, Date window, Proj proj = {}) {
  if (!window.ok())
    detail::analysis_argument_is_invalid("hotline::count_in: the window is not ok()");
  const detail::DaySpan w = detail::day_span(window);
  CountRange n;
  for (auto&& x : r) {
    const detail::DaySpan d = detail::checked_span(proj, x);
    if (w.first <= d.first && d.last <= w.last) ++n.min;
    if (w.first <= d.last && d.first <= w.last) ++n.max;
  }
  return n;
}

// The contacts of one calendar year.
struct YearCount {
  std::chrono::year year{};
  CountRange contacts{};

  friend constexpr bool operator==(const YearCount&, const YearCount&) = default;
};

// The contacts of one calendar month.
struct MonthCount {
  std::chrono::year_month month{};
  CountRange contacts{};

  friend constexpr bool operator==(const MonthCount&, const MonthCount&) = default;
};

namespace detail {

// Fills the counts of `n` consecutive periods (months or years from
// `origin`), given the index of the first and last period each contact's
// date touches (which may fall outside 0..n-1). O(contacts + n): the possible counts are kept as
// differences while reading (+1 where a date's periods start, -1 after they
// end; unsigned arithmetic wraps, and the running sum comes out right).
template <class R, class Proj, class Period, class Count>
constexpr void fill_counts(R&& r, const Proj& proj, Period origin, long long n,
                           std::vector<Count>& out) {
  PeriodIndex<Period> period_of_first(origin);  // two, as in sweep_months_without
  PeriodIndex<Period> period_of_last(origin);
  for (auto&& x : r) {
    const DaySpan d = checked_span(proj, x);
    const long long a = period_of_first(d.first);
    const long long b = d.last == d.first ? a : period_of_last(d.last);
    if (b < 0 || a >= n) continue;
    if (a == b) ++out[static_cast<std::size_t>(a)].contacts.min;
    ++out[static_cast<std::size_t>(std::max(a, 0LL))].contacts.max;
    if (b + 1 < n) --out[static_cast<std::size_t>(b + 1)].contacts.max;
  }
  std::size_t running = 0;
  for (Count& c : out) {
    running += c.contacts.max;
    c.contacts.max = running;
  }
}

}  // namespace detail

// The contacts of each year from `first` to `last` (both included), one
// entry per year: min certainly in that year, max possibly. One pass over
// the contacts, any order; O(contacts + years); allocates the result.
template <std::ranges::input_range R, class Proj = DateOf>
requires dated_range<R, Proj>
constexpr std::vector<YearCount> count_by_year(R&& r, std::chrono::year first,
                                               std::chrono::year last, Proj proj = {}) {
  if (!first.ok() || !last.ok() || last < first)
    detail::analysis_argument_is_invalid("hotline::count_by_year: invalid years");
  const long long n = (last - first).count() + 1;
  std::vector<YearCount> out;
  out.reserve(static_cast<std::size_t>(n));
  for (long long i = 0; i < n; ++i) out.push_back({first + std::chrono::years{i}, {}});
  detail::fill_counts(r, proj, first, n, out);
  return out;
}

// The contacts of each month from `first` to `last` (both included), one
// entry per month: min certainly in that month, max possibly. One pass over
// the contacts, any order; O(contacts + months); allocates the result.
template <std::ranges::input_range R, class Proj = DateOf>
requires dated_range<R, Proj>
constexpr std::vector<MonthCount> count_by_month(R&& r, std::chrono::year_month first,
                                                 std::chrono::year_month last, Proj proj = {}) {
  if (!first.ok() || !last.ok() || last < first)
    detail::analysis_argument_is_invalid("hotline::count_by_month: invalid months");
  const long long n = (last - first).count() + 1;
  std::vector<MonthCount> out;
  out.reserve(static_cast<std::size_t>(n));
  for (long long i = 0; i < n; ++i) out.push_back({first + std::chrono::months{i}, {}});
  detail::fill_counts(r, proj, first, n, out);
  return out;
}

// The first and the last contact of a range, and when they were.
//  - first and last: the contacts that come first and last in Date's order
//    (earliest day, then latest day): the front and back of a sorted range,
//    the first of equals and the last of equals.
//  - first_day: the days on which the first contact of any reading may have
//    been: from the smallest earliest day to the smallest latest day. With
//    imprecise dates the contact that was first may be another one than
//    `first` (2014 the year and 2014-03-05: either may have come first).
//  - last_day: likewise, from the largest earliest day to the largest latest.
template <class T>
struct FirstLast {
  T first{};
  T last{};
  Date first_day{};
  Date last_day{};
};

// The first and last contact (see FirstLast), or nullopt for no contacts.
// One pass, any order; allocates nothing; copies the two contacts.
template <std::ranges::forward_range R, class Proj = DateOf>
requires dated_range<R, Proj>
constexpr std::optional<FirstLast<std::ranges::range_value_t<R>>> first_and_last(R&& r,
                                                                                 Proj proj = {}) {
  using detail::DayNumber;
  using detail::DaySpan;
  auto it = std::ranges::begin(r);
  const auto end = std::ranges::end(r);
  if (it == end) return std::nullopt;
  auto first = it;
  auto last = it;
  DaySpan first_span = detail::checked_span(proj, *it);
  DaySpan last_span = first_span;
  DayNumber min_latest = first_span.last;
  DayNumber max_earliest = first_span.first;
  DayNumber max_latest = first_span.last;
  for (++it; it != end; ++it) {
    const DaySpan d = detail::checked_span(proj, *it);
    // Date's order: earliest day, then latest day.
    if (d.first < first_span.first || (d.first == first_span.first && d.last < first_span.last)) {
      first = it;
      first_span = d;
    }
    if (d.first > last_span.first || (d.first == last_span.first && d.last >= last_span.last)) {
      last = it;
      last_span = d;
    }
    min_latest = std::min(min_latest, DayNumber{d.last});
    max_earliest = std::max(max_earliest, DayNumber{d.first});
    max_latest = std::max(max_latest, DayNumber{d.last});
  }
  using T = std::ranges::range_value_t<R>;
  return FirstLast<T>{
      T(*first), T(*last),
      Date::interval(detail::to_sys_days(first_span.first), detail::to_sys_days(min_latest)),
      Date::interval(detail::to_sys_days(max_earliest), detail::to_sys_days(max_latest))};
}

}  // namespace hotline
