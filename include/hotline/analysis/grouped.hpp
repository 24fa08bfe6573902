// The summaries of many groups at once, from one stretch of a feed in date
// order: each contact tagged with the number of its group (a pair of states
// at one level, say), and each group's GapSummary built in one pass forward
// and one back over the stretch, its state in a small table. No group's
// contacts are gathered first; a feed need not be sorted by group.
//
//   hotline::GroupSummariser s(q, 1024);   // groups numbered 0 to 1023
//   s.summarise(std::span<const Event>(events),
//               [](const Event& e) { return group_number(e); },
//               [](const Event& e) { return hotline::DayBounds::of(e.date); },
//               [&](std::size_t group, const hotline::GapSummary& summary) { ... });
//
// Each summary is exactly GapSummary::of over the group's contacts, and
// merges like one. The state of a group is 40 bytes, and 16 more for every
// 64 months of the window (120 bytes for 25 years): with a thousand groups
// or so it stays in the processor's caches, and the passes run at a few
// nanoseconds a contact. For a feed of many more groups, partition it
// first by the high bits of the group's number and summarise each part (as
// hotline's benchmark does, bench/workload_a.hpp).
//
// Run time only: it allocates its tables, once, in the constructor.
#pragma once

#include <algorithm>
#include <bit>
#include <chrono>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

#include <hotline/analysis/summary.hpp>

namespace hotline {

class GroupSummariser {
 public:
  // For groups numbered 0 to groups - 1, answering q. Throws
  // std::invalid_argument for a window GapSummary does not take.
  GroupSummariser(const SummaryQuestion& q, std::size_t groups)
      : groups_(groups),
        forward_(groups),
        backward_(groups),
        first_earliest_(groups),
        silence_cut_(groups),
        present_((groups + 63) / 64) {
    blank_.start(q);
    using std::chrono::day;
    window_first_ = GapSummary::day_number(q.from / day{1});
    window_end_ = GapSummary::day_number((q.to + std::chrono::months{1}) / day{1});
    on_ = GapSummary::day_number(q.day);
    words_ = static_cast<std::size_t>((q.to - q.from).count()) / 64 + 1;
    months_.resize(words_ * groups);
    first_month_ = GapSummary::month_number(q.from);
    using Table = detail::MonthTable;
    if (window_first_ >= Table::first_day && window_end_ <= Table::end_day)
      table_ = &detail::month_table();
  }

  const SummaryQuestion& question() const noexcept { return blank_.question_; }
  std::size_t groups() const noexcept { return groups_; }

  // Reads `parts`, consecutive stretches of a feed in date order (earliest
  // days never decreasing, from each part to the next), forward and then
  // back: group(x) is a contact's group number, days(x) its DayBounds.
  // Then calls emit(group, summary) for every group with contacts, in the
  // order of their numbers. Throws std::invalid_argument, naming the
  // contact, for a contact out of date order, with a latest day before its
  // earliest, or with a group number out of range, and for more than
  // 2^32 - 1 contacts in all (summarise a longer feed in chunks and merge
  // the summaries); no group is emitted then.
  template <class T, class Group, class Days, class Emit>
  requires std::convertible_to<std::invoke_result_t<Group&, const T&>, std::size_t> &&
      std::same_as<std::invoke_result_t<Days&, const T&>, DayBounds> &&
      std::invocable<Emit&, std::size_t, const GapSummary&>
  void summarise(std::span<const std::span<const T>> parts, Group group, Days days, Emit&& emit) {
    std::size_t total = 0;
    for (const std::span<const T> part : parts) total += part.size();
    if (total > UINT32_MAX)
      detail::analysis_argument_is_invalid(
          "hotline::GroupSummariser: more than 2^32 - 1 contacts in one call; summarise the feed "
          "in chunks and merge the summaries");
    if (dirty_) reset();
    dirty_ = true;
    Pass pass{*this};
    std::size_t position = 0;
    for (const std::span<const T> part : parts) {
      pass.forward(part, group, days, position);
      position += part.size();
    }
    if (!pass.cut) snap_silence();
    for (std::size_t i = parts.size(); i-- > 0;) backward(parts[i], group, days);
    emit_all(emit);
    dirty_ = false;
  }

