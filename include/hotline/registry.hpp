// Registries: sources, actors, tenures, channels, contacts and agreements,
// checked against each other and sorted for queries. Built and validated
// while compiling from constexpr arrays (make_registry), or at run time from
// data (OwnedRegistry::build); both give the same Registry view
// (<hotline/registry_view.hpp>) and apply the same rules.
//
// The machinery is in detail/: derive.hpp (a contact's states and level
// from the offices held), validate.hpp (the rules), builder.hpp (the
// compile-time builder, in stages).
#pragma once

#include <concepts>
#include <optional>
#include <utility>
#include <vector>

#include <hotline/detail/builder.hpp>
#include <hotline/detail/derive.hpp>
#include <hotline/detail/validate.hpp>
#include <hotline/registry_view.hpp>
#include <hotline/text_store.hpp>

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
    detail::invalid_registry_entry(d->kind, d->id, d->field, to_words(d->rule));
#else
  // GCC shows the text of the template argument.
  static_assert(detail::registry_check<detail::DiagnosticText{d}>::ok);
#endif
  return detail::storage<In>.view();
}

// The tables of a registry read at run time, and the text they point to.
struct RegistryTables {
  std::vector<Source> sources{};
  std::vector<Actor> actors{};
  std::vector<Tenure> tenures{};
  std::vector<Channel> channels{};
  std::vector<Contact> contacts{};
  std::vector<Agreement> agreements{};
  TextStore text{};
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
  std::optional<OwnedRegistry> registry{};  // set when errors is empty
  std::vector<Diagnostic> errors{};
  // When the build fails: the tables' text, which the errors' labels (names,
  // titles) may point into. (When it succeeds, the registry keeps it.)
  TextStore text{};
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
