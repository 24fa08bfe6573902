// States: ISO 3166-1 alpha-3 codes, plus the historical codes of states that
// no longer exist (SUN, the USSR; YUG; CSK; DDR; SCG) and which state
// continues each, so that a query about Russia also sees the Soviet Union.
#pragma once

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>

namespace hotline {

namespace detail {

struct CountryRecord {
  std::string_view code;       // ISO 3166-1 alpha-3 (or ISO 3166-3 for former states)
  std::string_view name;       // English short name
  std::string_view continued;  // the state that continues this one, if it has ceased
};

// Generated from Debian's iso-codes (iso_3166-1.json) by scripts/gen_countries.py,
// plus the former states listed there. Sorted by code.
inline constexpr CountryRecord country_table[] = {
    {"ABW", "Aruba", ""},
    {"AFG", "Afghanistan", ""},
    {"AGO", "Angola", ""},
    {"AIA", "Anguilla", ""},
    {"ALA", "Åland Islands", ""},
    {"ALB", "Albania", ""},
    {"AND", "Andorra", ""},
    {"ARE", "United Arab Emirates", ""},
    {"ARG", "Argentina", ""},
    {"ARM", "Armenia", ""},
    {"ASM", "American Samoa", ""},
    {"ATA", "Antarctica", ""},
    {"ATF", "French Southern Territories", ""},
    {"ATG", "Antigua and Barbuda", ""},
    {"AUS", "Australia", ""},
    {"AUT", "Austria", ""},
    {"AZE", "Azerbaijan", ""},
    {"BDI", "Burundi", ""},
    {"BEL", "Belgium", ""},
    {"BEN", "Benin", ""},
    {"BES", "Bonaire, Sint Eustatius and Saba", ""},
    {"BFA", "Burkina Faso", ""},
    {"BGD", "Bangladesh", ""},
    {"BGR", "Bulgaria", ""},
    {"BHR", "Bahrain", ""},
    {"BHS", "Bahamas", ""},
    {"BIH", "Bosnia and Herzegovina", ""},
    {"BLM", "Saint Barthélemy", ""},
    {"BLR", "Belarus", ""},
    {"BLZ", "Belize", ""},
    {"BMU", "Bermuda", ""},
    {"BOL", "Bolivia", ""},
    {"BRA", "Brazil", ""},
    {"BRB", "Barbados", ""},
    {"BRN", "Brunei Darussalam", ""},
    {"BTN", "Bhutan", ""},
    {"BVT", "Bouvet Island", ""},
    {"BWA", "Botswana", ""},
    {"CAF", "Central African Republic", ""},
    {"CAN", "Canada", ""},
    {"CCK", "Cocos (Keeling) Islands", ""},
    {"CHE", "Switzerland", ""},
    {"CHL", "Chile", ""},
    {"CHN", "China", ""},
    {"CIV", "Côte d'Ivoire", ""},
    {"CMR", "Cameroon", ""},
    {"COD", "Congo, The Democratic Republic of the", ""},
    {"COG", "Congo", ""},
    {"COK", "Cook Islands", ""},
    {"COL", "Colombia", ""},
    {"COM", "Comoros", ""},
    {"CPV", "Cabo Verde", ""},
    {"CRI", "Costa Rica", ""},
    {"CSK", "Czechoslovakia", "CZE"},
    {"CUB", "Cuba", ""},
    {"CUW", "Curaçao", ""},
    {"CXR", "Christmas Island", ""},
    {"CYM", "Cayman Islands", ""},
    {"CYP", "Cyprus", ""},
    {"CZE", "Czechia", ""},
    {"DDR", "East Germany", "DEU"},
    {"DEU", "Germany", ""},
    {"DJI", "Djibouti", ""},
    {"DMA", "Dominica", ""},
    {"DNK", "Denmark", ""},
    {"DOM", "Dominican Republic", ""},
    {"DZA", "Algeria", ""},
    {"ECU", "Ecuador", ""},
    {"EGY", "Egypt", ""},
    {"ERI", "Eritrea", ""},
    {"ESH", "Western Sahara", ""},
    {"ESP", "Spain", ""},
    {"EST", "Estonia", ""},
    {"ETH", "Ethiopia", ""},
    {"FIN", "Finland", ""},
    {"FJI", "Fiji", ""},
    {"FLK", "Falkland Islands (Malvinas)", ""},
    {"FRA", "France", ""},
    {"FRO", "Faroe Islands", ""},
    {"FSM", "Micronesia, Federated States of", ""},
    {"GAB", "Gabon", ""},
    {"GBR", "United Kingdom", ""},
    {"GEO", "Georgia", ""},
    {"GGY", "Guernsey", ""},
    {"GHA", "Ghana", ""},
    {"GIB", "Gibraltar", ""},
    {"GIN", "Guinea", ""},
    {"GLP", "Guadeloupe", ""},
    {"GMB", "Gambia", ""},
    {"GNB", "Guinea-Bissau", ""},
    {"GNQ", "Equatorial Guinea", ""},
    {"GRC", "Greece", ""},
    {"GRD", "Grenada", ""},
    {"GRL", "Greenland", ""},
    {"GTM", "Guatemala", ""},
    {"GUF", "French Guiana", ""},
    {"GUM", "Guam", ""},
    {"GUY", "Guyana", ""},
    {"HKG", "Hong Kong", ""},
    {"HMD", "Heard Island and McDonald Islands", ""},
    {"HND", "Honduras", ""},
    {"HRV", "Croatia", ""},
    {"HTI", "Haiti", ""},
    {"HUN", "Hungary", ""},
    {"IDN", "Indonesia", ""},
    {"IMN", "Isle of Man", ""},
    {"IND", "India", ""},
    {"IOT", "British Indian Ocean Territory", ""},
    {"IRL", "Ireland", ""},
    {"IRN", "Iran", ""},
    {"IRQ", "Iraq", ""},
    {"ISL", "Iceland", ""},
    {"ISR", "Israel", ""},
    {"ITA", "Italy", ""},
    {"JAM", "Jamaica", ""},
    {"JEY", "Jersey", ""},
    {"JOR", "Jordan", ""},
    {"JPN", "Japan", ""},
    {"KAZ", "Kazakhstan", ""},
    {"KEN", "Kenya", ""},
    {"KGZ", "Kyrgyzstan", ""},
    {"KHM", "Cambodia", ""},
    {"KIR", "Kiribati", ""},
    {"KNA", "Saint Kitts and Nevis", ""},
    {"KOR", "South Korea", ""},
    {"KWT", "Kuwait", ""},
    {"LAO", "Laos", ""},
    {"LBN", "Lebanon", ""},
    {"LBR", "Liberia", ""},
    {"LBY", "Libya", ""},
    {"LCA", "Saint Lucia", ""},
    {"LIE", "Liechtenstein", ""},
    {"LKA", "Sri Lanka", ""},
    {"LSO", "Lesotho", ""},
    {"LTU", "Lithuania", ""},
    {"LUX", "Luxembourg", ""},
    {"LVA", "Latvia", ""},
    {"MAC", "Macao", ""},
    {"MAF", "Saint Martin (French part)", ""},
    {"MAR", "Morocco", ""},
    {"MCO", "Monaco", ""},
    {"MDA", "Moldova", ""},
    {"MDG", "Madagascar", ""},
    {"MDV", "Maldives", ""},
    {"MEX", "Mexico", ""},
    {"MHL", "Marshall Islands", ""},
    {"MKD", "North Macedonia", ""},
    {"MLI", "Mali", ""},
    {"MLT", "Malta", ""},
    {"MMR", "Myanmar", ""},
    {"MNE", "Montenegro", ""},
    {"MNG", "Mongolia", ""},
    {"MNP", "Northern Mariana Islands", ""},
    {"MOZ", "Mozambique", ""},
    {"MRT", "Mauritania", ""},
    {"MSR", "Montserrat", ""},
    {"MTQ", "Martinique", ""},
    {"MUS", "Mauritius", ""},
    {"MWI", "Malawi", ""},
    {"MYS", "Malaysia", ""},
    {"MYT", "Mayotte", ""},
    {"NAM", "Namibia", ""},
    {"NCL", "New Caledonia", ""},
    {"NER", "Niger", ""},
    {"NFK", "Norfolk Island", ""},
    {"NGA", "Nigeria", ""},
    {"NIC", "Nicaragua", ""},
    {"NIU", "Niue", ""},
    {"NLD", "Netherlands", ""},
    {"NOR", "Norway", ""},
    {"NPL", "Nepal", ""},
    {"NRU", "Nauru", ""},
    {"NZL", "New Zealand", ""},
    {"OMN", "Oman", ""},
    {"PAK", "Pakistan", ""},
    {"PAN", "Panama", ""},
    {"PCN", "Pitcairn", ""},
    {"PER", "Peru", ""},
    {"PHL", "Philippines", ""},
    {"PLW", "Palau", ""},
    {"PNG", "Papua New Guinea", ""},
    {"POL", "Poland", ""},
    {"PRI", "Puerto Rico", ""},
    {"PRK", "North Korea", ""},
    {"PRT", "Portugal", ""},
    {"PRY", "Paraguay", ""},
    {"PSE", "Palestine, State of", ""},
    {"PYF", "French Polynesia", ""},
    {"QAT", "Qatar", ""},
    {"REU", "Réunion", ""},
    {"ROU", "Romania", ""},
    {"RUS", "Russia", ""},
    {"RWA", "Rwanda", ""},
    {"SAU", "Saudi Arabia", ""},
    {"SCG", "Serbia and Montenegro", "SRB"},
    {"SDN", "Sudan", ""},
    {"SEN", "Senegal", ""},
    {"SGP", "Singapore", ""},
    {"SGS", "South Georgia and the South Sandwich Islands", ""},
    {"SHN", "Saint Helena, Ascension and Tristan da Cunha", ""},
    {"SJM", "Svalbard and Jan Mayen", ""},
    {"SLB", "Solomon Islands", ""},
    {"SLE", "Sierra Leone", ""},
    {"SLV", "El Salvador", ""},
    {"SMR", "San Marino", ""},
    {"SOM", "Somalia", ""},
    {"SPM", "Saint Pierre and Miquelon", ""},
    {"SRB", "Serbia", ""},
    {"SSD", "South Sudan", ""},
    {"STP", "Sao Tome and Principe", ""},
    {"SUN", "Soviet Union", "RUS"},
    {"SUR", "Suriname", ""},
    {"SVK", "Slovakia", ""},
    {"SVN", "Slovenia", ""},
    {"SWE", "Sweden", ""},
    {"SWZ", "Eswatini", ""},
    {"SXM", "Sint Maarten (Dutch part)", ""},
    {"SYC", "Seychelles", ""},
    {"SYR", "Syria", ""},
    {"TCA", "Turks and Caicos Islands", ""},
    {"TCD", "Chad", ""},
    {"TGO", "Togo", ""},
    {"THA", "Thailand", ""},
    {"TJK", "Tajikistan", ""},
    {"TKL", "Tokelau", ""},
    {"TKM", "Turkmenistan", ""},
    {"TLS", "Timor-Leste", ""},
    {"TON", "Tonga", ""},
    {"TTO", "Trinidad and Tobago", ""},
    {"TUN", "Tunisia", ""},
    {"TUR", "Türkiye", ""},
    {"TUV", "Tuvalu", ""},
    {"TWN", "Taiwan", ""},
    {"TZA", "Tanzania", ""},
    {"UGA", "Uganda", ""},
    {"UKR", "Ukraine", ""},
    {"UMI", "United States Minor Outlying Islands", ""},
    {"URY", "Uruguay", ""},
    {"USA", "United States", ""},
    {"UZB", "Uzbekistan", ""},
    {"VAT", "Holy See (Vatican City State)", ""},
    {"VCT", "Saint Vincent and the Grenadines", ""},
    {"VEN", "Venezuela", ""},
    {"VGB", "Virgin Islands, British", ""},
    {"VIR", "Virgin Islands, U.S.", ""},
    {"VNM", "Vietnam", ""},
    {"VUT", "Vanuatu", ""},
    {"WLF", "Wallis and Futuna", ""},
    {"WSM", "Samoa", ""},
    {"XXX", "unknown state", ""},
    {"YEM", "Yemen", ""},
    {"YUG", "Yugoslavia", "SCG"},
    {"ZAF", "South Africa", ""},
    {"ZMB", "Zambia", ""},
    {"ZWE", "Zimbabwe", ""},
};

inline constexpr std::size_t country_count = sizeof(country_table) / sizeof(country_table[0]);

// The index of each three-letter code A-Z, packed in 15 bits, for look-ups
// at run time (reading event files looks up two codes a row): built once, on
// first use. 0xFFFF for codes not in the table.
inline const std::array<std::uint16_t, 1u << 15>& country_code_index();

constexpr std::optional<std::uint16_t> country_index(std::string_view code) noexcept {
  if (!std::is_constant_evaluated() && code.size() == 3) {
    const auto letter = [](char c) { return static_cast<unsigned>(c - 'A'); };
    const unsigned a = letter(code[0]), b = letter(code[1]), c = letter(code[2]);
    if (a < 26 && b < 26 && c < 26) {
      const std::uint16_t i = country_code_index()[(a << 10) | (b << 5) | c];
      if (i == 0xFFFF) return std::nullopt;
      return i;
    }
  }
  std::size_t lo = 0;
  std::size_t hi = country_count;
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    if (country_table[mid].code < code) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  if (lo < country_count && country_table[lo].code == code) return static_cast<std::uint16_t>(lo);
  return std::nullopt;
}

// Not constexpr (nor a lambda, which would be): a compiler may otherwise try
// to evaluate the table while compiling, in every translation unit.
inline std::array<std::uint16_t, 1u << 15> make_country_code_index() {
  std::array<std::uint16_t, 1u << 15> t;
  t.fill(0xFFFF);
  for (std::size_t i = 0; i < country_count; ++i) {
    const std::string_view code = country_table[i].code;
    const auto letter = [](char c) { return static_cast<unsigned>(c - 'A'); };
    t[(letter(code[0]) << 10) | (letter(code[1]) << 5) | letter(code[2])] =
        static_cast<std::uint16_t>(i);
  }
  return t;
}

inline const std::array<std::uint16_t, 1u << 15>& country_code_index() {
  static const std::array<std::uint16_t, 1u << 15> table = make_country_code_index();
  return table;
}

// The index of the unknown state "XXX", and of the state that continues each
// entry (its own index for a current state). Computed once per translation
// unit, so that Country's default constructor, ok(), continuator() and
// continues() are a few steps each: a registry of 10,000 contacts default-
// constructs 60,000 Countries inside one constant evaluation.
inline constexpr std::uint16_t unknown_country_index = *country_index("XXX");

inline constexpr auto country_successor = [] {
  std::array<std::uint16_t, country_count> next{};
  for (std::size_t i = 0; i < country_count; ++i)
    next[i] = country_table[i].continued.empty() ? static_cast<std::uint16_t>(i)
                                                 : *country_index(country_table[i].continued);
  return next;
}();

// Reached only for an unknown country code in a constant expression.
inline void the_country_code_is_unknown() {}
constexpr void unknown_country_code(std::string_view code) {
  if (!code.empty()) the_country_code_is_unknown();
}

}  // namespace detail

// A state, by its ISO 3166-1 alpha-3 code. Two bytes; ordered by code. Only
// known codes can be held: Country::from_code checks at run time, and
// hotline::country("USA") stops the build for an unknown code.
class Country {
 public:
  // The unknown state, code "XXX" (ISO 3166-1 reserves X-codes for user
  // assignment): what event data without a country code maps to.
  constexpr Country() noexcept : index_(detail::unknown_country_index) {}

