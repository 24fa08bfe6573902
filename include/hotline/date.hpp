// Dates as the sources give them: the closed interval of days known to contain
// an event. "7 July 2017" is one day, "March 2014" is 31 days, "mid-February
// 2022" is the 11th to the 20th, "the mid-1980s" is 1984-1986. Precision is
// read off the interval; arithmetic on such dates gives intervals of days.
#pragma once

#include <chrono>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <hotline/enumerators.hpp>
#include <hotline/result.hpp>

namespace hotline {

// How exactly a Date is known, from the finest to the coarsest. A Date that
// is none of the named shapes has precision `interval`.
enum class Precision : std::uint8_t {
  day,         // one day: 2017-07-07
  mid_month,   // the 11th to the 20th of one month: "mid-February 2022"
  month,       // one calendar month: 2014-03
  year,        // one calendar year: 1973
  mid_decade,  // years 4 to 6 of a decade: "the mid-1980s" = 1984/1986
  decade,      // years 0 to 9 of a decade: 198X
  interval,    // any other span of days: 2001-09-11/2001-12-31
};

template <>
struct EnumeratorTable<Precision> {
  static constexpr std::string_view kind = "precision";
  static constexpr Enumerator<Precision> items[] = {
      {Precision::day, "day", "day"},
      {Precision::mid_month, "mid_month", "mid-month"},
      {Precision::month, "month", "month"},
      {Precision::year, "year", "year"},
      {Precision::mid_decade, "mid_decade", "mid-decade"},
      {Precision::decade, "decade", "decade"},
      {Precision::interval, "interval", "interval"},
  };
};

// What a source adds to a date: that it is unsure of it ("1984?"), that it
// is near ("1984~"), or both ("1984%"), as EDTF (ISO 8601-2 level 1) writes
// them. A qualifier changes no day of a Date: "2014-03~" is March 2014, as
// edtf.js and ISO 8601-2 read it; it is kept so that it is written back and
// shown, and an analysis may ask for it.
enum class Qualifier : std::uint8_t {
  none,
  uncertain,                  // ?
  approximate,                // ~
  uncertain_and_approximate,  // %
};

template <>
struct EnumeratorTable<Qualifier> {
  static constexpr std::string_view kind = "qualifier";
  static constexpr Enumerator<Qualifier> items[] = {
      {Qualifier::none, "none", "as given"},
      {Qualifier::uncertain, "uncertain", "uncertain", "?"},
      {Qualifier::approximate, "approximate", "approximate", "~"},
      {Qualifier::uncertain_and_approximate, "uncertain_and_approximate",
       "uncertain and approximate", "%"},
  };
};

// The smallest and largest number of days consistent with two imprecise dates.
struct DayRange {
  std::chrono::days min{0};
  std::chrono::days max{0};

  friend constexpr bool operator==(const DayRange&, const DayRange&) = default;
};

namespace detail {

// The calendar in plain numbers (proleptic Gregorian, as std::chrono's):
// constant evaluations spend a step on each call, and std::chrono's types
// make several calls of every conversion and comparison.
constexpr bool is_leap_year(int y) noexcept {
  return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}
constexpr unsigned days_in_month(int y, unsigned m) noexcept {
  constexpr unsigned char days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap_year(y) ? 29u : days[m - 1];
}
// Days from 1970-01-01 to y-m-d (m 1 to 12, d 1 to 31), as sys_days counts
// them (H. Hinnant's days_from_civil).
constexpr std::chrono::days::rep days_from_civil(int y, unsigned m, unsigned d) noexcept {
  y -= m <= 2 ? 1 : 0;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return std::chrono::days::rep{era} * 146097 + std::chrono::days::rep{doe} - 719468;
}

struct DateDays;

}  // namespace detail

// The closed interval [earliest, latest] of days known to contain an event,
// and the qualifier the source gave each end (none, unless parsed from
// "1984?" or set by with_qualifiers). Like std::chrono::year_month_day, a
// Date may hold an impossible value and says so with ok(): the factories
// never throw, and a default Date is not ok. Dates order by earliest day,
// then by latest day, then by qualifiers.
class Date {
 public:
  using days = std::chrono::days;
  using sys_days = std::chrono::sys_days;

