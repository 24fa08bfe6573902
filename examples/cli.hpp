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

#include <hotline/analysis/derived.hpp>
#include <hotline/documented.hpp>
#include <hotline/hotline.hpp>
#include <hotline/io/compressed.hpp>
#include <hotline/io/events.hpp>
#include <hotline/io/statements_csv.hpp>
#include <hotline/io/summaries.hpp>
#include <hotline/io/tables.hpp>

#include "event_files.hpp"

namespace hotline_cli {

using namespace hotline;

// A mistake in the command line: the programs print it and exit with 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// The options both programs take, as given.
struct Arguments {
  std::string csv;                  // --csv FILE: a contacts table ("-": standard input)
  std::string actors_csv;           // --actors-csv FILE: the actors table that goes with it
  std::vector<std::string> events;  // --events FILE|DIR|PATTERN...: GDELT 1.0/2.0 or ICEWS
  unsigned jobs = default_jobs();   // --jobs N: threads reading event files
  std::vector<std::string> merge;   // gap_report --merge FILE...: summaries, not events
  bool keep_summaries = false;      // gap_report --summaries-out: Data::summaries wanted
  bool lenient = false;             // --lenient: skip bad rows, listing them
  std::optional<io::EventFormat> events_format;
  std::optional<StatePair> between;
  std::vector<std::string> people;  // --actors "Name;Name"
  std::optional<Level> level;
  std::optional<Medium> medium;
  std::optional<std::chrono::year_month> from;
  std::optional<std::chrono::year_month> to;
  std::string statements;          // --statements FILE: claims to check
  std::optional<DateLayer> dates;  // --dates documented|derived|refined
  std::optional<Date> complete;    // --complete PERIOD: the record is complete over it
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
                        standard input; .gz and .zip are read as they are);
                        again for more files, or a directory (its files, by
                        name) or a pattern ('*.CSV.zip', expanded here): read
                        as one pass over them in that order
  --jobs N              threads reading event files (default: the cores); the
                        result is the same for any N
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
  --statements FILE     a statements table (claims: counts, silences, bursts,
                        firsts; docs/io.md), checked against the contacts: holds,
                        allowed or contradicted on each layer of dates
  --dates LAYER         the dates the figures are on: documented (as the sources
                        give them), derived (default: tightened by the sources'
                        words: relations and statements) or refined (the exact
                        days of public record where known; timeline_svg's default)
  --complete PERIOD     the data's record is complete over PERIOD (EDTF, such as
                        2022-01/2022-10): its gaps there are silences, not a lack
                        of records (an event file: its days, by default)
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
    a.events.emplace_back(value_of(args, i));
  } else if (option == "--jobs") {
    a.jobs = static_cast<unsigned>(parse_number(option, value_of(args, i), 1, 1024));
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
  } else if (option == "--statements") {
    a.statements = value_of(args, i);
  } else if (option == "--dates") {
    a.dates = parse_enum<DateLayer>(option, value_of(args, i));
  } else if (option == "--complete") {
    const auto v = value_of(args, i);
    const auto d = Date::parse(v);
    if (!d)
      throw UsageError("--complete: expected a period such as 2022-01/2022-10, not '" +
                       std::string(v) + "' (" + std::string(d.error().what) + ")");
    a.complete = *d;
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
  std::vector<Statement> own_statements;  // --statements: the claims read
  Derivation derivation;                  // the derived dates of data read at run time
  Dating dating;                          // the derived layer (the registry's, or derivation's)
  std::optional<Date> complete;           // the days the record is complete over
  std::string source;                     // "the built-in registry", "calls.csv"
  std::string summary;                    // what reading did, for standard error
  std::optional<io::EventSummaries> summaries;  // many event files: what each one holds
  std::vector<std::string> notes;               // what the report must say about the data
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

// The constraints in a conflict, in words: "statement 2, relation 3 and the
// documented date of contact 23".
inline std::string conflict_words(std::span<const Constraint> conflict) {
  std::string out;
  for (std::size_t i = 0; i < conflict.size(); ++i) {
    const Constraint& c = conflict[i];
    out += i == 0 ? "" : i + 1 == conflict.size() ? " and " : ", ";
    switch (c.kind) {
      case ConstraintKind::statement:
        out += "statement " + std::to_string(c.id);
        break;
      case ConstraintKind::relation:
      case ConstraintKind::weekday:
        out += "relation " + std::to_string(c.id);
        break;
      case ConstraintKind::documented_date:
        out +=
            "the date of " + std::string(to_words(c.thing.kind)) + " " + std::to_string(c.thing.id);
        break;
    }
  }
  return out;
}

// Reads a statements table (--statements): the claims are checked against
// the contacts, and those that bound the days between two of them (a
// silence of a length between `from` and `to`) derive their dates. A claim
// that names a contact the data does not hold, or claims that contradict
// the dates, are an error that names them.
inline void load_statements(const Arguments& a, Data& out) {
  io::ReadOptions options;
  options.mode = a.lenient ? io::ErrorMode::lenient : io::ErrorMode::strict;
  io::InputFile in(a.statements);
  const std::string name = a.statements == "-" ? "standard input" : a.statements;
  auto read = io::read_table<Statement>(in.stream(), name, out.text, options,
                                        io::TableContext{out.people()});
  out.own_statements = std::move(read.rows);
  for (const Statement& st : out.own_statements)
    for (const auto& end : {st.from, st.to})
      if (end && std::none_of(out.contacts.begin(), out.contacts.end(),
                              [&](const Contact& c) { return c.id == *end; }))
        throw std::runtime_error(name + ": statement " + std::to_string(st.id.value()) +
                                 " names contact " + std::to_string(end->value()) + ", which " +
                                 out.source + " does not hold");
  if (!out.built_in) {
    out.derivation = derive_dates({out.contacts, {}, {}, {}, {}, out.own_statements});
    if (!out.derivation.consistent())
      throw std::runtime_error(name + ": the statements contradict the dates: " +
                               conflict_words(out.derivation.conflict) + " cannot all hold");
    out.dating = {out.derivation.dates, out.derivation.gaps, {}};
  }
  out.statements = out.own_statements;
  if (!out.summary.empty()) out.summary += "\n";
  out.summary += std::to_string(read.stats.rows) + " statements read from " + name;
  if (read.stats.bad_rows != 0)
    out.summary +=
        ", " + std::to_string(read.stats.bad_rows) + " bad rows skipped" + list_errors(read.errors);
}

// ---- many event files (--events given again, a directory, a pattern; --jobs) ----

// One event file read into its summary (io/summaries.hpp): its kept rows by
// clock day, and what reading did. Bad rows (lenient) are kept in `errors`.
struct EventFileRead {
  io::FileSummary summary;
  std::vector<io::RowError> errors;
};

inline EventFileRead read_event_file(const std::string& path, const Arguments& a) {
  EventFileRead out;
  io::EventOptions options;
  options.format = a.events_format;
  options.read.mode = a.lenient ? io::ErrorMode::lenient : io::ErrorMode::strict;
  options.read.on_error = [&](const io::RowError& e) { out.errors.push_back(e); };
  io::InputFile in(path);  // plain, gzip or zip; "-" is standard input
  io::EventReader reader(in.stream(), in.name(), options);
  io::SummaryBuilder b;
  while (const io::EventRow* row = reader.next()) b.add(row->contact, io::report_clock(*row));
  out.summary = b.finish(in.name(), reader.summary());
  return out;
}

// The files' contacts, collapsed as in one pass over the files in their
// order (the rows fed back in order into one ContactCollapser): the same
// contacts for any number of threads, and the same from their summaries
// (gap_report --merge). Every file's counts are kept in out.summaries.
inline void collapse_event_files(Data& out, std::vector<std::string> errors_text) {
  const io::EventSummaries& all = *out.summaries;
  io::SummaryReplay replay(all.question.collapse_days);
  const auto keep = [&](Contact&& c) { out.contacts.push_back(std::move(c)); };
  io::EventSummary sum;
  for (const io::FileSummary& f : all.files) {
    replay.add(f, keep);
    const io::EventSummary& c = f.counts;
    sum.format = c.format;
    sum.read.records += c.read.records;
    sum.read.rows += c.read.rows;
    sum.read.bad_rows += c.read.bad_rows;
    sum.read.header_lines += c.read.header_lines;
    sum.read.blank_lines += c.read.blank_lines;
    sum.codes_restored += c.codes_restored;
    for (std::size_t r = 0; r < io::skip_reason_count; ++r) sum.skipped[r] += c.skipped[r];
  }
  replay.finish(keep);
  const std::uint64_t collapsed = replay.collapsed();
  std::stable_sort(out.contacts.begin(), out.contacts.end(),
                   [](const Contact& x, const Contact& y) { return x.date < y.date; });
  for (std::size_t i = 0; i < out.contacts.size(); ++i)
    out.contacts[i].id = ContactId{static_cast<std::uint32_t>(i + 1)};
  const std::size_t n = all.files.size();
  out.source = n == 1 ? all.files.front().file
                      : std::to_string(n) + " event files, " + all.files.front().file + " to " +
                            all.files.back().file;
  out.summary =
      (n == 1 ? std::string(io::format_name(sum.format)) + " file "
              : std::to_string(n) + " event files (") +
      (n == 1 ? out.source : all.files.front().file + " to " + all.files.back().file + ")") + ": " +
      std::to_string(sum.read.records) + " rows, " + std::to_string(sum.read.rows) + " kept as " +
      std::to_string(out.contacts.size()) + " contacts (" + std::to_string(collapsed) +
      " collapsed), " + std::to_string(sum.skipped_total()) + " skipped, " +
      std::to_string(sum.read.bad_rows) + " bad";
  for (std::size_t i = 0; i < errors_text.size() && i < listed_errors; ++i)
    out.summary += "\n  bad row: " + errors_text[i];
  if (errors_text.size() > listed_errors)
    out.summary +=
        "\n  and " + std::to_string(errors_text.size() - listed_errors) + " more bad rows";
  if (replay.behind() != 0)
    out.notes.push_back(std::to_string(replay.behind()) +
                        " rows of the event file came more than a week before a row read "
                        "earlier (it is not in the order of DATEADDED): their contacts may be "
                        "counted twice");
}

// Reads the event files the arguments name on a.jobs threads, or, with
// --merge, the summaries files (their question is the caller's to check).
inline void load_event_files(const Arguments& a, Data& out) {
  out.summaries.emplace();
  std::vector<std::string> errors;
  if (!a.merge.empty()) {
    for (std::size_t i = 0; i < a.merge.size(); ++i) {
      io::EventSummaries s = io::read_summaries(std::filesystem::path(a.merge[i]));
      if (i == 0)
        *out.summaries = std::move(s);
      else
        io::append_summaries(*out.summaries, std::move(s), a.merge[0], a.merge[i]);
    }
    if (out.summaries->files.empty())
      throw std::runtime_error(a.merge[0] + ": no files summarised");
  } else {
    const std::vector<std::string> files = expand_event_paths(a.events);
    map_in_order<EventFileRead>(
        files.size(), a.jobs, [&](std::size_t i) { return read_event_file(files[i], a); },
        [&](std::size_t, EventFileRead&& r) {
          for (const io::RowError& e : r.errors) errors.push_back(e.message());
          out.summaries->files.push_back(std::move(r.summary));
        });
  }
  collapse_event_files(out, std::move(errors));
}

// True when the arguments read event files as many (more than one, a
// directory, a pattern, summaries) rather than one file in one pass.
inline bool many_event_files(const Arguments& a) {
  if (!a.merge.empty() || a.events.size() > 1 || a.keep_summaries) return true;
  if (a.events.empty() || a.events.front() == "-") return false;
  std::error_code ec;
  return std::filesystem::is_directory(a.events.front(), ec) ||
         (a.events.front().find_first_of("*?[") != std::string::npos &&
          !std::filesystem::exists(a.events.front(), ec));
}

// Reads the contacts the arguments name. A file that cannot be read throws
// io::ReadError (naming file, line, column and what was wrong).
inline Data load(const Arguments& a) {
  Data out;
  if (!a.csv.empty()) {
    out.from_table = true;
    load_table(a, out);
  } else if (many_event_files(a)) {
    load_event_files(a, out);
  } else if (!a.events.empty()) {
    io::EventOptions options;
    options.format = a.events_format;
    options.read.mode = a.lenient ? io::ErrorMode::lenient : io::ErrorMode::strict;
    io::InputFile in(a.events.front());  // plain, gzip or zip; "-" is standard input
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
    out.statements = documented.statements;
    out.dating = documented.dating();
    out.source = "the built-in registry";
    out.built_in = true;
  }
  if (!a.events.empty() && !out.contacts.empty()) {
    // An event file records every event of its days: it is complete for them.
    Date::sys_days first = out.contacts.front().date.earliest();
    Date::sys_days last = out.contacts.front().date.latest();
    for (const Contact& c : out.contacts) {
      first = std::min(first, c.date.earliest());
      last = std::max(last, c.date.latest());
    }
    out.complete = Date::interval(first, last);
  }
  if (a.complete) out.complete = a.complete;
  if (!a.statements.empty()) load_statements(a, out);
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
