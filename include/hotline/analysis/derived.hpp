// Derived dates: the tightest date of every dated thing that a relation or
// a statement touches, consistent with the documented dates, the relations
// (<hotline/relation.hpp>) and the statements that imply a length between
// two named contacts (a silence_length statement with `from` and `to`).
//
// The constraints form a simple temporal network (Dechter, Meiri and Pearl,
// "Temporal constraint networks", 1991): a variable per dated thing (its
// day), unary bounds from the documented dates, and difference bounds
// to - from in [min, max] from the relations and statements. derive_dates
// solves it exactly:
//  - each thing's date: the bounds of its variable in the minimal network,
//    from Bellman-Ford relaxation of the bounds (O(rounds x constraints),
//    the rounds at most the variables); a relation that names weekdays then
//    moves each bound to the nearest such day, and the relaxation runs again
//    until nothing moves (bound consistency: exact without weekdays, and
//    with them the tightest interval whose ends are allowed weekdays);
//  - the days between two contacts of one connected part of the network:
//    the minimal network's bounds on their difference (Floyd-Warshall on
//    each part of at most `max_part` variables; larger parts keep only the
//    bounds the two dates give). These are what make a derived gap shorter
//    than its ends' dates allow: "five months" between two contacts each
//    known only to some months.
// A derived date is never wider than the documented one; the exact days of
// public record (a contact's `refined` date) are not used.
//
// Contradictory constraints (some variable with no day left) give no
// dates: Derivation::conflict names the constraints in the contradiction,
// from the documented date or relation that last moved each bound.
//
// constexpr: the registry builder derives while compiling, and only the
// things relations touch are variables.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <hotline/agreement.hpp>
#include <hotline/analysis/input.hpp>
#include <hotline/channel.hpp>
#include <hotline/contact.hpp>
#include <hotline/date.hpp>
#include <hotline/relation.hpp>
#include <hotline/source.hpp>
#include <hotline/statement.hpp>

namespace hotline {

// One constraint of the network, as a conflict names it: a documented date
// (of `thing`), a relation or a statement (by id).
enum class ConstraintKind : std::uint8_t { documented_date, relation, statement, weekday };

struct Constraint {
  ConstraintKind kind = ConstraintKind::documented_date;
  std::uint32_t id = 0;  // the relation's or statement's id
  Dated thing{};         // documented_date: whose

  friend constexpr bool operator==(const Constraint&, const Constraint&) = default;
};

// What derive_dates gives: the derived dates (sorted by thing), the derived
// gaps between contacts (sorted by from, then to; both orders), or, when the
// constraints contradict each other, the constraints in conflict.
struct Derivation {
  std::vector<DerivedDate> dates{};
  std::vector<DerivedGap> gaps{};
  std::vector<Constraint> conflict{};

  constexpr bool consistent() const noexcept { return conflict.empty(); }
};

// What the network is made of: the dated tables and the claims.
struct DatingInput {
  std::span<const Contact> contacts{};
  std::span<const Source> sources{};
  std::span<const Agreement> agreements{};
  std::span<const Channel> channels{};
  std::span<const Relation> relations{};
  std::span<const Statement> statements{};
};

// The largest connected part of the network whose pairwise bounds are
// derived (Floyd-Warshall is cubic in it).
inline constexpr std::size_t max_part = 256;

namespace detail {

// n copies of `value`, built by push_back: Clang cannot evaluate
// libstdc++'s std::vector(n, value) of a trivial type while compiling.
template <class T>
constexpr std::vector<T> filled(std::size_t n, T value) {
  std::vector<T> out;
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i) out.push_back(value);
  return out;
}

using NetDay = std::int64_t;
inline constexpr NetDay net_infinity = NetDay{1} << 40;

struct NetEdge {
  std::uint32_t u = 0;  // x_v - x_u <= w
  std::uint32_t v = 0;
  NetDay w = 0;
  Constraint why{};
};

// The node of a thing in a sorted list of things, or npos.
constexpr std::size_t node_of(const std::vector<Dated>& nodes, Dated t) noexcept {
  const auto it = std::lower_bound(nodes.begin(), nodes.end(), t);
  return it != nodes.end() && *it == t ? static_cast<std::size_t>(it - nodes.begin())
                                       : static_cast<std::size_t>(-1);
}

// The statements that are constraints: a silence of a length between two
// named contacts.
constexpr bool constrains(const Statement& s) noexcept {
  return s.kind == StatementKind::silence_length && s.from && s.to;
}

// A statement said as of its source's publication, which it leaves to be
// derived: silence_since with no `as_of`.
constexpr bool as_of_its_source(const Statement& s) noexcept {
  return s.kind == StatementKind::silence_since && !s.as_of.ok() && s.source.ok();
}

[[noreturn]] inline void derivation_input_is_invalid(const std::string& what) {
  throw std::invalid_argument(what);
}

constexpr std::string dated_words(Dated t) {
  std::string out(to_words(t.kind));
  out += ' ';
  std::string digits;
  std::uint32_t v = t.id;
  do {
    digits.insert(digits.begin(), static_cast<char>('0' + v % 10));
    v /= 10;
  } while (v != 0);
  return out + digits;
}

template <class T, class Get>
constexpr void documented_dates_of(std::span<const T> items, DatedKind kind,
                                   const std::vector<Dated>& nodes, std::vector<Date>& dates,
                                   Get get) {
  for (const T& x : items) {
    const std::size_t n = node_of(nodes, Dated{kind, x.id.value()});
    if (n != static_cast<std::size_t>(-1)) {
      if (const auto d = get(x)) dates[n] = *d;
    }
  }
}

}  // namespace detail

