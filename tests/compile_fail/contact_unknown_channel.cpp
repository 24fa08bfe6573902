// The registry builder rejects a contact on a channel that is not in the registry.
// expect: names an unknown channel id
// expect-gcc: contact 2 (2014-03) field channel
// expect-clang: "contact"[0]}, 2, {7, &"channel"[0]}
#include "registry_fixture.hpp"

namespace fixture {
#ifdef HOTLINE_CONTROL
inline constexpr ChannelId line{1};
#else
inline constexpr ChannelId line{7};
#endif
inline constexpr Contact bad[] = {call_2014,
                                  {.id = ContactId{2},
                                   .date = "2014-03"_date,
                                   .participants = {obama, putin},
                                   .channel = line,
                                   .medium = Medium::telephone,
                                   .source = article}};
inline constexpr RegistryInput input{sources, actors, tenures, channels, bad, agreements};
inline constexpr Registry registry = make_registry<input>();
}  // namespace fixture
