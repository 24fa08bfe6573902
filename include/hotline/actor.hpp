// People and the offices they hold. A person's standing in a contact follows
// from the offices held on that day: Lloyd Austin was commander of US Central
// Command in 2016 and Secretary of Defense in 2022.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include <hotline/country.hpp>
#include <hotline/date.hpp>
#include <hotline/enumerators.hpp>
#include <hotline/id.hpp>

namespace hotline {

// The kind of office a person holds, whatever a state calls it.
enum class Role : std::uint8_t {
  head_of_state,              // President; General Secretary; monarch
  head_of_government,         // Prime Minister; Chairman of the USSR Council of Ministers
  vice_president,             // Vice President
  foreign_minister,           // Secretary of State; Minister of Foreign Affairs
  defence_minister,           // Secretary of Defense; Minister of Defence
  national_security_adviser,  // National Security Advisor
  military_chief,             // Chairman of the Joint Chiefs; Chief of the General Staff
  military_commander,         // a combatant or theatre commander (US Central Command)
  ambassador,                 // ambassador to the other state
  envoy,                      // special envoy or representative
  negotiator,                 // delegation head or member in a standing negotiation
  official,                   // any other office
};

// The level at which states speak, from the most senior to the least. The
// order is the order of the enumerators: Level::leader < Level::ambassador.
enum class Level : std::uint8_t {
  leader,            // heads of state and government
  foreign_minister,  // foreign ministers (and national security advisers)
  defence_minister,  // defence ministers
  military_chief,    // chiefs of defence and commanders
  ambassador,        // ambassadors
  envoy,             // envoys and negotiators
  working_group,     // standing working groups and expert channels
  official,          // other officials
  unknown,           // not known (event data that does not say)
};

template <>
struct EnumeratorTable<Role> {
  static constexpr std::string_view kind = "role";
  static constexpr Enumerator<Role> items[] = {
      {Role::head_of_state, "head_of_state", "head of state", "president;monarch;king;queen"},
      {Role::head_of_government, "head_of_government", "head of government",
       "prime minister;premier;chancellor"},
      {Role::vice_president, "vice_president", "vice president"},
      {Role::foreign_minister, "foreign_minister", "foreign minister",
       "secretary of state;minister of foreign affairs"},
      {Role::defence_minister, "defence_minister", "defence minister",
       "defense minister;secretary of defense;minister of defence"},
      {Role::national_security_adviser, "national_security_adviser", "national security adviser",
       "national security advisor"},
      {Role::military_chief, "military_chief", "military chief",
       "chief of the general staff;chairman of the joint chiefs of staff"},
      {Role::military_commander, "military_commander", "military commander", "commander"},
      {Role::ambassador, "ambassador", "ambassador"},
      {Role::envoy, "envoy", "envoy", "special envoy;representative"},
      {Role::negotiator, "negotiator", "negotiator"},
      {Role::official, "official", "official"},
  };
};

template <>
struct EnumeratorTable<Level> {
  static constexpr std::string_view kind = "level";
  static constexpr Enumerator<Level> items[] = {
      {Level::leader, "leader", "leader", "leaders"},
      {Level::foreign_minister, "foreign_minister", "foreign minister", "foreign ministers"},
      {Level::defence_minister, "defence_minister", "defence minister",
       "defence ministers;defense minister;defense ministers"},
      {Level::military_chief, "military_chief", "military chief", "military chiefs"},
      {Level::ambassador, "ambassador", "ambassador", "ambassadors"},
      {Level::envoy, "envoy", "envoy", "envoys"},
      {Level::working_group, "working_group", "working group", "working groups"},
      {Level::official, "official", "official", "officials"},
      {Level::unknown, "unknown", "unknown", "not known"},
  };
};

// The level that an office puts its holder at.
constexpr Level level_of(Role role) noexcept {
  switch (role) {
    case Role::head_of_state:
    case Role::head_of_government:
      return Level::leader;
    case Role::vice_president:
    case Role::foreign_minister:
    case Role::national_security_adviser:
      return Level::foreign_minister;
    case Role::defence_minister:
      return Level::defence_minister;
    case Role::military_chief:
    case Role::military_commander:
      return Level::military_chief;
    case Role::ambassador:
      return Level::ambassador;
    case Role::envoy:
    case Role::negotiator:
      return Level::envoy;
    case Role::official:
      return Level::official;
  }
  return Level::unknown;
}

// An office: a role in the service of a state.
struct Office {
  Role role = Role::official;
  Country country{};

  friend constexpr bool operator==(const Office&, const Office&) = default;
  friend constexpr auto operator<=>(const Office&, const Office&) = default;
};

// A person. Names are as the sources spell them ("Sergey Lavrov"); the
// offices a person held are Tenures.
struct Actor {
  ActorId id{};
  std::string_view name{};

  friend constexpr bool operator==(const Actor&, const Actor&) = default;
  friend constexpr auto operator<=>(const Actor&, const Actor&) = default;
};

// One person holding one office over a span of time: from the day `start`
// names to the day `end` names, or still in office when `end` is empty.
// Tenures are background facts, most often from public record: `source`
// may cite where they come from.
// `title` is what the state calls the office ("Secretary of Defense").
struct Tenure {
  ActorId actor{};
  Office office{};
  std::string_view title{};
  Date start{};
  std::optional<Date> end = std::nullopt;
  SourceId source{};  // what documents it; the "no id" value when none is cited

  // True when the person may have held the office at some day of `when`:
  // the tenure and the date overlap.
  constexpr bool may_cover(Date when) const noexcept {
    if (when.latest() < start.earliest()) return false;
    return !end || end->latest() >= when.earliest();
  }
  // True when the tenure is ok: its dates are ok and it does not end before
  // it starts.
  constexpr bool ok() const noexcept {
    return actor.ok() && start.ok() && (!end || (end->ok() && !end->certainly_before(start)));
  }

  friend constexpr bool operator==(const Tenure&, const Tenure&) = default;
  friend constexpr auto operator<=>(const Tenure&, const Tenure&) = default;
};

}  // namespace hotline
