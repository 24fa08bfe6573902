// The CAMEO side of event data, as constexpr tables: which event codes are
// contacts and what they say (041 is a phone call, 042 a visit), sets of
// codes by prefix, the states CAMEO country codes and ICEWS country names
// name, and the levels GDELT actor types and ICEWS sectors tell. No reading:
// <hotline/io/events.hpp> reads files with these.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string_view>

#include <hotline/actor.hpp>
#include <hotline/channel.hpp>
#include <hotline/country.hpp>
#include <hotline/enumerators.hpp>

namespace hotline::io {

// ---- CAMEO codes ------------------------------------------------------------

// What a CAMEO event code says about a contact.
enum class EventKind : std::uint8_t {
  consult,           // 040 consult
  telephone,         // 041 discuss by telephone
  visit,             // 042 make a visit
  host_visit,        // 043 host a visit
  third_location,    // 044 meet at a third location
  mediation,         // 045 mediate
  negotiation,       // 046 engage in negotiation
  formal_agreement,  // 057 sign formal agreement
  other,             // any other code (read only when asked for)
};

}  // namespace hotline::io

template <>
struct hotline::EnumeratorTable<hotline::io::EventKind> {
  using EventKind = hotline::io::EventKind;
  static constexpr std::string_view kind = "event kind";
  static constexpr Enumerator<EventKind> items[] = {
      {EventKind::consult, "consult", "consult"},
      {EventKind::telephone, "telephone", "discuss by telephone"},
      {EventKind::visit, "visit", "make a visit"},
      {EventKind::host_visit, "host_visit", "host a visit"},
      {EventKind::third_location, "third_location", "meet at a third location"},
      {EventKind::mediation, "mediation", "mediate"},
      {EventKind::negotiation, "negotiation", "engage in negotiation"},
      {EventKind::formal_agreement, "formal_agreement", "sign formal agreement"},
      {EventKind::other, "other", "other"},
  };
};

namespace hotline::io {

// The former name of code_name(EventKind).
[[deprecated("use hotline::code_name")]] constexpr std::string_view kind_name(
    EventKind k) noexcept {
  return code_name(k);
}

namespace detail {
// A three-letter code as one number (0 for text of another length), so that
// a row's codes are told apart by integer compares, not calls of memcmp.
constexpr std::uint32_t code3(std::string_view s) noexcept {
  if (s.size() != 3) return 0;
  return static_cast<std::uint32_t>(static_cast<unsigned char>(s[0])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(s[1])) << 8 |
         static_cast<unsigned char>(s[2]);
}
}  // namespace detail

// The kind of a CAMEO code: "042" is a visit.
constexpr EventKind event_kind(std::string_view code) noexcept {
  switch (detail::code3(code)) {
    case detail::code3("040"):
      return EventKind::consult;
    case detail::code3("041"):
      return EventKind::telephone;
    case detail::code3("042"):
      return EventKind::visit;
    case detail::code3("043"):
      return EventKind::host_visit;
    case detail::code3("044"):
      return EventKind::third_location;
    case detail::code3("045"):
      return EventKind::mediation;
    case detail::code3("046"):
      return EventKind::negotiation;
    case detail::code3("057"):
      return EventKind::formal_agreement;
    default:
      return EventKind::other;
  }
}

// The medium a kind of event implies: a call for 041, a meeting for 042-044,
// unknown otherwise (a consultation or negotiation may be either).
constexpr Medium medium_of(EventKind k) noexcept {
  switch (k) {
    case EventKind::telephone:
      return Medium::telephone;
    case EventKind::visit:
    case EventKind::host_visit:
    case EventKind::third_location:
      return Medium::in_person;
    default:
      return Medium::unknown;
  }
}

// A set of CAMEO codes, given as prefixes of 1 to 4 digits: "04" is the
// whole consult family, "057" one code. Codes are text (leading zeros
// matter: "041" is not "41").
class CodeSet {
 public:
  static constexpr std::size_t max_prefixes = 32;

