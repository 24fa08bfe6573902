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
  std::string summaries_out;  // --summaries-out FILE
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
  --summaries-out FILE  with --events: write the files' summaries to FILE (the
                        format of docs/scale.md, the question fixed in it)
                        instead of the report
  --merge FILE...       the report from summaries files (or, with
                        --summaries-out, their summaries as one file): the
                        report over all their event files at once. The
                        question (selection, --as-of, --burst) is theirs
  --help                this text
)";

// ---- summaries: --summaries-out FILE, --merge FILE... (docs/scale.md) ----

// The question the options ask, as summaries fix it.
io::SummariesQuestion question_of(const Options& o) {
  io::SummariesQuestion q;
  q.between = o.shared.between;
  q.actors = o.shared.people;
  q.level = o.shared.level;
  q.medium = o.shared.medium;
  q.from = o.shared.from;
  q.to = o.shared.to;
  q.as_of = o.report.as_of;
  q.burst_count = o.report.burst_count;
  q.burst_within_days = o.report.burst_within.count();
  return q;
}

// The options of a question read from summaries.
void ask(Options& o, const io::SummariesQuestion& q) {
  o.shared.between = q.between;
  o.shared.people = q.actors;
  o.shared.level = q.level;
  o.shared.medium = q.medium;
  o.shared.from = o.report.from = q.from;
  o.shared.to = o.report.to = q.to;
  o.report.as_of = q.as_of;
  o.report.burst_count = static_cast<std::size_t>(q.burst_count);
  o.report.burst_within = std::chrono::days{q.burst_within_days};
}

bool parse_summaries_option(std::span<const std::string_view> args, std::size_t& i, Options& o) {
  const std::string_view a = args[i];
  if (a == "--summaries-out") {
    o.summaries_out = hotline_cli::value_of(args, i);
    o.shared.keep_summaries = true;
    return true;
  }
  if (a != "--merge") return false;
  while (i + 1 < args.size() && (!args[i + 1].starts_with("--") || args[i + 1] == "-"))
    o.shared.merge.emplace_back(args[++i]);
  if (o.shared.merge.empty()) throw hotline_cli::UsageError("--merge: needs summaries files");
  return true;
}

void check_summaries_options(const Options& o) {
  using hotline_cli::UsageError;
  if (!o.shared.merge.empty()) {
    if (!o.shared.events.empty() || !o.shared.csv.empty())
      throw UsageError("--merge: reads summaries, not --events or --csv");
    if (!(question_of(o) == io::SummariesQuestion{}))
      throw UsageError(
          "--merge: the question (--between, --actors, --level, --medium, --from, --to, "
          "--as-of, --burst) is the summaries'; give it when writing them");
  } else if (!o.summaries_out.empty() && o.shared.events.empty()) {
    throw UsageError("--summaries-out: summarises event files (--events), or --merge summaries");
  }
}

// With summaries (event files, --merge): the question they answer. Merged
// summaries give theirs to the report; summaries to write get the options'.
void take_question(Options& o, hotline_cli::Data& data) {
  if (!data.summaries) return;
  if (!o.shared.merge.empty())
    ask(o, data.summaries->question);
  else
    data.summaries->question = question_of(o);
}

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
    } else if (parse_summaries_option(args, i, o)) {
      continue;
    } else {
      throw UsageError("unknown option '" + std::string(a) + "' (see --help)");
    }
  }
  o.report.from = o.shared.from;
  o.report.to = o.shared.to;
  check_summaries_options(o);
  // Merged summaries are event files' contacts: what asks whether the data
  // came from event files sees that they did (the files are read as
  // summaries: Arguments::merge comes first).
  if (!o.shared.merge.empty()) o.shared.events = o.shared.merge;
  return o;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string_view> args(argv + 1, argv + argc);
  try {
    Options o = parse(args);
    hotline_cli::Data data = hotline_cli::load(o.shared);
    if (!data.summary.empty()) std::cerr << data.summary << '\n';
    take_question(o, data);
    if (!o.summaries_out.empty()) {
      io::write_summaries(std::filesystem::path(o.summaries_out), *data.summaries);
      return 0;
    }
    const Selection s = hotline_cli::selection(o.shared, data);
    std::vector<Contact> kept;
    for (const Contact& c : data.contacts)
      if (s(c)) kept.push_back(c);
    // The statements the data carries are about the whole of it: they are
    // checked when the report is too.
    // (The registry's own statements are about the whole of it: they are
    // checked when the report is; a statements file is checked always.)
    const bool whole = s.empty();
    const Names names{data.people(), data.channels};
    ReportOptions ro = o.report;
    ro.layer = o.shared.dates.value_or(DateLayer::derived);
    ro.complete = data.complete;
    Report r = make_report(
        kept, ro, names, to_words(s, names) + " in " + data.source,
        whole || !data.own_statements.empty() ? data.statements : std::span<const Statement>{},
        data.contacts, data.dating, data.statements);
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
