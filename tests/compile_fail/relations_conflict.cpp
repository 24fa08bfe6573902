// The registry builder rejects relations that contradict the dates they
// bind, naming two of the constraints in conflict.
// expect: contradicts the dates and relations it is bound with
// expect-gcc: relation 1
// expect-clang: "relation"[0]}, 1
#include "registry_fixture.hpp"

namespace fixture {
#ifdef HOTLINE_CONTROL
inline constexpr DayRange after = said::following_day;
#else
inline constexpr DayRange after{std::chrono::days{40}, std::chrono::days{40}};
#endif
inline constexpr Contact two[] = {call_2014,
                                  {.id = ContactId{2},
                                   .date = "2014-03"_date,
                                   .participants = {obama, putin},
                                   .source = article}};
inline constexpr Relation relations[] = {{.id = RelationId{1},
                                          .from = ContactId{1},
                                          .to = ContactId{2},
                                          .days = after,
                                          .source = article}};
inline constexpr RegistryInput input{sources, actors,     tenures, channels,
                                     two,     agreements, {},      relations};
inline constexpr Registry registry = make_registry<input>();
}  // namespace fixture
