// Registries: sources, actors, tenures, channels, contacts and agreements,
// checked against each other and sorted for queries. Built and validated
// while compiling from constexpr arrays (make_registry), or at run time from
// data (OwnedRegistry::build); both give the same Registry view and apply the
// same rules.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
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
  States states;
  Level level = Level::unknown;
};

constexpr StatesAndLevel states_and_level(const Registry& people, const Contact& c) noexcept {
  StatesAndLevel out;
  std::array<Level, max_participants> state_level{};
  for (ActorId p : c.participants) {
    const auto office = people.office_on(p, c.date);
    if (!office) continue;
    const Level l = level_of(office->office.role);
    std::size_t i = 0;
    while (i < out.states.size() && out.states[i] != office->office.country) ++i;
    if (i == out.states.size()) {
      out.states.push_back(office->office.country);
      state_level[i] = l;
    } else if (l < state_level[i]) {
      state_level[i] = l;
    }
  }
  if (!out.states.empty()) out.level = Level::leader;
  for (std::size_t i = 0; i < out.states.size(); ++i)
    if (state_level[i] > out.level) out.level = state_level[i];
  return out;
}

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

// A tenure reduced to what deriving a contact's states and level reads: the
// days it may cover (from its first possible day to its last possible one,
// or for ever while in office) as plain numbers, its level and its state
// (Country::index()) and the state that continues it (SUN's is RUS's).
struct OfficeSpan {
  Date::days::rep first = 0;
  Date::days::rep last = 0;
  Level level = Level::unknown;
  std::uint16_t country = 0;
  std::uint16_t continuator = 0;
};

constexpr OfficeSpan office_span(const Tenure& t) noexcept {
  return {DateDays::first(t.start),
          t.end ? DateDays::last(*t.end) : std::numeric_limits<Date::days::rep>::max(),
          level_of(t.office.role), t.office.country.index(),
          t.office.country.continuator().index()};
}

// Positions [first, last) in a table.
struct PositionRange {
  std::size_t first = 0;
  std::size_t last = 0;
};

// The offices of each actor, in the order of the registry's tenures (by
// actor, then start), as plain pointers (a span's members are calls in a
// constant evaluation). When actor ids are small numbers (the usual case),
// `begin` holds, for each id value v below begin_size - 1, where v's offices
// start (they end where v + 1's start), and `known` whether v is an actor's
// id; otherwise begin_size is 0, `actor_of` is searched and actors are found
// by id.
struct OfficeIndex {
  const OfficeSpan* offices = nullptr;
  const ActorId* actor_of = nullptr;  // the actor of each office
  std::size_t count = 0;
  const std::uint32_t* begin = nullptr;
  const std::uint8_t* known = nullptr;
  std::size_t begin_size = 0;

  // Positions in `offices` of the offices of an actor whose id is not
  // below begin_size - 1 (none when begin_size is not 0).
  constexpr PositionRange search(ActorId a) const noexcept {
    if (begin_size != 0) return {};
    std::size_t lo = 0;
    std::size_t hi = count;
    while (lo < hi) {
      const std::size_t mid = lo + (hi - lo) / 2;
      if (actor_of[mid] < a)
        lo = mid + 1;
      else
        hi = mid;
    }
    std::size_t end = lo;
    while (end < count && actor_of[end] == a) ++end;
    return {lo, end};
  }
};

// Whether an OfficeIndex can use `begin`: the largest actor id of the
// tenures is small next to their number.
constexpr bool small_actor_ids(std::uint32_t max_id, std::size_t tenures) noexcept {
  return max_id <= 4 * tenures + 1024;
}

// Fills `begin` (max id + 2 entries) from the actors of sorted tenures, and
// `known` (as many) from the sorted actors.
constexpr void fill_office_begin(std::span<const ActorId> actor_of, std::span<const Actor> actors,
                                 std::span<std::uint32_t> begin, std::span<std::uint8_t> known) {
  std::size_t t = 0;
  for (std::size_t v = 0; v < begin.size(); ++v) {
    while (t < actor_of.size() && actor_of[t].value() < v) ++t;
    begin[v] = static_cast<std::uint32_t>(t);
  }
  for (const Actor& a : actors)
    if (a.id.value() < known.size()) known[a.id.value()] = 1;
}

// What deriving a contact learnt that validation needs: whether the states
// or level the input gave differ from the derived ones, whether the derived
// states are all one state (SUN and RUS are one state across time), and
// which participants (bit p for participant p) are unknown actors or held
// no office on the date.
struct ContactNote {
  bool mismatch = false;
  bool one_state = false;
  std::uint8_t unknown_actor = 0;
  std::uint8_t no_office = 0;
};

// A contact's states, in participant order, as one number: each state's
// Country::index() in 10 bits, the number of states in the top bits.
// (Constant evaluations make and copy numbers far faster than States.)
using PackedStates = std::uint64_t;
inline constexpr unsigned packed_state_bits = 10;
inline constexpr unsigned packed_count_shift = 60;
static_assert(Country::count() <= (std::size_t{1} << packed_state_bits) &&
              max_participants * packed_state_bits <= packed_count_shift);

