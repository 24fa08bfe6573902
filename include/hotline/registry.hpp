// Registries: sources, actors, tenures, channels, contacts and agreements,
// checked against each other and sorted for queries. Built and validated
// while compiling from constexpr arrays (make_registry), or at run time from
// data (OwnedRegistry::build); both give the same Registry view and apply the
// same rules.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <hotline/actor.hpp>
#include <hotline/agreement.hpp>
#include <hotline/channel.hpp>
#include <hotline/contact.hpp>
#include <hotline/source.hpp>
#include <hotline/text_store.hpp>

namespace hotline {

// The rules a registry entry must keep. Each has a fixed wording: what(rule).
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
};

// The wording of a rule, as the build error and the run-time error give it.
constexpr std::string_view what(Rule rule) noexcept {
  switch (rule) {
    case Rule::missing_id:
      return "id is missing (0)";
    case Rule::duplicate_id:
      return "id is used twice";
    case Rule::missing_name:
      return "name is empty";
    case Rule::impossible_date:
      return "date is impossible or empty";
    case Rule::unknown_actor:
      return "names an unknown actor id";
    case Rule::unknown_channel:
      return "names an unknown channel id";
    case Rule::unknown_source:
      return "names an unknown source id";
    case Rule::unknown_agreement:
      return "names an unknown agreement id";
    case Rule::unknown_contact:
      return "names an unknown contact id";
    case Rule::too_few_participants:
      return "has fewer than two participants";
    case Rule::repeated_participant:
      return "lists a participant twice";
    case Rule::same_state_only:
      return "joins only one state";
    case Rule::no_office_on_date:
      return "a participant held no office on that date";
    case Rule::derived_mismatch:
      return "states or level given do not match the offices held";
    case Rule::initiator_not_participant:
      return "initiator did not take part";
    case Rule::channel_not_yet_established:
      return "channel used before it was established";
    case Rule::medium_not_carried:
      return "channel did not carry that medium on that date";
    case Rule::ends_before_start:
      return "ends before it starts";
    case Rule::in_force_before_signed:
      return "agreement in force before it was signed";
    case Rule::refinement_outside_date:
      return "refined date lies outside the documented date";
  }
  return "invalid";
}

// One broken rule: which rule, which entry (kind, id, and a name or date
// that a person recognises), and which field.
struct Diagnostic {
  Rule rule = Rule::missing_id;
  std::string_view kind;   // "contact", "actor", ...
  std::uint32_t id = 0;    // the entry's id value
  std::string_view label;  // the entry's name, or empty for contacts
  IsoText date;            // the contact's date, for contacts
  std::string_view field;  // "initiator", "date", ...

  friend constexpr bool operator==(const Diagnostic& a, const Diagnostic& b) noexcept {
    return a.rule == b.rule && a.kind == b.kind && a.id == b.id && a.field == b.field;
  }
};

