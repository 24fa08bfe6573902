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
  T first{};            // the member that comes first in the range's order
  T last{};             // the member that comes last
  std::size_t count{};  // how many contacts are in the burst (at least min_count)
  Date days{};          // from the smallest earliest day to the largest latest day of the
                        // members; within the window's length for a certain burst
};

namespace detail {

// Later than any day a Date may name.
inline constexpr DayNumber no_day = last_day_number + 1;

// The contacts of a window [s, t] as the certain sweeps count them: members,
// whose date lies within it (the caller knows their earliest day is s or
// later), and pending ones, of 2 to `within` days, that end after t and may
// join when a later window reaches their end.
struct CertainTally {
  std::size_t members = 0;
  std::size_t pending = 0;
  DayNumber pending_end = no_day;  // no pending contact ends before this

  // Counts a contact of the window that ends on t; true when it is a member.
  constexpr bool take(DaySpan d, DayNumber t, DayNumber length) noexcept {
    if (d.last <= t) {
      ++members;
      return true;
    }
    if (d.last - d.first <= length) {
      ++pending;
      if (d.last < pending_end) pending_end = d.last;
    }
    return false;
  }
  // True when a pending contact may join the window that ends on t.
  constexpr bool may_grow(DayNumber t) const noexcept { return pending > 0 && pending_end <= t; }
};

// Calls report(first, last, count, hull) for each maximal set of contacts
// whose dates all lie within some window of `within` days, in the order of
// the windows. The sweep moves a window's first day s over the distinct
// earliest days; contacts join the set when the window's last day reaches
// their latest day, and leave when s passes their earliest day. A set is
// maximal when it is the set just before a member leaves, and a contact
// joined since the last time one left.
//
// One pass, O(n) when dates are single days. A date of 2 to `within` days
// waits ("pending") until the window reaches its last day; when one can
// join, the window's contacts are counted again: O(contacts in a window)
// for each such date. Longer dates are never certainly in a window, and
// cost nothing more.
template <class I, class S, class Proj, class Report>
constexpr void certain_sets(I begin, S end, std::chrono::days within, const Proj& proj,
                            Report&& report) {
  if (begin == end) return;
  const DayNumber length = within.count() - 1;  // a window is [s, s + length]
  SortedDates order;

  I i = begin;  // the window's contacts are [i, r): earliest day in [s, s + length]
  I r = begin;
  DayNumber s = span_of(proj, *begin).first;
  DayNumber t = s + length;  // the window's last day
  DayNumber after = 0;       // the earliest day of the contact at r (when r != end)
  CertainTally tally;        // the contacts of [i, r), counted
  // The largest latest day of a member. When that member leaves, the value
  // stays: no report can come before another contact joins, and a contact
  // that joins later ends after the window it left, so after every day of
  // the others.
  DayNumber members_end = 0;
  I last_member = begin;
  bool joined = false;

  // (The loops are written out, with few helper calls, because each call
  // and statement is a step of a constant evaluation.)
  const auto enter = [&] {
    for (; r != end; ++r) {
      const DaySpan d = span_of(proj, *r);
      order.check(d);
      if (d.first > t) {
        after = d.first;
        return;
      }
      if (tally.take(d, t, length)) {
        if (tally.members == 1 || d.last > members_end) members_end = d.last;
        last_member = r;
        joined = true;
      }
    }
  };
  const auto recount = [&] {
    tally = {};
    for (I it = i; it != r; ++it) {
      const DaySpan d = span_of(proj, *it);
      if (tally.take(d, t, length)) {
        if (tally.members == 1 || d.last > members_end) members_end = d.last;
        last_member = it;
      }
    }
  };

  enter();
  while (true) {
    if (tally.may_grow(t)) {
      const std::size_t before = tally.members;
      recount();
      joined = joined || tally.members > before;
    }
    // The contacts that start on s, [i, g), leave when the window moves on.
    I g = i;
    I first_member = i;
    std::size_t leaving = 0;
    std::size_t pending_leaving = 0;
    DayNumber next_s = after;  // the next distinct earliest day
    for (; g != r; ++g) {
      const DaySpan d = span_of(proj, *g);
      if (d.first != s) {
        next_s = d.first;
        break;
      }
      if (d.last <= t) {
        if (leaving++ == 0) first_member = g;
      } else if (d.last - d.first <= length) {
        ++pending_leaving;
      }
    }
    if (leaving > 0) {
      if (joined)
        report(first_member, last_member, tally.members,
               Date::interval(to_sys_days(s), to_sys_days(members_end)));
      joined = false;
    }
    tally.members -= leaving;
    tally.pending -= pending_leaving;
    i = g;
    if (i == end) return;
    s = next_s;
    t = s + length;
    enter();
  }
}

// The contacts that started before a window and last into it ("straddling"
// it), in the range's order. Up to `capacity` of them are listed with their
// dates, so that finding those that end before the next window costs
// O(capacity); when more straddle a window at once, they are found by
// reading the range again from the first of them (O(contacts since then)),
// until few enough are left to list again. Nothing is allocated.
template <class I>
class Straddlers {
 public:
  static constexpr std::size_t capacity = 16;

