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
// hold, rather than give a wrong answer (can_merge() asks first).
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
  std::chrono::year_month from{};
  std::chrono::year_month to{};
  std::chrono::sys_days day{};

  friend constexpr bool operator==(const SummaryQuestion&, const SummaryQuestion&) = default;
};

namespace detail {

// The bits of months a to b (counted from the window's first, a <= b) that
// fall in word w of a month bit set, 64 months a word.
constexpr std::uint64_t month_word_mask(std::uint32_t a, std::uint32_t b,
                                        std::uint32_t w) noexcept {
  std::uint64_t mask = ~std::uint64_t{0};
  if (w == a / 64) mask &= mask << (a % 64);
  if (w == b / 64) mask &= ~std::uint64_t{0} >> (63 - b % 64);
  return mask;
}

// The months of the days from 1900-01-01 to 2100-01-01, for summaries at
// run time, in two small tables: the first day of each month (9.6 KiB),
// and the month of every 16th day (9.1 KiB). A 16-day block holds at most
// one month's start, so a day's month is its block's month or the next,
// found with two look-ups and no branch. Only the window's part of the
// tables is read often, and stays in the first-level cache. (A table of
// every day, 285 KiB, missed the cache on most look-ups; an estimate by
// division and two corrections took a chain of dependent steps twice as
// long.) Built once, on first use, with std::chrono.
struct MonthTable {
  static constexpr std::int32_t first_day = -25567;   // 1900-01-01
  static constexpr std::int32_t end_day = 47482;      // 2100-01-01
  static constexpr std::int32_t first_month = 22800;  // 1900 * 12
  static constexpr std::size_t months = 2400;
  static constexpr std::size_t blocks = (end_day - first_day + 15) / 16;
  std::array<std::int32_t, months + 2> start{};  // start[i]: the first day of month i
  std::array<std::uint16_t, blocks> block{};     // block[i]: the month of day first_day + 16 i

