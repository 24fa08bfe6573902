// Country: states by ISO 3166-1 alpha-3 code, and which state continues which.
#include <hotline/country.hpp>

#include <compare>
#include <concepts>
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>

#include <doctest/doctest.h>

using hotline::Country;
using hotline::country;
using hotline::detail::country_table;
using namespace hotline::countries;

namespace {

constexpr bool table_is_sorted_and_unique() {
  for (std::size_t i = 1; i < Country::count(); ++i)
    if (!(country_table[i - 1].code < country_table[i].code)) return false;
  return true;
}

constexpr bool codes_are_three_capital_letters() {
  for (const auto& c : country_table) {
    if (c.code.size() != 3) return false;
    for (char ch : c.code)
      if (ch < 'A' || ch > 'Z') return false;
  }
  return true;
}

constexpr bool every_state_has_a_name() {
  for (const auto& c : country_table)
    if (c.name.empty()) return false;
  return true;
}

// Every former state names a state in the table, and following the names
// ends at a current state.
constexpr bool every_continuation_is_known_and_current() {
  for (std::uint16_t i = 0; i < Country::count(); ++i) {
    const auto& record = country_table[i];
    if (!record.continued.empty() && !Country::from_code(record.continued)) return false;
    if (Country::from_index(i).continuator().is_former()) return false;
  }
  return true;
}

constexpr bool index_round_trips() {
  for (std::uint16_t i = 0; i < Country::count(); ++i) {
    const Country c = Country::from_index(i);
    if (c.index() != i || Country::from_code(c.code()) != c) return false;
  }
  return true;
}

constexpr bool order_is_the_order_of_codes() {
  for (std::uint16_t i = 1; i < Country::count(); ++i) {
    const Country a = Country::from_index(static_cast<std::uint16_t>(i - 1));
    const Country b = Country::from_index(i);
    if (!(a < b) || (a.code() < b.code()) != (a < b)) return false;
  }
  return true;
}

}  // namespace

// ---- what kind of type Country is --------------------------------------------

static_assert(std::is_trivially_copyable_v<Country>);
static_assert(std::regular<Country>);
static_assert(std::totally_ordered<Country>);
static_assert(sizeof(Country) == 2);
// A code must be looked up: no conversion from text or numbers.
static_assert(!std::is_constructible_v<Country, std::string_view>);
static_assert(!std::is_constructible_v<Country, const char*>);
static_assert(!std::is_constructible_v<Country, std::uint16_t>);

// ---- the table -------------------------------------------------------------------

TEST_CASE("the table of states is sorted by code, with each code once") {
  static_assert(table_is_sorted_and_unique());
  CHECK(table_is_sorted_and_unique());
}

TEST_CASE("every code is three capital letters and every state has a name") {
  static_assert(codes_are_three_capital_letters());
  static_assert(every_state_has_a_name());
  CHECK(Country::count() == hotline::detail::country_count);
  CHECK(Country::count() > 249);  // ISO 3166-1 has 249 codes, plus former states and XXX
}

TEST_CASE("every former state is continued by a state in the table") {
  static_assert(every_continuation_is_known_and_current());
  CHECK(every_continuation_is_known_and_current());
}

TEST_CASE("index and from_index round trip for every state") {
  static_assert(index_round_trips());
  CHECK(index_round_trips());
  CHECK(Country::from_index(USA.index()) == USA);
}

// ---- lookups -----------------------------------------------------------------------

TEST_CASE("from_code finds a known code") {
  constexpr auto usa = Country::from_code("USA");
  static_assert(usa.has_value());
  static_assert(usa->code() == "USA");
  static_assert(usa->name() == "United States");
  CHECK(Country::from_code("RUS")->name() == "Russia");
  CHECK(Country::from_code("SUN")->name() == "Soviet Union");
  CHECK(Country::from_code("ABW")->code() == "ABW");  // the first code
  CHECK(Country::from_code("ZWE")->code() == "ZWE");  // the last code
}

