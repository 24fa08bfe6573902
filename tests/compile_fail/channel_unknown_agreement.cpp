// The registry builder rejects a channel established by an agreement not in the registry.
// expect: names an unknown agreement id
// expect-gcc: channel 2 (Cyber working group) field established_by
// expect-clang: "channel"[0]}, 2, {14, &"established_by"[0]}
#include "registry_fixture.hpp"

namespace fixture {
#ifdef HOTLINE_CONTROL
inline constexpr AgreementId by{1};
#else
inline constexpr AgreementId by{9};
#endif
inline constexpr Channel more_channels[] = {channels[0],
                                            {.id = ChannelId{2},
                                             .name = "Cyber working group",
                                             .established = "2017-07-07"_date,
                                             .established_by = by,
                                             .source = article}};
inline constexpr RegistryInput input{sources, actors, tenures, more_channels, contacts, agreements};
inline constexpr Registry registry = make_registry<input>();
}  // namespace fixture
