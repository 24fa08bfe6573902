// GroupSummariser: the summaries of many groups at once, from one feed in
// date order, are each group's GapSummary::of, whatever the dates, the
// window, the question's day and the parts the feed comes in; bad input is
// refused with the contact's number, and the next run is unharmed.
#include <hotline/analysis/grouped.hpp>
#include <hotline/analysis/summary.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <random>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using namespace hotline;
using namespace std::chrono;
using namespace hotline::literals;

struct Tagged {
  std::uint32_t group;
  Date date;
};

constexpr auto group_of = [](const Tagged& t) { return t.group; };
constexpr auto days_of = [](const Tagged& t) { return DayBounds::of(t.date); };

// A feed in date order over `groups` groups (a few of them busy): dates of
// every length from a day to ten years, from 1985 to 2024.
std::vector<Tagged> random_feed(std::mt19937& rng, std::size_t n, std::uint32_t groups) {
  std::uniform_int_distribution<std::uint32_t> any(0, groups - 1);
  std::uniform_int_distribution<std::uint32_t> busy(0, std::min<std::uint32_t>(groups, 4) - 1);
  std::uniform_int_distribution<int> day_in(0, 365 * 40);
  std::uniform_int_distribution<int> kind(0, 19);
  std::vector<Tagged> feed;
  for (std::size_t i = 0; i < n; ++i) {
    const sys_days first = sys_days{1985y / 1 / 1} + days{day_in(rng)};
    const int k = kind(rng);
    constexpr int longest[] = {1, 40, 400, 3660};
    const int span = k < 12 ? 0 : day_in(rng) % longest[k % 4];
    const std::uint32_t g = k % 2 == 0 ? busy(rng) : any(rng);
    feed.push_back({g, Date::interval(first, first + days{span})});
  }
  std::stable_sort(feed.begin(), feed.end(), [](const Tagged& a, const Tagged& b) {
    return a.date.earliest() < b.date.earliest();
  });
  return feed;
}

struct Emitted {
  std::size_t group;
  GapSummary summary;
};

// What the summariser emits for `parts`.
std::vector<Emitted> run(GroupSummariser& s, std::span<const std::span<const Tagged>> parts) {
  std::vector<Emitted> out;
  s.summarise(parts, group_of, days_of, [&](std::size_t g, const GapSummary& summary) {
    out.push_back({g, summary});
  });
  return out;
}
std::vector<Emitted> run(GroupSummariser& s, std::span<const Tagged> feed) {
  const std::span<const Tagged> one[] = {feed};
  return run(s, one);
}

// Every group with contacts, in order, each with GapSummary::of over its
// own contacts.
void check_against_one_by_one(const SummaryQuestion& q, std::uint32_t groups,
                              std::span<const Tagged> feed, const std::vector<Emitted>& got) {
  std::vector<Emitted> expected;
  for (std::uint32_t g = 0; g < groups; ++g) {
    std::vector<Date> dates;
    for (const Tagged& t : feed)
      if (t.group == g) dates.push_back(t.date);
    if (!dates.empty()) expected.push_back({g, GapSummary::of(q, dates)});
  }
  REQUIRE(got.size() == expected.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    CAPTURE(i);
    CHECK(got[i].group == expected[i].group);
    CHECK(got[i].summary == expected[i].summary);
  }
}

}  // namespace

TEST_CASE("each group's summary is GapSummary::of over its own contacts") {
  std::mt19937 rng(7);
  const SummaryQuestion q{2000y / 1, 2019y / 12, sys_days{2012y / 6 / 15}};
  for (const std::uint32_t groups : {1u, 3u, 64u, 65u, 1000u}) {
    CAPTURE(groups);
    GroupSummariser s(q, groups);
    CHECK(s.groups() == groups);
    CHECK(s.question() == q);
    const auto feed = random_feed(rng, 3000, groups);
    check_against_one_by_one(q, groups, feed, run(s, feed));
  }
}

TEST_CASE("any window and question day, within the month table or beyond it") {
  // Windows that start and end in any month (a day before, in or after the
  // feed's dates), and two windows outside 1900-2099, where months come
  // from std::chrono instead of the table.
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> month_of_window(0, 12 * 40 - 1);
  std::uniform_int_distribution<int> day_in(0, 365 * 45);
  std::vector<SummaryQuestion> questions;
  for (int i = 0; i < 60; ++i) {
    const int a = month_of_window(rng);
    const int b = std::min(a + month_of_window(rng) % 300, 12 * 40 - 1);
    questions.push_back({1982y / 1 + months{a}, 1982y / 1 + months{b},
                         sys_days{1982y / 1 / 1} + days{day_in(rng)}});
  }
  questions.push_back({1850y / 1, 1889y / 12, sys_days{1990y / 1 / 1}});
  questions.push_back({2090y / 3, 2110y / 2, sys_days{1970y / 1 / 1}});
  for (std::size_t i = 0; i < questions.size(); ++i) {
    CAPTURE(i);
    GroupSummariser s(questions[i], 40);
    const auto feed = random_feed(rng, 400 + i * 10, 40);
    check_against_one_by_one(questions[i], 40, feed, run(s, feed));
  }
}

