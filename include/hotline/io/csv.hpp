// CSV, both ways: RFC 4180 records (quoted fields with commas, quotes and
// newlines, CRLF or LF line ends, an optional UTF-8 byte-order mark), and the
// export format of hotline's tables: contacts, actors with their tenures,
// channels, agreements and sources. Writing then reading gives back every
// value the types hold (dates that are ok(), enumerators that are named).
//
//   hotline::io::write_csv(std::cout, hotline::documented, hotline::io::Table::contacts);
//
//   hotline::TextStore text;
//   auto calls = hotline::io::read_contacts_csv("calls.csv", text);   // throws at a bad row
//   for (const hotline::Contact& c : calls.rows) ...
//
//   // Streaming: memory does not grow with the file; strings are valid until next().
//   std::ifstream in("calls.csv", std::ios::binary);
//   hotline::io::TableReader<hotline::Contact> reader(in, "calls.csv", {.mode = lenient});
//   while (const hotline::Contact* c = reader.next()) ...
//
// The columns of each table are documented in docs/io.md and above each
// detail::Schema below.
#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <ostream>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <hotline/actor.hpp>
#include <hotline/agreement.hpp>
#include <hotline/channel.hpp>
#include <hotline/contact.hpp>
#include <hotline/country.hpp>
#include <hotline/date.hpp>
#include <hotline/io/input.hpp>
#include <hotline/registry.hpp>
#include <hotline/source.hpp>
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

// ---- RFC 4180 records ------------------------------------------------------

// One record: its fields (unquoted, with "" turned back into "), and the line
// it starts on. The views are valid until the reader's next call.
struct CsvRecord {
  std::uint64_t line = 0;
  std::span<const std::string_view> fields{};
  bool blank = false;  // an empty line: one empty, unquoted field
};

// Reads RFC 4180 records from a stream, one at a time, in memory bounded by
// the longest record. Fields are separated by commas; a field may be quoted
// ("a, b", "say ""hi""", "two\nlines"); records end with CRLF or LF (or the
// end of the input). A UTF-8 byte-order mark at the start is skipped.
// Malformed records (a quote inside an unquoted field, text after a closing
// quote, a carriage return without a line feed, a quote never closed, a
// record longer than max_record_bytes, text that is not UTF-8) are errors,
// reported with the line the record starts on and the field number.
class CsvReader {
 public:
  // Fields in one record at most; more is a bad record.
  static constexpr std::size_t max_fields = 65536;

  CsvReader(std::istream& in, std::string file = "<stream>", const ReadOptions& options = {})
      : input_(in),
        sink_(std::move(file), options),
        max_record_(options.max_record_bytes),
        check_utf8_(options.check_utf8) {}

  // The next record, or nullptr at the end of the input. Bad records are
  // thrown (strict) or reported and skipped (lenient).
  const CsvRecord* next() {
    for (;;) {
      if (!scan()) return nullptr;
      ++stats_.records;
      if (problem_.empty()) build_fields();
      if (!problem_.empty()) {
        ++stats_.bad_rows;
        const std::string_view name = problem_column_ > 0 && problem_column_ <= names_.size()
                                          ? std::string_view{names_[problem_column_ - 1]}
                                          : std::string_view{};
        sink_.report(record_.line, problem_column_, name, std::move(problem_));
        continue;
      }
      ++stats_.rows;
      return &record_;
    }
  }

  const std::string& file() const noexcept { return sink_.file(); }
  // records == rows + bad_rows; blank lines are rows here (one empty field).
  const ReadStats& stats() const noexcept { return stats_; }
  // Names errors give their fields, by position (the header of a table).
  void name_fields(std::vector<std::string> names) { names_ = std::move(names); }
  // Where errors go; typed readers report their own errors through it.
  hotline::io::detail::ErrorSink& errors() noexcept { return sink_; }

 private:
  enum class State : std::uint8_t { field_start, unquoted, quoted, quote_end, carriage_return };
  struct Span {
    std::size_t begin;
    std::size_t end;
    bool unescape;
  };

  static constexpr bool special(char c) noexcept {
    return c == ',' || c == '"' || c == '\n' || c == '\r';
  }

  void problem(std::size_t column, std::string what) {
    if (!problem_.empty()) return;
    problem_ = std::move(what);
    problem_column_ = static_cast<std::uint32_t>(std::min<std::size_t>(column, UINT32_MAX));
  }

  void push(std::size_t begin, std::size_t end, bool unescape) {
    ++field_count_;
    if (discarding_) return;
    if (spans_.size() == max_fields) {
      problem(field_count_, "more than " + std::to_string(max_fields) + " fields");
      discarding_ = true;
      return;
    }
    spans_.push_back({begin, end, unescape});
  }

