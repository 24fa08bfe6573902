// Mergeable summaries: the answers to the gap questions of one group of
// contacts (one pair of states at one level, say), kept as a small value
// that combines with the summary of the next stretch of the same feed. A
// feed too large for one pass is cut into chunks, each chunk summarised on
// its own (on a thread, or on a machine of a map-reduce engine), and the
// summaries merged in date order: the result is the summary of the whole,
// exactly as one pass gives it.
//
//   hotline::SummaryQuestion q{2000y / 1, 2024y / 12, sys_days{2025y / 1 / 1}};
//   auto a = hotline::GapSummary::of(q, first_half);   // sorted by date
//   auto b = hotline::GapSummary::of(q, second_half);  // later contacts
//   a.merge(b);                                        // == of(q, whole)
//   a.longest_gap()   // as longest_gap(whole)->days
//   a.months_without() // certain and possible counts, as months_without()
//   a.silence()        // as silence_as_of(whole, q.day)->days
//
// The one condition on chunks: they follow each other in date order, and no
// contact of a group in one chunk may still be going on when the group's
// next chunk starts (its latest day comes before the next chunk's earliest
// day). Cutting a feed of days, months and years at a new year always meets
// it; merge() checks it and throws std::invalid_argument when it does not
// hold, rather than give a wrong answer.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <ranges>
#include <stdexcept>
#include <type_traits>

#include <hotline/analysis/input.hpp>
#include <hotline/date.hpp>

namespace hotline {

// What a summary answers: months without contact in [from, to] (both
// included; at most 512 months), and the silence on `day`.
struct SummaryQuestion {
  std::chrono::year_month from;
  std::chrono::year_month to;
  std::chrono::sys_days day;

  friend constexpr bool operator==(const SummaryQuestion&, const SummaryQuestion&) = default;
};

namespace detail {

// The first day of each month from 1900-01 to 2100-01, for summaries at
// run time: a month number is then an estimate and one correction, against
// a table of 9.6 KiB that stays in the first-level cache (a table of every
// day, 285 KiB, missed the cache on most look-ups). Built once, on first
// use, with std::chrono.
struct MonthTable {
  static constexpr std::int32_t first_day = -25567;   // 1900-01-01
  static constexpr std::int32_t end_day = 47482;      // 2100-01-01
  static constexpr std::int32_t first_month = 22800;  // 1900 * 12
  static constexpr std::size_t months = 2400;
  std::array<std::int32_t, months + 1> start{};  // start[i]: the first day of month i

  // The month number (year * 12 + month - 1) of a day in [first_day, end_day).
  std::int32_t month_of(std::int32_t day) const noexcept {
    // Months average 146097 / 4800 days: the estimate is off by at most one.
    const auto since = static_cast<std::int64_t>(day - first_day);
    auto m = static_cast<std::int32_t>(since * 4800 / 146097);
    m -= static_cast<std::int32_t>(start[static_cast<std::size_t>(m)] > day);
    m += static_cast<std::int32_t>(start[static_cast<std::size_t>(m) + 1] <= day);
    return first_month + m;
  }
};

// Not constexpr (nor a lambda, which would be): a compiler may otherwise try
// to evaluate the table while compiling, in every translation unit.
inline MonthTable make_month_table() {
  MonthTable t;
  for (std::size_t i = 0; i <= MonthTable::months; ++i) {
    const std::chrono::sys_days first{std::chrono::year{1900 + static_cast<int>(i / 12)} /
                                      std::chrono::month{static_cast<unsigned>(i % 12) + 1} /
                                      std::chrono::day{1}};
    t.start[i] = static_cast<std::int32_t>(first.time_since_epoch().count());
  }
  return t;
}

inline const MonthTable& month_table() {
  static const MonthTable table = make_month_table();
  return table;
}

}  // namespace detail

// One date as two day numbers (days since 1970-01-01): the compact form the
// summaries read.
struct DayBounds {
  std::int32_t earliest = 0;
  std::int32_t latest = 0;

