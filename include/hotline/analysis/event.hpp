// A compact record for the hot path: one contact between two states, as
// event data (GDELT, ICEWS) gives it, reduced to what gap analysis reads.
// Every analysis function and every where:: condition that reads only the
// date, the states, the level or the medium works on Events as on Contacts.
#pragma once

#include <compare>
#include <optional>

#include <hotline/actor.hpp>
#include <hotline/channel.hpp>
#include <hotline/contact.hpp>
#include <hotline/country.hpp>
#include <hotline/date.hpp>

namespace hotline {

// One contact between two states: a trivially copyable value of 24 bytes
// (with a 64-bit day count, as GCC's library has), no strings, no ids.
struct Event {
  Date date{};
  Country first{};   // the two states, in the order the data gives them
  Country second{};  // (CAMEO's actor 1 and actor 2)
  Level level = Level::unknown;
  Medium medium = Medium::unknown;

  friend constexpr bool operator==(const Event&, const Event&) = default;
  friend constexpr auto operator<=>(const Event&, const Event&) = default;
};

// True when the event joined state a and state b (or states they continue),
// in either order: as joins(const Contact&, Country, Country).
constexpr bool joins(const Event& e, Country a, Country b) noexcept {
  if (a.continuator() == b.continuator()) return false;
  return (a.continues(e.first) && b.continues(e.second)) ||
         (a.continues(e.second) && b.continues(e.first));
}

// True when state s (or a state it continues) took part.
constexpr bool involves(const Event& e, Country s) noexcept {
  return s.continues(e.first) || s.continues(e.second);
}

// The Event of a contact between exactly two states; nullopt for contacts of
// one state or of three or more, which an Event cannot hold.
constexpr std::optional<Event> to_event(const Contact& c) noexcept {
  if (c.states.size() != 2) return std::nullopt;
  return Event{c.date, c.states[0], c.states[1], c.level, c.medium};
}

}  // namespace hotline
