// A registry built at run time, from tables read from files or made by a
// program: sorted, each contact's states and level derived, and checked by
// the rules of the compile-time builder (<hotline/registry.hpp>, which
// includes this header), every broken rule returned.
#pragma once

#include <concepts>
#include <optional>
#include <utility>
#include <vector>

#include <hotline/detail/derive.hpp>
#include <hotline/detail/validate.hpp>
#include <hotline/registry_view.hpp>
#include <hotline/text_store.hpp>

namespace hotline {

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
