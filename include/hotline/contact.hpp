// Contacts: one exchange between two or more people (or, in event data, two
// or more states), on one date, over one channel and medium.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include <hotline/actor.hpp>
#include <hotline/channel.hpp>
#include <hotline/country.hpp>
#include <hotline/date.hpp>
#include <hotline/detail/inline_vector.hpp>
#include <hotline/enumerators.hpp>
#include <hotline/id.hpp>
#include <hotline/source.hpp>

namespace hotline {

// What a contact was about. A contact may have several topics (a Topics set).
enum class Topic : std::uint8_t {
  ukraine,
  syria,
  iran_nuclear,
  terrorism,  // ISIS, the 9/11 attacks, aviation security
  arms_control,
  middle_east_war,
  cyber_security,
  elections,  // interference in elections
  north_korea,
  economy,
  climate,
  prisoners,
  other,
};

template <>
struct EnumeratorTable<Topic> {
  static constexpr std::string_view kind = "topic";
  static constexpr Enumerator<Topic> items[] = {
      {Topic::ukraine, "ukraine", "Ukraine"},
      {Topic::syria, "syria", "Syria"},
      {Topic::iran_nuclear, "iran_nuclear", "Iran's nuclear programme", "iran nuclear deal"},
      {Topic::terrorism, "terrorism", "terrorism"},
      {Topic::arms_control, "arms_control", "arms control"},
      {Topic::middle_east_war, "middle_east_war", "war in the Middle East"},
      {Topic::cyber_security, "cyber_security", "cyber-security", "cybersecurity"},
      {Topic::elections, "elections", "election interference"},
      {Topic::north_korea, "north_korea", "North Korea"},
      {Topic::economy, "economy", "economy"},
      {Topic::climate, "climate", "climate"},
      {Topic::prisoners, "prisoners", "prisoners"},
      {Topic::other, "other", "other"},
  };
};

// Number of Topic values: the bits of a Topics set.
inline constexpr std::size_t topic_count = enumerator_count<Topic>;

// A set of topics, one bit each.
class Topics {
 public:
  constexpr Topics() = default;
  constexpr Topics(std::initializer_list<Topic> topics) noexcept {
    for (Topic t : topics) add(t);
  }
  constexpr void add(Topic t) noexcept { bits_ |= bit(t); }
  constexpr bool contains(Topic t) const noexcept { return (bits_ & bit(t)) != 0; }
  constexpr bool empty() const noexcept { return bits_ == 0; }
  constexpr std::uint16_t bits() const noexcept { return bits_; }
  static constexpr Topics from_bits(std::uint16_t bits) noexcept {
    Topics t;
    t.bits_ = static_cast<std::uint16_t>(bits & ((1u << topic_count) - 1));
    return t;
  }

  friend constexpr bool operator==(Topics, Topics) = default;
  friend constexpr auto operator<=>(Topics, Topics) = default;

 private:
  static constexpr std::uint16_t bit(Topic t) noexcept {
    return static_cast<std::uint16_t>(1u << static_cast<unsigned>(t));
  }
  std::uint16_t bits_ = 0;
};

// A length of time, to the minute: the Hamburg meeting lasted 2 h 15 min.
class Duration {
 public:
  constexpr Duration() = default;
  constexpr explicit Duration(std::chrono::minutes m) noexcept : minutes_(m) {}
  constexpr std::chrono::minutes minutes() const noexcept { return minutes_; }

  friend constexpr bool operator==(Duration, Duration) = default;
  friend constexpr auto operator<=>(Duration, Duration) = default;

