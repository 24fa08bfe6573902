// The registry builder rejects a count statement the data contradicts
// on derived dates, naming it.
// expect: statement is contradicted by the data on derived dates
// expect-gcc: statement 4 field verdict
// expect-clang: "statement"[0]}, 4, {7, &"verdict"[0]}
#include "registry_fixture.hpp"

namespace fixture {
#ifdef HOTLINE_CONTROL
inline constexpr std::size_t want = 1;
#else
inline constexpr std::size_t want = 2;
#endif
inline constexpr Statement said[] = {{.id = StatementId{4},
                                      .kind = StatementKind::count,
                                      .selection = {.people = {obama, putin}},
                                      .period = "2014"_date,
                                      .count = {want, want},
                                      .source = article}};
inline constexpr RegistryInput input{sources,  actors,     tenures, channels,
                                     contacts, agreements, said};
inline constexpr Registry registry = make_registry<input>();
}  // namespace fixture
