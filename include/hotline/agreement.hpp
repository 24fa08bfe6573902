// Agreements: what contacts produce. The 1963 hotline memorandum, the Syria
// cessation of hostilities of 2016, the channels set up in Hamburg in 2017.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include <hotline/country.hpp>
#include <hotline/date.hpp>
#include <hotline/detail/inline_vector.hpp>
#include <hotline/id.hpp>
#include <hotline/source.hpp>

namespace hotline {

enum class AgreementKind : std::uint8_t {
  memorandum,  // a memorandum of understanding
  treaty,
  ceasefire,      // a truce or cessation of hostilities
  resolution,     // a UN Security Council resolution
  channel,        // an arrangement that sets up a channel of communication
  working_group,  // an arrangement that sets up a working group
  statement,      // a joint statement
  other,
};

enum class AgreementStatus : std::uint8_t {
  unknown,
  proposed,
  signed_,  // signed, not (yet) in force
  in_force,
  suspended,
  terminated,
};

// What the parties agreed, when it was signed (or adopted or announced) and
// when it came into force. Both dates keep the precision of the source.
struct Agreement {
  AgreementId id;
  std::string_view name;
  AgreementKind kind = AgreementKind::other;
  detail::InlineVector<Country, 8> parties;
  std::optional<Date> signed_on;
  std::optional<Date> in_force;
  AgreementStatus status = AgreementStatus::unknown;
  std::optional<ContactId> reached_at;  // the contact that produced it, when known
  SourceId source;
  std::string_view quote;
  std::optional<Refinement> refined;  // a more exact signing date

  friend constexpr bool operator==(const Agreement&, const Agreement&) = default;
  friend constexpr auto operator<=>(const Agreement&, const Agreement&) = default;
};

}  // namespace hotline
