// The statements table: what a source says of the contacts, as CSV that a
// person writes ("X and Y have not spoken since March 2023, as of
// 2023-11-01") and hotline checks against contacts or events
// (gap_report --statements FILE). Read and written with read_table and
// write_table<Statement> (<hotline/io/tables.hpp>); docs/io.md documents
// every column.
//
//   id,kind,people,since,as_of,quote,source
//   1,silence since,Joe Biden;Vladimir Putin,2022-02,2022-10-25,"haven't spoken since February",NYT
//
// Columns: id (a number; the line when absent), kind (count, silence since,
// silence of a length, within, first: the code or the words), people (names
// of the data's people, ';'), between (two states, ';'), level, medium,
// channel (an id), period (count and first: the period; silence_since: the
// date since which, also as `since`), as_of, count ("3" or "2-3"),
// within_days, length (see parse_length), from and to (contact ids),
// source (a source id, or any text, kept as `cited`), quote.
#pragma once

#include <array>
#include <cctype>
#include <chrono>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <hotline/io/schemas.hpp>
#include <hotline/io/tables.hpp>
#include <hotline/statement.hpp>

namespace hotline::io {

namespace detail {

inline std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return out;
}

// A whole number in digits or in words (one to twenty), or nullopt.
inline std::optional<int> small_number(std::string_view word) {
  static constexpr std::array<std::string_view, 21> words{
      "zero",     "one",     "two",     "three",     "four",     "five",     "six",
      "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  for (std::size_t i = 0; i < words.size(); ++i)
    if (word == words[i]) return static_cast<int>(i);
  int v = 0;
  std::string why;
  if (!word.empty() && word.size() < 7 && parse_integer(word, v, why)) return v;
  return std::nullopt;
}

}  // namespace detail

// The longest a length can be when a source gives only its least ("at
// least five months"): a day count beyond any calendar hotline reads.
inline constexpr std::chrono::days unbounded_length{3'000'000};

// A length as people write it, in days:
//   "164" or "164 days"            exactly so many days
//   "152-182" or "152-182 days"    from 152 to 182 days
//   "5 months", "five months"      what people call five months: at least
//                                  five and less than six average months
//                                  (months_said: 152 to 182 days)
//   "about five months"            the same ("about" says what the plain
//                                  number says: people round to the unit)
//   "2 weeks", "a year"            at least N and less than N + 1 weeks
//                                  (or years), in whole days
//   "at least five months"         152 days or more, with no upper bound
//   "more than five months"        183 days or more
// Numbers in digits or words (one to twenty; "a"/"an" is one). Anything
// else is an error that says what is accepted.
inline bool parse_length(std::string_view text, DayRange& out, std::string& why) {
  using std::chrono::days;
  using std::chrono::floor;
  const std::string t = detail::lower_ascii(detail::trimmed(text));
  std::string_view s = t;
  const auto starts = [&](std::string_view p) {
    if (s.substr(0, p.size()) != p) return false;
    s.remove_prefix(p.size());
    return true;
  };
  bool at_least = false;
  bool more_than = false;
  if (starts("at least ")) {
    at_least = true;
  } else if (starts("more than ")) {
    more_than = true;
  } else {
    (void)(starts("about ") || starts("around ") || starts("some ") || starts("roughly "));
  }
  s = detail::trimmed(s);
  const std::size_t space = s.find(' ');
  const std::string_view number = s.substr(0, space);
  std::string_view unit =
      space == std::string_view::npos ? std::string_view{} : s.substr(space + 1);
  unit = detail::trimmed(unit);
  const auto fail = [&] {
    why = "cannot read the length " + detail::quoted(text) +
          " (write days such as 164 or 152-182, or words such as 'five months', 'about two "
          "weeks', 'at least a year')";
    return false;
  };
  DayRange r;
  if (const std::size_t dash = number.find('-'); dash != std::string_view::npos) {
    const auto lo = detail::small_number(number.substr(0, dash));
    const auto hi = detail::small_number(number.substr(dash + 1));
    if (!lo || !hi || *hi < *lo || !(unit.empty() || unit == "days" || unit == "day"))
      return fail();
    r = {days{*lo}, days{*hi}};
  } else {
    std::optional<int> n =
        number == "a" || number == "an" ? std::optional<int>{1} : detail::small_number(number);
    if (!n) return fail();
    if (unit.empty() || unit == "day" || unit == "days") {
      r = {days{*n}, days{*n}};
    } else if (unit == "week" || unit == "weeks") {
      r = {days{7 * *n}, days{7 * *n + 6}};
    } else if (unit == "month" || unit == "months") {
      r = months_said(*n);
    } else if (unit == "year" || unit == "years") {
      r = {floor<days>(std::chrono::years{*n}), floor<days>(std::chrono::years{*n + 1}) - days{1}};
    } else {
      return fail();
    }
  }
  if (at_least) r.max = unbounded_length;
  if (more_than) r = {r.max + days{1}, unbounded_length};
  out = r;
  return true;
}

namespace detail {

template <>
struct Schema<Statement> {
  enum Column : std::size_t {
    id,
    kind_,
    people,
    between,
    level,
    medium,
    channel,
    period,
    since,
    as_of,
    count_,
    within_days,
    length,
    from,
    to,
    source,
    quote,
    count
  };
  static constexpr std::string_view kind = "statement";
  static constexpr std::array<std::string_view, count> columns{
      "id",    "kind",  "people",      "between", "level", "medium", "channel", "period", "since",
      "as_of", "count", "within_days", "length",  "from",  "to",     "source",  "quote"};
  static constexpr std::array<bool, count> required{false, true};
  static constexpr std::array<std::size_t, 3> date_columns{period, since, as_of};
  static constexpr std::array<std::size_t, 2> list_columns{people, between};
  static constexpr std::array<std::size_t, 5> number_columns{id, channel, within_days, from, to};