constexpr States unpack_states(PackedStates packed) {
  States states;
  const auto n = static_cast<std::size_t>(packed >> packed_count_shift);
  for (std::size_t i = 0; i < n; ++i)
    states.push_back(Country::from_index(static_cast<std::uint16_t>(
        (packed >> (packed_state_bits * i)) & ((1u << packed_state_bits) - 1))));
  return states;
}

// A contact's states and level as its participants' offices give them,
// and what validation needs to know of how they were found.
struct DerivedFields {
  PackedStates states = 0;
  Level level = Level::unknown;
  ContactNote note;
};

// Derives a contact's states and level from the offices its participants
// may have held on its date, the same way at run time and while compiling.
// Each participant counts with the most senior office that may cover some
// day of the date (the lowest Level; the earliest tenure among equals), as
// Registry::office_on picks it. Each state is placed at the level of its most
// senior participant; the contact is at the level of its least senior state.
// Participants without an office are skipped (validation reports them).
// States given in the input in any order are fine; a missing or extra one,
// or another level, is a mismatch. Reads the contact only, in plain numbers
// and through pointers: while compiling, every call and every copy of a
// contact or a States costs.
constexpr DerivedFields derive_fields(std::span<const Actor> actors, const OfficeIndex& index,
                                      const Contact& c) {
  DerivedFields out;
  std::uint16_t states[max_participants]{};
  Level state_level[max_participants]{};
  std::size_t count = 0;
  std::uint16_t first_continuator = 0;
  out.note.one_state = true;
  const auto earliest = DateDays::first(c.date);
  const auto latest = DateDays::last(c.date);
  const OfficeSpan* offices = index.offices;
  const ActorId* participants = c.participants.begin();
  const std::size_t n = c.participants.size();
  for (std::size_t p = 0; p < n; ++p) {
    const ActorId a = participants[p];
    const auto bit = static_cast<std::uint8_t>(1u << p);
    const std::size_t v = a.value();
    PositionRange range;
    if (v + 1 < index.begin_size) {
      if (!index.known[v]) out.note.unknown_actor |= bit;
      range = {index.begin[v], index.begin[v + 1]};
    } else {
      if (!find_by_id(actors, a)) out.note.unknown_actor |= bit;
      range = index.search(a);
    }
    const OfficeSpan* best = nullptr;
    for (std::size_t o = range.first; o < range.last; ++o) {
      const OfficeSpan* s = offices + o;
      if (s->first <= latest && s->last >= earliest && (!best || s->level < best->level)) best = s;
    }
    if (!best) {
      out.note.no_office |= bit;
      continue;
    }
    std::size_t i = 0;
    while (i < count && states[i] != best->country) ++i;
    if (i == count) {
      if (count == 0) first_continuator = best->continuator;
      out.note.one_state = out.note.one_state && best->continuator == first_continuator;
      states[count++] = best->country;
      state_level[i] = best->level;
    } else if (best->level < state_level[i]) {
      state_level[i] = best->level;
    }
  }
  out.level = count == 0 ? Level::unknown : Level::leader;
  out.states = PackedStates{count} << packed_count_shift;
  for (std::size_t i = 0; i < count; ++i) {
    if (state_level[i] > out.level) out.level = state_level[i];
    out.states |= PackedStates{states[i]} << (packed_state_bits * i);
  }
  // States given in the input: the same set, in any order?
  const Country* given = c.states.begin();
  const std::size_t n_given = c.states.size();
  bool same_states = n_given == count;
  for (std::size_t g = 0; g < n_given && same_states; ++g) {
    bool found = false;
    for (std::size_t i = 0; i < count; ++i) found = found || states[i] == given[g].index();
    same_states = found;
  }
  out.note.mismatch =
      (n_given != 0 && !same_states) || (c.level != Level::unknown && c.level != out.level);
  return out;
}

// Sorts the tables other than contacts (by id; tenures by actor, then start).
// (A template, as assemble is, so that only run-time builds compile it.)
template <class = void>
constexpr void sort_tables(std::span<Source> sources, std::span<Actor> actors,
                           std::span<Tenure> tenures, std::span<Channel> channels,
                           std::span<Agreement> agreements) {
  sort_by_id(sources);
  sort_by_id(actors);
  sort_by_id(channels);
  sort_by_id(agreements);
  if (!std::is_sorted(tenures.begin(), tenures.end(), tenure_before))
    std::sort(tenures.begin(), tenures.end(), tenure_before);
}

// What assembling learnt that validation needs: per contact (in registry
// order), its ContactNote; and all contact ids, sorted, to find duplicates in
// linear time.
struct AssemblyNotes {
  std::span<const ContactNote> contacts;
  std::span<const ContactId> sorted_contact_ids;
};

