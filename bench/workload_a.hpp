// Workload A: for every (pair of states, level) group of a feed of Events,
// the number of contacts, the longest gap, the months without contact in a
// window (certain and possible) and the silence on a day, as GapSummary
// answers them.
//
// Grouping is a radix partition on the group key (the pair of state indices
// and the level, below Country::count()^2 * 9): one pass over the feed
// appends an 8-byte record of each event (its days and the low bits of its
// key) to one of ~570 buckets by the key's high bits, writing each bucket
// in order, so that each bucket stays in date order. Then a
// GroupSummariser summarises each bucket's 1,024 keys at once, in one pass
// forward over its records and one back, each group's state in a table
// that stays in the caches (until this round, each bucket was
// counting-sorted by its low bits and each group's stretch summarised in
// turn: two more passes over the records, and more time a group). Groups
// come out ordered by key, so the summaries of two stretches merge in one
// linear pass. Results go into a GroupSummaries the caller keeps, as the
// scratch space: an analyser of a stream of chunks allocates nothing after
// the first.
//
// Buckets are of unequal sizes: the busiest states' pairs share a few (at
// 10M contacts one holds 11% of the events, and 60% lie in buckets of more
// than 64k records). Spreading keys evenly (bucket by the key's low bits)
// made the first pass twice as slow, as it then writes to all buckets
// alike.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <thread>
#include <vector>

#include <hotline/analysis/event.hpp>
#include <hotline/analysis/grouped.hpp>
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

// Keys share a bucket when they agree above the low `bucket_bits` bits: a
// bucket's GroupSummariser then has 1,024 groups, whose state (~120 KiB)
// stays in the second-level cache; the packed record below has no room
// for more bits.
inline constexpr unsigned bucket_bits = 10;
inline constexpr std::uint32_t bucket_width = 1u << bucket_bits;
inline std::size_t bucket_count() noexcept {
  return (group_key_count() >> bucket_bits) + 1;
}

// One event on its way to its group, in 8 bytes: the earliest day in the
// high half; the date's length in days and the low bits of the key in the
// low half. An ok() Date lies within the years 1 to 9999, so its length
// fits the bits left (the events of a feed have ok() dates: the readers and
// the generator make no others). 12-byte records of the key and two days
// made the first pass 20% slower: it is bound by its writes, to ~570
// places at once.
using Packed = std::uint64_t;
static_assert((Date::max_day - Date::min_day).count() < (std::int64_t{1} << (32 - bucket_bits)),
              "a Date's length must fit beside the key's low bits");

inline Packed pack(const Event& e, std::uint32_t key) noexcept {
  const DayBounds d = DayBounds::of(e.date);
  const auto length = static_cast<std::uint32_t>(d.latest - d.earliest);
  return (Packed{static_cast<std::uint32_t>(d.earliest)} << 32) |
         ((length << bucket_bits) | (key & (bucket_width - 1)));
}
inline std::uint32_t low_key(Packed p) noexcept {
  return static_cast<std::uint32_t>(p) & (bucket_width - 1);
}
inline DayBounds unpack_days(Packed p) noexcept {
  const auto earliest = static_cast<std::int32_t>(p >> 32);
  return {earliest,
          earliest + static_cast<std::int32_t>(static_cast<std::uint32_t>(p) >> bucket_bits)};
}

// The records of each bucket, written through a cursor: each store keeps
// its size at its capacity, end[b] marks how far bucket b is written and
// limit[b] where its store ends (kept beside end[], so that the fill's
// check reads two flat arrays, not the vectors).
struct Buckets {
  std::vector<std::vector<Packed>> store;
  std::vector<Packed*> end;
  std::vector<Packed*> limit;

  std::span<const Packed> operator[](std::size_t b) const noexcept {
    return {store[b].data(), end[b]};
  }
  std::size_t size() const noexcept { return store.size(); }

  void clear() {
    store.resize(bucket_count());
    end.resize(store.size());
    limit.resize(store.size());
    for (std::size_t b = 0; b < store.size(); ++b) {
      end[b] = store[b].data();
      limit[b] = store[b].data() + store[b].size();
    }
  }
  // Makes room in bucket b (full).
  void grow(std::size_t b) {
    const auto used = static_cast<std::size_t>(end[b] - store[b].data());
    store[b].resize(std::max<std::size_t>(1024, 2 * store[b].size()));
    end[b] = store[b].data() + used;
    limit[b] = store[b].data() + store[b].size();
  }
};

// Scratch space kept between runs, as an analyser of a stream of chunks
// would keep it: after the first run nothing is allocated.
struct Scratch {
  Buckets buckets;
  std::optional<GroupSummariser> summariser;  // for the question of the last run
  GroupSummaries part;                        // a thread's share of the results
};

