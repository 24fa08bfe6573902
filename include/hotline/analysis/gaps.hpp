// Gaps and silences: how long the sides went without a contact.
//
//   gaps(r)             the days from each contact to the next, pair by pair
//   longest_gap(r)      the longest gap, honest about imprecise dates
//   silences(r, n)      every stretch of n days or more that no contact could fall in
//   silence_as_of(r, d) the days since the last contact on or before day d
//
// Dates are intervals (see input.hpp), so every length is a DayRange. All
// but silence_as_of need input sorted by date (earliest day), as a
// Registry's contacts and any selection of them are, and check it;
// silence_as_of takes any order.
#pragma once

#include <chrono>
#include <cstddef>
#include <iterator>
#include <memory>
#include <optional>
#include <ranges>
#include <type_traits>
#include <vector>

#include <hotline/analysis/input.hpp>
#include <hotline/analysis/select.hpp>
#include <hotline/date.hpp>

namespace hotline {

// ---- gaps(r): consecutive pairs ------------------------------------------

// Two contacts that follow each other in a sorted range, and the days from
// the first to the second: hotline::gap(from.date, to.date). With imprecise
// dates this is the gap between these two, not a silence: when their dates
// overlap they may have come in either order, and a third contact whose date
// overlaps theirs may have come between them (longest_gap accounts for both).
template <class T>
struct Gap {
  const T* from{};  // the earlier of the pair, in the range's order
  const T* to{};    // the next one
  DayRange days{};  // at least max(0, to.earliest - from.latest), at most to.latest - from.earliest
};

// The consecutive pairs of a sorted range, as a forward view of Gap values:
// n - 1 of them for n contacts, none for 0 or 1. Reading a pair whose dates
// are out of order is an error (see input.hpp). Each step is O(1).
template <std::ranges::forward_range V, class Proj>
requires std::ranges::view<V> && std::ranges::common_range<V> &&
    std::is_lvalue_reference_v<std::ranges::range_reference_t<V>> &&
    date_projection<Proj, std::ranges::range_reference_t<V>>
class GapView : public std::ranges::view_base {
  using Base = std::ranges::iterator_t<V>;
  using T = std::remove_reference_t<std::ranges::range_reference_t<V>>;

 public:
  class iterator {
   public:
    using value_type = Gap<std::remove_const_t<T>>;
    using difference_type = std::ranges::range_difference_t<V>;
    using iterator_concept = std::forward_iterator_tag;
    using iterator_category = std::forward_iterator_tag;

    constexpr iterator() = default;
    constexpr iterator(const GapView* parent, Base at, Base next)
        : parent_(parent), at_(at), next_(next) {}

    constexpr value_type operator*() const {
      const detail::DaySpan a = detail::checked_span(parent_->proj_, *at_);
      const detail::DaySpan b = detail::checked_span(parent_->proj_, *next_);
      if (b.first < a.first) detail::analysis_input_is_not_sorted_by_date();
      const std::chrono::days most{b.last - a.first};
      const std::chrono::days least{b.first > a.last ? b.first - a.last : 0};
      return {std::addressof(*at_), std::addressof(*next_), {least, most}};
    }
    constexpr iterator& operator++() {
      at_ = next_;
      ++next_;
      if (next_ == std::ranges::end(parent_->base_)) at_ = next_;
      return *this;
    }
    constexpr iterator operator++(int) {
      iterator old = *this;
      ++*this;
      return old;
    }
    friend constexpr bool operator==(const iterator& a, const iterator& b) {
      return a.at_ == b.at_;
    }

   private:
    const GapView* parent_ = nullptr;
    Base at_{};
    Base next_{};
  };

  constexpr GapView() = default;
  constexpr GapView(V base, Proj proj) : base_(std::move(base)), proj_(std::move(proj)) {}

  constexpr iterator begin() const {
    const Base first = std::ranges::begin(base_);
    const Base last = std::ranges::end(base_);
    if (first == last) return end();
    const Base second = std::ranges::next(first);
    if (second == last) return end();
    return {this, first, second};
  }
  constexpr iterator end() const {
    const Base last = std::ranges::end(base_);
    return {this, last, last};
  }

