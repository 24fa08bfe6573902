// Workload A: for every (pair of states, level) group of a feed of Events,
// the number of contacts, the longest gap, the months without contact in a
// window (certain and possible) and the silence on a day, as GapSummary
// answers them.
//
// Grouping is a two-level radix partition on the group key (the pair of
// state indices and the level, below Country::count()^2 * 9): one pass over
// the feed appends each event's key and two day numbers to one of ~140
// buckets by the key's high bits, sequential writes; then each bucket,
// small enough for the cache, is counting-sorted by the low bits, which
// keeps date order within each group, and each group's stretch is
// summarised in two short passes. Groups come out ordered by key, so the
// summaries of two stretches merge in one linear pass.
#pragma once

#include <algorithm>
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

// The summaries of the groups of one stretch of a feed, ordered by key.
struct GroupSummaries {
  std::vector<std::uint32_t> keys;
  std::vector<GapSummary> summaries;
};

// One event on its way to its group: the group key and the two day numbers.
struct Keyed {
  std::uint32_t key;
  DayBounds days;
};

// Scratch space kept between runs, as an analyser of a stream of chunks
// would keep it: after the first run nothing is allocated.
struct Scratch {
  std::vector<std::vector<Keyed>> buckets;
  std::vector<std::uint32_t> start;
  std::vector<DayBounds> days;
  std::size_t groups = 0;  // how many the last run found
};

// Keys share a bucket when they agree above the low `bucket_bits` bits: a
// bucket's groups then fit a counting sort whose counters and data stay in
// the cache.
inline constexpr unsigned bucket_bits = 12;

inline GroupSummaries summarise(std::span<const Event> events, const SummaryQuestion& q,
                                Scratch& s) {
  // Pass 1 over the feed: each event's key and days, appended to its bucket
  // (about 140 streams of 12-byte records, written in order).
  s.buckets.resize((group_key_count() >> bucket_bits) + 1);
  for (auto& b : s.buckets) b.clear();
  for (const Event& e : events) {
    const std::uint32_t key = group_key(e);
    s.buckets[key >> bucket_bits].push_back({key, DayBounds::of(e.date)});
  }
  // Pass 2, bucket by bucket: a stable counting sort by the low bits of the
  // key (date order is kept within each group), then each group's summary.
  GroupSummaries out;
  out.keys.reserve(s.groups);
  out.summaries.reserve(s.groups);
  constexpr std::uint32_t width = 1u << bucket_bits;
  s.start.resize(width + 1);
  for (const auto& bucket : s.buckets) {
    if (bucket.empty()) continue;
    std::fill(s.start.begin(), s.start.end(), 0u);
    for (const Keyed& k : bucket) ++s.start[(k.key & (width - 1)) + 1];
    for (std::uint32_t i = 1; i <= width; ++i) s.start[i] += s.start[i - 1];
    s.days.resize(bucket.size());
    for (const Keyed& k : bucket) s.days[s.start[k.key & (width - 1)]++] = k.days;
    // start[i] is now where group i + 1 starts.
    const std::uint32_t base = bucket.front().key & ~(width - 1);
    std::uint32_t from = 0;
    for (std::uint32_t i = 0; i < width; ++i) {
      const std::uint32_t to = s.start[i];
      if (to == from) continue;
      out.keys.push_back(base + i);
      out.summaries.push_back(GapSummary::of_days(q, s.days.data() + from, s.days.data() + to));
      from = to;
    }
  }
  s.groups = out.keys.size();
  return out;
}

// Merges the summaries of a later stretch into those of an earlier one (both
// ordered by key). Groups of both merge in place; groups new in the later
// stretch are few in a long feed, and are put in order at the end.
inline void merge_into(GroupSummaries& earlier, const GroupSummaries& later) {
  const std::size_t old_size = earlier.keys.size();
  std::size_t i = 0;
  for (std::size_t j = 0; j < later.keys.size(); ++j) {
    while (i < old_size && earlier.keys[i] < later.keys[j]) ++i;
    if (i < old_size && earlier.keys[i] == later.keys[j]) {
      earlier.summaries[i].merge(later.summaries[j]);
    } else {
      earlier.keys.push_back(later.keys[j]);
      earlier.summaries.push_back(later.summaries[j]);
    }
  }
  if (earlier.keys.size() == old_size) return;
  std::vector<std::size_t> order(earlier.keys.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::inplace_merge(
      order.begin(), order.begin() + static_cast<std::ptrdiff_t>(old_size), order.end(),
      [&](std::size_t x, std::size_t y) { return earlier.keys[x] < earlier.keys[y]; });
  GroupSummaries sorted;
  sorted.keys.reserve(order.size());
  sorted.summaries.reserve(order.size());
  for (std::size_t k : order) {
    sorted.keys.push_back(earlier.keys[k]);
    sorted.summaries.push_back(earlier.summaries[k]);
  }
  earlier = std::move(sorted);
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
  merge_into(first, second);
  return first;
}

}  // namespace hotline::bench