  // The first and last days a Date may name: years 0001 to 9999, so that
  // every Date prints as ISO 8601 with a four-digit year.
  static constexpr sys_days min_day{std::chrono::year{1} / 1 / 1};
  static constexpr sys_days max_day{std::chrono::year{9999} / 12 / 31};

  // Not ok(): an empty interval.
  constexpr Date() = default;

  // The factories are named for what they give, "the date on 7 July 2017",
  // "in March 2014", "in 1973", so that none reads like an accessor of a
  // Date's parts (as year_month_day::year() is).

  // One day. Not ok() if the day does not exist (2015-02-30).
  static constexpr Date on(std::chrono::year_month_day ymd) noexcept {
    if (!ymd.ok()) return {};
    const sys_days d{ymd};
    return Date{d, d};
  }
  static constexpr Date on(int y, unsigned m, unsigned d) noexcept {
    if (!fits(y, m, d) || m == 0 || d == 0 || d > detail::days_in_month(y, m)) return {};
    const auto n = detail::days_from_civil(y, m, d);
    return Date{n, n};
  }
  // One calendar month. Not ok() if the month is not 1 to 12.
  static constexpr Date in_month(std::chrono::year_month ym) noexcept {
    if (!ym.ok()) return {};
    return Date{sys_days{ym / 1}, sys_days{ym / std::chrono::last}};
  }
  static constexpr Date in_month(int y, unsigned m) noexcept {
    if (!fits(y, m) || m == 0) return {};
    return Date{detail::days_from_civil(y, m, 1),
                detail::days_from_civil(y, m, detail::days_in_month(y, m))};
  }
  // The 11th to the 20th of a month: "mid-February".
  static constexpr Date mid_month(std::chrono::year_month ym) noexcept {
    if (!ym.ok()) return {};
    return Date{sys_days{ym / 11}, sys_days{ym / 20}};
  }
  static constexpr Date mid_month(int y, unsigned m) noexcept {
    if (!fits(y, m)) return {};
    return mid_month(std::chrono::year{y} / std::chrono::month{m});
  }
  // One calendar year.
  static constexpr Date in_year(std::chrono::year y) noexcept {
    if (!y.ok()) return {};
    return Date{sys_days{y / 1 / 1}, sys_days{y / 12 / 31}};
  }
  static constexpr Date in_year(int y) noexcept {
    if (!fits(y)) return {};
    return Date{detail::days_from_civil(y, 1, 1), detail::days_from_civil(y, 12, 31)};
  }
  // The decade that contains year y: in_decade(1985) is 1980-01-01/1989-12-31.
  static constexpr Date in_decade(int y) noexcept {
    if (!fits(y)) return {};
    const int first = y - floor_mod(y, 10);
    return between(in_year(first), in_year(first + 9));
  }
  // Years 4 to 6 of the decade that contains y: "the mid-1980s".
  static constexpr Date mid_decade(int y) noexcept {
    if (!fits(y)) return {};
    const int first = y - floor_mod(y, 10);
    return between(in_year(first + 4), in_year(first + 6));
  }
  // From the earliest day of `from` to the latest day of `to`, with the
  // qualifiers of those ends. Not ok() if either is not ok() or the interval
  // would end before it starts.
  static constexpr Date between(Date from, Date to) noexcept {
    if (!from.ok() || !to.ok()) return {};
    return interval(from.earliest(), to.latest())
        .with_qualifiers(from.first_qualifier(), to.last_qualifier());
  }
  // The days first to last, both included. Not ok() if last < first.
  static constexpr Date interval(sys_days first, sys_days last) noexcept {
    return Date{first, last};
  }

  // The former names of on(), in_month(), in_year() and in_decade().
  [[deprecated("use Date::on")]] static constexpr Date day(int y, unsigned m, unsigned d) noexcept {
    return on(y, m, d);
  }
  [[deprecated("use Date::in_month")]] static constexpr Date month(int y, unsigned m) noexcept {
    return in_month(y, m);
  }
  [[deprecated("use Date::in_year")]] static constexpr Date year(int y) noexcept {
    return in_year(y);
  }
  [[deprecated("use Date::in_decade")]] static constexpr Date decade(int y) noexcept {
    return in_decade(y);
  }

