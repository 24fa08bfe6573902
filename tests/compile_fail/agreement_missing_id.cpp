// The registry builder rejects an entry without an id.
// expect: id is missing (0)
// expect-gcc: agreement 0 (Cessation of hostilities) field id
// expect-clang: "agreement"[0]}, 0, {2, &"id"[0]}
#include "registry_fixture.hpp"

namespace fixture {
#ifdef HOTLINE_CONTROL
inline constexpr AgreementId id{2};
#else
inline constexpr AgreementId id{};
#endif
inline constexpr Agreement bad[] = {
    agreements[0],
    {.id = id, .name = "Cessation of hostilities", .parties = {USA, RUS}, .source = article}};
inline constexpr RegistryInput input{sources, actors, tenures, channels, contacts, bad};
inline constexpr Registry registry = make_registry<input>();
}  // namespace fixture