namespace detail {

template <class T, class I>
constexpr const T* find_by_id(std::span<const T> items, I id) noexcept {
  const auto it = std::lower_bound(items.begin(), items.end(), id,
                                   [](const T& item, I key) { return item.id < key; });
  return it != items.end() && it->id == id ? &*it : nullptr;
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

  // Lookups by id: nullptr when there is no such entry. O(log n).
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

namespace detail {

template <class T>
constexpr void sort_by_id(std::span<T> items) {
  const auto by_id = [](const T& a, const T& b) { return a.id < b.id; };
  if (!std::is_sorted(items.begin(), items.end(), by_id))
    std::sort(items.begin(), items.end(), by_id);
}

constexpr bool contact_before(const Contact& a, const Contact& b) noexcept {
  if (a.date != b.date) return a.date < b.date;
  return a.id < b.id;
}

constexpr bool tenure_before(const Tenure& a, const Tenure& b) noexcept {
  if (a.actor != b.actor) return a.actor < b.actor;
  return a.start < b.start;
}

// The states and level of a contact, from the offices its participants may
// have held on its date. Each state is placed at the level of its most senior
// participant; the contact is at the level of its least senior state.
// Participants without an office are skipped (validation reports them).
constexpr void derive_states_and_level(const Registry& r, const Contact& c, States& states,
                                       Level& level) {
  std::array<Level, max_participants> state_level{};
  for (ActorId p : c.participants) {
    const auto office = r.office_on(p, c.date);
    if (!office) continue;
    const Country country = office->office.country;
    const Level l = level_of(office->office.role);
    std::size_t i = 0;
    while (i < states.size() && states[i] != country) ++i;
    if (i == states.size()) {
      states.push_back(country);
      state_level[i] = l;
    } else if (l < state_level[i]) {
      state_level[i] = l;
    }
  }
  level = Level::leader;
  for (std::size_t i = 0; i < states.size(); ++i) level = std::max(level, state_level[i]);
  if (states.empty()) level = Level::unknown;
}

// Sorts every table and fills in each contact's states and level. The spans
// are the registry's own storage.
// What assembling learnt that validation needs: per contact (in registry
// order), whether the states or level the input gave differ from the derived
// ones; and all contact ids, sorted, to find duplicates in linear time.
struct AssemblyNotes {
  std::span<const bool> derived_mismatch;
  std::span<const ContactId> sorted_contact_ids;
};

constexpr void assemble(std::span<Source> sources, std::span<Actor> actors,
                        std::span<Tenure> tenures, std::span<Channel> channels,
                        std::span<Contact> contacts, std::span<Agreement> agreements,
                        std::span<bool> derived_mismatch, std::span<ContactId> sorted_ids) {
  sort_by_id(sources);
  sort_by_id(actors);
  sort_by_id(channels);
  sort_by_id(agreements);
  if (!std::is_sorted(tenures.begin(), tenures.end(), tenure_before))
    std::sort(tenures.begin(), tenures.end(), tenure_before);
  if (!std::is_sorted(contacts.begin(), contacts.end(), contact_before))
    std::sort(contacts.begin(), contacts.end(), contact_before);
  const Registry r{sources, actors, tenures, channels, contacts, agreements};
  for (std::size_t i = 0; i < contacts.size(); ++i) {
    Contact& c = contacts[i];
    States states;
    Level level = Level::unknown;
    derive_states_and_level(r, c, states, level);
    // States given in any order are fine; a missing or extra one is not.
    bool same_states = c.states.size() == states.size();
    for (Country s : c.states) same_states = same_states && states.contains(s);
    derived_mismatch[i] =
        (!c.states.empty() && !same_states) || (c.level != Level::unknown && c.level != level);
    c.states = states;
    c.level = level;
    sorted_ids[i] = c.id;
  }
  std::sort(sorted_ids.begin(), sorted_ids.end());
}

// Reports each broken rule to `report(const Diagnostic&)`, which returns
// false to stop.
template <class Report>
constexpr void validate(const Registry& r, AssemblyNotes notes, Report&& report) {
  bool go = true;
  const auto fail = [&](Rule rule, std::string_view kind, std::uint32_t id, std::string_view label,
                        std::string_view field, IsoText date = {}) {
    if (go) go = report(Diagnostic{rule, kind, id, label, date, field});
  };
  const auto check_ids = [&](auto items, std::string_view kind) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      const auto& e = items[i];
      if (!e.id.ok()) fail(Rule::missing_id, kind, 0, e.name, "id");
      if (i > 0 && items[i - 1].id == e.id)
        fail(Rule::duplicate_id, kind, e.id.value(), e.name, "id");
      if (e.name.empty()) fail(Rule::missing_name, kind, e.id.value(), e.name, "name");
    }
  };

  for (std::size_t i = 0; i < r.sources.size() && go; ++i) {
    const Source& s = r.sources[i];
    if (!s.id.ok()) fail(Rule::missing_id, "source", 0, s.title, "id");
    if (i > 0 && r.sources[i - 1].id == s.id)
      fail(Rule::duplicate_id, "source", s.id.value(), s.title, "id");
    if (s.title.empty() && s.publication.empty())
      fail(Rule::missing_name, "source", s.id.value(), s.title, "title");
    if (!s.published.ok())
      fail(Rule::impossible_date, "source", s.id.value(), s.title, "published");
  }
  check_ids(r.actors, "actor");
  check_ids(r.channels, "channel");
  check_ids(r.agreements, "agreement");

  for (const Tenure& t : r.tenures) {
    if (!go) return;
    if (!r.find(t.actor)) fail(Rule::unknown_actor, "tenure", t.actor.value(), t.title, "actor");
    if (t.source.ok() && !r.find(t.source))
      fail(Rule::unknown_source, "tenure", t.actor.value(), t.title, "source");
    if (!t.start.ok()) fail(Rule::impossible_date, "tenure", t.actor.value(), t.title, "start");
    if (t.end && !t.end->ok())
      fail(Rule::impossible_date, "tenure", t.actor.value(), t.title, "end");
    if (t.start.ok() && t.end && t.end->ok() && t.end->certainly_before(t.start))
      fail(Rule::ends_before_start, "tenure", t.actor.value(), t.title, "end");
  }

  for (const Channel& c : r.channels) {
    if (!go) return;
    const auto id = c.id.value();
    if (!c.established.ok()) fail(Rule::impossible_date, "channel", id, c.name, "established");
    if (c.established_by && !r.find(*c.established_by))
      fail(Rule::unknown_agreement, "channel", id, c.name, "established_by");
    for (const MediumSince& m : c.media)
      if (!m.since.ok()) fail(Rule::impossible_date, "channel", id, c.name, "media");
    if (c.ended && !c.ended->ok()) fail(Rule::impossible_date, "channel", id, c.name, "ended");
    if (c.ended && c.ended->ok() && c.established.ok() && c.ended->certainly_before(c.established))
      fail(Rule::ends_before_start, "channel", id, c.name, "ended");
    if (!r.find(c.source)) fail(Rule::unknown_source, "channel", id, c.name, "source");
  }

  const auto& ids = notes.sorted_contact_ids;
  for (std::size_t i = 1; i < ids.size(); ++i)
    if (ids[i] == ids[i - 1] && ids[i].ok()) {
      const Contact& c = *r.find(ids[i]);
      fail(Rule::duplicate_id, "contact", ids[i].value(), {}, "id", to_iso(c.date));
    }

  for (std::size_t i = 0; i < r.contacts.size() && go; ++i) {
    const Contact& c = r.contacts[i];
    const auto id = c.id.value();
    const IsoText date = to_iso(c.date);
    const auto fail_c = [&](Rule rule, std::string_view field) {
      fail(rule, "contact", id, {}, field, date);
    };
    if (!c.id.ok()) fail_c(Rule::missing_id, "id");
    if (!c.date.ok()) {
      fail_c(Rule::impossible_date, "date");
      continue;
    }
    if (c.participants.size() < 2) fail_c(Rule::too_few_participants, "participants");
    bool all_known = true;
    for (std::size_t p = 0; p < c.participants.size(); ++p) {
      const ActorId a = c.participants[p];
      for (std::size_t q = 0; q < p; ++q)
        if (c.participants[q] == a) fail_c(Rule::repeated_participant, "participants");
      if (!r.find(a)) {
        fail_c(Rule::unknown_actor, "participants");
        all_known = false;
      } else if (!r.office_on(a, c.date)) {
        fail_c(Rule::no_office_on_date, "participants");
        all_known = false;
      }
    }
    if (all_known && c.participants.size() >= 2) {
      bool two_states = false;
      // SUN and RUS are one state across time; USA and SUN are two.
      for (Country s : c.states)
        two_states = two_states || s.continuator() != c.states[0].continuator();
      if (!two_states) fail_c(Rule::same_state_only, "participants");
    }
    if (notes.derived_mismatch[i]) fail_c(Rule::derived_mismatch, "states");
    if (c.initiator && !c.participants.contains(*c.initiator))
      fail_c(Rule::initiator_not_participant, "initiator");
    if (const Channel* ch = r.find(c.channel)) {
      if (ch->established.ok() && c.date.certainly_before(ch->established))
        fail_c(Rule::channel_not_yet_established, "channel");
      else if (!ch->may_carry(c.medium, c.date))
        fail_c(Rule::medium_not_carried, "medium");
    } else if (c.channel.ok()) {
      fail_c(Rule::unknown_channel, "channel");
    }
    if (!r.find(c.source)) fail_c(Rule::unknown_source, "source");
    if (c.refined && !(c.refined->date.ok() && c.date.contains(c.refined->date)))
      fail_c(Rule::refinement_outside_date, "refined");
  }

  for (const Agreement& a : r.agreements) {
    if (!go) return;
    const auto id = a.id.value();
    if (a.signed_on && !a.signed_on->ok())
      fail(Rule::impossible_date, "agreement", id, a.name, "signed");
    if (a.in_force && !a.in_force->ok())
      fail(Rule::impossible_date, "agreement", id, a.name, "in_force");
    if (a.signed_on && a.in_force && a.signed_on->ok() && a.in_force->ok() &&
        a.in_force->certainly_before(*a.signed_on))
      fail(Rule::in_force_before_signed, "agreement", id, a.name, "in_force");
    if (a.reached_at && !r.find(*a.reached_at))
      fail(Rule::unknown_contact, "agreement", id, a.name, "reached_at");
    if (!r.find(a.source)) fail(Rule::unknown_source, "agreement", id, a.name, "source");
    const std::optional<Date> documented = a.signed_on ? a.signed_on : a.in_force;
    if (a.refined && !(a.refined->date.ok() && documented && documented->contains(a.refined->date)))
      fail(Rule::refinement_outside_date, "agreement", id, a.name, "refined");
  }
}

// The first broken rule of a registry, or nullopt.
constexpr std::optional<Diagnostic> first_error(const Registry& r, AssemblyNotes notes) {
  std::optional<Diagnostic> first;
  validate(r, notes, [&](const Diagnostic& d) {
    first = d;
    return false;
  });
  return first;
}

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
    put(d->kind);
    put(" ");
    char digits[10]{};
    std::size_t k = 0;
    std::uint32_t v = d->id;
    do {
      digits[k++] = static_cast<char>('0' + v % 10);
      v /= 10;
    } while (v != 0);
    while (k > 0) put(std::string_view{&digits[--k], 1});
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
    put(what(d->rule));
  }
  constexpr bool empty() const noexcept { return text[0] == '\0'; }
  constexpr std::string_view view() const noexcept { return text; }
};

