// Pushing past the capacity of an InlineVector in a constant expression stops
// the build.
// expect: inline_vector_capacity_exceeded
// expect: push_back
#include <hotline/detail/inline_vector.hpp>

constexpr hotline::detail::InlineVector<int, 6> filled(int count) {
  hotline::detail::InlineVector<int, 6> v;
  for (int i = 0; i < count; ++i) v.push_back(i);
  return v;
}

#ifdef HOTLINE_CONTROL
static_assert(filled(6).size() == 6);
#else
static_assert(filled(7).size() == 7);
#endif

int main() {}