// Sorts every table and fills in each contact's states and level, at run
// time, in the tables themselves. (make_registry does the same in stages;
// see below.) A template, like OwnedRegistry::build, so that a translation
// unit that never builds at run time does not compile it.
template <class Tables>
void assemble(Tables& t, std::span<ContactNote> notes, std::span<ContactId> sorted_ids) {
  sort_tables(std::span<Source>(t.sources), std::span<Actor>(t.actors),
              std::span<Tenure>(t.tenures), std::span<Channel>(t.channels),
              std::span<Agreement>(t.agreements));
  auto& contacts = t.contacts;
  if (!std::is_sorted(contacts.begin(), contacts.end(), contact_before))
    std::sort(contacts.begin(), contacts.end(), contact_before);
  std::vector<OfficeSpan> offices;
  std::vector<ActorId> actor_of;
  std::uint32_t max_id = 0;
  for (const Tenure& tenure : t.tenures) {
    offices.push_back(office_span(tenure));
    actor_of.push_back(tenure.actor);
    max_id = std::max(max_id, tenure.actor.value());
  }
  std::vector<std::uint32_t> begin;
  std::vector<std::uint8_t> known;
  if (small_actor_ids(max_id, t.tenures.size())) {
    begin.resize(std::size_t{max_id} + 2);
    known.resize(begin.size());
    fill_office_begin(actor_of, t.actors, begin, known);
  }
  const OfficeIndex index{offices.data(), actor_of.data(), offices.size(),
                          begin.data(),   known.data(),    begin.size()};
  for (std::size_t i = 0; i < contacts.size(); ++i) {
    const DerivedFields d = derive_fields(t.actors, index, contacts[i]);
    contacts[i].states = unpack_states(d.states);
    contacts[i].level = d.level;
    notes[i] = d.note;
    sorted_ids[i] = contacts[i].id;
  }
  if (!std::is_sorted(sorted_ids.begin(), sorted_ids.end()))
    std::sort(sorted_ids.begin(), sorted_ids.end());
}

// Passes each broken rule to `report(const Diagnostic&)` until it returns
// false. The rules are checked in parts (tables, contact ids, a range of
// contacts, agreements) so that make_registry can check each part in a
// constant evaluation of its own; validate() runs them all, in that order.
template <class Report>
class Reporter {
 public:
  constexpr explicit Reporter(Report& report) : report_(report) {}
  constexpr bool go() const noexcept { return go_; }
  constexpr void operator()(Rule rule, std::string_view kind, std::uint32_t id,
                            std::string_view label, std::string_view field, IsoText date = {}) {
    if (go_) go_ = report_(Diagnostic{rule, kind, id, label, date, field});
  }

 private:
  Report& report_;
  bool go_ = true;
};

// Sources, actors, tenures and channels; the ids of agreements.
template <class Fail>
constexpr void validate_tables(const Registry& r, Fail& fail) {
  const auto check_ids = [&](auto items, std::string_view kind) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      const auto& e = items[i];
      if (!e.id.ok()) fail(Rule::missing_id, kind, 0, e.name, "id");
      if (i > 0 && items[i - 1].id == e.id)
        fail(Rule::duplicate_id, kind, e.id.value(), e.name, "id");
      if (e.name.empty()) fail(Rule::missing_name, kind, e.id.value(), e.name, "name");
    }
  };

  for (std::size_t i = 0; i < r.sources.size() && fail.go(); ++i) {
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
    if (!fail.go()) return;
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
    if (!fail.go()) return;
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
}

// Contact ids used twice, given all contact ids sorted.
template <class Fail>
constexpr void validate_contact_ids(const Registry& r, std::span<const ContactId> sorted_ids,
                                    Fail& fail) {
  for (std::size_t i = 1; i < sorted_ids.size() && fail.go(); ++i)
    if (sorted_ids[i] == sorted_ids[i - 1] && sorted_ids[i].ok()) {
      const Contact& c = *r.find(sorted_ids[i]);
      fail(Rule::duplicate_id, "contact", sorted_ids[i].value(), {}, "id", to_iso(c.date));
    }
}