 private:
  V base_{};
  Proj proj_{};
};

// The consecutive pairs of a sorted range: for (Gap g : gaps(selection)) ...
// `r` is a view (kept by value) or a named container (kept by reference).
template <std::ranges::forward_range R, class Proj = DateOf>
requires std::ranges::common_range<R> && dated_range<R, Proj>
constexpr auto gaps(R&& r, Proj proj = {}) {
  return GapView<detail::view_of_t<R>, Proj>(detail::view_of(std::forward<R>(r)), std::move(proj));
}

// ---- longest_gap(r) --------------------------------------------------------

// The longest gap of a sorted range of at least two contacts, as two
// gaps, each with its own ends: the longest silence that is certain, and
// the longest gap that is possible.
//
// In one reading of the dates (each contact on one day of its date), the
// longest gap is the most days between two contacts that follow each other.
// Over all readings:
//
//  - `possible` is the longest gap of any reading, exactly: some reading has
//    a gap of possible.days days from possible.from to possible.to with no
//    contact between them. It can exceed every pairwise gap, because
//    contacts of overlapping dates may be in either order: 2014 (the year)
//    and 2014-03-05 have a pairwise gap of 0 to 63 days but a longest gap
//    of up to 301 (if the first fell on 31 December).
//  - `certain` is the longest *certain* silence: the most days between a
//    contact and the next one that hold in every reading, because no
//    contact can fall between them (certain.to's earliest day less
//    certain.from's latest, where certain.from is the contact that
//    certainly ends last before the silence). Every reading's longest gap is
//    at least this long; it may be longer in every reading (days 1, 1-100
//    and 100 always have a gap of 50 or more, somewhere), so certain.days is
//    a lower bound that is tight when all dates are single days. When no
//    silence is certain, certain.days is 0, between the first two contacts
//    whose dates may touch.
//
// For single days both are the longest difference between consecutive days,
// between the same pair (the first such pair, if several tie).
template <class T>
struct GapBetween {
  T from{};  // the contact before the gap
  T to{};    // the contact after it
  std::chrono::days days{0};

  friend constexpr bool operator==(const GapBetween&, const GapBetween&) = default;
};

template <class T>
struct LongestGap {
  GapBetween<T> certain{};
  GapBetween<T> possible{};

  // Both lengths: every reading's longest gap is in [days().min, days().max].
  constexpr DayRange days() const noexcept { return {certain.days, possible.days}; }