  static constexpr DayBounds of(const Date& d) noexcept {
    return {static_cast<std::int32_t>(d.earliest().time_since_epoch().count()),
            static_cast<std::int32_t>(d.latest().time_since_epoch().count())};
  }
  friend constexpr bool operator==(const DayBounds&, const DayBounds&) = default;
};

// The summary of one group: the number of contacts, the longest gap
// (certain and possible, as longest_gap gives them), the months of the
// window certainly and possibly without contact (as months_without), and
// the silence on the day (as silence_as_of). A value of about 220 bytes; no
// allocation.
class GapSummary {
 public:
  static constexpr std::size_t max_months = 512;

  constexpr GapSummary() = default;

  // The summary of a range sorted by date (earliest day never decreasing),
  // through a projection to its Date. Two passes (it needs a bidirectional
  // range); O(n).
  template <std::ranges::bidirectional_range R, class Proj = DateOf>
  requires dated_range<R, Proj>
  static constexpr GapSummary of(const SummaryQuestion& q, R&& r, Proj proj = {}) {
    std::int32_t previous = INT32_MIN;
    for (auto&& x : r) {
      const Date d = std::invoke(proj, x);
      if (!d.ok()) detail::analysis_input_has_a_date_that_is_not_ok();
      const DayBounds b = DayBounds::of(d);
      if (b.earliest < previous) detail::analysis_input_is_not_sorted_by_date();
      previous = b.earliest;
    }
    return summarise(q, std::ranges::begin(r), std::ranges::end(r),
                     [&](auto&& x) { return DayBounds::of(std::invoke(proj, x)); });
  }

  // The same over day numbers, sorted by earliest day (not checked): the
  // form of the hot path.
  static constexpr GapSummary of_days(const SummaryQuestion& q, const DayBounds* first,
                                      const DayBounds* last) {
    return summarise(q, first, last, [](const DayBounds& d) { return d; });
  }

  // Adds the summary of the contacts that follow (see the condition above):
  // afterwards *this summarises both. An empty summary is neutral on either
  // side. Associative: (a + b) + c == a + (b + c).
  constexpr GapSummary& merge(const GapSummary& later) {
    if (count_ == 0) {
      if (later.count_ != 0 || later.months_ != 0) *this = later;
      return *this;
    }
    if (later.count_ == 0) return *this;
    if (!(question_ == later.question_))
      detail::analysis_argument_is_invalid(
          "hotline::GapSummary::merge: the summaries answer different questions");
    if (max_latest_ >= later.first_earliest_)
      detail::analysis_argument_is_invalid(
          "hotline::GapSummary::merge: a contact of the earlier chunk may fall on or after the "
          "first day of the later one; cut chunks where no date spans the cut");
    // The silence from the last day of this chunk to the first of the next
    // is certain; the last contact here may fall as early as its earliest
    // day, and the next one as late as the smallest latest day there.
    certain_ = std::max({certain_, later.certain_, later.first_earliest_ - max_latest_});
    core_ = std::max({core_, later.core_, later.min_latest_ - last_earliest_});
    far_ = later.far_;
    near_last_ = later.near_last_;
    count_ += later.count_;
    last_earliest_ = later.last_earliest_;
    min_latest_ = std::min(min_latest_, later.min_latest_);
    max_latest_ = later.max_latest_ > max_latest_ ? later.max_latest_ : max_latest_;
    for (std::size_t i = 0; i < touched_.size(); ++i) {
      touched_[i] |= later.touched_[i];
      held_[i] |= later.held_[i];
    }
    silence_cut_ = std::max(silence_cut_, later.silence_cut_);
    silence_certain_ = std::max(silence_certain_, later.silence_certain_);
    return *this;
  }

  constexpr std::uint64_t count() const noexcept { return count_; }

