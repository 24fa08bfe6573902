// Id: strong identifiers, one type per kind of entry.
#include <hotline/id.hpp>

#include <compare>
#include <concepts>
#include <cstdint>
#include <type_traits>

#include <doctest/doctest.h>

using hotline::ActorId;
using hotline::AgreementId;
using hotline::ChannelId;
using hotline::ContactId;
using hotline::SourceId;

// ---- what kind of type an Id is ---------------------------------------------

static_assert(std::is_trivially_copyable_v<ActorId>);
static_assert(std::regular<ActorId>);
static_assert(std::totally_ordered<ActorId>);
static_assert(std::three_way_comparable<ActorId, std::strong_ordering>);
static_assert(sizeof(ActorId) == sizeof(std::uint32_t));
static_assert(std::is_same_v<ActorId::value_type, std::uint32_t>);

// Each kind of entry has its own type.
static_assert(!std::is_same_v<ActorId, ChannelId>);
static_assert(!std::is_same_v<ContactId, AgreementId>);
static_assert(!std::is_same_v<SourceId, ActorId>);

// An id of one kind cannot stand in for another, neither implicitly nor by
// an explicit construction.
static_assert(!std::is_convertible_v<ActorId, ChannelId>);
static_assert(!std::is_convertible_v<ChannelId, ActorId>);
static_assert(!std::is_constructible_v<ActorId, ChannelId>);
static_assert(!std::is_constructible_v<ContactId, AgreementId>);
static_assert(!std::is_assignable_v<ActorId&, ChannelId>);
static_assert(!std::equality_comparable_with<ActorId, ChannelId>);

// An id is built from an integer only on purpose.
static_assert(!std::is_convertible_v<std::uint32_t, ActorId>);
static_assert(!std::is_convertible_v<int, ActorId>);
static_assert(std::is_constructible_v<ActorId, std::uint32_t>);
static_assert(std::is_nothrow_constructible_v<ActorId, std::uint32_t>);
static_assert(!std::is_assignable_v<ActorId&, std::uint32_t>);
// ...and does not turn back into one implicitly.
static_assert(!std::is_convertible_v<ActorId, std::uint32_t>);
static_assert(!std::is_convertible_v<ActorId, bool>);

constexpr ActorId putin{7};
constexpr ChannelId hotline_channel{1};

TEST_CASE("an id holds the value it was built from") {
  static_assert(putin.value() == 7);
  static_assert(hotline_channel.value() == 1);
  const std::uint32_t raw = 4'000'000'000u;
  CHECK(ContactId{raw}.value() == raw);
}

TEST_CASE("a default id is the no-id value 0 and is not ok") {
  constexpr ActorId none;
  static_assert(none.value() == 0);
  static_assert(!none.ok());
  CHECK_FALSE(SourceId{}.ok());
  CHECK(ActorId{0} == ActorId{});
}

TEST_CASE("every id but 0 is ok") {
  static_assert(putin.ok());
  CHECK(ActorId{1}.ok());
  CHECK(AgreementId{0xFFFF'FFFFu}.ok());
}

TEST_CASE("ids compare by value") {
  static_assert(ActorId{3} == ActorId{3});
  static_assert(ActorId{3} != ActorId{4});
  static_assert(ActorId{3} < ActorId{4});
  CHECK(ActorId{2} < ActorId{10});
  CHECK((ChannelId{5} <=> ChannelId{5}) == std::strong_ordering::equal);
  CHECK((ChannelId{6} <=> ChannelId{5}) == std::strong_ordering::greater);
  CHECK(ActorId{} < ActorId{1});
}
