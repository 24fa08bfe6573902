// gap_report: how often, and how far apart, the sides spoke.
//
//   gap_report                       the built-in registry, by level and pair of people
//   gap_report --between USA,RUS --level leader --as-of 2022-10-25
//   gap_report --events 20240819130000.export.CSV --format json
//   gap_report --csv calls.csv --actors "Ilse Vanberg;Tomás Quiroga" --lenient
//
// Every length is a range of days (the fewest and the most that the dates
// allow), because the sources give dates as precise as they know them. The
// figures are hotline::make_report's; this program reads the command line
// and prints.
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include <hotline/io/json.hpp>
#include <hotline/report.hpp>

#include "cli.hpp"

namespace {

using namespace hotline;

struct Options {
  hotline_cli::Arguments shared;
  ReportOptions report;
  bool json = false;
};

constexpr std::string_view usage = R"(usage: gap_report [options]

With no options: every contact of the built-in registry, by level and pair of
people, and the statements the registry carries, checked.

Options:
)";

constexpr std::string_view own_help =
    R"(  --as-of YYYY-MM-DD    also report the silence on that day
  --burst K/D           a burst is K contacts within D days (default 2/3)
  --format text|json    text (default) or one JSON object for the selection
  --help                this text
)";

Options parse(std::span<const std::string_view> args) {
  using hotline_cli::UsageError;
  Options o;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (hotline_cli::parse_shared(args, i, o.shared)) continue;
    const std::string_view a = args[i];
    if (a == "--help" || a == "-h") {
      std::cout << usage << hotline_cli::shared_help << own_help;
      std::exit(0);
    } else if (a == "--as-of") {
      o.report.as_of = hotline_cli::parse_day(a, hotline_cli::value_of(args, i));
    } else if (a == "--format") {
      const auto v = hotline_cli::value_of(args, i);
      if (v != "text" && v != "json")
        throw UsageError("--format: expected text or json, not '" + std::string(v) + "'");
      o.json = v == "json";
    } else if (a == "--burst") {
      const auto v = hotline_cli::value_of(args, i);
      const auto slash = v.find('/');
      if (slash == std::string_view::npos)
        throw UsageError(
            "--burst: expected K/D with K >= 2 contacts and D >= 1 days (such as 3/4), not '" +
            std::string(v) + "'");
      try {
        o.report.burst_count = static_cast<std::size_t>(
            hotline_cli::parse_number(a, v.substr(0, slash), 2, 1'000'000));
        o.report.burst_within =
            std::chrono::days{hotline_cli::parse_number(a, v.substr(slash + 1), 1, 1'000'000)};
      } catch (const UsageError&) {
        throw UsageError(
            "--burst: expected K/D with K >= 2 contacts and D >= 1 days (such as 3/4), not '" +
            std::string(v) + "'");
      }
    } else {
      throw UsageError("unknown option '" + std::string(a) + "' (see --help)");
    }
  }
  o.report.from = o.shared.from;
  o.report.to = o.shared.to;
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string_view> args(argv + 1, argv + argc);
  try {
    const Options o = parse(args);
    const hotline_cli::Data data = hotline_cli::load(o.shared);
    if (!data.summary.empty()) std::cerr << data.summary << '\n';
    const Selection s = hotline_cli::selection(o.shared, data);
    std::vector<Contact> kept;
    for (const Contact& c : data.contacts)
      if (s(c)) kept.push_back(c);
    // The statements the data carries are about the whole of it: they are
    // checked when the report is too.
    const bool whole = s.empty();
    const Names names{data.people(), data.channels};
    Report r = make_report(kept, o.report, names, to_words(s, names) + " in " + data.source,
                           whole && !o.json ? data.statements : std::span<const Statement>{},
                           data.contacts);
    r.notes = data.notes;
    std::cout << (o.json ? io::to_json(r) + "\n" : to_text(r));
  } catch (const hotline_cli::UsageError& e) {
    std::cerr << "gap_report: " << e.what() << '\n';
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "gap_report: " << e.what() << '\n';
    return 1;
  }
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "gap_report: cannot write to standard output\n";
    return 1;
  }
  return 0;
}
