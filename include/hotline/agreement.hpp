// Agreements: what contacts produce. The 1963 hotline memorandum, the Syria
// cessation of hostilities of 2016, the channels set up in Hamburg in 2017.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include <hotline/country.hpp>
#include <hotline/date.hpp>
#include <hotline/detail/inline_vector.hpp>
#include <hotline/enumerators.hpp>
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

template <>
struct EnumeratorTable<AgreementKind> {
  static constexpr std::string_view kind = "agreement kind";
  static constexpr Enumerator<AgreementKind> items[] = {
      {AgreementKind::memorandum, "memorandum", "memorandum", "memorandum of understanding"},
      {AgreementKind::treaty, "treaty", "treaty"},
      {AgreementKind::ceasefire, "ceasefire", "ceasefire", "truce;cessation of hostilities"},
      {AgreementKind::resolution, "resolution", "resolution"},
      {AgreementKind::channel, "channel", "channel"},
      {AgreementKind::working_group, "working_group", "working group"},
      {AgreementKind::statement, "statement", "joint statement"},
      {AgreementKind::other, "other", "other"},
  };
};

template <>
struct EnumeratorTable<AgreementStatus> {
  static constexpr std::string_view kind = "agreement status";
  static constexpr Enumerator<AgreementStatus> items[] = {
      {AgreementStatus::unknown, "unknown", "unknown status"},
      {AgreementStatus::proposed, "proposed", "proposed"},
      {AgreementStatus::signed_, "signed", "signed"},
      {AgreementStatus::in_force, "in_force", "in force"},
      {AgreementStatus::suspended, "suspended", "suspended"},
      {AgreementStatus::terminated, "terminated", "terminated"},
  };
};

// What the parties agreed, when it was signed (or adopted or announced) and
// when it came into force. Both dates keep the precision of the source.
struct Agreement {
  AgreementId id{};
  std::string_view name{};
  AgreementKind kind = AgreementKind::other;
  detail::InlineVector<Country, 8> parties{};
  std::optional<Date> signed_on = std::nullopt;
  std::optional<Date> in_force = std::nullopt;
  AgreementStatus status = AgreementStatus::unknown;
  std::optional<ContactId> reached_at = std::nullopt;  // the contact that produced it, when known
  SourceId source{};
  std::string_view quote{};
  std::optional<Refinement> refined = std::nullopt;  // a more exact signing date

  friend constexpr bool operator==(const Agreement&, const Agreement&) = default;
  friend constexpr auto operator<=>(const Agreement&, const Agreement&) = default;
};

}  // namespace hotline
