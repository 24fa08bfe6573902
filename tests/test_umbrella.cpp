// <hotline/hotline.hpp> alone gives everything the README says it does.
#include <hotline/hotline.hpp>

#include <doctest/doctest.h>

#include <type_traits>

namespace {
using namespace hotline;
using namespace hotline::literals;
}  // namespace

TEST_CASE("the umbrella header gives the value types, registries and analysis") {
  static_assert(std::is_class_v<Registry> && std::is_class_v<OwnedRegistry>);
  static_assert(std::is_class_v<RegistryInput> && std::is_class_v<TextStore>);
  static_assert(std::is_class_v<GapSummary> && std::is_class_v<Event>);
  static_assert(to_words(Level::leader) == "leader");
  auto built = OwnedRegistry::build({});
  CHECK(built.errors.empty());
  const Date days[] = {"2014-03"_date, "2014-07"_date};
  CHECK(longest_gap(days, [](Date d) { return d; })->days.min == std::chrono::days{92});
}
