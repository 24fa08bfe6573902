// The rules of a registry's claims: its relations and statements name
// things the registry holds, the network they make with the documented
// dates is consistent, and no statement is contradicted on the derived
// dates. Part of <hotline/registry.hpp>; make_registry applies them while
// compiling, OwnedRegistry::build at run time.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include <hotline/analysis/check.hpp>
#include <hotline/analysis/derived.hpp>
#include <hotline/registry_view.hpp>

namespace hotline::detail {

constexpr bool holds_thing(const Registry& r, std::span<const Contact> contacts, Dated t) {
  switch (t.kind) {
    case DatedKind::contact:
      for (const Contact& c : contacts)
        if (c.id.value() == t.id) return true;
      return false;
    case DatedKind::agreement: {
      const Agreement* a = r.find(AgreementId{t.id});
      return a != nullptr && a->signed_on.has_value();
    }
    case DatedKind::channel:
      return r.find(ChannelId{t.id}) != nullptr;
    case DatedKind::source:
      return r.find(SourceId{t.id}) != nullptr;
  }
  return false;
}

constexpr Rule unknown_rule(DatedKind k) noexcept {
  switch (k) {
    case DatedKind::contact:
      return Rule::unknown_contact;
    case DatedKind::agreement:
      return Rule::unknown_agreement;
    case DatedKind::channel:
      return Rule::unknown_channel;
    case DatedKind::source:
      break;
  }
  return Rule::unknown_source;
}

constexpr std::string_view constraint_kind(const Constraint& c) noexcept {
  switch (c.kind) {
    case ConstraintKind::relation:
    case ConstraintKind::weekday:
      return "relation";
    case ConstraintKind::statement:
      return "statement";
    case ConstraintKind::documented_date:
      break;
  }
  return to_words(c.thing.kind);
}
constexpr std::uint32_t constraint_id(const Constraint& c) noexcept {
  return c.kind == ConstraintKind::documented_date ? c.thing.id : c.id;
}

// The relations and statements of r name what r holds (`contacts`, in any
// order: r's own, or a builder's input).
template <class Fail>
constexpr void validate_claim_references(const Registry& r, std::span<const Contact> contacts,
                                         Fail& fail) {
  for (const Relation& x : r.relations) {
    if (!fail.go()) return;
    const auto id = x.id.value();
    if (!x.id.ok()) fail(Rule::missing_id, "relation", 0, x.quote, "id");
    if (!holds_thing(r, contacts, x.from))
      fail(unknown_rule(x.from.kind), "relation", id, {}, "from");
    if (!holds_thing(r, contacts, x.to)) fail(unknown_rule(x.to.kind), "relation", id, {}, "to");
    if (x.days.max < x.days.min) fail(Rule::ends_before_start, "relation", id, {}, "days");
    if (!r.find(x.source)) fail(Rule::unknown_source, "relation", id, {}, "source");
  }
  for (const Statement& s : r.statements) {
    if (!fail.go()) return;
    const auto id = s.id.value();
    if (!s.id.ok()) fail(Rule::missing_id, "statement", 0, s.quote, "id");
    if (!r.find(s.source)) fail(Rule::unknown_source, "statement", id, {}, "source");
    if (s.from && !holds_thing(r, contacts, *s.from))
      fail(Rule::unknown_contact, "statement", id, {}, "from");
    if (s.to && !holds_thing(r, contacts, *s.to))
      fail(Rule::unknown_contact, "statement", id, {}, "to");
    if (s.kind == StatementKind::silence_length && s.length.max < s.length.min)
      fail(Rule::ends_before_start, "statement", id, {}, "length");
  }
}

// A conflict, as the diagnostic of its first relation or statement, with
// the next one it is in conflict with.
template <class Fail>
constexpr void report_conflict(std::span<const Constraint> conflict, Fail& fail) {
  if (conflict.empty()) return;
  const Constraint* first = nullptr;
  const Constraint* other = nullptr;
  for (const Constraint& c : conflict)
    if (c.kind != ConstraintKind::documented_date) {
      if (first == nullptr)
        first = &c;
      else if (other == nullptr)
        other = &c;
    }
  if (first == nullptr) first = &conflict[0];
  if (other == nullptr)
    for (const Constraint& c : conflict)
      if (&c != first) {
        other = &c;
        break;
      }
  Diagnostic d{Rule::constraints_conflict,
               constraint_kind(*first),
               constraint_id(*first),
               {},
               {},
               first->kind == ConstraintKind::statement ? "length" : "days"};
  if (other != nullptr) {
    d.other_kind = constraint_kind(*other);
    d.other_id = constraint_id(*other);
  }
  fail(d);
}

// No statement of r is contradicted on the derived dates of `dating`.
template <class Fail>
constexpr void validate_statements(const Registry& r, const Dating& dating, Fail& fail) {
  for (const Statement& s : r.statements) {
    if (!fail.go()) return;
    if (check(r.contacts, s, DateLayer::derived, dating).verdict == Verdict::contradicted)
      fail(Rule::contradicted_statement, "statement", s.id.value(), {}, "verdict");
  }
}

}  // namespace hotline::detail
