// {fmt} formatters for every hotline type, in plain English:
//
//   fmt::format("{}", Date::on(2017, 7, 7))        // "7 July 2017"
//   fmt::format("{:iso}", Date::mid_month(2022, 2)) // "2022-02-11/2022-02-20"
//   fmt::format("{:name}", countries::USA)          // "United States"
//   fmt::format("{}", Medium::telephone)            // "phone call"
//   hotline::describe(registry, contact)
//     // "7 July 2017: Donald Trump and Vladimir Putin, meeting in Hamburg, 2 h 15 min"
//
// Every formatter also takes the fill, alignment, width and precision of a
// string ("{:<20}", "{:name>30}"). The words for enumerations come from
// <hotline/names.hpp>. This is the only hotline header that needs {fmt}:
// link hotline::fmt to use it.
#pragma once

#include <chrono>
#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include <hotline/actor.hpp>
#include <hotline/agreement.hpp>
#include <hotline/channel.hpp>
#include <hotline/contact.hpp>
#include <hotline/country.hpp>
#include <hotline/date.hpp>
#include <hotline/id.hpp>
#include <hotline/names.hpp>
#include <hotline/registry.hpp>
#include <hotline/result.hpp>
#include <hotline/source.hpp>

namespace hotline::detail {

using TextBuffer = fmt::memory_buffer;

inline void append(TextBuffer& out, std::string_view text) {
  out.append(text);
}

template <class... Args>
void append_format(TextBuffer& out, fmt::format_string<Args...> format, Args&&... args) {
  fmt::format_to(std::back_inserter(out), format, std::forward<Args>(args)...);
}

// "A", "A and B", "A, B and C": the texts `name(i)` for i in [0, n).
template <class Name>
void append_list(TextBuffer& out, std::size_t n, Name&& name) {
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0) append(out, i + 1 == n ? " and " : ", ");
    name(i);
  }
}

// "7 July 2017", "July 2017", "2017".
inline void append_day_words(TextBuffer& out, std::chrono::sys_days d) {
  const std::chrono::year_month_day x{d};
  append_format(out, "{} {} {}", unsigned{x.day()}, to_words(x.month()), int{x.year()});
}
inline void append_month_words(TextBuffer& out, std::chrono::sys_days d) {
  const std::chrono::year_month_day x{d};
  append_format(out, "{} {}", to_words(x.month()), int{x.year()});
}
inline void append_year_words(TextBuffer& out, std::chrono::sys_days d) {
  append_format(out, "{}", int{std::chrono::year_month_day{d}.year()});
}

// A Date in words, at the precision it has.
inline void append_words(TextBuffer& out, Date date) {
  if (!date.ok()) return append(out, "invalid date");
  const auto first = date.earliest();
  const auto last = date.latest();
  switch (date.precision()) {
    case Precision::day:
      return append_day_words(out, first);
    case Precision::mid_month:
      append(out, "mid-");
      return append_month_words(out, first);
    case Precision::month:
      return append_month_words(out, first);
    case Precision::year:
      return append_year_words(out, first);
    case Precision::decade:
      return append_format(out, "the {}s", year_of(first));
    case Precision::mid_decade:
      return append_format(out, "the mid-{}s", year_of(first) - 4);
    case Precision::interval:
      break;
  }
  // The ends in the largest unit that fits both, as to_iso() writes them.
  void (*end)(TextBuffer&, std::chrono::sys_days) = append_day_words;
  if (is_new_year(first) && is_new_years_eve(last)) {
    end = append_year_words;
  } else if (is_first_of_month(first) && is_last_of_month(last)) {
    end = append_month_words;
  }
  append(out, "between ");
  end(out, first);
  append(out, " and ");
  end(out, last);
}

// "92 to 152 days", "31 days", "1 day".
inline void append_words(TextBuffer& out, DayRange r) {
  const auto lo = r.min.count();
  const auto hi = r.max.count();
  if (lo == hi) return append_format(out, "{} {}", lo, lo == 1 ? "day" : "days");
  append_format(out, "{} to {} days", lo, hi);
}

// "2 h 15 min", "45 min", "3 h".
inline void append_words(TextBuffer& out, Duration d) {
  // The magnitude as unsigned, so that even the most negative value prints.
  const auto count = d.minutes().count();
  auto minutes = static_cast<std::uint64_t>(count);
  if (count < 0) {
    append(out, "-");
    minutes = 0 - minutes;
  }
  const auto hours = minutes / 60;
  minutes %= 60;
  if (hours == 0) return append_format(out, "{} min", minutes);
  if (minutes == 0) return append_format(out, "{} h", hours);
  append_format(out, "{} h {} min", hours, minutes);
}

