// The registry builder rejects a first statement the data contradicts
// on derived dates, naming it.
// expect: statement is contradicted by the data on derived dates
// expect-gcc: statement 4 field verdict
// expect-clang: "statement"[0]}, 4, {7, &"verdict"[0]}
#include "registry_fixture.hpp"

namespace fixture {
#ifdef HOTLINE_CONTROL
inline constexpr auto want = "2014"_date;
#else
inline constexpr auto want = "2013"_date;
#endif
inline constexpr Statement said[] = {{.id = StatementId{4},
                                      .kind = StatementKind::first,
                                      .selection = {.people = {obama, putin}},
                                      .period = want,
                                      .source = article}};
inline constexpr RegistryInput input{sources,  actors,     tenures, channels,
                                     contacts, agreements, said};
inline constexpr Registry registry = make_registry<input>();
}  // namespace fixture
