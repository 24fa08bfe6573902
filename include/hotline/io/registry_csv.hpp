// A whole registry as CSV files: each table written as export_registry
// prints it, and the five tables read back and built into an OwnedRegistry
// by the rules of the compile-time builder, every broken rule placed at the
// file, line and column of the entry that breaks it.
//
//   hotline::io::write_csv(std::cout, hotline::documented, hotline::io::Table::contacts);
//   auto read = hotline::io::read_registry_csv({.actors = "actors.csv", .contacts = "calls.csv"});
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <hotline/enumerators.hpp>
#include <hotline/io/tables.hpp>
#include <hotline/owned_registry.hpp>

namespace hotline::io {

// The tables of a registry, as export_registry names them.
enum class Table : std::uint8_t { contacts, actors, channels, agreements, sources };

}  // namespace hotline::io

template <>
struct hotline::EnumeratorTable<hotline::io::Table> {
  using Table = hotline::io::Table;
  static constexpr std::string_view kind = "table";
  static constexpr Enumerator<Table> items[] = {
      {Table::contacts, "contacts", "contacts"}, {Table::actors, "actors", "actors"},
      {Table::channels, "channels", "channels"}, {Table::agreements, "agreements", "agreements"},
      {Table::sources, "sources", "sources"},
  };
};

namespace hotline::io {

// A table's name, "contacts", and the table a name gives.
constexpr std::string_view table_name(Table t) noexcept {
  return code_name(t);
}
constexpr std::optional<Table> parse_table(std::string_view name) noexcept {
  return parse_enumerator<Table>(name);
}

// One table of a registry, as export_registry prints it.
inline void write_csv(std::ostream& out, const Registry& registry, Table table,
                      const WriteOptions& options = {}) {
  switch (table) {
    case Table::contacts:
      write_table<Contact>(out, registry.contacts, {registry.actors}, options);
      return;
    case Table::actors:
      write_actors_csv(out, registry.actors, registry.tenures, options);
      return;
    case Table::channels:
      write_table<Channel>(out, registry.channels, {}, options);
      return;
    case Table::agreements:
      write_table<Agreement>(out, registry.agreements, {}, options);
      return;
    case Table::sources:
      write_table<Source>(out, registry.sources, {}, options);
      return;
  }
}

// ---- a registry from CSV files --------------------------------------------

// The tables of a registry as streams (nullptr: the table is empty), each
// with the name its errors give.
struct RegistryCsvStreams {
  struct Input {
    std::istream* in = nullptr;
    std::string file{};
  };
  Input sources{}, actors{}, channels{}, contacts{}, agreements{};
};

// The tables of a registry as files; an empty path is an empty table.
struct RegistryCsvFiles {
  std::filesystem::path sources{}, actors{}, channels{}, contacts{}, agreements{};
};

// A registry read from CSV and built by OwnedRegistry::build, which applies
// the rules of the compile-time builder. `errors` holds the bad rows
// (lenient mode) and every broken rule, each placed at the file, line and
// column of the entry and field that break it; `registry` is set when there
// are none.
struct RegistryCsv {
  std::optional<OwnedRegistry> registry{};
  std::vector<RowError> errors{};
  std::vector<Diagnostic> diagnostics{};  // the broken rules, as the builder gives them
  TextStore text{};                       // the text the diagnostics' labels point to
};

namespace detail {

// Where each entry of one table was read: file, the line of each id, and
// the position of each column.
struct TablePlaces {
  std::string file;
  std::unordered_map<std::uint32_t, std::uint64_t> first_line;
  std::unordered_map<std::uint32_t, std::uint64_t> last_line;
  std::unordered_map<std::string, std::uint32_t> column;

