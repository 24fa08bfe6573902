// Contacts: one exchange between two or more people or states.
#include <hotline/contact.hpp>

#include <chrono>
#include <concepts>
#include <cstdint>
#include <initializer_list>
#include <type_traits>
#include <utility>

#include <doctest/doctest.h>

using hotline::ActorId;
using hotline::Contact;
using hotline::ContactId;
using hotline::Country;
using hotline::country;
using hotline::Date;
using hotline::Duration;
using hotline::joins;
using hotline::Level;
using hotline::Medium;
using hotline::Participants;
using hotline::States;
using hotline::Topic;
using hotline::Topics;
using namespace hotline::countries;
using namespace std::chrono_literals;

// ---- what kind of types these are ------------------------------------------------

static_assert(std::is_trivially_copyable_v<Topics>);
static_assert(std::is_trivially_copyable_v<Duration>);
static_assert(std::is_trivially_copyable_v<Contact>);
static_assert(std::regular<Topics> && std::totally_ordered<Topics>);
static_assert(std::regular<Duration> && std::totally_ordered<Duration>);
static_assert(std::regular<Contact> && std::totally_ordered<Contact>);
static_assert(sizeof(Topics) == 2);
static_assert(hotline::topic_count == static_cast<std::size_t>(Topic::other) + 1);
static_assert(Participants::capacity() == hotline::max_participants);
static_assert(States::capacity() == hotline::max_participants);
static_assert(hotline::max_participants == 6);
// A duration is built from minutes on purpose, never from a bare number.
static_assert(!std::is_convertible_v<std::chrono::minutes, Duration>);
static_assert(!std::is_constructible_v<Duration, int>);

namespace {

constexpr Contact contact_between(States states) {
  Contact c;
  c.date = Date::in_year(1963);
  c.states = states;
  return c;
}

}  // namespace

// ---- topics ------------------------------------------------------------------------------

TEST_CASE("a default set of topics is empty") {
  constexpr Topics none;
  static_assert(none.empty());
  static_assert(none.bits() == 0);
  CHECK_FALSE(none.contains(Topic::syria));
}

TEST_CASE("a set of topics contains what was added and nothing else") {
  constexpr Topics syria_and_terror{Topic::syria, Topic::terrorism};
  static_assert(syria_and_terror.contains(Topic::syria));
  static_assert(syria_and_terror.contains(Topic::terrorism));
  static_assert(!syria_and_terror.contains(Topic::ukraine));
  Topics t;
  t.add(Topic::other);
  CHECK(t.contains(Topic::other));
  CHECK_FALSE(t.empty());
  for (std::size_t i = 0; i + 1 < hotline::topic_count; ++i)
    CHECK_FALSE(t.contains(static_cast<Topic>(i)));
}

TEST_CASE("adding a topic twice keeps one") {
  Topics t{Topic::ukraine};
  t.add(Topic::ukraine);
  CHECK(t == Topics{Topic::ukraine});
  CHECK(t.bits() == 1u);
}

TEST_CASE("sets of topics are equal whatever the order the topics came in") {
  static_assert(Topics{Topic::syria, Topic::ukraine} == Topics{Topic::ukraine, Topic::syria});
  CHECK(Topics{Topic::syria} != Topics{Topic::syria, Topic::ukraine});
}

TEST_CASE("a set of topics is one bit per topic and round trips through its bits") {
  static_assert(Topics{Topic::ukraine}.bits() == 1u);
  static_assert(Topics{Topic::syria}.bits() == 2u);
  constexpr Topics all{Topic::ukraine,        Topic::syria,        Topic::iran_nuclear,
                       Topic::terrorism,      Topic::arms_control, Topic::middle_east_war,
                       Topic::cyber_security, Topic::elections,    Topic::north_korea,
                       Topic::economy,        Topic::climate,      Topic::prisoners,
                       Topic::other};
  static_assert(all.bits() == (1u << hotline::topic_count) - 1);
  CHECK(Topics::from_bits(all.bits()) == all);
  const Topics some{Topic::cyber_security, Topic::elections};
  CHECK(Topics::from_bits(some.bits()) == some);
}

TEST_CASE("from_bits drops bits that name no topic") {
  static_assert(Topics::from_bits(0xFFFF) == Topics::from_bits((1u << hotline::topic_count) - 1));
  CHECK(Topics::from_bits(std::uint16_t{1} << 15).empty());
}

// ---- durations -----------------------------------------------------------------------

TEST_CASE("a duration is a number of minutes") {
  // The Hamburg meeting of 7 July 2017 lasted 2 h 15 min.
  constexpr Duration hamburg{2h + 15min};
  static_assert(hamburg.minutes() == 135min);
  CHECK(Duration{135min} == hamburg);
  CHECK(Duration{}.minutes() == 0min);
}

TEST_CASE("durations order by length") {
  static_assert(Duration{30min} < Duration{1h});
  CHECK(Duration{90min} > Duration{1h});
  CHECK(Duration{60min} == Duration{1h});
}

// ---- contacts ----------------------------------------------------------------------

TEST_CASE("a contact holds who, when, how and what") {
  // Trump, Putin, Tillerson and Lavrov in Hamburg, 7 July 2017.
  constexpr Contact hamburg{
      .id = ContactId{17},
      .date = Date::on(2017, 7, 7),
      .participants = {ActorId{1}, ActorId{2}, ActorId{3}, ActorId{4}},
      .medium = Medium::in_person,
      .initiator = ActorId{1},
      .location = "Hamburg",
      .duration = Duration{2h + 15min},
      .topics = {Topic::syria, Topic::ukraine, Topic::cyber_security, Topic::elections},
  };
  static_assert(hamburg.participants.size() == 4);
  static_assert(hamburg.participants.contains(*hamburg.initiator));
  CHECK(hamburg.duration->minutes() == 135min);
  CHECK(hamburg.topics.contains(Topic::cyber_security));
  CHECK(hamburg.location == "Hamburg");
}