TEST_CASE("a feed in parts, empty ones too, gives what it gives whole") {
  std::mt19937 rng(13);
  const SummaryQuestion q{2000y / 1, 2024y / 12, sys_days{2025y / 1 / 1}};
  GroupSummariser s(q, 50);
  const auto feed = random_feed(rng, 2000, 50);
  const std::span<const Tagged> all(feed);
  const auto whole = run(s, all);
  std::uniform_int_distribution<std::size_t> cut(0, feed.size());
  for (int round = 0; round < 20; ++round) {
    std::vector<std::size_t> cuts{0, cut(rng), cut(rng), cut(rng), feed.size()};
    std::sort(cuts.begin(), cuts.end());
    std::vector<std::span<const Tagged>> parts;
    for (std::size_t i = 0; i + 1 < cuts.size(); ++i)
      parts.push_back(all.subspan(cuts[i], cuts[i + 1] - cuts[i]));
    const auto got = run(s, parts);
    REQUIRE(got.size() == whole.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
      CHECK(got[i].group == whole[i].group);
      CHECK(got[i].summary == whole[i].summary);
    }
  }
  // No contacts: nothing emitted.
  CHECK(run(s, std::span<const Tagged>{}).empty());
}

TEST_CASE("a summariser used again starts afresh, and its summaries merge") {
  std::mt19937 rng(17);
  const SummaryQuestion q{2000y / 1, 2024y / 12, sys_days{2025y / 1 / 1}};
  GroupSummariser s(q, 30);
  // Two feeds, the second 60 years after the first: each is summarised
  // on its own, and the summaries of each group merge into the whole's.
  auto first = random_feed(rng, 1500, 30);
  std::vector<Tagged> second;
  for (const Tagged& t : random_feed(rng, 1500, 30))
    second.push_back(
        {t.group, Date::interval(t.date.earliest() + days{21915}, t.date.latest() + days{21915})});
  std::vector<Tagged> both = first;
  both.insert(both.end(), second.begin(), second.end());
  const auto a = run(s, first);
  const auto b = run(s, second);
  check_against_one_by_one(q, 30, first, a);
  check_against_one_by_one(q, 30, second, b);
  std::vector<Emitted> merged = a;
  for (const Emitted& e : b) {
    auto it = std::find_if(merged.begin(), merged.end(),
                           [&](const Emitted& m) { return m.group == e.group; });
    if (it == merged.end()) {
      merged.push_back(e);
    } else {
      REQUIRE(it->summary.can_merge(e.summary));
      it->summary.merge(e.summary);
    }
  }
  std::sort(merged.begin(), merged.end(),
            [](const Emitted& x, const Emitted& y) { return x.group < y.group; });
  check_against_one_by_one(q, 30, both, merged);
}

TEST_CASE("bad input is refused with the contact's number, and the next run is unharmed") {
  const SummaryQuestion q{2000y / 1, 2024y / 12, sys_days{2025y / 1 / 1}};
  GroupSummariser s(q, 4);
  const std::vector<Tagged> good{{1, "2001-02"_date}, {0, "2001-02-03"_date}, {0, "2003"_date}};
  const auto expected = run(s, good);
  const auto refused = [&](std::vector<Tagged> feed, const std::string& what) {
    std::size_t emitted = 0;
    try {
      const std::span<const Tagged> half[] = {std::span(feed).first(2), std::span(feed).subspan(2)};
      s.summarise(std::span<const std::span<const Tagged>>(half), group_of, days_of,
                  [&](std::size_t, const GapSummary&) { ++emitted; });
      FAIL("no exception");
    } catch (const std::invalid_argument& e) {
      CHECK(std::string(e.what()) == what);
    }
    CHECK(emitted == 0);
    // The next run gives what a fresh summariser gives.
    const auto again = run(s, good);
    REQUIRE(again.size() == expected.size());
    for (std::size_t i = 0; i < again.size(); ++i) CHECK(again[i].summary == expected[i].summary);
  };
  refused({{0, "2001-02-03"_date}, {1, "2001-02-04"_date}, {2, "2001-02-01"_date}},
          "hotline::GroupSummariser: contact 2 (counted from 0 over all parts) starts before the "
          "contact before it");
  refused({{0, "1999-02-03"_date}, {1, "2001-02-04"_date}, {4, "2030-01-01"_date}},
          "hotline::GroupSummariser: contact 2 (counted from 0 over all parts) has group number "
          "4, not below 4");
  // Out of order in the first part, before the question's day and the window.
  refused({{0, "1990-02-03"_date}, {1, "1980-02-04"_date}, {1, "1990-03-01"_date}},
          "hotline::GroupSummariser: contact 1 (counted from 0 over all parts) starts before the "
          "contact before it");
  // A projection that gives a latest day before the earliest.
  {
    std::size_t emitted = 0;
    const std::vector<Tagged> feed{{0, "2001-02-03"_date}, {1, "2001-02-04"_date}};
    CHECK_THROWS_WITH_AS(
        s.summarise(
            std::span<const Tagged>(feed), group_of,
            [](const Tagged& t) {
              return DayBounds{DayBounds::of(t.date).earliest, DayBounds::of(t.date).earliest - 1};
            },
            [&](std::size_t, const GapSummary&) { ++emitted; }),
        "hotline::GroupSummariser: contact 0 (counted from 0 over all parts) has a latest day "
        "before its earliest",
        std::invalid_argument);
    CHECK(emitted == 0);
  }
}

TEST_CASE("a window GapSummary does not take is refused when the summariser is made") {
  CHECK_THROWS_AS(GroupSummariser(SummaryQuestion{2001y / 1, 2000y / 12, sys_days{}}, 4),
                  std::invalid_argument);
  CHECK_THROWS_AS(GroupSummariser(SummaryQuestion{1900y / 1, 1960y / 1, sys_days{}}, 4),
                  std::invalid_argument);
}