  // Finds the next record: its fields as spans from rec_. False at the end.
  bool scan() {
    spans_.clear();
    problem_.clear();
    problem_column_ = 0;
    discarding_ = false;
    field_count_ = 0;
    bool got = false;
    if (!started_) {
      started_ = true;
      input_.refill(0, got);
      if (input_.size() >= 3 && std::string_view(input_.data(), 3) == "\xEF\xBB\xBF") pos_ = 3;
    }
    std::size_t i = pos_;
    rec_ = i;
    record_.line = line_;
    record_.blank = false;
    State st = State::field_start;
    std::size_t fbeg = 0;
    std::size_t fend = 0;
    bool unescape = false;
    char* b = input_.data();
    std::size_t n = input_.size();
    for (;;) {
      if (i == n) {
        if (!discarding_ && i - rec_ > max_record_) {
          problem(field_count_ + 1, "record longer than " + std::to_string(max_record_) + " bytes");
          discarding_ = true;
        }
        const std::size_t keep = discarding_ ? i : rec_;
        const std::size_t shift = input_.refill(keep, got);
        i -= shift;
        rec_ = discarding_ ? i : rec_ - shift;
        b = input_.data();
        n = input_.size();
        if (got) continue;
        // The end of the input.
        switch (st) {
          case State::field_start:
            if (i == rec_ && field_count_ == 0) return false;
            push(i - rec_, i - rec_, false);
            return end_record(i, 0);
          case State::unquoted:
            push(fbeg, i - rec_, false);
            return end_record(i, 0);
          case State::quoted:
            problem(field_count_ + 1, "quoted field not closed before the end of the file");
            return end_record(i, 0);
          case State::quote_end:
            push(fbeg, i - rec_ - 1, unescape);
            return end_record(i, 0);
          case State::carriage_return:
            push(fbeg, fend, unescape);
            return end_record(i - 1, 1);
        }
        return true;
      }
      char c = b[i];
      switch (st) {
        case State::field_start:
          unescape = false;
          quoted_field_ = c == '"';
          if (c == '"') {
            st = State::quoted;
            fbeg = i + 1 - rec_;
            ++i;
            break;
          }
          st = State::unquoted;
          fbeg = i - rec_;
          [[fallthrough]];
        case State::unquoted:
          while (i < n && !special(b[i])) ++i;
          if (i == n) break;
          c = b[i];
          if (c == ',') {
            push(fbeg, i - rec_, false);
            st = State::field_start;
            ++i;
          } else if (c == '\n') {
            push(fbeg, i - rec_, false);
            return end_record(i, 1);
          } else if (c == '\r') {
            fend = i - rec_;
            st = State::carriage_return;
            ++i;
          } else {
            problem(field_count_ + 1, "quote inside an unquoted field");
            ++i;
          }
          break;
        case State::quoted:
          while (i < n && b[i] != '"') {
            if (b[i] == '\n') ++line_;
            ++i;
          }
          if (i == n) break;
          st = State::quote_end;
          ++i;
          break;
        case State::quote_end:
          if (c == '"') {
            unescape = true;
            st = State::quoted;
            ++i;
          } else if (c == ',') {
            push(fbeg, i - 1 - rec_, unescape);
            st = State::field_start;
            ++i;
          } else if (c == '\n') {
            push(fbeg, i - 1 - rec_, unescape);
            return end_record(i, 1);
          } else if (c == '\r') {
            fend = i - 1 - rec_;
            st = State::carriage_return;
            ++i;
          } else {
            problem(field_count_ + 1, "text after the closing quote of a field");
            st = State::unquoted;
          }
          break;
        case State::carriage_return:
          if (c == '\n') {
            push(fbeg, fend, unescape);
            return end_record(i - 1, 2);
          }
          problem(field_count_ + 1, "carriage return without a line feed outside quotes");
          st = State::unquoted;
          break;
      }
    }
  }

  // Ends the record whose line end (of `terminator` bytes) starts at `at`.
  bool end_record(std::size_t at, std::size_t terminator) {
    pos_ = at + terminator;
    if (terminator > 0) ++line_;
    if (!discarding_ && at - rec_ > max_record_)
      problem(field_count_, "record longer than " + std::to_string(max_record_) + " bytes");
    record_.blank = field_count_ == 1 && !quoted_field_ && spans_.size() == 1 &&
                    spans_[0].begin == spans_[0].end;
    return true;
  }

  // Turns the spans into views, undoubling quotes in place, and checks UTF-8.
  void build_fields() {
    fields_.clear();
    char* base = input_.data() + rec_;
    // Fields are split at ASCII bytes, which never cut a UTF-8 sequence: when
    // the record's bytes are UTF-8, so is every field, and one check of the
    // record replaces one per field (a tenth of the reading time).
    const bool record_is_utf8 =
        !check_utf8_ || spans_.empty() ||
        hotline::io::detail::invalid_utf8_at({base, spans_.back().end}) == std::string_view::npos;
    for (const Span& s : spans_) {
      char* p = base + s.begin;
      std::size_t len = s.end - s.begin;
      if (s.unescape) {
        std::size_t w = 0;
        for (std::size_t r = 0; r < len; ++r) {
          p[w++] = p[r];
          if (p[r] == '"') ++r;
        }
        len = w;
      }
      fields_.emplace_back(p, len);
    }
    if (!record_is_utf8) {
      for (std::size_t k = 0; k < fields_.size(); ++k) {
        std::string why = hotline::io::detail::utf8_problem(fields_[k]);
        if (!why.empty()) {
          problem(k + 1, std::move(why));
          return;
        }
      }
    }
    record_.fields = fields_;
  }

  hotline::io::detail::ChunkedInput input_;
  hotline::io::detail::ErrorSink sink_;
  std::size_t max_record_;
  bool check_utf8_;
  bool started_ = false;
  std::size_t pos_ = 0;  // first byte not yet read into a record
  std::size_t rec_ = 0;  // first byte of the record being read
  std::uint64_t line_ = 1;
  bool discarding_ = false;
  bool quoted_field_ = false;
  std::size_t field_count_ = 0;
  std::string problem_;
  std::uint32_t problem_column_ = 0;
  std::vector<Span> spans_;
  std::vector<std::string_view> fields_;
  std::vector<std::string> names_;
  CsvRecord record_;
  ReadStats stats_;
};

// How to write CSV. RFC 4180 asks for CRLF line ends; "\n" suits Unix tools.
struct WriteOptions {
  std::string_view line_end = "\r\n";
};