  // A day's month, counted from 1900-01, and the first day of the next.
  struct Month {
    std::int32_t index;
    std::int32_t next_start;
  };
  // For a day in [first_day, end_day).
  Month locate(std::int32_t day) const noexcept {
    const std::uint32_t guess = block[static_cast<std::uint32_t>(day - first_day) / 16];
    const std::uint32_t m = guess + static_cast<std::uint32_t>(day >= start[guess + 1]);
    return {static_cast<std::int32_t>(m), start[m + 1]};
  }
  // The month number (year * 12 + month - 1) of a day in [first_day, end_day).
  std::int32_t month_of(std::int32_t day) const noexcept { return first_month + locate(day).index; }
};

// Not constexpr (nor a lambda, which would be): a compiler may otherwise try
// to evaluate the table while compiling, in every translation unit.
inline MonthTable make_month_table() {
  MonthTable t;
  for (std::size_t i = 0; i < t.start.size(); ++i) {
    const std::chrono::sys_days first{std::chrono::year{1900 + static_cast<int>(i / 12)} /
                                      std::chrono::month{static_cast<unsigned>(i % 12) + 1} /
                                      std::chrono::day{1}};
    t.start[i] = static_cast<std::int32_t>(first.time_since_epoch().count());
  }
  std::uint16_t m = 0;
  for (std::size_t b = 0; b < MonthTable::blocks; ++b) {
    const auto day = MonthTable::first_day + static_cast<std::int32_t>(b * 16);
    while (t.start[m + 1u] <= day) ++m;
    t.block[b] = m;
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
// the silence on the day (as silence_as_of). A value of 192 bytes; no
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
    std::uint64_t count = 0;
    const auto first = std::ranges::begin(r);
    auto end = first;  // the end of the range, as an iterator
    for (auto it = first; it != std::ranges::end(r); end = ++it) {
      const Date d = std::invoke(proj, *it);
      if (!d.ok()) detail::analysis_input_has_a_date_that_is_not_ok();
      const DayBounds b = DayBounds::of(d);
      if (b.earliest < previous) detail::analysis_input_is_not_sorted_by_date();
      previous = b.earliest;
      ++count;
    }
    return summarise(q, first, end, count,
                     [&](auto&& x) { return DayBounds::of(std::invoke(proj, x)); });
  }

  // The same over day numbers, sorted by earliest day (not checked): the
  // form of the hot path.
  static constexpr GapSummary of_days(const SummaryQuestion& q, const DayBounds* first,
                                      const DayBounds* last) {
    return summarise(q, first, last, static_cast<std::uint64_t>(last - first),
                     [](const DayBounds& d) { return d; });
  }

  // True when merge(later) succeeds: the two answer the same question (a
  // default-constructed GapSummary asks none, and merges with any), and
  // either is empty or no contact here may fall on or after the first day
  // of `later` (the condition above, for this one group). A map-reduce step
  // that cuts where it cannot see every date checks here, and gathers the
  // contacts of the groups that fail rather than merge them.
  constexpr bool can_merge(const GapSummary& later) const noexcept {
    if (asks() && later.asks() && !(question_ == later.question_)) return false;
    return count_ == 0 || later.count_ == 0 || max_latest_ < later.first_earliest_;
  }

  // Adds the summary of the contacts that follow (see the condition above):
  // afterwards *this summarises both. An empty summary of the same question
  // is neutral on either side, and so is a default-constructed one. Summaries
  // of different questions are refused (std::invalid_argument), empty or not.
  // Associative: (a + b) + c == a + (b + c).
  constexpr GapSummary& merge(const GapSummary& later) {
    if (asks() && later.asks() && !(question_ == later.question_))
      detail::analysis_argument_is_invalid(
          "hotline::GapSummary::merge: the summaries answer different questions");
    if (later.count_ == 0) {
      if (!asks()) question_ = later.question_;
      return *this;
    }
    if (count_ == 0) {
      *this = later;
      return *this;
    }
    if (max_latest_ >= later.first_earliest_)
      detail::analysis_argument_is_invalid(
          "hotline::GapSummary::merge: a contact of the earlier chunk may fall on or after the "
          "first day of the later one; cut chunks where no date spans the cut");
    // The silence from the last day of this chunk to the first of the next
    // is certain; the last contact here may fall as early as its earliest
    // day, and the next one as late as the smallest latest day there.
    certain_ = std::max({certain_, later.certain_, later.first_earliest_ - max_latest_});
    core_ = std::max({core_, later.core_, later.min_latest_ - last_earliest_});
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
  // The question the summary answers; a default-constructed summary asks
  // none (its months are not ok()).
  constexpr const SummaryQuestion& question() const noexcept { return question_; }
  constexpr bool asks() const noexcept { return question_.from.ok(); }

  // As longest_gap(r)->days: nullopt for fewer than two contacts.
  constexpr std::optional<DayRange> longest_gap() const noexcept {
    if (count_ < 2) return std::nullopt;
    // The latest day of the contacts that may fall on or after the last
    // one's earliest day is the latest of all (max_latest_: the contact
    // that has it ends on or after that day).
    const std::int32_t possible =
        near_last_ >= 2 ? std::max(core_, max_latest_ - last_earliest_) : core_;
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
    const long months = question_.from.ok() ? (question_.to - question_.from).count() + 1 : 0;
    return {std::chrono::months{months - touched}, std::chrono::months{months - held}};
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
  friend class GroupSummariser;  // builds summaries of many groups at once (grouped.hpp)

  static constexpr std::int32_t none = INT32_MIN;

  constexpr void start(const SummaryQuestion& q) {
    if (!q.from.ok() || !q.to.ok() || q.to < q.from || (q.to - q.from).count() >= long{max_months})
      detail::analysis_argument_is_invalid(
          "hotline::GapSummary: the window of months must be valid, end at or after its start, "
          "and span at most 512 months");
    question_ = q;
  }

  // year * 12 + month - 1, as MonthTable counts months.
  static constexpr std::int32_t month_number(std::chrono::year_month ym) noexcept {
    return int{ym.year()} * 12 + static_cast<int>(unsigned{ym.month()}) - 1;
  }
  static constexpr std::int32_t day_number(std::chrono::sys_days d) noexcept {
    return static_cast<std::int32_t>(d.time_since_epoch().count());
  }
  // Both passes over the `count` elements of [first, last), sorted by
  // earliest day, through `get` to DayBounds. The state lives in locals,
  // which the compiler keeps in registers (as members of *this, every step
  // stored and reloaded them).
  template <class It, class Get>
  static constexpr GapSummary summarise(const SummaryQuestion& q, It first, It last,
                                        std::uint64_t count, Get get) {
    GapSummary s;
    s.start(q);
    if (first == last) return s;
    using std::chrono::day;
    const std::int32_t window_first = day_number(q.from / day{1});
    const std::int32_t window_end = day_number((q.to + std::chrono::months{1}) / day{1});
    const std::int32_t on = day_number(q.day);

    // A date's months, counted from the window's first, for days within the
    // window: through the tables at run time, through std::chrono while
    // compiling (or for a window beyond them).
    using Table = detail::MonthTable;
    const Table* table = nullptr;
    if (!std::is_constant_evaluated() && window_first >= Table::first_day &&
        window_end <= Table::end_day)
      table = &detail::month_table();
    const std::int32_t first_month = month_number(q.from);
    const std::int32_t table_offset = first_month - Table::first_month;
    const auto month = [first_month](std::int32_t d) {
      const std::chrono::year_month_day x{std::chrono::sys_days{std::chrono::days{d}}};
      return static_cast<std::uint32_t>(month_number(x.year() / x.month()) - first_month);
    };

    // The forward pass: the longest certain silence (as longest_gap's
    // forward sweep), months, silence. Earliest days never decrease, so the
    // contacts that may fall on or before the day are a prefix (the
    // silence's cut is the latest day among them), the last contact
    // certainly before it has the latest earliest day, and the contacts
    // that start before the window ends are a prefix too.
    const DayBounds head = get(*first);
    std::int32_t max_latest = head.latest;
    std::int32_t certain = -1;    // the first contact's own step is below 1; see below
    std::int32_t cut_max = none;  // the latest day of the contacts that may fall by `on`
    std::int32_t silence_certain = none;
    const auto step = [&](const DayBounds& d) {
      certain = std::max(certain, d.earliest - max_latest);
      max_latest = std::max(max_latest, d.latest);
      if (d.earliest <= on) cut_max = max_latest;
      if (d.latest <= on) silence_certain = d.earliest;
    };
    It it = first;
    for (; it != last; ++it) {
      const DayBounds d = get(*it);
      if (d.earliest >= window_end) break;
      step(d);
      // Months: a date touches the months from its first to its last day,
      // and holds the one month it lies within. Dates outside the window
      // (most, in a long feed) need no month numbers; the others are cut to
      // the window, so that both ends have one.
      if (d.latest >= window_first) {
        const std::int32_t e = std::max(d.earliest, window_first);
        const std::int32_t l = std::min(d.latest, window_end - 1);
        std::uint32_t a = 0;  // the months of e and l in the window
        std::uint32_t b = 0;
        if (table != nullptr) {
          const Table::Month m = table->locate(e);
          a = static_cast<std::uint32_t>(m.index - table_offset);
          b = l < m.next_start ? a
                               : static_cast<std::uint32_t>(table->locate(l).index - table_offset);
        } else {
          a = month(e);
          b = month(l);
        }
        if (a == b) {
          const std::uint64_t bit = std::uint64_t{1} << (a % 64);
          s.touched_[a / 64] |= bit;
          if (e == d.earliest && l == d.latest) s.held_[a / 64] |= bit;
        } else {
          for (std::uint32_t w = a / 64; w <= b / 64; ++w)
            s.touched_[w] |= detail::month_word_mask(a, b, w);
        }
      }
    }
    for (; it != last; ++it) step(get(*it));  // the contacts after the window
    It back = std::prev(last);
    const DayBounds end = get(*back);
    s.count_ = count;
    s.first_earliest_ = head.earliest;
    s.last_earliest_ = end.earliest;
    s.max_latest_ = max_latest;
    // The first contact's step, against its own latest day, is at most 0:
    // from two contacts on, the longest certain silence is at least 0.
    s.certain_ = count < 2 ? -1 : std::max(certain, 0);
    s.silence_cut_ = cut_max == none ? none : std::min(cut_max, on);
    s.silence_certain_ = silence_certain;

    // The backward pass, from the last contact: the longest possible gap (as
    // longest_gap's backward sweep). core_ leaves out the last contact,
    // whose gap to the next one a later chunk may give; near_last_ counts the
    // contacts that may fall on or after its earliest day. The running
    // minimum ends as the smallest latest day of all.
    std::int32_t next_end = end.latest;
    std::int32_t core = -1;
    std::int32_t near_last = 1;
    while (back != first) {
      --back;
      const DayBounds d = get(*back);
      core = std::max(core, next_end - d.earliest);
      next_end = std::min(next_end, d.latest);
      if (d.latest >= end.earliest) near_last = 2;
    }
    s.core_ = core;
    s.min_latest_ = next_end;
    s.near_last_ = near_last;
    return s;
  }

  SummaryQuestion question_{};
  std::uint64_t count_ = 0;
  std::int32_t first_earliest_ = 0;
  std::int32_t last_earliest_ = 0;  // of the last contact, in date order
  std::int32_t min_latest_ = 0;
  std::int32_t max_latest_ = 0;
  std::int32_t certain_ = -1;   // the longest certain silence; -1 below two contacts
  std::int32_t core_ = -1;      // the longest possible gap after all but the last contact
  std::int32_t near_last_ = 0;  // how many contacts may fall on the last one's earliest day or
                                // after (counted to two; the last is one)
  std::array<std::uint64_t, max_months / 64> touched_{};
  std::array<std::uint64_t, max_months / 64> held_{};
  std::int32_t silence_cut_ = none;      // the latest day a contact on or before `day` may take
  std::int32_t silence_certain_ = none;  // the latest earliest day of one certainly before it
};

}  // namespace hotline
