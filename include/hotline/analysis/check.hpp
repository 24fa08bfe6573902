// Verdicts on statements: whether what a source says of some contacts
// (<hotline/statement.hpp>) holds in every reading of their dates, in
// some (allowed), or in none (contradicted), with the figures that decide
// it. constexpr, so that a statement can be pinned in a static_assert:
//
//   static_assert(hotline::holds(registry.contacts, statement));
//
// Each kind is decided from the analysis functions, on the documented
// dates or on the refined ones (the exact days of public record where a
// contact has one):
//  - count: count_in over the period; the count it gives (certainly to
//    possibly) against the count said.
//  - silence_since: the contacts that may fall after the date and on or
//    before the day it is said (the latest of that day, when it is not
//    known to the day); one that certainly falls there contradicts it.
//  - silence_length between two named contacts: the days from one to the
//    other, and any contact that may fall between them; without named
//    contacts: the longest gap of the selection, whose every reading lies
//    between its certain and its possible length.
//  - within: most_within, the most contacts certainly and possibly within
//    the days.
//  - first: the days the first contact of any reading may have fallen on.
#pragma once

#include <chrono>
#include <optional>
#include <span>
#include <vector>

#include <hotline/analysis/bursts.hpp>
#include <hotline/analysis/counts.hpp>
#include <hotline/analysis/derived.hpp>
#include <hotline/analysis/gaps.hpp>
#include <hotline/analysis/input.hpp>
#include <hotline/analysis/select.hpp>
#include <hotline/contact.hpp>
#include <hotline/relation.hpp>
#include <hotline/statement.hpp>

namespace hotline {

// A statement checked: the verdict, the dates it is on, and the figures
// that decide it.
struct StatementCheck {
  Verdict verdict = Verdict::allowed;
  DateLayer layer = DateLayer::documented;
  // count: the contacts in the period (min certainly, max possibly); within:
  // the most within the days (min certainly, max possibly).
  CountRange counted{};
  // silence_since: the silence on the day said, from the last contact that
  // may have come before it (max is days::max() when none certainly did);
  // silence_length: the gap (between the named contacts, or the longest).
  DayRange days{};
  // first: the days on which the first contact of some reading may fall.
  Date first_day{};
  // The contacts that decide it: silence_since, the last contact before the
  // day (`before`) and the first one that may break the silence (`after`);
  // silence_length, the ends of the gap.
  std::optional<ContactId> before = std::nullopt;
  std::optional<ContactId> after = std::nullopt;
  // How many contacts the selection holds.
  std::size_t contacts = 0;

