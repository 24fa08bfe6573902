// A fixed-capacity vector that is a trivially copyable value: the storage for
// the participants of a contact, the parties of an agreement, the media of a
// channel. Never allocates; overflowing it is a compile error in a constant
// expression and std::length_error at run time.
#pragma once

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
  // Plain loops, not <algorithm>: this header is in every user's build, and
  // the loops cost fewer steps in constant evaluations.
  constexpr bool contains(const T& item) const noexcept {
    for (std::uint8_t i = 0; i < size_; ++i)
      if (items_[i] == item) return true;
    return false;
  }

  friend constexpr bool operator==(const InlineVector& a, const InlineVector& b) noexcept {
    if (a.size_ != b.size_) return false;
    for (std::uint8_t i = 0; i < a.size_; ++i)
      if (!(a.items_[i] == b.items_[i])) return false;
    return true;
  }
  // Lexicographic, as std::lexicographical_compare_three_way.
  friend constexpr std::compare_three_way_result_t<T> operator<=>(const InlineVector& a,
                                                                  const InlineVector& b) noexcept {
    const std::uint8_t n = a.size_ < b.size_ ? a.size_ : b.size_;
    for (std::uint8_t i = 0; i < n; ++i)
      if (auto c = a.items_[i] <=> b.items_[i]; c != 0) return c;
    return a.size_ <=> b.size_;
  }

 private:
  T items_[N]{};
  std::uint8_t size_ = 0;
};

}  // namespace hotline::detail