  void saw(std::uint32_t id, std::uint64_t line) {
    first_line.try_emplace(id, line);
    last_line[id] = line;
  }
  template <class Entry>
  void columns_of(const TableReader<Entry>& r) {
    for (std::string_view c : Schema<Entry>::columns) column[std::string(c)] = r.position_of(c);
  }
};

template <class Entry, class Add>
void read_table_into(const RegistryCsvStreams::Input& input, const ReadOptions& options,
                     std::vector<RowError>& errors, TextStore& text, TablePlaces& places,
                     const TableContext& context, Add&& add) {
  places.file = input.file;
  if (input.in == nullptr) return;
  TableReader<Entry> reader(*input.in, input.file, keeping_errors(options, errors), context);
  places.columns_of(reader);
  Interner kept(text);
  while (const Entry* e = reader.next()) {
    Entry copy = *e;
    Schema<Entry>::keep(copy, kept);
    add(copy, reader.line());
  }
}

inline RowError place(const Diagnostic& d, const std::array<TablePlaces, 5>& places,
                      const std::unordered_map<std::string, std::uint64_t>& tenure_lines) {
  // Tables in the order of RegistryCsvStreams: sources, actors, channels, contacts, agreements.
  std::size_t table = 0;
  std::string column(d.field);
  if (d.kind == "source") {
    table = 0;
  } else if (d.kind == "actor" || d.kind == "tenure") {
    table = 1;
    if (d.kind == "tenure" && column == "actor") column = "id";
  } else if (d.kind == "channel") {
    table = 2;
  } else if (d.kind == "contact") {
    table = 3;
    if (column == "states") column = "countries";
  } else {
    table = 4;
  }
  if (column == "refined") column = "refined_date";
  if (column == "signed_on") column = "signed";
  const TablePlaces& p = places[table];
  std::uint64_t line = 0;
  if (d.kind == "tenure") {
    const auto found = tenure_lines.find(std::to_string(d.id) + '\n' + std::string(d.label));
    if (found != tenure_lines.end()) line = found->second;
  } else {
    const auto& lines = d.rule == Rule::duplicate_id ? p.last_line : p.first_line;
    const auto found = lines.find(d.id);
    if (found != lines.end()) line = found->second;
  }
  std::uint32_t position = 0;
  if (const auto found = p.column.find(column); found != p.column.end()) position = found->second;
  // A file may give participants and the initiator by id only.
  if (position == 0 && (column == "participants" || column == "initiator")) {
    const std::string by_id = column == "participants" ? "participant_ids" : "initiator_id";
    if (const auto found = p.column.find(by_id); found != p.column.end() && found->second != 0) {
      column = by_id;
      position = found->second;
    }
  }
  // "contact 17 (2014-03): initiator did not take part"
  std::string what = std::string(d.kind) + ' ' + std::to_string(d.id);
  if (!d.label.empty()) what += " (" + std::string(d.label) + ')';
  if (d.date.size != 0) what += " (" + std::string(d.date.view()) + ')';
  what += ": ";
  what += to_words(d.rule);
  return RowError{p.file, line, position, column, what};
}

}  // namespace detail

// Reads the five tables (actors first, so that contacts may name their
// participants) and builds the registry.
inline RegistryCsv read_registry_csv(const RegistryCsvStreams& in,
                                     const ReadOptions& options = {}) {
  RegistryCsv out;
  RegistryTables t;
  TextStore text;
  std::array<detail::TablePlaces, 5> places;
  std::unordered_map<std::string, std::uint64_t> tenure_lines;
  detail::read_table_into<Source>(in.sources, options, out.errors, text, places[0], {},
                                  [&](const Source& s, std::uint64_t line) {
                                    t.sources.push_back(s);
                                    places[0].saw(s.id.value(), line);
                                  });
  {
    std::unordered_map<std::uint32_t, std::size_t> seen;
    detail::read_table_into<ActorRow>(
        in.actors, options, out.errors, text, places[1], {},
        [&](const ActorRow& r, std::uint64_t line) {
          const auto found = seen.find(r.actor.id.value());
          if (found == seen.end() || t.actors[found->second].name != r.actor.name) {
            // A second name for an id is a second actor: the builder reports
            // the duplicate id.
            seen.emplace(r.actor.id.value(), t.actors.size());
            t.actors.push_back(r.actor);
            places[1].saw(r.actor.id.value(), line);
          }
          if (r.tenure) {
            t.tenures.push_back(*r.tenure);
            tenure_lines.try_emplace(
                std::to_string(r.actor.id.value()) + '\n' + std::string(r.tenure->title), line);
          }
        });
  }
  detail::read_table_into<Channel>(in.channels, options, out.errors, text, places[2], {},
                                   [&](const Channel& c, std::uint64_t line) {
                                     t.channels.push_back(c);
                                     places[2].saw(c.id.value(), line);
                                   });
  const std::vector<Actor> actors = t.actors;
  detail::read_table_into<Contact>(in.contacts, options, out.errors, text, places[3], {actors},
                                   [&](const Contact& c, std::uint64_t line) {
                                     t.contacts.push_back(c);
                                     places[3].saw(c.id.value(), line);
                                   });
  detail::read_table_into<Agreement>(in.agreements, options, out.errors, text, places[4], {},
                                     [&](const Agreement& a, std::uint64_t line) {
                                       t.agreements.push_back(a);
                                       places[4].saw(a.id.value(), line);
                                     });
  // OwnedRegistry::build destroys the tables, and their text, when a rule is
  // broken, and the diagnostics' labels point into that text. So the text
  // stays here while the rules are checked, and moves into the registry
  // (a TextStore keeps its addresses when moved) only once they hold.
  RegistryTables probe{t.sources, t.actors, t.tenures, t.channels, t.contacts, t.agreements, {}};
  auto checked = OwnedRegistry::build(std::move(probe));
  if (!checked.errors.empty() || !out.errors.empty()) {
    for (const Diagnostic& d : checked.errors)
      out.errors.push_back(detail::place(d, places, tenure_lines));
    out.diagnostics = std::move(checked.errors);
    out.text = std::move(text);
    return out;
  }
  t.text = std::move(text);
  out.registry = std::move(OwnedRegistry::build(std::move(t)).registry);
  return out;
}

inline RegistryCsv read_registry_csv(const RegistryCsvFiles& files,
                                     const ReadOptions& options = {}) {
  std::array<std::ifstream, 5> streams;
  RegistryCsvStreams in;
  const auto open = [&](const std::filesystem::path& path, std::size_t k,
                        RegistryCsvStreams::Input& input) {
    if (path.empty()) return;
    streams[k] = detail::open_for_reading(path);
    input = {&streams[k], path.string()};
  };
  open(files.sources, 0, in.sources);
  open(files.actors, 1, in.actors);
  open(files.channels, 2, in.channels);
  open(files.contacts, 3, in.contacts);
  open(files.agreements, 4, in.agreements);
  return read_registry_csv(in, options);
}

}  // namespace hotline::io