  constexpr std::size_t size() const noexcept { return size_; }
  // The smallest latest day of a straddling contact (no_day for none).
  constexpr DayNumber end() const noexcept { return end_; }
  // The first straddling contact in the range's order, and its earliest day.
  constexpr const I& first() const noexcept { return first_; }
  constexpr DayNumber first_start() const noexcept { return first_start_; }

  // Adds a contact that comes after every one added before.
  constexpr void add(const I& at, DaySpan d) {
    if (size_ == 0) {
      first_ = at;
      first_start_ = d.first;
    }
    if (listed_ && size_ < capacity) {
      items_[size_] = {at, d};
    } else {
      listed_ = false;
    }
    ++size_;
    if (d.last < end_) end_ = d.last;
  }

  // Removes the contacts that end before day x; `until` is where the
  // straddling contacts end in the range. Returns how many were removed.
  template <class Proj>
  constexpr std::size_t expire(DayNumber x, const I& until, const Proj& proj) {
    if (size_ == 0 || end_ >= x) return 0;
    const std::size_t before = size_;
    size_ = 0;
    end_ = no_day;
    if (listed_) {
      for (std::size_t k = 0; k < before; ++k) {
        const Item item = items_[k];
        if (item.span.last < x) continue;
        keep(item.at, item.span);
      }
    } else {
      listed_ = true;
      for (I it = first_; it != until; ++it) {
        const DaySpan d = span_of(proj, *it);
        if (d.last < x) continue;
        if (size_ == capacity) listed_ = false;
        keep(it, d);
      }
    }
    return before - size_;
  }

 private:
  struct Item {
    I at{};
    DaySpan span{};
  };

  constexpr void keep(const I& at, DaySpan d) {
    if (size_ == 0) {
      first_ = at;
      first_start_ = d.first;
    }
    if (listed_) items_[size_] = {at, d};
    ++size_;
    if (d.last < end_) end_ = d.last;
  }

