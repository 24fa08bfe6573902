// hotline's tables in CSV with a header row, one schema per table
// (<hotline/io/schemas.hpp>): read and written entry by entry (TableReader,
// TableWriter, in memory bounded by the longest record), or whole
// (read_table, write_table). A bad row is reported with file, line, column
// and what was wrong, and stops the read (strict) or is skipped, counted and
// listed (lenient).
//
//   hotline::TextStore text;
//   auto calls = hotline::io::read_table<hotline::Contact>("calls.csv", text);
//   for (const hotline::Contact& c : calls.rows) ...
//   hotline::io::write_table<hotline::Contact>(std::cout, calls.rows);
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <iterator>
#include <optional>
#include <ostream>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <hotline/hotline.hpp>
#include <hotline/io/csv_records.hpp>
#include <hotline/io/fields.hpp>
#include <hotline/io/input.hpp>
#include <hotline/io/schemas.hpp>
#include <hotline/text_store.hpp>

namespace hotline::io {

// ---- names of enumerators in CSV ------------------------------------------

// The former names of hotline::code_name and of an exact-code look-up.
template <class E>
[[deprecated("use hotline::code_name")]] constexpr std::string_view csv_name(E value) noexcept {
  return code_name(value);
}
template <class E>
[[deprecated("use hotline::parse_enumerator")]] constexpr std::optional<E> from_csv_name(
    std::string_view word) noexcept {
  for (const Enumerator<E>& e : enumerators<E>())
    if (e.code == word) return e.value;
  return std::nullopt;
}

// ---- the days of a date, beside it -----------------------------------------

namespace detail {

// For each date column of a table, three columns the writers add after the
// table's own: the first and the last day the date allows (ISO 8601 days,
// which pd.to_datetime, R's as.Date and spreadsheets read) and its
// precision (day, mid_month, month, year, mid_decade, decade, interval).
// They are named earliest, latest and precision for the column "date", and
// <column>_earliest, <column>_latest, <column>_precision for the others.
// A reader checks them when a file has them: they must agree with the date.
template <class Schema>
struct DateDays {
  static constexpr std::size_t count = Schema::date_columns.size() * 3;

  static std::string name(std::size_t k) {
    constexpr std::array<std::string_view, 3> part{"earliest", "latest", "precision"};
    const std::string_view column = Schema::columns[Schema::date_columns[k / 3]];
    if (column == "date") return std::string(part[k % 3]);
    return std::string(column) + "_" + std::string(part[k % 3]);
  }

  // The three texts of a date's field: empty for an empty (or unreadable)
  // field.
  static void texts(std::string_view field, std::array<std::string, 3>& out) {
    for (std::string& t : out) t.clear();
    const auto d = Date::parse(trimmed(field));
    if (!d) return;
    iso_day(d->earliest(), out[0]);
    iso_day(d->latest(), out[1]);
    out[2] = code_name(d->precision());
  }

  // YYYY-MM-DD (years 0 to 9999, as Date holds them), without allocating
  // once `out` has room.
  static void iso_day(std::chrono::sys_days day, std::string& out) {
    const std::chrono::year_month_day ymd{day};
    const auto y = static_cast<unsigned>(static_cast<int>(ymd.year()));
    const unsigned m = static_cast<unsigned>(ymd.month());
    const unsigned d = static_cast<unsigned>(ymd.day());
    const char text[10] = {static_cast<char>('0' + y / 1000),
                           static_cast<char>('0' + y / 100 % 10),
                           static_cast<char>('0' + y / 10 % 10),
                           static_cast<char>('0' + y % 10),
                           '-',
                           static_cast<char>('0' + m / 10),
                           static_cast<char>('0' + m % 10),
                           '-',
                           static_cast<char>('0' + d / 10),
                           static_cast<char>('0' + d % 10)};
    out.assign(text, 10);
  }
};

}  // namespace detail

// ---- one entry at a time ----------------------------------------------------

// Reads one table from CSV with a header row, one entry at a time, in memory
// bounded by the longest record (and, for contacts, by the people they
// name). The header is read on construction: column names are matched in
// any case, without the spaces around them, and unknown ones are ignored
// (ignored_columns()); an empty file, a header that is not CSV, a column
// named twice or a required column missing throws ReadError in either mode.
// Then each row is an entry, or a bad row (wrong number of fields, a field
// that cannot be read: thrown in strict mode, reported and skipped in
// lenient mode). Ids, dates, numbers, codes, words and list items are read
// without the spaces and tabs around them; free text is kept as written.
// Blank lines are skipped and counted. The strings of an entry point into
// the reader's buffer: valid until the next call to next(). (Ids are not
// checked to be unique across rows here, which would take memory in
// proportion to the rows: read_table checks them.)
template <class Entry>
class TableReader {
  using Schema = detail::Schema<Entry>;
  using Days = detail::DateDays<Schema>;

