// <hotline/all.hpp> alone gives the vocabulary, registries and analysis, as
// the README says.
#include <hotline/all.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <type_traits>

namespace {
using namespace hotline;
using namespace hotline::literals;
}  // namespace

TEST_CASE("all.hpp adds registries and analysis") {
  static_assert(std::is_class_v<Registry> && std::is_class_v<OwnedRegistry>);
  static_assert(std::is_class_v<RegistryInput> && std::is_class_v<TextStore>);
  static_assert(std::is_class_v<GapSummary> && std::is_class_v<Event>);
  auto built = OwnedRegistry::build({});
  CHECK(built.errors.empty());
  const Date days[] = {"2014-03"_date, "2014-07"_date};
  CHECK(longest_gap(days, [](Date d) { return d; })->certain.days == std::chrono::days{92});
}
