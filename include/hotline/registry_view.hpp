// The tables of a registry: its input (for make_registry), the storage a
// registry built while compiling keeps, and the Registry view that every
// query reads; the rules an entry must keep and the diagnostic of a broken
// one. Cheap to include: the builders are in <hotline/registry.hpp>.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

#include <hotline/actor.hpp>
#include <hotline/agreement.hpp>
#include <hotline/channel.hpp>
#include <hotline/contact.hpp>
#include <hotline/enumerators.hpp>
#include <hotline/relation.hpp>
#include <hotline/source.hpp>
#include <hotline/statement.hpp>

namespace hotline {

// The rules a registry entry must keep. Each has a fixed wording, as the build
// error and the run-time error give it: to_words(rule).
enum class Rule : std::uint8_t {
  missing_id,
  duplicate_id,
  missing_name,
  impossible_date,
  unknown_actor,
  unknown_channel,
  unknown_source,
  unknown_agreement,
  unknown_contact,
  too_few_participants,
  repeated_participant,
  same_state_only,
  no_office_on_date,
  derived_mismatch,
  initiator_not_participant,
  channel_not_yet_established,
  medium_not_carried,
  ends_before_start,
  in_force_before_signed,
  refinement_outside_date,
  constraints_conflict,
  contradicted_statement,
};

template <>
struct EnumeratorTable<Rule> {
  static constexpr std::string_view kind = "rule";
  static constexpr Enumerator<Rule> items[] = {
      {Rule::missing_id, "missing_id", "id is missing (0)"},
      {Rule::duplicate_id, "duplicate_id", "id is used twice"},
      {Rule::missing_name, "missing_name", "name is empty"},
      {Rule::impossible_date, "impossible_date", "date is impossible or empty"},
      {Rule::unknown_actor, "unknown_actor", "names an unknown actor id"},
      {Rule::unknown_channel, "unknown_channel", "names an unknown channel id"},
      {Rule::unknown_source, "unknown_source", "names an unknown source id"},
      {Rule::unknown_agreement, "unknown_agreement", "names an unknown agreement id"},
      {Rule::unknown_contact, "unknown_contact", "names an unknown contact id"},
      {Rule::too_few_participants, "too_few_participants", "has fewer than two participants"},
      {Rule::repeated_participant, "repeated_participant", "lists a participant twice"},
      {Rule::same_state_only, "same_state_only", "joins only one state"},
      {Rule::no_office_on_date, "no_office_on_date", "a participant held no office on that date"},
      {Rule::derived_mismatch, "derived_mismatch",
       "states or level given do not match the offices held"},
      {Rule::initiator_not_participant, "initiator_not_participant", "initiator did not take part"},
      {Rule::channel_not_yet_established, "channel_not_yet_established",
       "channel used before it was established"},
      {Rule::medium_not_carried, "medium_not_carried",
       "channel did not carry that medium on that date"},
      {Rule::ends_before_start, "ends_before_start", "ends before it starts"},
      {Rule::in_force_before_signed, "in_force_before_signed",
       "agreement in force before it was signed"},
      {Rule::refinement_outside_date, "refinement_outside_date",
       "refined date lies outside the documented date"},
      {Rule::constraints_conflict, "constraints_conflict",
       "contradicts the dates and relations it is bound with"},
      {Rule::contradicted_statement, "contradicted_statement",
       "statement is contradicted by the data on derived dates"},
  };
};

// The former name of to_words(Rule).
[[deprecated("use hotline::to_words")]] constexpr std::string_view what(Rule rule) noexcept {
  return to_words(rule);
}

// One broken rule: which rule, which entry (kind, id, and a name or date
// that a person recognises), and which field.
struct Diagnostic {
  Rule rule = Rule::missing_id;
  std::string_view kind{};   // "contact", "actor", ...
  std::uint32_t id = 0;      // the entry's id value
  std::string_view label{};  // the entry's name, or empty for contacts
  IsoText date{};            // the contact's date, for contacts
  std::string_view field{};  // "initiator", "date", ...
  // constraints_conflict: another entry in the conflict ("relation", 3).
  std::string_view other_kind{};
  std::uint32_t other_id = 0;