// Writes RFC 4180 records: a field is quoted when it holds a comma, a quote,
// a carriage return or a line feed, or starts with a UTF-8 byte-order mark;
// quotes inside are doubled. Output is
// buffered and flushed when the writer is destroyed (or by flush()).
class CsvWriter {
 public:
  explicit CsvWriter(std::ostream& out, WriteOptions options = {})
      : out_(out), line_end_(options.line_end) {}
  CsvWriter(const CsvWriter&) = delete;
  CsvWriter& operator=(const CsvWriter&) = delete;
  ~CsvWriter() { flush(); }

  void field(std::string_view text) {
    separate();
    // A field that starts with a byte-order mark is quoted too: written
    // first in a file, a reader would take the mark for the file's own.
    if (text.find_first_of(",\"\r\n") == std::string_view::npos &&
        !text.starts_with("\xEF\xBB\xBF")) {
      buffer_.append(text);
      return;
    }
    buffer_ += '"';
    for (char c : text) {
      if (c == '"') buffer_ += '"';
      buffer_ += c;
    }
    buffer_ += '"';
  }
  void end_row() {
    buffer_.append(line_end_);
    first_ = true;
    if (buffer_.size() >= (std::size_t{1} << 16)) flush();
  }
  void flush() {
    if (!buffer_.empty()) out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
    out_.flush();
  }
  // A string to compose one field in, reused from field to field.
  std::string& scratch() noexcept {
    scratch_.clear();
    return scratch_;
  }

 private:
  void separate() {
    if (!first_) buffer_ += ',';
    first_ = false;
  }

  std::ostream& out_;
  std::string_view line_end_;
  std::string buffer_;
  std::string scratch_;
  bool first_ = true;
};

// ---- the tables ------------------------------------------------------------

// One row of the actors table: an actor, and one of its tenures (none for an
// actor listed without offices).
struct ActorRow {
  Actor actor{};
  std::optional<Tenure> tenure{};

  friend constexpr bool operator==(const ActorRow&, const ActorRow&) = default;
};

// The tables of a registry, as export_registry names them.
enum class Table : std::uint8_t { contacts, actors, channels, agreements, sources };

constexpr std::string_view table_name(Table t) noexcept {
  switch (t) {
    case Table::contacts:
      return "contacts";
    case Table::actors:
      return "actors";
    case Table::channels:
      return "channels";
    case Table::agreements:
      return "agreements";
    case Table::sources:
      return "sources";
  }
  return "invalid";
}
constexpr std::optional<Table> parse_table(std::string_view name) noexcept {
  for (Table t :
       {Table::contacts, Table::actors, Table::channels, Table::agreements, Table::sources})
    if (table_name(t) == name) return t;
  return std::nullopt;
}

// What the contacts table needs besides its rows: the actors, to write
// participants by name and to read names back when the file has no
// participant_ids column.
struct TableContext {
  std::span<const Actor> actors{};
};

namespace detail {

// A row's field that could not be read: which column (of the schema) and why.
struct FieldError {
  std::size_t column = 0;
  std::string what{};
};

// Actor names by id and ids by name, built once per reader or writer.
class ActorNames {
 public:
  explicit ActorNames(std::span<const Actor> actors) {
    for (const Actor& a : actors) {
      by_id_.emplace(a.id.value(), a.name);
      by_name_.emplace(a.name, a.id);
    }
  }
  bool empty() const noexcept { return by_id_.empty(); }
  // The actor's name, or "#<id>" for an id not in the table.
  void append_name(std::string& out, ActorId id) const {
    const auto found = by_id_.find(id.value());
    if (found != by_id_.end()) {
      out += found->second;
    } else {
      out += '#';
      out += std::to_string(id.value());
    }
  }
  std::optional<ActorId> find(std::string_view name) const {
    const auto found = by_name_.find(name);
    if (found == by_name_.end()) return std::nullopt;
    return found->second;
  }

