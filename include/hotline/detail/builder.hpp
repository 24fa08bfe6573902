// make_registry's machinery: the registry built, sorted and validated while
// compiling, in many small constant evaluations (see below). Part of
// <hotline/registry.hpp>.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <tuple>
#include <type_traits>
#include <utility>

#include <hotline/detail/claims.hpp>
#include <hotline/detail/derive.hpp>
#include <hotline/detail/validate.hpp>
#include <hotline/registry_view.hpp>

namespace hotline {

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
inline constexpr std::optional<Diagnostic> table_and_contact_diagnostic =
    first_diagnostic<In>(std::make_index_sequence<chunk_count(In.contacts.size())>{});

// ---- the claims: relations and statements ---------------------------------
//
//   claim_reference_diagnostic<In>  the things they name are in the tables
//   claim_sizes<In>, claims<In>     the derived dates and gaps (derive_dates),
//                                   or the constraints in conflict
//   claims_diagnostic<In>           a conflict, or a statement contradicted
//                                   on the derived dates
// Only the things relations touch are variables of the network; a registry
// without relations or constraining statements derives nothing.

template <const RegistryInput& In>
constexpr Registry claims_view() {
  Registry r = table_view<In>();
  r.statements = In.statements;
  r.relations = In.relations;
  return r;
}

template <const RegistryInput& In>
inline constexpr std::optional<Diagnostic> claim_reference_diagnostic = first_error_of(
    [](auto& fail) { validate_claim_references(claims_view<In>(), In.contacts, fail); });

template <const RegistryInput& In>
constexpr DatingInput dating_input_of() {
  const auto& t = tables<In>;
  return {In.contacts, t.sources, t.agreements, t.channels, In.relations, In.statements};
}

struct ClaimSizes {
  std::size_t dates = 0;
  std::size_t gaps = 0;
  std::size_t conflict = 0;
};

template <const RegistryInput& In>
constexpr ClaimSizes claim_sizes_of() {
  if (claim_reference_diagnostic<In> || (In.relations.empty() && In.statements.empty())) return {};
  const Derivation d = derive_dates(dating_input_of<In>());
  return {d.dates.size(), d.gaps.size(), d.conflict.size()};
}

template <const RegistryInput& In>
inline constexpr ClaimSizes claim_sizes = claim_sizes_of<In>();

template <std::size_t ND, std::size_t NG, std::size_t NC>
struct ClaimStorage {
  std::array<DerivedDate, ND> dates{};
  std::array<DerivedGap, NG> gaps{};
  std::array<Constraint, NC> conflict{};
};

template <const RegistryInput& In>
constexpr auto make_claims() {
  constexpr ClaimSizes n = claim_sizes<In>;
  ClaimStorage<n.dates, n.gaps, n.conflict> out{};
  if constexpr (n.dates + n.gaps + n.conflict > 0) {
    const Derivation d = derive_dates(dating_input_of<In>());
    std::copy(d.dates.begin(), d.dates.end(), out.dates.begin());
    std::copy(d.gaps.begin(), d.gaps.end(), out.gaps.begin());
    std::copy(d.conflict.begin(), d.conflict.end(), out.conflict.begin());
  }
  return out;
}

template <const RegistryInput& In>
inline constexpr auto claims = make_claims<In>();

template <const RegistryInput& In>
constexpr std::optional<Diagnostic> make_claims_diagnostic() {
  if constexpr (table_and_contact_diagnostic<In>.has_value()) {
    return std::nullopt;
  } else if constexpr (claim_reference_diagnostic<In>.has_value()) {
    return claim_reference_diagnostic<In>;
  } else {
    return first_error_of([](auto& fail) {
      report_conflict(std::span<const Constraint>(claims<In>.conflict), fail);
      if (!fail.go() || In.statements.empty()) return;
      Registry r = storage<In>.view();
      r.statements = In.statements;
      r.relations = In.relations;
      r.derived = claims<In>.dates;
      r.derived_gaps = claims<In>.gaps;
      validate_statements(r, r.dating(), fail);
    });
  }
}

template <const RegistryInput& In>
inline constexpr std::optional<Diagnostic> diagnostic = table_and_contact_diagnostic<In>
                                                            ? table_and_contact_diagnostic<In>
                                                            : make_claims_diagnostic<In>();

}  // namespace detail

}  // namespace hotline
