// Workload A: for every (pair of states, level) group of a feed of Events,
// the number of contacts, the longest gap, the months without contact in a
// window (certain and possible) and the silence on a day, as GapSummary
// answers them.
//
// Grouping is a counting sort on a dense group number: the pair of state
// indices and the level make a key below Country::count()^2 * 9, which a
// flat table (2.3 MB) turns into a group number in order of first
// appearance. One pass numbers and counts, one pass scatters each event's
// two day numbers (8 bytes) to its group's stretch, keeping date order; then
// each group's stretch is summarised in two short passes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <thread>
#include <vector>

#include <hotline/analysis/event.hpp>
#include <hotline/analysis/summary.hpp>

namespace hotline::bench {

inline constexpr std::size_t level_count = 9;

// The group of an event: the two states in index order, and the level.
inline std::uint32_t group_key(const Event& e) noexcept {
  const std::uint32_t a = e.first.index();
  const std::uint32_t b = e.second.index();
  const std::uint32_t lo = a < b ? a : b;
  const std::uint32_t hi = a < b ? b : a;
  return (lo * static_cast<std::uint32_t>(Country::count()) + hi) *
             static_cast<std::uint32_t>(level_count) +
         static_cast<std::uint32_t>(e.level);
}
inline std::size_t group_key_count() noexcept {
  return Country::count() * Country::count() * level_count;
}

// The summaries of the groups of one stretch of a feed: keys[i] and
// summaries[i] for group i, in order of first appearance.
struct GroupSummaries {
  std::vector<std::uint32_t> keys;
  std::vector<GapSummary> summaries;
};

// Reusable scratch space, so that repeated runs allocate nothing new.
struct Scratch {
  std::vector<std::int32_t> slot;  // group number by key, -1 for none
  std::vector<std::uint32_t> group_of;
  std::vector<std::uint32_t> start;
  std::vector<DayBounds> days;
};

inline GroupSummaries summarise(std::span<const Event> events, const SummaryQuestion& q,
                                Scratch& s) {
  GroupSummaries out;
  s.slot.assign(group_key_count(), -1);
  s.group_of.resize(events.size());
  s.start.clear();
  // Pass 1: number the groups, count their events.
  for (std::size_t i = 0; i < events.size(); ++i) {
    const std::uint32_t key = group_key(events[i]);
    std::int32_t g = s.slot[key];
    if (g < 0) {
      g = static_cast<std::int32_t>(out.keys.size());
      s.slot[key] = g;
      out.keys.push_back(key);
      s.start.push_back(0);
    }
    s.group_of[i] = static_cast<std::uint32_t>(g);
    ++s.start[static_cast<std::size_t>(g)];
  }
  // Where each group's stretch starts.
  std::uint32_t at = 0;
  for (std::uint32_t& n : s.start) {
    const std::uint32_t count = n;
    n = at;
    at += count;
  }
  s.start.push_back(at);
  // Pass 2: scatter the day numbers, in date order within each group.
  s.days.resize(events.size());
  {
    std::vector<std::uint32_t> next(s.start.begin(), s.start.end() - 1);
    for (std::size_t i = 0; i < events.size(); ++i)
      s.days[next[s.group_of[i]]++] = DayBounds::of(events[i].date);
  }
  // Pass 3: summarise each group.
  out.summaries.resize(out.keys.size());
  for (std::size_t g = 0; g < out.keys.size(); ++g)
    out.summaries[g] =
        GapSummary::of_days(q, s.days.data() + s.start[g], s.days.data() + s.start[g + 1]);
  return out;
}

// Merges the summaries of a later stretch into those of an earlier one.
inline void merge_into(GroupSummaries& earlier, const GroupSummaries& later,
                       std::vector<std::int32_t>& slot) {
  slot.assign(group_key_count(), -1);
  for (std::size_t g = 0; g < earlier.keys.size(); ++g)
    slot[earlier.keys[g]] = static_cast<std::int32_t>(g);
  for (std::size_t g = 0; g < later.keys.size(); ++g) {
    const std::int32_t at = slot[later.keys[g]];
    if (at < 0) {
      earlier.keys.push_back(later.keys[g]);
      earlier.summaries.push_back(later.summaries[g]);
    } else {
      earlier.summaries[static_cast<std::size_t>(at)].merge(later.summaries[g]);
    }
  }
}

// A place near the middle of a date-ordered feed where no date spans the
// cut: the first event of a year whose earlier events all end before it.
inline std::size_t safe_cut_near_middle(std::span<const Event> events) {
  const std::size_t n = events.size();
  for (std::size_t d = 0; d < n / 2; ++d)
    for (std::size_t i : {n / 2 + d, n / 2 - d}) {
      if (i == 0 || i >= n) continue;
      const auto y = std::chrono::year_month_day{events[i].date.earliest()}.year();
      const auto prev = std::chrono::year_month_day{events[i - 1].date.earliest()}.year();
      if (y == prev) continue;
      // Every earlier event must end before this one starts.
      const auto cut = events[i].date.earliest();
      bool safe = true;
      for (std::size_t j = i; j-- > 0 && safe;) {
        if (events[j].date.latest() >= cut) safe = false;
        if (events[j].date.earliest() < cut - std::chrono::days{400}) break;
      }
      if (safe) return i;
    }
  return n;
}

// Workload A on `threads` threads (1 or 2): each summarises its stretch of
// the feed, cut at a safe place, and the summaries are merged.
inline GroupSummaries analyse(std::span<const Event> events, const SummaryQuestion& q,
                              unsigned threads, std::vector<Scratch>& scratch) {
  scratch.resize(threads < 1 ? 1 : threads);
  if (threads <= 1) return summarise(events, q, scratch[0]);
  const std::size_t cut = safe_cut_near_middle(events);
  GroupSummaries second;
  std::thread worker([&] { second = summarise(events.subspan(cut), q, scratch[1]); });
  GroupSummaries first = summarise(events.first(cut), q, scratch[0]);
  worker.join();
  merge_into(first, second, scratch[0].slot);
  return first;
}

}  // namespace hotline::bench