 private:
  std::unordered_map<std::uint32_t, std::string_view> by_id_;
  std::unordered_map<std::string_view, ActorId> by_name_;
};

// Calls f(item) for each ';'-separated item of `list`; "" is no items. An
// empty item is an error. Stops at the first f that returns false.
template <class F>
bool for_each_item(std::string_view list, std::string& why, F&& f) {
  if (list.empty()) return true;
  std::size_t start = 0;
  for (;;) {
    const std::size_t end = list.find(';', start);
    const std::string_view item =
        list.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    if (item.empty()) {
      why = "empty item in the list " + quoted(list);
      return false;
    }
    if (!f(item)) return false;
    if (end == std::string_view::npos) return true;
    start = end + 1;
  }
}

template <class I>
void append_id(std::string& out, I id) {
  out += std::to_string(id.value());
}

// Ids: "" is the "no id" value 0; optional ids: "" is nullopt and "0" an id 0.
template <class I>
bool parse_id(std::string_view text, I& id, std::string& why) {
  if (text.empty()) {
    id = I{};
    return true;
  }
  std::uint32_t v = 0;
  if (!parse_integer(text, v, why)) return false;
  id = I{v};
  return true;
}
template <class I>
bool parse_optional_id(std::string_view text, std::optional<I>& id, std::string& why) {
  if (text.empty()) {
    id.reset();
    return true;
  }
  I value;
  if (!parse_id(text, value, why)) return false;
  id = value;
  return true;
}

inline bool parse_date(std::string_view text, Date& date, std::string& why) {
  if (text.empty()) {
    why = "date is empty";
    return false;
  }
  const auto parsed = Date::parse(text);
  if (!parsed) {
    why = "bad date " + quoted(text) + ": " + std::string(parsed.error().what);
    return false;
  }
  date = *parsed;
  return true;
}
inline bool parse_optional_date(std::string_view text, std::optional<Date>& date,
                                std::string& why) {
  if (text.empty()) {
    date.reset();
    return true;
  }
  Date d;
  if (!parse_date(text, d, why)) return false;
  date = d;
  return true;
}

template <class E>
bool parse_enum(std::string_view text, E& value, std::string& why) {
  for (const Enumerator<E>& e : enumerators<E>())
    if (e.code == text) {
      value = e.value;
      return true;
    }
  why = "unknown " + std::string(enumeration_name<E>()) + " " + quoted(text);
  return false;
}

inline bool parse_country(std::string_view text, Country& country, std::string& why) {
  const auto c = Country::from_code(text);
  if (!c) {
    why = "unknown country code " + quoted(text);
    return false;
  }
  country = *c;
  return true;
}

template <std::size_t N>
bool parse_countries(std::string_view text, hotline::detail::InlineVector<Country, N>& out,
                     std::string& why) {
  out = {};
  return for_each_item(text, why, [&](std::string_view item) {
    Country c;
    if (!parse_country(item, c, why)) return false;
    if (out.size() == N) {
      why = "more than " + std::to_string(N) + " countries";
      return false;
    }
    out.push_back(c);
    return true;
  });
}

template <std::size_t N>
void append_countries(std::string& out,
                      const hotline::detail::InlineVector<Country, N>& countries) {
  bool first = true;
  for (Country c : countries) {
    if (!first) out += ';';
    first = false;
    out += c.code();
  }
}

inline void append_refined(std::string& out, const std::optional<Refinement>& r) {
  if (r) out += to_iso(r->date).view();
}
inline bool parse_refined(std::string_view date, std::string_view note,
                          std::optional<Refinement>& out, std::string& why, std::size_t date_column,
                          std::size_t note_column, std::size_t& bad_column) {
  out.reset();
  if (date.empty()) {
    if (!note.empty()) {
      why = "refined_note given without refined_date";
      bad_column = note_column;
      return false;
    }
    return true;
  }
  Date d;
  if (!parse_date(date, d, why)) {
    bad_column = date_column;
    return false;
  }
  out = Refinement{d, note};
  return true;
}

// The columns of each table, in the order they are written, and how a row is
// written and read. `required` columns must be in a file's header; the others
// take their default value when absent. Readers accept the columns in any
// order and ignore columns they do not know.
template <class Entry>
struct Schema;

// contacts: id, date (ISO 8601 at any precision), participants (names,
// ';'-separated; "#17" for an id with no actor), countries (alpha-3 codes,
// ';'), level, channel (id), medium, initiator (name), location, duration_min,
// topics (';'), source (id), quote, refined_date, refined_note, reports,
// participant_ids (';'), initiator_id. Ids are "" for the "no id" value.
template <>
struct Schema<Contact> {
  enum Column : std::size_t {
    id,
    date,
    participants,
    countries,
    level,
    channel,
    medium,
    initiator,
    location,
    duration_min,
    topics,
    source,
    quote,
    refined_date,
    refined_note,
    reports,
    participant_ids,
    initiator_id,
    count
  };
  static constexpr std::string_view kind = "contact";
  static constexpr std::array<std::string_view, count> columns{
      "id",     "date",         "participants", "countries",    "level",           "channel",
      "medium", "initiator",    "location",     "duration_min", "topics",          "source",
      "quote",  "refined_date", "refined_note", "reports",      "participant_ids", "initiator_id"};
  static constexpr std::array<bool, count> required{true, true};

  struct Context {
    explicit Context(const TableContext& c) : names(c.actors) {}
    ActorNames names;
  };

  template <class Put>
  static void write(Put&& put, CsvWriter& w, const Contact& c, const Context& ctx) {
    std::string& s = w.scratch();
    if (c.id.ok()) append_id(s, c.id);
    put(s);
    put(to_iso(c.date).view());
    s.clear();
    for (std::size_t i = 0; i < c.participants.size(); ++i) {
      if (i > 0) s += ';';
      ctx.names.append_name(s, c.participants[i]);
    }
    put(s);
    s.clear();
    append_countries(s, c.states);
    put(s);
    put(code_name(c.level));
    s.clear();
    if (c.channel.ok()) append_id(s, c.channel);
    put(s);
    put(code_name(c.medium));
    s.clear();
    if (c.initiator) ctx.names.append_name(s, *c.initiator);
    put(s);
    put(c.location);
    s.clear();
    if (c.duration) s += std::to_string(c.duration->minutes().count());
    put(s);
    s.clear();
    for (std::size_t t = 0; t < topic_count; ++t) {
      if (!c.topics.contains(static_cast<Topic>(t))) continue;
      if (!s.empty()) s += ';';
      s += code_name(static_cast<Topic>(t));
    }
    put(s);
    s.clear();
    if (c.source.ok()) append_id(s, c.source);
    put(s);
    put(c.quote);
    s.clear();
    append_refined(s, c.refined);
    put(s);
    put(c.refined ? c.refined->note : std::string_view{});
    put(std::to_string(c.reports));
    s.clear();
    for (std::size_t i = 0; i < c.participants.size(); ++i) {
      if (i > 0) s += ';';
      append_id(s, c.participants[i]);
    }
    put(s);
    s.clear();
    if (c.initiator) append_id(s, *c.initiator);
    put(s);
  }

  static std::optional<ActorId> actor_by_name(std::string_view name, const Context& ctx,
                                              std::string_view what, std::string& why) {
    if (name.size() > 1 && name[0] == '#') {
      ActorId id;
      if (parse_id(name.substr(1), id, why)) return id;
      why = "bad actor reference " + quoted(name);
      return std::nullopt;
    }
    if (const auto id = ctx.names.find(name)) return id;
    why = "unknown " + std::string(what) + " " + quoted(name) +
          (ctx.names.empty() ? " (no actors given to look names up)" : "");
    return std::nullopt;
  }