 public:
  TableReader(std::istream& in, std::string file = "<stream>", const ReadOptions& options = {},
              const TableContext& context = {})
      : csv_(in, std::move(file), options), context_(context), mode_(options.mode) {
    read_header();
  }

  // The next entry, or nullptr at the end.
  const Entry* next() {
    for (;;) {
      const CsvRecord* r = csv_.next();
      if (r == nullptr) return nullptr;
      line_ = r->line;
      // A blank line, or a row of empty fields (a spreadsheet's empty row).
      if (r->blank || std::all_of(r->fields.begin(), r->fields.end(),
                                  [](std::string_view f) { return detail::trimmed(f).empty(); })) {
        ++blank_lines_;
        continue;
      }
      if (r->fields.size() != header_size_) {
        ++bad_rows_;
        const std::size_t column = std::min(r->fields.size(), header_size_) + 1;
        report(column, {},
               "expected " + std::to_string(header_size_) + " fields, found " +
                   std::to_string(r->fields.size()));
        continue;
      }
      const auto fields = r->fields;
      const auto get = [&](std::size_t column) -> std::string_view {
        const int at = index_[column];
        return at < 0 ? std::string_view{} : fields[static_cast<std::size_t>(at)];
      };
      // Values only in columns hotline does not read: not an entry, and not
      // blank either (it would not survive being written and read again).
      if (std::all_of(index_.begin(), index_.end(), [&](int at) {
            return at < 0 || detail::trimmed(fields[static_cast<std::size_t>(at)]).empty();
          })) {
        ++bad_rows_;
        report(1, {},
               std::string("no value in any ") + std::string(Schema::kind) +
                   " column, only in columns hotline does not read");
        continue;
      }
      if constexpr (requires { context_.line; }) context_.line = line_;
      if (auto error = Schema::parse(get, context_, entry_)) {
        ++bad_rows_;
        const int at = index_[error->column];
        report(static_cast<std::size_t>(at) + 1, Schema::columns[error->column],
               std::move(error->what));
        continue;
      }
      if (!days_agree(get, fields)) {
        ++bad_rows_;
        continue;
      }
      ++rows_;
      return &entry_;
    }
  }

  // Counts so far: records == rows + bad_rows.
  ReadStats stats() const {
    ReadStats s;
    const ReadStats& c = csv_.stats();
    s.header_lines = 1;
    s.blank_lines = blank_lines_;
    s.rows = rows_;
    s.bad_rows = c.bad_rows + bad_rows_;
    s.records = c.records - 1 - blank_lines_;
    return s;
  }
  const std::string& file() const noexcept { return csv_.file(); }
  // The line the last entry (or bad row) started on.
  std::uint64_t line() const noexcept { return line_; }
  // The 1-based position of a column in the file, 0 when the file lacks it.
  std::uint32_t position_of(std::string_view column) const noexcept {
    for (std::size_t i = 0; i < Schema::count; ++i)
      if (Schema::columns[i] == column) return static_cast<std::uint32_t>(index_[i] + 1);
    return 0;
  }
  // Header columns the reader does not know, and so ignores.
  const std::vector<std::string>& ignored_columns() const noexcept { return ignored_; }
  // The actors the contacts read so far name: the actors table's (from the
  // TableContext) and the file's own, each new name an actor with a new id.
  // Their names live as long as the reader.
  std::span<const Actor> people() const noexcept requires std::same_as<Entry, Contact> {
    return context_.people.actors();
  }
  // For contacts: how many rows took each person's state from the look-up
  // registry (TableContext::look_up), by name.
  const std::unordered_map<std::string, std::size_t>& looked_up()
      const noexcept requires std::same_as<Entry, Contact> {
    return context_.states.looked_up();
  }

