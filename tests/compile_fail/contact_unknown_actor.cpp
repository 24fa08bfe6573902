// The registry builder rejects a participant who is not in the registry.
// expect: names an unknown actor id
// expect-gcc: contact 2 (2014-03) field participants
// expect-clang: "contact"[0]}, 2, {12, &"participants"[0]}
#include "registry_fixture.hpp"

namespace fixture {
#ifdef HOTLINE_CONTROL
inline constexpr ActorId other{2};
#else
inline constexpr ActorId other{99};
#endif
inline constexpr Contact bad[] = {call_2014,
                                  {.id = ContactId{2},
                                   .date = "2014-03"_date,
                                   .participants = {obama, other},
                                   .source = article}};
inline constexpr RegistryInput input{sources, actors, tenures, channels, bad, agreements};
inline constexpr Registry registry = make_registry<input>();
}  // namespace fixture
