// The registry builder rejects a silence of a length statement the data contradicts
// on derived dates, naming it.
// expect: statement is contradicted by the data on derived dates
// expect-gcc: statement 4 field verdict
// expect-clang: "statement"[0]}, 4, {7, &"verdict"[0]}
#include "registry_fixture.hpp"

namespace fixture {
#ifdef HOTLINE_CONTROL
inline constexpr int want = 4;
#else
inline constexpr int want = 9;
#endif
inline constexpr Contact two[] = {call_2014,
                                  {.id = ContactId{2},
                                   .date = "2014-07"_date,
                                   .participants = {obama, putin},
                                   .source = article}};
inline constexpr Statement said[] = {{.id = StatementId{4},
                                      .kind = StatementKind::silence_length,
                                      .selection = {.people = {obama, putin}},
                                      .length = months_said(want),
                                      .source = article}};
inline constexpr RegistryInput input{sources, actors, tenures, channels, two, agreements, said};
inline constexpr Registry registry = make_registry<input>();
}  // namespace fixture
