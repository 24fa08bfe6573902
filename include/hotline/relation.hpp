// Relations between dated things: what a source says of when one thing
// happened relative to another. "The following day" (a breakfast one day
// after a meeting), "last Friday" (a call one to seven days before the
// article that says it, on a Friday), "last weekend", "the day after
// Russia's invasion". Each is a Relation with its source and quote; with
// the documented dates and the statements that imply lengths, relations
// make the simple temporal network from which hotline derives the tightest
// date of everything they touch (<hotline/analysis/derived.hpp>).
#pragma once

#include <chrono>
#include <cstdint>
#include <span>
#include <string_view>

#include <hotline/date.hpp>
#include <hotline/enumerators.hpp>
#include <hotline/id.hpp>
#include <hotline/source.hpp>

namespace hotline {

// The kinds of thing that have a date a relation can name: a contact (its
// date), an agreement (signed_on), a channel (established) and a source
// (published: the publication date of an article, as its text bounds it).
enum class DatedKind : std::uint8_t { contact, agreement, channel, source };

template <>
struct EnumeratorTable<DatedKind> {
  static constexpr std::string_view kind = "dated kind";
  static constexpr Enumerator<DatedKind> items[] = {
      {DatedKind::contact, "contact", "contact"},
      {DatedKind::agreement, "agreement", "agreement"},
      {DatedKind::channel, "channel", "channel"},
      {DatedKind::source, "source", "source", "publication"},
  };
};

// One dated thing, by kind and id: Dated{ContactId{12}}, Dated{SourceId{3}}.
struct Dated {
  DatedKind kind = DatedKind::contact;
  std::uint32_t id = 0;

  constexpr Dated() = default;
  constexpr Dated(ContactId c) noexcept : kind(DatedKind::contact), id(c.value()) {}
  constexpr Dated(AgreementId a) noexcept : kind(DatedKind::agreement), id(a.value()) {}
  constexpr Dated(ChannelId c) noexcept : kind(DatedKind::channel), id(c.value()) {}
  constexpr Dated(SourceId s) noexcept : kind(DatedKind::source), id(s.value()) {}
  constexpr Dated(DatedKind k, std::uint32_t i) noexcept : kind(k), id(i) {}

  constexpr bool ok() const noexcept { return id != 0; }
  friend constexpr bool operator==(const Dated&, const Dated&) = default;
  friend constexpr auto operator<=>(const Dated&, const Dated&) = default;
};

// A set of weekdays, for relations that name one ("last Friday") or a few
// ("last weekend": Friday to Sunday). Empty means any day.
class Weekdays {
 public:
  constexpr Weekdays() = default;
  constexpr Weekdays(std::chrono::weekday d) noexcept : bits_(bit(d)) {}
  constexpr Weekdays(std::chrono::weekday a, std::chrono::weekday b) noexcept
      : bits_(static_cast<std::uint8_t>(bit(a) | bit(b))) {}
  constexpr Weekdays(std::chrono::weekday a, std::chrono::weekday b,
                     std::chrono::weekday c) noexcept
      : bits_(static_cast<std::uint8_t>(bit(a) | bit(b) | bit(c))) {}

  constexpr bool any() const noexcept { return bits_ == 0; }
  constexpr bool allows(std::chrono::weekday d) const noexcept {
    return bits_ == 0 || (bits_ & bit(d)) != 0;
  }
  constexpr bool allows(std::chrono::sys_days d) const noexcept {
    return allows(std::chrono::weekday{d});
  }
  constexpr std::uint8_t bits() const noexcept { return bits_; }
  static constexpr Weekdays from_bits(std::uint8_t b) noexcept {
    Weekdays w;
    w.bits_ = static_cast<std::uint8_t>(b & 0x7f);
    return w;
  }
  friend constexpr bool operator==(Weekdays, Weekdays) = default;

 private:
  static constexpr std::uint8_t bit(std::chrono::weekday d) noexcept {
    return static_cast<std::uint8_t>(1u << d.c_encoding());
  }
  std::uint8_t bits_ = 0;
};

// `to` lies between days.min and days.max days after `from` (negative:
// before), on one of `on`'s weekdays when it names any.
struct Relation {
  RelationId id{};
  Dated from{};
  Dated to{};
  DayRange days{};
  Weekdays on{};
  SourceId source{};
  std::string_view quote{};  // the source's own words

  friend constexpr bool operator==(const Relation&, const Relation&) = default;
};

// The derived date of one thing.
struct DerivedDate {
  Dated thing{};
  Date date{};

  friend constexpr bool operator==(const DerivedDate&, const DerivedDate&) = default;
};

// The days from contact `from` to contact `to` in the minimal network: in
// every reading consistent with the constraints, to - from lies in `days`.
struct DerivedGap {
  ContactId from{};
  ContactId to{};
  DayRange days{};

  friend constexpr bool operator==(const DerivedGap&, const DerivedGap&) = default;
};

// What a layer of derived dates gives the analysis: the derived dates and
// gaps (sorted, as derive_dates gives them), and the sources, whose
// publication dates statements said "as of" their article refer to.
struct Dating {
  std::span<const DerivedDate> dates{};
  std::span<const DerivedGap> gaps{};
  std::span<const Source> sources{};
};

// The relative dates the articles use, as the days a Relation spans. Each
// reads `to` relative to `from`; the documentation of each says which is
// which.
namespace said {

using std::chrono::days;

// "The following day", "the day after": `to` is one day after `from`.
inline constexpr DayRange following_day{days{1}, days{1}};
// "On the same day".
inline constexpr DayRange same_day{days{0}, days{0}};
// "Before": `to` comes after `from`, any number of days later. (The limit
// is a day count beyond any calendar the library reads.)
inline constexpr DayRange after{days{0}, days{3'000'000}};
// "Last Friday" (or any named weekday), said on the day `from`: the most
// recent such day before it, one to seven days earlier. Give the weekday
// in the Relation's `on`.
inline constexpr DayRange last_weekday{days{-7}, days{-1}};
// "Last weekend", said on the day `from`: the Friday to Sunday before it,
// one to nine days earlier (a Friday counts when a source counts a
// Friday-evening call as the weekend's). Give Friday, Saturday and Sunday
// in `on`.
inline constexpr DayRange last_weekend{days{-9}, days{-1}};
// "Last week", said on the day `from`: the week before, one to thirteen
// days earlier.
inline constexpr DayRange last_week{days{-13}, days{-1}};

}  // namespace said

}  // namespace hotline
