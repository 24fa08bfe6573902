// The registry builder rejects a contact citing a source that is not in the registry.
// expect: names an unknown source id
// expect-gcc: contact 2 (2014-03) field source
// expect-clang: "contact"[0]}, 2, {6, &"source"[0]}
#include "registry_fixture.hpp"

namespace fixture {
#ifdef HOTLINE_CONTROL
inline constexpr SourceId cited{1};
#else
inline constexpr SourceId cited{5};
#endif
inline constexpr Contact bad[] = {
    call_2014,
    {.id = ContactId{2}, .date = "2014-03"_date, .participants = {obama, putin}, .source = cited}};
inline constexpr RegistryInput input{sources, actors, tenures, channels, bad, agreements};
inline constexpr Registry registry = make_registry<input>();
}  // namespace fixture
