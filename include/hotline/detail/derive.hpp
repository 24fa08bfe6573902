// Deriving a contact's states and level from the offices its participants
// held, and sorting a registry's tables: what both builders of a registry
// (make_registry while compiling, OwnedRegistry::build at run time) do
// before they check the rules. Part of <hotline/registry.hpp>.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include <hotline/registry_view.hpp>

namespace hotline {

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
  StateLevels sides;
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
    // The office Registry::office_on would pick, in plain numbers: the most
    // senior that may cover some day of the date, the earliest among equals.
    // (Kept apart from office_on for the steps it saves while compiling;
    // tests/test_registry_scale.cpp compares the two on random registries.)
    const OfficeSpan* best = nullptr;
    for (std::size_t o = range.first; o < range.last; ++o) {
      const OfficeSpan* s = offices + o;
      if (s->first <= latest && s->last >= earliest && (!best || s->level < best->level)) best = s;
    }
    if (!best) {
      out.note.no_office |= bit;
      continue;
    }
    const std::size_t before = sides.size();
    if (sides.add(best->country, best->level) == before) {
      if (before == 0) first_continuator = best->continuator;
      out.note.one_state = out.note.one_state && best->continuator == first_continuator;
    }
  }
  const std::size_t count = sides.size();
  out.level = sides.level();
  out.states = PackedStates{count} << packed_count_shift;
  for (std::size_t i = 0; i < count; ++i)
    out.states |= PackedStates{sides.state(i)} << (packed_state_bits * i);
  // States given in the input: the same set, in any order?
  const Country* given = c.states.begin();
  const std::size_t n_given = c.states.size();
  bool same_states = n_given == count;
  for (std::size_t g = 0; g < n_given && same_states; ++g) {
    bool found = false;
    for (std::size_t i = 0; i < count; ++i) found = found || sides.state(i) == given[g].index();
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

}  // namespace detail

}  // namespace hotline