// The derived dates of everything the relations and constraining
// statements of `in` touch (see the top of this file). Throws
// std::invalid_argument (stops a constant expression) when a relation or
// statement names a thing the tables do not hold, or one without a date.
constexpr Derivation derive_dates(const DatingInput& in) {
  using detail::net_infinity;
  using detail::NetDay;
  using detail::NetEdge;
  constexpr std::size_t npos = static_cast<std::size_t>(-1);
  Derivation out;

  // The variables: every thing a constraint names, sorted.
  std::vector<Dated> nodes;
  for (const Relation& r : in.relations) {
    nodes.push_back(r.from);
    nodes.push_back(r.to);
  }
  for (const Statement& s : in.statements) {
    if (detail::constrains(s)) {
      nodes.push_back(*s.from);
      nodes.push_back(*s.to);
    }
    if (detail::as_of_its_source(s)) nodes.push_back(s.source);
  }
  std::sort(nodes.begin(), nodes.end());
  nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
  if (nodes.empty()) return out;
  const std::size_t n = nodes.size();

  // Their documented dates.
  std::vector<Date> documented = detail::filled(n, Date{});
  detail::documented_dates_of(in.contacts, DatedKind::contact, nodes, documented,
                              [](const Contact& c) { return std::optional<Date>{c.date}; });
  detail::documented_dates_of(in.sources, DatedKind::source, nodes, documented,
                              [](const Source& s) { return std::optional<Date>{s.published}; });
  detail::documented_dates_of(in.agreements, DatedKind::agreement, nodes, documented,
                              [](const Agreement& a) { return a.signed_on; });
  detail::documented_dates_of(in.channels, DatedKind::channel, nodes, documented,
                              [](const Channel& c) { return std::optional<Date>{c.established}; });
  for (std::size_t i = 0; i < n; ++i)
    if (!documented[i].ok())
      detail::derivation_input_is_invalid("hotline::derive_dates: a relation or statement names " +
                                          detail::dated_words(nodes[i]) +
                                          ", which the data does not hold or which has no date");

  // The constraints between them.
  std::vector<NetEdge> edges;
  std::vector<std::uint8_t> weekdays = detail::filled(n, std::uint8_t{0x7f});
  std::vector<std::uint32_t> weekday_of =
      detail::filled(n, std::uint32_t{0});  // the relation that last narrowed them
  const auto add = [&](Dated from, Dated to, DayRange d, Constraint why) {
    const auto u = static_cast<std::uint32_t>(detail::node_of(nodes, from));
    const auto v = static_cast<std::uint32_t>(detail::node_of(nodes, to));
    edges.push_back({u, v, NetDay{d.max.count()}, why});
    edges.push_back({v, u, -NetDay{d.min.count()}, why});
  };
  for (const Relation& r : in.relations) {
    add(r.from, r.to, r.days, {ConstraintKind::relation, r.id.value(), {}});
    if (!r.on.any()) {
      const std::size_t v = detail::node_of(nodes, r.to);
      weekdays[v] = static_cast<std::uint8_t>(weekdays[v] & r.on.bits());
      weekday_of[v] = r.id.value();
    }
  }
  for (const Statement& s : in.statements)
    if (detail::constrains(s))
      add(*s.from, *s.to, s.length, {ConstraintKind::statement, s.id.value(), {}});

  // Bellman-Ford on the bounds. why: the edge that last moved a bound, or
  // npos for the documented date (or a weekday, in *_weekday).
  std::vector<NetDay> lo = detail::filled(n, NetDay{0});
  std::vector<NetDay> hi = detail::filled(n, NetDay{0});
  std::vector<std::size_t> lo_why = detail::filled(n, npos);
  std::vector<std::size_t> hi_why = detail::filled(n, npos);
  std::vector<std::uint8_t> lo_weekday = detail::filled(n, std::uint8_t{0});
  std::vector<std::uint8_t> hi_weekday = detail::filled(n, std::uint8_t{0});
  for (std::size_t i = 0; i < n; ++i) {
    lo[i] = documented[i].earliest().time_since_epoch().count();
    hi[i] = documented[i].latest().time_since_epoch().count();
  }

  // The constraints that moved a bound of node x, back to the documented
  // dates: what a conflict at x consists of.
  const auto explain = [&](std::size_t x) {
    std::vector<Constraint> why;
    const auto push = [&](Constraint c) {
      if (std::find(why.begin(), why.end(), c) == why.end()) why.push_back(c);
    };
    for (int side = 0; side < 2; ++side) {
      std::size_t at = x;
      for (std::size_t steps = 0; steps <= edges.size() + n; ++steps) {
        const bool upper = side == 0;
        const std::size_t e = upper ? hi_why[at] : lo_why[at];
        if ((upper ? hi_weekday[at] : lo_weekday[at]) && weekday_of[at] != 0)
          push({ConstraintKind::relation, weekday_of[at], {}});
        if (e == npos) {
          push({ConstraintKind::documented_date, 0, nodes[at]});
          break;
        }
        push(edges[e].why);
        at = upper ? edges[e].u : edges[e].v;
      }
    }
    return why;
  };

  bool moved = true;
  while (moved) {
    moved = false;
    bool changed = true;
    for (std::size_t round = 0; changed; ++round) {
      changed = false;
      for (std::size_t e = 0; e < edges.size(); ++e) {
        const NetEdge& ed = edges[e];
        if (hi[ed.u] + ed.w < hi[ed.v]) {
          hi[ed.v] = hi[ed.u] + ed.w;
          hi_why[ed.v] = e;
          hi_weekday[ed.v] = 0;
          changed = true;
        }
        if (lo[ed.v] - ed.w > lo[ed.u]) {
          lo[ed.u] = lo[ed.v] - ed.w;
          lo_why[ed.u] = e;
          lo_weekday[ed.u] = 0;
          changed = true;
        }
      }
      for (std::size_t i = 0; i < n; ++i)
        if (lo[i] > hi[i]) {
          out.conflict = explain(i);
          return out;
        }
      // Without a contradiction the bounds settle within n rounds; still
      // moving after that, they go round a cycle that shortens itself.
      if (changed && round > n + 1) {
        for (std::size_t i = 0; i < n; ++i)
          if (hi_why[i] != npos) {
            out.conflict = explain(i);
            return out;
          }
      }
    }
    // Weekdays: each bound to the nearest allowed day inward.
    for (std::size_t i = 0; i < n; ++i) {
      if (weekdays[i] == 0x7f) continue;
      const Weekdays allowed = Weekdays::from_bits(weekdays[i]);
      const auto day = [](NetDay d) { return std::chrono::sys_days{std::chrono::days{d}}; };
      NetDay a = lo[i];
      while (a <= hi[i] && !allowed.allows(day(a))) ++a;
      NetDay b = hi[i];
      while (b >= lo[i] && !allowed.allows(day(b))) --b;
      if (a != lo[i]) {
        lo[i] = a;
        lo_weekday[i] = 1;
        lo_why[i] = npos;
        moved = true;
      }
      if (b != hi[i]) {
        hi[i] = b;
        hi_weekday[i] = 1;
        hi_why[i] = npos;
        moved = true;
      }
      if (weekdays[i] == 0 || lo[i] > hi[i]) {
        out.conflict = explain(i);
        if (weekday_of[i] != 0 &&
            std::find(out.conflict.begin(), out.conflict.end(),
                      Constraint{ConstraintKind::relation, weekday_of[i], {}}) ==
                out.conflict.end())
          out.conflict.push_back({ConstraintKind::relation, weekday_of[i], {}});
        return out;
      }
    }
  }

  for (std::size_t i = 0; i < n; ++i) {
    const bool same = lo[i] == documented[i].earliest().time_since_epoch().count() &&
                      hi[i] == documented[i].latest().time_since_epoch().count();
    out.dates.push_back(
        {nodes[i], same ? documented[i]
                        : Date::interval(detail::to_sys_days(lo[i]), detail::to_sys_days(hi[i]))});
  }

  // The parts of the network, and the pairwise bounds of the contacts in
  // each (Floyd-Warshall on the difference constraints alone; the unary
  // bounds are added after).
  std::vector<std::size_t> part = detail::filled(n, std::size_t{0});
  for (std::size_t i = 0; i < n; ++i) part[i] = i;
  const auto root = [&](std::size_t x) {
    while (part[x] != x) x = part[x] = part[part[x]];
    return x;
  };
  for (const NetEdge& e : edges) part[root(e.u)] = root(e.v);
  std::vector<std::uint8_t> done = detail::filled(n, std::uint8_t{0});
  for (std::size_t start = 0; start < n; ++start) {
    const std::size_t r0 = root(start);
    if (done[r0]) continue;
    done[r0] = 1;
    std::vector<std::size_t> members;
    for (std::size_t i = 0; i < n; ++i)
      if (root(i) == r0) members.push_back(i);
    std::size_t contacts = 0;
    for (std::size_t m : members) contacts += nodes[m].kind == DatedKind::contact ? 1 : 0;
    if (contacts < 2 || members.size() > max_part) continue;
    const std::size_t k = members.size();
    std::vector<NetDay> dist = detail::filled(k * k, net_infinity);
    const auto local = [&](std::size_t node) {
      return static_cast<std::size_t>(std::find(members.begin(), members.end(), node) -
                                      members.begin());
    };
    for (std::size_t i = 0; i < k; ++i) dist[i * k + i] = 0;
    for (const NetEdge& e : edges) {
      if (root(e.u) != r0) continue;
      const std::size_t a = local(e.u);
      const std::size_t b = local(e.v);
      dist[a * k + b] = std::min(dist[a * k + b], e.w);
    }
    for (std::size_t m = 0; m < k; ++m)
      for (std::size_t i = 0; i < k; ++i) {
        const NetDay im = dist[i * k + m];
        if (im >= net_infinity) continue;
        for (std::size_t j = 0; j < k; ++j) {
          const NetDay mj = dist[m * k + j];
          if (mj < net_infinity && im + mj < dist[i * k + j]) dist[i * k + j] = im + mj;
        }
      }
    for (std::size_t i = 0; i < k; ++i)
      for (std::size_t j = 0; j < k; ++j) {
        const std::size_t a = members[i];
        const std::size_t b = members[j];
        if (i == j || nodes[a].kind != DatedKind::contact || nodes[b].kind != DatedKind::contact)
          continue;
        const NetDay most = std::min(dist[i * k + j], hi[b] - lo[a]);
        const NetDay least = std::max(-dist[j * k + i], lo[b] - hi[a]);
        out.gaps.push_back({ContactId{nodes[a].id},
                            ContactId{nodes[b].id},
                            {std::chrono::days{least}, std::chrono::days{most}}});
      }
  }
  std::sort(out.gaps.begin(), out.gaps.end(), [](const DerivedGap& a, const DerivedGap& b) {
    return a.from != b.from ? a.from < b.from : a.to < b.to;
  });
  return out;
}

