// A constant list of participants longer than its capacity (6) stops the build.
// expect: inline_vector_capacity_exceeded
// expect-clang: in call to
#include <hotline/contact.hpp>

using hotline::ActorId;

#ifdef HOTLINE_CONTROL
constexpr hotline::Participants six{ActorId{1}, ActorId{2}, ActorId{3},
                                    ActorId{4}, ActorId{5}, ActorId{6}};
#else
constexpr hotline::Participants seven{ActorId{1}, ActorId{2}, ActorId{3}, ActorId{4},
                                      ActorId{5}, ActorId{6}, ActorId{7}};
#endif

int main() {}
