// Statements: what a source says about contacts, as data that the library
// checks (<hotline/analysis/check.hpp>). The articles argue from counts and
// silences: "spoke twice in 2015", "haven't exchanged words since
// mid-February", "didn't commiserate for five months", "twice in three
// days", "for the first time in 1967". Each is a Statement of one kind about
// a Selection of contacts, with its source and quote; checking one says
// whether it holds in every reading of the dates, in some, or in none.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>

#include <hotline/contact.hpp>
#include <hotline/date.hpp>
#include <hotline/enumerators.hpp>
#include <hotline/id.hpp>
#include <hotline/selection.hpp>

namespace hotline {

// What a statement says about the contacts of its selection.
enum class StatementKind : std::uint8_t {
  // So many contacts in a period: `count` (min to max) fell in `period`.
  // "Three times in 2014": period 2014, count 3 to 3.
  count,
  // No contact after a date, as of a day: none fell after `period` and on
  // or before `as_of`. "Haven't exchanged words since mid-February", as of
  // the article's date (leave `as_of` empty for the publication date of
  // the statement's source, as the network derives it).
  silence_since,
  // A stretch of `length` days without contact. Between two contacts the
  // source names (`from` and `to`): the days from one to the other, with no
  // contact of the selection between them (a constraint of the derived
  // dates, too: `to` lies `length` days after `from`); without them: some gap between
  // consecutive contacts that ends on or before `as_of` (a day of the
  // calendar's end when not given). "Didn't commiserate for five months".
  silence_length,
  // At least count.min contacts within `within` days. "Twice in three days".
  within,
  // The first contact fell in `period`. "For the first time in 1967".
  first,
};

template <>
struct EnumeratorTable<StatementKind> {
  static constexpr std::string_view kind = "statement kind";
  static constexpr Enumerator<StatementKind> items[] = {
      {StatementKind::count, "count", "count"},
      {StatementKind::silence_since, "silence_since", "silence since"},
      {StatementKind::silence_length, "silence_length", "silence of a length"},
      {StatementKind::within, "within", "contacts within days"},
      {StatementKind::first, "first", "first contact"},
  };
};

// Lengths as people say them, in days: "N months" is at least N and less
// than N + 1 average Gregorian months (30.44 days), in whole days: "five
// months" is 152 to 182 days, every stretch a person would call five
// months, from 15 February to the middle of July or to its end.
constexpr DayRange months_said(int n) noexcept {
  using std::chrono::days;
  using std::chrono::floor;
  using std::chrono::months;
  return {floor<days>(months{n}), floor<days>(months{n + 1})};
}

// What a source says, as data. Which members mean what depends on `kind`
// (see StatementKind); the others keep their defaults.
struct Statement {
  StatementId id{};
  StatementKind kind = StatementKind::count;
  Selection selection{};  // the contacts it is about
  Date period{};          // count: the period; silence_since: the date since which; first: when
  // silence_since: the day it is said (empty: its source's publication
  // date, derived); silence_length: the last day its end may be.
  Date as_of{};
  CountRange count{};           // count: how many (min to max); within: how many at least (min)
  std::chrono::days within{0};  // within: the days they came within
  DayRange length{};            // silence_length: how long, in days
  std::optional<ContactId> from = std::nullopt;  // silence_length: the contacts it lies between,
  std::optional<ContactId> to = std::nullopt;    // when the source names them
  SourceId source{};
  std::string_view quote{};  // the source's own words
  std::string_view cited{};  // the source as text, for data that cites it so ("NYT, 2023-11-01")

  friend constexpr bool operator==(const Statement&, const Statement&) = default;
};

// Whether a statement is true of the contacts: in every reading of their
// dates (each contact on one day of its date), in some, or in none.
enum class Verdict : std::uint8_t { holds, allowed, contradicted };

template <>
struct EnumeratorTable<Verdict> {
  static constexpr std::string_view kind = "verdict";
  static constexpr Enumerator<Verdict> items[] = {
      {Verdict::holds, "holds", "holds"},
      {Verdict::allowed, "allowed", "allowed"},
      {Verdict::contradicted, "contradicted", "contradicted"},
  };
};

// Which dates a figure is on, in three layers:
//  - documented: the dates as the sources give them, each on its own;
//  - derived: the documented dates tightened by the sources' own words
//    about how they relate ("the following day", "last Friday", "five
//    months" between two contacts): <hotline/analysis/derived.hpp>;
//  - refined: the exact days of public record where a contact has one
//    (<hotline/source.hpp>, Refinement), and the derived date otherwise.
enum class DateLayer : std::uint8_t { documented, derived, refined };

template <>
struct EnumeratorTable<DateLayer> {
  static constexpr std::string_view kind = "date layer";
  static constexpr Enumerator<DateLayer> items[] = {
      {DateLayer::documented, "documented", "documented dates"},
      {DateLayer::derived, "derived", "derived dates", "the sources' words"},
      {DateLayer::refined, "refined", "refined dates", "public record"},
  };
};

}  // namespace hotline