  template <class Get>
  static std::optional<FieldError> parse(Get&& get, const Context& ctx, Contact& c) {
    c = Contact{};
    std::string why;
    const auto bad = [&](std::size_t column) { return FieldError{column, std::move(why)}; };
    if (!parse_id(get(id), c.id, why)) return bad(id);
    if (!parse_date(get(date), c.date, why)) return bad(date);
    const std::string_view ids = get(participant_ids);
    if (!ids.empty()) {
      const bool ok = for_each_item(ids, why, [&](std::string_view item) {
        ActorId a;
        if (!parse_id(item, a, why)) return false;
        if (c.participants.size() == max_participants) {
          why = "more than " + std::to_string(max_participants) + " participants";
          return false;
        }
        c.participants.push_back(a);
        return true;
      });
      if (!ok) return bad(participant_ids);
    } else {
      const bool ok = for_each_item(get(participants), why, [&](std::string_view item) {
        const auto a = actor_by_name(item, ctx, "participant", why);
        if (!a) return false;
        if (c.participants.size() == max_participants) {
          why = "more than " + std::to_string(max_participants) + " participants";
          return false;
        }
        c.participants.push_back(*a);
        return true;
      });
      if (!ok) return bad(participants);
    }
    if (!parse_countries(get(countries), c.states, why)) return bad(countries);
    if (!get(level).empty() && !parse_enum(get(level), c.level, why)) return bad(level);
    if (!parse_id(get(channel), c.channel, why)) return bad(channel);
    if (!get(medium).empty() && !parse_enum(get(medium), c.medium, why)) return bad(medium);
    if (!get(initiator_id).empty()) {
      if (!parse_optional_id(get(initiator_id), c.initiator, why)) return bad(initiator_id);
    } else if (!get(initiator).empty()) {
      c.initiator = actor_by_name(get(initiator), ctx, "initiator", why);
      if (!c.initiator) return bad(initiator);
    }
    c.location = get(location);
    if (!get(duration_min).empty()) {
      std::chrono::minutes::rep m = 0;
      if (!parse_integer(get(duration_min), m, why)) return bad(duration_min);
      if (m < 0) {
        why = "a duration cannot be negative";
        return bad(duration_min);
      }
      c.duration = Duration{std::chrono::minutes{m}};
    }
    const bool topics_ok = for_each_item(get(topics), why, [&](std::string_view item) {
      Topic t{};
      if (!parse_enum(item, t, why)) return false;
      c.topics.add(t);
      return true;
    });
    if (!topics_ok) return bad(topics);
    if (!parse_id(get(source), c.source, why)) return bad(source);
    c.quote = get(quote);
    std::size_t column = 0;
    if (!parse_refined(get(refined_date), get(refined_note), c.refined, why, refined_date,
                       refined_note, column))
      return bad(column);
    if (!get(reports).empty() && !parse_integer(get(reports), c.reports, why)) return bad(reports);
    return std::nullopt;
  }

  static void keep(Contact& c, Interner& text) {
    c.location = text.keep(c.location);
    c.quote = text.keep(c.quote);
    if (c.refined) c.refined->note = text.keep(c.refined->note);
  }
};

// actors: one row per tenure, the actor's id and name repeated on each; an
// actor without tenures has one row with the tenure columns empty. Columns:
// id, name, role, country (alpha-3), title, start, end ("" while in office),
// source (the tenure's source id).
template <>
struct Schema<ActorRow> {
  enum Column : std::size_t { id, name, role, country, title, start, end, source, count };
  static constexpr std::string_view kind = "actor";
  static constexpr std::array<std::string_view, count> columns{"id",    "name",  "role", "country",
                                                               "title", "start", "end",  "source"};
  static constexpr std::array<bool, count> required{true, true};

  struct Context {
    explicit Context(const TableContext&) {}
  };

  template <class Put>
  static void write(Put&& put, CsvWriter& w, const ActorRow& r, const Context&) {
    std::string& s = w.scratch();
    if (r.actor.id.ok()) append_id(s, r.actor.id);
    put(s);
    put(r.actor.name);
    if (!r.tenure) {
      for (std::size_t i = role; i < count; ++i) put({});
      return;
    }
    const Tenure& t = *r.tenure;
    put(code_name(t.office.role));
    put(t.office.country.code());
    put(t.title);
    put(to_iso(t.start).view());
    put(t.end ? to_iso(*t.end).view() : std::string_view{});
    s.clear();
    if (t.source.ok()) append_id(s, t.source);
    put(s);
  }

  template <class Get>
  static std::optional<FieldError> parse(Get&& get, const Context&, ActorRow& r) {
    r = ActorRow{};
    std::string why;
    const auto bad = [&](std::size_t column) { return FieldError{column, std::move(why)}; };
    if (!parse_id(get(id), r.actor.id, why)) return bad(id);
    r.actor.name = get(name);
    if (get(role).empty()) {
      for (std::size_t i = country; i < count; ++i)
        if (!get(i).empty()) {
          why = "tenure column given without a role";
          return bad(i);
        }
      return std::nullopt;
    }
    Tenure t;
    t.actor = r.actor.id;
    if (!parse_enum(get(role), t.office.role, why)) return bad(role);
    if (!parse_country(get(country), t.office.country, why)) return bad(country);
    t.title = get(title);
    if (!parse_date(get(start), t.start, why)) return bad(start);
    if (!parse_optional_date(get(end), t.end, why)) return bad(end);
    if (!parse_id(get(source), t.source, why)) return bad(source);
    r.tenure = t;
    return std::nullopt;
  }