  Item items_[capacity]{};
  std::size_t size_ = 0;
  bool listed_ = true;
  DayNumber end_ = no_day;
  I first_{};
  DayNumber first_start_ = 0;
};

// Calls report(first, last, count, hull) for each maximal set of contacts
// whose dates all overlap some window of `within` days, in the order of the
// windows. The sweep moves a window's last day t over the distinct earliest
// days; contacts join when t reaches their earliest day, and leave when the
// window's first day passes their latest day. Maximal sets are found as in
// certain_sets.
//
// One pass, O(n) when dates are single days, and O(1) more for each date
// that outlasts a window as long as at most 16 do at once (see Straddlers).
template <class I, class S, class Proj, class Report>
constexpr void possible_sets(I begin, S end, std::chrono::days within, const Proj& proj,
                             Report&& report) {
  if (begin == end) return;
  const DayNumber length = within.count() - 1;  // a window is [t - length, t]
  SortedDates order;

  Straddlers<I> straddling;  // the set's contacts that start before the window
  I p = begin;               // the set's others: [p, j), all in the set
  I j = begin;               // the first contact not yet entered
  I last = begin;
  std::size_t block = 0;      // contacts in [p, j)
  DayNumber block_start = 0;  // the earliest day of the contact at p
  DayNumber members_end = 0;  // the largest latest day of a member
  DayNumber t = span_of(proj, *begin).first;
  DayNumber next_t = 0;  // the earliest day of the contact at j (when j != end)
  bool joined = false;

  const auto enter = [&] {
    for (; j != end; ++j) {
      const DaySpan d = span_of(proj, *j);
      order.check(d);
      if (d.first > t) {
        next_t = d.first;
        return;
      }
      if (block++ == 0) block_start = d.first;
      if (block + straddling.size() == 1 || d.last > members_end) members_end = d.last;
      last = j;
      joined = true;
    }
  };
  const auto report_set = [&] {
    const bool straddled = straddling.size() > 0;
    report(straddled ? straddling.first() : p, last, block + straddling.size(),
           Date::interval(to_sys_days(straddled ? straddling.first_start() : block_start),
                          to_sys_days(members_end)));
  };

  enter();
  while (true) {
    if (j == end) {
      if (joined) report_set();
      return;
    }
    const DayNumber next_s = next_t - length;  // the next window's first day
    // The set as it is until a member leaves.
    const bool straddled = straddling.size() > 0;
    const I set_first = straddled ? straddling.first() : p;
    const std::size_t set_count = block + straddling.size();
    const DayNumber set_start = straddled ? straddling.first_start() : block_start;
    // Members leave when they end before the next window: straddling ones,
    // and those of [p, j) that start before it (the others straddle it).
    bool leaves = straddling.expire(next_s, p, proj) > 0;
    I p2 = p;
    DayNumber p2_start = next_t;  // the earliest day of the contact at p2 (when p2 != j)
    for (; p2 != j; ++p2) {
      const DaySpan d = span_of(proj, *p2);
      if (d.first >= next_s) {
        p2_start = d.first;
        break;
      }
      --block;
      if (d.last < next_s) {
        leaves = true;
      } else {
        straddling.add(p2, d);
      }
    }
    if (leaves) {
      if (joined)
        report(set_first, last, set_count,
               Date::interval(to_sys_days(set_start), to_sys_days(members_end)));
      joined = false;
    }
    p = p2;
    block_start = p2_start;
    t = next_t;
    enter();
  }
}

// The most contacts certainly in one window of `within` days: the largest
// set certain_sets would report, counted with less bookkeeping: one window
// per contact's earliest day, and no report. (A second sweep on purpose:
// most_within over 10,000 dates, both kinds in one constant evaluation,
// takes about 0.7 million of Clang's million steps this way, and more than
// a million through certain_sets and possible_sets. tests/
// test_analysis_bursts.cpp checks on random dates that both give the same
// largest set.)
template <class I, class S, class Proj>
constexpr std::size_t most_certainly_within(I begin, S end, std::chrono::days within,
                                            const Proj& proj) {
  const DayNumber length = within.count() - 1;
  SortedDates order;
  std::size_t most = 0;
  CertainTally tally;
  I r = begin;
  for (I i = begin; i != end; ++i) {
    const DaySpan a = span_of(proj, *i);
    const DayNumber t = a.first + length;  // the window [a.first, t]
    for (; r != end; ++r) {
      const DaySpan d = span_of(proj, *r);
      order.check(d);
      if (d.first > t) break;
      tally.take(d, t, length);
    }
    if (tally.may_grow(t)) {
      tally = {};
      for (I it = i; it != r; ++it) tally.take(span_of(proj, *it), t, length);
    }
    if (tally.members > most) most = tally.members;
    if (a.last <= t) {
      --tally.members;
    } else if (a.last - a.first <= length) {
      --tally.pending;
    }
  }
  return most;
}

// The most contacts that may fall in one window of `within` days: the
// largest set possible_sets would report, counted with less bookkeeping (a
// second sweep on purpose, as most_certainly_within is).
template <class I, class S, class Proj>
constexpr std::size_t most_possibly_within(I begin, S end, std::chrono::days within,
                                           const Proj& proj) {
  const DayNumber length = within.count() - 1;
  SortedDates order;
  std::size_t most = 0;
  std::size_t block = 0;  // contacts that start in the window [x, t]
  Straddlers<I> straddling;
  I p = begin;
  for (I j = begin; j != end; ++j) {
    const DaySpan d = span_of(proj, *j);
    order.check(d);
    ++block;
    const DayNumber x = d.first - length;  // the window [x, d.first]
    straddling.expire(x, p, proj);
    for (; p != j; ++p) {
      const DaySpan b = span_of(proj, *p);
      if (b.first >= x) break;
      --block;
      if (b.last >= x) straddling.add(p, b);
    }
    if (block + straddling.size() > most) most = block + straddling.size();
  }
  return most;
}

// The longest window that means anything: every day a Date can name. A
// longer one holds no more, and its last day would overflow.
inline constexpr std::chrono::days longest_window =
    Date::max_day - Date::min_day + std::chrono::days{1};

// Checks the arguments, and gives the window clamped to longest_window.
constexpr std::chrono::days check_burst_arguments(std::size_t min_count, std::chrono::days within) {
  if (min_count == 0 || within < std::chrono::days{1})
    analysis_argument_is_invalid(
        "hotline::bursts: min_count must be at least 1 and the window at least one day");
  return within < longest_window ? within : longest_window;
}

}  // namespace detail

