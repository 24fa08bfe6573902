// The registry builder rejects a contact over a medium its channel did not carry.
// expect: channel did not carry that medium on that date
// expect-gcc: contact 2 (2014-03) field medium
// expect-clang: "contact"[0]}, 2, {6, &"medium"[0]}
#include "registry_fixture.hpp"

namespace fixture {
#ifdef HOTLINE_CONTROL
inline constexpr Medium medium = Medium::telephone;
#else
inline constexpr Medium medium = Medium::video;
#endif
inline constexpr Contact bad[] = {call_2014,
                                  {.id = ContactId{2},
                                   .date = "2014-03"_date,
                                   .participants = {obama, putin},
                                   .channel = hotline_channel,
                                   .medium = medium,
                                   .source = article}};
inline constexpr RegistryInput input{sources, actors, tenures, channels, bad, agreements};
inline constexpr Registry registry = make_registry<input>();
}  // namespace fixture