  static void keep(ActorRow& r, Interner& text) {
    r.actor.name = text.keep(r.actor.name);
    if (r.tenure) r.tenure->title = text.keep(r.tenure->title);
  }
};

// channels: id, name, level, established, established_by (agreement id),
// media (';'-separated medium@date, in the order taken up:
// "teletype@1963-08-30;telephone@1991"), ended, source (id), quote.
template <>
struct Schema<Channel> {
  enum Column : std::size_t {
    id,
    name,
    level,
    established,
    established_by,
    media,
    ended,
    source,
    quote,
    count
  };
  static constexpr std::string_view kind = "channel";
  static constexpr std::array<std::string_view, count> columns{
      "id", "name", "level", "established", "established_by", "media", "ended", "source", "quote"};
  static constexpr std::array<bool, count> required{true, true};

  struct Context {
    explicit Context(const TableContext&) {}
  };

  template <class Put>
  static void write(Put&& put, CsvWriter& w, const Channel& c, const Context&) {
    std::string& s = w.scratch();
    if (c.id.ok()) append_id(s, c.id);
    put(s);
    put(c.name);
    put(code_name(c.level));
    put(to_iso(c.established).view());
    s.clear();
    if (c.established_by) append_id(s, *c.established_by);
    put(s);
    s.clear();
    for (const MediumSince& m : c.media) {
      if (!s.empty()) s += ';';
      s += code_name(m.medium);
      s += '@';
      s += to_iso(m.since).view();
    }
    put(s);
    put(c.ended ? to_iso(*c.ended).view() : std::string_view{});
    s.clear();
    if (c.source.ok()) append_id(s, c.source);
    put(s);
    put(c.quote);
  }

  template <class Get>
  static std::optional<FieldError> parse(Get&& get, const Context&, Channel& c) {
    c = Channel{};
    std::string why;
    const auto bad = [&](std::size_t column) { return FieldError{column, std::move(why)}; };
    if (!parse_id(get(id), c.id, why)) return bad(id);
    c.name = get(name);
    if (!get(level).empty() && !parse_enum(get(level), c.level, why)) return bad(level);
    if (!parse_date(get(established), c.established, why)) return bad(established);
    if (!parse_optional_id(get(established_by), c.established_by, why)) return bad(established_by);
    const bool media_ok = for_each_item(get(media), why, [&](std::string_view item) {
      const std::size_t at = item.find('@');
      if (at == std::string_view::npos) {
        why = "bad media item " + quoted(item) + ": expected medium@date";
        return false;
      }
      MediumSince m;
      if (!parse_enum(item.substr(0, at), m.medium, why)) return false;
      if (!parse_date(item.substr(at + 1), m.since, why)) return false;
      if (c.media.size() == c.media.capacity()) {
        why = "more than " + std::to_string(c.media.capacity()) + " media";
        return false;
      }
      c.media.push_back(m);
      return true;
    });
    if (!media_ok) return bad(media);
    if (!parse_optional_date(get(ended), c.ended, why)) return bad(ended);
    if (!parse_id(get(source), c.source, why)) return bad(source);
    c.quote = get(quote);
    return std::nullopt;
  }

  static void keep(Channel& c, Interner& text) {
    c.name = text.keep(c.name);
    c.quote = text.keep(c.quote);
  }
};

// agreements: id, name, kind, parties (alpha-3 codes, ';'), signed, in_force,
// status, source (id), reached_at (contact id), quote, refined_date,
// refined_note.
template <>
struct Schema<Agreement> {
  enum Column : std::size_t {
    id,
    name,
    kind_,
    parties,
    signed_on,
    in_force,
    status,
    source,
    reached_at,
    quote,
    refined_date,
    refined_note,
    count
  };
  static constexpr std::string_view kind = "agreement";
  static constexpr std::array<std::string_view, count> columns{
      "id",     "name",   "kind",       "parties", "signed",       "in_force",
      "status", "source", "reached_at", "quote",   "refined_date", "refined_note"};
  static constexpr std::array<bool, count> required{true, true};

  struct Context {
    explicit Context(const TableContext&) {}
  };

  template <class Put>
  static void write(Put&& put, CsvWriter& w, const Agreement& a, const Context&) {
    std::string& s = w.scratch();
    if (a.id.ok()) append_id(s, a.id);
    put(s);
    put(a.name);
    put(code_name(a.kind));
    s.clear();
    append_countries(s, a.parties);
    put(s);
    put(a.signed_on ? to_iso(*a.signed_on).view() : std::string_view{});
    put(a.in_force ? to_iso(*a.in_force).view() : std::string_view{});
    put(code_name(a.status));
    s.clear();
    if (a.source.ok()) append_id(s, a.source);
    put(s);
    s.clear();
    if (a.reached_at) append_id(s, *a.reached_at);
    put(s);
    put(a.quote);
    s.clear();
    append_refined(s, a.refined);
    put(s);
    put(a.refined ? a.refined->note : std::string_view{});
  }

  template <class Get>
  static std::optional<FieldError> parse(Get&& get, const Context&, Agreement& a) {
    a = Agreement{};
    std::string why;
    const auto bad = [&](std::size_t column) { return FieldError{column, std::move(why)}; };
    if (!parse_id(get(id), a.id, why)) return bad(id);
    a.name = get(name);
    if (!get(kind_).empty() && !parse_enum(get(kind_), a.kind, why)) return bad(kind_);
    if (!parse_countries(get(parties), a.parties, why)) return bad(parties);
    if (!parse_optional_date(get(signed_on), a.signed_on, why)) return bad(signed_on);
    if (!parse_optional_date(get(in_force), a.in_force, why)) return bad(in_force);
    if (!get(status).empty() && !parse_enum(get(status), a.status, why)) return bad(status);
    if (!parse_id(get(source), a.source, why)) return bad(source);
    if (!parse_optional_id(get(reached_at), a.reached_at, why)) return bad(reached_at);
    a.quote = get(quote);
    std::size_t column = 0;
    if (!parse_refined(get(refined_date), get(refined_note), a.refined, why, refined_date,
                       refined_note, column))
      return bad(column);
    return std::nullopt;
  }

