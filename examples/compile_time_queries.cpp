// Compile-time queries: facts about the contacts the articles document,
// checked by the compiler and printed by the program.
//
// Every query below is an ordinary constexpr call over hotline::documented
// (a Registry built and validated while compiling). A static_assert pins
// each answer: if the registry changes so that a fact no longer holds, this
// program stops compiling, and the message names the fact. The same calls
// work unchanged at run time on a std::vector<Contact> read from a file.
//
// Three things to know:
//  - Dates are intervals ("2014-03" is 31 days), so answers are intervals
//    too: a CountRange {min, max} counts the contacts certainly and possibly
//    in a period, a DayRange {min, max} brackets a number of days.
//  - Gaps, months without and bursts need contacts sorted by date. A
//    registry's contacts are, and so is any selection of them.
//  - A result that allocates (a std::vector of bursts, runs or per-year
//    counts) lives only inside the expression that computes it: ask it
//    there, or keep a plain value taken from it (see first_burst).
#include <chrono>
#include <cstdio>

#include <fmt/core.h>

#include <hotline/analysis.hpp>
#include <hotline/documented.hpp>
#include <hotline/fmt.hpp>

namespace {

using namespace hotline;
using namespace hotline::literals;
using namespace hotline::countries;
using std::chrono::days;
using std::chrono::year;

// A selection is a constexpr value: a view of the registry's contacts that
// keep a condition. Conditions combine with &, | and !.
constexpr auto putin_obama_calls =
    select(documented.contacts, where::between(people::vladimir_putin, people::barack_obama) &
                                    where::medium(Medium::telephone));

// "In 2014, Presidents Putin and Obama had phone discussions [...] three
// times"; "Putin and Obama spoke twice in 2015".
constexpr CountRange calls_2014 = count_in(putin_obama_calls, "2014"_date);
constexpr CountRange calls_2015 = count_in(putin_obama_calls, "2015"_date);
static_assert(calls_2014 == CountRange{3, 3});
static_assert(calls_2015 == CountRange{2, 2});

// A pair of states sees the states they continue: US-Russia includes the
// US-USSR contacts of the Cold War.
constexpr auto us_russia = select(documented.contacts, where::between(USA, RUS));
constexpr auto first_and_last_contact = first_and_last(us_russia);
static_assert(first_and_last_contact->first.date == "1967"_date);
static_assert(first_and_last_contact->first.states.contains(SUN));

// "Presidents Biden and Putin haven't exchanged words since mid-February",
// as of the article's date. The last contact was in mid-February 2022
// (11-20 February), so the silence is 247 to 256 days.
constexpr auto biden_putin_silence = silence_as_of(
    select(documented.contacts, where::between(people::joe_biden, people::vladimir_putin)),
    "2022-10-25"_date);
static_assert(biden_putin_silence->last.date == Date::mid_month(2022, 2));
static_assert(biden_putin_silence->days == DayRange{days{247}, days{256}});

// "the two defense chiefs conversed with each other twice in three days":
// at least two calls certainly within some three days.
constexpr auto austin_shoigu =
    select(documented.contacts, where::between(people::lloyd_austin, people::sergei_shoigu));
static_assert(most_within(austin_shoigu, days{3}).min >= 2);

// "three calls exchanged between American and Russian stakeholders in four
// days": a burst. bursts() returns a vector, so keep the one value wanted.
constexpr auto us_russia_calls = select(us_russia, where::medium(Medium::telephone));
constexpr Burst<Contact> first_burst = [] {
  return bursts(us_russia_calls, 3, days{4}, Certainty::certain).at(0);
}();
static_assert(first_burst.count == 3);
static_assert(first_burst.days == "2022-10-21/2022-10-24"_date);

// The longest gap between the leaders' contacts the articles document:
// between the hotline message of 1967 and the call after 11 September 2001.
// With imprecise dates it is a DayRange: certain at least, possible at most.
constexpr auto leaders = select(us_russia, where::level(Level::leader));
constexpr auto leaders_gap = longest_gap(leaders);
static_assert(leaders_gap->possible.from.date == "1967"_date);
static_assert(leaders_gap->certain.days > days{33 * 365});

// Months without contact: the two calls of 2015 are dated February and
// June, so ten months of 2015 were certainly without a call.
constexpr MonthsWithout quiet_2015 =
    months_without(putin_obama_calls, year{2015} / 1, year{2015} / 12);
static_assert(quiet_2015.certain == std::chrono::months{10});
static_assert(quiet_2015.longest_certain.first == year{2015} / 7);

// The refined dates of public record answer more exactly. Sort by them
// first: they need not be in the order of the documented dates.
constexpr days blinken_lavrov_silence = [] {
  const auto pair =
      select(documented.contacts, where::between(people::antony_blinken, people::sergey_lavrov));
  return longest_gap(sorted_by_date(pair, refined_date_of), refined_date_of)->certain.days;
}();
static_assert(blinken_lavrov_silence >= std::chrono::floor<days>(std::chrono::months{5}));

}  // namespace

int main() {
  fmt::print("Checked while compiling, over the {} documented contacts:\n\n",
             documented.contacts.size());
  fmt::print("Putin-Obama phone calls in 2014: {} (certain) to {} (possible)\n", calls_2014.min,
             calls_2014.max);
  fmt::print("Putin-Obama phone calls in 2015: {} to {}\n", calls_2015.min, calls_2015.max);
  fmt::print("First US-Russia (or US-USSR) contact: {}\n",
             describe(documented, first_and_last_contact->first));
  fmt::print("Last one: {}\n", first_and_last_contact->last_day);
  fmt::print("Biden-Putin silence on 25 October 2022: {}, since {}\n", biden_putin_silence->days,
             biden_putin_silence->last.date);
  fmt::print("Austin-Shoigu: {} to {} calls within three days\n",
             most_within(austin_shoigu, days{3}).min, most_within(austin_shoigu, days{3}).max);
  fmt::print("Three US-Russia calls within four days: {}\n", first_burst.days);
  fmt::print("Longest gap between the leaders' documented contacts: {} ({} to {})\n",
             leaders_gap->days(), leaders_gap->possible.from.date, leaders_gap->possible.to.date);
  fmt::print("Months of 2015 certainly without a Putin-Obama call: {}, longest run from {}\n",
             quiet_2015.certain.count(), Date::in_month(quiet_2015.longest_certain.first));
  fmt::print("Blinken-Lavrov silence by the refined dates: {} days\n",
             blinken_lavrov_silence.count());
  return 0;
}
