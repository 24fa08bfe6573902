// The registry builder rejects two contacts with one id.
// expect: id is used twice
// expect-gcc: contact 1 (2014-03) field id
// expect-clang: "contact"[0]}, 1, {2, &"id"[0]}
#include "registry_fixture.hpp"

namespace fixture {
#ifdef HOTLINE_CONTROL
inline constexpr ContactId second{2};
#else
inline constexpr ContactId second{1};
#endif
inline constexpr Contact bad[] = {
    call_2014,
    {.id = second, .date = "2015-06"_date, .participants = {obama, putin}, .source = article}};
inline constexpr RegistryInput input{sources, actors, tenures, channels, bad, agreements};
inline constexpr Registry registry = make_registry<input>();
}  // namespace fixture
