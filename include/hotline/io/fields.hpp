// The fields of hotline's CSV tables, read and written one at a time: ids,
// dates at any precision, enumerators, country codes, ';'-separated lists,
// refined dates; and the text a loaded table keeps. What the table schemas
// (<hotline/io/schemas.hpp>) are made of.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include <hotline/hotline.hpp>
#include <hotline/io/input.hpp>
#include <hotline/text_store.hpp>

namespace hotline::io::detail {

using hotline::detail::Interner;

// A row's field that could not be read: which column (of the schema) and why.
struct FieldError {
  std::size_t column = 0;
  std::string what{};
};

// Actor names by id and ids by name, built once per reader or writer.
class ActorNames {
 public:
  explicit ActorNames(std::span<const Actor> actors) {
    for (const Actor& a : actors) {
      by_id_.emplace(a.id.value(), a.name);
      by_name_.emplace(a.name, a.id);
    }
  }
  bool empty() const noexcept { return by_id_.empty(); }
  // The actor's name, or "#<id>" for an id not in the table.
  void append_name(std::string& out, ActorId id) const {
    const auto found = by_id_.find(id.value());
    if (found != by_id_.end()) {
      out += found->second;
    } else {
      out += '#';
      out += std::to_string(id.value());
    }
  }
  std::optional<ActorId> find(std::string_view name) const {
    const auto found = by_name_.find(name);
    if (found == by_name_.end()) return std::nullopt;
    return found->second;
  }

