// The outcome of reading text: a value, or where and why the text was wrong.
// A small stand-in for C++23's std::expected, usable in constant expressions.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>

namespace hotline {

// Where the text went wrong (offset of the first offending character) and
// why, in words. `what` always points to a string literal.
struct ParseError {
  std::size_t offset = 0;
  std::string_view what{};

  friend constexpr bool operator==(const ParseError&, const ParseError&) = default;
};

// A value of T, or a ParseError. Dereferencing a failed Result is a bug that
// stops a constant expression and throws std::logic_error at run time.
template <class T>
class Result {
 public:
  static constexpr Result success(T value) noexcept { return Result{std::move(value), {}, true}; }
  static constexpr Result failure(std::size_t offset, std::string_view what) noexcept {
    return Result{T{}, ParseError{offset, what}, false};
  }

  constexpr bool ok() const noexcept { return ok_; }
  constexpr explicit operator bool() const noexcept { return ok_; }
  constexpr const T& value() const {
    if (!ok_) bad_access();
    return value_;
  }
  constexpr const T& operator*() const { return value(); }
  constexpr const T* operator->() const { return &value(); }
  constexpr const ParseError& error() const noexcept { return error_; }

 private:
  constexpr Result(T value, ParseError error, bool ok) noexcept
      : value_(std::move(value)), error_(error), ok_(ok) {}
  static void bad_access();

  T value_{};
  ParseError error_{};
  bool ok_ = false;
};

}  // namespace hotline

#include <stdexcept>

template <class T>
void hotline::Result<T>::bad_access() {
  throw std::logic_error("hotline::Result: value() of a failed result");
}