// GCC prints this template's argument, the text of the error, when the
// static_assert fails.
template <DiagnosticText Error>
struct registry_check {
  static_assert(Error.empty(),
                "hotline: invalid registry entry; the text of the template argument above names "
                "the entry, the field and the rule");
  static constexpr bool ok = true;
};

// Clang prints the arguments of this call when it stops the build.
inline void the_registry_entry_above_is_invalid() {}
constexpr void invalid_registry_entry(std::string_view kind, std::uint32_t id,
                                      std::string_view field, std::string_view rule) {
  if (!rule.empty()) the_registry_entry_above_is_invalid();
  (void)kind, (void)id, (void)field;
}

}  // namespace detail

// The constexpr input of a registry: views of constexpr arrays, in any order.
// Contacts leave `states` and `level` empty (they are derived) or give them
// to be checked.
struct RegistryInput {
  std::span<const Source> sources;
  std::span<const Actor> actors;
  std::span<const Tenure> tenures;
  std::span<const Channel> channels;
  std::span<const Contact> contacts;
  std::span<const Agreement> agreements;
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
  std::array<bool, NCo> derived_mismatch{};
  std::array<ContactId, NCo> sorted_contact_ids{};

  constexpr Registry view() const noexcept {
    return {sources, actors, tenures, channels, contacts, agreements};
  }
  constexpr detail::AssemblyNotes notes() const noexcept {
    return {derived_mismatch, sorted_contact_ids};
  }
};

