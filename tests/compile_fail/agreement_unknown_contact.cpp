// The registry builder rejects an agreement reached at a contact not in the registry.
// expect: names an unknown contact id
// expect-gcc: agreement 1 (Hotline memorandum) field reached_at
// expect-clang: "agreement"[0]}, 1, {10, &"reached_at"[0]}
#include "registry_fixture.hpp"

namespace fixture {
#ifdef HOTLINE_CONTROL
inline constexpr ContactId at{1};
#else
inline constexpr ContactId at{9};
#endif
inline constexpr Agreement bad[] = {{.id = memorandum,
                                     .name = "Hotline memorandum",
                                     .parties = {USA, SUN},
                                     .signed_on = "1963-06-20"_date,
                                     .reached_at = at,
                                     .source = article}};
inline constexpr RegistryInput input{sources, actors, tenures, channels, contacts, bad};
inline constexpr Registry registry = make_registry<input>();
}  // namespace fixture