  // ISO 8601 / EDTF text (ISO 8601-2 levels 0 and 1) that names a bounded
  // span of days: what to_iso() writes (2017-07-07, 2014-03, 1973, 198X,
  // 2022-02-11/2022-02-20, 1984/1986), date-times read as the calendar day
  // they write (2021-03-04T10:15:00Z, 2021-03-04 10:15), unspecified digits
  // (19XX, 201X, 2014-XX, 2014-03-XX, 2014-XX-XX) and the qualifiers ?, ~
  // and % after a date or either end of an interval. Refused, with the
  // reason: open or unknown ends (2022-02-11/.., ../2022, 2022/), seasons
  // (2022-21: their months depend on the hemisphere), a day of an
  // unspecified month (2014-XX-05), and every impossible date (2015-02-29,
  // 2016-13, an interval that ends before it starts). Errors name the offset
  // and the reason ("day does not exist in that month").
  static constexpr Result<Date> parse(std::string_view text) noexcept;

  // The qualifiers of the first and the last end (the same for a date
  // written as one: "1984?").
  constexpr Qualifier first_qualifier() const noexcept {
    return static_cast<Qualifier>(qualifiers_ & 3u);
  }
  constexpr Qualifier last_qualifier() const noexcept {
    return static_cast<Qualifier>(qualifiers_ >> 2);
  }
  constexpr bool qualified() const noexcept { return qualifiers_ != 0; }
  // The same days, with these qualifiers.
  constexpr Date with_qualifiers(Qualifier first, Qualifier last) const noexcept {
    Date d = *this;
    d.qualifiers_ = static_cast<std::uint8_t>((static_cast<unsigned>(first) & 3u) |
                                              ((static_cast<unsigned>(last) & 3u) << 2));
    return d;
  }
  constexpr Date with_qualifier(Qualifier both) const noexcept {
    return with_qualifiers(both, both);
  }

  constexpr sys_days earliest() const noexcept {
    return __builtin_bit_cast(sys_days, days::rep{earliest_});
  }
  constexpr sys_days latest() const noexcept {
    return __builtin_bit_cast(sys_days, days::rep{latest_});
  }
  // Number of days in the interval (1 for an exact day).
  constexpr days length() const noexcept { return days{latest_ - earliest_ + 1}; }

  // True when the interval is not empty and lies within years 0001-9999.
  constexpr bool ok() const noexcept {
    return earliest_ <= latest_ && min_number <= earliest_ && latest_ <= max_number;
  }
  constexpr Precision precision() const noexcept;

  constexpr bool contains(sys_days d) const noexcept {
    const auto n = __builtin_bit_cast(days::rep, d);
    return earliest_ <= n && n <= latest_;
  }
  constexpr bool contains(Date other) const noexcept {
    return earliest_ <= other.earliest_ && other.latest_ <= latest_;
  }
  // True when some day may belong to both dates.
  constexpr bool overlaps(Date other) const noexcept {
    return earliest_ <= other.latest_ && other.earliest_ <= latest_;
  }
  // True when every day of this date comes before every day of `other`.
  constexpr bool certainly_before(Date other) const noexcept { return latest_ < other.earliest_; }

  friend constexpr bool operator==(const Date&, const Date&) = default;
  friend constexpr auto operator<=>(const Date&, const Date&) = default;

 private:
  friend struct detail::DateDays;
  // Days outside years 0001-9999 are kept as the day just outside, so that
  // the Date stays not ok() in 32 bits. (Written out in each constructor:
  // a call would cost constant evaluations a step per Date.)
  constexpr Date(sys_days first, sys_days last) noexcept
      : Date(__builtin_bit_cast(days::rep, first), __builtin_bit_cast(days::rep, last)) {}
  constexpr Date(days::rep first, days::rep last) noexcept
      : earliest_(static_cast<std::int32_t>(first < min_number   ? min_number - 1
                                            : first > max_number ? max_number + 1
                                                                 : first)),
        latest_(static_cast<std::int32_t>(last < min_number   ? min_number - 1
                                          : last > max_number ? max_number + 1
                                                              : last)) {}
  static constexpr days::rep min_number = min_day.time_since_epoch().count();
  static constexpr days::rep max_number = max_day.time_since_epoch().count();
  static constexpr int floor_mod(int a, int b) noexcept { return ((a % b) + b) % b; }
  // std::chrono::year, month and day keep only the low bits of a number out
  // of their range (month{257} is January): such numbers must not reach them.
  static constexpr bool fits(int y, unsigned m = 1, unsigned d = 1) noexcept {
    return -32767 <= y && y <= 32767 && m <= 12 && d <= 31;
  }

