// The registry builder rejects a refinement outside the documented date.
// expect: refined date lies outside the documented date
// expect-gcc: contact 2 (2014-03) field refined
// expect-clang: "contact"[0]}, 2, {7, &"refined"[0]}
#include "registry_fixture.hpp"

namespace fixture {
#ifdef HOTLINE_CONTROL
inline constexpr Date exact = "2014-03-06"_date;
#else
inline constexpr Date exact = "2014-04-06"_date;
#endif
inline constexpr Contact bad[] = {call_2014,
                                  {.id = ContactId{2},
                                   .date = "2014-03"_date,
                                   .participants = {obama, putin},
                                   .source = article,
                                   .refined = Refinement{exact, "readout"}}};
inline constexpr RegistryInput input{sources, actors, tenures, channels, bad, agreements};
inline constexpr Registry registry = make_registry<input>();
}  // namespace fixture
