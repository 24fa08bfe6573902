// The registry builder rejects a contact that lists a participant twice.
// expect: lists a participant twice
// expect-gcc: contact 2 (2014-03) field participants
// expect-clang: "contact"[0]}, 2, {12, &"participants"[0]}
#include "registry_fixture.hpp"

namespace fixture {
#ifdef HOTLINE_CONTROL
inline constexpr Participants who{obama, putin, kerry};
#else
inline constexpr Participants who{obama, putin, obama};
#endif
inline constexpr Contact bad[] = {
    call_2014,
    {.id = ContactId{2}, .date = "2014-03"_date, .participants = who, .source = article}};
inline constexpr RegistryInput input{sources, actors, tenures, channels, bad, agreements};
inline constexpr Registry registry = make_registry<input>();
}  // namespace fixture
