#include <hotline/registry.hpp>

#include <doctest/doctest.h>

TEST_CASE("an empty run-time registry builds") {
  auto built = hotline::OwnedRegistry::build({});
  CHECK(built.errors.empty());
  REQUIRE(built.registry.has_value());
  CHECK(built.registry->view().contacts.empty());
}
