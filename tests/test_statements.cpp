// Statements checked: each kind holds when every reading of the dates bears
// it out, is allowed when some does, and is contradicted when none does; on
// the documented dates or on the exact days of public record; in a
// static_assert as at run time.
#include <hotline/analysis/check.hpp>
#include <hotline/hotline.hpp>

#include <doctest/doctest.h>

#include <array>
#include <chrono>
#include <stdexcept>
#include <vector>

namespace {

using namespace hotline;
using namespace hotline::literals;
using std::chrono::days;

constexpr Contact at(std::uint32_t id, Date d, std::optional<Date> exact = std::nullopt) {
  Contact c{.id = ContactId{id}, .date = d};
  if (exact) c.refined = Refinement{*exact, "test"};
  return c;
}

// Calls on 1 March, in March, on 10 July and some day of 2014.
constexpr std::array calls{at(1, "2014-03-01"_date), at(2, "2014-03"_date, "2014-03-06"_date),
                           at(3, "2014-07-10"_date), at(4, "2014"_date, "2014-12-20"_date)};

constexpr Statement count(Date period, CountRange n) {
  return {.kind = StatementKind::count, .period = period, .count = n};
}

}  // namespace

TEST_CASE("a count holds when every reading gives it, and is contradicted when none can") {
  static_assert(check(calls, count("2014"_date, {4, 4})).verdict == Verdict::holds);
  static_assert(check(calls, count("2014"_date, {4, 4})).counted == CountRange{4, 4});
  // March: two certainly, the 2014 call possibly.
  static_assert(check(calls, count("2014-03"_date, {2, 2})).verdict == Verdict::allowed);
  static_assert(check(calls, count("2014-03"_date, {2, 3})).verdict == Verdict::holds);
  static_assert(check(calls, count("2014-03"_date, {4, 4})).verdict == Verdict::contradicted);
  static_assert(check(calls, count("2014-03"_date, {0, 1})).verdict == Verdict::contradicted);
  // On the exact days, the 2014 call is in December: March has two.
  static_assert(check(calls, count("2014-03"_date, {2, 2}), DateLayer::refined).verdict ==
                Verdict::holds);
  CHECK(check(std::vector(calls.begin(), calls.end()), count("2014-03"_date, {2, 2})).verdict ==
        Verdict::allowed);
}

TEST_CASE("a silence since a date is broken by a contact that may fall after it") {
  constexpr Statement since_march{
      .kind = StatementKind::silence_since, .period = "2014-03"_date, .as_of = "2014-08-01"_date};
  // 10 July certainly falls after March and before August.
  static_assert(check(calls, since_march).verdict == Verdict::contradicted);
  static_assert(check(calls, since_march).after == ContactId{3});
  constexpr Statement since_july{.kind = StatementKind::silence_since,
                                 .period = "2014-07-10"_date,
                                 .as_of = "2014-08-01"_date};
  // The 2014 call may fall in the days after 10 July.
  static_assert(check(calls, since_july).verdict == Verdict::allowed);
  // On the exact days it was on 20 December: nothing after 10 July by August.
  static_assert(check(calls, since_july, DateLayer::refined).verdict == Verdict::holds);
  static_assert(check(calls, since_july, DateLayer::refined).before == ContactId{3});
  static_assert(check(calls, since_july, DateLayer::refined).days == DayRange{days{22}, days{22}});
  // Said some day of late August: the days up to its last one count.
  constexpr Statement said_late{.kind = StatementKind::silence_since,
                                .period = "2014-07-10"_date,
                                .as_of = "2014-08-20/2014-08-31"_date};
  static_assert(check(calls, said_late, DateLayer::refined).verdict == Verdict::holds);
  static_assert(check(calls, said_late, DateLayer::refined).days == DayRange{days{41}, days{52}});
}