 private:
  std::unordered_map<std::uint32_t, std::string_view> by_id_;
  std::unordered_map<std::string_view, ActorId> by_name_;
};

// Text without the spaces and tabs around it: what a person typed around a
// field or a list item ("BEL; ARG") is not part of it.
constexpr std::string_view trimmed(std::string_view text) noexcept {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// Calls f(item) for each ';'-separated item of `list`, trimmed; "" is no
// items. An empty item is an error. Stops at the first f that returns false.
template <class F>
bool for_each_item(std::string_view list, std::string& why, F&& f) {
  list = trimmed(list);
  if (list.empty()) return true;
  std::size_t start = 0;
  for (;;) {
    const std::size_t end = list.find(';', start);
    const std::string_view item = trimmed(
        list.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (item.empty()) {
      why = "empty item in the list " + quoted(list);
      return false;
    }
    if (!f(item)) return false;
    if (end == std::string_view::npos) return true;
    start = end + 1;
  }
}

template <class I>
void append_id(std::string& out, I id) {
  out += std::to_string(id.value());
}

// Ids: "" is the "no id" value 0; optional ids: "" is nullopt and "0" an id 0.
template <class I>
bool parse_id(std::string_view text, I& id, std::string& why) {
  text = trimmed(text);
  if (text.empty()) {
    id = I{};
    return true;
  }
  std::uint32_t v = 0;
  if (!parse_integer(text, v, why)) return false;
  id = I{v};
  return true;
}
template <class I>
bool parse_optional_id(std::string_view text, std::optional<I>& id, std::string& why) {
  text = trimmed(text);
  if (text.empty()) {
    id.reset();
    return true;
  }
  I value;
  if (!parse_id(text, value, why)) return false;
  id = value;
  return true;
}

inline bool parse_date(std::string_view text, Date& date, std::string& why) {
  text = trimmed(text);
  if (text.empty()) {
    why = "date is empty";
    return false;
  }
  const auto parsed = Date::parse(text);
  if (!parsed) {
    why = "bad date " + quoted(text) + ": " + std::string(parsed.error().what);
    return false;
  }
  date = *parsed;
  return true;
}
inline bool parse_optional_date(std::string_view text, std::optional<Date>& date,
                                std::string& why) {
  text = trimmed(text);
  if (text.empty()) {
    date.reset();
    return true;
  }
  Date d;
  if (!parse_date(text, d, why)) return false;
  date = d;
  return true;
}

// Every name an enumeration's values are read by: "leader, foreign
// minister, ..." (their words; the code names are read too).
template <class E>
std::string accepted_words() {
  std::string out;
  for (const Enumerator<E>& e : enumerators<E>()) {
    if (!out.empty()) out += ", ";
    out += e.words;
  }
  return out;
}

// An enumerator by its code name ("foreign_minister") or its words
// ("foreign minister"), in any case; an unknown word lists the accepted ones.
template <class E>
bool parse_enum(std::string_view text, E& value, std::string& why) {
  if (const auto e = parse_enumerator<E>(text)) {
    value = *e;
    return true;
  }
  why = "unknown " + std::string(enumeration_name<E>()) + " " + quoted(text) +
        " (one of: " + accepted_words<E>() + ")";
  return false;
}

// A state by its ISO 3166-1 alpha-3 code in any case ("BEL", "bel"), or its
// English short name as hotline writes it ("Belgium", "Russia").
inline bool parse_country(std::string_view text, Country& country, std::string& why) {
  text = trimmed(text);
  char upper[3]{};
  if (text.size() == 3) {
    for (std::size_t i = 0; i < 3; ++i)
      upper[i] =
          text[i] >= 'a' && text[i] <= 'z' ? static_cast<char>(text[i] - 'a' + 'A') : text[i];
    if (const auto c = Country::from_code({upper, 3})) {
      country = *c;
      return true;
    }
  }
  for (std::size_t i = 0; i < hotline::detail::country_count; ++i) {
    const Country c = Country::from_index(static_cast<std::uint16_t>(i));
    if (hotline::detail::same_name(text, c.name()) && c.ok()) {
      country = c;
      return true;
    }
  }
  // Other names people and data sets write: ISO 3166's formal short names,
  // former and common ones.
  static constexpr std::pair<std::string_view, std::string_view> aliases[] = {
      {"Russian Federation", "RUS"},
      {"Russia", "RUS"},
      {"USSR", "SUN"},
      {"U.S.S.R.", "SUN"},
      {"United States of America", "USA"},
      {"US", "USA"},
      {"U.S.", "USA"},
      {"UK", "GBR"},
      {"U.K.", "GBR"},
      {"Great Britain", "GBR"},
      {"Britain", "GBR"},
      {"United Kingdom of Great Britain and Northern Ireland", "GBR"},
      {"Turkey", "TUR"},
      {"Türkiye", "TUR"},
      {"Czech Republic", "CZE"},
      {"Vatican", "VAT"},
      {"Vatican City", "VAT"},
      {"Holy See", "VAT"},
      {"DR Congo", "COD"},
      {"DRC", "COD"},
      {"Democratic Republic of the Congo", "COD"},
      {"Democratic Republic of Congo", "COD"},
      {"Congo, The Democratic Republic of the", "COD"},
      {"Republic of the Congo", "COG"},
      {"Palestine", "PSE"},
      {"Palestine, State of", "PSE"},
      {"Viet Nam", "VNM"},
      {"Vietnam", "VNM"},
      {"Iran, Islamic Republic of", "IRN"},
      {"Iran", "IRN"},
      {"Korea, Republic of", "KOR"},
      {"Republic of Korea", "KOR"},
      {"South Korea", "KOR"},
      {"Korea, Democratic People's Republic of", "PRK"},
      {"North Korea", "PRK"},
      {"Syrian Arab Republic", "SYR"},
      {"Syria", "SYR"},
      {"Moldova, Republic of", "MDA"},
      {"Moldova", "MDA"},
      {"Tanzania, United Republic of", "TZA"},
      {"Venezuela, Bolivarian Republic of", "VEN"},
      {"Bolivia, Plurinational State of", "BOL"},
      {"Lao People's Democratic Republic", "LAO"},
      {"Laos", "LAO"},
      {"Taiwan, Province of China", "TWN"},
      {"Taiwan", "TWN"},
      {"Macedonia", "MKD"},
      {"North Macedonia", "MKD"},
      {"Swaziland", "SWZ"},
      {"Eswatini", "SWZ"},
      {"Cape Verde", "CPV"},
      {"Cabo Verde", "CPV"},
      {"Ivory Coast", "CIV"},
      {"Cote d'Ivoire", "CIV"},
      {"Côte d'Ivoire", "CIV"},
      {"Burma", "MMR"},
      {"Myanmar", "MMR"},
      {"East Germany", "DDR"},
      {"West Germany", "DEU"},
      {"Yugoslavia", "YUG"},
      {"Czechoslovakia", "CSK"},
  };
  for (const auto& [name, code] : aliases) {
    if (!hotline::detail::same_name(text, name)) continue;
    if (const auto c = Country::from_code(code); c && c->ok()) {
      country = *c;
      return true;
    }
  }
  why = "unknown country " + quoted(text) +
        " (an ISO 3166-1 alpha-3 code such as USA, RUS, BEL, or a name such as Belgium)";
  return false;
}

template <std::size_t N>
bool parse_countries(std::string_view text, hotline::detail::InlineVector<Country, N>& out,
                     std::string& why) {
  out = {};
  return for_each_item(text, why, [&](std::string_view item) {
    Country c;
    if (!parse_country(item, c, why)) return false;
    if (out.size() == N) {
      why = "more than " + std::to_string(N) + " countries";
      return false;
    }
    for (Country seen : out)
      if (seen == c) {
        why = "the state " + std::string(c.code()) + " is named twice";
        return false;
      }
    out.push_back(c);
    return true;
  });
}

template <std::size_t N>
void append_countries(std::string& out,
                      const hotline::detail::InlineVector<Country, N>& countries) {
  bool first = true;
  for (Country c : countries) {
    if (!first) out += ';';
    first = false;
    out += c.code();
  }
}

inline void append_refined(std::string& out, const std::optional<Refinement>& r) {
  if (r) out += to_iso(r->date).view();
}
inline bool parse_refined(std::string_view date, std::string_view note,
                          std::optional<Refinement>& out, std::string& why, std::size_t date_column,
                          std::size_t note_column, std::size_t& bad_column) {
  out.reset();
  if (date.empty()) {
    if (!note.empty()) {
      why = "refined_note given without refined_date";
      bad_column = note_column;
      return false;
    }
    return true;
  }
  Date d;
  if (!parse_date(date, d, why)) {
    bad_column = date_column;
    return false;
  }
  out = Refinement{d, note};
  return true;
}

// The columns of each table, in the order they are written, and how a row is
// written and read. `required` columns must be in a file's header; the others
// take their default value when absent. Readers accept the columns in any

}  // namespace hotline::io::detail