  friend constexpr bool operator==(const LongestGap&, const LongestGap&) = default;
};

// The longest gap of a sorted range (see LongestGap), or nullopt for fewer
// than two contacts. Two linear passes (forward, then backward): it needs a
// bidirectional range, such as a span, a vector or a selection of either.
// Allocates nothing; copies the four contacts it names.
//
// With `bounds`, a callable (a, b) -> std::optional<DayRange> that bounds
// b's day less a's where something more than their dates does (the derived
// gaps of a temporal network, <hotline/analysis/derived.hpp>), the certain
// silence is at least, and the possible gap at most, what those bounds
// allow: both stay true of every reading the bounds admit, and they are
// exact when no two contacts are bounded.
// Bounds also has touches(a): whether any pair with `a` is bounded.
struct NoPairBounds {
  template <class T>
  constexpr std::optional<DayRange> operator()(const T&, const T&) const noexcept {
    return std::nullopt;
  }
  template <class T>
  constexpr bool touches(const T&) const noexcept {
    return false;
  }
};

template <std::ranges::bidirectional_range R, class Proj = DateOf, class Bounds = NoPairBounds>
requires dated_range<R, Proj>
constexpr std::optional<LongestGap<std::ranges::range_value_t<R>>> longest_gap(R&& r,
                                                                               Proj proj = {},
                                                                               Bounds bounds = {}) {
  constexpr bool bounded = !std::is_same_v<Bounds, NoPairBounds>;
  using detail::DayNumber;
  using detail::DaySpan;
  using T = std::ranges::range_value_t<R>;
  const auto first = std::ranges::begin(r);
  const auto last = std::ranges::next(first, std::ranges::end(r));
  if (first == last || std::ranges::next(first) == last) {
    for (auto it = first; it != last; ++it) detail::checked_span(proj, *it);
    return std::nullopt;
  }
  const auto span_at = [&](const auto& it) { return detail::span_of(proj, *it); };

  // Forward: the longest certain silence. A silence before contact k+1 is
  // certain when every earlier contact ends before k+1 can start.
  detail::SortedDates order;
  auto it = first;
  DaySpan d = span_at(it);
  order.check(d);
  DayNumber ends = d.last;  // the latest last day of the contacts so far
  auto ends_at = it;
  DayNumber certain = -1;
  auto certain_from = first;
  auto certain_to = first;
  for (++it; it != last; ++it) {
    d = span_at(it);
    order.check(d);
    DayNumber silence = d.first > ends ? d.first - ends : 0;
    if constexpr (bounded) {
      // The least days from any earlier contact to this one, each as its
      // dates or the bounds allow (whichever is more).
      if (const auto b = bounds.touches(*it) ? bounds(*ends_at, *it) : std::nullopt;
          b && b->min.count() > silence) {
        DayNumber least = b->min.count();
        for (auto j = first; j != it; ++j) {
          const DaySpan dj = span_at(j);
          DayNumber g = d.first - dj.last;
          if (const auto bj = bounds(*j, *it); bj && bj->min.count() > g) g = bj->min.count();
          least = g < least ? g : least;
        }
        silence = least > silence ? least : silence;
      }
    }
    if (silence > certain) {
      certain = silence;
      certain_from = ends_at;
      certain_to = it;
    }
    if (d.last >= ends) {
      ends = d.last;
      ends_at = it;
    }
  }

  // Backward: the longest possible gap. A gap from day x to day y, with no
  // contact between, is possible when a contact may fall on x, another on y,
  // and every other contact may fall outside (x, y). Going through x from
  // left to right, the contacts that may start no later than x (0..k) can be
  // put at or before it; the others must be put at or after y, so y is at
  // most the smallest last day among them, and x is best at the first day of
  // contact k. When every contact may start no later than x (x is the
  // largest first day E), y is the largest last day of a second contact
  // that may fall on E or later.
  auto k = std::ranges::prev(last);
  d = span_at(k);
  const DayNumber E = d.first;
  DayNumber next_end = d.last;  // the smallest last day of the contacts after k
  auto next_end_at = k;
  DayNumber far = d.last;  // the largest last day (of a contact that may fall on E)
  auto far_at = k;
  std::optional<std::remove_cvref_t<decltype(k)>> other;  // another contact that may fall on E
  DayNumber possible = -1;
  auto possible_from = k;
  auto possible_to = k;
  while (k != first) {
    --k;
    d = span_at(k);
    DayNumber candidate = next_end - d.first;
    auto candidate_to = next_end_at;
    if constexpr (bounded) {
      // No more than the bounds allow from this contact to any later one.
      if (bounds.touches(*k))
        for (auto j = std::ranges::next(k); j != last; ++j)
          if (const auto b = bounds(*k, *j); b && b->max.count() < candidate) {
            candidate = b->max.count() < 0 ? 0 : b->max.count();
            candidate_to = j;
          }
    }
    if (candidate >= possible) {
      possible = candidate;
      possible_from = k;
      possible_to = candidate_to;
    }
    if (d.last <= next_end) {
      next_end = d.last;
      next_end_at = k;
    }
    if (d.last >= E) {
      if (d.last > far) {
        other = far_at;
        far = d.last;
        far_at = k;
      } else if (!other) {
        other = k;
      }
    }
  }
  DayNumber at_end = far - E;
  if constexpr (bounded) {
    if (other)
      if (const auto b = bounds(**other, *far_at); b && b->max.count() < at_end)
        at_end = b->max.count();
  }
  if (other && at_end > possible) {
    possible = at_end;
    possible_from = *other;
    possible_to = far_at;
  }

  return LongestGap<T>{{T(*certain_from), T(*certain_to), std::chrono::days{certain}},
                       {T(*possible_from), T(*possible_to), std::chrono::days{possible}}};
}

// ---- silences(r, min_length) ------------------------------------------------

// A stretch of days on which no contact of a range could have fallen, in
// any reading of the dates: a certain silence.
template <class T>
struct SilentSpan {
  T before{};                // the contact that may have ended last before it
  std::optional<T> after{};  // the first contact after it; none while it goes on (see silences)
  Date days{};               // the days no contact could fall on, from the first to the last
  // True when the silence may have been longer: the date of `before` or of
  // `after` is not one day (some reading puts that contact further away), or
  // it is still going on.
  bool at_least = false;

