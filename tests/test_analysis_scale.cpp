// Every analysis runs over 10,000 records in a static_assert within the
// compilers' default constexpr limits (Clang allows about a million
// evaluation steps per constant expression), and gives the same answers at
// run time. A change that makes the inner loops costlier fails to compile
// here first.
#include <array>
#include <chrono>
#include <cstdint>
#include <vector>

#include <doctest/doctest.h>

#include <hotline/analysis.hpp>

namespace {

using namespace hotline;
using namespace hotline::literals;
using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year;

constexpr std::size_t n = 10'000;

// Sorted dates from 1990, a day or two apart: most are single days, one in
// ten a 31-day span, one in fifty a weekend (three days).
constexpr std::array<Date, n> make_dates() {
  std::array<Date, n> dates{};
  std::uint32_t x = 12345;
  sys_days day{year{1990} / 1 / 1};
  for (Date& d : dates) {
    x = x * 1103515245u + 12345u;
    day += days{(x >> 16) % 3};
    const std::uint32_t kind = (x >> 8) % 50;
    const days length{kind < 5 ? 30 : kind == 5 ? 2 : 0};
    d = Date::interval(day, day + length);
  }
  return dates;
}

constexpr std::array<Date, n> dates = make_dates();
const std::vector<Date> loaded(dates.begin(), dates.end());

constexpr Date window = "2000/2009"_date;

constexpr auto longest = longest_gap(dates);
constexpr auto silence = silence_as_of(dates, "2010-06-15"_date);
constexpr MonthsWithout months = months_without(dates, year{1990} / 1, year{2024} / 12);
constexpr CountRange in_window = count_in(dates, window);
constexpr CountRange most = most_within(dates, days{4});
constexpr std::size_t certain_bursts = bursts(dates, 4, days{4}, Certainty::certain).size();
constexpr std::size_t possible_bursts = bursts(dates, 6, days{4}, Certainty::possible).size();
constexpr std::size_t possible_runs =
    month_runs_without(dates, year{1990} / 1, year{2024} / 12, Certainty::possible).size();
constexpr CountRange in_2005 = count_by_year(dates, year{1990}, year{2024})[15].contacts;
constexpr auto ends = first_and_last(dates);
constexpr CountRange selected = count_in(select(dates, where::possibly_in(window)), window);

}  // namespace

TEST_CASE("10,000 records: gaps and silences at compile time equal those at run time") {
  static_assert(longest->certain.days > days{0} && longest->possible.days >= longest->certain.days);
  CHECK(longest_gap(loaded)->days() == longest->days());
  CHECK(longest_gap(loaded)->possible.from == longest->possible.from);
  CHECK(silence_as_of(loaded, "2010-06-15"_date)->days == silence->days);
}

TEST_CASE("10,000 records: months without contact at compile time equal those at run time") {
  static_assert(months.certain <= months.possible);
  CHECK(months_without(loaded, year{1990} / 1, year{2024} / 12) == months);
  CHECK(month_runs_without(loaded, year{1990} / 1, year{2024} / 12, Certainty::possible).size() ==
        possible_runs);
}

TEST_CASE("10,000 records: bursts at compile time equal those at run time") {
  static_assert(most.min >= 1 && most.max >= most.min);
  CHECK(most_within(loaded, days{4}) == most);
  CHECK(bursts(loaded, 4, days{4}, Certainty::certain).size() == certain_bursts);
  CHECK(bursts(loaded, 6, days{4}, Certainty::possible).size() == possible_bursts);
}

TEST_CASE("10,000 records: counts and selections at compile time equal those at run time") {
  static_assert(in_window.min > 0 && in_window.max >= in_window.min);
  CHECK(count_in(loaded, window) == in_window);
  CHECK(count_by_year(loaded, year{1990}, year{2024})[15].contacts == in_2005);
  CHECK(first_and_last(loaded)->last_day == ends->last_day);
  CHECK(count_in(select(loaded, where::possibly_in(window)), window) == selected);
  CHECK(selected == in_window);
}