// Pass 1 over the feed: each event's record, appended to its bucket
// (about 570 streams of 8-byte records, written in order).
inline void fill_buckets(std::span<const Event> events, Scratch& s) {
  Buckets& buckets = s.buckets;
  buckets.clear();
  Packed** end = buckets.end.data();
  Packed* const* limit = buckets.limit.data();
  for (const Event& e : events) {
    const std::uint32_t key = group_key(e);
    const std::uint32_t b = key >> bucket_bits;
    if (end[b] == limit[b]) buckets.grow(b);
    *end[b]++ = pack(e, key);
  }
}

// Pass 2 for one bucket, given as consecutive parts in date order: its
// groups' summaries, from one pass forward over its records and one back,
// each group's state in a table of bucket_width entries, appended to `out`
// in key order.
inline void summarise_bucket(std::span<const std::span<const Packed>> parts, std::uint32_t base,
                             const SummaryQuestion& q, Scratch& s, GroupSummaries& out) {
  if (!s.summariser || !(s.summariser->question() == q)) s.summariser.emplace(q, bucket_width);
  s.summariser->summarise(
      parts, [](Packed p) { return low_key(p); }, [](Packed p) { return unpack_days(p); },
      [&](std::size_t group, const GapSummary& summary) {
        out.keys.push_back(base + static_cast<std::uint32_t>(group));
        out.summaries.push_back(summary);
      });
}

// The summaries of the groups of `events` into `out` (cleared first).
inline void summarise(std::span<const Event> events, const SummaryQuestion& q, Scratch& s,
                      GroupSummaries& out) {
  fill_buckets(events, s);
  out.clear();
  for (std::size_t b = 0; b < s.buckets.size(); ++b) {
    const std::span<const Packed> parts[] = {s.buckets[b]};
    summarise_bucket(parts, static_cast<std::uint32_t>(b) << bucket_bits, q, s, out);
  }
}

// The summaries of the groups of two consecutive stretches whose buckets
// are filled (scratch[0] the earlier), each bucket's two parts taken
// together: no cut condition. On two threads, each summarising every other
// bucket; into `out` in key order.
inline void summarise_both(const SummaryQuestion& q, std::vector<Scratch>& scratch,
                           GroupSummaries& out) {
  const std::size_t buckets = scratch[0].buckets.size();
  std::vector<std::size_t> ends[2];
  const auto work = [&](unsigned t) {
    GroupSummaries& part = scratch[t].part;
    part.clear();
    for (std::size_t b = t; b < buckets; b += 2) {
      const std::span<const Packed> parts[] = {scratch[0].buckets[b], scratch[1].buckets[b]};
      summarise_bucket(parts, static_cast<std::uint32_t>(b) << bucket_bits, q, scratch[t], part);
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
  summarise_both(q, scratch, out);
}

// The summaries of an earlier and a later stretch (both ordered by key),
// merged into `out` in one linear pass: groups of both are merged, the
// others copied. False (and `out` incomplete) when a group of both cannot
// merge: a date of the earlier stretch reaches into the later.
inline bool merge(const GroupSummaries& earlier, const GroupSummaries& later, GroupSummaries& out) {
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
      if (!earlier.summaries[i].can_merge(later.summaries[j])) return false;
      out.keys.push_back(earlier.keys[i]);
      out.summaries.push_back(earlier.summaries[i++]);
      out.summaries.back().merge(later.summaries[j++]);
    }
  }
  return true;
}

// A place near the middle of a date-ordered feed where, most likely, no date
// spans the cut: the first event of a year whose events of the 400 days
// before it all end before it. (A longer date may still reach across; the
// merge finds it, group by group.)
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
// the feed, cut at a safe place, and the summaries are merged. If a group's
// summaries cannot merge, both stretches' buckets, still filled, are
// summarised together instead.
inline void analyse(std::span<const Event> events, const SummaryQuestion& q, unsigned threads,
                    std::vector<Scratch>& scratch, GroupSummaries& out) {
  scratch.resize(threads < 2 ? 1 : 2);
  if (threads < 2) return summarise(events, q, scratch[0], out);
  const std::size_t cut = safe_cut_near_middle(events);
  std::thread worker([&] { summarise(events.subspan(cut), q, scratch[1], scratch[1].part); });
  summarise(events.first(cut), q, scratch[0], scratch[0].part);
  worker.join();
  if (!merge(scratch[0].part, scratch[1].part, out)) summarise_both(q, scratch, out);
}

}  // namespace hotline::bench
