// Actors, offices and tenures: a person's standing follows from the offices
// held on the day.
#include <hotline/actor.hpp>

#include <array>
#include <concepts>
#include <optional>
#include <type_traits>
#include <utility>

#include <doctest/doctest.h>

using hotline::Actor;
using hotline::ActorId;
using hotline::Date;
using hotline::Level;
using hotline::level_of;
using hotline::Office;
using hotline::Role;
using hotline::Tenure;
using namespace hotline::countries;

// ---- what kind of types these are ------------------------------------------------

static_assert(std::is_trivially_copyable_v<Office>);
static_assert(std::is_trivially_copyable_v<Actor>);
static_assert(std::is_trivially_copyable_v<Tenure>);
static_assert(std::regular<Office> && std::totally_ordered<Office>);
static_assert(std::regular<Actor> && std::totally_ordered<Actor>);
static_assert(std::regular<Tenure> && std::totally_ordered<Tenure>);
static_assert(sizeof(Role) == 1 && sizeof(Level) == 1);

// Lloyd Austin, as the articles show him: commander of US Central Command in
// 2016, Secretary of Defense in 2022.
constexpr ActorId austin{1};
constexpr Tenure austin_centcom{
    .actor = austin,
    .office = {Role::military_commander, USA},
    .title = "Commander, U.S. Central Command",
    .start = Date::on(2013, 3, 22),
    .end = Date::on(2016, 3, 30),
};
constexpr Tenure austin_secdef{
    .actor = austin,
    .office = {Role::defence_minister, USA},
    .title = "Secretary of Defense",
    .start = Date::on(2021, 1, 22),
};
constexpr Actor austin_actor{austin, "Lloyd Austin"};

// ---- levels --------------------------------------------------------------------------

TEST_CASE("each role puts its holder at one level") {
  constexpr std::array<std::pair<Role, Level>, 12> expected{{
      {Role::head_of_state, Level::leader},
      {Role::head_of_government, Level::leader},
      {Role::vice_president, Level::foreign_minister},
      {Role::foreign_minister, Level::foreign_minister},
      {Role::defence_minister, Level::defence_minister},
      {Role::national_security_adviser, Level::foreign_minister},
      {Role::military_chief, Level::military_chief},
      {Role::military_commander, Level::military_chief},
      {Role::ambassador, Level::ambassador},
      {Role::envoy, Level::envoy},
      {Role::negotiator, Level::envoy},
      {Role::official, Level::official},
  }};
  static_assert(level_of(Role::head_of_state) == Level::leader);
  static_assert(level_of(Role::military_commander) == Level::military_chief);
  for (const auto& entry : expected) {
    const int role = static_cast<int>(entry.first);
    CAPTURE(role);
    CHECK(level_of(entry.first) == entry.second);
  }
}

TEST_CASE("no office is at the level of working groups or unknown") {
  for (int r = 0; r <= static_cast<int>(Role::official); ++r) {
    const Level l = level_of(static_cast<Role>(r));
    CHECK(l != Level::working_group);
    CHECK(l != Level::unknown);
  }
  // A value outside the enumeration has an unknown level.
  CHECK(level_of(static_cast<Role>(200)) == Level::unknown);
}

TEST_CASE("levels order from the most senior, the leaders, to the least") {
  static_assert(Level::leader < Level::foreign_minister);
  static_assert(Level::foreign_minister < Level::defence_minister);
  static_assert(Level::defence_minister < Level::military_chief);
  static_assert(Level::military_chief < Level::ambassador);
  static_assert(Level::ambassador < Level::envoy);
  static_assert(Level::envoy < Level::working_group);
  static_assert(Level::working_group < Level::official);
  static_assert(Level::official < Level::unknown);
  CHECK(level_of(Role::head_of_state) < level_of(Role::ambassador));
  CHECK(level_of(Role::foreign_minister) < level_of(Role::defence_minister));
}

// ---- offices and actors ------------------------------------------------------------

TEST_CASE("a default office is an official of the unknown state") {
  constexpr Office office;
  static_assert(office.role == Role::official);
  static_assert(!office.country.ok());
  CHECK(Office{} == Office{Role::official, hotline::Country{}});
}

TEST_CASE("offices compare by role, then by state") {
  static_assert(Office{Role::head_of_state, USA} < Office{Role::foreign_minister, RUS});
  static_assert(Office{Role::foreign_minister, RUS} < Office{Role::foreign_minister, USA});
  CHECK(Office{Role::defence_minister, USA} == Office{Role::defence_minister, USA});
  CHECK(Office{Role::defence_minister, USA} != Office{Role::defence_minister, RUS});
}

