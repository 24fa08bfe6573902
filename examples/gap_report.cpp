// gap_report: how often, and how far apart, the sides spoke.
//
//   gap_report                       the built-in registry, by level and pair of people
//   gap_report --between USA,RUS --level leader --as-of 2022-10-25
//   gap_report --events 20240819130000.export.CSV --format json
//
// Every length is a range of days (the fewest and the most that the dates
// allow), because the sources give dates as precise as they know them.
#include "selection.hpp"

#include <hotline/fmt.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace {

using namespace hotline;
using std::chrono::days;
using std::chrono::year_month;

struct Options {
  cli::Selection selection;
  std::optional<Date> as_of;
  bool json = false;
  std::size_t burst_count = 2;
  days burst_days{3};
};

constexpr std::string_view usage = R"(usage: gap_report [options]

With no options: every contact of the built-in registry, by level and pair of
people, and the answers to the articles' gap statements.

Options:
)";

constexpr std::string_view own_help =
    R"(  --as-of YYYY-MM-DD    also report the silence on that day
  --burst K/D           a burst is K contacts within D days (default 2/3)
  --format text|json    text (default) or one JSON object for the selection
  --help                this text
)";

Options parse(int argc, char** argv) {
  std::vector<std::string_view> args(argv + 1, argv + argc);
  Options o;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (cli::parse_selection_option(args, i, o.selection)) continue;
    const std::string_view a = args[i];
    const auto value = [&]() -> std::string_view {
      if (i + 1 >= args.size()) throw cli::UsageError(std::string(a) + ": needs a value");
      return args[++i];
    };
    if (a == "--help" || a == "-h") {
      fmt::print("{}{}{}", usage, cli::selection_help, own_help);
      std::exit(0);
    } else if (a == "--as-of") {
      const auto v = value();
      const auto d = Date::parse(v);
      if (!d || d->precision() != Precision::day)
        throw cli::UsageError(fmt::format("--as-of: expected a day as YYYY-MM-DD, not '{}'{}", v,
                                          d ? "" : fmt::format(" ({})", d.error().what)));
      o.as_of = *d;
    } else if (a == "--format") {
      const auto v = value();
      if (v != "text" && v != "json")
        throw cli::UsageError(fmt::format("--format: expected text or json, not '{}'", v));
      o.json = v == "json";
    } else if (a == "--burst") {
      const auto v = value();
      unsigned k = 0;
      unsigned d = 0;
      const auto slash = v.find('/');
      const bool ok = slash != std::string_view::npos &&
                      std::from_chars(v.data(), v.data() + slash, k).ptr == v.data() + slash &&
                      std::from_chars(v.data() + slash + 1, v.data() + v.size(), d).ptr ==
                          v.data() + v.size() &&
                      k >= 2 && d >= 1;
      if (!ok)
        throw cli::UsageError(fmt::format(
            "--burst: expected K/D with K >= 2 contacts and D >= 1 days (such as 3/4), not '{}'",
            v));
      o.burst_count = k;
      o.burst_days = days{d};
    } else {
      throw cli::UsageError(fmt::format("unknown option '{}' (see --help)", a));
    }
  }
  return o;
}

// ---- the figures for one group of contacts ------------------------------------

struct Figures {
  std::size_t contacts = 0;
  std::optional<FirstLast<Contact>> first_last;
  std::optional<LongestGap<Contact>> longest;
  year_month from;
  year_month to;
  MonthsWithout months;
  std::vector<Burst<Contact>> bursts;
  std::optional<Silence<Contact>> silence;
};

year_month month_of(std::chrono::sys_days d) {
  const std::chrono::year_month_day ymd{d};
  return ymd.year() / ymd.month();
}