  friend constexpr bool operator==(const Diagnostic& a, const Diagnostic& b) noexcept {
    return a.rule == b.rule && a.kind == b.kind && a.id == b.id && a.field == b.field &&
           a.other_kind == b.other_kind && a.other_id == b.other_id;
  }
};

namespace detail {

// Items sorted by id. Ids are most often 1, 2, 3...: the entry at position
// id - 1 is tried first (a few steps in a constant evaluation), then a
// binary search.
// (Through a pointer: std::span::operator[] is a call, and calls are most
// of a constant evaluation's cost.)
template <class T, class I>
constexpr const T* find_by_id(std::span<const T> items, I id) noexcept {
  const T* p = items.data();
  const std::size_t n = items.size();
  const std::size_t guess = std::size_t{id.value()} - 1;
  if (guess < n && p[guess].id == id) return p + guess;
  std::size_t lo = 0;
  std::size_t hi = n;
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (p[mid].id < id)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < n && p[lo].id == id ? p + lo : nullptr;
}

template <class T>
constexpr const T* find_by_name(std::span<const T> items, std::string_view name) noexcept {
  for (const T& item : items)
    if (item.name == name) return &item;
  return nullptr;
}

// Not constexpr: reaching it stops a constant expression, and the compiler
// names the lookup that led here.
[[noreturn]] inline void registry_lookup_failed(std::string_view what, std::string_view name) {
  throw std::out_of_range("hotline::Registry: no entry with that " + std::string(what) +
                          (name.empty() ? std::string() : " '" + std::string(name) + "'"));
}

template <class T>
constexpr const T& must(const T* found, std::string_view what, std::string_view name = {}) {
  if (found == nullptr) registry_lookup_failed(what, name);
  return *found;
}

}  // namespace detail

// A read-only view of a validated registry: trivially copyable, pointing into
// storage that outlives it (static storage for make_registry, the
// OwnedRegistry otherwise). Actors, channels, agreements and sources are
// sorted by id; tenures by actor, then start; contacts by date, then id.
class Registry {
 public:
  std::span<const Source> sources;
  std::span<const Actor> actors;
  std::span<const Tenure> tenures;
  std::span<const Channel> channels;
  std::span<const Contact> contacts;
  std::span<const Agreement> agreements;
  // What the sources say of the contacts (checked with hotline::check),
  // how their dates relate, and the dates and gaps derived from both
  // (<hotline/analysis/derived.hpp>; sorted as derive_dates gives them).
  std::span<const Statement> statements{};
  std::span<const Relation> relations{};
  std::span<const DerivedDate> derived{};
  std::span<const DerivedGap> derived_gaps{};

  // The derived layer of dates, for hotline::check and the analyses.
  constexpr Dating dating() const noexcept { return {derived, derived_gaps, sources}; }

  // Lookups by id: nullptr when there is no such entry. O(log n), but for
  // contacts (below).
  constexpr const Actor* find(ActorId id) const noexcept { return detail::find_by_id(actors, id); }
  constexpr const Channel* find(ChannelId id) const noexcept {
    return detail::find_by_id(channels, id);
  }
  constexpr const Agreement* find(AgreementId id) const noexcept {
    return detail::find_by_id(agreements, id);
  }
  constexpr const Source* find(SourceId id) const noexcept {
    return detail::find_by_id(sources, id);
  }
  // Contacts are in date order, not id order: this lookup is O(n).
  constexpr const Contact* find(ContactId id) const noexcept {
    for (const Contact& c : contacts)
      if (c.id == id) return &c;
    return nullptr;
  }

  // Lookups that must succeed: an unknown id or name stops a constant
  // expression (the compiler names the call) and throws std::out_of_range at
  // run time.
  constexpr const Actor& operator[](ActorId id) const { return detail::must(find(id), "actor id"); }
  constexpr const Channel& operator[](ChannelId id) const {
    return detail::must(find(id), "channel id");
  }
  constexpr const Agreement& operator[](AgreementId id) const {
    return detail::must(find(id), "agreement id");
  }
  constexpr const Source& operator[](SourceId id) const {
    return detail::must(find(id), "source id");
  }
  constexpr const Contact& operator[](ContactId id) const {
    return detail::must(find(id), "contact id");
  }

  // By name: actor("Barack Obama"), channel("Moscow-Washington hotline"),
  // agreement("UN Security Council Resolution 2268"). O(n).
  constexpr const Actor& actor(std::string_view name) const {
    return detail::must(detail::find_by_name(actors, name), "actor name", name);
  }
  constexpr const Channel& channel(std::string_view name) const {
    return detail::must(detail::find_by_name(channels, name), "channel name", name);
  }
  constexpr const Agreement& agreement(std::string_view name) const {
    return detail::must(detail::find_by_name(agreements, name), "agreement name", name);
  }

