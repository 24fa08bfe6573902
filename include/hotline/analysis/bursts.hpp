// Bursts: "Austin and Shoigu spoke twice in three days", "three calls within
// four days". A window is `within` consecutive days (3 days: Friday to
// Sunday). With imprecise dates a contact is
//  - certainly in a window when its date lies within it, and
//  - possibly in a window when its date overlaps it (some reading puts it
//    there; and a reading can put all the contacts that may fall in a window
//    in it at once).
// A burst is a set of at least `min_count` contacts that are all certainly
// (or all possibly) in one window, and that is maximal: no other window holds
// all of them and more. For single days both kinds are the same.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <iterator>
#include <ranges>
#include <vector>

#include <hotline/analysis/input.hpp>
#include <hotline/date.hpp>

namespace hotline {

// One burst: `count` contacts in one window of the requested length.
template <class T>
struct Burst {
  T first;            // the member that comes first in the range's order
  T last;             // the member that comes last
  std::size_t count;  // how many contacts are in the burst (at least min_count)
  Date days;          // from the smallest earliest day to the largest latest day of the
                      // members; within the window's length for a certain burst
};

namespace detail {

inline constexpr std::chrono::sys_days no_day = Date::max_day + std::chrono::days{1};

// Calls report(first, last, count, hull) for each maximal set of contacts
// whose dates all lie within some window of `within` days, in the order of
// the windows. The sweep moves a window's first day s over the distinct
// earliest days; contacts join the set when the window's last day reaches
// their latest day, and leave when s passes their earliest day. A set is
// maximal when it is the set just before a member leaves, and a contact
// joined since the last time one left.
//
// One pass, O(n) when dates are single days. A contact whose date is longer
// than one day waits ("pending") until the window can hold it; when one can
// join, the contacts in the window are counted again: O(contacts in a
// window) for each such contact.
template <class I, class S, class Proj, class Report>
constexpr void certain_sets(I begin, S end, std::chrono::days within, const Proj& proj,
                            Report&& report) {
  using std::chrono::sys_days;
  if (begin == end) return;
  const auto date = [&](const I& it) { return Date{detail::invoke(proj, *it)}; };
  const std::chrono::days span = within - std::chrono::days{1};
  SortedDates order;

  I i = begin;  // the window's contacts are [i, r): earliest day in [s, s + span]
  I r = begin;
  sys_days s = date(begin).earliest();
  sys_days t = s + span;          // the window's last day
  std::size_t members = 0;        // contacts of [i, r) whose latest day is at most t
  std::size_t pending = 0;        // the others
  sys_days pending_end = no_day;  // no pending contact ends before this
  sys_days members_end{};         // the largest latest day of a member
  bool members_end_stale = false;
  I last_member = begin;
  bool joined = false;

  const auto enter = [&] {
    for (; r != end; ++r) {
      const Date d = date(r);
      order.check(d);
      if (d.earliest() > t) break;
      if (d.latest() <= t) {
        ++members;
        if (members == 1 || d.latest() > members_end) {
          members_end = d.latest();
          members_end_stale = false;
        }
        last_member = r;
        joined = true;
      } else {
        ++pending;
        pending_end = std::min(pending_end, d.latest());
      }
    }
  };
  const auto recount = [&] {
    members = 0;
    pending = 0;
    pending_end = no_day;
    members_end_stale = false;
    for (I it = i; it != r; ++it) {
      const Date d = date(it);
      if (d.latest() <= t) {
        ++members;
        members_end = members == 1 ? d.latest() : std::max(members_end, d.latest());
        last_member = it;
      } else {
        ++pending;
        pending_end = std::min(pending_end, d.latest());
      }
    }
  };

  enter();
  while (true) {
    if (pending > 0 && pending_end <= t) {
      const std::size_t before = members;
      recount();
      joined = joined || members > before;
    }
    // The contacts that start on s leave when the window moves on.
    I g = i;
    I first_member = i;
    bool leaving = false;
    for (; g != r && date(g).earliest() == s; ++g) {
      if (!leaving && date(g).latest() <= t) {
        leaving = true;
        first_member = g;
      }
    }
    if (leaving) {
      if (joined) {
        if (members_end_stale) recount();
        report(first_member, last_member, members, Date::interval(s, members_end));
      }
      joined = false;
    }
    for (; i != g; ++i) {
      const Date d = date(i);
      if (d.latest() <= t) {
        --members;
        if (d.latest() == members_end) members_end_stale = members > 0;
      } else {
        --pending;
      }
    }
    if (i == end) break;
    s = date(i).earliest();
    t = s + span;
    enter();
  }
}

// Calls report(first, last, count, hull) for each maximal set of contacts
// whose dates all overlap some window of `within` days, in the order of the
// windows. The sweep moves a window's last day t over the distinct earliest
// days; contacts join when t reaches their earliest day, and leave when the
// window's first day passes their latest day. Maximal sets are found as in
// certain_sets.
//
// One pass, O(n) when dates are single days. A contact whose date reaches
// past the window's first day from before it ("straddling") stays in the set
// while the window moves; when one leaves, the straddling contacts are
// counted again from the first of them: O(contacts since then) for each.
template <class I, class S, class Proj, class Report>
constexpr void possible_sets(I begin, S end, std::chrono::days within, const Proj& proj,
                             Report&& report) {
  using std::chrono::sys_days;
  if (begin == end) return;
  const auto date = [&](const I& it) { return Date{detail::invoke(proj, *it)}; };
  const std::chrono::days span = within - std::chrono::days{1};
  SortedDates order;

  I q = begin;  // the first straddling contact (when there is one); the others are in [q, p)
  I p = begin;  // the contacts entered since the window's first day: [p, j)
  I j = begin;  // the first contact not yet entered
  I last = begin;
  std::size_t block = 0;       // contacts in [p, j): all in the set
  std::size_t straddling = 0;  // contacts in [q, p) whose latest day is in the window or later
  sys_days straddling_end = no_day;  // the smallest latest day of a straddling contact
  sys_days members_end{};            // the largest latest day of a member
  bool joined = false;
  sys_days t = date(begin).earliest();

  const auto count = [&] { return block + straddling; };
  const auto first_member = [&] { return straddling > 0 ? q : p; };
  const auto enter = [&] {
    for (; j != end; ++j) {
      const Date d = date(j);
      order.check(d);
      if (d.earliest() > t) break;
      ++block;
      members_end = count() == 1 ? d.latest() : std::max(members_end, d.latest());
      last = j;
      joined = true;
    }
  };

  enter();
  while (true) {
    if (j == end) {
      if (joined)
        report(first_member(), last, count(),
               Date::interval(date(first_member()).earliest(), members_end));
      return;
    }
    const sys_days next_t = date(j).earliest();
    const sys_days next_s = next_t - span;  // the next window's first day
    // Contacts that start before the next window: they leave, or straddle it.
    I p2 = p;
    std::size_t leave = 0;
    std::size_t new_straddling = 0;
    sys_days new_end = no_day;
    I first_new = p;
    for (; p2 != j && date(p2).earliest() < next_s; ++p2) {
      const Date d = date(p2);
      if (d.latest() < next_s) {
        ++leave;
      } else {
        if (new_straddling++ == 0) first_new = p2;
        new_end = std::min(new_end, d.latest());
      }
    }
    const bool straddler_leaves = straddling > 0 && straddling_end < next_s;
    if (leave > 0 || straddler_leaves) {
      if (joined)
        report(first_member(), last, count(),
               Date::interval(date(first_member()).earliest(), members_end));
      joined = false;
    }
    if (straddler_leaves) {
      const I from = q;
      straddling = 0;
      straddling_end = no_day;
      for (I it = from; it != p; ++it) {
        const sys_days l = date(it).latest();
        if (l < next_s) continue;
        if (straddling++ == 0) q = it;
        straddling_end = std::min(straddling_end, l);
      }
    }
    block -= leave + new_straddling;
    if (new_straddling > 0) {
      if (straddling == 0) q = first_new;
      straddling += new_straddling;
      straddling_end = std::min(straddling_end, new_end);
    }
    p = p2;
    t = next_t;
    enter();
  }
}

constexpr void check_burst_arguments(std::size_t min_count, std::chrono::days within) {
  if (min_count == 0 || within < std::chrono::days{1})
    analysis_argument_is_invalid(
        "hotline::bursts: min_count must be at least 1 and the window at least one day");
}

}  // namespace detail

// Writes every burst of at least `min_count` contacts within `within` days
// (certainly or possibly, as asked; see above) to `out`, in the order of
// their windows, and returns the iterator past the last. Needs a forward
// range sorted by date; one pass, O(n) for single days (see certain_sets and
// possible_sets for imprecise ones); allocates nothing.
template <std::ranges::forward_range R, class Out, class Proj = DateOf>
requires dated_range<R, Proj> && std::output_iterator < Out,
    const Burst<std::ranges::range_value_t<R>>
& > constexpr Out bursts(R&& r, std::size_t min_count, std::chrono::days within, Certainty which,
                         Out out, Proj proj = {}) {
  using T = std::ranges::range_value_t<R>;
  using I = std::ranges::iterator_t<R>;
  detail::check_burst_arguments(min_count, within);
  const auto report = [&](const I& first, const I& last, std::size_t count, Date days) {
    if (count >= min_count) *out++ = Burst<T>{T(*first), T(*last), count, days};
  };
  if (which == Certainty::certain)
    detail::certain_sets(std::ranges::begin(r), std::ranges::end(r), within, proj, report);
  else
    detail::possible_sets(std::ranges::begin(r), std::ranges::end(r), within, proj, report);
  return out;
}

// The same bursts, as a vector (the only allocation).
template <std::ranges::forward_range R, class Proj = DateOf>
requires dated_range<R, Proj>
constexpr std::vector<Burst<std::ranges::range_value_t<R>>> bursts(R&& r, std::size_t min_count,
                                                                   std::chrono::days within,
                                                                   Certainty which,
                                                                   Proj proj = {}) {
  std::vector<Burst<std::ranges::range_value_t<R>>> found;
  bursts(r, min_count, within, which, std::back_inserter(found), proj);
  return found;
}

// The most contacts within any `within` days: at least `min` (that many
// certainly fell in one window; at least 1 when there is a contact, since
// any window around one holds it) and at most `max` (that many may have
// fallen in one window, and some reading puts them there). max is tight;
// min is tight for single days. "Twice in three days" is
// most_within(r, days{3}).min >= 2. Needs a forward range sorted by date;
// two passes; allocates nothing.
template <std::ranges::forward_range R, class Proj = DateOf>
requires dated_range<R, Proj>
constexpr CountRange most_within(R&& r, std::chrono::days within, Proj proj = {}) {
  using I = std::ranges::iterator_t<R>;
  detail::check_burst_arguments(1, within);
  CountRange most;
  detail::certain_sets(
      std::ranges::begin(r), std::ranges::end(r), within, proj,
      [&](const I&, const I&, std::size_t n, Date) { most.min = std::max(most.min, n); });
  detail::possible_sets(
      std::ranges::begin(r), std::ranges::end(r), within, proj,
      [&](const I&, const I&, std::size_t n, Date) { most.max = std::max(most.max, n); });
  if (most.max > 0) most.min = std::max(most.min, std::size_t{1});
  return most;
}

}  // namespace hotline
