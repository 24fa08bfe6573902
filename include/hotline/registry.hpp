// Registries: sources, actors, tenures, channels, contacts and agreements,
// checked against each other and sorted for queries. Built and validated
// while compiling from constexpr arrays (make_registry), or at run time from
// data (OwnedRegistry::build); both give the same Registry view
// (<hotline/registry_view.hpp>) and apply the same rules.
//
// The machinery is in detail/: derive.hpp (a contact's states and level
// from the offices held), validate.hpp (the rules), builder.hpp (the
// compile-time builder, in stages). The run-time builder alone is
// <hotline/owned_registry.hpp>, cheaper to include.
#pragma once

#include <concepts>
#include <optional>
#include <utility>
#include <vector>

#include <hotline/detail/builder.hpp>
#include <hotline/detail/derive.hpp>
#include <hotline/detail/validate.hpp>
#include <hotline/owned_registry.hpp>
#include <hotline/registry_view.hpp>

namespace hotline {

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
    detail::invalid_registry_entry(d->kind, d->id, d->field, to_words(d->rule), d->other_kind,
                                   d->other_id);
#else
  // GCC shows the text of the template argument.
  static_assert(detail::registry_check<detail::DiagnosticText{d}>::ok);
#endif
  Registry r = detail::storage<In>.view();
  r.statements = In.statements;
  r.relations = In.relations;
  r.derived = detail::claims<In>.dates;
  r.derived_gaps = detail::claims<In>.gaps;
  return r;
}

}  // namespace hotline
