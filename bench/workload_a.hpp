// Workload A: for every (pair of states, level) group of a feed of Events,
// the number of contacts, the longest gap, the months without contact in a
// window (certain and possible) and the silence on a day, as GapSummary
// answers them.
//
// Grouping is a two-level radix partition on the group key (the pair of
// state indices and the level, below Country::count()^2 * 9): one pass over
// the feed appends each event's key and two day numbers to one of ~570
// buckets by the key's high bits, sequential writes; then each bucket,
// small enough for the cache, is counting-sorted by the low bits, which
// keeps date order within each group, and each group's stretch is
// summarised in two short passes. Groups come out ordered by key, so the
// summaries of two stretches merge in one linear pass. Results go into a
// GroupSummaries the caller keeps, as the scratch space: an analyser of a
// stream of chunks allocates nothing after the first.
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

// The summaries of the groups of one stretch of a feed, ordered by key.
struct GroupSummaries {
  std::vector<std::uint32_t> keys;
  std::vector<GapSummary> summaries;

  void clear() noexcept {
    keys.clear();
    summaries.clear();
  }
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
  GroupSummaries part;  // a thread's share of the results
};

// Keys share a bucket when they agree above the low `bucket_bits` bits: a
// bucket's groups then fit a counting sort whose counters and data stay in
// the cache.
inline constexpr unsigned bucket_bits = 10;

// Pass 1 over the feed: each event's key and days, appended to its bucket
// (about 570 streams of 12-byte records, written in order).
inline void fill_buckets(std::span<const Event> events, Scratch& s) {
  s.buckets.resize((group_key_count() >> bucket_bits) + 1);
  for (auto& b : s.buckets) b.clear();
  for (const Event& e : events) {
    const std::uint32_t key = group_key(e);
    s.buckets[key >> bucket_bits].push_back({key, DayBounds::of(e.date)});
  }
}

// Pass 2 for one bucket, given as consecutive parts in date order: a stable
// counting sort by the low bits of the key (date order is kept within each
// group), then each group's summary, appended to `out` in key order.
inline void summarise_bucket(std::span<const std::vector<Keyed>* const> parts,
                             const SummaryQuestion& q, Scratch& s, GroupSummaries& out) {
  constexpr std::uint32_t width = 1u << bucket_bits;
  std::size_t size = 0;
  std::uint32_t base = 0;
  for (const auto* part : parts)
    if (!part->empty()) {
      size += part->size();
      base = part->front().key & ~(width - 1);
    }
  if (size == 0) return;
  s.start.assign(width + 1, 0u);
  for (const auto* part : parts)
    for (const Keyed& k : *part) ++s.start[(k.key & (width - 1)) + 1];
  for (std::uint32_t i = 1; i <= width; ++i) s.start[i] += s.start[i - 1];
  s.days.resize(size);
  for (const auto* part : parts)
    for (const Keyed& k : *part) s.days[s.start[k.key & (width - 1)]++] = k.days;
  // start[i] is now where group i + 1 starts.
  std::uint32_t from = 0;
  for (std::uint32_t i = 0; i < width; ++i) {
    const std::uint32_t to = s.start[i];
    if (to == from) continue;
    out.keys.push_back(base + i);
    out.summaries.push_back(GapSummary::of_days(q, s.days.data() + from, s.days.data() + to));
    from = to;
  }
}

// The summaries of the groups of `events` into `out` (cleared first).
inline void summarise(std::span<const Event> events, const SummaryQuestion& q, Scratch& s,
                      GroupSummaries& out) {
  fill_buckets(events, s);
  out.clear();
  for (const auto& bucket : s.buckets) {
    const std::vector<Keyed>* parts[] = {&bucket};
    summarise_bucket(parts, q, s, out);
  }
}

// Workload A on two threads without merging summaries: each thread fills
// buckets from its half of the feed, then each summarises every other
// bucket from both halves' records (the first half's first: date order).
// For comparison with the merged summaries of analyse(); same results.
inline void analyse_by_group(std::span<const Event> events, const SummaryQuestion& q,
                             std::vector<Scratch>& scratch, GroupSummaries& out) {
  scratch.resize(2);
  const std::size_t half = events.size() / 2;
  std::thread filler([&] { fill_buckets(events.subspan(half), scratch[1]); });
  fill_buckets(events.first(half), scratch[0]);
  filler.join();
  const std::size_t buckets = scratch[0].buckets.size();
  std::vector<std::size_t> ends[2];
  const auto work = [&](unsigned t) {
    GroupSummaries& part = scratch[t].part;
    part.clear();
    for (std::size_t b = t; b < buckets; b += 2) {
      const std::vector<Keyed>* parts[] = {&scratch[0].buckets[b], &scratch[1].buckets[b]};
      summarise_bucket(parts, q, scratch[t], part);
      ends[t].push_back(part.keys.size());
    }
  };
  std::thread second(work, 1u);
  work(0);
  second.join();
  out.clear();
  std::size_t from[2] = {0, 0};
  for (std::size_t b = 0; b < buckets; ++b) {
    const unsigned t = b % 2;
    const GroupSummaries& part = scratch[t].part;
    const std::size_t to = ends[t][b / 2];
    out.keys.insert(out.keys.end(), part.keys.begin() + static_cast<std::ptrdiff_t>(from[t]),
                    part.keys.begin() + static_cast<std::ptrdiff_t>(to));
    out.summaries.insert(out.summaries.end(),
                         part.summaries.begin() + static_cast<std::ptrdiff_t>(from[t]),
                         part.summaries.begin() + static_cast<std::ptrdiff_t>(to));
    from[t] = to;
  }
}

// The summaries of an earlier and a later stretch (both ordered by key),
// merged into `out` in one linear pass: groups of both are merged, the
// others copied.
inline void merge(const GroupSummaries& earlier, const GroupSummaries& later, GroupSummaries& out) {
  out.clear();
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < earlier.keys.size() || j < later.keys.size()) {
    if (j == later.keys.size() || (i < earlier.keys.size() && earlier.keys[i] < later.keys[j])) {
      out.keys.push_back(earlier.keys[i]);
      out.summaries.push_back(earlier.summaries[i++]);
    } else if (i == earlier.keys.size() || later.keys[j] < earlier.keys[i]) {
      out.keys.push_back(later.keys[j]);
      out.summaries.push_back(later.summaries[j++]);
    } else {
      out.keys.push_back(earlier.keys[i]);
      out.summaries.push_back(earlier.summaries[i++]);
      out.summaries.back().merge(later.summaries[j++]);
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
inline void analyse(std::span<const Event> events, const SummaryQuestion& q, unsigned threads,
                    std::vector<Scratch>& scratch, GroupSummaries& out) {
  scratch.resize(threads < 2 ? 1 : 2);
  if (threads < 2) return summarise(events, q, scratch[0], out);
  const std::size_t cut = safe_cut_near_middle(events);
  std::thread worker([&] { summarise(events.subspan(cut), q, scratch[1], scratch[1].part); });
  summarise(events.first(cut), q, scratch[0], scratch[0].part);
  worker.join();
  merge(scratch[0].part, scratch[1].part, out);
}

}  // namespace hotline::bench