  friend constexpr bool operator==(const StatementCheck&, const StatementCheck&) = default;
};

namespace detail {

// holds when [got.min, got.max] lies within [want.min, want.max],
// contradicted when they do not overlap, allowed otherwise.
template <class R>
constexpr Verdict range_verdict(R got, R want) noexcept {
  if (want.min <= got.min && got.max <= want.max) return Verdict::holds;
  if (got.max < want.min || want.max < got.min) return Verdict::contradicted;
  return Verdict::allowed;
}

// The day a statement is said: its `as_of`, or its source's publication
// date on the layer (derived, where the network derives it).
constexpr Date said_on(const Statement& s, const Dating& dating, DateLayer layer) {
  if (s.as_of.ok()) return s.as_of;
  if (layer != DateLayer::documented)
    if (const auto d = derived_date(dating.dates, Dated{s.source})) return *d;
  for (const Source& src : dating.sources)
    if (src.id == s.source && src.published.ok()) return src.published;
  analysis_argument_is_invalid(
      "hotline::check: a silence_since statement has no as_of, and its source is not among the "
      "sources given (or has no publication date)");
}

template <class Proj, class Bounds>
constexpr StatementCheck check_on(std::span<const Contact> contacts, const Statement& s,
                                  const Proj& proj, DateLayer layer, const Bounds& bounds,
                                  const Dating& dating) {
  const std::vector<Contact> sel =
      sorted_by_date(select(contacts, where::selected(s.selection)), proj);
  StatementCheck out;
  out.layer = layer;
  out.contacts = sel.size();
  const auto date = [&](const Contact& c) { return Date{detail::invoke(proj, c)}; };
  switch (s.kind) {
    case StatementKind::count: {
      out.counted = count_in(sel, s.period, proj);
      out.verdict = range_verdict(out.counted, s.count);
      return out;
    }
    case StatementKind::within: {
      out.counted = sel.empty() ? CountRange{} : most_within(sel, s.within, proj);
      if (out.counted.min >= s.count.min)
        out.verdict = Verdict::holds;
      else if (out.counted.max < s.count.min)
        out.verdict = Verdict::contradicted;
      else
        out.verdict = Verdict::allowed;
      return out;
    }
    case StatementKind::first: {
      const auto ends = first_and_last(sel, proj);
      if (!ends) {
        out.verdict = Verdict::contradicted;
        return out;
      }
      out.first_day = ends->first_day;
      out.verdict = s.period.contains(out.first_day)   ? Verdict::holds
                    : s.period.overlaps(out.first_day) ? Verdict::allowed
                                                       : Verdict::contradicted;
      return out;
    }
    case StatementKind::silence_since: {
      // The days the silence covers: after the date, up to the day said
      // (all of them in some reading, the first ones in every reading).
      const Date as_of = said_on(s, dating, layer);
      const auto first = s.period.latest() + std::chrono::days{1};
      const Date may = Date::interval(first, as_of.latest());
      const bool certain_span = first <= as_of.earliest();
      const Date surely = certain_span ? Date::interval(first, as_of.earliest()) : Date{};
      // The first contact that certainly breaks it, else the first that may.
      std::optional<ContactId> certainly;
      std::optional<ContactId> possibly;
      for (const Contact& c : sel) {
        const Date d = date(c);
        if (certain_span && surely.contains(d)) {
          if (!certainly) certainly = c.id;
        } else if (may.ok() && may.overlaps(d) && !possibly) {
          possibly = c.id;
        }
      }
      out.verdict = certainly  ? Verdict::contradicted
                    : possibly ? Verdict::allowed
                               : Verdict::holds;
      out.after = certainly ? certainly : possibly;
      if (const auto silence = silence_as_of(sel, as_of.earliest(), proj)) {
        out.before = silence->last.id;
        out.days = silence->days;
        if (out.days.max != std::chrono::days::max())
          out.days.max += as_of.latest() - as_of.earliest();
      }
      return out;
    }
    case StatementKind::silence_length: {
      if (!s.from || !s.to) {
        const auto g = longest_gap(sel, proj, bounds);
        if (!g) {
          out.verdict = Verdict::contradicted;
          return out;
        }
        out.days = g->days();
        out.before = g->possible.from.id;
        out.after = g->possible.to.id;
        out.verdict = range_verdict(out.days, s.length);
        return out;
      }
      const Contact* a = nullptr;
      const Contact* b = nullptr;
      for (const Contact& c : sel) {
        if (c.id == *s.from) a = &c;
        if (c.id == *s.to) b = &c;
      }
      if (a == nullptr || b == nullptr)
        analysis_argument_is_invalid(
            "hotline::check: a silence_length statement names a contact its selection does "
            "not hold");
      out.before = a->id;
      out.after = b->id;
      const Date da = date(*a);
      const Date db = date(*b);
      out.days = gap(da, db);
      if (const auto bound = bounds(*a, *b)) {
        out.days.min = std::max(out.days.min, bound->min);
        out.days.max = std::min(out.days.max, bound->max);
      }
      out.verdict = range_verdict(out.days, s.length);
      if (db.latest() < da.earliest()) out.verdict = Verdict::contradicted;
      // Another contact between them: certainly (it contradicts), or in
      // some reading (it makes the statement only allowed).
      for (const Contact& c : sel) {
        if (&c == a || &c == b) continue;
        const Date d = date(c);
        if (d.earliest() > da.latest() && d.latest() < db.earliest())
          out.verdict = Verdict::contradicted;
        else if (d.latest() > da.earliest() && d.earliest() < db.latest() &&
                 out.verdict == Verdict::holds)
          out.verdict = Verdict::allowed;
      }
      return out;
    }
  }
  return out;
}

}  // namespace detail

// The statement checked against `contacts` (any order) on the dates of
// `layer`: documented, derived (the dates and gaps of `dating`, as
// derive_dates gives them; a registry's dating()), or refined (public
// record where a contact has it, else derived). `dating.sources` gives the
// publication dates that statements said as of their source use. Throws
// std::invalid_argument (stops a constant expression) for a statement that
// names a contact its selection does not hold.
constexpr StatementCheck check(std::span<const Contact> contacts, const Statement& s,
                               DateLayer layer, const Dating& dating) {
  switch (layer) {
    case DateLayer::documented:
      return detail::check_on(contacts, s, date_of, layer, NoPairBounds{}, dating);
    case DateLayer::derived:
      return detail::check_on(contacts, s, DerivedDateOf{dating.dates}, layer,
                              DerivedGapOf{dating.gaps}, dating);
    case DateLayer::refined:
      break;
  }
  return detail::check_on(contacts, s, RefinedOrDerivedDateOf{dating.dates}, layer,
                          RefinedGapOf{dating.gaps}, dating);
}

constexpr StatementCheck check(std::span<const Contact> contacts, const Statement& s,
                               DateLayer layer = DateLayer::documented) {
  return check(contacts, s, layer, Dating{});
}

// True when the statement holds on every reading of the dates of `layer`.
constexpr bool holds(std::span<const Contact> contacts, const Statement& s,
                     DateLayer layer = DateLayer::documented) {
  return check(contacts, s, layer).verdict == Verdict::holds;
}
constexpr bool holds(std::span<const Contact> contacts, const Statement& s, DateLayer layer,
                     const Dating& dating) {
  return check(contacts, s, layer, dating).verdict == Verdict::holds;
}

}  // namespace hotline
