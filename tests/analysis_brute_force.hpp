// Slow, obviously right answers for the analysis tests: every reading of a
// few imprecise dates (each date put on each of its days), every window of
// days, every month. The tests compare the library's linear algorithms with
// these on many small random cases.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <optional>
#include <random>
#include <set>
#include <tuple>
#include <vector>

#include <hotline/analysis.hpp>

namespace brute {

using hotline::Date;
using std::chrono::days;
using std::chrono::sys_days;

// A dated record that remembers its position, so that results naming
// records can be checked.
struct Rec {
  Date date;
  int index = 0;
};

inline const sys_days origin{std::chrono::year{2020} / 1 / 1};

// n sorted dates starting within `spread` days of 2020-01-01; about half are
// single days, the others last 2 to max_length days.
inline std::vector<Rec> random_records(std::mt19937& rng, int n, int spread, int max_length) {
  std::uniform_int_distribution<int> start(0, spread - 1);
  std::uniform_int_distribution<int> length(1, max_length);
  std::bernoulli_distribution exact(0.5);
  std::vector<Date> dates;
  for (int i = 0; i < n; ++i) {
    const sys_days first = origin + days{start(rng)};
    const int len = exact(rng) ? 1 : length(rng);
    dates.push_back(Date::interval(first, first + days{len - 1}));
  }
  std::sort(dates.begin(), dates.end());
  std::vector<Rec> recs;
  for (int i = 0; i < n; ++i) recs.push_back({dates[static_cast<std::size_t>(i)], i});
  return recs;
}

// Calls f(days) for each reading: one day per record, in record order.
template <class F>
void for_each_reading(const std::vector<Rec>& recs, F&& f) {
  std::vector<sys_days> day(recs.size());
  const auto rec = [&](auto& self, std::size_t i) -> void {
    if (i == recs.size()) {
      f(static_cast<const std::vector<sys_days>&>(day));
      return;
    }
    for (sys_days d = recs[i].date.earliest(); d <= recs[i].date.latest(); d += days{1}) {
      day[i] = d;
      self(self, i + 1);
    }
  };
  rec(rec, 0);
}

inline days longest_gap_of(std::vector<sys_days> day) {
  std::sort(day.begin(), day.end());
  days longest{0};
  for (std::size_t i = 1; i < day.size(); ++i) longest = std::max(longest, day[i] - day[i - 1]);
  return longest;
}

// The smallest and largest longest gap over all readings.
inline hotline::DayRange longest_gap_range(const std::vector<Rec>& recs) {
  hotline::DayRange r{days::max(), days::min()};
  for_each_reading(recs, [&](const std::vector<sys_days>& day) {
    const days g = longest_gap_of(day);
    r.min = std::min(r.min, g);
    r.max = std::max(r.max, g);
  });
  return r;
}

// The longest silence certain in every reading: between a record a and a
// record b, with every record entirely at or before a's last day or at or
// after b's first day.
inline days certain_silence(const std::vector<Rec>& recs) {
  days best{0};
  for (const Rec& a : recs)
    for (const Rec& b : recs) {
      if (&a == &b || a.date.latest() >= b.date.earliest()) continue;
      const bool clear = std::all_of(recs.begin(), recs.end(), [&](const Rec& c) {
        return c.date.latest() <= a.date.latest() || c.date.earliest() >= b.date.earliest();
      });
      if (clear) best = std::max(best, b.date.earliest() - a.date.latest());
    }
  return best;
}

// True when some reading puts `from` on a day x and `to` on x + length with
// no other record strictly between.
inline bool gap_is_possible(const std::vector<Rec>& recs, int from, int to, days length) {
  const Rec& a = recs[static_cast<std::size_t>(from)];
  const Rec& b = recs[static_cast<std::size_t>(to)];
  if (from == to) return false;
  for (sys_days x = a.date.earliest(); x <= a.date.latest(); x += days{1}) {
    const sys_days y = x + length;
    if (!b.date.contains(y)) continue;
    const bool clear = std::all_of(recs.begin(), recs.end(), [&](const Rec& c) {
      return c.index == from || c.index == to || c.date.earliest() <= x || c.date.latest() >= y;
    });
    if (clear) return true;
  }
  return false;
}

// The silence on `day` over all readings: nullopt when no reading has a
// record on or before it; max is days::max() when some reading has none.
inline std::optional<hotline::DayRange> silence_range(const std::vector<Rec>& recs, sys_days day) {
  hotline::DayRange r{days::max(), days::min()};
  bool any = false;
  for_each_reading(recs, [&](const std::vector<sys_days>& placed) {
    std::optional<sys_days> last;
    for (sys_days d : placed)
      if (d <= day && (!last || d > *last)) last = d;
    if (!last) {
      r.max = days::max();
      return;
    }
    any = true;
    r.min = std::min(r.min, day - *last);
    if (r.max != days::max()) r.max = std::max(r.max, day - *last);
  });
  if (!any) return std::nullopt;
  return r;
}

// The most records in any `within` days, smallest and largest over readings.
inline hotline::CountRange most_within_range(const std::vector<Rec>& recs, days within) {
  hotline::CountRange r{static_cast<std::size_t>(-1), 0};
  for_each_reading(recs, [&](std::vector<sys_days> day) {
    std::sort(day.begin(), day.end());
    std::size_t most = 0;
    for (std::size_t i = 0, j = 0; i < day.size(); ++i) {
      while (day[i] - day[j] >= within) ++j;
      most = std::max(most, i - j + 1);
    }
    r.min = std::min(r.min, most);
    r.max = std::max(r.max, most);
  });
  if (recs.empty()) r.min = 0;
  return r;
}

// A burst as the tests compare them: first and last index, count, hull.
using BurstKey = std::tuple<int, int, std::size_t, sys_days, sys_days>;

// The maximal sets of records certainly (or possibly) in one window of
// `within` days, with at least min_count members, found by trying every
// window.
inline std::vector<BurstKey> burst_keys(const std::vector<Rec>& recs, std::size_t min_count,
                                        days within, hotline::Certainty which) {
  if (recs.empty()) return {};
  sys_days lo = recs.front().date.earliest() - within;
  sys_days hi = lo;
  for (const Rec& r : recs) hi = std::max(hi, r.date.latest() + days{1});
  std::set<std::vector<int>> sets;
  for (sys_days s = lo; s <= hi; s += days{1}) {
    const Date window = Date::interval(s, s + within - days{1});
    std::vector<int> members;
    for (const Rec& r : recs) {
      const bool in =
          which == hotline::Certainty::certain ? window.contains(r.date) : window.overlaps(r.date);
      if (in) members.push_back(r.index);
    }
    if (!members.empty()) sets.insert(members);
  }
  std::vector<BurstKey> found;
  for (const auto& a : sets) {
    const bool maximal = std::none_of(sets.begin(), sets.end(), [&](const auto& b) {
      return b != a && std::includes(b.begin(), b.end(), a.begin(), a.end());
    });
    if (!maximal || a.size() < min_count) continue;
    sys_days first = recs[static_cast<std::size_t>(a.front())].date.earliest();
    sys_days last = first;
    for (int i : a) {
      first = std::min(first, recs[static_cast<std::size_t>(i)].date.earliest());
      last = std::max(last, recs[static_cast<std::size_t>(i)].date.latest());
    }
    found.emplace_back(a.front(), a.back(), a.size(), first, last);
  }
  std::sort(found.begin(), found.end());
  return found;
}

// Per month of [from, to]: whether some date overlaps it, and whether some
// date lies within it.
struct MonthFacts {
  std::chrono::year_month month;
  bool may = false;
  bool certainly = false;
};

inline std::vector<MonthFacts> month_facts(const std::vector<Rec>& recs,
                                           std::chrono::year_month from,
                                           std::chrono::year_month to) {
  std::vector<MonthFacts> out;
  for (auto m = from; m <= to; m += std::chrono::months{1}) {
    const Date month = Date::in_month(m);
    MonthFacts f{m};
    for (const Rec& r : recs) {
      f.may = f.may || month.overlaps(r.date);
      f.certainly = f.certainly || month.contains(r.date);
    }
    out.push_back(f);
  }
  return out;
}

}  // namespace brute
