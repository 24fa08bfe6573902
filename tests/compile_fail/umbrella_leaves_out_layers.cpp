// <hotline/hotline.hpp> is the vocabulary only: registries and analysis are
// opt-in layers, so that including it stays cheap. Code that uses a
// registry without <hotline/registry.hpp> does not compile.
// expect: OwnedRegistry
// expect-gcc: has not been declared
// expect-clang: no member named 'OwnedRegistry' in namespace 'hotline'
#include <hotline/hotline.hpp>
#ifdef HOTLINE_CONTROL
#include <hotline/registry.hpp>
#endif

int main() {
  auto built = hotline::OwnedRegistry::build({});
  return built.errors.empty() ? 0 : 1;
}