// The derived date of `thing` among `dates` (sorted by thing), if any.
constexpr std::optional<Date> derived_date(std::span<const DerivedDate> dates,
                                           Dated thing) noexcept {
  const auto it =
      std::lower_bound(dates.begin(), dates.end(), thing,
                       [](const DerivedDate& d, const Dated& t) { return d.thing < t; });
  if (it != dates.end() && it->thing == thing) return it->date;
  return std::nullopt;
}

// The derived days from contact a to contact b among `gaps`, if any.
constexpr std::optional<DayRange> derived_gap(std::span<const DerivedGap> gaps, ContactId a,
                                              ContactId b) noexcept {
  const auto it =
      std::lower_bound(gaps.begin(), gaps.end(), std::pair{a, b},
                       [](const DerivedGap& g, const std::pair<ContactId, ContactId>& k) {
                         return g.from != k.first ? g.from < k.first : g.to < k.second;
                       });
  if (it != gaps.end() && it->from == a && it->to == b) return it->days;
  return std::nullopt;
}

// A projection to the derived date of a contact where it has one, and to
// its documented date otherwise.
struct DerivedDateOf {
  std::span<const DerivedDate> dates{};

  template <class T>
  requires requires(const T& x) {
    { x.date } -> std::convertible_to<Date>;
  }
  constexpr Date operator()(const T& x) const noexcept {
    if constexpr (requires {
                    requires std::same_as<std::remove_cvref_t<decltype(x.id)>, ContactId>;
                  }) {
      if (!dates.empty())
        if (const auto d = derived_date(dates, Dated{x.id})) return *d;
    }
    return x.date;
  }
};