Figures figures(const std::vector<Contact>& contacts, const Options& o) {
  Figures f;
  f.contacts = contacts.size();
  f.first_last = first_and_last(contacts);
  if (!f.first_last) return f;
  f.longest = longest_gap(contacts);
  f.from = o.selection.from ? *o.selection.from : month_of(f.first_last->first.date.earliest());
  f.to = o.selection.to ? *o.selection.to : month_of(f.first_last->last_day.latest());
  f.months = months_without(contacts, f.from, f.to);
  f.bursts = bursts(contacts, o.burst_count, o.burst_days, Certainty::certain);
  if (o.as_of) f.silence = silence_as_of(contacts, *o.as_of);
  return f;
}

// A date in words ("March 2014", "mid-February 2022"), except intervals,
// which read better as ISO 8601 (2017-01-20/2017-07-06) in a list.
std::string when(Date d) {
  return d.precision() == Precision::interval ? fmt::format("{:iso}", d) : fmt::format("{}", d);
}

std::string days_text(DayRange r) {
  if (r.max == days::max()) return fmt::format("at least {} days", r.min.count());
  return fmt::format("{}", r);
}

std::string month_text(year_month m) {
  return fmt::format("{}", Date::in_month(m));
}

std::string run_text(const MonthRun& run) {
  if (run.length.count() == 0) return "none";
  const year_month last = run.first + std::chrono::months{run.length.count() - 1};
  return run.length.count() == 1 ? fmt::format("1 month ({})", month_text(run.first))
                                 : fmt::format("{} months ({} to {})", run.length.count(),
                                               month_text(run.first), month_text(last));
}

// ---- text -------------------------------------------------------------------------

// People's names for a contact with participants; its states otherwise.
std::string who(const Contact& c, std::span<const Actor> actors) {
  std::vector<std::string> names;
  if (c.participants.empty()) {
    for (Country s : c.states) names.emplace_back(s.name());
  } else {
    for (ActorId a : c.participants) {
      const auto it = std::ranges::find(actors, a, &Actor::id);
      names.push_back(it != actors.end() ? std::string(it->name) : fmt::format("{}", a));
    }
  }
  std::ranges::sort(names);
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i)
    out += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
  return out;
}

void print_figures(const Figures& f, const Options& o, std::string_view indent) {
  if (f.contacts > 1) {
    const auto& g = *f.longest;
    fmt::print("{}longest gap     {}, from {} to {}\n", indent, days_text(g.days()),
               when(g.possible.from.date), when(g.possible.to.date));
  }
  // A month possibly without contact may be empty on its own, but a run of
  // them need not be empty all at once: only the certain run is a silence.
  fmt::print("{}months without  {} to {}: {} certainly (longest run: {}), {} possibly\n", indent,
             month_text(f.from), month_text(f.to), f.months.certain.count(),
             run_text(f.months.longest_certain), f.months.possible.count());
  if (!f.bursts.empty()) {
    for (const auto& b : f.bursts)
      fmt::print("{}burst           {} contacts certainly within {} days, {} to {}\n", indent,
                 b.count, o.burst_days.count(), when(b.first.date), when(b.last.date));
  }
  if (o.as_of) {
    if (f.silence)
      fmt::print("{}silence on {:iso}  {} since {}\n", indent, *o.as_of, days_text(f.silence->days),
                 when(f.silence->last.date));
    else
      fmt::print("{}silence on {:iso}  no contact on or before that day\n", indent, *o.as_of);
  }
}

