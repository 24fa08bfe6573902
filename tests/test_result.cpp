// Result: a value, or where and why the text was wrong.
#include <hotline/result.hpp>

#include <concepts>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

#include <doctest/doctest.h>

#include <hotline/date.hpp>

using hotline::ParseError;
using hotline::Result;

namespace {

struct Point {
  int x = 0;
  int y = 0;
};

constexpr Result<int> parse_digit(char c) {
  if (c < '0' || c > '9') return Result<int>::failure(0, "expected a digit");
  return Result<int>::success(c - '0');
}

}  // namespace

static_assert(std::is_trivially_copyable_v<Result<int>>);
static_assert(std::is_trivially_copyable_v<Result<hotline::Date>>);
static_assert(std::is_trivially_copyable_v<ParseError>);
static_assert(std::equality_comparable<ParseError>);
// Only the named constructors make a Result.
static_assert(!std::is_constructible_v<Result<int>, int>);
static_assert(!std::is_convertible_v<Result<int>, bool>);  // explicit operator bool
static_assert(std::is_constructible_v<bool, Result<int>>);

TEST_CASE("a success holds its value") {
  constexpr auto seven = parse_digit('7');
  static_assert(seven.ok());
  static_assert(seven.value() == 7);
  static_assert(*seven == 7);
  const auto r = Result<int>::success(42);
  CHECK(r.ok());
  CHECK(static_cast<bool>(r));
  CHECK(r.value() == 42);
  CHECK(*r == 42);
}

TEST_CASE("a success reaches the members of its value through the arrow") {
  constexpr auto p = Result<Point>::success(Point{3, 4});
  static_assert(p->x == 3 && p->y == 4);
  const auto q = Result<Point>::success(Point{5, 6});
  CHECK(q->y == 6);
}

TEST_CASE("a success carries the empty error") {
  static_assert(parse_digit('1').error() == ParseError{});
  CHECK(Result<int>::success(1).error() == ParseError{0, {}});
}

TEST_CASE("a failure names the offset and the reason") {
  constexpr auto bad = parse_digit('x');
  static_assert(!bad.ok());
  static_assert(bad.error() == ParseError{0, "expected a digit"});
  const auto r = Result<int>::failure(12, "too long");
  CHECK_FALSE(r.ok());
  CHECK_FALSE(static_cast<bool>(r));
  CHECK(r.error().offset == 12);
  CHECK(r.error().what == "too long");
}

TEST_CASE("the value of a failure throws std::logic_error at run time") {
  const auto r = Result<int>::failure(3, "nope");
  CHECK_THROWS_AS(static_cast<void>(r.value()), std::logic_error);
  CHECK_THROWS_WITH(static_cast<void>(r.value()), "hotline::Result: value() of a failed result");
  CHECK_THROWS_AS(static_cast<void>(*r), std::logic_error);
  const auto p = Result<Point>::failure(0, "nope");
  CHECK_THROWS_AS(static_cast<void>(p->x), std::logic_error);
}

TEST_CASE("parse errors compare by offset and by the text of the reason") {
  const std::string reason = "expected a digit";
  static_assert(ParseError{1, "a"} != ParseError{2, "a"});
  static_assert(ParseError{1, "a"} != ParseError{1, "b"});
  CHECK(ParseError{4, std::string_view{reason}} == ParseError{4, "expected a digit"});
}
