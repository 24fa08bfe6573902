// The registry builder rejects an actor without a name.
// expect: name is empty
// expect-gcc: actor 4 field name
// expect-clang: "actor"[0]}, 4, {4, &"name"[0]}
#include "registry_fixture.hpp"

namespace fixture {
#ifdef HOTLINE_CONTROL
inline constexpr std::string_view name = "Sergey Lavrov";
#else
inline constexpr std::string_view name = "";
#endif
inline constexpr Actor more_actors[] = {
    {obama, "Barack Obama"}, {putin, "Vladimir Putin"}, {kerry, "John Kerry"}, {ActorId{4}, name}};
inline constexpr RegistryInput input{sources, more_actors, tenures, channels, contacts, agreements};
inline constexpr Registry registry = make_registry<input>();
}  // namespace fixture
