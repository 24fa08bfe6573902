// The names of hotline's enumerations, from one table per enumeration: each
// enumerator's value, its code name (the name in the code, which CSV and
// JSON write: "foreign_minister") and its words (what a person reads and
// hotline prints: "foreign minister"). Every name an enumerator has comes
// from its table; detail::table_covers_enumeration<E>() checks that a table
// lists every enumerator, in order, and tests/test_enumerators.cpp asserts
// it of every table while compiling (there rather than beside each table,
// where it would cost every translation unit that includes one).
//
//   hotline::to_words(Level::foreign_minister)    // "foreign minister"
//   hotline::code_name(Medium::in_person)         // "in_person"
//   hotline::parse_enumerator<Medium>("Phone call")  // Medium::telephone
//   for (const auto& e : hotline::enumerators<Level>()) ...
//
// The tables themselves live beside their enumerations (Level in actor.hpp,
// Medium in channel.hpp, ...): this header is the machinery only, and needs
// nothing but <string_view>, <span> and <optional>.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>

namespace hotline {

// One row of an enumeration's table. `also` lists other words that name the
// enumerator when reading, separated by ';' ("phone;call" for a phone call);
// it may be empty.
template <class E>
struct Enumerator {
  E value{};
  std::string_view code{};
  std::string_view words{};
  std::string_view also = {};
};

// Specialised beside each enumeration with
//   static constexpr std::string_view kind = "level";   // what its values are
//   static constexpr Enumerator<E> items[] = {...};     // every enumerator, in order
template <class E>
struct EnumeratorTable;

// An enumeration that has a table of names.
template <class E>
concept named_enumeration = std::is_enum_v<E> && requires {
  EnumeratorTable<E>::items[0].value;
  EnumeratorTable<E>::kind;
};

// Every enumerator of E with its names, in the order of the enumeration.
template <named_enumeration E>
constexpr std::span<const Enumerator<E>> enumerators() noexcept {
  return EnumeratorTable<E>::items;
}

// The number of enumerators of E.
template <named_enumeration E>
inline constexpr std::size_t enumerator_count = std::size(EnumeratorTable<E>::items);

// What E's values are, in words: "level", "medium", "agreement status".
template <named_enumeration E>
constexpr std::string_view enumeration_name() noexcept {
  return EnumeratorTable<E>::kind;
}

namespace detail {

// "invalid level": the words of a value outside E, made once while compiling.
template <class E>
inline constexpr auto invalid_words = [] {
  constexpr std::string_view prefix = "invalid ";
  constexpr std::string_view kind = EnumeratorTable<E>::kind;
  std::array<char, prefix.size() + kind.size()> text{};
  for (std::size_t i = 0; i < prefix.size(); ++i) text[i] = prefix[i];
  for (std::size_t i = 0; i < kind.size(); ++i) text[prefix.size() + i] = kind[i];
  return text;
}();

}  // namespace detail

// The words for an enumerator: "foreign minister", "phone call". A value
// outside the enumeration is "invalid" followed by what E is ("invalid
// level").
template <named_enumeration E>
constexpr std::string_view to_words(E value) noexcept {
  const auto i = static_cast<std::size_t>(value);
  if (i < enumerator_count<E>) return EnumeratorTable<E>::items[i].words;
  return {detail::invalid_words<E>.data(), detail::invalid_words<E>.size()};
}

// The code name of an enumerator, as CSV and JSON write it:
// "foreign_minister", "in_person", "signed". "invalid" for a value outside
// the enumeration.
template <named_enumeration E>
constexpr std::string_view code_name(E value) noexcept {
  const auto i = static_cast<std::size_t>(value);
  if (i < enumerator_count<E>) return EnumeratorTable<E>::items[i].code;
  return "invalid";
}

namespace detail {

constexpr char fold_name_char(char c) noexcept {
  if (c >= 'A' && c <= 'Z') return static_cast<char>(c - 'A' + 'a');
  if (c == '_' || c == '-') return ' ';
  return c;
}

constexpr bool is_name_space(char c) noexcept {
  return c == ' ' || c == '\t';
}

// True when a and b are the same name up to ASCII case, with '_', '-' and
// runs of spaces all alike, and spaces at either end left out: "Phone call",
// "phone_call" and " phone-call " name one thing.
constexpr bool same_name(std::string_view a, std::string_view b) noexcept {
  const auto trim = [](std::string_view s) {
    while (!s.empty() && is_name_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_name_space(s.back())) s.remove_suffix(1);
    return s;
  };
  a = trim(a);
  b = trim(b);
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    const char x = fold_name_char(a[i]);
    const char y = fold_name_char(b[j]);
    if (x != y) return false;
    ++i;
    ++j;
    if (x == ' ') {
      while (i < a.size() && fold_name_char(a[i]) == ' ') ++i;
      while (j < b.size() && fold_name_char(b[j]) == ' ') ++j;
    }
  }
  return i == a.size() && j == b.size();
}

// A named value's signature: its name where V is an enumerator, a cast such
// as "(hotline::Level)9" where it is not (GCC and Clang write both so).
template <auto V>
constexpr std::string_view value_signature() noexcept {
  return __PRETTY_FUNCTION__;
}

template <auto V>
constexpr bool is_enumerator() noexcept {
  constexpr std::string_view s = value_signature<V>();
  constexpr std::size_t at = s.find("V = ");
  static_assert(at != std::string_view::npos,
                "hotline: this compiler's function signatures are not known");
  constexpr char first = s[at + 4];
  return first != '(' && !(first >= '0' && first <= '9') && first != '-';
}

// True when the table of E lists the enumerators 0, 1, ... in order and E
// has no enumerator after the last one it lists.
template <named_enumeration E>
constexpr bool table_covers_enumeration() noexcept {
  const auto& items = EnumeratorTable<E>::items;
  for (std::size_t i = 0; i < std::size(items); ++i) {
    if (static_cast<std::size_t>(items[i].value) != i) return false;
    if (items[i].code.empty() || items[i].words.empty()) return false;
  }
  return !is_enumerator<static_cast<E>(std::size(EnumeratorTable<E>::items))>();
}

}  // namespace detail

// The enumerator that `text` names: its code name, its words, or one of its
// other words (Enumerator::also), in any ASCII case, with '_', '-' and ' '
// alike and spaces around it ignored: "foreign minister",
// "FOREIGN_MINISTER" and "foreign-minister" are Level::foreign_minister.
// nullopt when it names none.
template <named_enumeration E>
constexpr std::optional<E> parse_enumerator(std::string_view text) noexcept {
  // The code name as hotline writes it, first: what most files hold.
  for (const Enumerator<E>& e : enumerators<E>())
    if (text == e.code) return e.value;
  for (const Enumerator<E>& e : enumerators<E>()) {
    if (detail::same_name(text, e.code) || detail::same_name(text, e.words)) return e.value;
    std::string_view also = e.also;
    while (!also.empty()) {
      const std::size_t semi = also.find(';');
      if (detail::same_name(text, also.substr(0, semi))) return e.value;
      if (semi == std::string_view::npos) break;
      also.remove_prefix(semi + 1);
    }
  }
  return std::nullopt;
}

}  // namespace hotline
