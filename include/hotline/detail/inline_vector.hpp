// A fixed-capacity vector that is a trivially copyable value: the storage for
// the participants of a contact, the parties of an agreement, the media of a
// channel. Never allocates; overflowing it is a compile error in a constant
// expression and std::length_error at run time.
#pragma once

#include <algorithm>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <span>
#include <stdexcept>

namespace hotline::detail {

// Called only when a capacity is exceeded; not constexpr, so a constant
// expression that reaches it stops the build with this name in the message.
inline void inline_vector_capacity_exceeded() {
  throw std::length_error("hotline: too many elements");
}

template <class T, std::size_t N>
class InlineVector {
  static_assert(N > 0 && N < 256, "capacity must fit in one byte");

 public:
  using value_type = T;
  using const_iterator = const T*;

  constexpr InlineVector() = default;
  constexpr InlineVector(std::initializer_list<T> items) {
    for (const T& item : items) push_back(item);
  }

  constexpr void push_back(const T& item) {
    if (size_ == N) inline_vector_capacity_exceeded();
    items_[size_++] = item;
  }

  static constexpr std::size_t capacity() noexcept { return N; }
  constexpr std::size_t size() const noexcept { return size_; }
  constexpr bool empty() const noexcept { return size_ == 0; }
  constexpr const T* begin() const noexcept { return items_; }
  constexpr const T* end() const noexcept { return items_ + size_; }
  constexpr const T& operator[](std::size_t i) const noexcept { return items_[i]; }
  constexpr std::span<const T> span() const noexcept { return {items_, size_}; }
  constexpr bool contains(const T& item) const noexcept {
    return std::find(begin(), end(), item) != end();
  }

  friend constexpr bool operator==(const InlineVector& a, const InlineVector& b) noexcept {
    return std::equal(a.begin(), a.end(), b.begin(), b.end());
  }
  friend constexpr auto operator<=>(const InlineVector& a, const InlineVector& b) noexcept {
    return std::lexicographical_compare_three_way(a.begin(), a.end(), b.begin(), b.end());
  }

 private:
  T items_[N]{};
  std::uint8_t size_ = 0;
};

}  // namespace hotline::detail
