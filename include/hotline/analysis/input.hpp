// What the analysis functions take and share: ranges of dated things
// (contacts, compact events, plain Dates), a projection that reads each
// one's Date, the order some of them require, and the small result types
// common to several of them.
//
// Imprecise dates. A Date is the interval of days known to hold an event. A
// *reading* of a range puts each event on one day of its Date. Results that
// depend on the days are intervals over all readings, or name which of two
// things they are: "certain" (true in every reading) or "possible" (true in
// at least one). Each function says which, and whether its bounds are tight.
#pragma once

#include <algorithm>
#include <bit>
#include <chrono>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <ranges>
#include <stdexcept>
#include <type_traits>
#include <vector>

#include <hotline/contact.hpp>
#include <hotline/date.hpp>

namespace hotline {

// The default projection: the `date` member of a contact or event, or a Date
// itself.
struct DateOf {
  constexpr Date operator()(const Date& d) const noexcept { return d; }
  template <class T>
  requires requires(const T& x) {
    { x.date } -> std::convertible_to<Date>;
  }
  constexpr Date operator()(const T& x) const noexcept { return x.date; }
};
inline constexpr DateOf date_of{};

// A projection to the more exact date of public record where an entry has
// one (its `refined` date), and to the documented date otherwise. Refined
// dates may be in another order than documented ones: sort by this
// projection before analyses that need sorted input (see sorted_by_date).
struct RefinedDateOf {
  template <class T>
  requires requires(const T& x) {
    { x.date } -> std::convertible_to<Date>;
    { x.refined->date } -> std::convertible_to<Date>;
    static_cast<bool>(x.refined);
  }
  constexpr Date operator()(const T& x) const noexcept {
    return x.refined ? Date{x.refined->date} : Date{x.date};
  }
};
inline constexpr RefinedDateOf refined_date_of{};

// A projection that gives a Date for each element of a range.
template <class P, class T>
concept date_projection = std::regular_invocable<const P&, T> &&
    std::convertible_to<std::invoke_result_t<const P&, T>, Date>;

// A range whose elements have a Date through the projection P.
template <class R, class P>
concept dated_range =
    std::ranges::input_range<R> && date_projection<P, std::ranges::range_reference_t<R>>;

// Which of two questions a result answers about imprecise dates: what holds
// in every reading (certain), or in at least one (possible).
enum class Certainty : std::uint8_t { certain, possible };

namespace detail {

// std::invoke for one argument, without <functional> (which costs every
// includer a tenth of a second): a function object, or a pointer to a member
// (`&Contact::date` as a projection).
// (Overloads rather than `if constexpr`: each statement is a step of a
// constant evaluation, and this runs once per contact.)
template <class F, class T>
requires(!std::is_member_pointer_v<F>) constexpr decltype(auto) invoke(const F& f, T&& x) {
  return f(std::forward<T>(x));
}
template <class F, class T>
requires std::is_member_object_pointer_v<F>
constexpr decltype(auto) invoke(const F& f, T&& x) {
  return (std::forward<T>(x).*f);
}
template <class F, class T>
requires std::is_member_function_pointer_v<F>
constexpr decltype(auto) invoke(const F& f, T&& x) {
  return (std::forward<T>(x).*f)();
}

// Reached only when a precondition of an analysis function is broken. Not
// constexpr: a constant expression that reaches one stops the build with its
// name in the message; at run time they throw std::invalid_argument.
[[noreturn]] inline void analysis_input_is_not_sorted_by_date() {
  throw std::invalid_argument(
      "hotline analysis: the input is not sorted by date (by earliest day), as this function "
      "requires");
}
[[noreturn]] inline void analysis_input_has_a_date_that_is_not_ok() {
  throw std::invalid_argument("hotline analysis: the input has a date that is not ok()");
}
[[noreturn]] inline void analysis_argument_is_invalid(const char* what) {
  throw std::invalid_argument(what);
}

// The inner loops work on day numbers (days since 1970-01-01, as
// sys_days counts them) rather than on chrono time points: comparing two
// integers is one step of a constant evaluation, comparing two time points
// several, and the compilers' step limits bound how many contacts a
// static_assert can read.
using DayNumber = std::chrono::days::rep;

inline constexpr DayNumber first_day_number = Date::min_day.time_since_epoch().count();
inline constexpr DayNumber last_day_number = Date::max_day.time_since_epoch().count();

constexpr DayNumber day_number(std::chrono::sys_days d) noexcept {
  return d.time_since_epoch().count();
}
constexpr std::chrono::sys_days to_sys_days(DayNumber n) noexcept {
  return std::chrono::sys_days{std::chrono::days{n}};
}

// A Date as its first and last day numbers (as Date keeps them, in 32
// bits), and its qualifiers, which the analyses do not read.
struct DaySpan {
  std::int32_t first;
  std::int32_t last;
  std::uint8_t qualifiers;
};

// std::bit_cast, without the call (a step of its own) where the compiler
// offers the builtin that implements it.
#if defined(__has_builtin)
#if __has_builtin(__builtin_bit_cast)
#define HOTLINE_DETAIL_BIT_CAST(To, from) __builtin_bit_cast(To, from)
#endif
#endif
#ifndef HOTLINE_DETAIL_BIT_CAST
#define HOTLINE_DETAIL_BIT_CAST(To, from) std::bit_cast<To>(from)
#endif

// A Date holds exactly its first and last day, as two 32-bit day numbers
// in that order, and its qualifiers, so its two day numbers are read in one
// step (the accessors cost a
// constant evaluation a dozen steps per date). The static_asserts below stop
// the build if Date's layout ever changes.
constexpr DaySpan day_span(const Date& d) noexcept {
  return HOTLINE_DETAIL_BIT_CAST(DaySpan, d);
}

static_assert(sizeof(Date) == sizeof(DaySpan) && std::is_trivially_copyable_v<Date>);
static_assert(day_span(Date::interval(std::chrono::sys_days{std::chrono::days{-3}},
                                      std::chrono::sys_days{std::chrono::days{5}}))
                      .first == -3 &&
              day_span(Date::interval(std::chrono::sys_days{std::chrono::days{-3}},
                                      std::chrono::sys_days{std::chrono::days{5}}))
                      .last == 5);

// The day numbers of an element's date: as day_span(invoke(proj, x)), and
// with no call of the projection for the default one.
template <class P, class T>
constexpr DaySpan span_of(const P& proj, const T& x) {
  return day_span(detail::invoke(proj, x));
}
template <class T>
requires std::same_as<decltype((std::declval<const T&>().date)), const Date&>
constexpr DaySpan span_of(const DateOf&, const T& x) noexcept {
  return HOTLINE_DETAIL_BIT_CAST(DaySpan, x.date);
}
constexpr DaySpan span_of(const DateOf&, const Date& d) noexcept {
  return HOTLINE_DETAIL_BIT_CAST(DaySpan, d);
}
// Date::ok(), on day numbers.
constexpr bool ok(DaySpan s) noexcept {
  return s.first <= s.last && first_day_number <= s.first && s.last <= last_day_number;
}

// The date of one element, checked to be ok().
template <class P, class T>
constexpr DaySpan checked_span(const P& proj, const T& x) {
  const DaySpan s = span_of(proj, x);
  if (!ok(s)) analysis_input_has_a_date_that_is_not_ok();
  return s;
}
template <class P, class T>
constexpr Date checked_date(const P& proj, T&& x) {
  const Date d = detail::invoke(proj, std::forward<T>(x));
  if (!d.ok()) analysis_input_has_a_date_that_is_not_ok();
  return d;
}

// Checks, element by element, that dates come in the order sorted analyses
// require: ok(), and earliest days never decreasing. Sorting by Date (as
// Registry does, and std::sort with Date's operator<) gives that order.
class SortedDates {
 public:
  constexpr void check(DaySpan s) {
    // (ok(s), written out: this runs once per contact.)
    if (s.first < last_ || s.last < s.first || s.first < first_day_number ||
        s.last > last_day_number) {
      if (!ok(s)) analysis_input_has_a_date_that_is_not_ok();
      analysis_input_is_not_sorted_by_date();
    }
    last_ = s.first;
  }