  // Range-for over the entries: for (const Contact& c : reader).
  using Iterator = detail::PullIterator<TableReader, Entry>;
  Iterator begin() { return Iterator{this}; }
  std::default_sentinel_t end() { return {}; }

 private:
  void report(std::size_t column, std::string_view field, std::string what) {
    csv_.errors().report(line_, static_cast<std::uint32_t>(column), field, std::move(what));
  }

  // The earliest, latest and precision columns a file has agree with their
  // dates (an empty one says nothing).
  template <class Get>
  bool days_agree(const Get& get, std::span<const std::string_view> fields) {
    std::array<std::string, 3>& want = want_days_;
    std::size_t texts_of = Days::count;  // the date column `want` holds
    for (std::size_t k = 0; k < Days::count; ++k) {
      if (days_index_[k] < 0) continue;
      const std::string_view given =
          detail::trimmed(fields[static_cast<std::size_t>(days_index_[k])]);
      if (given.empty()) continue;
      const std::size_t column = Schema::date_columns[k / 3];
      // The texts of a date column, once for its three columns.
      if (texts_of != k / 3) {
        Days::texts(get(column), want);
        texts_of = k / 3;
      }
      if (given == want[k % 3]) continue;
      const std::string name = Days::name(k);
      report(static_cast<std::size_t>(days_index_[k]) + 1, name,
             detail::quoted(given) + " disagrees with " + std::string(Schema::columns[column]) +
                 " " + detail::quoted(detail::trimmed(get(column))) +
                 (want[k % 3].empty() ? std::string(", which is empty")
                                      : ", whose " + std::string(name.substr(name.rfind('_') + 1)) +
                                            " is " + want[k % 3]));
      return false;
    }
    return true;
  }

  void read_header() {
    index_.fill(-1);
    days_index_.fill(-1);
    auto& sink = csv_.errors();
    sink.set_mode(ErrorMode::strict);
    const CsvRecord* header = nullptr;
    try {
      header = csv_.next();
    } catch (const ReadError& e) {
      RowError error = e.error();
      error.what = "bad header row: " + error.what;
      throw ReadError(std::move(error));
    }
    sink.set_mode(mode_);
    if (header == nullptr) sink.fatal(1, 0, {}, "empty file: no header row");
    header_size_ = header->fields.size();
    csv_.name_fields({header->fields.begin(), header->fields.end()});
    for (std::size_t f = 0; f < header->fields.size(); ++f) {
      const std::string_view name = detail::trimmed(header->fields[f]);
      std::size_t column = 0;
      while (column < Schema::count && !hotline::detail::same_name(Schema::columns[column], name))
        ++column;
      if (column == Schema::count) {
        std::size_t k = 0;
        while (k < Days::count && !hotline::detail::same_name(Days::name(k), name)) ++k;
        if (k < Days::count && days_index_[k] < 0) {
          days_index_[k] = static_cast<int>(f);
          continue;
        }
        if (k < Days::count)
          sink.fatal(header->line, static_cast<std::uint32_t>(f + 1), name,
                     "column " + detail::quoted(name) + " appears twice");
        if (!name.empty()) ignored_.emplace_back(name);  // an unnamed column says nothing
        continue;
      }
      if (index_[column] >= 0)
        sink.fatal(header->line, static_cast<std::uint32_t>(f + 1), name,
                   "column " + detail::quoted(name) + " appears twice");
      index_[column] = static_cast<int>(f);
    }
    // A header read as one column that holds separators: the file is not
    // comma-separated (Excel writes ';' where ',' is the decimal comma).
    std::string hint;
    if (header->fields.size() == 1) {
      const std::string_view only = header->fields[0];
      for (const char* sep : {";", "\t", "|"})
        if (only.find(sep) != std::string_view::npos) {
          hint = std::string(": the header is one column, ") + detail::quoted(only) +
                 " (is the file separated by " +
                 (sep[0] == '\t' ? std::string("tabs") : "'" + std::string(sep) + "'") +
                 "? hotline reads comma-separated files)";
          break;
        }
    }
    for (std::size_t column = 0; column < Schema::count; ++column)
      if (Schema::required[column] && index_[column] < 0)
        sink.fatal(header->line, 0, {},
                   "missing column " + detail::quoted(Schema::columns[column]) + " in the " +
                       std::string(Schema::kind) + " header" + hint);
    if constexpr (requires {
                    Schema::check_header(std::span<const int, Schema::count>(index_), context_);
                  }) {
      if (auto why = Schema::check_header(std::span<const int, Schema::count>(index_), context_))
        sink.fatal(header->line, 0, {}, std::move(*why));
    }
  }