  // The first and last days as numbers (days since 1970-01-01), in 32 bits
  // (years 0001-9999 need 23): Dates are built, copied and compared by the
  // thousand in constant evaluations (registries, analysis), where each call
  // of std::chrono's constructors and operators costs a step and a nested
  // value costs memory. They convert to and from sys_days by
  // __builtin_bit_cast (GCC, Clang and MSVC have it), which costs no call.
  // An empty interval: the default Date is not ok(). Then the qualifiers:
  // bits 0-1 the first end's, bits 2-3 the last end's.
  static_assert(sizeof(sys_days) == sizeof(days::rep));
  std::int32_t earliest_ = 1;
  std::int32_t latest_ = 0;
  std::uint8_t qualifiers_ = 0;
};

// The days from `a` to `b` (b after a): at least b.earliest - a.latest (never
// below zero: overlapping dates may be the same day), at most b.latest -
// a.earliest. The gap from March 2014 to July 2014 is 92 to 152 days.
constexpr DayRange gap(Date a, Date b) noexcept {
  const auto lo = b.earliest() - a.latest();
  return {lo < std::chrono::days{0} ? std::chrono::days{0} : lo, b.latest() - a.earliest()};
}

namespace detail {

// A Date's first and last days as numbers (days since 1970-01-01), for the
// registry builder's constant evaluations.
struct DateDays {
  static constexpr Date::days::rep first(const Date& d) noexcept { return d.earliest_; }
  static constexpr Date::days::rep last(const Date& d) noexcept { return d.latest_; }
};

constexpr std::chrono::year_month_day ymd(std::chrono::sys_days d) noexcept {
  return std::chrono::year_month_day{d};
}
constexpr bool is_first_of_month(std::chrono::sys_days d) noexcept {
  return ymd(d).day() == std::chrono::day{1};
}
constexpr bool is_last_of_month(std::chrono::sys_days d) noexcept {
  return ymd(d + std::chrono::days{1}).day() == std::chrono::day{1};
}
constexpr bool is_new_year(std::chrono::sys_days d) noexcept {
  const auto x = ymd(d);
  return x.month() == std::chrono::January && x.day() == std::chrono::day{1};
}
constexpr bool is_new_years_eve(std::chrono::sys_days d) noexcept {
  const auto x = ymd(d);
  return x.month() == std::chrono::December && x.day() == std::chrono::day{31};
}
constexpr int year_of(std::chrono::sys_days d) noexcept {
  return int{ymd(d).year()};
}

}  // namespace detail

constexpr Precision Date::precision() const noexcept {
  using namespace detail;
  if (earliest_ == latest_) return Precision::day;
  const auto a = ymd(earliest());
  const auto b = ymd(latest());
  if (a.year() == b.year() && a.month() == b.month()) {
    if (is_first_of_month(earliest()) && is_last_of_month(latest())) return Precision::month;
    if (a.day() == std::chrono::day{11} && b.day() == std::chrono::day{20})
      return Precision::mid_month;
    return Precision::interval;
  }
  if (!is_new_year(earliest()) || !is_new_years_eve(latest())) return Precision::interval;
  const int first = int{a.year()};
  const int last = int{b.year()};
  if (first == last) return Precision::year;
  const int decade = first - floor_mod(first, 10);
  if (first == decade && last == decade + 9) return Precision::decade;
  if (first == decade + 4 && last == decade + 6) return Precision::mid_decade;
  return Precision::interval;
}

// ---- ISO 8601 text -------------------------------------------------------

// Text of at most 21 characters ("2022-02-11/2022-02-20"), usable in
// constant expressions.
struct IsoText {
  char data[24]{};
  std::uint8_t size = 0;

