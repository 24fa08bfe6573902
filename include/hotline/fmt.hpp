// {fmt} formatters for every hotline type and every result a query gives
// back, in plain English:
//
//   fmt::format("{}", Date::on(2017, 7, 7))          // "7 July 2017"
//   fmt::format("{:iso}", Date::mid_month(2022, 2))  // "2022-02-11/2022-02-20"
//   fmt::format("{:name}", countries::USA)           // "United States"
//   fmt::format("{}", Medium::telephone)             // "phone call"
//   fmt::format("{}", *longest_gap(calls))           // "249 days, from June 2015 to ..."
//   hotline::describe(registry, contact)
//     // "7 July 2017: Donald Trump and Vladimir Putin, meeting in Hamburg, 2 h 15 min"
//
// Every formatter takes the fill, alignment, width and precision of a string
// ("{:<20}", "{:name>30}"); a spec it does not take stops the build with a
// line that says which specs that type takes. The words come from
// <hotline/words.hpp> and the enumerations' tables: this header only
// formats. It is the only hotline header that needs {fmt}: link hotline::fmt
// to use it.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include <hotline/hotline.hpp>
#include <hotline/registry_view.hpp>
#include <hotline/words.hpp>

namespace hotline {
// A report (<hotline/report.hpp>) formats as its text; declared here so that
// this header need not include that one.
struct Report;
inline std::string to_text(const Report& report);
}  // namespace hotline

namespace hotline::detail {

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

// Which specs a formatter takes besides a string's: what its compile-time
// error says.
enum class SpecStyle { text, date, country };

// Parses an optional keyword ("iso" for a Date, "name" for a Country), then
// the fill, alignment, width and precision of a string; writes text with
// them. A spec with any other words stops the build (or throws
// fmt::format_error for fmt::runtime specs) with one line for the type.
template <SpecStyle Style = SpecStyle::text>
class TextFormatter {
 public:
  // True when the spec began with the type's keyword.
  constexpr bool keyword() const noexcept { return keyword_; }

  template <class ParseContext>
  constexpr auto parse(ParseContext& ctx) {
    const auto* it = ctx.begin();
    const std::string_view spec(it, static_cast<std::size_t>(ctx.end() - it));
    constexpr std::string_view word = Style == SpecStyle::date      ? "iso"
                                      : Style == SpecStyle::country ? "name"
                                                                    : "";
    if (!word.empty() && spec.substr(0, word.size()) == word) {
      keyword_ = true;
      ctx.advance_to(it + word.size());
    }
    if (!is_string_spec(ctx.begin(), ctx.end())) {
      // One call per style, so that the compiler's note shows the line.
      if constexpr (Style == SpecStyle::date)
        ctx.on_error(
            "hotline: a Date takes {}, {:iso}, and a string's fill, align, width, precision");
      else if constexpr (Style == SpecStyle::country)
        ctx.on_error(
            "hotline: a Country takes {}, {:name}, and a string's fill, align, width, precision");
      else
        ctx.on_error(
            "hotline: this type takes {} and a string's fill, align, width, precision only");
    }
    return text_.parse(ctx);
  }

  template <class FormatContext>
  auto write(std::string_view text, FormatContext& ctx) const {
    return text_.format(text, ctx);
  }

 private:
  fmt::formatter<std::string_view> text_;
  bool keyword_ = false;
};

// A value written with hotline::to_words(), with string specs.
template <class T>
struct WordsFormatter : TextFormatter<> {
  template <class FormatContext>
  auto format(const T& value, FormatContext& ctx) const {
    return write(to_words(value), ctx);
  }
};

// An entry written as its name (its id when it has no name).
template <class T>
struct NameFormatter : TextFormatter<> {
  template <class FormatContext>
  auto format(const T& value, FormatContext& ctx) const {
    if (!value.name.empty()) return write(value.name, ctx);
    return write(to_words(value.id), ctx);
  }
};

}  // namespace hotline::detail

// "7 July 2017", "mid-February 2022", "the mid-1980s", "between 11 September
// 2001 and 31 December 2001", "invalid date". {:iso} gives hotline::to_iso().
template <>
struct fmt::formatter<hotline::Date>
    : hotline::detail::TextFormatter<hotline::detail::SpecStyle::date> {
  template <class FormatContext>
  auto format(hotline::Date date, FormatContext& ctx) const {
    if (keyword()) return write(hotline::to_iso(date).view(), ctx);
    return write(hotline::to_words(date), ctx);
  }
};

// The code by default ("USA"); {:name} gives the name ("United States").
template <>
struct fmt::formatter<hotline::Country>
    : hotline::detail::TextFormatter<hotline::detail::SpecStyle::country> {
  template <class FormatContext>
  auto format(hotline::Country country, FormatContext& ctx) const {
    return write(keyword() ? country.name() : country.code(), ctx);
  }
};

// The ISO 8601 text itself.
template <>
struct fmt::formatter<hotline::IsoText> : hotline::detail::TextFormatter<> {
  template <class FormatContext>
  auto format(const hotline::IsoText& text, FormatContext& ctx) const {
    return write(text.view(), ctx);
  }
};

