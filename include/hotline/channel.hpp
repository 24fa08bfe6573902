// Standing lines of communication: the Moscow-Washington hotline, leaders'
// phone calls, military deconfliction lines, working groups. A channel has a
// level and a history of the media it has used.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include <hotline/actor.hpp>
#include <hotline/date.hpp>
#include <hotline/detail/inline_vector.hpp>
#include <hotline/enumerators.hpp>
#include <hotline/id.hpp>

namespace hotline {

// How a contact was carried.
enum class Medium : std::uint8_t {
  unknown,
  in_person,  // a meeting
  telephone,  // a phone call
  video,      // a video call
  teletype,   // the 1963 hotline's teletype
  telex,
  facsimile,
  letter,  // a letter or written message
};

template <>
struct EnumeratorTable<Medium> {
  static constexpr std::string_view kind = "medium";
  static constexpr Enumerator<Medium> items[] = {
      {Medium::unknown, "unknown", "unknown medium", "not known"},
      {Medium::in_person, "in_person", "meeting", "meetings;in-person meeting;visit"},
      {Medium::telephone, "telephone", "phone call", "phone;call;calls;phone calls;telephone call"},
      {Medium::video, "video", "video call", "video calls;videoconference;video conference"},
      {Medium::teletype, "teletype", "teletype"},
      {Medium::telex, "telex", "telex"},
      {Medium::facsimile, "facsimile", "fax", "faxes"},
      {Medium::letter, "letter", "letter", "letters;written message"},
  };
};

// Number of Medium values, for tables indexed by Medium.
inline constexpr std::size_t medium_count = enumerator_count<Medium>;

// A medium a channel took up, and when.
struct MediumSince {
  Medium medium = Medium::unknown;
  Date since{};

  friend constexpr bool operator==(const MediumSince&, const MediumSince&) = default;
  friend constexpr auto operator<=>(const MediumSince&, const MediumSince&) = default;
};

// A standing line of communication. `media` lists the media it took up, in
// the order it took them up; a channel with no media listed may carry any.
struct Channel {
  ChannelId id{};
  std::string_view name{};
  Level level = Level::unknown;
  Date established{};
  std::optional<AgreementId> established_by = std::nullopt;
  detail::InlineVector<MediumSince, 6> media{};
  std::optional<Date> ended = std::nullopt;  // closed or suspended
  SourceId source{};
  std::string_view quote{};

  // True when the channel may have carried `medium` at some day of `when`:
  // the medium was taken up no later than the date's last day. An unknown
  // medium may have been any the channel had taken up by then.
  constexpr bool may_carry(Medium medium, Date when) const noexcept {
    if (media.empty()) return true;
    for (const auto& m : media)
      if ((m.medium == medium || medium == Medium::unknown) && m.since.earliest() <= when.latest())
        return true;
    return false;
  }

  friend constexpr bool operator==(const Channel&, const Channel&) = default;
  friend constexpr auto operator<=>(const Channel&, const Channel&) = default;
};

}  // namespace hotline