TEST_CASE("a default contact has unknown medium and level, no channel, and one report") {
  constexpr Contact c;
  static_assert(c.medium == Medium::unknown);
  static_assert(c.level == Level::unknown);
  static_assert(c.reports == 1);
  CHECK_FALSE(c.channel.ok());
  CHECK_FALSE(c.date.ok());
  CHECK(c.participants.empty());
  CHECK(c.states.empty());
  CHECK_FALSE(c.initiator.has_value());
  CHECK_FALSE(c.duration.has_value());
  CHECK(c.topics.empty());
}

TEST_CASE("contacts are equal only when every field is") {
  Contact a = contact_between({USA, RUS});
  Contact b = a;
  CHECK(a == b);
  b.topics.add(Topic::syria);
  CHECK(a != b);
  b = a;
  b.reports = 2;
  CHECK(a != b);
  b = a;
  b.states = {RUS, USA};
  CHECK(a != b);
}

TEST_CASE("contacts order by id first, then by date") {
  Contact a = contact_between({USA, RUS});
  a.id = ContactId{1};
  Contact b = a;
  b.id = ContactId{2};
  b.date = Date::in_year(1950);
  CHECK(a < b);
  b.id = a.id;
  CHECK(b < a);
}

// ---- which states a contact joins ---------------------------------------------------

TEST_CASE("a contact joins the two states that took part, in either order") {
  constexpr Contact c = contact_between({USA, RUS});
  static_assert(joins(c, USA, RUS));
  static_assert(joins(c, RUS, USA));
  CHECK_FALSE(joins(c, USA, GBR));
  CHECK_FALSE(joins(c, GBR, FRA));
}

TEST_CASE("a US-USSR contact joins the United States and Russia, which continues the USSR") {
  constexpr Contact c = contact_between({USA, SUN});
  static_assert(joins(c, USA, RUS));
  static_assert(joins(c, RUS, USA));
  CHECK(joins(c, USA, SUN));
  CHECK(joins(c, SUN, USA));
}

TEST_CASE("a US-Russia contact does not join the United States and the USSR") {
  constexpr Contact c = contact_between({USA, RUS});
  static_assert(!joins(c, USA, SUN));
  CHECK_FALSE(joins(c, SUN, USA));
}

TEST_CASE("succession follows chains of former states") {
  const Contact c = contact_between({USA, country("YUG")});
  CHECK(joins(c, USA, country("SRB")));
  CHECK(joins(c, USA, country("SCG")));
  const Contact later = contact_between({USA, country("SRB")});
  CHECK_FALSE(joins(later, USA, country("YUG")));
}

TEST_CASE("a contact never joins a state with itself") {
  constexpr Contact russians = contact_between({RUS, RUS});
  static_assert(!joins(russians, RUS, RUS));
  CHECK_FALSE(joins(contact_between({SUN, RUS}), RUS, RUS));
  CHECK_FALSE(joins(contact_between({SUN, RUS}), SUN, RUS));
  CHECK_FALSE(joins(contact_between({USA, RUS}), USA, USA));
}

TEST_CASE("a contact of three states joins each pair of them") {
  const Contact c = contact_between({USA, RUS, UKR});
  CHECK(joins(c, USA, RUS));
  CHECK(joins(c, RUS, UKR));
  CHECK(joins(c, UKR, USA));
  CHECK_FALSE(joins(c, USA, GBR));
}

TEST_CASE("a contact with no states joins none") {
  CHECK_FALSE(joins(Contact{}, USA, RUS));
  CHECK_FALSE(joins(Contact{}, Country{}, Country{}));
}

TEST_CASE(
    "a contact is at the level of its least senior state, each state at its most senior "
    "participant") {
  // The rule the registry's builders and the event readers share.
  constexpr auto level_of_sides = [](std::initializer_list<std::pair<std::uint16_t, Level>> sides) {
    hotline::detail::StateLevels s;
    for (const auto& [state, level] : sides) s.add(state, level);
    return s.level();
  };
  // Trump (leader) and Tillerson (foreign minister) of one state, Lavrov of
  // the other: foreign-minister level.
  static_assert(level_of_sides({{1, Level::leader},
                                {2, Level::foreign_minister},
                                {1, Level::foreign_minister}}) == Level::foreign_minister);
  static_assert(level_of_sides({{1, Level::leader}, {2, Level::leader}}) == Level::leader);
  static_assert(level_of_sides({{1, Level::leader}, {2, Level::official}}) == Level::official);
  // A state of unknown level makes the contact's unknown; none at all too.
  static_assert(level_of_sides({{1, Level::leader}, {2, Level::unknown}}) == Level::unknown);
  static_assert(level_of_sides({}) == Level::unknown);
  // A state's most senior participant counts, whatever the order.
  static_assert(level_of_sides({{1, Level::official}, {1, Level::leader}, {2, Level::leader}}) ==
                Level::leader);
  constexpr auto states = [] {
    hotline::detail::StateLevels s;
    s.add(7, Level::leader);
    s.add(3, Level::envoy);
    s.add(7, Level::envoy);
    return std::pair{s.size(), s.state(1)};
  }();
  static_assert(states.first == 2 && states.second == 3);
}
