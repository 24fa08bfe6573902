// InlineVector: a fixed-capacity vector that is a trivially copyable value.
#include <hotline/detail/inline_vector.hpp>

#include <compare>
#include <concepts>
#include <iterator>
#include <ranges>
#include <stdexcept>
#include <type_traits>

#include <doctest/doctest.h>

#include <hotline/date.hpp>

using hotline::detail::InlineVector;
using Six = InlineVector<int, 6>;

static_assert(std::is_trivially_copyable_v<Six>);
static_assert(std::is_trivially_copyable_v<InlineVector<hotline::Date, 6>>);
static_assert(std::regular<Six>);
static_assert(std::totally_ordered<Six>);
static_assert(std::three_way_comparable<Six, std::strong_ordering>);
static_assert(std::ranges::contiguous_range<const Six>);
static_assert(std::ranges::sized_range<const Six>);
// Elements, then a one-byte size: nothing on the heap.
static_assert(sizeof(InlineVector<std::uint8_t, 6>) == 7);
static_assert(Six::capacity() == 6);

constexpr Six one_two_three{1, 2, 3};

TEST_CASE("a default InlineVector is empty") {
  constexpr Six v;
  static_assert(v.empty());
  static_assert(v.size() == 0);
  static_assert(v.begin() == v.end());
  CHECK(v.span().empty());
}

TEST_CASE("an InlineVector holds its elements in order") {
  static_assert(one_two_three.size() == 3);
  static_assert(one_two_three[0] == 1 && one_two_three[2] == 3);
  int expected = 1;
  for (int x : one_two_three) CHECK(x == expected++);
  CHECK(one_two_three.span().size() == 3);
  CHECK(one_two_three.span().back() == 3);
}

TEST_CASE("push_back appends one element") {
  Six v;
  v.push_back(7);
  CHECK(v.size() == 1);
  CHECK(v[0] == 7);
  v.push_back(8);
  CHECK(v.size() == 2);
  CHECK(v[1] == 8);
  CHECK_FALSE(v.empty());
}

TEST_CASE("an InlineVector holds exactly its capacity") {
  constexpr Six full{1, 2, 3, 4, 5, 6};
  static_assert(full.size() == Six::capacity());
  Six v;
  for (int i = 0; i < 6; ++i) v.push_back(i);
  CHECK(v.size() == 6);
  CHECK(v[5] == 5);
}

TEST_CASE("pushing past the capacity throws std::length_error and keeps the elements") {
  Six v{1, 2, 3, 4, 5, 6};
  CHECK_THROWS_AS(v.push_back(7), std::length_error);
  CHECK(v.size() == 6);
  CHECK(v == Six{1, 2, 3, 4, 5, 6});
}

TEST_CASE("building from too many elements throws std::length_error") {
  CHECK_THROWS_AS((Six{1, 2, 3, 4, 5, 6, 7}), std::length_error);
  CHECK_THROWS_WITH((InlineVector<int, 1>{1, 2}), "hotline: too many elements");
}

TEST_CASE("contains finds only the elements held") {
  static_assert(one_two_three.contains(2));
  static_assert(!one_two_three.contains(4));
  // The unused slots hold zeros, which are not elements.
  CHECK_FALSE(one_two_three.contains(0));
  CHECK_FALSE(Six{}.contains(0));
}

TEST_CASE("InlineVectors are equal when they hold the same elements") {
  static_assert(one_two_three == Six{1, 2, 3});
  CHECK(one_two_three != Six{1, 2});
  CHECK(one_two_three != Six{1, 2, 3, 0});
  CHECK(one_two_three != Six{3, 2, 1});
  CHECK(Six{} == Six{});
}

TEST_CASE("InlineVectors order lexicographically") {
  static_assert(Six{1, 2} < Six{1, 3});
  static_assert(Six{1, 2} < Six{1, 2, 0});  // a prefix comes first
  CHECK(Six{} < Six{0});
  CHECK(Six{2} > Six{1, 9, 9});
  CHECK((one_two_three <=> Six{1, 2, 3}) == std::strong_ordering::equal);
}

TEST_CASE("a copy of an InlineVector is independent of the original") {
  Six a{1, 2};
  Six b = a;
  b.push_back(3);
  CHECK(a.size() == 2);
  CHECK(b.size() == 3);
  CHECK(a < b);
}