  // Looks a code up: "USA", "RUS", "SUN". nullopt for unknown codes.
  static constexpr std::optional<Country> from_code(std::string_view code) noexcept {
    const auto index = detail::country_index(code);
    if (!index) return std::nullopt;
    return Country{*index};
  }

  // False only for the unknown state.
  constexpr bool ok() const noexcept { return index_ != detail::unknown_country_index; }
  // The alpha-3 code: "USA".
  constexpr std::string_view code() const noexcept { return detail::country_table[index_].code; }
  // The English short name: "United States".
  constexpr std::string_view name() const noexcept { return detail::country_table[index_].name; }
  // A former state (SUN, YUG, ...) whose place another state has taken.
  constexpr bool is_former() const noexcept { return detail::country_successor[index_] != index_; }
  // The state that carries this one on today: continuator(SUN) is RUS,
  // continuator(YUG) is SRB (through SCG). A current state continues itself.
  constexpr Country continuator() const noexcept {
    Country c = *this;
    while (c.is_former()) c = Country{detail::country_successor[c.index_]};
    return c;
  }
  // True when `other` is this state or a state it continues: RUS.continues(SUN),
  // SRB.continues(YUG); not SUN.continues(RUS).
  constexpr bool continues(Country other) const noexcept {
    for (Country c = other;; c = Country{detail::country_successor[c.index_]}) {
      if (c == *this) return true;
      if (!c.is_former()) return false;
    }
  }
  // Position in the table of codes, 0 to count()-1: a dense key for grouping.
  constexpr std::uint16_t index() const noexcept { return index_; }
  static constexpr std::size_t count() noexcept { return detail::country_count; }
  static constexpr Country from_index(std::uint16_t index) noexcept { return Country{index}; }

  friend constexpr bool operator==(Country, Country) = default;
  friend constexpr auto operator<=>(Country, Country) = default;

 private:
  constexpr explicit Country(std::uint16_t index) noexcept : index_(index) {}
  std::uint16_t index_ = 0;
};

// A country by code, checked while compiling: country("USA"). An unknown code
// is a compile error naming it.
consteval Country country(std::string_view code) {
  const auto c = Country::from_code(code);
  if (!c) detail::unknown_country_code(code);
  return *c;
}

// Two states, in no particular order: the pair a question about contacts
// between states is about (USA and RUS; a pair sees the states each
// continues too, so USA-RUS also sees USA-SUN).
struct StatePair {
  Country a{};
  Country b{};

  friend constexpr bool operator==(const StatePair&, const StatePair&) = default;
};

// The states the articles are about, by name.
namespace countries {
inline constexpr Country USA = country("USA");
inline constexpr Country RUS = country("RUS");
inline constexpr Country SUN = country("SUN");
inline constexpr Country GBR = country("GBR");
inline constexpr Country DEU = country("DEU");
inline constexpr Country FRA = country("FRA");
inline constexpr Country SYR = country("SYR");
inline constexpr Country UKR = country("UKR");
}  // namespace countries

}  // namespace hotline