  // As longest_gap(r)->days: nullopt for fewer than two contacts.
  constexpr std::optional<DayRange> longest_gap() const noexcept {
    if (count_ < 2) return std::nullopt;
    const std::int32_t possible = near_last_ >= 2 ? std::max(core_, far_ - last_earliest_) : core_;
    return DayRange{std::chrono::days{certain_}, std::chrono::days{possible}};
  }

  // As months_without(r, from, to): the numbers of months (not the runs).
  struct Months {
    std::chrono::months certain{0};
    std::chrono::months possible{0};
    friend constexpr bool operator==(const Months&, const Months&) = default;
  };
  constexpr Months months_without() const noexcept {
    long touched = 0;
    long held = 0;
    for (std::size_t i = 0; i < touched_.size(); ++i) {
      touched += std::popcount(touched_[i]);
      held += std::popcount(held_[i]);
    }
    return {std::chrono::months{months_ - touched}, std::chrono::months{months_ - held}};
  }

  // As silence_as_of(r, day)->days: nullopt when no contact may fall on or
  // before the day; days.max is days::max() when none certainly does.
  constexpr std::optional<DayRange> silence() const noexcept {
    if (silence_cut_ == none) return std::nullopt;
    const auto day = static_cast<std::int32_t>(question_.day.time_since_epoch().count());
    DayRange r{std::chrono::days{day - silence_cut_}, std::chrono::days::max()};
    if (silence_certain_ != none) r.max = std::chrono::days{day - silence_certain_};
    return r;
  }

  friend constexpr bool operator==(const GapSummary&, const GapSummary&) = default;

 private:
  static constexpr std::int32_t none = INT32_MIN;

  constexpr void start(const SummaryQuestion& q) {
    if (!q.from.ok() || !q.to.ok() || q.to < q.from || (q.to - q.from).count() >= long{max_months})
      detail::analysis_argument_is_invalid(
          "hotline::GapSummary: the window of months must be valid, end at or after its start, "
          "and span at most 512 months");
    question_ = q;
    first_month_ = month_number(q.from);
    months_ = (q.to - q.from).count() + 1;
    day_ = static_cast<std::int32_t>(q.day.time_since_epoch().count());
    window_first_ = static_cast<std::int32_t>(
        std::chrono::sys_days{q.from / std::chrono::day{1}}.time_since_epoch().count());
    window_end_ = static_cast<std::int32_t>(
        std::chrono::sys_days{(q.to + std::chrono::months{1}) / std::chrono::day{1}}
            .time_since_epoch()
            .count());
  }

