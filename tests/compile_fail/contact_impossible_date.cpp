// The registry builder rejects a contact on a day that does not exist.
// expect: date is impossible or empty
// expect-gcc: contact 2 (invalid) field date
// expect-clang: "contact"[0]}, 2, {4, &"date"[0]}
#include "registry_fixture.hpp"

namespace fixture {
#ifdef HOTLINE_CONTROL
inline constexpr Date when = Date::on(2015, 2, 28);
#else
inline constexpr Date when = Date::on(2015, 2, 30);
#endif
inline constexpr Contact bad[] = {
    call_2014,
    {.id = ContactId{2}, .date = when, .participants = {obama, putin}, .source = article}};
inline constexpr RegistryInput input{sources, actors, tenures, channels, bad, agreements};
inline constexpr Registry registry = make_registry<input>();
}  // namespace fixture