namespace detail {

template <const RegistryInput& In>
constexpr auto assemble_storage() {
  RegistryStorage<In.sources.size(), In.actors.size(), In.tenures.size(), In.channels.size(),
                  In.contacts.size(), In.agreements.size()>
      s;
  std::copy(In.sources.begin(), In.sources.end(), s.sources.begin());
  std::copy(In.actors.begin(), In.actors.end(), s.actors.begin());
  std::copy(In.tenures.begin(), In.tenures.end(), s.tenures.begin());
  std::copy(In.channels.begin(), In.channels.end(), s.channels.begin());
  std::copy(In.contacts.begin(), In.contacts.end(), s.contacts.begin());
  std::copy(In.agreements.begin(), In.agreements.end(), s.agreements.begin());
  assemble(s.sources, s.actors, s.tenures, s.channels, s.contacts, s.agreements, s.derived_mismatch,
           s.sorted_contact_ids);
  return s;
}

// Each stage is its own constant: the compilers' step limits apply to each
// evaluation on its own, so sorting and validating do not share one budget.
template <const RegistryInput& In>
inline constexpr auto storage = assemble_storage<In>();

template <const RegistryInput& In>
inline constexpr std::optional<Diagnostic> diagnostic = first_error(storage<In>.view(),
                                                                    storage<In>.notes());

}  // namespace detail