  // The codes of contacts: 040-046 and 057. noexcept (its prefixes are
  // valid): EventOptions' default calls it, and a throwing path there made
  // GCC 12 at -O3 warn (-Wmaybe-uninitialized, wrongly) in every program
  // that makes an EventReader with default options.
  static constexpr CodeSet contacts() noexcept {
    return CodeSet{"040", "041", "042", "043", "044", "045", "046", "057"};
  }
  // Every code.
  static constexpr CodeSet all() noexcept {
    CodeSet s;
    s.all_ = true;
    return s;
  }

  constexpr CodeSet() = default;
  // std::invalid_argument for a prefix that is not 1 to 4 digits, or for
  // more than max_prefixes of them.
  constexpr CodeSet(std::initializer_list<std::string_view> prefixes) {
    for (std::string_view p : prefixes) add(p);
  }
  constexpr void add(std::string_view prefix) {
    if (prefix.empty() || prefix.size() > 4 || count_ == max_prefixes)
      throw std::invalid_argument("hotline::io::CodeSet: a prefix has 1 to 4 digits, 32 at most");
    for (char c : prefix)
      if (c < '0' || c > '9') throw std::invalid_argument("hotline::io::CodeSet: digits only");
    auto& p = prefixes_[count_++];
    p.size = static_cast<std::uint8_t>(prefix.size());
    for (std::size_t i = 0; i < prefix.size(); ++i) p.text[i] = prefix[i];
  }
  constexpr bool contains(std::string_view code) const noexcept {
    if (all_) return true;
    for (std::size_t i = 0; i < count_; ++i)
      if (code.starts_with(prefixes_[i].view())) return true;
    return false;
  }