// The exact day of public record where a contact has one, else its derived
// date: the third layer, over the second.
struct RefinedOrDerivedDateOf {
  std::span<const DerivedDate> dates{};

  template <class T>
  requires requires(const T& x) {
    { x.date } -> std::convertible_to<Date>;
  }
  constexpr Date operator()(const T& x) const noexcept {
    if constexpr (requires { x.refined->date; }) {
      if (x.refined) return Date{x.refined->date};
    }
    return DerivedDateOf{dates}(x);
  }
};

// The pairwise bounds a gap analysis may use on derived dates.
struct DerivedGapOf {
  std::span<const DerivedGap> gaps{};

  template <class T>
  constexpr std::optional<DayRange> operator()(const T& a, const T& b) const noexcept {
    if constexpr (requires {
                    requires std::same_as<std::remove_cvref_t<decltype(a.id)>, ContactId>;
                  }) {
      if (!gaps.empty()) return derived_gap(gaps, a.id, b.id);
    }
    return std::nullopt;
  }
  template <class T>
  constexpr bool touches(const T& a) const noexcept {
    if constexpr (requires {
                    requires std::same_as<std::remove_cvref_t<decltype(a.id)>, ContactId>;
                  }) {
      const auto it =
          std::lower_bound(gaps.begin(), gaps.end(), a.id,
                           [](const DerivedGap& g, const ContactId& id) { return g.from < id; });
      return it != gaps.end() && it->from == a.id;
    }
    return false;
  }
};