TEST_CASE("actors compare by id, then by name") {
  static_assert(austin_actor == Actor{ActorId{1}, "Lloyd Austin"});
  CHECK(Actor{ActorId{1}, "Z"} < Actor{ActorId{2}, "A"});
  CHECK(Actor{ActorId{1}, "Lavrov"} < Actor{ActorId{1}, "Putin"});
  CHECK(Actor{ActorId{1}, "Lavrov"} != Actor{ActorId{1}, "Putin"});
}

// ---- tenures ---------------------------------------------------------------------------

TEST_CASE("a closed tenure covers the days from its start to its end") {
  static_assert(austin_centcom.may_cover(Date::on(2013, 3, 22)));
  static_assert(austin_centcom.may_cover(Date::on(2016, 3, 30)));
  CHECK(austin_centcom.may_cover(Date::on(2015, 6, 1)));
  CHECK_FALSE(austin_centcom.may_cover(Date::on(2013, 3, 21)));
  CHECK_FALSE(austin_centcom.may_cover(Date::on(2016, 3, 31)));
  CHECK_FALSE(austin_centcom.may_cover(Date::on(2022, 2, 18)));
}

TEST_CASE("an open tenure covers every day from its start on") {
  static_assert(austin_secdef.may_cover(Date::on(2022, 2, 18)));
  CHECK(austin_secdef.may_cover(Date::on(2021, 1, 22)));
  CHECK(austin_secdef.may_cover(Date::on(9999, 12, 31)));
  CHECK_FALSE(austin_secdef.may_cover(Date::on(2021, 1, 21)));
  CHECK_FALSE(austin_secdef.may_cover(Date::on(2016, 3, 1)));
}

TEST_CASE("a tenure may cover an imprecise date that overlaps it") {
  // "In 2016" Austin may still have been at Central Command (until 30 March).
  static_assert(austin_centcom.may_cover(Date::in_year(2016)));
  CHECK(austin_centcom.may_cover(Date::in_month(2016, 3)));
  CHECK(austin_centcom.may_cover(Date::in_month(2013, 3)));
  CHECK(austin_centcom.may_cover(Date::in_decade(2010)));
  CHECK_FALSE(austin_centcom.may_cover(Date::in_month(2016, 4)));
  CHECK_FALSE(austin_centcom.may_cover(Date::in_year(2012)));
  // January 2021 includes his first days as Secretary of Defense.
  CHECK(austin_secdef.may_cover(Date::in_month(2021, 1)));
  CHECK_FALSE(austin_secdef.may_cover(Date::in_year(2020)));
}

TEST_CASE("a tenure with imprecise ends covers every day its ends allow") {
  constexpr Tenure vague{.actor = austin,
                         .office = {Role::official, USA},
                         .start = Date::in_year(2000),
                         .end = Date::in_month(2003, 6)};
  static_assert(vague.may_cover(Date::on(2000, 1, 1)));
  CHECK(vague.may_cover(Date::on(2003, 6, 30)));
  CHECK_FALSE(vague.may_cover(Date::on(1999, 12, 31)));
  CHECK_FALSE(vague.may_cover(Date::on(2003, 7, 1)));
}

TEST_CASE("a tenure is ok when its actor and dates are and it does not end before it starts") {
  static_assert(austin_centcom.ok());
  static_assert(austin_secdef.ok());
  Tenure one_day = austin_centcom;
  one_day.end = one_day.start;
  CHECK(one_day.ok());
  Tenure overlapping_ends = austin_centcom;  // ends in the year it started: possible
  overlapping_ends.start = Date::in_year(2014);
  overlapping_ends.end = Date::in_month(2014, 3);
  CHECK(overlapping_ends.ok());
}

TEST_CASE("a tenure is not ok without an actor") {
  Tenure t = austin_secdef;
  t.actor = ActorId{};
  CHECK_FALSE(t.ok());
}

TEST_CASE("a tenure is not ok with an impossible start or end") {
  Tenure bad_start = austin_secdef;
  bad_start.start = Date::on(2021, 2, 30);
  CHECK_FALSE(bad_start.ok());
  Tenure bad_end = austin_centcom;
  bad_end.end = Date{};
  CHECK_FALSE(bad_end.ok());
}

TEST_CASE("a tenure is not ok when it ends before it starts") {
  constexpr Tenure reversed{.actor = austin,
                            .office = {Role::official, USA},
                            .start = Date::on(2016, 3, 30),
                            .end = Date::on(2013, 3, 22)};
  static_assert(!reversed.ok());
  CHECK_FALSE(reversed.ok());
}

TEST_CASE("tenures order by actor, then office, then title and dates") {
  static_assert(austin_secdef <
                austin_centcom);  // defence_minister comes before military_commander
  Tenure later = austin_centcom;
  later.actor = ActorId{2};
  CHECK(austin_centcom < later);
  CHECK(austin_centcom == austin_centcom);
  CHECK(austin_centcom != austin_secdef);
}