void print_text(const cli::Loaded& data, const std::vector<Contact>& kept, const Options& o) {
  fmt::print("Gap report: {}\n", cli::describe(o.selection, data));
  const Figures all = figures(kept, o);
  if (kept.empty()) {
    fmt::print("No contacts.\n");
    return;
  }
  fmt::print("{} contact{}, from {} to {}\n", kept.size(), kept.size() == 1 ? "" : "s",
             when(all.first_last->first.date), when(all.first_last->last.date));
  print_figures(all, o, "  ");

  // By level, then pair (or group) of people or states.
  std::map<std::pair<Level, std::string>, std::vector<Contact>> groups;
  for (const Contact& c : kept) groups[{c.level, who(c, data.actors)}].push_back(c);
  std::optional<Level> level;
  for (const auto& [key, contacts] : groups) {
    if (key.first != level) {
      level = key.first;
      fmt::print("\n{} level\n", to_words(*level));
    }
    const Figures f = figures(contacts, o);
    if (contacts.size() == 1) {
      fmt::print("  {}: 1 contact, {}\n", key.second, when(contacts.front().date));
    } else {
      fmt::print("  {}: {} contacts, {} to {}\n", key.second, contacts.size(),
                 when(f.first_last->first.date), when(f.first_last->last.date));
    }
    if (contacts.size() > 1 || o.as_of) print_figures(f, o, "    ");
  }
}

// True when the report is over the whole built-in registry, as the articles
// are.
bool whole_registry(const cli::Selection& s) {
  return s.csv.empty() && s.events.empty() && !s.between && s.actor_names.empty() && !s.level &&
         !s.medium && !s.from && !s.to;
}

// ---- the articles' statements --------------------------------------------------------

// The gap statements the articles argue from, asked of the built-in registry
// (the same queries as tests/test_article_statements.cpp, which pins them in
// static_asserts). Where an article gives a length but not the dates at its
// ends, the documented dates only allow the statement, and the refined dates
// of public record show it: both are printed.
void print_statements() {
  using namespace hotline::literals;
  using countries::RUS;
  using countries::USA;
  const auto& c = documented.contacts;
  const auto calls = where::medium(Medium::telephone);
  const auto pair = [&](ActorId a, ActorId b) { return select(c, where::between(a, b)); };
  const auto refined_gap = [](auto selection) {
    return longest_gap(sorted_by_date(selection, refined_date_of), refined_date_of);
  };
  const days five_months = std::chrono::floor<days>(std::chrono::months{5});
  const auto verdict = [](bool holds) { return holds ? "holds" : "DOES NOT HOLD"; };

  fmt::print("\nThe articles' gap statements\n");

  const auto po = select(c, where::between(people::vladimir_putin, people::barack_obama) & calls);
  const auto y14 = count_in(po, "2014"_date);
  const auto m14 = count_in(po, "2014-03"_date);
  const auto y15 = count_in(po, "2015"_date);
  const auto y16 = count_in(po, "2016"_date);
  fmt::print(
      "  [{}] Putin and Obama spoke three times in 2014 (twice in March), twice in 2015\n"
      "          and twice in 2016: phone calls {} in 2014 ({} in March), {} in 2015, {} in "
      "2016\n",
      verdict(y14.min == 3 && m14.min == 2 && y15.min == 2 && y16.min == 2), y14.min, m14.min,
      y15.min, y16.min);

  const Date article = "2022-10-25"_date;
  const auto bp = pair(people::joe_biden, people::vladimir_putin);
  const auto s = silence_as_of(bp, article);
  const auto s_refined = silence_as_of(bp, article, refined_date_of);
  fmt::print(
      "  [{}] Biden and Putin had not spoken since mid-February: on {:iso}, {} since {}\n"
      "          ({} since the call of {:iso})\n",
      verdict(s && s->last.date == Date::mid_month(2022, 2) && s->bounded()), article,
      days_text(s->days), when(s->last.date), days_text(s_refined->days),
      refined_date_of(s_refined->last));

  for (const auto& [who, a, b] :
       {std::tuple{"Blinken and Lavrov went", people::antony_blinken, people::sergey_lavrov},
        std::tuple{"Milley and Gerasimov had", people::mark_milley, people::valery_gerasimov}}) {
    const auto sel = pair(a, b);
    const auto documented_gap = longest_gap(sel);
    const auto exact = refined_gap(sel);
    fmt::print(
        "  [{}] {} five months without a word: the documented dates allow {};\n"
        "          by the refined dates, {} ({:iso} to {:iso})\n",
        verdict(documented_gap->possible.days >= five_months && exact->certain.days >= five_months),
        who, days_text(documented_gap->days()), days_text(exact->days()),
        exact->possible.from.refined->date, exact->possible.to.refined->date);
  }

  const auto as = pair(people::lloyd_austin, people::sergei_shoigu);
  const auto as3 = most_within(as, days{3});
  fmt::print(
      "  [{}] Austin and Shoigu spoke twice in three days: {} calls certainly within 3 days\n",
      verdict(as3.min >= 2), as3.min);

  const auto us_ru = select(c, where::between(USA, RUS) & calls);
  const auto b4 = bursts(us_ru, 3, days{4}, Certainty::certain);
  fmt::print("  [{}] three US-Russia calls came within four days: {} certainly within 4 days{}\n",
             verdict(!b4.empty() && b4.front().count >= 3), b4.empty() ? 0 : b4.front().count,
             b4.empty() ? "" : fmt::format(" ({:iso})", b4.front().days));
}

