// The command line that gap_report and timeline_svg share: where the
// contacts come from (the built-in registry, --csv FILE with --actors-csv,
// --events FILE, --lenient) and which of them to keep (--between, --actors,
// --level, --medium, --from, --to). It parses; the library reads, selects, reports and draws. A
// small part of the examples, not of the library: copy it freely.
#pragma once

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <hotline/documented.hpp>
#include <hotline/hotline.hpp>
#include <hotline/io/compressed.hpp>
#include <hotline/io/events.hpp>
#include <hotline/io/tables.hpp>

namespace hotline_cli {

using namespace hotline;

// A mistake in the command line: the programs print it and exit with 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The options both programs take, as given.
struct Arguments {
  std::string csv;         // --csv FILE: a contacts table ("-": standard input)
  std::string actors_csv;  // --actors-csv FILE: the actors table that goes with it
  std::string events;      // --events FILE: GDELT 1.0/2.0 or ICEWS
  bool lenient = false;    // --lenient: skip bad rows, listing them
  std::optional<io::EventFormat> events_format;
  std::optional<StatePair> between;
  std::vector<std::string> people;  // --actors "Name;Name"
  std::optional<Level> level;
  std::optional<Medium> medium;
  std::optional<std::chrono::year_month> from;
  std::optional<std::chrono::year_month> to;
};

inline constexpr std::string_view shared_help =
    R"(  --csv FILE            a contacts table: a date column, and participants (names,
                        ';'-separated) or countries; every other column optional
                        (docs/io.md lists them). '-' reads standard input
  --actors-csv FILE     the actors table that goes with it (the export format): its
                        people's ids, names and offices. Without it, a row that
                        names people and no countries takes their states from the
                        offices the built-in registry knows, and the report says so
  --lenient             skip bad rows of a table or an event file, listing them
                        on standard error (default: stop at the first)
  --events FILE         a GDELT 2.0, GDELT 1.0 or ICEWS event file (- reads
                        standard input; .gz and .zip are read as they are)
  --events-format F     gdelt2, gdelt1 or icews (detected when not given)
  --between A,B         contacts joining states A and B (ISO alpha-3; USA,RUS
                        also finds USA-USSR contacts)
  --actors "N;N"        contacts in which all these people took part
  --level LEVEL         leader, foreign minister, defence minister, military chief,
                        ambassador, envoy, working group, official, unknown
  --medium MEDIUM       phone call, meeting, video call, teletype, telex, fax,
                        letter, unknown
  --from YYYY-MM        contacts that may fall in this month or later
  --to YYYY-MM          contacts that may fall in this month or earlier
)";

// Every name an enumeration takes, for a message: "leader, foreign minister, ...".
template <class E>
std::string accepted(std::string_view) {
  std::string out;
  for (const auto& e : enumerators<E>()) {
    if (!out.empty()) out += ", ";
    out += e.words;
  }
  return out;
}

template <class E>
E parse_enum(std::string_view option, std::string_view text) {
  if (const auto e = parse_enumerator<E>(text)) return *e;
  throw UsageError(std::string(option) + ": unknown value '" + std::string(text) +
                   "' (one of: " + accepted<E>(option) + ")");
}

inline std::chrono::year_month parse_month(std::string_view option, std::string_view text) {
  const auto d = Date::parse(text);
  if (!d || d->precision() != Precision::month)
    throw UsageError(std::string(option) + ": expected a month as YYYY-MM, not '" +
                     std::string(text) + "'" + (d ? "" : " (" + std::string(d.error().what) + ")"));
  const std::chrono::year_month_day first{d->earliest()};
  return first.year() / first.month();
}

inline Date parse_day(std::string_view option, std::string_view text) {
  const auto d = Date::parse(text);
  if (!d || d->precision() != Precision::day)
    throw UsageError(std::string(option) + ": expected a day as YYYY-MM-DD, not '" +
                     std::string(text) + "'" + (d ? "" : " (" + std::string(d.error().what) + ")"));
  return *d;
}

inline Country parse_country(std::string_view option, std::string_view code) {
  const auto c = Country::from_code(code);
  if (!c)
    throw UsageError(std::string(option) + ": unknown country code '" + std::string(code) +
                     "' (ISO 3166-1 alpha-3, such as USA, RUS, SUN)");
  return *c;
}

// A whole number from lo to hi, of `what` ("months") when it says.
inline int parse_number(std::string_view option, std::string_view text, int lo, int hi,
                        std::string_view what = {}) {
  int n = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc{} || end != text.data() + text.size() || n < lo || n > hi)
    throw UsageError(std::string(option) + ": expected a number " +
                     (what.empty() ? "" : "of " + std::string(what) + " ") + "from " +
                     std::to_string(lo) + " to " + std::to_string(hi) + ", not '" +
                     std::string(text) + "'");
  return n;
}

