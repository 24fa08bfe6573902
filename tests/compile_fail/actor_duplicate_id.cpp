// The registry builder rejects two actors with one id.
// expect: id is used twice
// expect-gcc: actor 3 (Sergey Lavrov) field id
// expect-clang: "actor"[0]}, 3, {2, &"id"[0]}
#include "registry_fixture.hpp"

namespace fixture {
#ifdef HOTLINE_CONTROL
inline constexpr ActorId lavrov{4};
#else
inline constexpr ActorId lavrov{3};
#endif
inline constexpr Actor more_actors[] = {{obama, "Barack Obama"},
                                        {putin, "Vladimir Putin"},
                                        {kerry, "John Kerry"},
                                        {lavrov, "Sergey Lavrov"}};
inline constexpr RegistryInput input{sources, more_actors, tenures, channels, contacts, agreements};
inline constexpr Registry registry = make_registry<input>();
}  // namespace fixture
