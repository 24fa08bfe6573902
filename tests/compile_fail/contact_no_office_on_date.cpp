// The registry builder rejects a contact on a date when a participant held no office.
// expect: a participant held no office on that date
// expect-gcc: contact 2 (2008) field participants
// expect-clang: "contact"[0]}, 2, {12, &"participants"[0]}
#include "registry_fixture.hpp"

namespace fixture {
#ifdef HOTLINE_CONTROL
inline constexpr Date when = "2013"_date;
#else
inline constexpr Date when = "2008"_date;
#endif
inline constexpr Contact bad[] = {
    call_2014,
    {.id = ContactId{2}, .date = when, .participants = {obama, putin}, .source = article}};
inline constexpr RegistryInput input{sources, actors, tenures, channels, bad, agreements};
inline constexpr Registry registry = make_registry<input>();
}  // namespace fixture