  constexpr std::string_view view() const noexcept { return {data, size}; }
  constexpr void append(char c) noexcept { data[size++] = c; }
  constexpr void append_number(int value, int width) noexcept {
    for (int i = width - 1; i >= 0; --i) {
      data[size + i] = static_cast<char>('0' + value % 10);
      value /= 10;
    }
    size = static_cast<std::uint8_t>(size + width);
  }
};

namespace detail {

enum class Shape : std::uint8_t { day, month, year, decade };

constexpr void append_qualifier(IsoText& t, Qualifier q) noexcept {
  constexpr char marks[4] = {0, '?', '~', '%'};
  if (q != Qualifier::none) t.append(marks[static_cast<unsigned>(q) & 3u]);
}

constexpr void append_day(IsoText& t, std::chrono::sys_days d, Shape shape) noexcept {
  const auto x = ymd(d);
  if (shape == Shape::decade) {
    t.append_number(int{x.year()} / 10, 3);
    t.append('X');
    return;
  }
  t.append_number(int{x.year()}, 4);
  if (shape == Shape::year) return;
  t.append('-');
  t.append_number(static_cast<int>(unsigned{x.month()}), 2);
  if (shape == Shape::month) return;
  t.append('-');
  t.append_number(static_cast<int>(unsigned{x.day()}), 2);
}

}  // namespace detail

// The ISO 8601 text of a Date, which Date::parse reads back to the same Date.
// Reduced precision for a month (2014-03), a year (1973) and a decade (198X,
// the ISO 8601-2 form); an interval otherwise, whose two ends are written in
// one shape: years when it runs from a 1 January to a 31 December
// (1984/1986), months when from a first to a last of a month
// (2014-03/2014-06), days otherwise (2022-02-11/2022-02-20). Qualifiers
// follow the end they qualify (1984?, 2014-03~, 2004-06-01?/2004-06-11%).
// A Date that is not ok() prints as "invalid".
constexpr IsoText to_iso(Date date) noexcept {
  using detail::Shape;
  IsoText t;
  if (!date.ok()) {
    for (char c : std::string_view{"invalid"}) t.append(c);
    return t;
  }
  const auto first = date.earliest();
  const auto last = date.latest();
  const auto one = [&](Shape shape) {
    detail::append_day(t, first, shape);
    detail::append_qualifier(t, date.first_qualifier());
    return t;
  };
  if (date.first_qualifier() == date.last_qualifier()) {
    switch (date.precision()) {
      case Precision::day:
        return one(Shape::day);
      case Precision::month:
        return one(Shape::month);
      case Precision::year:
        return one(Shape::year);
      case Precision::decade:
        return one(Shape::decade);
      default:
        break;
    }
  }
  Shape shape = Shape::day;
  if (detail::is_new_year(first) && detail::is_new_years_eve(last)) {
    shape = Shape::year;
  } else if (detail::is_first_of_month(first) && detail::is_last_of_month(last)) {
    shape = Shape::month;
  }
  detail::append_day(t, first, shape);
  detail::append_qualifier(t, date.first_qualifier());
  t.append('/');
  detail::append_day(t, last, shape);
  detail::append_qualifier(t, date.last_qualifier());
  return t;
}

namespace detail {

constexpr bool is_digit(char c) noexcept {
  return c >= '0' && c <= '9';
}

// Reads exactly `width` digits at text[pos]; -1 if they are not all digits.
constexpr int read_digits(std::string_view text, std::size_t pos, std::size_t width) noexcept {
  if (text.size() < pos + width) return -1;
  int value = 0;
  for (std::size_t i = pos; i < pos + width; ++i) {
    if (!is_digit(text[i])) return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

// A time of day after a date, from `pos` (just past 'T' or ' '): hh,
// hh:mm, hh:mm:ss or hh:mm:ss.fff, then nothing, Z, or an offset ±hh,
// ±hhmm or ±hh:mm. Returns 0 when it is one, else the offset of the fault
// (and `why`).
constexpr std::size_t check_time(std::string_view text, std::size_t pos,
                                 std::string_view& why) noexcept {
  const auto two = [&](std::size_t at, int max, std::string_view what) {
    const int v = read_digits(text, at, 2);
    if (v < 0 || v > max) {
      why = what;
      return false;
    }
    return true;
  };
  if (!two(pos, 24, "expected an hour 00 to 24 after the date")) return pos;
  pos += 2;
  for (int part = 0; part < 2 && pos < text.size() && text[pos] == ':'; ++part) {
    if (!two(pos + 1, part == 0 ? 59 : 60,
             part == 0 ? "expected minutes 00 to 59" : "expected seconds 00 to 60"))
      return pos + 1;
    pos += 3;
  }
  if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
    ++pos;
    if (pos >= text.size() || !is_digit(text[pos])) {
      why = "expected digits of a fraction of a second";
      return pos;
    }
    while (pos < text.size() && is_digit(text[pos])) ++pos;
  }
  if (pos == text.size()) return 0;
  if (text[pos] == 'Z' && pos + 1 == text.size()) return 0;
  if (text[pos] == '+' || text[pos] == '-') {
    const std::size_t at = pos;
    if (!two(pos + 1, 23, "expected a time zone offset such as +02:00")) return at;
    pos += 3;
    if (pos < text.size() && text[pos] == ':') ++pos;
    if (pos < text.size() && !two(pos, 59, "expected a time zone offset such as +02:00")) return at;
    if (pos < text.size()) pos += 2;
    if (pos == text.size()) return 0;
  }
  why = "unexpected text after the time of day";
  return pos;
}

// One date without '/': YYYY-MM-DD, YYYY-MM, YYYY, with unspecified digits
// (YYYX, YYXX, YYYY-XX, YYYY-MM-XX, YYYY-XX-XX), a time of day after a day,
// and a qualifier (?, ~, %) at the end. `offset` is where `text` starts in
// the caller's string, for error offsets.
constexpr Result<Date> parse_single_date(std::string_view text, std::size_t offset) noexcept {
  using R = Result<Date>;
  if (text.empty()) return R::failure(offset, "empty date");
  if (text == "..")
    return R::failure(offset,
                      "an open end ('..') is not a span of days: a contact happened between two "
                      "days; give the earliest or latest it can be");
  Qualifier q = Qualifier::none;
  switch (text.back()) {
    case '?':
      q = Qualifier::uncertain;
      break;
    case '~':
      q = Qualifier::approximate;
      break;
    case '%':
      q = Qualifier::uncertain_and_approximate;
      break;
    default:
      break;
  }
  if (q != Qualifier::none) text.remove_suffix(1);
  if (text.empty()) return R::failure(offset, "a qualifier needs a date before it");
  // The year: four digits, the last one or two of which may be X.
  if (text.size() < 4) return R::failure(offset, "expected a four-digit year");
  int x_digits = 0;
  int y = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    const char c = text[i];
    if (c == 'X' && i >= 2) {
      ++x_digits;
      continue;
    }
    if (!is_digit(c) || x_digits > 0) {
      if (c == 'X' || (is_digit(c) && x_digits > 0))
        return R::failure(offset + i,
                          "only the last one or two digits of a year may be unspecified (201X, "
                          "20XX)");
      if (i == 0 && (c == '-' || c == '+' || c == 'Y'))
        return R::failure(offset, "years before 0001 or after 9999 are not supported");
      return R::failure(offset, "expected a four-digit year");
    }
    y = y * 10 + (c - '0');
  }
  if (x_digits > 0) {
    if (text.size() > 4)
      return R::failure(offset + 4, "a year with unspecified digits cannot have a month or day");
    const int width = x_digits == 1 ? 10 : 100;
    y *= width;
    if (y == 0)
      return R::failure(offset, "the span includes the year 0000; years must be 0001 to 9999");
    return R::success(
        Date::between(Date::in_year(y), Date::in_year(y + width - 1)).with_qualifier(q));
  }
  if (y == 0) return R::failure(offset, "year must be 0001 to 9999");
  if (text.size() == 4) return R::success(Date::in_year(y).with_qualifier(q));
  if (text[4] != '-') return R::failure(offset + 4, "expected '-' after the year");
  if (text.size() >= 7 && text[5] == 'X' && text[6] == 'X') {
    if (text.size() == 7) return R::success(Date::in_year(y).with_qualifier(q));
    if (text.size() == 10 && text[7] == '-' && text[8] == 'X' && text[9] == 'X')
      return R::success(Date::in_year(y).with_qualifier(q));
    return R::failure(offset + 5,
                      "a day of an unspecified month is not one span of days: write YYYY-XX-XX "
                      "or YYYY-XX");
  }
  const int m = read_digits(text, 5, 2);
  if (m < 0) return R::failure(offset + 5, "expected a two-digit month");
  if (m >= 21 && m <= 41)
    return R::failure(offset + 5,
                      "seasons (21 to 41) are not read: which months a season spans depends on "
                      "the hemisphere and the convention; give the months as an interval "
                      "(2022-03/2022-05)");
  if (m < 1 || m > 12) return R::failure(offset + 5, "month must be 01 to 12");
  if (text.size() == 7)
    return R::success(Date::in_month(y, static_cast<unsigned>(m)).with_qualifier(q));
  if (text[7] != '-') return R::failure(offset + 7, "expected '-' after the month");
  if (text.size() >= 10 && text[8] == 'X' && text[9] == 'X') {
    if (text.size() != 10) return R::failure(offset + 10, "unexpected text after the date");
    return R::success(Date::in_month(y, static_cast<unsigned>(m)).with_qualifier(q));
  }
  const int d = read_digits(text, 8, 2);
  if (d < 0) return R::failure(offset + 8, "expected a two-digit day");
  const Date day = Date::on(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
  if (!day.ok()) return R::failure(offset + 8, "day does not exist in that month");
  if (text.size() != 10) {
    if ((text[10] != 'T' && text[10] != ' ') || text.size() == 11 || !is_digit(text[11]))
      return R::failure(offset + 10, "unexpected text after the date");
    if (q != Qualifier::none)
      return R::failure(offset + text.size(), "a qualifier goes after a date, not a time");
    std::string_view why;
    if (const std::size_t at = check_time(text, 11, why); at != 0)
      return R::failure(offset + at, why);
  }
  return R::success(day.with_qualifier(q));
}

}  // namespace detail

constexpr Result<Date> Date::parse(std::string_view text) noexcept {
  using R = Result<Date>;
  const auto slash = text.find('/');
  if (slash == std::string_view::npos) return detail::parse_single_date(text, 0);
  if (text.find('/', slash + 1) != std::string_view::npos)
    return R::failure(text.find('/', slash + 1), "more than one '/' in an interval");
  const std::string_view head = text.substr(0, slash);
  const std::string_view tail = text.substr(slash + 1);
  if (head.empty() || tail.empty() || head == ".." || tail == "..")
    return R::failure(head.empty() || head == ".." ? 0 : slash + 1,
                      "an interval with an open or unknown end ('..' or nothing) is not a span "
                      "of days: a contact happened between two days; give the earliest or "
                      "latest it can be");
  const auto from = detail::parse_single_date(head, 0);
  if (!from) return from;
  const auto to = detail::parse_single_date(tail, slash + 1);
  if (!to) return to;
  if (to->latest() < from->earliest())
    return R::failure(slash + 1, "interval ends before it starts");
  return R::success(between(*from, *to));
}

namespace detail {
// Reached only when a date literal is malformed. The build stops at the call
// of the non-constexpr function, and the compiler's notes show the literal
// (GCC) or the reason (Clang) from the calls that led here.
inline void the_date_literal_is_invalid() {}
// The number written by `count` digits at text[from]; -1 if one is not a
// digit.
constexpr int literal_digits(const char* text, std::size_t from, std::size_t count) noexcept {
  int value = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}
constexpr void invalid_date_literal(std::string_view reason) {
  if (!reason.empty()) the_date_literal_is_invalid();
}
}  // namespace detail

namespace literals {

// "2014-03"_date: a Date from ISO 8601 text, checked while compiling.
// A malformed or impossible date is a compile error.
consteval Date operator""_date(const char* text, std::size_t size) {
  // The common forms YYYY-MM-DD, YYYY-MM and YYYY without the general
  // parser: registries write thousands of literals, each a constant
  // evaluation of its own. Anything else, or anything wrong, goes to
  // Date::parse, which names the error.
  if (size == 4 || (size == 7 && text[4] == '-') ||
      (size == 10 && text[4] == '-' && text[7] == '-')) {
    const int y = detail::literal_digits(text, 0, 4);
    const int m = size == 4 ? 1 : detail::literal_digits(text, 5, 2);
    const int d = size == 10 ? detail::literal_digits(text, 8, 2) : 1;
    if (y > 0 && m > 0 && d > 0) {
      const auto um = static_cast<unsigned>(m);
      const Date date = size == 10  ? Date::on(y, um, static_cast<unsigned>(d))
                        : size == 7 ? Date::in_month(y, um)
                                    : Date::in_year(y);
      if (date.ok()) return date;
    }
  }
  const auto parsed = Date::parse({text, size});
  if (!parsed) detail::invalid_date_literal(parsed.error().what);
  return *parsed;
}

}  // namespace literals

}  // namespace hotline
