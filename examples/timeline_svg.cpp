// timeline_svg: the contacts of a selection as a standalone SVG timeline.
//
//   timeline_svg -o timeline.svg                        every US-Russia contact
//   timeline_svg --from 2022-01 --to 2022-12            the contacts of 2022
//   timeline_svg --actors "Antony Blinken;Sergey Lavrov"
//   timeline_svg --csv calls.csv --level leader
//
// See examples/timeline_svg.hpp for what the picture shows and how.
#include <iostream>
#include <string_view>
#include <vector>

#include "timeline_svg.hpp"

int main(int argc, char** argv) {
  const std::vector<std::string_view> args(argv + 1, argv + argc);
  return hotline::timeline::run(args, std::cout, std::cerr);
}