  static void keep(Agreement& a, Interner& text) {
    a.name = text.keep(a.name);
    a.quote = text.keep(a.quote);
    if (a.refined) a.refined->note = text.keep(a.refined->note);
  }
};

// sources: id, publication, title, author, published, locator, note.
template <>
struct Schema<Source> {
  enum Column : std::size_t { id, publication, title, author, published, locator, note, count };
  static constexpr std::string_view kind = "source";
  static constexpr std::array<std::string_view, count> columns{
      "id", "publication", "title", "author", "published", "locator", "note"};
  static constexpr std::array<bool, count> required{true, false, false, false, true};

  struct Context {
    explicit Context(const TableContext&) {}
  };

  template <class Put>
  static void write(Put&& put, CsvWriter& w, const Source& s, const Context&) {
    std::string& text = w.scratch();
    if (s.id.ok()) append_id(text, s.id);
    put(text);
    put(s.publication);
    put(s.title);
    put(s.author);
    put(to_iso(s.published).view());
    put(s.locator);
    put(s.note);
  }

  template <class Get>
  static std::optional<FieldError> parse(Get&& get, const Context&, Source& s) {
    s = Source{};
    std::string why;
    const auto bad = [&](std::size_t column) { return FieldError{column, std::move(why)}; };
    if (!parse_id(get(id), s.id, why)) return bad(id);
    s.publication = get(publication);
    s.title = get(title);
    s.author = get(author);
    if (!parse_date(get(published), s.published, why)) return bad(published);
    s.locator = get(locator);
    s.note = get(note);
    return std::nullopt;
  }

  static void keep(Source& s, Interner& text) {
    s.publication = text.keep(s.publication);
    s.title = text.keep(s.title);
    s.author = text.keep(s.author);
    s.locator = text.keep(s.locator);
    s.note = text.keep(s.note);
  }
};

}  // namespace detail

// The column names of a table, in the order the writers write them.
template <class Entry>
constexpr std::span<const std::string_view> csv_columns() noexcept {
  return detail::Schema<Entry>::columns;
}

// Reads one table from CSV with a header row, one entry at a time, in memory
// bounded by the longest record. The header is read on construction: an
// empty file, a header that is not CSV, a column named twice or a required
// column missing throws ReadError in either mode. Then each row is an entry,
// or a bad row (wrong number of fields, a field that cannot be read: thrown
// in strict mode, reported and skipped in lenient mode). Blank lines are
// skipped and counted. The strings of an entry point into the reader's
// buffer: valid until the next call to next().
template <class Entry>
class TableReader {
  using Schema = detail::Schema<Entry>;

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
      if (r->blank) {
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
      if (auto error = Schema::parse(get, context_, entry_)) {
        ++bad_rows_;
        const int at = index_[error->column];
        report(static_cast<std::size_t>(at) + 1, Schema::columns[error->column],
               std::move(error->what));
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

  // Range-for over the entries: for (const Contact& c : reader).
  struct Sentinel {};
  class Iterator {
   public:
    using value_type = Entry;
    using difference_type = std::ptrdiff_t;
    Iterator() = default;
    explicit Iterator(TableReader* r) : reader_(r), entry_(r->next()) {}
    const Entry& operator*() const { return *entry_; }
    const Entry* operator->() const { return entry_; }
    Iterator& operator++() {
      entry_ = reader_->next();
      return *this;
    }
    void operator++(int) { ++*this; }
    friend bool operator==(const Iterator& i, Sentinel) { return i.entry_ == nullptr; }

   private:
    TableReader* reader_ = nullptr;
    const Entry* entry_ = nullptr;
  };
  Iterator begin() { return Iterator{this}; }
  Sentinel end() { return {}; }

 private:
  void report(std::size_t column, std::string_view field, std::string what) {
    csv_.errors().report(line_, static_cast<std::uint32_t>(column), field, std::move(what));
  }

  void read_header() {
    index_.fill(-1);
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
      const std::string_view name = header->fields[f];
      std::size_t column = 0;
      while (column < Schema::count && Schema::columns[column] != name) ++column;
      if (column == Schema::count) {
        ignored_.emplace_back(name);
        continue;
      }
      if (index_[column] >= 0)
        sink.fatal(header->line, static_cast<std::uint32_t>(f + 1), name,
                   "column " + detail::quoted(name) + " appears twice");
      index_[column] = static_cast<int>(f);
    }
    for (std::size_t column = 0; column < Schema::count; ++column)
      if (Schema::required[column] && index_[column] < 0)
        sink.fatal(header->line, 0, {},
                   "missing column " + detail::quoted(Schema::columns[column]) + " in the " +
                       std::string(Schema::kind) + " header");
  }

  CsvReader csv_;
  typename Schema::Context context_;
  ErrorMode mode_;
  std::array<int, Schema::count> index_{};
  std::size_t header_size_ = 0;
  std::vector<std::string> ignored_;
  Entry entry_{};
  std::uint64_t line_ = 0;
  std::uint64_t rows_ = 0;
  std::uint64_t bad_rows_ = 0;
  std::uint64_t blank_lines_ = 0;
};

// Writes one table as CSV: the header row on construction, then one row per
// write(). Output is flushed when the writer is destroyed.
template <class Entry>
class TableWriter {
  using Schema = detail::Schema<Entry>;

 public:
  explicit TableWriter(std::ostream& out, const TableContext& context = {},
                       WriteOptions options = {})
      : csv_(out, options), context_(context) {
    for (std::string_view column : Schema::columns) csv_.field(column);
    csv_.end_row();
  }