  // The same over one stretch.
  template <class T, class Group, class Days, class Emit>
  void summarise(std::span<const T> contacts, Group group, Days days, Emit&& emit) {
    const std::span<const T> one[] = {contacts};
    summarise(std::span<const std::span<const T>>(one), std::move(group), std::move(days),
              std::forward<Emit>(emit));
  }

 private:
  static constexpr std::int32_t none = GapSummary::none;

  // A group's state in the forward pass (count 0: no contact yet; a call
  // takes fewer than 2^32 contacts)...
  struct Forward {
    std::int32_t max_latest;
    std::int32_t certain;
    std::uint32_t count;
    std::int32_t silence_certain;
  };
  // ...and in the backward pass (near_last 0: no contact yet).
  struct Backward {
    std::int32_t next_end;
    std::int32_t core;
    std::int32_t last_earliest;
    std::int32_t near_last;
  };
  // The months of the window a group's contacts touch and hold, 64 a word;
  // word w of every group together, so that a month's contacts use one
  // stretch of the table.
  struct MonthBits {
    std::uint64_t touched;
    std::uint64_t held;
  };
  // A day's month, counted from the window's first, and the first day of
  // the next month.
  struct Month {
    std::uint32_t index;
    std::int32_t next_start;
  };

  Month month_of(std::int32_t d) const {
    if (table_ != nullptr) {
      const detail::MonthTable::Month m = table_->locate(d);
      return {static_cast<std::uint32_t>(m.index + detail::MonthTable::first_month - first_month_),
              m.next_start};
    }
    const std::chrono::year_month_day x{std::chrono::sys_days{std::chrono::days{d}}};
    const std::chrono::year_month ym = x.year() / x.month();
    return {static_cast<std::uint32_t>(GapSummary::month_number(ym) - first_month_),
            GapSummary::day_number((ym + std::chrono::months{1}) / std::chrono::day{1})};
  }

  // The months of a date that reaches into the window, in general.
  void mark_months(std::size_t g, DayBounds d) {
    const std::int32_t e = std::max(d.earliest, window_first_);
    const std::int32_t l = std::min(d.latest, window_end_ - 1);
    const Month m = month_of(e);
    const std::uint32_t a = m.index;
    const std::uint32_t b = l < m.next_start ? a : month_of(l).index;
    MonthBits* bits = months_.data() + g;
    if (a == b) {
      const std::uint64_t bit = std::uint64_t{1} << (a % 64);
      bits[a / 64 * groups_].touched |= bit;
      if (e == d.earliest && l == d.latest) bits[a / 64 * groups_].held |= bit;
      return;
    }
    for (std::uint32_t w = a / 64; w <= b / 64; ++w)
      bits[w * groups_].touched |= detail::month_word_mask(a, b, w);
  }

  [[noreturn]] static void reject(std::size_t position, const char* what) {
    throw std::invalid_argument("hotline::GroupSummariser: contact " + std::to_string(position) +
                                " (counted from 0 over all parts) " + what);
  }

  // The forward pass, part by part: the state it carries between parts.
  struct Pass {
    GroupSummariser& s;
    std::int32_t previous = INT32_MIN;  // the earliest day of the contact before
    bool cut = false;                   // past the question's day (silence_cut_ taken)

    template <class T, class Group, class Days>
    void forward(std::span<const T> part, Group& group, Days& days, std::size_t position) {
      const T* p = part.data();
      const T* const end = p + part.size();
      if (!cut) {
        // Up to the question's day: the silence's state too.
        p = s.run<true>(p, end, group, days, previous);
        if (p == end) return;
        s.snap_silence();
        cut = true;
      }
      p = s.run<false>(p, end, group, days, previous);
      if (p != end) s.fail(part, p, group, days, position, previous);
    }
  };

