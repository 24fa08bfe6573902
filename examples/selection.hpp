// The selection options that gap_report and timeline_svg share: where the
// contacts come from (the built-in registry, --csv FILE, --events FILE) and
// which of them to keep (--between, --actors, --level, --medium, --from,
// --to). A small part of the examples, not of the library: copy it freely.
#pragma once

#include <hotline/analysis.hpp>
#include <hotline/documented.hpp>
#include <hotline/io/csv.hpp>
#include <hotline/io/events.hpp>
#include <hotline/names.hpp>

#include <charconv>
#include <chrono>
#include <cstdlib>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace hotline::cli {

// A mistake in the command line: the programs print it and exit with 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// What to read and which contacts to keep.
struct Selection {
  std::string csv;     // --csv FILE: contacts in the export format
  std::string events;  // --events FILE: GDELT 1.0/2.0 or ICEWS
  std::optional<io::EventFormat> events_format;
  std::optional<std::pair<Country, Country>> between;
  std::vector<std::string> actor_names;  // --actors "Name;Name"
  std::optional<Level> level;
  std::optional<Medium> medium;
  std::optional<std::chrono::year_month> from;
  std::optional<std::chrono::year_month> to;
};

inline constexpr std::string_view selection_help =
    R"(  --csv FILE            contacts in the export format (see README: CSV columns);
                        participants are names of the built-in registry's people
                        or ids in a participant_ids column
  --events FILE         a GDELT 2.0, GDELT 1.0 or ICEWS event file
  --events-format F     gdelt2, gdelt1 or icews (detected when not given)
  --between A,B         contacts joining states A and B (ISO alpha-3; USA,RUS
                        also finds USA-USSR contacts)
  --actors "N;N"        contacts in which all these people took part
  --level LEVEL         leader, foreign_minister, defence_minister, military_chief,
                        ambassador, envoy, working_group, official, unknown
  --medium MEDIUM       telephone, in_person, video, teletype, telex, facsimile,
                        letter, unknown
  --from YYYY-MM        contacts that may fall in this month or later
  --to YYYY-MM          contacts that may fall in this month or earlier
)";

namespace detail {

// An enumerator by its CSV name ("foreign_minister") or its words ("foreign
// minister", "phone call").
template <class E>
E parse_enum(std::string_view option, std::string_view text) {
  if (const auto e = parse_enumerator<E>(text)) return *e;
  throw UsageError(std::string(option) + ": unknown value '" + std::string(text) + "'");
}

inline std::chrono::year_month parse_month(std::string_view option, std::string_view text) {
  const auto d = Date::parse(text);
  if (!d || d->precision() != Precision::month)
    throw UsageError(std::string(option) + ": expected a month as YYYY-MM, not '" +
                     std::string(text) + "'" + (d ? "" : " (" + std::string(d.error().what) + ")"));
  const std::chrono::year_month_day first{d->earliest()};
  return first.year() / first.month();
}

inline Country parse_country(std::string_view option, std::string_view code) {
  const auto c = Country::from_code(code);
  if (!c)
    throw UsageError(std::string(option) + ": unknown country code '" + std::string(code) +
                     "' (ISO 3166-1 alpha-3, such as USA, RUS, SUN)");
  return *c;
}

}  // namespace detail

// If args[i] is a selection option, reads it (and its value, advancing i)
// into `s` and returns true.
inline bool parse_selection_option(std::span<const std::string_view> args, std::size_t& i,
                                   Selection& s) {
  const std::string_view option = args[i];
  const auto value = [&]() -> std::string_view {
    if (i + 1 >= args.size()) throw UsageError(std::string(option) + ": needs a value");
    return args[++i];
  };
  if (option == "--csv") {
    s.csv = value();
  } else if (option == "--events") {
    s.events = value();
  } else if (option == "--events-format") {
    const auto v = value();
    s.events_format = io::parse_event_format(v);
    if (!s.events_format)
      throw UsageError("--events-format: expected gdelt2, gdelt1 or icews, not '" + std::string(v) +
                       "'");
  } else if (option == "--between") {
    const auto v = value();
    const auto comma = v.find(',');
    if (comma == std::string_view::npos)
      throw UsageError("--between: expected two states as A,B (such as USA,RUS)");
    s.between = {detail::parse_country(option, v.substr(0, comma)),
                 detail::parse_country(option, v.substr(comma + 1))};
  } else if (option == "--actors") {
    std::string_view v = value();
    while (!v.empty()) {
      const auto semi = v.find(';');
      s.actor_names.emplace_back(v.substr(0, semi));
      if (semi == std::string_view::npos) break;
      v.remove_prefix(semi + 1);
    }
  } else if (option == "--level") {
    s.level = detail::parse_enum<Level>(option, value());
  } else if (option == "--medium") {
    s.medium = detail::parse_enum<Medium>(option, value());
  } else if (option == "--from") {
    s.from = detail::parse_month(option, value());
  } else if (option == "--to") {
    s.to = detail::parse_month(option, value());
  } else {
    return false;
  }
  if (!s.csv.empty() && !s.events.empty())
    throw UsageError("--csv and --events: give one source of contacts, not both");
  if (s.from && s.to && *s.to < *s.from) throw UsageError("--to: the month is before --from");
  return true;
}

