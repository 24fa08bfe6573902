// The registry builder rejects a within statement the data contradicts
// on derived dates, naming it.
// expect: statement is contradicted by the data on derived dates
// expect-gcc: statement 4 field verdict
// expect-clang: "statement"[0]}, 4, {7, &"verdict"[0]}
#include "registry_fixture.hpp"

namespace fixture {
#ifdef HOTLINE_CONTROL
inline constexpr std::size_t want = 1;
#else
inline constexpr std::size_t want = 3;
#endif
inline constexpr Statement said[] = {{.id = StatementId{4},
                                      .kind = StatementKind::within,
                                      .selection = {.people = {obama, putin}},
                                      .count = {want, want},
                                      .within = std::chrono::days{3},
                                      .source = article}};
inline constexpr RegistryInput input{sources,  actors,     tenures, channels,
                                     contacts, agreements, said};
inline constexpr Registry registry = make_registry<input>();
}  // namespace fixture
