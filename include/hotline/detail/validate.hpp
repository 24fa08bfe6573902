// The rules of a registry, checked: every broken rule is passed on as a
// Diagnostic, in a fixed order (tables, contact ids, contacts, agreements),
// the same way while compiling and at run time. Part of
// <hotline/registry.hpp>.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>

#include <hotline/detail/derive.hpp>
#include <hotline/registry_view.hpp>

namespace hotline::detail {

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
  constexpr void operator()(const Diagnostic& d) {
    if (go_) go_ = report_(d);
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
                                      std::string_view field, std::string_view rule,
                                      std::string_view other_kind = {},
                                      std::uint32_t other_id = 0) {
  if (!rule.empty()) the_registry_entry_above_is_invalid();
  (void)kind, (void)id, (void)field, (void)other_kind, (void)other_id;
}

}  // namespace hotline::detail