  CsvReader csv_;
  typename Schema::Context context_;
  ErrorMode mode_;
  std::array<int, Schema::count> index_{};
  std::array<int, detail::DateDays<Schema>::count> days_index_{};
  std::array<std::string, 3> want_days_{};  // days_agree's texts, kept to reuse their memory
  std::size_t header_size_ = 0;
  std::vector<std::string> ignored_;
  Entry entry_{};
  std::uint64_t line_ = 0;
  std::uint64_t rows_ = 0;
  std::uint64_t bad_rows_ = 0;
  std::uint64_t blank_lines_ = 0;
};

// Writes one table as CSV: the header row on construction, then one row per
// write(). Each date column is followed, after the table's own columns, by
// its earliest and latest day and its precision (detail::DateDays). Output
// is flushed when the writer is destroyed.
template <class Entry>
class TableWriter {
  using Schema = detail::Schema<Entry>;
  using Days = detail::DateDays<Schema>;

 public:
  explicit TableWriter(std::ostream& out, const TableContext& context = {},
                       WriteOptions options = {})
      : csv_(out, options), context_(context) {
    for (std::string_view column : Schema::columns) csv_.field(column);
    for (std::size_t k = 0; k < Days::count; ++k) csv_.field(Days::name(k));
    csv_.end_row();
  }

  void write(const Entry& entry) {
    std::size_t column = 0;
    Schema::write(
        [&](std::string_view field) {
          for (std::size_t d = 0; d < Schema::date_columns.size(); ++d)
            if (Schema::date_columns[d] == column) dates_[d].assign(field);
          ++column;
          csv_.field(field);
        },
        csv_, entry, context_);
    std::array<std::string, 3> days;
    for (const std::string& date : dates_) {
      Days::texts(date, days);
      for (const std::string& t : days) csv_.field(t);
    }
    csv_.end_row();
  }
  void flush() { csv_.flush(); }