  // What the forward pass reads and writes, in locals: as members, GCC
  // reloaded them after every store of a step.
  struct Frame {
    Forward* forward;
    std::int32_t* first_earliest;
    std::uint64_t* present;
    std::size_t groups;
    std::int32_t on;
    std::int32_t previous;
  };

  // One contact's step in the forward pass: false (and nothing done) when
  // the contact is out of order or out of range.
  template <bool Silence>
  [[gnu::always_inline]] static bool step(Frame& fr, std::size_t g, DayBounds d) {
    if (d.earliest < fr.previous || d.latest < d.earliest || g >= fr.groups) [[unlikely]]
      return false;
    fr.previous = d.earliest;
    Forward& f = fr.forward[g];
    if (f.count == 0) {
      fr.first_earliest[g] = d.earliest;
      fr.present[g / 64] |= std::uint64_t{1} << (g % 64);
      f = {d.latest, -1, 0, none};
    }
    f.certain = std::max(f.certain, d.earliest - f.max_latest);
    f.max_latest = std::max(f.max_latest, d.latest);
    if constexpr (Silence) f.silence_certain = d.latest <= fr.on ? d.earliest : f.silence_certain;
    ++f.count;
    return true;
  }

  // The forward pass over the contacts from p on, up to the first that
  // starts after the question's day (Silence) or to the end, or to the
  // first that fails its checks: returns where it stopped.
  template <bool Silence, class T, class Group, class Days>
  const T* run(const T* p, const T* const end, Group& group, Days& days, std::int32_t& previous) {
    Frame fr{forward_.data(), first_earliest_.data(), present_.data(), groups_, on_, previous};
    const std::int64_t stop = Silence ? std::int64_t{on_} + 1 : INT64_MAX;
    const auto starts_before = [&](std::int64_t limit) {
      return p != end && std::int64_t{std::invoke(days, *p).earliest} < limit;
    };
    const auto group_of = [&](const T& x) {
      return static_cast<std::size_t>(std::invoke(group, x));
    };
    const auto stopped = [&] {
      previous = fr.previous;
      return p;
    };
    // Before the window: only the dates that reach into it have months.
    while (starts_before(std::min<std::int64_t>(window_first_, stop))) {
      const DayBounds d = std::invoke(days, *p);
      const std::size_t g = group_of(*p);
      if (!step<Silence>(fr, g, d)) return stopped();
      if (d.latest >= window_first_) mark_months(g, d);
      ++p;
    }
    // In the window, a month at a time: a date within the month holds it.
    const std::int64_t window_stop = std::min<std::int64_t>(window_end_, stop);
    while (starts_before(window_stop)) {
      const Month m = month_of(std::invoke(days, *p).earliest);
      const std::int32_t next = std::min(m.next_start, window_end_);
      const std::int64_t month_stop = std::min<std::int64_t>(next, stop);
      const std::uint64_t bit = std::uint64_t{1} << (m.index % 64);
      MonthBits* const words = months_.data() + m.index / 64 * groups_;
      while (starts_before(month_stop)) {
        const DayBounds d = std::invoke(days, *p);
        const std::size_t g = group_of(*p);
        if (!step<Silence>(fr, g, d)) return stopped();
        if (d.latest < next) {
          words[g].touched |= bit;
          words[g].held |= bit;
        } else {
          mark_months(g, d);
        }
        ++p;
      }
    }
    // After the window.
    while (starts_before(stop) && step<Silence>(fr, group_of(*p), std::invoke(days, *p))) ++p;
    return stopped();
  }

