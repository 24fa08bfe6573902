// The English words for hotline's enumerations and identifiers, without
// {fmt}: Level::foreign_minister is "foreign minister", Medium::telephone is
// "phone call". The words of every enumeration come from its table
// (<hotline/enumerators.hpp>, each table beside its enumeration); this header
// gathers them, and adds the months and the kinds of entry an id names.
#pragma once

#include <chrono>
#include <string_view>

#include <hotline/actor.hpp>
#include <hotline/agreement.hpp>
#include <hotline/channel.hpp>
#include <hotline/contact.hpp>
#include <hotline/date.hpp>
#include <hotline/enumerators.hpp>
#include <hotline/id.hpp>

namespace hotline {

// The English name of a month: "January". "invalid month" unless ok().
constexpr std::string_view to_words(std::chrono::month m) noexcept {
  constexpr std::string_view names[] = {"January",   "February", "March",    "April",
                                        "May",       "June",     "July",     "August",
                                        "September", "October",  "November", "December"};
  return m.ok() ? names[unsigned{m} - 1] : "invalid month";
}

// The kind of entry an id names: entry_kind(ActorId{7}) is "actor". The same
// words name entries in registry diagnostics.
constexpr std::string_view entry_kind(ActorId) noexcept {
  return "actor";
}
constexpr std::string_view entry_kind(ChannelId) noexcept {
  return "channel";
}
constexpr std::string_view entry_kind(ContactId) noexcept {
  return "contact";
}
constexpr std::string_view entry_kind(AgreementId) noexcept {
  return "agreement";
}
constexpr std::string_view entry_kind(SourceId) noexcept {
  return "source";
}
constexpr std::string_view entry_kind(StatementId) noexcept {
  return "statement";
}

// The former name of entry_kind.
template <class Tag>
[[deprecated("use hotline::entry_kind")]] constexpr std::string_view kind_name(
    Id<Tag> id) noexcept {
  return entry_kind(id);
}

}  // namespace hotline
