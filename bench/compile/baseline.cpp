// Baseline for the include-cost measurement: what a typical user TU already has.
#include <fmt/format.h>
#include <chrono>

int main() {
  return static_cast<int>(std::chrono::days{1}.count()) - 1;
}