// Enumerations: their words, from their tables ("phone call"); a Rule's
// wording ("initiator did not take part").
template <>
struct fmt::formatter<hotline::Precision> : hotline::detail::WordsFormatter<hotline::Precision> {};
template <>
struct fmt::formatter<hotline::Role> : hotline::detail::WordsFormatter<hotline::Role> {};
template <>
struct fmt::formatter<hotline::Level> : hotline::detail::WordsFormatter<hotline::Level> {};
template <>
struct fmt::formatter<hotline::Medium> : hotline::detail::WordsFormatter<hotline::Medium> {};
template <>
struct fmt::formatter<hotline::Topic> : hotline::detail::WordsFormatter<hotline::Topic> {};
template <>
struct fmt::formatter<hotline::AgreementKind>
    : hotline::detail::WordsFormatter<hotline::AgreementKind> {};
template <>
struct fmt::formatter<hotline::AgreementStatus>
    : hotline::detail::WordsFormatter<hotline::AgreementStatus> {};
template <>
struct fmt::formatter<hotline::Rule> : hotline::detail::WordsFormatter<hotline::Rule> {};

// Ids: "actor 7", "channel 2"; "no actor" for the "no id" value.
template <class Tag>
struct fmt::formatter<hotline::Id<Tag>> : hotline::detail::WordsFormatter<hotline::Id<Tag>> {};

// The vocabulary's other values: "92 to 152 days", "2 h 15 min", "Ukraine,
// Syria", "foreign minister of RUS", "Secretary of Defense (USA), 2021-01-22
// to present", Al Jazeera, "Title" (March 2016), and a contact without
// names: "March 2014, phone call, USA–RUS, leader level" (for names, see
// describe()).
template <>
struct fmt::formatter<hotline::DayRange> : hotline::detail::WordsFormatter<hotline::DayRange> {};
template <>
struct fmt::formatter<hotline::Duration> : hotline::detail::WordsFormatter<hotline::Duration> {};
template <>
struct fmt::formatter<hotline::Topics> : hotline::detail::WordsFormatter<hotline::Topics> {};
template <>
struct fmt::formatter<hotline::Office> : hotline::detail::WordsFormatter<hotline::Office> {};
template <>
struct fmt::formatter<hotline::Tenure> : hotline::detail::WordsFormatter<hotline::Tenure> {};
template <>
struct fmt::formatter<hotline::Source> : hotline::detail::WordsFormatter<hotline::Source> {};
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
struct fmt::formatter<hotline::MediumSince> : hotline::detail::TextFormatter<> {
  template <class FormatContext>
  auto format(const hotline::MediumSince& m, FormatContext& ctx) const {
    return write(std::string(hotline::to_words(m.medium)) + " since " + hotline::to_words(m.since),
                 ctx);
  }
};

// "7 July 2017 (White House readout)".
template <>
struct fmt::formatter<hotline::Refinement> : hotline::detail::TextFormatter<> {
  template <class FormatContext>
  auto format(const hotline::Refinement& r, FormatContext& ctx) const {
    std::string text = hotline::to_words(r.date);
    if (!r.note.empty()) text += " (" + std::string(r.note) + ")";
    return write(text, ctx);
  }
};

// "offset 5: month must be 01 to 12".
template <>
struct fmt::formatter<hotline::ParseError> : hotline::detail::TextFormatter<> {
  template <class FormatContext>
  auto format(const hotline::ParseError& e, FormatContext& ctx) const {
    return write("offset " + std::to_string(e.offset) + ": " + std::string(e.what), ctx);
  }
};

// "contact 17 (2014-03) field initiator: initiator did not take part".
template <>
struct fmt::formatter<hotline::Diagnostic> : hotline::detail::TextFormatter<> {
  template <class FormatContext>
  auto format(const hotline::Diagnostic& d, FormatContext& ctx) const {
    return write(hotline::detail::DiagnosticText{d}.view(), ctx);
  }
};

// The results of queries, in words (see <hotline/words.hpp>): "3 contacts",
// "5 months, October 2013 to February 2014", "5 months certainly without
// contact (...), 15 possibly", "164 days, from 15 February 2022 to 29 July
// 2022", "1 to 515 days: certainly 1 day (...), possibly 515 days (...)",
// "247 to 256 days since mid-February 2022", "2 contacts, between ...".
template <>
struct fmt::formatter<hotline::CountRange> : hotline::detail::WordsFormatter<hotline::CountRange> {
};
template <>
struct fmt::formatter<hotline::MonthRun> : hotline::detail::WordsFormatter<hotline::MonthRun> {};
template <>
struct fmt::formatter<hotline::MonthsWithout>
    : hotline::detail::WordsFormatter<hotline::MonthsWithout> {};
template <class T>
struct fmt::formatter<hotline::GapBetween<T>>
    : hotline::detail::WordsFormatter<hotline::GapBetween<T>> {};
template <class T>
struct fmt::formatter<hotline::LongestGap<T>>
    : hotline::detail::WordsFormatter<hotline::LongestGap<T>> {};
template <class T>
struct fmt::formatter<hotline::Gap<T>> : hotline::detail::WordsFormatter<hotline::Gap<T>> {};
template <class T>
struct fmt::formatter<hotline::Silence<T>> : hotline::detail::WordsFormatter<hotline::Silence<T>> {
};
template <class T>
struct fmt::formatter<hotline::Burst<T>> : hotline::detail::WordsFormatter<hotline::Burst<T>> {};

// A Report (<hotline/report.hpp>) as to_text() writes it: several lines.
template <>
struct fmt::formatter<hotline::Report> : hotline::detail::TextFormatter<> {
  template <class FormatContext>
  auto format(const hotline::Report& r, FormatContext& ctx) const {
    return write(hotline::to_text(r), ctx);
  }
};