  static constexpr long month_number(std::chrono::year_month ym) noexcept {
    return long{int{ym.year()}} * 12 + long{unsigned{ym.month()}} - 1;
  }
  // Both passes over [first, last), sorted by earliest day, through `get`
  // to DayBounds. The state lives in locals, which the compiler keeps in
  // registers (as members of *this, every step stored and reloaded them).
  template <class It, class Sentinel, class Get>
  static constexpr GapSummary summarise(const SummaryQuestion& q, It first, Sentinel last,
                                        Get get) {
    GapSummary s;
    s.start(q);
    if (first == last) return s;
    const detail::MonthTable* table =
        std::is_constant_evaluated() ? nullptr : &detail::month_table();
    const auto month_of = [table](std::int32_t day) -> long {
      if (table != nullptr && day >= detail::MonthTable::first_day &&
          day < detail::MonthTable::end_day)
        return table->month_of(day);
      const std::chrono::year_month_day x{std::chrono::sys_days{std::chrono::days{day}}};
      return long{int{x.year()}} * 12 + long{unsigned{x.month()}} - 1;
    };
    const long first_month = s.first_month_;
    const long months = s.months_;
    const std::int32_t window_first = s.window_first_;
    const std::int32_t window_end = s.window_end_;
    const std::int32_t day = s.day_;

    // The forward pass: count, the longest certain silence (as longest_gap's
    // forward sweep), months, silence.
    const DayBounds head = get(*first);
    std::uint64_t count = 0;
    std::int32_t min_latest = head.latest;
    std::int32_t max_latest = head.latest;
    std::int32_t certain = -1;
    std::int32_t last_earliest = head.earliest;
    std::int32_t silence_cut = none;
    std::int32_t silence_certain = none;
    It back = first;
    for (It it = first; it != last; ++it) {
      back = it;
      const DayBounds d = get(*it);
      if (count != 0) {
        certain = std::max(certain, d.earliest > max_latest ? d.earliest - max_latest : 0);
        min_latest = std::min(min_latest, d.latest);
        max_latest = std::max(max_latest, d.latest);
      }
      ++count;
      last_earliest = d.earliest;
      // Months: a date touches the months from its first to its last day,
      // and holds the one month it lies within. Dates outside the window
      // (most, in a long feed) need no month numbers.
      if (d.latest >= window_first && d.earliest < window_end) {
        const long a = month_of(d.earliest) - first_month;
        const long b = d.latest == d.earliest ? a : month_of(d.latest) - first_month;
        const long lo = std::max(a, 0L);
        const long hi = std::min(b, months - 1);
        for (long w = lo / 64; w <= hi / 64; ++w) {
          std::uint64_t mask = ~std::uint64_t{0};
          if (w == lo / 64) mask &= mask << (lo % 64);
          if (w == hi / 64) mask &= ~std::uint64_t{0} >> (63 - hi % 64);
          s.touched_[std::size_t(w)] |= mask;
        }
        if (a == b && a >= 0) s.held_[std::size_t(a) / 64] |= std::uint64_t{1} << (a % 64);
      }
      if (d.earliest <= day) silence_cut = std::max(silence_cut, std::min(d.latest, day));
      if (d.latest <= day) silence_certain = std::max(silence_certain, d.earliest);
    }
    s.count_ = count;
    s.first_earliest_ = head.earliest;
    s.last_earliest_ = last_earliest;
    s.min_latest_ = min_latest;
    s.max_latest_ = max_latest;
    s.certain_ = certain;
    s.silence_cut_ = silence_cut;
    s.silence_certain_ = silence_certain;

    // The backward pass, from the last contact: the longest possible gap (as
    // longest_gap's backward sweep). core_ leaves out the last contact,
    // whose gap to the next one a later chunk may give; far_ and near_last_
    // are of the contacts that may fall on or after its earliest day.
    const DayBounds end = get(*back);
    std::int32_t next_end = end.latest;
    std::int32_t core = -1;
    std::int32_t far = end.latest;
    std::int32_t near_last = 1;
    while (back != first) {
      --back;
      const DayBounds d = get(*back);
      core = std::max(core, next_end - d.earliest);
      next_end = std::min(next_end, d.latest);
      if (d.latest >= end.earliest) {
        far = std::max(far, d.latest);
        near_last = 2;
      }
    }
    s.core_ = core;
    s.far_ = far;
    s.near_last_ = near_last;
    return s;
  }

  SummaryQuestion question_{};
  long first_month_ = 0;
  long months_ = 0;
  std::int32_t day_ = 0;
  std::int32_t window_first_ = 0;  // the first day of the window of months
  std::int32_t window_end_ = 0;    // the day after its last
  std::uint64_t count_ = 0;
  std::int32_t first_earliest_ = 0;
  std::int32_t last_earliest_ = 0;  // of the last contact, in date order
  std::int32_t min_latest_ = 0;
  std::int32_t max_latest_ = 0;
  std::int32_t certain_ = -1;   // the longest certain silence; -1 below two contacts
  std::int32_t core_ = -1;      // the longest possible gap after all but the last contact
  std::int32_t far_ = 0;        // the latest day of the contacts that may fall on the last one's
  std::int32_t near_last_ = 0;  // how many such contacts (counted to two)
  std::array<std::uint64_t, max_months / 64> touched_{};
  std::array<std::uint64_t, max_months / 64> held_{};
  std::int32_t silence_cut_ = none;      // the latest day a contact on or before `day` may take
  std::int32_t silence_certain_ = none;  // the latest earliest day of one certainly before it
};

}  // namespace hotline
