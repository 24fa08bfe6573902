// The registry builder rejects an agreement in force before it was signed.
// expect: agreement in force before it was signed
// expect-gcc: agreement 2 (Syria cessation of hostilities) field in_force
// expect-clang: "agreement"[0]}, 2, {8, &"in_force"[0]}
#include "registry_fixture.hpp"

namespace fixture {
#ifdef HOTLINE_CONTROL
inline constexpr Date in_force = "2016-02-27"_date;
#else
inline constexpr Date in_force = "2016-02-20"_date;
#endif
inline constexpr Agreement bad[] = {agreements[0],
                                    {.id = AgreementId{2},
                                     .name = "Syria cessation of hostilities",
                                     .kind = AgreementKind::ceasefire,
                                     .parties = {USA, RUS},
                                     .signed_on = "2016-02-22"_date,
                                     .in_force = in_force,
                                     .source = article}};
inline constexpr RegistryInput input{sources, actors, tenures, channels, contacts, bad};
inline constexpr Registry registry = make_registry<input>();
}  // namespace fixture