// Builds, sorts and validates a registry while compiling. A broken rule stops
// the build with a message that names the entry (kind and id, with its name
// or date), the field and the rule.
//
//   inline constexpr hotline::RegistryInput my_input{my_sources, my_actors, ...};
//   inline constexpr hotline::Registry my_registry = hotline::make_registry<my_input>();
template <const RegistryInput& In>
consteval Registry make_registry() {
  constexpr auto& d = detail::diagnostic<In>;
#if defined(__clang__)
  // Clang shows the arguments of this call (kind, id, field, rule).
  if constexpr (d.has_value())
    detail::invalid_registry_entry(d->kind, d->id, d->field, what(d->rule));
#else
  // GCC shows the text of the template argument.
  static_assert(detail::registry_check<detail::DiagnosticText{d}>::ok);
#endif
  return detail::storage<In>.view();
}

// The tables of a registry read at run time, and the text they point to.
struct RegistryTables {
  std::vector<Source> sources;
  std::vector<Actor> actors;
  std::vector<Tenure> tenures;
  std::vector<Channel> channels;
  std::vector<Contact> contacts;
  std::vector<Agreement> agreements;
  TextStore text;
};

// A registry built at run time: owns its tables and their text. Built only
// through build(), so every OwnedRegistry is valid; moving it keeps its view
// valid.
class OwnedRegistry {
 public:
  struct Built;

  // Sorts the tables, derives each contact's states and level, and checks
  // every rule of make_registry. Gives the registry when no rule is broken,
  // and every broken rule otherwise (nothing is dropped or repaired).
  static Built build(RegistryTables tables);

  Registry view() const noexcept {
    return {t_.sources, t_.actors, t_.tenures, t_.channels, t_.contacts, t_.agreements};
  }
  const RegistryTables& tables() const noexcept { return t_; }

 private:
  explicit OwnedRegistry(RegistryTables t) : t_(std::move(t)) {}
  RegistryTables t_;
};

struct OwnedRegistry::Built {
  std::optional<OwnedRegistry> registry;  // set when errors is empty
  std::vector<Diagnostic> errors;
};

inline OwnedRegistry::Built OwnedRegistry::build(RegistryTables t) {
  const std::size_t n = t.contacts.size();
  auto mismatch = std::make_unique<bool[]>(n);
  std::vector<ContactId> ids(n);
  detail::assemble(t.sources, t.actors, t.tenures, t.channels, t.contacts, t.agreements,
                   {mismatch.get(), n}, ids);
  Built built;
  const Registry view{t.sources, t.actors, t.tenures, t.channels, t.contacts, t.agreements};
  detail::validate(view, {{mismatch.get(), n}, ids}, [&](const Diagnostic& d) {
    built.errors.push_back(d);
    return true;
  });
  if (built.errors.empty()) built.registry = OwnedRegistry{std::move(t)};
  return built;
}

}  // namespace hotline
