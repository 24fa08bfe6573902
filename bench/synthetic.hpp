// Synthetic contacts for the benchmarks, in the library's own types: a
// deterministic feed of Events (the compact record) between ~200 states, at
// eight levels and four media, dated 1960-2030 with the mix of precisions
// event data has (most exact days, some months, a few years), in date order
// as feeds come. The same size and seed give the same feed on every machine.
#pragma once

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

#include <hotline/actor.hpp>
#include <hotline/analysis/event.hpp>
#include <hotline/channel.hpp>
#include <hotline/country.hpp>
#include <hotline/date.hpp>

namespace hotline::bench {

// The states of the feed: the first 200 current states of the code table.
inline std::vector<Country> synthetic_states() {
  std::vector<Country> states;
  for (std::uint16_t i = 0; i < Country::count() && states.size() < 200; ++i) {
    const Country c = Country::from_index(i);
    if (c.ok() && !c.is_former()) states.push_back(c);
  }
  return states;
}

// A small, fast, reproducible generator (SplitMix64).
class SplitMix {
 public:
  explicit SplitMix(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  // Uniform in [0, n).
  std::uint32_t below(std::uint32_t n) {
    return static_cast<std::uint32_t>((next() >> 32) * n >> 32);
  }
  double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

 private:
  std::uint64_t state_;
};

// `count` events, sorted by date. States are drawn with a skew (a few states
// take part in many contacts, as in real feeds): state k with weight
// 1 / (k + 1)^0.7. Precisions: 90% days, 8% months, 2% years.
inline std::vector<Event> synthetic_events(std::size_t count, std::uint64_t seed = 1) {
  using namespace std::chrono;
  const std::vector<Country> states = synthetic_states();
  std::vector<double> cumulative;
  double total = 0;
  for (std::size_t k = 0; k < states.size(); ++k) {
    total += 1.0 / std::pow(static_cast<double>(k + 1), 0.7);
    cumulative.push_back(total);
  }
  const auto pick_state = [&](SplitMix& rng) {
    const double x = rng.unit() * total;
    return static_cast<std::size_t>(std::lower_bound(cumulative.begin(), cumulative.end(), x) -
                                    cumulative.begin());
  };
  constexpr Level levels[] = {Level::leader,           Level::foreign_minister,
                              Level::defence_minister, Level::military_chief,
                              Level::ambassador,       Level::envoy,
                              Level::working_group,    Level::official};
  constexpr Medium media[] = {Medium::in_person, Medium::telephone, Medium::video, Medium::letter};
  const sys_days first{1960y / 1 / 1};
  const auto span = (sys_days{2030y / 12 / 31} - first).count() + 1;

  SplitMix rng(seed);
  std::vector<Event> events(count);
  for (std::size_t i = 0; i < count; ++i) {
    const sys_days day =
        first + days{static_cast<long>(rng.below(static_cast<std::uint32_t>(span)))};
    const year_month_day ymd{day};
    const std::uint32_t p = rng.below(100);
    Date date = p < 90   ? Date::on(ymd)
                : p < 98 ? Date::in_month(ymd.year() / ymd.month())
                         : Date::in_year(ymd.year());
    const std::size_t a = pick_state(rng);
    std::size_t b = pick_state(rng);
    while (b == a) b = pick_state(rng);
    // Senior levels are rarer than working ones.
    const std::uint32_t l = rng.below(36);
    const Level level = levels[l < 2    ? 0
                               : l < 5  ? 1
                               : l < 8  ? 2
                               : l < 12 ? 3
                               : l < 18 ? 4
                               : l < 24 ? 5
                               : l < 30 ? 6
                                        : 7];
    events[i] = Event{date, states[a], states[b], level, media[rng.below(4)]};
  }
  std::sort(events.begin(), events.end(),
            [](const Event& x, const Event& y) { return x.date < y.date; });
  return events;
}

}  // namespace hotline::bench
