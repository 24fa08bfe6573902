// The include-cost measurement: the baseline TU plus the umbrella header,
// <hotline/hotline.hpp> (the vocabulary).
#include <fmt/format.h>
#include <chrono>
#include <hotline/hotline.hpp>

int main() {
  return static_cast<int>(std::chrono::days{1}.count()) - 1;
}