// "Ukraine, Syria" in the order of the enumeration; "no topics" when empty.
inline void append_words(TextBuffer& out, Topics topics) {
  if (topics.empty()) return append(out, "no topics");
  bool first = true;
  for (std::size_t i = 0; i < topic_count; ++i) {
    const auto t = static_cast<Topic>(i);
    if (!topics.contains(t)) continue;
    if (!first) append(out, ", ");
    append(out, to_words(t));
    first = false;
  }
}

// "actor 7"; "no actor" for the "no id" value 0.
template <class Tag>
void append_words(TextBuffer& out, Id<Tag> id) {
  if (!id.ok()) return append_format(out, "no {}", entry_kind(id));
  append_format(out, "{} {}", entry_kind(id), id.value());
}

// A name, or the id when the name is empty.
template <class Tag>
void append_name(TextBuffer& out, std::string_view name, Id<Tag> id) {
  if (name.empty()) return append_words(out, id);
  append(out, name);
}

// "foreign minister of RUS".
inline void append_words(TextBuffer& out, Office o) {
  append_format(out, "{} of {}", to_words(o.role), o.country.code());
}

// "Secretary of Defense (USA), 2021-01-22 to present".
inline void append_words(TextBuffer& out, const Tenure& t) {
  append(out, t.title.empty() ? to_words(t.office.role) : t.title);
  append_format(out, " ({}), {} to ", t.office.country.code(), to_iso(t.start).view());
  append(out, t.end ? to_iso(*t.end).view() : std::string_view{"present"});
}

// Al Jazeera, "Title" (March 2016).
inline void append_words(TextBuffer& out, const Source& s) {
  append(out, s.publication);
  if (!s.title.empty()) append_format(out, "{}\"{}\"", s.publication.empty() ? "" : ", ", s.title);
  if (s.publication.empty() && s.title.empty()) append_words(out, s.id);
  append(out, " (");
  append_words(out, s.published);
  append(out, ")");
}

// "March 2014, phone call, USA–RUS, leader level". Without states (a
// registry input before the builder derives them), the participants' ids.
inline void append_words(TextBuffer& out, const Contact& c) {
  append_words(out, c.date);
  append_format(out, ", {}, ", to_words(c.medium));
  if (!c.states.empty()) {
    for (std::size_t i = 0; i < c.states.size(); ++i)
      append_format(out, "{}{}", i == 0 ? "" : "–", c.states[i].code());
  } else if (!c.participants.empty()) {
    for (std::size_t i = 0; i < c.participants.size(); ++i) {
      if (i > 0) append(out, "–");
      append_words(out, c.participants[i]);
    }
  } else {
    append(out, "no participants");
  }
  append_format(out, ", {} level", to_words(c.level));
}

// True when [it, end) up to its closing '}' is a spec that a string takes:
// letters only as the fill, inside a nested {argument}, or as the type 's'.
constexpr bool is_string_spec(const char* it, const char* end) noexcept {
  const auto is_align = [](char c) { return c == '<' || c == '>' || c == '^'; };
  const auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (end - it >= 2 && is_align(it[1])) it += 2;
  for (int depth = 0; it != end && (depth > 0 || *it != '}'); ++it) {
    if (*it == '{') ++depth;
    if (*it == '}') --depth;
    const bool is_type = *it == 's' && (it + 1 == end || it[1] == '}');
    if (depth == 0 && is_letter(*it) && !is_type) return false;
  }
  return true;
}

// Parses an optional keyword ("iso", "name"), then the fill, alignment, width
// and precision of a string; writes text with them. A spec with any other
// words stops the build (or throws fmt::format_error for fmt::runtime specs).
class TextFormatter {
 public:
  // Which keyword the spec began with: 0 for none, i + 1 for keywords[i].
  constexpr std::size_t style() const noexcept { return style_; }

  template <class ParseContext>
  constexpr auto parse(ParseContext& ctx, std::initializer_list<std::string_view> keywords = {}) {
    const auto* it = ctx.begin();
    const std::string_view spec(it, static_cast<std::size_t>(ctx.end() - it));
    std::size_t i = 0;
    for (std::string_view keyword : keywords) {
      ++i;
      if (spec.substr(0, keyword.size()) == keyword) {
        style_ = i;
        ctx.advance_to(it + keyword.size());
        break;
      }
    }
    if (!is_string_spec(ctx.begin(), ctx.end()))
      ctx.on_error(
          "hotline: unknown format spec; a Date takes {:iso}, a Country {:name}, and every "
          "hotline type the fill, alignment, width and precision of a string");
    return text_.parse(ctx);
  }