 private:
  CsvWriter csv_;
  typename Schema::Context context_;
  std::array<std::string, Schema::date_columns.size()> dates_{};
};

// ---- whole tables ----------------------------------------------------------

// Entries read into memory: their strings kept in the TextStore the caller
// gave, every bad row in `errors` (lenient mode), and the counts.
template <class Entry>
struct Loaded {
  std::vector<Entry> rows{};
  std::vector<RowError> errors{};
  ReadStats stats{};
  std::vector<std::string> ignored_columns{};  // header columns not read
};

// Contacts read into memory, with the people they name: the actors table's
// (TableContext::actors) and the file's own, whose names are kept in the
// TextStore given; and the people whose states came from the look-up
// registry, with the number of rows each (sorted by name).
template <>
struct Loaded<Contact> {
  std::vector<Contact> rows{};
  std::vector<RowError> errors{};
  ReadStats stats{};
  std::vector<std::string> ignored_columns{};
  std::vector<Actor> people{};
  std::vector<std::pair<std::string, std::size_t>> looked_up{};
};

namespace detail {

// Contact ids are unique in a file: the text of each id, or the number a
// row without one (or with a text one) is given, its line. A duplicate is a
// bad row at the later line, naming the earlier.
inline void check_unique_ids(Loaded<Contact>& out, const std::vector<std::uint64_t>& lines,
                             const std::string& file, std::uint32_t id_column,
                             const ReadOptions& options) {
  const std::size_t n = out.rows.size();
  std::vector<std::size_t> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = i;
  std::vector<bool> drop(n, false);
  const auto report = [&](std::size_t later, std::size_t earlier, std::string what) {
    (void)earlier;
    RowError e{file, lines[later], id_column, "id", std::move(what)};
    if (options.mode == ErrorMode::strict) throw ReadError(e);
    if (options.on_error) options.on_error(e);
    out.errors.push_back(std::move(e));
    drop[later] = true;
  };
  const auto& rows = out.rows;
  // The same text of an id.
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return rows[a].key < rows[b].key || (rows[a].key == rows[b].key && a < b);
  });
  for (std::size_t i = 1; i < n; ++i) {
    const Contact& a = rows[order[i - 1]];
    const Contact& b = rows[order[i]];
    if (!b.key.empty() && a.key == b.key)
      report(order[i], order[i - 1],
             "id " + quoted(b.key) + " is also the id of the row on line " +
                 std::to_string(lines[order[i - 1]]));
  }
  // The same number, written or given.
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return rows[a].id < rows[b].id || (rows[a].id == rows[b].id && a < b);
  });
  for (std::size_t i = 1; i < n; ++i) {
    const std::size_t a = order[i - 1];
    const std::size_t b = order[i];
    if (rows[a].id != rows[b].id || drop[b] || drop[a]) continue;
    const bool a_given = rows[a].key.empty() && rows[a].id.value() != lines[a];
    const bool b_given = rows[b].key.empty() && rows[b].id.value() != lines[b];
    const std::size_t later = std::max(a, b);
    const std::size_t earlier = std::min(a, b);
    if (a_given && b_given) {
      report(later, earlier,
             "id " + std::to_string(rows[b].id.value()) + " is also the id of the row on line " +
                 std::to_string(lines[earlier]));
    } else {
      const std::size_t numbered = a_given ? b : a;
      report(later, earlier,
             "the row on line " + std::to_string(lines[numbered]) +
                 " has no id number and is given its line number, " +
                 std::to_string(rows[numbered].id.value()) +
                 ", which is the id of another row: give every row an id, or none");
    }
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < n; ++i)
    if (!drop[i]) out.rows[kept++] = out.rows[i];
  const std::size_t dropped = n - kept;
  out.rows.resize(kept);
  out.stats.rows -= dropped;
  out.stats.bad_rows += dropped;
}

}  // namespace detail

// The actors table read into memory: each actor once (in order of first
// appearance), its tenures in file order. Rows that name an actor id already
// seen with another name are bad rows.
struct LoadedActors {
  std::vector<Actor> actors{};
  std::vector<Tenure> tenures{};
  std::vector<RowError> errors{};
  ReadStats stats{};
};

// Reads a whole table (Contact, Channel, Agreement or Source; the actors
// table is read_actors_csv's). Strings are kept in `text`. Strict mode throws
// ReadError at the first bad row; lenient mode skips bad rows and lists
// them. `context` gives the contacts table the actors whose names it reads.
template <class Entry>
Loaded<Entry> read_table(std::istream& in, std::string file, TextStore& text,
                         const ReadOptions& options = {}, const TableContext& context = {}) {
  Loaded<Entry> out;
  TableReader<Entry> reader(in, std::move(file), detail::keeping_errors(options, out.errors),
                            context);
  detail::Interner kept(text);
  std::vector<std::uint64_t> lines;
  while (const Entry* e = reader.next()) {
    out.rows.push_back(*e);
    detail::Schema<Entry>::keep(out.rows.back(), kept);
    if constexpr (std::same_as<Entry, Contact>) lines.push_back(reader.line());
  }
  out.stats = reader.stats();
  out.ignored_columns = reader.ignored_columns();
  if constexpr (std::same_as<Entry, Contact>) {
    detail::check_unique_ids(out, lines, reader.file(), reader.position_of("id"), options);
    for (const Actor& a : reader.people()) out.people.push_back(Actor{a.id, kept.keep(a.name)});
    for (const auto& [name, rows] : reader.looked_up()) out.looked_up.emplace_back(name, rows);
    std::sort(out.looked_up.begin(), out.looked_up.end());
  }
  return out;
}

// The same, from a file.
template <class Entry>
Loaded<Entry> read_table(const std::filesystem::path& path, TextStore& text,
                         const ReadOptions& options = {}, const TableContext& context = {}) {
  auto in = detail::open_for_reading(path);
  return read_table<Entry>(in, path.string(), text, options, context);
}