  // Throws for the contact at p, which failed its checks.
  template <class T, class Group, class Days>
  [[noreturn]] void fail(std::span<const T> part, const T* p, Group& group, Days& days,
                         std::size_t position, std::int32_t previous) const {
    const DayBounds d = std::invoke(days, *p);
    const auto g = static_cast<std::size_t>(std::invoke(group, *p));
    const std::size_t at = position + static_cast<std::size_t>(p - part.data());
    if (d.earliest < previous) reject(at, "starts before the contact before it");
    if (d.latest < d.earliest) reject(at, "has a latest day before its earliest");
    reject(at, ("has group number " + std::to_string(g) + ", not below " + std::to_string(groups_))
                   .c_str());
  }

  // The silence's cut for the groups seen so far: the latest day of their
  // contacts, all of which start on or before the question's day.
  void snap_silence() {
    for_each_present([&](std::size_t g) { silence_cut_[g] = forward_[g].max_latest; });
  }

  // The backward pass, from the last contact of a part to its first: the
  // longest possible gap (as GapSummary's own backward pass).
  template <class T, class Group, class Days>
  void backward(std::span<const T> part, Group& group, Days& days) {
    for (std::size_t i = part.size(); i-- > 0;) {
      const T& x = part[i];
      const DayBounds d = std::invoke(days, x);
      Backward& b = backward_[static_cast<std::size_t>(std::invoke(group, x))];
      if (b.near_last == 0) {
        b = {d.latest, -1, d.earliest, 1};
        continue;
      }
      b.core = std::max(b.core, b.next_end - d.earliest);
      b.next_end = std::min(b.next_end, d.latest);
      if (d.latest >= b.last_earliest) b.near_last = 2;
    }
  }

  template <class F>
  void for_each_present(F&& f) const {
    for (std::size_t w = 0; w < present_.size(); ++w)
      for (std::uint64_t bits = present_[w]; bits != 0; bits &= bits - 1)
        f(w * 64 + static_cast<std::size_t>(std::countr_zero(bits)));
  }

  template <class Emit>
  void emit_all(Emit& emit) {
    GapSummary s = blank_;
    for_each_present([&](std::size_t g) {
      Forward& f = forward_[g];
      Backward& b = backward_[g];
      s.count_ = f.count;
      s.first_earliest_ = first_earliest_[g];
      s.last_earliest_ = b.last_earliest;
      s.min_latest_ = b.next_end;
      s.max_latest_ = f.max_latest;
      s.certain_ = f.count < 2 ? -1 : std::max(f.certain, 0);
      s.core_ = b.core;
      s.near_last_ = b.near_last;
      for (std::size_t w = 0; w < words_; ++w) {
        MonthBits& m = months_[w * groups_ + g];
        s.touched_[w] = m.touched;
        s.held_[w] = m.held;
        m = {};
      }
      s.silence_cut_ = silence_cut_[g] == none ? none : std::min(silence_cut_[g], on_);
      s.silence_certain_ = f.silence_certain;
      f.count = 0;
      b.near_last = 0;
      silence_cut_[g] = none;
      std::invoke(emit, g, std::as_const(s));
    });
    std::fill(present_.begin(), present_.end(), 0);
  }

  // After a pass that threw: every table back to its start.
  void reset() {
    for (Forward& f : forward_) f.count = 0;
    for (Backward& b : backward_) b.near_last = 0;
    std::fill(months_.begin(), months_.end(), MonthBits{});
    std::fill(silence_cut_.begin(), silence_cut_.end(), none);
    std::fill(present_.begin(), present_.end(), 0);
  }

  GapSummary blank_;  // the question, and nothing else
  std::size_t groups_;
  std::int32_t window_first_ = 0;
  std::int32_t window_end_ = 0;
  std::int32_t on_ = 0;
  std::int32_t first_month_ = 0;
  std::size_t words_ = 0;
  const detail::MonthTable* table_ = nullptr;
  std::vector<Forward> forward_;
  std::vector<Backward> backward_;
  std::vector<std::int32_t> first_earliest_;
  std::vector<std::int32_t> silence_cut_;
  std::vector<MonthBits> months_;
  std::vector<std::uint64_t> present_;
  bool dirty_ = true;  // reset() first
};

}  // namespace hotline