// The contacts with their dates on `layer` (see DateLayer), sorted by
// those dates.
inline std::vector<Contact> on_layer(std::span<const Contact> contacts, DateLayer layer,
                                     const Dating& dating) {
  std::vector<Contact> out(contacts.begin(), contacts.end());
  if (layer == DateLayer::documented) return out;
  for (Contact& c : out)
    c.date = layer == DateLayer::derived ? DerivedDateOf{dating.dates}(c)
                                         : RefinedOrDerivedDateOf{dating.dates}(c);
  std::stable_sort(out.begin(), out.end(),
                   [](const Contact& a, const Contact& b) { return a.date < b.date; });
  return out;
}

// On the refined layer: the derived bounds between two contacts that have
// no exact day of public record (those that have one are where it puts
// them).
struct RefinedGapOf {
  std::span<const DerivedGap> gaps{};

  template <class T>
  constexpr std::optional<DayRange> operator()(const T& a, const T& b) const noexcept {
    if constexpr (requires { static_cast<bool>(a.refined); }) {
      if (a.refined || b.refined) return std::nullopt;
    }
    return DerivedGapOf{gaps}(a, b);
  }
  template <class T>
  constexpr bool touches(const T& a) const noexcept {
    return DerivedGapOf{gaps}.touches(a);
  }
};

}  // namespace hotline
