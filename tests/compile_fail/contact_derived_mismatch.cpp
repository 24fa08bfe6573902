// The registry builder rejects a contact whose given level is not what the offices held make it.
// expect: states or level given do not match the offices held
// expect-gcc: contact 2 (2014-03) field states
// expect-clang: "contact"[0]}, 2, {6, &"states"[0]}
#include "registry_fixture.hpp"

namespace fixture {
#ifdef HOTLINE_CONTROL
inline constexpr Level given = Level::leader;
#else
inline constexpr Level given = Level::ambassador;
#endif
inline constexpr Contact bad[] = {call_2014,
                                  {.id = ContactId{2},
                                   .date = "2014-03"_date,
                                   .participants = {obama, putin},
                                   .level = given,
                                   .source = article}};
inline constexpr RegistryInput input{sources, actors, tenures, channels, bad, agreements};
inline constexpr Registry registry = make_registry<input>();
}  // namespace fixture