// Writes a whole table with its header row. Contacts name their
// participants and initiator from context.actors ("#17" for an id not among
// them).
template <class Entry>
void write_table(std::ostream& out, std::span<const Entry> entries,
                 const TableContext& context = {}, const WriteOptions& options = {}) {
  TableWriter<Entry> w(out, context, options);
  for (const Entry& e : entries) w.write(e);
}

// The actors table read into memory (see LoadedActors).
inline LoadedActors read_actors_csv(std::istream& in, std::string file, TextStore& text,
                                    const ReadOptions& options = {}) {
  LoadedActors out;
  TableReader<ActorRow> reader(in, std::move(file), detail::keeping_errors(options, out.errors));
  detail::Interner kept(text);
  std::unordered_map<std::uint32_t, std::size_t> seen;
  while (const ActorRow* r = reader.next()) {
    const auto found = seen.find(r->actor.id.value());
    if (found == seen.end()) {
      seen.emplace(r->actor.id.value(), out.actors.size());
      out.actors.push_back(Actor{r->actor.id, kept.keep(r->actor.name)});
    } else if (out.actors[found->second].name != r->actor.name) {
      const std::string what = "actor " + std::to_string(r->actor.id.value()) + " is named " +
                               detail::quoted(out.actors[found->second].name) +
                               " on an earlier line";
      RowError e{reader.file(), reader.line(), reader.position_of("name"), "name", what};
      if (options.mode == ErrorMode::strict) throw ReadError(e);
      out.errors.push_back(e);
      if (options.on_error) options.on_error(e);
      ++out.stats.bad_rows;
      continue;
    }
    if (r->tenure) {
      Tenure t = *r->tenure;
      t.title = kept.keep(t.title);
      out.tenures.push_back(t);
    }
  }
  const std::uint64_t extra_bad = out.stats.bad_rows;
  out.stats = reader.stats();
  out.stats.bad_rows += extra_bad;
  out.stats.rows -= extra_bad;
  return out;
}

inline LoadedActors read_actors_csv(const std::filesystem::path& path, TextStore& text,
                                    const ReadOptions& options = {}) {
  auto in = detail::open_for_reading(path);
  return read_actors_csv(in, path.string(), text, options);
}

// Each actor in order, followed by its tenures in the order given (one row
// each), or one row alone when it has none. A tenure whose actor is not in
// `actors` cannot be written: std::invalid_argument.
inline void write_actors_csv(std::ostream& out, std::span<const Actor> actors,
                             std::span<const Tenure> tenures, const WriteOptions& options = {}) {
  std::unordered_map<std::uint32_t, std::vector<const Tenure*>> by_actor;
  for (const Tenure& t : tenures) by_actor[t.actor.value()].push_back(&t);
  for (const Actor& a : actors) by_actor.try_emplace(a.id.value());
  std::size_t written = 0;
  TableWriter<ActorRow> w(out, {}, options);
  for (const Actor& a : actors) {
    auto found = by_actor.find(a.id.value());
    if (found->second.empty()) {
      w.write(ActorRow{a, std::nullopt});
      continue;
    }
    for (const Tenure* t : found->second) w.write(ActorRow{a, *t});
    written += found->second.size();
    found->second.clear();
  }
  if (written != tenures.size())
    throw std::invalid_argument(
        "hotline::io::write_actors_csv: a tenure names an actor id that "
        "is not in the actors table");
}

// The former readers and writers of single tables: read_table<Entry> and
// write_table<Entry> with the entry's type.
[[deprecated("use read_table<Contact>")]] inline Loaded<Contact> read_contacts_csv(
    const std::filesystem::path& path, TextStore& text, const ReadOptions& options = {},
    std::span<const Actor> actors = {}) {
  return read_table<Contact>(path, text, options, {actors});
}
[[deprecated("use read_table<Contact>")]] inline Loaded<Contact> read_contacts_csv(
    std::istream& in, std::string file, TextStore& text, const ReadOptions& options = {},
    std::span<const Actor> actors = {}) {
  return read_table<Contact>(in, std::move(file), text, options, {actors});
}
[[deprecated("use write_table<Contact>")]] inline void write_contacts_csv(
    std::ostream& out, std::span<const Contact> contacts, std::span<const Actor> actors = {},
    const WriteOptions& options = {}) {
  write_table<Contact>(out, contacts, {actors}, options);
}

}  // namespace hotline::io