  template <class FormatContext>
  auto write(std::string_view text, FormatContext& ctx) const {
    return text_.format(text, ctx);
  }
  template <class FormatContext>
  auto write(const TextBuffer& text, FormatContext& ctx) const {
    return text_.format(std::string_view{text.data(), text.size()}, ctx);
  }

 private:
  fmt::formatter<std::string_view> text_;
  std::size_t style_ = 0;
};

// A value written with append_words(), with string specs.
template <class T>
struct WordsFormatter : TextFormatter {
  template <class FormatContext>
  auto format(const T& value, FormatContext& ctx) const {
    TextBuffer out;
    append_words(out, value);
    return write(out, ctx);
  }
};

// An enumeration written with to_words(), with string specs.
template <class E>
struct EnumFormatter : TextFormatter {
  template <class FormatContext>
  auto format(E value, FormatContext& ctx) const {
    return write(to_words(value), ctx);
  }
};

// An entry written as its name (its id when it has no name).
template <class T>
struct NameFormatter : TextFormatter {
  template <class FormatContext>
  auto format(const T& value, FormatContext& ctx) const {
    if (!value.name.empty()) return write(value.name, ctx);
    TextBuffer out;
    append_words(out, value.id);
    return write(out, ctx);
  }
};

}  // namespace hotline::detail

namespace hotline {

// One line for a person to read, with names from the registry: "7 July 2017:
// Donald Trump and Vladimir Putin, meeting in Hamburg, 2 h 15 min". The
// participants are named "A and B" or "A, B and C" (an id the registry does
// not know is written "actor 9"); contacts without participants (event data)
// name their states ("United States and Russia").
inline std::string describe(const Registry& registry, const Contact& contact) {
  detail::TextBuffer out;
  detail::append_words(out, contact.date);
  detail::append(out, ": ");
  if (!contact.participants.empty()) {
    detail::append_list(out, contact.participants.size(), [&](std::size_t i) {
      const ActorId id = contact.participants[i];
      const Actor* actor = registry.find(id);
      detail::append_name(out, actor ? actor->name : std::string_view{}, id);
    });
  } else if (!contact.states.empty()) {
    detail::append_list(out, contact.states.size(),
                        [&](std::size_t i) { detail::append(out, contact.states[i].name()); });
  } else {
    detail::append(out, "unknown participants");
  }
  detail::append_format(out, ", {}", to_words(contact.medium));
  if (!contact.location.empty()) detail::append_format(out, " in {}", contact.location);
  if (contact.duration) {
    detail::append(out, ", ");
    detail::append_words(out, *contact.duration);
  }
  return fmt::to_string(out);
}

}  // namespace hotline

// "7 July 2017", "mid-February 2022", "the mid-1980s", "between 11 September
// 2001 and 31 December 2001", "invalid date". {:iso} gives hotline::to_iso().
template <>
struct fmt::formatter<hotline::Date> : hotline::detail::TextFormatter {
  template <class ParseContext>
  constexpr auto parse(ParseContext& ctx) {
    return TextFormatter::parse(ctx, {"iso"});
  }
  template <class FormatContext>
  auto format(hotline::Date date, FormatContext& ctx) const {
    if (style() == 1) return write(hotline::to_iso(date).view(), ctx);
    hotline::detail::TextBuffer out;
    hotline::detail::append_words(out, date);
    return write(out, ctx);
  }
};

// The code by default ("USA"); {:name} gives the name ("United States").
template <>
struct fmt::formatter<hotline::Country> : hotline::detail::TextFormatter {
  template <class ParseContext>
  constexpr auto parse(ParseContext& ctx) {
    return TextFormatter::parse(ctx, {"name"});
  }
  template <class FormatContext>
  auto format(hotline::Country country, FormatContext& ctx) const {
    return write(style() == 1 ? country.name() : country.code(), ctx);
  }
};

// The ISO 8601 text itself.
template <>
struct fmt::formatter<hotline::IsoText> : hotline::detail::TextFormatter {
  template <class FormatContext>
  auto format(const hotline::IsoText& text, FormatContext& ctx) const {
    return write(text.view(), ctx);
  }
};

// Enumerations: their words from <hotline/names.hpp>.
template <>
struct fmt::formatter<hotline::Precision> : hotline::detail::EnumFormatter<hotline::Precision> {};
template <>
struct fmt::formatter<hotline::Role> : hotline::detail::EnumFormatter<hotline::Role> {};
template <>
struct fmt::formatter<hotline::Level> : hotline::detail::EnumFormatter<hotline::Level> {};
template <>
struct fmt::formatter<hotline::Medium> : hotline::detail::EnumFormatter<hotline::Medium> {};
template <>
struct fmt::formatter<hotline::Topic> : hotline::detail::EnumFormatter<hotline::Topic> {};
template <>
struct fmt::formatter<hotline::AgreementKind>
    : hotline::detail::EnumFormatter<hotline::AgreementKind> {};