// One contact, with the note deriving its states and level gave. `r` is
// used for lookups of channels and sources only.
template <class Fail>
constexpr void validate_contact(const Registry& r, const Contact& c, ContactNote note, Fail& fail) {
  // The date's text is made only for a broken rule: it costs more steps
  // than checking the contact.
  const auto fail_c = [&](Rule rule, std::string_view field) {
    fail(rule, "contact", c.id.value(), {}, field, to_iso(c.date));
  };
  if (!c.id.ok()) fail_c(Rule::missing_id, "id");
  if (!c.date.ok()) {
    fail_c(Rule::impossible_date, "date");
    return;
  }
  const ActorId* participants = c.participants.begin();
  const std::size_t n = c.participants.size();
  if (n < 2) fail_c(Rule::too_few_participants, "participants");
  for (std::size_t p = 0; p < n; ++p) {
    const ActorId a = participants[p];
    for (std::size_t q = 0; q < p; ++q)
      if (participants[q] == a) fail_c(Rule::repeated_participant, "participants");
    // Known (r.find) and holding an office (r.office_on), as derive_fields found.
    if ((note.unknown_actor >> p) & 1u)
      fail_c(Rule::unknown_actor, "participants");
    else if ((note.no_office >> p) & 1u)
      fail_c(Rule::no_office_on_date, "participants");
  }
  const bool all_known = note.unknown_actor == 0 && note.no_office == 0;
  // SUN and RUS are one state across time; USA and SUN are two.
  if (all_known && n >= 2 && note.one_state) fail_c(Rule::same_state_only, "participants");
  if (note.mismatch) fail_c(Rule::derived_mismatch, "states");
  if (c.initiator) {
    bool took_part = false;
    for (std::size_t p = 0; p < n; ++p) took_part = took_part || participants[p] == *c.initiator;
    if (!took_part) fail_c(Rule::initiator_not_participant, "initiator");
  }
  if (!c.channel.ok()) {
    // An ordinary call or meeting.
  } else if (const Channel* ch = r.find(c.channel)) {
    if (ch->established.ok() && c.date.certainly_before(ch->established))
      fail_c(Rule::channel_not_yet_established, "channel");
    else if (!ch->may_carry(c.medium, c.date))
      fail_c(Rule::medium_not_carried, "medium");
  } else {
    fail_c(Rule::unknown_channel, "channel");
  }
  if (!r.find(c.source)) fail_c(Rule::unknown_source, "source");
  if (c.refined && !(c.refined->date.ok() && c.date.contains(c.refined->date)))
    fail_c(Rule::refinement_outside_date, "refined");
}

// The contacts of r (states and level derived); notes are indexed by
// position in r.contacts.
template <class Fail>
constexpr void validate_contacts(const Registry& r, std::span<const ContactNote> notes,
                                 Fail& fail) {
  for (std::size_t i = 0; i < r.contacts.size() && fail.go(); ++i)
    validate_contact(r, r.contacts[i], notes[i], fail);
}