  struct Context {
    explicit Context(const TableContext& c) : names(c.actors), actors(c.actors) {}
    ActorNames names;
    std::span<const Actor> actors;
    std::uint64_t line = 0;
  };

  template <class Put>
  static void write(Put&& put, CsvWriter& w, const Statement& st, const Context& ctx) {
    std::string& s = w.scratch();
    append_id(s, st.id);
    put(s);
    put(code_name(st.kind));
    s.clear();
    for (std::size_t i = 0; i < st.selection.people.size(); ++i) {
      if (i != 0) s += ';';
      ctx.names.append_name(s, st.selection.people[i]);
    }
    put(s);
    s.clear();
    if (st.selection.between) {
      s += st.selection.between->a.code();
      s += ';';
      s += st.selection.between->b.code();
    }
    put(s);
    put(st.selection.level ? code_name(*st.selection.level) : std::string_view{});
    put(st.selection.medium ? code_name(*st.selection.medium) : std::string_view{});
    s.clear();
    if (st.selection.channel) append_id(s, *st.selection.channel);
    put(s);
    const bool since_kind = st.kind == StatementKind::silence_since;
    put(!since_kind && st.period.ok() ? to_iso(st.period).view() : std::string_view{});
    put(since_kind && st.period.ok() ? to_iso(st.period).view() : std::string_view{});
    put(st.as_of.ok() ? to_iso(st.as_of).view() : std::string_view{});
    s.clear();
    if (st.kind == StatementKind::count || st.kind == StatementKind::within) {
      s += std::to_string(st.count.min);
      if (st.count.max != st.count.min) s += "-" + std::to_string(st.count.max);
    }
    put(s);
    s.clear();
    if (st.kind == StatementKind::within) s += std::to_string(st.within.count());
    put(s);
    s.clear();
    if (st.kind == StatementKind::silence_length) {
      s += std::to_string(st.length.min.count());
      if (st.length.max != st.length.min) s += "-" + std::to_string(st.length.max.count());
    }
    put(s);
    s.clear();
    if (st.from) append_id(s, *st.from);
    put(s);
    s.clear();
    if (st.to) append_id(s, *st.to);
    put(s);
    s.clear();
    if (st.source.ok())
      append_id(s, st.source);
    else
      s += st.cited;
    put(s);
    put(st.quote);
  }

  static bool parse_people(std::string_view text, const Context& ctx, Selection& sel,
                           std::string& why) {
    return for_each_item(text, why, [&](std::string_view name) {
      std::optional<ActorId> a = ctx.names.find(name);
      if (!a) {
        const std::string want = lower_ascii(name);
        for (const Actor& x : ctx.actors)
          if (lower_ascii(x.name) == want) a = x.id;
      }
      if (!a) {
        why = "no person named " + quoted(name) + " in the contacts";
        if (!ctx.actors.empty() && ctx.actors.size() <= 12) {
          why += " (the people are: ";
          for (std::size_t i = 0; i < ctx.actors.size(); ++i)
            why += (i ? ", " : "") + std::string(ctx.actors[i].name);
          why += ")";
        }
        return false;
      }
      if (sel.people.contains(*a)) {
        why = "the person " + quoted(name) + " is named twice";
        return false;
      }
      if (sel.people.size() == sel.people.capacity()) {
        why = "more than " + std::to_string(sel.people.capacity()) + " people";
        return false;
      }
      sel.people.push_back(*a);
      return true;
    });
  }