  void write(const Entry& entry) {
    Schema::write([this](std::string_view field) { csv_.field(field); }, csv_, entry, context_);
    csv_.end_row();
  }
  void flush() { csv_.flush(); }

 private:
  CsvWriter csv_;
  typename Schema::Context context_;
};

// ---- whole tables ----------------------------------------------------------

// Entries read into memory: their strings kept in the TextStore the caller
// gave, every bad row in `errors` (lenient mode), and the counts.
template <class Entry>
struct Loaded {
  std::vector<Entry> rows{};
  std::vector<RowError> errors{};
  ReadStats stats{};
};

// The actors table read into memory: each actor once (in order of first
// appearance), its tenures in file order. Rows that name an actor id already
// seen with another name are bad rows.
struct LoadedActors {
  std::vector<Actor> actors{};
  std::vector<Tenure> tenures{};
  std::vector<RowError> errors{};
  ReadStats stats{};
};

namespace detail {

template <class Entry>
Loaded<Entry> load_table(std::istream& in, std::string file, TextStore& text,
                         const ReadOptions& options, const TableContext& context) {
  Loaded<Entry> out;
  TableReader<Entry> reader(in, std::move(file), keeping_errors(options, out.errors), context);
  Interner kept(text);
  while (const Entry* e = reader.next()) {
    out.rows.push_back(*e);
    Schema<Entry>::keep(out.rows.back(), kept);
  }
  out.stats = reader.stats();
  return out;
}

}  // namespace detail

// Reads a whole table. Strings are kept in `text`. Strict mode throws
// ReadError at the first bad row; lenient mode skips bad rows and lists them.
inline Loaded<Contact> read_contacts_csv(std::istream& in, std::string file, TextStore& text,
                                         const ReadOptions& options = {},
                                         std::span<const Actor> actors = {}) {
  return detail::load_table<Contact>(in, std::move(file), text, options, {actors});
}
inline Loaded<Channel> read_channels_csv(std::istream& in, std::string file, TextStore& text,
                                         const ReadOptions& options = {}) {
  return detail::load_table<Channel>(in, std::move(file), text, options, {});
}
inline Loaded<Agreement> read_agreements_csv(std::istream& in, std::string file, TextStore& text,
                                             const ReadOptions& options = {}) {
  return detail::load_table<Agreement>(in, std::move(file), text, options, {});
}
inline Loaded<Source> read_sources_csv(std::istream& in, std::string file, TextStore& text,
                                       const ReadOptions& options = {}) {
  return detail::load_table<Source>(in, std::move(file), text, options, {});
}
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

// The same, from a file.
inline Loaded<Contact> read_contacts_csv(const std::filesystem::path& path, TextStore& text,
                                         const ReadOptions& options = {},
                                         std::span<const Actor> actors = {}) {
  auto in = detail::open_for_reading(path);
  return read_contacts_csv(in, path.string(), text, options, actors);
}
inline Loaded<Channel> read_channels_csv(const std::filesystem::path& path, TextStore& text,
                                         const ReadOptions& options = {}) {
  auto in = detail::open_for_reading(path);
  return read_channels_csv(in, path.string(), text, options);
}
inline Loaded<Agreement> read_agreements_csv(const std::filesystem::path& path, TextStore& text,
                                             const ReadOptions& options = {}) {
  auto in = detail::open_for_reading(path);
  return read_agreements_csv(in, path.string(), text, options);
}
inline Loaded<Source> read_sources_csv(const std::filesystem::path& path, TextStore& text,
                                       const ReadOptions& options = {}) {
  auto in = detail::open_for_reading(path);
  return read_sources_csv(in, path.string(), text, options);
}
inline LoadedActors read_actors_csv(const std::filesystem::path& path, TextStore& text,
                                    const ReadOptions& options = {}) {
  auto in = detail::open_for_reading(path);
  return read_actors_csv(in, path.string(), text, options);
}

// Writes a whole table with its header row. Contacts name their participants
// and initiator from `actors` ("#17" for an id not among them).
inline void write_contacts_csv(std::ostream& out, std::span<const Contact> contacts,
                               std::span<const Actor> actors = {},
                               const WriteOptions& options = {}) {
  TableWriter<Contact> w(out, {actors}, options);
  for (const Contact& c : contacts) w.write(c);
}
inline void write_channels_csv(std::ostream& out, std::span<const Channel> channels,
                               const WriteOptions& options = {}) {
  TableWriter<Channel> w(out, {}, options);
  for (const Channel& c : channels) w.write(c);
}
inline void write_agreements_csv(std::ostream& out, std::span<const Agreement> agreements,
                                 const WriteOptions& options = {}) {
  TableWriter<Agreement> w(out, {}, options);
  for (const Agreement& a : agreements) w.write(a);
}
inline void write_sources_csv(std::ostream& out, std::span<const Source> sources,
                              const WriteOptions& options = {}) {
  TableWriter<Source> w(out, {}, options);
  for (const Source& s : sources) w.write(s);
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

// One table of a registry, as export_registry prints it.
inline void write_csv(std::ostream& out, const Registry& registry, Table table,
                      const WriteOptions& options = {}) {
  switch (table) {
    case Table::contacts:
      write_contacts_csv(out, registry.contacts, registry.actors, options);
      return;
    case Table::actors:
      write_actors_csv(out, registry.actors, registry.tenures, options);
      return;
    case Table::channels:
      write_channels_csv(out, registry.channels, options);
      return;
    case Table::agreements:
      write_agreements_csv(out, registry.agreements, options);
      return;
    case Table::sources:
      write_sources_csv(out, registry.sources, options);
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