template <class Fail>
constexpr void validate_agreements(const Registry& r, Fail& fail) {
  for (const Agreement& a : r.agreements) {
    if (!fail.go()) return;
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

// Reports each broken rule to `report(const Diagnostic&)`, which returns
// false to stop.
template <class Report>
constexpr void validate(const Registry& r, AssemblyNotes notes, Report&& report) {
  Reporter<std::remove_reference_t<Report>> fail{report};
  validate_tables(r, fail);
  validate_contact_ids(r, notes.sorted_contact_ids, fail);
  validate_contacts(r, notes.contacts, fail);
  validate_agreements(r, fail);
}

// The first broken rule that `check(Reporter&)` finds, or nullopt.
template <class Check>
constexpr std::optional<Diagnostic> first_error_of(Check check) {
  std::optional<Diagnostic> first;
  auto keep = [&](const Diagnostic& d) {
    first = d;
    return false;
  };
  Reporter<decltype(keep)> fail{keep};
  check(fail);
  return first;
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

  constexpr Registry view() const noexcept {
    return {sources, actors, tenures, channels, contacts, agreements};
  }
};

namespace detail {

// ---- make_registry, in stages ----------------------------------------------
//
// Clang stops a constant evaluation after 2^20 steps (statements evaluated),
// GCC after 2^18 iterations of one loop, and both evaluate slowly (around a
// microsecond a step). Each variable template below is a constant
// evaluation of its own, with a budget of its own; none does more than linear
// work, and the work per contact is a few hundred steps:
//
//   tables<In>            the small tables, sorted (std::sort, when needed)
//   offices<In>           each tenure as plain numbers, found by actor id
//   contact_keys<In>      (earliest day, latest day, id) of each contact
//   contact_order<In>     the registry's order of the contacts: as given when
//                         it is sorted already (checked in one pass), else a
//                         counting sort by earliest day (dates span less than
//                         a few centuries), else a bottom-up merge sort, one
//                         pass per evaluation (merged<Keys, Width>)
//   contact_chunk<In, K>  for contacts K*C .. K*C+C-1 in registry order (C =
//                         512): their states (packed in a number) and level,
//                         and the first rule they break; the contacts are
//                         read in the input, never copied
//   storage<In>           every table; each contact copied once, from the
//                         input with its derived states and level (a pack
//                         expansion on Clang, a loop on GCC: see there)
//   sorted_ids<In>        contact ids sorted, for duplicates: as given, a
//                         counting sort, or the merge sort again
//   *_diagnostic<In>      validation of the tables, the ids and the
//                         agreements, each on its own
//
// Copies of contacts are what a build spends most on (GCC copies every
// subobject); calls come next: hot loops use plain numbers and pointers,
// not spans, iterators or std::chrono.
// bench/compile measures 1,000 to 10,000 contacts on GCC and Clang.

inline constexpr std::size_t contacts_per_evaluation = 512;

constexpr std::size_t chunk_count(std::size_t n) {
  return (n + contacts_per_evaluation - 1) / contacts_per_evaluation;
}
constexpr std::size_t chunk_size(std::size_t n, std::size_t k) {
  return std::min(contacts_per_evaluation, n - k * contacts_per_evaluation);
}

template <class T, std::size_t N>
constexpr std::array<T, N> sorted_copy(std::span<const T> in, bool (*before)(const T&, const T&)) {
  std::array<T, N> out{};
  std::copy(in.begin(), in.end(), out.begin());
  if (!std::is_sorted(out.begin(), out.end(), before)) std::sort(out.begin(), out.end(), before);
  return out;
}

template <class T>
constexpr bool id_before(const T& a, const T& b) noexcept {
  return a.id < b.id;
}

template <std::size_t NS, std::size_t NA, std::size_t NT, std::size_t NCh, std::size_t NAg>
struct SortedTables {
  std::array<Source, NS> sources{};
  std::array<Actor, NA> actors{};
  std::array<Tenure, NT> tenures{};
  std::array<Channel, NCh> channels{};
  std::array<Agreement, NAg> agreements{};
};

template <const RegistryInput& In>
constexpr auto sort_small_tables() {
  return SortedTables<In.sources.size(), In.actors.size(), In.tenures.size(), In.channels.size(),
                      In.agreements.size()>{
      sorted_copy<Source, In.sources.size()>(In.sources, id_before<Source>),
      sorted_copy<Actor, In.actors.size()>(In.actors, id_before<Actor>),
      sorted_copy<Tenure, In.tenures.size()>(In.tenures, tenure_before),
      sorted_copy<Channel, In.channels.size()>(In.channels, id_before<Channel>),
      sorted_copy<Agreement, In.agreements.size()>(In.agreements, id_before<Agreement>)};
}

template <const RegistryInput& In>
inline constexpr auto tables = sort_small_tables<In>();

template <std::size_t NT, std::size_t NB>
struct OfficeTables {
  std::array<OfficeSpan, NT> offices{};
  std::array<ActorId, NT> actor_of{};
  std::array<std::uint32_t, NB> begin{};
  std::array<std::uint8_t, NB> known{};

  constexpr OfficeIndex index() const noexcept {
    return {offices.data(), actor_of.data(), NT, begin.data(), known.data(), NB};
  }
};

template <const RegistryInput& In>
constexpr std::size_t office_begin_size() {
  std::uint32_t max_id = 0;
  for (const Tenure& t : tables<In>.tenures) max_id = std::max(max_id, t.actor.value());
  return small_actor_ids(max_id, In.tenures.size()) ? std::size_t{max_id} + 2 : 0;
}

template <const RegistryInput& In>
constexpr auto make_offices() {
  OfficeTables<In.tenures.size(), office_begin_size<In>()> o{};
  for (std::size_t i = 0; i < In.tenures.size(); ++i) {
    o.offices[i] = office_span(tables<In>.tenures[i]);
    o.actor_of[i] = tables<In>.tenures[i].actor;
  }
  fill_office_begin(o.actor_of, tables<In>.actors, o.begin, o.known);
  return o;
}

template <const RegistryInput& In>
inline constexpr auto offices = make_offices<In>();

// The order of contacts as plain numbers, cheap to compare: by earliest day,
// latest day, then id (Date's order, then ContactId's).
struct ContactKey {
  Date::days::rep earliest = 0;
  Date::days::rep latest = 0;
  std::uint32_t id = 0;

  constexpr bool operator<(const ContactKey& o) const noexcept {
    if (earliest != o.earliest) return earliest < o.earliest;
    if (latest != o.latest) return latest < o.latest;
    return id < o.id;
  }
};

template <const RegistryInput& In>
constexpr auto make_contact_keys() {
  std::array<ContactKey, In.contacts.size()> keys{};
  ContactKey* k = keys.data();
  const Contact* c = In.contacts.data();
  for (std::size_t i = 0; i < keys.size(); ++i)
    k[i] = {DateDays::first(c[i].date), DateDays::last(c[i].date), c[i].id.value()};
  return keys;
}

template <const RegistryInput& In>
inline constexpr auto contact_keys = make_contact_keys<In>();

// (Loops below index through data() pointers: std::array::operator[] is a
// call, and calls are most of a constant evaluation's cost.)
template <class T, std::size_t N>
constexpr bool in_order(const std::array<T, N>& keys) {
  const T* k = keys.data();
  for (std::size_t i = 1; i < N; ++i)
    if (k[i] < k[i - 1]) return false;
  return true;
}

// One pass of a bottom-up merge sort: positions into `keys`, in sorted runs
// of `width`, merged into runs of 2 * width. Stable.
template <class T, std::size_t N>
constexpr std::array<std::uint32_t, N> merge_pass(const std::array<T, N>& keys,
                                                  const std::array<std::uint32_t, N>& from,
                                                  std::size_t width) {
  std::array<std::uint32_t, N> to{};
  const T* k = keys.data();
  const std::uint32_t* in = from.data();
  std::uint32_t* out = to.data();
  std::size_t o = 0;
  for (std::size_t start = 0; start < N; start += 2 * width) {
    std::size_t a = start;
    const std::size_t a_end = std::min(start + width, N);
    std::size_t b = a_end;
    const std::size_t b_end = std::min(start + 2 * width, N);
    while (a < a_end && b < b_end) out[o++] = k[in[b]] < k[in[a]] ? in[b++] : in[a++];
    while (a < a_end) out[o++] = in[a++];
    while (b < b_end) out[o++] = in[b++];
  }
  return to;
}

template <std::size_t N>
constexpr std::array<std::uint32_t, N> identity_order() {
  std::array<std::uint32_t, N> order{};
  std::uint32_t* out = order.data();
  for (std::size_t i = 0; i < N; ++i) out[i] = static_cast<std::uint32_t>(i);
  return order;
}

// Positions into Keys, sorted in runs of Width (a power of two).
template <const auto& Keys, std::size_t Width>
inline constexpr auto merged = merge_pass(Keys, merged<Keys, Width / 2>, Width / 2);
template <const auto& Keys>
inline constexpr auto merged<Keys, 1> =
    identity_order<std::tuple_size_v<std::remove_cvref_t<decltype(Keys)>>>();

template <const auto& Keys>
constexpr const auto& merge_sorted() {
  constexpr std::size_t n = std::tuple_size_v<std::remove_cvref_t<decltype(Keys)>>;
  return merged<Keys, std::bit_ceil(n)>;
}

// A stable counting sort of positions 0..N-1 by bucket[i] (below Range);
// then, where `tie(i, j)` says two neighbours may be out of order, an
// insertion sort by `less` (ties are few and short).
template <std::size_t N, std::size_t Range, class Bucket, class Tie, class Less>
constexpr std::array<std::uint32_t, N> counting_sort(Bucket bucket, Tie tie, Less less) {
  std::array<std::uint32_t, Range + 1> starts{};
  std::uint32_t* start = starts.data();
  for (std::size_t i = 0; i < N; ++i) ++start[bucket(i) + 1];
  for (std::size_t v = 1; v <= Range; ++v) start[v] += start[v - 1];
  std::array<std::uint32_t, N> order{};
  std::uint32_t* out = order.data();
  for (std::size_t i = 0; i < N; ++i) out[start[bucket(i)]++] = static_cast<std::uint32_t>(i);
  for (std::size_t i = 1; i < N; ++i) {
    if (!tie(out[i - 1], out[i])) continue;
    const std::uint32_t x = out[i];
    std::size_t j = i;
    for (; j > 0 && less(x, out[j - 1]); --j) out[j] = out[j - 1];
    out[j] = x;
  }
  return order;
}

// Counting sorts use at most this many buckets (about 270 years of days).
inline constexpr std::size_t counting_sort_buckets = 100'000;

template <const RegistryInput& In>
constexpr std::pair<Date::days::rep, std::size_t> earliest_span() {
  const auto& keys = contact_keys<In>;
  if (keys.empty()) return {0, 0};
  const ContactKey* k = keys.data();
  auto lo = k[0].earliest;
  auto hi = k[0].earliest;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (k[i].earliest < lo) lo = k[i].earliest;
    if (k[i].earliest > hi) hi = k[i].earliest;
  }
  return {lo, static_cast<std::size_t>(hi - lo) + 1};
}

// The first earliest day of the contacts, and how many days on the last
// earliest day is.
template <const RegistryInput& In>
inline constexpr auto contact_days = earliest_span<In>();

template <const RegistryInput& In>
constexpr auto make_contact_order() {
  constexpr auto& keys = contact_keys<In>;
  constexpr std::size_t n = In.contacts.size();
  if constexpr (in_order(keys)) {
    return identity_order<n>();
  } else if constexpr (contact_days<In>.second <= counting_sort_buckets) {
    const ContactKey* k = keys.data();
    return counting_sort<n, contact_days<In>.second>(
        [k](std::size_t i) {
          return static_cast<std::size_t>(k[i].earliest - contact_days<In>.first);
        },
        [k](std::uint32_t a, std::uint32_t b) { return k[a].earliest == k[b].earliest; },
        [k](std::uint32_t a, std::uint32_t b) { return k[a] < k[b]; });
  } else {
    return merge_sorted<contact_keys<In>>();
  }
}

template <const RegistryInput& In>
inline constexpr auto contact_order = make_contact_order<In>();

// The states and levels of contacts K*C .. K*C+C-1 in registry order (C =
// contacts_per_evaluation), and the first rule those contacts break, if any.
// Contacts are read where they are, in the input, never copied: the
// registry's storage copies each once.
template <std::size_t N>
struct DerivedChunk {
  PackedStates states[N];
  Level levels[N];
  std::optional<Diagnostic> diagnostic;
};

template <const RegistryInput& In>
constexpr Registry table_view() {
  const auto& t = tables<In>;
  return {t.sources, t.actors, t.tenures, t.channels, In.contacts, t.agreements};
}

template <const RegistryInput& In, std::size_t K>
constexpr auto derive_chunk() {
  constexpr std::size_t first = K * contacts_per_evaluation;
  constexpr std::size_t n = chunk_size(In.contacts.size(), K);
  DerivedChunk<n> out{};
  const Registry r = table_view<In>();
  const OfficeIndex index = offices<In>.index();
  const Contact* contacts = In.contacts.data();
  const std::uint32_t* order = contact_order<In>.data() + first;
  auto keep = [&](const Diagnostic& d) {
    out.diagnostic = d;
    return false;
  };
  Reporter<decltype(keep)> fail{keep};
  for (std::size_t j = 0; j < n; ++j) {
    const Contact& c = contacts[order[j]];
    const DerivedFields d = derive_fields(r.actors, index, c);
    out.states[j] = d.states;
    out.levels[j] = d.level;
    if (fail.go()) validate_contact(r, c, d.note, fail);
  }
  return out;
}

template <const RegistryInput& In, std::size_t K>
inline constexpr auto contact_chunk = derive_chunk<In, K>();

// The ids of the contacts, in input order.
template <const RegistryInput& In>
constexpr auto make_id_keys() {
  std::array<std::uint32_t, In.contacts.size()> ids{};
  std::uint32_t* out = ids.data();
  const ContactKey* k = contact_keys<In>.data();
  for (std::size_t i = 0; i < ids.size(); ++i) out[i] = k[i].id;
  return ids;
}

template <const RegistryInput& In>
inline constexpr auto id_keys = make_id_keys<In>();

template <const RegistryInput& In>
constexpr std::size_t max_id() {
  std::uint32_t m = 0;
  const std::uint32_t* ids = id_keys<In>.data();
  for (std::size_t i = 0; i < In.contacts.size(); ++i)
    if (ids[i] > m) m = ids[i];
  return m;
}

// Positions into id_keys<In>, by id.
template <const RegistryInput& In>
constexpr auto make_id_order() {
  constexpr auto& ids = id_keys<In>;
  constexpr std::size_t n = In.contacts.size();
  if constexpr (in_order(ids)) {
    return identity_order<n>();
  } else if constexpr (max_id<In>() < counting_sort_buckets) {
    const std::uint32_t* k = ids.data();
    return counting_sort<n, max_id<In>() + 1>([k](std::size_t i) { return std::size_t{k[i]}; },
                                              [](std::uint32_t, std::uint32_t) { return false; },
                                              [](std::uint32_t, std::uint32_t) { return false; });
  } else {
    return merge_sorted<id_keys<In>>();
  }
}

// All contact ids, sorted.
template <const RegistryInput& In>
constexpr auto make_sorted_ids() {
  std::array<ContactId, In.contacts.size()> sorted{};
  ContactId* out = sorted.data();
  const std::uint32_t* ids = id_keys<In>.data();
  if constexpr (in_order(id_keys<In>)) {
    for (std::size_t i = 0; i < sorted.size(); ++i) out[i] = ContactId{ids[i]};
  } else {
    constexpr auto order = make_id_order<In>();
    for (std::size_t i = 0; i < sorted.size(); ++i) out[i] = ContactId{ids[order[i]]};
  }
  return sorted;
}

template <const RegistryInput& In>
inline constexpr auto sorted_ids = make_sorted_ids<In>();

// Where each chunk's derived states and levels are, so that the storage
// finds a contact's by its position, a number that is known only while
// evaluating.
template <std::size_t K>
struct ChunkPointers {
  const PackedStates* states[K];
  const Level* levels[K];
};

template <const RegistryInput& In, std::size_t... K>
constexpr ChunkPointers<sizeof...(K)> point_to_chunks(std::index_sequence<K...>) {
  return {{contact_chunk<In, K>.states...}, {contact_chunk<In, K>.levels...}};
}

template <const RegistryInput& In>
inline constexpr auto chunk_pointers =
    point_to_chunks<In>(std::make_index_sequence<chunk_count(In.contacts.size())>{});

template <const RegistryInput& In>
using StorageOf = RegistryStorage<In.sources.size(), In.actors.size(), In.tenures.size(),
                                  In.channels.size(), In.contacts.size(), In.agreements.size()>;

// Each contact is copied once, into the storage, from the input, with the
// states and level derived for it. Clang is fastest with a pack expansion
// over the positions, each a call through a pointer (the call is resolved
// once, not once per contact, when the expansion is instantiated); GCC with
// a loop that assigns into value-initialized contacts in place (GCC would
// also keep the result of every call that returns a contact, in its cache
// of constexpr calls). Either is the slower one on the other compiler
// (10,000 contacts: by 0.9 s on Clang, 0.6 s on GCC).
#if defined(__clang__)
// A contact of the input with the states and level derived for it.
constexpr Contact with_derived(const Contact& c, PackedStates states, Level level) {
  return {c.id,       c.date,     c.participants, unpack_states(states),
          c.channel,  c.medium,   level,          c.initiator,
          c.location, c.duration, c.topics,       c.source,
          c.quote,    c.refined,  c.reports};
}

template <const RegistryInput& In>
constexpr Contact registry_contact(std::size_t i) {
  constexpr std::size_t C = contacts_per_evaluation;
  const auto& p = chunk_pointers<In>;
  const Contact* c = In.contacts.data();
  if constexpr (in_order(contact_keys<In>))
    return with_derived(c[i], p.states[i / C][i % C], p.levels[i / C][i % C]);
  else
    return with_derived(c[contact_order<In>.data()[i]], p.states[i / C][i % C],
                        p.levels[i / C][i % C]);
}

template <const RegistryInput& In, std::size_t... I>
constexpr StorageOf<In> assemble_storage(std::index_sequence<I...>) {
  const auto& t = tables<In>;
  Contact (*const contact)(std::size_t) = registry_contact<In>;
  return {t.sources, t.actors, t.tenures, t.channels, {contact(I)...}, t.agreements};
}

template <const RegistryInput& In>
inline constexpr auto storage =
    assemble_storage<In>(std::make_index_sequence<In.contacts.size()>{});
#else
template <const RegistryInput& In>
constexpr StorageOf<In> assemble_storage() {
  constexpr std::size_t C = contacts_per_evaluation;
  const auto& t = tables<In>;
  const auto& p = chunk_pointers<In>;
  const Contact* c = In.contacts.data();
  StorageOf<In> s{t.sources, t.actors, t.tenures, t.channels, {}, t.agreements};
  Contact* out = s.contacts.data();
  for (std::size_t i = 0; i < In.contacts.size(); ++i) {
    if constexpr (in_order(contact_keys<In>))
      out[i] = c[i];
    else
      out[i] = c[contact_order<In>.data()[i]];
    out[i].states = unpack_states(p.states[i / C][i % C]);
    out[i].level = p.levels[i / C][i % C];
  }
  return s;
}

template <const RegistryInput& In>
inline constexpr auto storage = assemble_storage<In>();
#endif

template <const RegistryInput& In>
inline constexpr std::optional<Diagnostic> table_diagnostic = first_error_of([](auto& fail) {
  validate_tables(table_view<In>(), fail);
});

template <const RegistryInput& In>
inline constexpr std::optional<Diagnostic> id_diagnostic = first_error_of([](auto& fail) {
  validate_contact_ids(storage<In>.view(), sorted_ids<In>, fail);
});

template <const RegistryInput& In>
inline constexpr std::optional<Diagnostic> agreement_diagnostic = first_error_of([](auto& fail) {
  validate_agreements(storage<In>.view(), fail);
});

// The first broken rule, in the order validate() checks them.
template <const RegistryInput& In, std::size_t... K>
constexpr std::optional<Diagnostic> first_diagnostic(std::index_sequence<K...>) {
  std::optional<Diagnostic> d = table_diagnostic<In>;
  if (!d) d = id_diagnostic<In>;
  ((d = d ? d : contact_chunk<In, K>.diagnostic), ...);
  if (!d) d = agreement_diagnostic<In>;
  return d;
}

template <const RegistryInput& In>
inline constexpr std::optional<Diagnostic> diagnostic =
    first_diagnostic<In>(std::make_index_sequence<chunk_count(In.contacts.size())>{});

}  // namespace detail

// Builds, sorts and validates a registry while compiling. A broken rule stops
// the build with a message that names the entry (kind and id, with its name
// or date), the field and the rule. Registries of 10,000 contacts build
// within the compilers' default constexpr limits (see bench/compile).
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
  // (A template only so that translation units that never call it do not
  // compile it; Tables is always RegistryTables.)
  template <class Tables = RegistryTables>
  requires std::same_as<Tables, RegistryTables>
  static Built build(Tables tables);

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
  // When the build fails: the tables' text, which the errors' labels (names,
  // titles) may point into. (When it succeeds, the registry keeps it.)
  TextStore text;
};

template <class Tables>
requires std::same_as<Tables, RegistryTables> OwnedRegistry::Built OwnedRegistry::build(Tables t) {
  const std::size_t n = t.contacts.size();
  std::vector<detail::ContactNote> notes(n);
  std::vector<ContactId> ids(n);
  detail::assemble(t, notes, ids);
  Built built;
  const Registry view{t.sources, t.actors, t.tenures, t.channels, t.contacts, t.agreements};
  detail::validate(view, {notes, ids}, [&](const Diagnostic& d) {
    built.errors.push_back(d);
    return true;
  });
  if (built.errors.empty())
    built.registry = OwnedRegistry{std::move(t)};
  else
    built.text = std::move(t.text);
  return built;
}

}  // namespace hotline