 private:
  struct Prefix {
    char text[4]{};
    std::uint8_t size = 0;
    constexpr std::string_view view() const noexcept { return {text, size}; }
  };
  std::array<Prefix, max_prefixes> prefixes_{};
  std::size_t count_ = 0;
  bool all_ = false;
};

// ---- countries and levels ------------------------------------------------

// A state from a CAMEO actor country code: ISO 3166-1 alpha-3 ("USA", "RUS")
// and the former codes CAMEO still uses (ROM Romania, TMP East Timor, ZAR
// Zaire). nullopt for regions ("EUR", "AFR") and other codes that name no
// state.
constexpr std::optional<Country> country_from_cameo(std::string_view code) noexcept {
  switch (detail::code3(code)) {
    case 0:
    case detail::code3("XXX"):
      return std::nullopt;
    case detail::code3("ROM"):
      return Country::from_code("ROU");
    case detail::code3("TMP"):
      return Country::from_code("TLS");
    case detail::code3("ZAR"):
      return Country::from_code("COD");
    default:
      return Country::from_code(code);
  }
}

namespace detail {

struct NamedCountry {
  std::string_view name;
  std::string_view code;
};

// ICEWS country names that differ from the short names in country.hpp,
// from the names that occur in ICEWS events (andybega/icews,
// data-raw/country-to-gwcode-mapping.R). Places ICEWS lists as countries
// map to the state they belong to. Kosovo and the Netherlands Antilles have
// no code here and are not mapped.
inline constexpr NamedCountry icews_aliases[] = {
    {"Aeolian Islands", "ITA"},
    {"Bavaria", "DEU"},
    {"Bonaire", "BES"},
    {"British Virgin Islands", "VGB"},
    {"Brunei", "BRN"},
    {"Cape Verde", "CPV"},
    {"Cook Island", "COK"},
    {"Cote d'Ivoire", "CIV"},
    {"Czech Republic", "CZE"},
    {"Democratic Republic of Congo", "COD"},
    {"Falkland Islands", "FLK"},
    {"Holy See", "VAT"},
    {"Isle Of Man", "IMN"},
    {"Micronesia", "FSM"},
    {"Moldova, Republic of", "MDA"},
    {"Occupied Palestinian Territory", "PSE"},
    {"Reunion", "REU"},
    {"Russian Federation", "RUS"},
    {"Saint Barthelemy", "BLM"},
    {"Saint Helena", "SHN"},
    {"Sint Maarten", "SXM"},
    {"Swaziland", "SWZ"},
    {"Turkey", "TUR"},
    {"U.S. Virgin Islands", "VIR"},
    {"the former Yugoslav Republic of Macedonia", "MKD"},
};

inline constexpr std::size_t icews_alias_count = sizeof(icews_aliases) / sizeof(icews_aliases[0]);

// Every name a state is known by in ICEWS: the short names of country.hpp
// and the aliases, sorted by name for binary search.
consteval auto make_icews_names() {
  std::array<NamedCountry, hotline::detail::country_count + icews_alias_count> names{};
  std::size_t n = 0;
  for (const hotline::detail::CountryRecord& r : hotline::detail::country_table)
    if (r.code != "XXX") names[n++] = {r.name, r.code};
  for (const NamedCountry& a : icews_aliases) names[n++] = a;
  // The unknown state has no name in data; its slot sorts last.
  names[n++] = {"\xff", "XXX"};
  std::sort(names.begin(), names.end(),
            [](const NamedCountry& a, const NamedCountry& b) { return a.name < b.name; });
  return names;
}

inline constexpr auto icews_names = make_icews_names();

}  // namespace detail

// A state from an ICEWS country name ("Russian Federation", "United States",
// "South Korea"). nullopt for a name that names no state here.
constexpr std::optional<Country> country_from_icews(std::string_view name) noexcept {
  const auto& names = detail::icews_names;
  const auto it = std::lower_bound(
      names.begin(), names.end(), name,
      [](const detail::NamedCountry& n, std::string_view key) { return n.name < key; });
  if (it == names.end() || it->name != name || it->code == "XXX") return std::nullopt;
  return Country::from_code(it->code);
}

// The level a GDELT actor type code tells: GOV (government), COP (police),
// JUD (judiciary), LEG (legislature) and SPY (intelligence) are officials of
// unstated rank; MIL is the military. Other types (CVL, BUS, REB, ...) and
// no type say nothing of a state's level: unknown. Event data says which
// branch of a state an actor belongs to, not the actor's rank: the level is
// that of the branch.
constexpr Level level_from_gdelt_type(std::string_view type) noexcept {
  switch (detail::code3(type)) {
    case detail::code3("MIL"):
      return Level::military_chief;
    case detail::code3("GOV"):
    case detail::code3("COP"):
    case detail::code3("JUD"):
    case detail::code3("LEG"):
    case detail::code3("SPY"):
      return Level::official;
    default:
      return Level::unknown;
  }
}

// The level an ICEWS sector tells: "Executive Office" (heads of state and
// government and their offices), "Foreign Ministry", "Defense / Security
// Ministry", the military ("Military", "Army", "Navy", "Air Force",
// "Marines"), and other government sectors ("Government", "Executive",
// "Cabinet", "Police", "Judicial", "Legislative / Parliamentary", any
// "... Ministry") as officials. Other sectors say nothing: unknown.
constexpr Level level_from_icews_sector(std::string_view sector) noexcept {
  if (sector == "Executive Office") return Level::leader;
  if (sector == "Foreign Ministry") return Level::foreign_minister;
  if (sector == "Defense / Security Ministry") return Level::defence_minister;
  if (sector == "Military" || sector == "Army" || sector == "Navy" || sector == "Air Force" ||
      sector == "Marines")
    return Level::military_chief;
  if (sector == "Government" || sector == "Executive" || sector == "Cabinet" ||
      sector == "Police" || sector == "Judicial" || sector == "Legislative / Parliamentary" ||
      sector == "Upper House" || sector == "Lower House" || sector.ends_with(" Ministry"))
    return Level::official;
  return Level::unknown;
}

// The most senior level a comma-separated list of ICEWS sectors tells.
constexpr Level level_from_icews_sectors(std::string_view sectors) noexcept {
  Level best = Level::unknown;
  while (!sectors.empty()) {
    const std::size_t comma = sectors.find(',');
    const std::string_view one = sectors.substr(0, comma);
    best = std::min(best, level_from_icews_sector(one));
    if (comma == std::string_view::npos) break;
    sectors.remove_prefix(comma + 1);
  }
  return best;
}

}  // namespace hotline::io