TEST_CASE("from_code gives nothing for an unknown code") {
  static_assert(!Country::from_code("ZZZ"));
  CHECK_FALSE(Country::from_code("ZZZ").has_value());
  CHECK_FALSE(Country::from_code("usa").has_value());
  CHECK_FALSE(Country::from_code("US").has_value());
  CHECK_FALSE(Country::from_code("USAA").has_value());
  CHECK_FALSE(Country::from_code("").has_value());
  CHECK_FALSE(Country::from_code("AAA").has_value());   // before the first code
  CHECK_FALSE(Country::from_code("ZZZZ").has_value());  // after the last code
}

TEST_CASE("country() looks a code up while compiling") {
  constexpr Country usa = country("USA");
  static_assert(usa == USA);
  static_assert(country("SUN") == SUN);
  CHECK(country("GBR").name() == "United Kingdom");
}

TEST_CASE("the named states are the states of their codes") {
  static_assert(USA.code() == "USA");
  CHECK(RUS.code() == "RUS");
  CHECK(SUN.code() == "SUN");
  CHECK(GBR.code() == "GBR");
  CHECK(DEU.code() == "DEU");
  CHECK(FRA.code() == "FRA");
  CHECK(SYR.code() == "SYR");
  CHECK(UKR.code() == "UKR");
}

TEST_CASE("a default Country is the unknown state XXX and is not ok") {
  constexpr Country unknown;
  static_assert(unknown.code() == "XXX");
  static_assert(!unknown.ok());
  CHECK(Country{}.name() == "unknown state");
  CHECK(Country::from_code("XXX") == Country{});
  CHECK(USA.ok());
  CHECK(SUN.ok());  // a former state is a known state
}

TEST_CASE("states order by code") {
  static_assert(RUS < SUN);
  static_assert(SUN < USA);
  CHECK(DEU < FRA);
  CHECK((USA <=> USA) == std::strong_ordering::equal);
  static_assert(order_is_the_order_of_codes());
}

// ---- succession ------------------------------------------------------------------

TEST_CASE("a former state is continued by the state that took its place") {
  static_assert(SUN.is_former());
  static_assert(SUN.continuator() == RUS);
  CHECK(country("CSK").continuator() == country("CZE"));
  CHECK(country("DDR").continuator() == DEU);
}

TEST_CASE("continuation follows a chain of former states to a current state") {
  // Yugoslavia, then Serbia and Montenegro, then Serbia.
  static_assert(country("YUG").continuator() == country("SRB"));
  CHECK(country("SCG").continuator() == country("SRB"));
  CHECK(country("YUG").is_former());
  CHECK(country("SCG").is_former());
  CHECK_FALSE(country("SRB").is_former());
}

TEST_CASE("a current state continues itself") {
  static_assert(!USA.is_former());
  static_assert(USA.continuator() == USA);
  CHECK(RUS.continuator() == RUS);
  CHECK(Country{}.continuator() == Country{});
}

TEST_CASE("a state continues itself and the states before it") {
  static_assert(RUS.continues(SUN));
  static_assert(RUS.continues(RUS));
  static_assert(SUN.continues(SUN));
  CHECK(country("SRB").continues(country("YUG")));
  CHECK(country("SRB").continues(country("SCG")));
  CHECK(country("SCG").continues(country("YUG")));
  CHECK(DEU.continues(country("DDR")));
}

TEST_CASE("a state does not continue the states after it, nor unrelated states") {
  static_assert(!SUN.continues(RUS));
  CHECK_FALSE(country("YUG").continues(country("SRB")));
  CHECK_FALSE(country("YUG").continues(country("SCG")));
  CHECK_FALSE(USA.continues(SUN));
  CHECK_FALSE(UKR.continues(SUN));  // a successor state, but not the continuator
  CHECK_FALSE(country("SVK").continues(country("CSK")));
  CHECK_FALSE(country("DDR").continues(country("CSK")));
}
