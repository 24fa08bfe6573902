// The registry builder rejects a tenure that ends before it starts.
// expect: ends before it starts
// expect-gcc: tenure 3 (Secretary of State) field end
// expect-clang: "tenure"[0]}, 3, {3, &"end"[0]}
#include "registry_fixture.hpp"

namespace fixture {
#ifdef HOTLINE_CONTROL
inline constexpr Date end = "2017-01-20"_date;
#else
inline constexpr Date end = "2012-01-20"_date;
#endif
inline constexpr Tenure bad[] = {
    tenures[0],
    tenures[1],
    {kerry, {Role::foreign_minister, USA}, "Secretary of State", "2013-02-01"_date, end}};
inline constexpr RegistryInput input{sources, actors, bad, channels, contacts, agreements};
inline constexpr Registry registry = make_registry<input>();
}  // namespace fixture
