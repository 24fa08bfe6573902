// timeline_svg: the contacts of a selection as a standalone SVG timeline.
//
//   timeline_svg -o timeline.svg                        every US-Russia contact
//   timeline_svg --from 2022-01 --to 2022-12            the contacts of 2022
//   timeline_svg --actors "Antony Blinken;Sergey Lavrov"
//   timeline_svg --csv calls.csv --level leader
//   timeline_svg --csv calls.csv --title "Vanberg and Quiroga, 2021-2024" -o calls.svg
//
// What the picture shows, and how, is <hotline/timeline.hpp>'s; this program
// reads the command line and writes the picture.
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <hotline/timeline.hpp>

#include "cli.hpp"

namespace {

using namespace hotline;

constexpr std::string_view usage = R"(usage: timeline_svg [options]

Draws the contacts of a selection as a standalone SVG timeline: one lane per
level, one mark per contact as wide as its date is uncertain, agreements as
flags, silences shaded with their length. With no options: every US-Russia
(and US-USSR) contact of the built-in registry, to standard output.

Options:
)";

constexpr std::string_view own_help =
    R"(  --title TEXT          the picture's title (default: made from the selection)
  --min-gap-months N    shade silences of N months or more (default 3)
  --documented-dates    the same as --dates documented: silences from the dates as
                        the sources give them, not derived, not public record
  -o FILE               write the SVG to FILE (default: standard output)
  -h, --help            this text

Exit status: 0 when drawn, 1 when a file cannot be read or written, 2 for
bad arguments. With no --between and no --actors, the built-in registry is
drawn for USA,RUS; a file is drawn whole.
)";

struct Options {
  hotline_cli::Arguments shared;
  timeline::PictureOptions picture;
  std::string output;
  bool help = false;
};

Options parse(std::span<const std::string_view> args) {
  Options o;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (hotline_cli::parse_shared(args, i, o.shared)) continue;
    const std::string_view a = args[i];
    if (a == "-h" || a == "--help") {
      o.help = true;
    } else if (a == "--title") {
      o.picture.title = hotline_cli::value_of(args, i);
    } else if (a == "--documented-dates") {
      o.shared.dates = DateLayer::documented;
    } else if (a == "-o") {
      o.output = hotline_cli::value_of(args, i);
      if (o.output.empty()) throw hotline_cli::UsageError("-o: needs a file name");
    } else if (a == "--min-gap-months") {
      o.picture.min_gap_months =
          hotline_cli::parse_number(a, hotline_cli::value_of(args, i), 1, 1200, "months");
    } else {
      throw hotline_cli::UsageError("unknown option '" + std::string(a) + "'");
    }
  }
  // Marks on the derived dates (unless documented), silences on the exact
  // days of public record where known (refined, the default) or not.
  o.picture.use_refined_dates = o.shared.dates.value_or(DateLayer::refined) == DateLayer::refined;
  o.picture.from = o.shared.from;
  o.picture.to = o.shared.to;
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string_view> args(argv + 1, argv + argc);
  Options o;
  try {
    o = parse(args);
  } catch (const hotline_cli::UsageError& e) {
    std::cerr << "timeline_svg: " << e.what() << "\nTry 'timeline_svg --help'.\n";
    return 2;
  }
  if (o.help) {
    std::cout << usage << hotline_cli::shared_help << own_help;
    return 0;
  }
  try {
    hotline_cli::Data data = hotline_cli::load(o.shared);
    if (o.shared.dates.value_or(DateLayer::refined) != DateLayer::documented)
      data.contacts = on_layer(data.contacts, DateLayer::derived, data.dating);
    o.picture.statements = data.statements;
    if (!data.summary.empty()) std::cerr << data.summary << '\n';
    Selection s = hotline_cli::selection(o.shared, data);
    if (data.built_in && !s.between && s.people.empty())
      s.between = StatePair{countries::USA, countries::RUS};
    const std::string name = data.built_in ? "the built-in registry"
                                           : std::filesystem::path(data.source).filename().string();
    const std::string origin =
        data.built_in ? "the built-in registry (hotline::documented)" : data.source;
    const std::string svg = timeline::render_svg(timeline::picture_of(
        data.contacts, data.agreements, data.people(), s, name, origin, o.picture));
    if (o.output.empty()) {
      std::cout << svg << std::flush;
      if (!std::cout) {
        std::cerr << "timeline_svg: cannot write to standard output\n";
        return 1;
      }
      return 0;
    }
    errno = 0;
    std::ofstream file(o.output, std::ios::binary);
    if (!file) {
      const int why = errno;
      std::cerr << "timeline_svg: cannot open '" << o.output << "' for writing"
                << (std::filesystem::is_directory(o.output) ? ": a directory"
                    : why != 0 ? ": " + std::generic_category().message(why)
                               : std::string{})
                << "\n";
      return 1;
    }
    file << svg;
    file.flush();
    const int why = errno;
    file.close();
    if (!file) {
      std::cerr << "timeline_svg: cannot write '" << o.output << "'"
                << (why != 0 ? ": " + std::generic_category().message(why) : std::string{}) << "\n";
      return 1;
    }
  } catch (const hotline_cli::UsageError& e) {
    std::cerr << "timeline_svg: " << e.what() << "\nTry 'timeline_svg --help'.\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "timeline_svg: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
