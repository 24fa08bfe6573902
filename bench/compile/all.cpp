// The include-cost measurement of <hotline/all.hpp>: the baseline TU plus
// the vocabulary, registries and analysis.
#include <fmt/format.h>
#include <chrono>
#include <hotline/all.hpp>

int main() {
  return static_cast<int>(std::chrono::days{1}.count()) - 1;
}