// The value of the option at args[i], advancing i.
inline std::string_view value_of(std::span<const std::string_view> args, std::size_t& i) {
  if (i + 1 >= args.size()) throw UsageError(std::string(args[i]) + ": needs a value");
  return args[++i];
}

// If args[i] is a shared option, reads it (and its value, advancing i) into
// `a` and returns true.
inline bool parse_shared(std::span<const std::string_view> args, std::size_t& i, Arguments& a) {
  const std::string_view option = args[i];
  if (option == "--csv") {
    a.csv = value_of(args, i);
  } else if (option == "--actors-csv") {
    a.actors_csv = value_of(args, i);
  } else if (option == "--lenient") {
    a.lenient = true;
  } else if (option == "--events") {
    a.events = value_of(args, i);
  } else if (option == "--events-format") {
    a.events_format = parse_enum<io::EventFormat>(option, value_of(args, i));
  } else if (option == "--between") {
    const auto v = value_of(args, i);
    const auto comma = v.find(',');
    if (comma == std::string_view::npos)
      throw UsageError("--between: expected two states as A,B (such as USA,RUS)");
    a.between = StatePair{parse_country(option, v.substr(0, comma)),
                          parse_country(option, v.substr(comma + 1))};
  } else if (option == "--actors") {
    std::string_view v = value_of(args, i);
    while (!v.empty()) {
      const auto semi = v.find(';');
      const std::string_view name = io::detail::trimmed(v.substr(0, semi));
      if (!name.empty()) a.people.emplace_back(name);
      if (semi == std::string_view::npos) break;
      v.remove_prefix(semi + 1);
    }
  } else if (option == "--level") {
    a.level = parse_enum<Level>(option, value_of(args, i));
  } else if (option == "--medium") {
    a.medium = parse_enum<Medium>(option, value_of(args, i));
  } else if (option == "--from") {
    a.from = parse_month(option, value_of(args, i));
  } else if (option == "--to") {
    a.to = parse_month(option, value_of(args, i));
  } else {
    return false;
  }
  if (!a.csv.empty() && !a.events.empty())
    throw UsageError("--csv and --events: give one source of contacts, not both");
  if (a.from && a.to && *a.to < *a.from) throw UsageError("--to: the month is before --from");
  if (!a.actors_csv.empty() && !a.events.empty())
    throw UsageError("--actors-csv: goes with --csv, not with --events");
  return true;
}

// The contacts the programs read, and what goes with them.
struct Data {
  TextStore text;
  std::vector<Contact> contacts;          // sorted by date
  std::vector<Actor> own_people;          // a table's people (names in `text`)
  std::span<const Channel> channels;      // what the channels are
  std::span<const Agreement> agreements;  // drawn as flags
  std::span<const Statement> statements;  // checked by the report
  std::string source;                     // "the built-in registry", "calls.csv"
  std::string summary;                    // what reading did, for standard error
  std::vector<std::string> notes;         // what the report must say about the data
  bool built_in = false;
  bool from_table = false;  // --csv: the people are the table's

  // Who the participants are: the table's people, or the built-in registry's.
  std::span<const Actor> people() const noexcept {
    return from_table ? std::span<const Actor>(own_people)
                      : std::span<const Actor>(documented.actors);
  }
};

// " (the people are: A, B)" for a short list of people, for a message.
inline std::string nearest_names(std::span<const Actor> people, std::string_view) {
  if (people.empty()) return " (it names no people)";
  if (people.size() > 12) return "";
  std::string out = " (the people are: ";
  for (std::size_t i = 0; i < people.size(); ++i)
    out += (i ? ", " : "") + std::string(people[i].name);
  return out + ")";
}

// At most this many bad rows are listed on standard error; the rest are counted.
inline constexpr std::size_t listed_errors = 20;

inline std::string list_errors(std::span<const io::RowError> errors) {
  std::string out;
  for (std::size_t i = 0; i < errors.size() && i < listed_errors; ++i)
    out += "\n  bad row: " + errors[i].message();
  if (errors.size() > listed_errors)
    out += "\n  and " + std::to_string(errors.size() - listed_errors) + " more bad rows";
  return out;
}

