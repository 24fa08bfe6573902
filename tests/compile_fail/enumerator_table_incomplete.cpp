// A table of names that leaves out an enumerator stops the build: the
// static_assert beside the table checks that it covers the enumeration.
// expect: table_covers_enumeration<Shade>
#include <hotline/enumerators.hpp>

enum class Shade : unsigned char { light, dark, unknown };

template <>
struct hotline::EnumeratorTable<Shade> {
  static constexpr std::string_view kind = "shade";
  static constexpr hotline::Enumerator<Shade> items[] = {
      {Shade::light, "light", "light"},
      {Shade::dark, "dark", "dark"},
#ifdef HOTLINE_CONTROL
      {Shade::unknown, "unknown", "unknown shade"},
#endif
  };
};
static_assert(hotline::detail::table_covers_enumeration<Shade>());

int main() {
  return hotline::to_words(Shade::dark) == "dark" ? 0 : 1;
}