 private:
  DayNumber last_ = first_day_number;
};

// The index of the calendar month (or year) of a day, counted from `origin`:
// month_of(d) - month_of(origin). Remembers the last month it found, so
// that days in the same month as the one before (as in a sorted range) need
// no calendar conversion.
template <class Period>
class PeriodIndex {
 public:
  constexpr explicit PeriodIndex(Period origin) noexcept : origin_(origin) {}

  constexpr long long operator()(DayNumber d) {
    if (d < first_ || d > last_) find(d);
    return index_;
  }

 private:
  constexpr void find(DayNumber d) {
    const std::chrono::year_month_day x{to_sys_days(d)};
    if constexpr (std::is_same_v<Period, std::chrono::year_month>) {
      const std::chrono::year_month m = x.year() / x.month();
      index_ = (m - origin_).count();
      first_ = day_number(std::chrono::sys_days{m / 1});
      last_ = day_number(std::chrono::sys_days{m / std::chrono::last});
    } else {
      index_ = (x.year() - origin_).count();
      first_ = day_number(std::chrono::sys_days{x.year() / 1 / 1});
      last_ = day_number(std::chrono::sys_days{x.year() / 12 / 31});
    }
  }

  Period origin_;
  long long index_ = 0;
  DayNumber first_ = 1;  // an empty span: the first call finds its period
  DayNumber last_ = 0;
};

}  // namespace detail

// A copy of the elements of `r`, sorted by the dates `proj` gives (Date's
// order: earliest day, then latest), equal dates kept in their order in `r`.
// For analyses by a projection whose order differs from the range's own,
// such as refined_date_of over a registry. O(n log n); allocates the result
// (and, for the sort, n indices).
template <std::ranges::input_range R, class Proj = DateOf>
requires dated_range<R, Proj>
constexpr std::vector<std::ranges::range_value_t<R>> sorted_by_date(R&& r, Proj proj = {}) {
  using T = std::ranges::range_value_t<R>;
  std::vector<T> items;
  for (auto&& x : r) items.push_back(x);
  std::vector<std::size_t> order;  // not order(n): Clang 14 cannot value-initialize it constexpr
  order.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) order.push_back(i);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Date da = detail::invoke(proj, items[a]);
    const Date db = detail::invoke(proj, items[b]);
    if (da != db) return da < db;
    return a < b;
  });
  std::vector<T> sorted;
  sorted.reserve(items.size());
  for (std::size_t i : order) sorted.push_back(items[i]);
  return sorted;
}

}  // namespace hotline