// ---- JSON -------------------------------------------------------------------------

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20)
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        else
          out += c;
    }
  }
  return out + "\"";
}

std::string json_days(DayRange r) {
  if (r.max == days::max()) return fmt::format("[{}, null]", r.min.count());
  return fmt::format("[{}, {}]", r.min.count(), r.max.count());
}

void print_json(const cli::Loaded& data, const std::vector<Contact>& kept, const Options& o) {
  const Figures f = figures(kept, o);
  std::string out = "{";
  out += fmt::format("\"selection\": {}, ", json_string(cli::describe(o.selection, data)));
  out += fmt::format("\"contacts\": {}, ", kept.size());
  if (f.first_last) {
    out += fmt::format("\"first\": \"{:iso}\", \"last\": \"{:iso}\", ", f.first_last->first.date,
                       f.first_last->last.date);
  } else {
    out += "\"first\": null, \"last\": null, ";
  }
  out += fmt::format("\"longest_gap_days\": {}, ",
                     f.longest ? json_days(f.longest->days()) : std::string("null"));
  if (f.first_last) {
    out += fmt::format(
        "\"months_without\": {{\"from\": \"{:iso}\", \"to\": \"{:iso}\", \"certain\": {}, "
        "\"possible\": {}}}, ",
        Date::in_month(f.from), Date::in_month(f.to), f.months.certain.count(),
        f.months.possible.count());
  } else {
    out += "\"months_without\": null, ";
  }
  if (o.as_of)
    out += fmt::format("\"silence_days\": {}, ",
                       f.silence ? json_days(f.silence->days) : std::string("null"));
  out += "\"bursts\": [";
  for (std::size_t i = 0; i < f.bursts.size(); ++i) {
    const auto& b = f.bursts[i];
    out += fmt::format(
        "{}{{\"count\": {}, \"within_days\": {}, \"first\": \"{:iso}\", "
        "\"last\": \"{:iso}\"}}",
        i == 0 ? "" : ", ", b.count, o.burst_days.count(), b.first.date, b.last.date);
  }
  out += "]}";
  fmt::print("{}\n", out);
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  try {
    o = parse(argc, argv);
  } catch (const cli::UsageError& e) {
    fmt::print(stderr, "gap_report: {}\n", e.what());
    return 2;
  }
  try {
    const cli::Loaded data = cli::load(o.selection);
    if (!data.read_summary.empty()) fmt::print(stderr, "{}\n", data.read_summary);
    const std::vector<Contact> kept = cli::select(o.selection, data);
    if (o.json) {
      print_json(data, kept, o);
    } else {
      print_text(data, kept, o);
      if (whole_registry(o.selection)) print_statements();
    }
  } catch (const cli::UsageError& e) {
    fmt::print(stderr, "gap_report: {}\n", e.what());
    return 2;
  } catch (const std::exception& e) {
    fmt::print(stderr, "gap_report: {}\n", e.what());
    return 1;
  }
  return 0;
}
