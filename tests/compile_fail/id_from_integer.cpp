// An Id is not built implicitly from an integer.
// expect: hotline::ActorId
// expect: unsigned int
// expect-gcc: could not convert
// expect-clang: no known conversion from
#include <hotline/id.hpp>

constexpr bool is_known(hotline::ActorId actor) {
  return actor.ok();
}

int main() {
#ifdef HOTLINE_CONTROL
  return is_known(hotline::ActorId{7u}) ? 0 : 1;
#else
  return is_known(7u) ? 0 : 1;
#endif
}
