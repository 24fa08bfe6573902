// The English words for hotline's enumerations and identifiers, in one place
// and without {fmt}: Level::foreign_minister is "foreign minister",
// Medium::telephone is "phone call". <hotline/fmt.hpp> prints with these
// words; I/O and programs that do not use {fmt} can print them too.
#pragma once

#include <chrono>
#include <string_view>

#include <hotline/actor.hpp>
#include <hotline/agreement.hpp>
#include <hotline/channel.hpp>
#include <hotline/contact.hpp>
#include <hotline/date.hpp>
#include <hotline/id.hpp>

namespace hotline {

// The name of a precision: "day", "mid-month", "mid-decade", "interval".
constexpr std::string_view to_words(Precision p) noexcept {
  switch (p) {
    case Precision::day:
      return "day";
    case Precision::mid_month:
      return "mid-month";
    case Precision::month:
      return "month";
    case Precision::year:
      return "year";
    case Precision::mid_decade:
      return "mid-decade";
    case Precision::decade:
      return "decade";
    case Precision::interval:
      return "interval";
  }
  return "invalid precision";
}

// The kind of office: "head of state", "foreign minister".
constexpr std::string_view to_words(Role r) noexcept {
  switch (r) {
    case Role::head_of_state:
      return "head of state";
    case Role::head_of_government:
      return "head of government";
    case Role::vice_president:
      return "vice president";
    case Role::foreign_minister:
      return "foreign minister";
    case Role::defence_minister:
      return "defence minister";
    case Role::national_security_adviser:
      return "national security adviser";
    case Role::military_chief:
      return "military chief";
    case Role::military_commander:
      return "military commander";
    case Role::ambassador:
      return "ambassador";
    case Role::envoy:
      return "envoy";
    case Role::negotiator:
      return "negotiator";
    case Role::official:
      return "official";
  }
  return "invalid role";
}

// The level at which states speak: "leader", "working group", "unknown".
constexpr std::string_view to_words(Level l) noexcept {
  switch (l) {
    case Level::leader:
      return "leader";
    case Level::foreign_minister:
      return "foreign minister";
    case Level::defence_minister:
      return "defence minister";
    case Level::military_chief:
      return "military chief";
    case Level::ambassador:
      return "ambassador";
    case Level::envoy:
      return "envoy";
    case Level::working_group:
      return "working group";
    case Level::official:
      return "official";
    case Level::unknown:
      return "unknown";
  }
  return "invalid level";
}

// What a contact over the medium is called: "phone call", "meeting", "fax".
constexpr std::string_view to_words(Medium m) noexcept {
  switch (m) {
    case Medium::unknown:
      return "unknown medium";
    case Medium::in_person:
      return "meeting";
    case Medium::telephone:
      return "phone call";
    case Medium::video:
      return "video call";
    case Medium::teletype:
      return "teletype";
    case Medium::telex:
      return "telex";
    case Medium::facsimile:
      return "fax";
    case Medium::letter:
      return "letter";
  }
  return "invalid medium";
}

// A topic as a person names it: "Ukraine", "arms control".
constexpr std::string_view to_words(Topic t) noexcept {
  switch (t) {
    case Topic::ukraine:
      return "Ukraine";
    case Topic::syria:
      return "Syria";
    case Topic::iran_nuclear:
      return "Iran's nuclear programme";
    case Topic::terrorism:
      return "terrorism";
    case Topic::arms_control:
      return "arms control";
    case Topic::middle_east_war:
      return "war in the Middle East";
    case Topic::cyber_security:
      return "cyber-security";
    case Topic::elections:
      return "election interference";
    case Topic::north_korea:
      return "North Korea";
    case Topic::economy:
      return "economy";
    case Topic::climate:
      return "climate";
    case Topic::prisoners:
      return "prisoners";
    case Topic::other:
      return "other";
  }
  return "invalid topic";
}

constexpr std::string_view to_words(AgreementKind k) noexcept {
  switch (k) {
    case AgreementKind::memorandum:
      return "memorandum";
    case AgreementKind::treaty:
      return "treaty";
    case AgreementKind::ceasefire:
      return "ceasefire";
    case AgreementKind::resolution:
      return "resolution";
    case AgreementKind::channel:
      return "channel";
    case AgreementKind::working_group:
      return "working group";
    case AgreementKind::statement:
      return "joint statement";
    case AgreementKind::other:
      return "other";
  }
  return "invalid agreement kind";
}

constexpr std::string_view to_words(AgreementStatus s) noexcept {
  switch (s) {
    case AgreementStatus::unknown:
      return "unknown status";
    case AgreementStatus::proposed:
      return "proposed";
    case AgreementStatus::signed_:
      return "signed";
    case AgreementStatus::in_force:
      return "in force";
    case AgreementStatus::suspended:
      return "suspended";
    case AgreementStatus::terminated:
      return "terminated";
  }
  return "invalid agreement status";
}

// The English name of a month: "January". "invalid month" unless ok().
constexpr std::string_view to_words(std::chrono::month m) noexcept {
  constexpr std::string_view names[] = {"January",   "February", "March",    "April",
                                        "May",       "June",     "July",     "August",
                                        "September", "October",  "November", "December"};
  return m.ok() ? names[unsigned{m} - 1] : "invalid month";
}

// What an id identifies: kind_name(ActorId{7}) is "actor". The same words
// name entries in registry diagnostics.
constexpr std::string_view kind_name(ActorId) noexcept {
  return "actor";
}
constexpr std::string_view kind_name(ChannelId) noexcept {
  return "channel";
}
constexpr std::string_view kind_name(ContactId) noexcept {
  return "contact";
}
constexpr std::string_view kind_name(AgreementId) noexcept {
  return "agreement";
}
constexpr std::string_view kind_name(SourceId) noexcept {
  return "source";
}

}  // namespace hotline
