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
  CountRange n;
  for (auto&& x : r) {
    const Date d = detail::checked_date(proj, x);
    if (window.contains(d)) ++n.min;
    if (window.overlaps(d)) ++n.max;
  }
  return n;
}

// The contacts of one calendar year.
struct YearCount {
  std::chrono::year year;
  CountRange contacts;

  friend constexpr bool operator==(const YearCount&, const YearCount&) = default;
};

// The contacts of one calendar month.
struct MonthCount {
  std::chrono::year_month month;
  CountRange contacts;

  friend constexpr bool operator==(const MonthCount&, const MonthCount&) = default;
};

namespace detail {

// Fills the counts of `n` consecutive periods, given the index of the first
// and last period each contact's date touches (period_of, which may fall
// outside 0..n-1). O(contacts + n): the possible counts are kept as
// differences while reading (+1 where a date's periods start, -1 after they
// end; unsigned arithmetic wraps, and the running sum comes out right).
template <class R, class Proj, class PeriodOf, class Count>
constexpr void fill_counts(R&& r, const Proj& proj, long long n, PeriodOf period_of,
                           std::vector<Count>& out) {
  for (auto&& x : r) {
    const Date d = checked_date(proj, x);
    const long long a = period_of(d.earliest());
    const long long b = period_of(d.latest());
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
  detail::fill_counts(
      r, proj, n,
      [&](std::chrono::sys_days d) {
        return static_cast<long long>((std::chrono::year_month_day{d}.year() - first).count());
      },
      out);
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
  detail::fill_counts(
      r, proj, n,
      [&](std::chrono::sys_days d) {
        const std::chrono::year_month_day x{d};
        return static_cast<long long>((x.year() / x.month() - first).count());
      },
      out);
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
  T first;
  T last;
  Date first_day;
  Date last_day;
};

// The first and last contact (see FirstLast), or nullopt for no contacts.
// One pass, any order; allocates nothing; copies the two contacts.
template <std::ranges::forward_range R, class Proj = DateOf>
requires dated_range<R, Proj>
constexpr std::optional<FirstLast<std::ranges::range_value_t<R>>> first_and_last(R&& r,
                                                                                 Proj proj = {}) {
  using std::chrono::sys_days;
  auto it = std::ranges::begin(r);
  const auto end = std::ranges::end(r);
  if (it == end) return std::nullopt;
  auto first = it;
  auto last = it;
  Date first_date = detail::checked_date(proj, *it);
  Date last_date = first_date;
  sys_days min_latest = first_date.latest();
  sys_days max_earliest = first_date.earliest();
  sys_days max_latest = first_date.latest();
  for (++it; it != end; ++it) {
    const Date d = detail::checked_date(proj, *it);
    if (d < first_date) {
      first = it;
      first_date = d;
    }
    if (d >= last_date) {
      last = it;
      last_date = d;
    }
    min_latest = std::min(min_latest, d.latest());
    max_earliest = std::max(max_earliest, d.earliest());
    max_latest = std::max(max_latest, d.latest());
  }
  using T = std::ranges::range_value_t<R>;
  return FirstLast<T>{T(*first), T(*last), Date::interval(first_date.earliest(), min_latest),
                      Date::interval(max_earliest, max_latest)};
}

}  // namespace hotline