  // The tenures of one actor, in order of start.
  constexpr std::span<const Tenure> tenures_of(ActorId id) const noexcept {
    const auto first = std::lower_bound(tenures.begin(), tenures.end(), id,
                                        [](const Tenure& t, ActorId a) { return t.actor < a; });
    auto last = first;
    while (last != tenures.end() && last->actor == id) ++last;
    return {first, last};
  }
  // The most senior office the actor may have held at some day of `when`
  // (the lowest Level; the earliest tenure among equals), if any.
  constexpr std::optional<Tenure> office_on(ActorId id, Date when) const noexcept {
    std::optional<Tenure> best;
    for (const Tenure& t : tenures_of(id))
      if (t.may_cover(when) && (!best || level_of(t.office.role) < level_of(best->office.role)))
        best = t;
    return best;
  }
};

// The states and level a contact's participants put it at, from the offices
// they may have held on its date in `people` (a registry's actors and
// tenures): what the registry builder derives, for contacts read from data
// that name people but not their states ("Joe Biden;Vladimir Putin").
// Participants with no office then are left out; no states give
// Level::unknown.
struct StatesAndLevel {
  States states{};
  Level level = Level::unknown;
};

constexpr StatesAndLevel states_and_level(const Registry& people, const Contact& c) noexcept {
  detail::StateLevels sides;
  for (ActorId p : c.participants)
    if (const auto office = people.office_on(p, c.date))
      sides.add(office->office.country.index(), level_of(office->office.role));
  StatesAndLevel out;
  for (std::size_t i = 0; i < sides.size(); ++i)
    out.states.push_back(Country::from_index(sides.state(i)));
  out.level = sides.level();
  return out;
}

namespace detail {

// A diagnostic as one line of text, usable in constant expressions:
// "contact 17 (2014-03) field initiator: initiator did not take part",
// "actor 3 (Sergey Lavrov) field id: id is used twice". (No quote marks: GCC
// would print them escaped.)
struct DiagnosticText {
  char text[200]{};

  constexpr DiagnosticText() = default;
  constexpr explicit DiagnosticText(const std::optional<Diagnostic>& d) {
    if (!d) return;
    std::size_t n = 0;
    const auto put = [&](std::string_view s) {
      for (char ch : s)
        if (n + 1 < sizeof(text)) text[n++] = ch;
    };
    const auto number = [&](std::uint32_t v) {
      char digits[10]{};
      std::size_t k = 0;
      do {
        digits[k++] = static_cast<char>('0' + v % 10);
        v /= 10;
      } while (v != 0);
      while (k > 0) put(std::string_view{&digits[--k], 1});
    };
    put(d->kind);
    put(" ");
    number(d->id);
    if (!d->label.empty()) {
      put(" (");
      put(d->label);
      put(")");
    }
    if (d->date.size != 0) {
      put(" (");
      put(d->date.view());
      put(")");
    }
    put(" field ");
    put(d->field);
    put(": ");
    put(to_words(d->rule));
    if (!d->other_kind.empty()) {
      put(" (with ");
      put(d->other_kind);
      put(" ");
      number(d->other_id);
      put(")");
    }
  }
  constexpr bool empty() const noexcept { return text[0] == '\0'; }
  constexpr std::string_view view() const noexcept { return text; }
};

}  // namespace detail

// The constexpr input of a registry: views of constexpr arrays, in any order.
// Contacts leave `states` and `level` empty (they are derived) or give them
// to be checked.
struct RegistryInput {
  std::span<const Source> sources{};
  std::span<const Actor> actors{};
  std::span<const Tenure> tenures{};
  std::span<const Channel> channels{};
  std::span<const Contact> contacts{};
  std::span<const Agreement> agreements{};
  std::span<const Statement> statements{};
  std::span<const Relation> relations{};
};

// The sorted tables of a registry built while compiling.
template <std::size_t NS, std::size_t NA, std::size_t NT, std::size_t NCh, std::size_t NCo,
          std::size_t NAg>
struct RegistryStorage {
  std::array<Source, NS> sources{};
  std::array<Actor, NA> actors{};
  std::array<Tenure, NT> tenures{};
  std::array<Channel, NCh> channels{};
  std::array<Contact, NCo> contacts{};
  std::array<Agreement, NAg> agreements{};

  constexpr Registry view() const noexcept {
    return {sources, actors, tenures, channels, contacts, agreements};
  }
};

}  // namespace hotline