// Contacts read from wherever the selection says, and what a person should
// call them.
struct Loaded {
  TextStore text;
  std::vector<Contact> contacts;  // sorted by date
  std::span<const Actor> actors;  // names for participants: the built-in registry's
  std::string source;             // "the built-in registry", "calls.csv"
  std::string read_summary;       // what reading the file did, for stderr
};

// Reads the contacts. File problems throw io::ReadError (naming file, line,
// column and what was wrong) or std::runtime_error (a file that cannot be
// opened).
inline Loaded load(const Selection& s) {
  Loaded out;
  out.actors = documented.actors;
  if (!s.csv.empty()) {
    auto read = io::read_table<Contact>(std::filesystem::path(s.csv), out.text, {}, {out.actors});
    out.contacts = std::move(read.rows);
    // A spreadsheet may name the people and not their states: take those
    // from the offices the built-in registry knows they held that day.
    for (Contact& c : out.contacts) {
      if (!c.states.empty() || c.participants.empty()) continue;
      const StatesAndLevel derived = states_and_level(documented, c);
      c.states = derived.states;
      if (c.level == Level::unknown) c.level = derived.level;
    }
    std::stable_sort(out.contacts.begin(), out.contacts.end(),
                     [](const Contact& a, const Contact& b) { return a.date < b.date; });
    out.source = s.csv;
    out.read_summary = std::to_string(read.stats.rows) + " contacts read from " + s.csv;
  } else if (!s.events.empty()) {
    io::EventOptions options;
    options.format = s.events_format;
    options.read.mode = io::ErrorMode::lenient;
    auto read = io::read_events(std::filesystem::path(s.events), out.text, options);
    out.contacts = std::move(read.contacts);
    out.source = s.events;
    const auto& sum = read.summary;
    out.read_summary = std::string(io::format_name(sum.format)) + " file " + s.events + ": " +
                       std::to_string(sum.read.records) + " rows, " +
                       std::to_string(sum.read.rows) + " kept as " + std::to_string(sum.contacts) +
                       " contacts (" + std::to_string(sum.collapsed) + " collapsed), " +
                       std::to_string(sum.skipped_total()) + " skipped, " +
                       std::to_string(sum.read.bad_rows) + " bad";
    for (const io::RowError& e : read.errors) out.read_summary += "\n  bad row: " + e.message();
  } else {
    out.contacts.assign(documented.contacts.begin(), documented.contacts.end());
    out.source = "the built-in registry";
  }
  return out;
}

// The ids of the people --actors names. An unknown name is a usage error.
inline std::vector<ActorId> actor_ids(const Selection& s, std::span<const Actor> actors) {
  std::vector<ActorId> ids;
  for (const std::string& name : s.actor_names) {
    const auto it = std::ranges::find(actors, std::string_view(name), &Actor::name);
    if (it == actors.end())
      throw UsageError("--actors: no person named '" + name + "' in the built-in registry");
    ids.push_back(it->id);
  }
  return ids;
}

// The contacts the selection keeps, in date order.
inline std::vector<Contact> select(const Selection& s, const Loaded& data) {
  const std::vector<ActorId> people = actor_ids(s, data.actors);
  const Date window =
      Date::interval(s.from ? std::chrono::sys_days{*s.from / 1} : Date::min_day,
                     s.to ? std::chrono::sys_days{*s.to / std::chrono::last} : Date::max_day);
  std::vector<Contact> kept;
  for (const Contact& c : data.contacts) {
    if (s.between && !joins(c, s.between->first, s.between->second)) continue;
    if (!std::ranges::all_of(people, [&](ActorId a) { return c.participants.contains(a); }))
      continue;
    if (s.level && c.level != *s.level) continue;
    if (s.medium && c.medium != *s.medium) continue;
    if (!c.date.overlaps(window)) continue;
    kept.push_back(c);
  }
  return kept;
}

// The selection in words: "US-Russia leader contacts in the built-in registry".
inline std::string describe(const Selection& s, const Loaded& data) {
  std::string d;
  if (s.between)
    d += std::string(s.between->first.code()) + "-" + std::string(s.between->second.code()) + " ";
  if (s.level) d += std::string(to_words(*s.level)) + "-level ";
  d += s.medium ? std::string(to_words(*s.medium)) + "s" : std::string("contacts");
  for (std::size_t i = 0; i < s.actor_names.size(); ++i)
    d += (i == 0 ? " of " : i + 1 == s.actor_names.size() ? " and " : ", ") + s.actor_names[i];
  if (s.from || s.to) {
    d += " from ";
    d += s.from ? std::string(to_iso(Date::in_month(*s.from)).view()) : std::string("the first");
    d += " to ";
    d += s.to ? std::string(to_iso(Date::in_month(*s.to)).view()) : std::string("the last");
  }
  d += " in " + data.source;
  return d;
}

}  // namespace hotline::cli
