// The registry builder rejects use of a channel before it existed.
// expect: channel used before it was established
// expect-gcc: contact 2 (1962) field channel
// expect-clang: "contact"[0]}, 2, {7, &"channel"[0]}
#include "registry_fixture.hpp"

namespace fixture {
inline constexpr Actor old_actors[] = {{ActorId{1}, "John F. Kennedy"},
                                       {ActorId{2}, "Nikita Khrushchev"}};
inline constexpr Tenure old_tenures[] = {
    {ActorId{1}, {Role::head_of_state, USA}, "President", "1961-01-20"_date, "1963-11-22"_date},
    {ActorId{2}, {Role::head_of_government, SUN}, "Premier", "1958-03-27"_date, "1964-10-14"_date}};
#ifdef HOTLINE_CONTROL
inline constexpr Date when = "1963-09"_date;
#else
inline constexpr Date when = "1962"_date;
#endif
inline constexpr Contact bad[] = {{.id = ContactId{2},
                                   .date = when,
                                   .participants = {ActorId{1}, ActorId{2}},
                                   .channel = hotline_channel,
                                   .medium = Medium::teletype,
                                   .source = article}};
inline constexpr RegistryInput input{sources, old_actors, old_tenures, channels, bad, agreements};
inline constexpr Registry registry = make_registry<input>();
}  // namespace fixture