template <>
struct fmt::formatter<hotline::AgreementStatus>
    : hotline::detail::EnumFormatter<hotline::AgreementStatus> {};

// The wording of a registry rule: "initiator did not take part".
template <>
struct fmt::formatter<hotline::Rule> : hotline::detail::TextFormatter {
  template <class FormatContext>
  auto format(hotline::Rule rule, FormatContext& ctx) const {
    return write(hotline::to_words(rule), ctx);
  }
};

// Ids: "actor 7", "channel 2"; "no actor" for the "no id" value.
template <>
struct fmt::formatter<hotline::ActorId> : hotline::detail::WordsFormatter<hotline::ActorId> {};
template <>
struct fmt::formatter<hotline::ChannelId> : hotline::detail::WordsFormatter<hotline::ChannelId> {};
template <>
struct fmt::formatter<hotline::ContactId> : hotline::detail::WordsFormatter<hotline::ContactId> {};
template <>
struct fmt::formatter<hotline::AgreementId>
    : hotline::detail::WordsFormatter<hotline::AgreementId> {};
template <>
struct fmt::formatter<hotline::SourceId> : hotline::detail::WordsFormatter<hotline::SourceId> {};

// "92 to 152 days", "1 day".
template <>
struct fmt::formatter<hotline::DayRange> : hotline::detail::WordsFormatter<hotline::DayRange> {};
// "2 h 15 min".
template <>
struct fmt::formatter<hotline::Duration> : hotline::detail::WordsFormatter<hotline::Duration> {};
// "Ukraine, Syria".
template <>
struct fmt::formatter<hotline::Topics> : hotline::detail::WordsFormatter<hotline::Topics> {};
// "foreign minister of RUS".
template <>
struct fmt::formatter<hotline::Office> : hotline::detail::WordsFormatter<hotline::Office> {};
// "Secretary of Defense (USA), 2021-01-22 to present".
template <>
struct fmt::formatter<hotline::Tenure> : hotline::detail::WordsFormatter<hotline::Tenure> {};
// Al Jazeera, "Title" (March 2016).
template <>
struct fmt::formatter<hotline::Source> : hotline::detail::WordsFormatter<hotline::Source> {};
// "March 2014, phone call, USA–RUS, leader level". For names, see describe().
template <>
struct fmt::formatter<hotline::Contact> : hotline::detail::WordsFormatter<hotline::Contact> {};

// Entries with names print their name: "Vladimir Putin".
template <>
struct fmt::formatter<hotline::Actor> : hotline::detail::NameFormatter<hotline::Actor> {};
template <>
struct fmt::formatter<hotline::Channel> : hotline::detail::NameFormatter<hotline::Channel> {};
template <>
struct fmt::formatter<hotline::Agreement> : hotline::detail::NameFormatter<hotline::Agreement> {};

// "telex since 1970".
template <>
struct fmt::formatter<hotline::MediumSince> : hotline::detail::TextFormatter {
  template <class FormatContext>
  auto format(const hotline::MediumSince& m, FormatContext& ctx) const {
    hotline::detail::TextBuffer out;
    hotline::detail::append_format(out, "{} since ", hotline::to_words(m.medium));
    hotline::detail::append_words(out, m.since);
    return write(out, ctx);
  }
};

// "7 July 2017 (White House readout)".
template <>
struct fmt::formatter<hotline::Refinement> : hotline::detail::TextFormatter {
  template <class FormatContext>
  auto format(const hotline::Refinement& r, FormatContext& ctx) const {
    hotline::detail::TextBuffer out;
    hotline::detail::append_words(out, r.date);
    if (!r.note.empty()) hotline::detail::append_format(out, " ({})", r.note);
    return write(out, ctx);
  }
};

// "offset 5: month must be 01 to 12".
template <>
struct fmt::formatter<hotline::ParseError> : hotline::detail::TextFormatter {
  template <class FormatContext>
  auto format(const hotline::ParseError& e, FormatContext& ctx) const {
    hotline::detail::TextBuffer out;
    hotline::detail::append_format(out, "offset {}: {}", e.offset, e.what);
    return write(out, ctx);
  }
};

// "contact 17 (2014-03) field initiator: initiator did not take part".
template <>
struct fmt::formatter<hotline::Diagnostic> : hotline::detail::TextFormatter {
  template <class FormatContext>
  auto format(const hotline::Diagnostic& d, FormatContext& ctx) const {
    return write(hotline::detail::DiagnosticText{d}.view(), ctx);
  }
};