// Writes every burst of at least `min_count` contacts within `within` days
// (certainly or possibly, as asked; see above) to `out`, in the order of
// their windows, and returns the iterator past the last. Needs a forward
// range sorted by date. Allocates nothing. One pass: O(n) when dates are
// single days; an imprecise date adds O(contacts in a window) when it can
// join a certain burst (a date of 2 to `within` days), and O(16) when it
// leaves a possible one (a date that outlasts a window), or O(contacts
// since the oldest) when more than 16 dates outlast one window at once.
template <std::ranges::forward_range R,
          std::output_iterator<const Burst<std::ranges::range_value_t<R>>&> Out,
          class Proj = DateOf>
requires dated_range<R, Proj>
constexpr Out bursts(R&& r, std::size_t min_count, std::chrono::days within, Certainty which,
                     Out out, Proj proj = {}) {
  using T = std::ranges::range_value_t<R>;
  using I = std::ranges::iterator_t<R>;
  within = detail::check_burst_arguments(min_count, within);
  const auto report = [&](const I& first, const I& last, std::size_t count, Date hull) {
    if (count >= min_count) *out++ = Burst<T>{T(*first), T(*last), count, hull};
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
// two passes, each as bursts(); allocates nothing.
template <std::ranges::forward_range R, class Proj = DateOf>
requires dated_range<R, Proj>
constexpr CountRange most_within(R&& r, std::chrono::days within, Proj proj = {}) {
  within = detail::check_burst_arguments(1, within);
  CountRange most{
      detail::most_certainly_within(std::ranges::begin(r), std::ranges::end(r), within, proj),
      detail::most_possibly_within(std::ranges::begin(r), std::ranges::end(r), within, proj)};
  if (most.max > 0 && most.min == 0) most.min = 1;
  return most;
}

}  // namespace hotline