  friend constexpr bool operator==(const SilentSpan&, const SilentSpan&) = default;
};

// Every certain silence of at least `min_length` days in a sorted range, in
// order: from the day after the last day any earlier contact may have
// ended, to the day before the next contact may have started. With
// `until`, also the silence after the last contact that is still going on
// at that day (its `after` is empty). The timeline shades these; "no
// contact on record" until a statement says more. One pass, checking the
// order; allocates the result.
template <std::ranges::forward_range R, class Proj = DateOf>
requires dated_range<R, Proj>
constexpr std::vector<SilentSpan<std::ranges::range_value_t<R>>> silences(
    R&& r, std::chrono::days min_length, std::optional<std::chrono::sys_days> until = std::nullopt,
    Proj proj = {}) {
  using T = std::ranges::range_value_t<R>;
  using detail::DayNumber;
  std::vector<SilentSpan<T>> out;
  auto it = std::ranges::begin(r);
  const auto end = std::ranges::end(r);
  if (it == end) return out;
  detail::SortedDates order;
  detail::DaySpan reach = detail::span_of(proj, *it);  // the date that may end last so far
  order.check(reach);
  auto reach_at = it;
  const auto add = [&](DayNumber first, DayNumber last, const auto* next, bool next_exact) {
    if (last < first || last - first + 1 < min_length.count()) return;
    SilentSpan<T> s{T(*reach_at), std::nullopt,
                    Date::interval(detail::to_sys_days(first), detail::to_sys_days(last)),
                    reach.first != reach.last || !next_exact};
    if (next != nullptr) s.after = T(*next);
    out.push_back(std::move(s));
  };
  for (++it; it != end; ++it) {
    const detail::DaySpan d = detail::span_of(proj, *it);
    order.check(d);
    const T& next = *it;
    add(reach.last + 1, d.first - 1, &next, d.first == d.last);
    if (d.last >= reach.last) {
      reach = d;
      reach_at = it;
    }
  }
  if (until) add(reach.last + 1, detail::day_number(*until), static_cast<const T*>(nullptr), false);
  return out;
}

// ---- silence_as_of(r, day) -------------------------------------------------

// How long it had been, on a given day, since the last contact on or before
// it. In each reading the silence is day - (the last contact's day);
// `days` brackets it over all readings, tightly:
//  - days.min puts every contact as late as its date allows (but not after
//    the day): day - max(min(latest, day)) over contacts that may fall on or
//    before the day. 0 when a contact may fall on the day itself.
//  - days.max puts them as early as it allows, and moves every contact that
//    may fall after the day there: day - max(earliest) over contacts that
//    certainly fall on or before it. When no contact certainly does, some
//    reading has no contact before the day at all: the silence has no upper
//    bound, days.max is std::chrono::days::max() and bounded() is false.
template <class T>
struct Silence {
  DayRange days{};
  T last{};  // the contact that may have been the last one: the one giving days.min
  std::optional<T> last_certain{};  // the latest contact certainly on or before the day: days.max

  constexpr bool bounded() const noexcept { return last_certain.has_value(); }
};

// The silence on `day` (see Silence), or nullopt when no contact may fall on
// or before it. Any order; one linear pass; allocates nothing.
template <std::ranges::forward_range R, class Proj = DateOf>
requires dated_range<R, Proj>
constexpr std::optional<Silence<std::ranges::range_value_t<R>>> silence_as_of(
    R&& r, std::chrono::sys_days day, Proj proj = {}) {
  using detail::DayNumber;
  using It = std::ranges::iterator_t<R>;
  const DayNumber on = detail::day_number(day);
  const auto end = std::ranges::end(r);
  It last{};
  It last_certain{};
  bool found = false;
  bool found_certain = false;
  DayNumber latest = 0;    // of the contact that may be the last, cut at `day`
  DayNumber earliest = 0;  // of the latest contact certainly on or before `day`
  for (It it = std::ranges::begin(r); it != end; ++it) {
    const detail::DaySpan d = detail::checked_span(proj, *it);
    if (d.first > on) continue;
    const DayNumber cut = d.last < on ? d.last : on;
    if (!found || cut >= latest) {
      found = true;
      last = it;
      latest = cut;
    }
    if (d.last <= on && (!found_certain || d.first >= earliest)) {
      found_certain = true;
      last_certain = it;
      earliest = d.first;
    }
  }
  if (!found) return std::nullopt;
  using T = std::ranges::range_value_t<R>;
  Silence<T> s{{std::chrono::days{on - latest}, std::chrono::days::max()}, T(*last), std::nullopt};
  if (found_certain) {
    s.days.max = std::chrono::days{on - earliest};
    s.last_certain = T(*last_certain);
  }
  return s;
}

// The same, for a Date that is one day ("2022-10-25"_date). Any other Date
// is an error: the silence on an imprecise day is not one DayRange.
template <std::ranges::forward_range R, class Proj = DateOf>
requires dated_range<R, Proj>
constexpr std::optional<Silence<std::ranges::range_value_t<R>>> silence_as_of(R&& r, Date day,
                                                                              Proj proj = {}) {
  if (!day.ok() || day.precision() != Precision::day)
    detail::analysis_argument_is_invalid("hotline::silence_as_of: the day must be a single day");
  return silence_as_of(std::forward<R>(r), day.earliest(), std::move(proj));
}

}  // namespace hotline
