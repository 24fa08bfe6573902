// An ActorId cannot be passed where a ChannelId is wanted.
// expect: Id<hotline::ActorTag>
// expect: Id<hotline::ChannelTag>
// expect-gcc: could not convert
// expect-clang: no known conversion from
#include <hotline/id.hpp>

constexpr bool is_standing_line(hotline::ChannelId channel) {
  return channel.ok();
}

int main() {
#ifdef HOTLINE_CONTROL
  return is_standing_line(hotline::ChannelId{1}) ? 0 : 1;
#else
  return is_standing_line(hotline::ActorId{1}) ? 0 : 1;
#endif
}
