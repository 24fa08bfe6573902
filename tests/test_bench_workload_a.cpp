// The benchmark's Workload A pipeline (bench/workload_a.hpp) gives, for every
// group, the summary GapSummary::of gives for that group's contacts: on one
// thread, on two with merged halves, and on two split by group; for dates of
// every length an ok() Date can have, down to 0001-01-01/9999-12-31, which
// its 8-byte records must carry exactly.
#include "../bench/workload_a.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <random>
#include <vector>

namespace {

using namespace hotline;
using namespace std::chrono;

constexpr SummaryQuestion question{2000y / 1, 2024y / 12, sys_days{2025y / 1 / 1}};

// Random events between a few states (so that groups have many contacts),
// sorted by date: days and months; with `long_dates`, also decades, and
// every fourth event a date of arbitrary length, from a day to all the days
// a Date may name.
std::vector<Event> random_events(std::mt19937& rng, std::size_t n, bool long_dates = true) {
  std::uniform_int_distribution<int> year(1950, 2035);
  std::uniform_int_distribution<unsigned> month(1, 12);
  std::uniform_int_distribution<unsigned> day(1, 28);
  std::uniform_int_distribution<int> kind(0, long_dates ? 11 : 7);
  std::uniform_int_distribution<int> state(0, 5);
  std::uniform_int_distribution<int> level(0, 2);
  const sys_days first = Date::min_day;
  const auto span = static_cast<int>((Date::max_day - Date::min_day).count());
  std::uniform_int_distribution<int> offset(0, span);
  const Country states[] = {*Country::from_code("USA"), *Country::from_code("RUS"),
                            *Country::from_code("CHN"), *Country::from_code("FRA"),
                            *Country::from_code("GBR"), *Country::from_code("UKR")};
  const Level levels[] = {Level::leader, Level::foreign_minister, Level::official};
  std::vector<Event> events;
  while (events.size() < n) {
    const int y = year(rng);
    const unsigned m = month(rng);
    const int k = kind(rng);
    Date date;
    if (k < 6) {
      date = Date::on(y, m, day(rng));
    } else if (k < 8) {
      date = Date::in_month(y, m);
    } else if (k < 9) {
      date = Date::in_decade(y);
    } else {
      int a = offset(rng);
      int b = offset(rng);
      if (k == 9) b = a + offset(rng) % 400;  // up to 400 days, anywhere in 0001-9999
      if (b > span) b = span;
      date = Date::interval(first + days{std::min(a, b)}, first + days{std::max(a, b)});
    }
    if (k == 11 && events.size() % 7 == 0) date = Date::interval(Date::min_day, Date::max_day);
    const int s = state(rng);
    int t = state(rng);
    if (t == s) t = (s + 1) % 6;
    events.push_back(Event{date, states[s], states[t], levels[level(rng)], Medium::telephone});
  }
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    return a.date.earliest() < b.date.earliest();
  });
  return events;
}

// GapSummary::of over each group's contacts, in the pipeline's key order.
bench::GroupSummaries reference(const std::vector<Event>& events) {
  std::map<std::uint32_t, std::vector<Date>> groups;
  for (const Event& e : events) groups[bench::group_key(e)].push_back(e.date);
  bench::GroupSummaries r;
  for (const auto& [key, dates] : groups) {
    r.keys.push_back(key);
    r.summaries.push_back(GapSummary::of(question, dates));
  }
  return r;
}

void check_same(const bench::GroupSummaries& got, const bench::GroupSummaries& want) {
  REQUIRE(got.keys == want.keys);
  REQUIRE(got.summaries.size() == want.summaries.size());
  for (std::size_t i = 0; i < want.summaries.size(); ++i) {
    INFO("group key " << want.keys[i]);
    CHECK(got.summaries[i] == want.summaries[i]);
  }
}

}  // namespace

TEST_CASE("the packed record carries the days of the longest Date and of single days exactly") {
  const Country usa = *Country::from_code("USA");
  const Country rus = *Country::from_code("RUS");
  for (const Date d : {Date::interval(Date::min_day, Date::max_day), Date::on(Date::min_day),
                       Date::on(Date::max_day), Date::in_year(1962), Date::in_decade(1985)}) {
    const Event e{d, usa, rus, Level::leader, Medium::teletype};
    const std::uint32_t key = bench::group_key(e);
    const bench::Packed p = bench::pack(e, key);
    CHECK(bench::unpack_days(p) == DayBounds::of(d));
    CHECK(bench::low_key(p) == (key & (bench::bucket_width - 1)));
  }
}

TEST_CASE("Workload A's pipeline gives each group the summary GapSummary::of gives") {
  std::mt19937 rng(20261124);
  for (const std::size_t n : {0u, 1u, 2u, 40u, 3000u, 20000u}) {
    INFO(n << " events");
    const std::vector<Event> events = random_events(rng, n);
    const bench::GroupSummaries want = reference(events);
    std::vector<bench::Scratch> scratch;
    bench::GroupSummaries got;
    bench::analyse(events, question, 1, scratch, got);
    check_same(got, want);
    bench::analyse(events, question, 2, scratch, got);
    check_same(got, want);
    bench::analyse_by_group(events, question, scratch, got);
    check_same(got, want);
    // A second run on the same scratch space (its buckets already grown).
    bench::analyse(events, question, 1, scratch, got);
    check_same(got, want);
  }
}

TEST_CASE("the two halves' summaries merge when no date spans the cut, and are refused otherwise") {
  std::mt19937 rng(7);
  for (const bool long_dates : {false, true}) {
    INFO("long dates: " << long_dates);
    const std::vector<Event> events = random_events(rng, 5000, long_dates);
    const std::span<const Event> all(events);
    const std::size_t cut = bench::safe_cut_near_middle(all);
    REQUIRE(cut < events.size());
    std::vector<bench::Scratch> scratch(2);
    bench::summarise(all.first(cut), question, scratch[0], scratch[0].part);
    bench::summarise(all.subspan(cut), question, scratch[1], scratch[1].part);
    bench::GroupSummaries merged;
    // Days and months never span a new year; dates of thousands of years
    // among 5,000 events always do, in some group.
    CHECK(bench::merge(scratch[0].part, scratch[1].part, merged) == !long_dates);
    if (!long_dates) check_same(merged, reference(events));
  }
}
