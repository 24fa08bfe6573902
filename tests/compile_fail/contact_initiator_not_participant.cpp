// The registry builder rejects a contact whose initiator did not take part.
// expect: initiator did not take part
// expect-gcc: contact 2 (2014-03) field initiator
// expect-clang: "contact"[0]}, 2, {9, &"initiator"[0]}
#include "registry_fixture.hpp"

namespace fixture {
#ifdef HOTLINE_CONTROL
inline constexpr ActorId initiator = obama;
#else
inline constexpr ActorId initiator = kerry;
#endif
inline constexpr Contact bad[] = {call_2014,
                                  {.id = ContactId{2},
                                   .date = "2014-03"_date,
                                   .participants = {obama, putin},
                                   .medium = Medium::telephone,
                                   .initiator = initiator,
                                   .source = article}};
inline constexpr RegistryInput input{sources, actors, tenures, channels, bad, agreements};
inline constexpr Registry registry = make_registry<input>();
}  // namespace fixture