 private:
  std::chrono::minutes minutes_{0};
};

// At most this many people take part in one contact, and at most this many
// states.
inline constexpr std::size_t max_participants = 6;

using Participants = detail::InlineVector<ActorId, max_participants>;
using States = detail::InlineVector<Country, max_participants>;

// One exchange. Registry contacts name their participants and leave `states`
// and `level` empty: the registry builder derives both from the offices the
// participants held on the day. Contacts read from event data have states and
// a level but no named participants.
//
// (Every member has an initializer of its own: an aggregate initialization
// that leaves a member out copies it, where the compilers would otherwise
// value-initialize the member anew, with overload resolution, for every
// contact written down. 10,000 constexpr contacts: 0.3 s less on GCC.)
struct Contact {
  ContactId id{};
  Date date{};
  Participants participants{};
  States states{};      // one entry per state taking part, in participant order
  ChannelId channel{};  // the standing channel it used; "no id" for an ordinary call or meeting
  Medium medium = Medium::unknown;
  Level level = Level::unknown;
  std::optional<ActorId> initiator = std::nullopt;  // who placed the call or asked for the meeting
  std::string_view location{};
  std::optional<Duration> duration = std::nullopt;
  Topics topics{};
  SourceId source{};
  std::string_view quote{};  // the sentence of the source that documents it
  std::optional<Refinement> refined = std::nullopt;
  std::uint32_t reports = 1;  // how many rows of event data reported it
  // What a user's file wrote that is not an id number: the contact's own id
  // ("c1"; its `id` is then the line it was read from) and its source as
  // text (a URL or a citation, where `source` names a Source entry).
  std::string_view key{};
  std::string_view cited{};

  friend constexpr bool operator==(const Contact&, const Contact&) = default;
  friend constexpr auto operator<=>(const Contact&, const Contact&) = default;
};

// A number of contacts that lies between min and max, both included: a
// count over imprecise dates (min certainly, max possibly), or what a
// source says ("at least twice": 2 to SIZE_MAX).
struct CountRange {
  std::size_t min = 0;
  std::size_t max = 0;

  friend constexpr bool operator==(const CountRange&, const CountRange&) = default;
};

namespace detail {

// The rule that puts a contact at a level, in one place: each state taking
// part is at the level of its most senior participant (the lowest Level),
// and the contact is at the level of its least senior state (the highest).
// The 10 May 2017 meeting of Trump and Tillerson with Lavrov is at
// foreign-minister level, Russia's most senior participant; a contact with
// a state of unknown level is of unknown level. The registry's builders
// (derived from the offices held), the event readers (from each side's
// actor codes) and states_and_level() all add their participants here.
// States are Country::index() numbers: the builder runs this for every
// participant of every contact while compiling, where plain numbers cost
// the fewest steps.
class StateLevels {
 public:
  // Adds a participant of state `country` at `level`; gives the state's
  // position, in order of first appearance.
  constexpr std::size_t add(std::uint16_t country, Level level) noexcept {
    std::size_t i = 0;
    while (i < count_ && state_[i] != country) ++i;
    if (i == count_) {
      state_[count_] = country;
      level_[count_] = level;
      ++count_;
    } else if (level < level_[i]) {
      level_[i] = level;
    }
    return i;
  }
  constexpr std::size_t size() const noexcept { return count_; }
  constexpr std::uint16_t state(std::size_t i) const noexcept { return state_[i]; }
  // The contact's level; unknown when no state was added.
  constexpr Level level() const noexcept {
    if (count_ == 0) return Level::unknown;
    Level l = Level::leader;
    for (std::size_t i = 0; i < count_; ++i)
      if (level_[i] > l) l = level_[i];
    return l;
  }

 private:
  std::uint16_t state_[max_participants]{};
  Level level_[max_participants]{};
  std::size_t count_ = 0;
};

}  // namespace detail

// True when the contact joined state `a` and state `b` (or states they
// continue): joins(c, USA, RUS) holds for a US-USSR contact.
constexpr bool joins(const Contact& c, Country a, Country b) noexcept {
  bool has_a = false;
  bool has_b = false;
  for (Country s : c.states) {
    has_a = has_a || a.continues(s);
    has_b = has_b || b.continues(s);
  }
  return has_a && has_b && a.continuator() != b.continuator();
}

}  // namespace hotline