// Reads a contacts table (and its actors table): the file's people are the
// report's, and what was looked up in the built-in registry becomes a note.
inline void load_table(const Arguments& a, Data& out) {
  io::ReadOptions options;
  options.mode = a.lenient ? io::ErrorMode::lenient : io::ErrorMode::strict;
  io::LoadedActors actors;
  if (!a.actors_csv.empty())
    actors = io::read_actors_csv(std::filesystem::path(a.actors_csv), out.text, options);
  const io::TableContext context{actors.actors, actors.tenures, &documented};
  // Plain, gzip or zip, from a file or standard input.
  io::InputFile in(a.csv);
  out.source = a.csv == "-" ? "standard input" : a.csv;
  auto read = io::read_table<Contact>(in.stream(), out.source, out.text, options, context);
  out.contacts = std::move(read.rows);
  out.own_people = std::move(read.people);
  std::stable_sort(out.contacts.begin(), out.contacts.end(),
                   [](const Contact& x, const Contact& y) { return x.date < y.date; });
  const io::ReadStats& st = read.stats;
  out.summary = std::to_string(st.rows) + " contacts read from " + out.source;
  if (!a.actors_csv.empty())
    out.summary += " (" + std::to_string(actors.actors.size()) + " people and " +
                   std::to_string(actors.tenures.size()) + " offices from " + a.actors_csv + ")";
  if (const auto bad = st.bad_rows + actors.stats.bad_rows; bad != 0)
    out.summary +=
        ", " + std::to_string(bad) + (bad == 1 ? " bad row skipped" : " bad rows skipped");
  if (!read.ignored_columns.empty()) {
    out.summary += "\n  columns not read: ";
    for (std::size_t i = 0; i < read.ignored_columns.size(); ++i)
      out.summary += (i ? ", " : "") + read.ignored_columns[i];
  }
  out.summary += list_errors(actors.errors) + list_errors(read.errors);
  if (!read.looked_up.empty()) {
    std::string who;
    for (std::size_t i = 0; i < read.looked_up.size(); ++i) {
      const auto& [name, rows] = read.looked_up[i];
      who += (i == 0                           ? ""
              : i + 1 == read.looked_up.size() ? " and "
                                               : ", ") +
             name + " (" + std::to_string(rows) + (rows == 1 ? " row)" : " rows)");
    }
    out.notes.push_back("the file gives no countries for " + who +
                        ": their states and levels are the offices the built-in registry "
                        "knows they held");
  }
}

// Reads the contacts the arguments name. A file that cannot be read throws
// io::ReadError (naming file, line, column and what was wrong).
inline Data load(const Arguments& a) {
  Data out;
  if (!a.csv.empty()) {
    out.from_table = true;
    load_table(a, out);
  } else if (!a.events.empty()) {
    io::EventOptions options;
    options.format = a.events_format;
    options.read.mode = a.lenient ? io::ErrorMode::lenient : io::ErrorMode::strict;
    io::InputFile in(a.events);  // plain, gzip or zip; "-" is standard input
    auto read = io::read_events(in.stream(), in.name(), out.text, options);
    out.contacts = std::move(read.contacts);
    out.source = in.name();
    const auto& sum = read.summary;
    out.summary = std::string(io::format_name(sum.format)) + " file " + out.source + ": " +
                  std::to_string(sum.read.records) + " rows, " + std::to_string(sum.read.rows) +
                  " kept as " + std::to_string(sum.contacts) + " contacts (" +
                  std::to_string(sum.collapsed) + " collapsed), " +
                  std::to_string(sum.skipped_total()) + " skipped, " +
                  std::to_string(sum.read.bad_rows) + " bad" + list_errors(read.errors);
    if (sum.reports_behind != 0)
      out.notes.push_back(std::to_string(sum.reports_behind) +
                          " rows of the event file came more than a week before a row read "
                          "earlier (it is not in the order of DATEADDED): their contacts may be "
                          "counted twice");
  } else {
    out.contacts.assign(documented.contacts.begin(), documented.contacts.end());
    out.agreements = documented.agreements;
    out.channels = documented.channels;
    out.statements = documented_statements;
    out.source = "the built-in registry";
    out.built_in = true;
  }
  return out;
}

// The selection the arguments ask for, with --actors names found among the
// data's people. An unknown name is a usage error.
inline Selection selection(const Arguments& a, const Data& data) {
  Selection s;
  s.between = a.between;
  for (const std::string& name : a.people) {
    const Actor* found = find_actor(data.people(), name);
    if (found == nullptr)
      throw UsageError("--actors: no person named '" + name + "' in " +
                       (data.built_in ? std::string("the built-in registry") : data.source) +
                       nearest_names(data.people(), name));
    if (s.people.contains(found->id)) continue;
    if (s.people.size() == s.people.capacity())
      throw UsageError("--actors: at most " + std::to_string(s.people.capacity()) + " people");
    s.people.push_back(found->id);
  }
  s.level = a.level;
  s.medium = a.medium;
  if (a.from || a.to)
    s.window =
        Date::interval(a.from ? std::chrono::sys_days{*a.from / 1} : Date::min_day,
                       a.to ? std::chrono::sys_days{*a.to / std::chrono::last} : Date::max_day);
  return s;
}

}  // namespace hotline_cli
