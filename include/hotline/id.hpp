// Strong identifiers. An ActorId cannot be passed where a ChannelId is wanted,
// nor built implicitly from an integer: each kind of entry has its own type.
#pragma once

#include <compare>
#include <cstdint>

namespace hotline {

// A 32-bit identifier whose type says what it identifies. The value 0 means
// "no id" (a default-constructed Id); registry entries use 1 and up.
template <class Tag>
class Id {
 public:
  using value_type = std::uint32_t;

  constexpr Id() = default;
  constexpr explicit Id(std::uint32_t value) noexcept : value_(value) {}

  constexpr std::uint32_t value() const noexcept { return value_; }
  // True for every id but the "no id" value 0.
  constexpr bool ok() const noexcept { return value_ != 0; }

  friend constexpr bool operator==(Id, Id) = default;
  friend constexpr auto operator<=>(Id, Id) = default;

 private:
  std::uint32_t value_ = 0;
};

// The tags are named so that a misuse reads plainly in a compiler error:
// "cannot convert 'Id<ChannelTag>' to 'Id<ActorTag>'".
struct ActorTag;
struct ChannelTag;
struct ContactTag;
struct AgreementTag;
struct SourceTag;
struct StatementTag;
struct RelationTag;

using ActorId = Id<ActorTag>;
using ChannelId = Id<ChannelTag>;
using ContactId = Id<ContactTag>;
using AgreementId = Id<AgreementTag>;
using SourceId = Id<SourceTag>;
using StatementId = Id<StatementTag>;
using RelationId = Id<RelationTag>;

}  // namespace hotline