TEST_CASE("a silence of a length between named contacts, and the longest gap without them") {
  // From the March call (6 March, on the exact days) to 10 July: 4 to 131
  // days on the documented dates; 126 days on the exact ones.
  constexpr Statement four_months{.kind = StatementKind::silence_length,
                                  .length = months_said(4),
                                  .from = ContactId{2},
                                  .to = ContactId{3}};
  static_assert(check(calls, four_months).days == DayRange{days{101}, days{131}});
  static_assert(check(calls, four_months).verdict == Verdict::allowed);  // and the 2014 call
  constexpr std::array without_year{calls[0], calls[1], calls[2]};
  static_assert(check(without_year, four_months).verdict == Verdict::allowed);
  static_assert(check(without_year, four_months, DateLayer::refined).verdict == Verdict::holds);
  static_assert(check(without_year, four_months, DateLayer::refined).days ==
                DayRange{days{126}, days{126}});
  constexpr Statement two_months{.kind = StatementKind::silence_length,
                                 .length = months_said(2),
                                 .from = ContactId{2},
                                 .to = ContactId{3}};
  static_assert(check(without_year, two_months).verdict == Verdict::contradicted);
  // A contact certainly between the two contradicts it.
  constexpr std::array with_may{calls[0], calls[1], at(5, "2014-05-05"_date), calls[2]};
  static_assert(check(with_may, four_months, DateLayer::refined).verdict == Verdict::contradicted);
  // Without named contacts: the longest gap.
  constexpr Statement longest{.kind = StatementKind::silence_length, .length = months_said(4)};
  static_assert(check(without_year, longest, DateLayer::refined).verdict == Verdict::holds);
  static_assert(check(without_year, longest, DateLayer::refined).before == ContactId{2});
  // Naming a contact the selection does not hold is an error.
  constexpr Statement missing{.kind = StatementKind::silence_length,
                              .length = months_said(4),
                              .from = ContactId{2},
                              .to = ContactId{9}};
  CHECK_THROWS_AS(check(calls, missing), std::invalid_argument);
}

TEST_CASE("k contacts within d days, and the first contact") {
  constexpr Statement twice_in_a_week{
      .kind = StatementKind::within, .count = {2, 2}, .within = days{7}};
  // 1 March and the March call: certainly only when the call was early.
  static_assert(check(calls, twice_in_a_week).verdict == Verdict::allowed);
  static_assert(check(calls, twice_in_a_week, DateLayer::refined).verdict == Verdict::holds);
  constexpr Statement thrice{.kind = StatementKind::within, .count = {3, 3}, .within = days{2}};
  static_assert(check(calls, thrice, DateLayer::refined).verdict == Verdict::contradicted);
  constexpr Statement first_in_march{.kind = StatementKind::first, .period = "2014-03"_date};
  // The 2014 call may have come before 1 March.
  static_assert(check(calls, first_in_march).verdict == Verdict::allowed);
  static_assert(check(calls, first_in_march, DateLayer::refined).verdict == Verdict::holds);
  constexpr Statement first_in_2015{.kind = StatementKind::first, .period = "2015"_date};
  static_assert(check(calls, first_in_2015).verdict == Verdict::contradicted);
  static_assert(check(std::span<const Contact>{}, first_in_2015).verdict == Verdict::contradicted);
}

TEST_CASE("a statement is about the contacts of its selection only") {
  constexpr Statement of_one{.kind = StatementKind::count,
                             .selection = {.people = {ActorId{7}}},
                             .period = "2014"_date,
                             .count = {0, 0}};
  static_assert(check(calls, of_one).verdict == Verdict::holds);
  static_assert(check(calls, of_one).contacts == 0);
  static_assert(holds(calls, count("2014"_date, {4, 4})));
  static_assert(!holds(calls, count("2014"_date, {5, 5})));
}

TEST_CASE("lengths people say: N months is N to N + 1 average months, in whole days") {
  static_assert(months_said(5) == DayRange{days{152}, days{182}});
  static_assert(months_said(1) == DayRange{days{30}, days{60}});
}
