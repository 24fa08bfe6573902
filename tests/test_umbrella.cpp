// <hotline/hotline.hpp> alone gives the vocabulary, as the README says.
// (That it leaves the registry out is
// tests/compile_fail/umbrella_leaves_out_layers.cpp; test_all.cpp is
// <hotline/all.hpp>.)
#include <hotline/hotline.hpp>

#include <doctest/doctest.h>

#include <type_traits>

namespace {
using namespace hotline;
using namespace hotline::literals;
}  // namespace

TEST_CASE("the umbrella header gives the value types") {
  static_assert(std::is_trivially_copyable_v<Date> && std::is_trivially_copyable_v<Contact>);
  static_assert(std::is_class_v<Actor> && std::is_class_v<Tenure> && std::is_class_v<Channel>);
  static_assert(std::is_class_v<Agreement> && std::is_class_v<Source>);
  static_assert(country("RUS").continues(country("SUN")));
  static_assert(to_words(Level::leader) == "leader");
  CHECK("2014-03"_date == Date::in_month(2014, 3));
}