  static bool parse_count(std::string_view text, CountRange& out, std::string& why) {
    text = trimmed(text);
    const std::size_t dash = text.find('-');
    std::size_t lo = 0;
    std::size_t hi = 0;
    if (!parse_integer(trimmed(text.substr(0, dash)), lo, why)) return false;
    hi = lo;
    if (dash != std::string_view::npos && !parse_integer(trimmed(text.substr(dash + 1)), hi, why))
      return false;
    if (hi < lo) {
      why = "the count " + quoted(text) + " ends below its start";
      return false;
    }
    out = {lo, hi};
    return true;
  }

  template <class Get>
  static std::optional<FieldError> parse(Get&& get, const Context& ctx, Statement& st) {
    st = Statement{};
    std::string why;
    const auto bad = [&](std::size_t column) { return FieldError{column, std::move(why)}; };
    const auto missing = [&](std::size_t column, std::string_view what) {
      why = std::string("a ") + std::string(to_words(st.kind)) + " statement needs " +
            std::string(what);
      return FieldError{column, std::move(why)};
    };
    if (!parse_id(get(id), st.id, why)) return bad(id);
    if (!st.id.ok()) st.id = StatementId{static_cast<std::uint32_t>(ctx.line)};
    if (!parse_enum(get(kind_), st.kind, why)) return bad(kind_);
    if (!parse_people(get(people), ctx, st.selection, why)) return bad(people);
    if (!trimmed(get(between)).empty()) {
      hotline::detail::InlineVector<Country, 2> two;
      if (!parse_countries(get(between), two, why)) return bad(between);
      if (two.size() != 2) {
        why = "between names two states, ';'-separated (USA;RUS)";
        return bad(between);
      }
      st.selection.between = StatePair{two[0], two[1]};
    }
    if (!trimmed(get(level)).empty()) {
      Level l{};
      if (!parse_enum(get(level), l, why)) return bad(level);
      st.selection.level = l;
    }
    if (!trimmed(get(medium)).empty()) {
      Medium m{};
      if (!parse_enum(get(medium), m, why)) return bad(medium);
      st.selection.medium = m;
    }
    if (!parse_optional_id(get(channel), st.selection.channel, why)) return bad(channel);
    if (st.selection.empty()) {
      why = "the statement selects no contacts: give people, between, level, medium or channel";
      return bad(people);
    }
    const bool has_period = !trimmed(get(period)).empty();
    const bool has_since = !trimmed(get(since)).empty();
    if (has_period && has_since) {
      why = "give the date in one of period and since, not both";
      return bad(since);
    }
    const std::size_t date_column = has_since ? since : period;
    if ((has_period || has_since) && !parse_date(get(date_column), st.period, why))
      return bad(date_column);
    if (!trimmed(get(as_of)).empty() && !parse_date(get(as_of), st.as_of, why)) return bad(as_of);
    const std::string_view count_text = trimmed(get(count_));
    if (!count_text.empty() && !parse_count(count_text, st.count, why)) return bad(count_);
    if (!trimmed(get(within_days)).empty()) {
      int d = 0;
      if (!parse_integer(trimmed(get(within_days)), d, why)) return bad(within_days);
      st.within = std::chrono::days{d};
    }
    if (!trimmed(get(length)).empty() && !parse_length(get(length), st.length, why))
      return bad(length);
    if (!parse_optional_id(get(from), st.from, why)) return bad(from);
    if (!parse_optional_id(get(to), st.to, why)) return bad(to);
    if (st.from.has_value() != st.to.has_value()) {
      why = "from and to name the contacts at both ends of a silence: give both or neither";
      return bad(st.from ? to : from);
    }
    const std::string_view src = trimmed(get(source));
    std::uint32_t number = 0;
    std::string ignored;
    if (!src.empty() && parse_integer(src, number, ignored))
      st.source = SourceId{number};
    else
      st.cited = src;
    st.quote = get(quote);
    switch (st.kind) {
      case StatementKind::count:
        if (!st.period.ok()) return missing(period, "a period");
        if (count_text.empty()) return missing(count_, "a count");
        break;
      case StatementKind::silence_since:
        if (!st.period.ok()) return missing(since, "the date since which (since)");
        if (!st.as_of.ok()) return missing(as_of, "the day it is said (as_of)");
        break;
      case StatementKind::silence_length:
        if (trimmed(get(length)).empty()) return missing(length, "a length");
        break;
      case StatementKind::within:
        if (count_text.empty()) return missing(count_, "a count");
        if (st.within.count() <= 0) return missing(within_days, "the days (within_days)");
        break;
      case StatementKind::first:
        if (!st.period.ok()) return missing(period, "a period");
        break;
    }
    return std::nullopt;
  }

  static void keep(Statement& st, Interner& text) {
    st.cited = text.keep(st.cited);
    st.quote = text.keep(st.quote);
  }
};

}  // namespace detail

}  // namespace hotline::io
