// A lookup by a name the registry does not hold is a compile error in a
// constant expression, and the compiler names the lookup.
// expect: registry_lookup_failed
// expect: Barak Obama
#include <hotline/documented.hpp>

#ifdef HOTLINE_CONTROL
static_assert(hotline::documented.actor("Barack Obama").id == hotline::people::barack_obama);
#else
static_assert(hotline::documented.actor("Barak Obama").id == hotline::people::barack_obama);
#endif
