// Summaries of event files that any engine can carry: what gap_report
// needs of each file to give, from many files summarised apart (on threads,
// machines, a cluster), the report it gives over all of them at once, byte
// for byte. One file per input in a text format (CSV, versioned), with the
// question fixed in it, so that summaries of different questions are never
// merged.
//
//   hotline::io::SummaryBuilder b;
//   for (const hotline::io::EventRow& row : reader) b.add(row.contact, report_clock(row));
//   hotline::io::EventSummaries s{question, {b.finish(reader.file(), reader.summary())}};
//   hotline::io::write_summaries(out, s);
//   ...
//   auto all = hotline::io::read_summaries("a.summaries");
//   hotline::io::append_summaries(all, hotline::io::read_summaries("b.summaries"));
//   hotline::io::SummaryReplay replay(all.question.collapse_days);
//   for (const auto& f : all.files) replay.add(f, emit);  // a's files, then b's
//   replay.finish(emit);
//
// What a file's summary holds: the kept rows of the file (the rows that
// become contacts before collapsing), counted by the day of their clock
// (DATEADDED; ICEWS: the event's day), in the file's order of those days,
// and within one day by what the report and collapsing look at: the date,
// the states, the medium and the level. Fed back into a ContactCollapser in
// that order (replay()), they give the contacts that one pass over the
// files gives, collapsed across the files' boundaries as in one pass over
// their concatenation (SummaryReplay): collapsing decides on a report by its clock, its key
// and the contacts open, and rows of one clock day see the same open
// contacts in any order (their order only changes which of two reports'
// fields a contact keeps, such as its location, which summaries leave out).
// The counts of reading (rows read, kept, skipped by reason, bad) go with
// each file, so that they still add up. Not the figures themselves
// (hotline::GapSummary): a report names the contacts at the ends of a gap,
// the runs of months and the bursts, and a contact reported in two files
// must be one contact; a summary grows with the contacts reported on each
// day, not with the rows (docs/scale.md gives the sizes).
#pragma once

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <istream>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <system_error>
#include <tuple>
#include <utility>
#include <vector>

#include <hotline/contact.hpp>
#include <hotline/country.hpp>
#include <hotline/date.hpp>
#include <hotline/io/csv_records.hpp>
#include <hotline/io/events.hpp>
#include <hotline/io/input.hpp>

namespace hotline::io {

// The first line of a summaries file: the format's name and its version.
inline constexpr std::string_view summaries_format = "hotline-event-summaries";
inline constexpr int summaries_version = 1;

// The question a file's summaries were made for: the selection (between,
// actors, level, medium, from/to), the day of the silence, the burst, and
// the collapsing window. Summaries merge only with summaries of the same
// question.
struct SummariesQuestion {
  std::optional<StatePair> between{};
  std::vector<std::string> actors{};
  std::optional<Level> level{};
  std::optional<Medium> medium{};
  std::optional<std::chrono::year_month> from{};
  std::optional<std::chrono::year_month> to{};
  std::optional<Date> as_of{};
  std::uint64_t burst_count = 2;
  std::int64_t burst_within_days = 3;
  // Reports of one contact within this many days collapse; nullopt: the
  // whole input (EventOptions::collapse_window_days).
  std::optional<int> collapse_days = default_collapse_window_days;

  friend bool operator==(const SummariesQuestion&, const SummariesQuestion&) = default;
};

// The rows of one clock day with one date, set of states (sorted by code
// index), medium and level.
struct SummaryRow {
  Date date{};
  States states{};
  Medium medium = Medium::unknown;
  Level level = Level::unknown;
  std::uint64_t rows = 0;

  friend bool operator==(const SummaryRow&, const SummaryRow&) = default;
};

// The kept rows of one run of a file's rows with one clock day.
struct SummarySegment {
  std::int32_t clock = 0;  // days since 1970-01-01
  std::vector<SummaryRow> rows{};

  friend bool operator==(const SummarySegment&, const SummarySegment&) = default;
};

// One file's summary: its name, what reading it did, and its kept rows.
// `counts` holds what the reader counted (rows read, kept, skipped by
// reason, bad, header and blank lines, codes restored); contacts,
// collapsed and reports_behind come from collapsing (replay), and unmapped
// country names are not kept.
struct FileSummary {
  std::string file{};
  EventSummary counts{};
  std::vector<SummarySegment> segments{};

  std::uint64_t kept_rows() const noexcept {
    std::uint64_t n = 0;
    for (const SummarySegment& s : segments)
      for (const SummaryRow& r : s.rows) n += r.rows;
    return n;
  }
};

// The summaries of one question: one per file, in the order of the files.
struct EventSummaries {
  SummariesQuestion question{};
  std::vector<FileSummary> files{};
};

// Builds a file's summary from its kept rows, in file order.
class SummaryBuilder {
 public:
  void add(const Contact& c, std::int32_t clock) {
    if (!started_ || clock != clock_) {
      flush();
      started_ = true;
      clock_ = clock;
    }
    Key k{static_cast<std::int32_t>(c.date.earliest().time_since_epoch().count()),
          static_cast<std::int32_t>(c.date.latest().time_since_epoch().count()),
          {},
          static_cast<std::uint8_t>(c.states.size()),
          static_cast<std::uint8_t>(c.medium),
          static_cast<std::uint8_t>(c.level)};
    // Sorted by insertion (at most max_participants states; GCC 12 at -O3
    // warns, wrongly, of std::sort over part of the array).
    for (std::size_t i = 0; i < c.states.size() && i < k.states.size(); ++i) {
      std::size_t j = i;
      const std::uint16_t v = c.states[i].index();
      for (; j > 0 && k.states[j - 1] > v; --j) k.states[j] = k.states[j - 1];
      k.states[j] = v;
    }
    ++open_[k];
  }

  FileSummary finish(std::string file, const EventSummary& counts) {
    flush();
    started_ = false;
    FileSummary out{std::move(file), counts, std::move(segments_)};
    out.counts.contacts = 0;
    out.counts.collapsed = 0;
    out.counts.reports_behind = 0;
    out.counts.unmapped.clear();
    out.counts.unmapped_other = 0;
    segments_.clear();
    return out;
  }

 private:
  struct Key {
    std::int32_t earliest;
    std::int32_t latest;
    std::array<std::uint16_t, max_participants> states;
    std::uint8_t count;
    std::uint8_t medium;
    std::uint8_t level;
    friend auto operator<=>(const Key& a, const Key& b) noexcept {
      return std::tie(a.earliest, a.latest, a.count, a.states, a.medium, a.level) <=>
             std::tie(b.earliest, b.latest, b.count, b.states, b.medium, b.level);
    }
    friend bool operator==(const Key&, const Key&) = default;
  };

  void flush() {
    if (open_.empty()) return;
    SummarySegment s{clock_, {}};
    s.rows.reserve(open_.size());
    for (const auto& [k, n] : open_) {
      SummaryRow r;
      r.date = Date::interval(std::chrono::sys_days{std::chrono::days{k.earliest}},
                              std::chrono::sys_days{std::chrono::days{k.latest}});
      for (std::size_t i = 0; i < k.count; ++i)
        r.states.push_back(Country::from_index(k.states[i]));
      r.medium = static_cast<Medium>(k.medium);
      r.level = static_cast<Level>(k.level);
      r.rows = n;
      s.rows.push_back(r);
    }
    segments_.push_back(std::move(s));
    open_.clear();
  }

  bool started_ = false;
  std::int32_t clock_ = 0;
  std::map<Key, std::uint64_t> open_;
  std::vector<SummarySegment> segments_;
};

namespace detail {

inline std::string summaries_day(std::int32_t day) {
  return std::string(
      to_iso(Date::on(std::chrono::year_month_day{std::chrono::sys_days{std::chrono::days{day}}}))
          .view());
}

inline std::string summaries_month(std::optional<std::chrono::year_month> m) {
  return m ? std::string(to_iso(Date::in_month(*m)).view()) : std::string();
}

inline std::string summaries_states(const States& states) {
  std::string out;
  for (std::size_t i = 0; i < states.size(); ++i) {
    if (i) out += ';';
    out += states[i].code();
  }
  return out;
}

inline std::string summaries_collapse(std::optional<int> days) {
  return days ? std::to_string(*days) : std::string("all");
}

// The question's fields, named, in the order of the question line.
inline std::vector<std::pair<std::string_view, std::string>> question_fields(
    const SummariesQuestion& q) {
  std::string actors;
  for (std::size_t i = 0; i < q.actors.size(); ++i) actors += (i ? ";" : "") + q.actors[i];
  return {
      {"between", q.between
                      ? std::string(q.between->a.code()) + ";" + std::string(q.between->b.code())
                      : std::string()},
      {"actors", actors},
      {"level", q.level ? std::string(code_name(*q.level)) : std::string()},
      {"medium", q.medium ? std::string(code_name(*q.medium)) : std::string()},
      {"from", summaries_month(q.from)},
      {"to", summaries_month(q.to)},
      {"as_of", q.as_of ? std::string(to_iso(*q.as_of).view()) : std::string()},
      {"burst", std::to_string(q.burst_count) + "/" + std::to_string(q.burst_within_days)},
      {"collapse_days", summaries_collapse(q.collapse_days)},
  };
}

}  // namespace detail

// What differs between two questions, in words ("as_of: 2022-10-25 in one,
// none in the other"); empty when they are the same.
inline std::string question_differences(const SummariesQuestion& a, const SummariesQuestion& b,
                                        std::string_view a_name = "one",
                                        std::string_view b_name = "the other") {
  const auto fa = detail::question_fields(a);
  const auto fb = detail::question_fields(b);
  std::string out;
  for (std::size_t i = 0; i < fa.size(); ++i) {
    if (fa[i].second == fb[i].second) continue;
    const auto shown = [](const std::string& v) { return v.empty() ? std::string("none") : v; };
    if (!out.empty()) out += "; ";
    out += std::string(fa[i].first) + ": " + shown(fa[i].second) + " in " + std::string(a_name) +
           ", " + shown(fb[i].second) + " in " + std::string(b_name);
  }
  return out;
}

// Writes summaries in the format of version 1 (docs/scale.md):
//
//   hotline-event-summaries,1
//   question,between,actors,level,medium,from,to,as_of,burst,collapse_days
//   file,name,format,records,rows,header_lines,blank_lines,bad_rows,codes_restored,
//        skipped code,no_state,unmapped_state,same_state,pair,window (6 counts)
//   clock,day                     a run of rows with this clock day
//   row,states,medium,date,level,rows
//   end,files,row lines
//
// with a file line for each file, each followed by its clock and row lines.
// Lines end in LF; fields are RFC 4180 CSV. The stream's failure is the
// caller's to check (or write_summaries(path, ...), which throws).
inline void write_summaries(std::ostream& out, const EventSummaries& s) {
  CsvWriter w(out, {"\n"});
  w.field(summaries_format);
  w.field(std::to_string(summaries_version));
  w.end_row();
  w.field("question");
  for (const auto& [name, value] : detail::question_fields(s.question)) w.field(value);
  w.end_row();
  std::uint64_t row_lines = 0;
  for (const FileSummary& f : s.files) {
    const EventSummary& c = f.counts;
    w.field("file");
    w.field(f.file);
    w.field(format_name(c.format));
    for (std::uint64_t n : {c.read.records, c.read.rows, c.read.header_lines, c.read.blank_lines,
                            c.read.bad_rows, c.codes_restored})
      w.field(std::to_string(n));
    for (std::uint64_t n : c.skipped) w.field(std::to_string(n));
    w.end_row();
    for (const SummarySegment& seg : f.segments) {
      w.field("clock");
      w.field(detail::summaries_day(seg.clock));
      w.end_row();
      for (const SummaryRow& r : seg.rows) {
        w.field("row");
        w.field(detail::summaries_states(r.states));
        w.field(code_name(r.medium));
        w.field(to_iso(r.date).view());
        w.field(code_name(r.level));
        w.field(std::to_string(r.rows));
        w.end_row();
        ++row_lines;
      }
    }
  }
  w.field("end");
  w.field(std::to_string(s.files.size()));
  w.field(std::to_string(row_lines));
  w.end_row();
  w.flush();
}

// Writes to a file; a file that cannot be written (or a full disk) throws
// ReadError naming it.
inline void write_summaries(const std::filesystem::path& path, const EventSummaries& s) {
  std::ofstream out(path, std::ios::binary);
  if (!out) throw ReadError(RowError{path.string(), 0, 0, {}, "cannot open the file for writing"});
  write_summaries(out, s);
  out.close();
  if (!out) throw ReadError(RowError{path.string(), 0, 0, {}, "cannot write the file"});
}

namespace detail {

class SummariesParser {
 public:
  SummariesParser(std::istream& in, std::string file) : csv_(in, file), file_(std::move(file)) {}

  EventSummaries read() {
    EventSummaries out;
    const CsvRecord* r = next();
    if (r == nullptr) fail(1, 0, "empty file: expected the line " + first_line());
    if (r->fields.size() < 2 || r->fields[0] != summaries_format)
      fail(r->line, 0, "not a file of hotline summaries: the first line should be " + first_line());
    if (r->fields[1] != std::to_string(summaries_version))
      fail(r->line, 2,
           "version " + std::string(r->fields[1]) +
               " of the summaries format: this program reads "
               "version " +
               std::to_string(summaries_version));
    if (r->fields.size() != 2) fail(r->line, 0, count_error(*r, 2));
    r = next();
    if (r == nullptr || r->fields.empty() || r->fields[0] != "question")
      fail(r ? r->line : line_, 0, "expected the question line after the first");
    out.question = question(*r);
    FileSummary* file = nullptr;
    SummarySegment* segment = nullptr;
    std::uint64_t row_lines = 0;
    while ((r = next()) != nullptr) {
      const std::string_view kind = r->fields[0];
      if (kind == "file") {
        out.files.push_back(file_line(*r));
        file = &out.files.back();
        segment = nullptr;
      } else if (kind == "clock") {
        expect(*r, 2);
        if (file == nullptr) fail(r->line, 0, "a clock line before any file line");
        file->segments.push_back({day(*r, 1), {}});
        segment = &file->segments.back();
      } else if (kind == "row") {
        expect(*r, 6);
        if (segment == nullptr) fail(r->line, 0, "a row line before any clock line");
        segment->rows.push_back(row(*r));
        ++row_lines;
      } else if (kind == "end") {
        expect(*r, 3);
        const std::uint64_t files = number(*r, 1, "files");
        const std::uint64_t rows = number(*r, 2, "row lines");
        if (files != out.files.size() || rows != row_lines)
          fail(r->line, 0,
               "the end line counts " + std::to_string(files) + " files and " +
                   std::to_string(rows) + " row lines, the file holds " +
                   std::to_string(out.files.size()) + " and " + std::to_string(row_lines) +
                   ": lines are missing");
        for (const FileSummary& f : out.files)
          if (f.kept_rows() != f.counts.read.rows)
            fail(r->line, 0,
                 "the summary of " + f.file + " counts " + std::to_string(f.counts.read.rows) +
                     " kept rows, its row lines " + std::to_string(f.kept_rows()));
        if (next() != nullptr) fail(line_, 0, "lines after the end line");
        return out;
      } else {
        fail(r->line, 1,
             "unknown line '" + std::string(kind) + "' (expected file, clock, row or end)");
      }
    }
    fail(line_, 0,
         "truncated: the file ends without its end line (it was cut short, or is still being "
         "written)");
  }

 private:
  static std::string first_line() {
    return "'" + std::string(summaries_format) + "," + std::to_string(summaries_version) + "'";
  }

  const CsvRecord* next() {
    const CsvRecord* r = nullptr;
    do {
      r = csv_.next();
    } while (r != nullptr && r->blank);
    if (r != nullptr) line_ = r->line;
    return r;
  }

  [[noreturn]] void fail(std::uint64_t line, std::size_t column, std::string what) const {
    throw ReadError(RowError{file_, line, static_cast<std::uint32_t>(column), {}, std::move(what)});
  }

  static std::string count_error(const CsvRecord& r, std::size_t n) {
    return "a " + std::string(r.fields[0]) + " line has " + std::to_string(r.fields.size()) +
           (r.fields.size() == 1 ? " field" : " fields") + ", not " + std::to_string(n) +
           " (a corrupt line, or a file cut short)";
  }
  void expect(const CsvRecord& r, std::size_t n) const {
    if (r.fields.size() != n) fail(r.line, 0, count_error(r, n));
  }

  std::uint64_t number(const CsvRecord& r, std::size_t i, std::string_view what) const {
    const std::string_view t = r.fields[i];
    std::uint64_t n = 0;
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), n);
    if (t.empty() || ec != std::errc{} || end != t.data() + t.size())
      fail(r.line, i + 1,
           std::string(what) + ": expected a whole number, not '" + std::string(t) + "'");
    return n;
  }

  Date date(const CsvRecord& r, std::size_t i, std::string_view what) const {
    const auto d = Date::parse(r.fields[i]);
    if (!d)
      fail(r.line, i + 1,
           std::string(what) + ": bad date '" + std::string(r.fields[i]) + "' (" +
               std::string(d.error().what) + ")");
    return *d;
  }

  std::int32_t day(const CsvRecord& r, std::size_t i) const {
    const Date d = date(r, i, "clock");
    if (d.precision() != Precision::day)
      fail(r.line, i + 1, "clock: expected a day, not '" + std::string(r.fields[i]) + "'");
    return static_cast<std::int32_t>(d.earliest().time_since_epoch().count());
  }

  std::optional<std::chrono::year_month> month(const CsvRecord& r, std::size_t i) const {
    if (r.fields[i].empty()) return std::nullopt;
    const Date d = date(r, i, i == 5 ? "from" : "to");
    if (d.precision() != Precision::month)
      fail(r.line, i + 1, "expected a month (YYYY-MM), not '" + std::string(r.fields[i]) + "'");
    const std::chrono::year_month_day x{d.earliest()};
    return x.year() / x.month();
  }

  template <class E>
  E enumerator(const CsvRecord& r, std::size_t i, std::string_view what) const {
    const auto e = parse_enumerator<E>(r.fields[i]);
    if (!e)
      fail(r.line, i + 1, "unknown " + std::string(what) + " '" + std::string(r.fields[i]) + "'");
    return *e;
  }

  States states(const CsvRecord& r, std::size_t i) const {
    States out;
    std::string_view rest = r.fields[i];
    while (!rest.empty()) {
      const auto semi = rest.find(';');
      const std::string_view code = rest.substr(0, semi);
      const auto c = Country::from_code(code);
      if (!c) fail(r.line, i + 1, "unknown state '" + std::string(code) + "'");
      if (out.size() == out.capacity())
        fail(r.line, i + 1, "more than " + std::to_string(out.capacity()) + " states");
      out.push_back(*c);
      if (semi == std::string_view::npos) break;
      rest.remove_prefix(semi + 1);
    }
    return out;
  }

  SummariesQuestion question(const CsvRecord& r) const {
    expect(r, 10);
    SummariesQuestion q;
    if (!r.fields[1].empty()) {
      const States s = states(r, 1);
      if (s.size() != 2) fail(r.line, 2, "between: expected two states, as USA;RUS");
      q.between = StatePair{s[0], s[1]};
    }
    std::string_view actors = r.fields[2];
    while (!actors.empty()) {
      const auto semi = actors.find(';');
      q.actors.emplace_back(actors.substr(0, semi));
      if (semi == std::string_view::npos) break;
      actors.remove_prefix(semi + 1);
    }
    if (!r.fields[3].empty()) q.level = enumerator<Level>(r, 3, "level");
    if (!r.fields[4].empty()) q.medium = enumerator<Medium>(r, 4, "medium");
    q.from = month(r, 5);
    q.to = month(r, 6);
    if (!r.fields[7].empty()) q.as_of = date(r, 7, "as_of");
    const std::string_view burst = r.fields[8];
    const auto slash = burst.find('/');
    std::uint64_t k = 0;
    std::int64_t d = 0;
    if (slash == std::string_view::npos ||
        std::from_chars(burst.data(), burst.data() + slash, k).ptr != burst.data() + slash ||
        std::from_chars(burst.data() + slash + 1, burst.data() + burst.size(), d).ptr !=
            burst.data() + burst.size() ||
        slash == 0 || slash + 1 == burst.size())
      fail(r.line, 9, "burst: expected K/D, not '" + std::string(burst) + "'");
    q.burst_count = k;
    q.burst_within_days = d;
    if (r.fields[9] == "all") {
      q.collapse_days.reset();
    } else {
      q.collapse_days = static_cast<int>(number(r, 9, "collapse_days"));
    }
    return q;
  }

  FileSummary file_line(const CsvRecord& r) const {
    expect(r, 9 + skip_reason_count);
    FileSummary f;
    f.file = r.fields[1];
    f.counts.format = enumerator<EventFormat>(r, 2, "event format");
    f.counts.read.records = number(r, 3, "records");
    f.counts.read.rows = number(r, 4, "rows");
    f.counts.read.header_lines = number(r, 5, "header_lines");
    f.counts.read.blank_lines = number(r, 6, "blank_lines");
    f.counts.read.bad_rows = number(r, 7, "bad_rows");
    f.counts.codes_restored = number(r, 8, "codes_restored");
    for (std::size_t i = 0; i < skip_reason_count; ++i)
      f.counts.skipped[i] = number(r, 9 + i, skip_reason_name(static_cast<SkipReason>(i)));
    if (f.counts.read.records !=
        f.counts.read.rows + f.counts.skipped_total() + f.counts.read.bad_rows)
      fail(r.line, 0,
           "the counts of " + f.file + " do not add up: " + std::to_string(f.counts.read.records) +
               " rows read, not kept + skipped + bad");
    return f;
  }

  SummaryRow row(const CsvRecord& r) const {
    SummaryRow out;
    out.states = states(r, 1);
    if (out.states.size() < 2) fail(r.line, 2, "a contact joins two states or more");
    out.medium = enumerator<Medium>(r, 2, "medium");
    out.date = date(r, 3, "date");
    out.level = enumerator<Level>(r, 4, "level");
    out.rows = number(r, 5, "rows");
    if (out.rows == 0) fail(r.line, 6, "rows: a row line counts one row or more");
    return out;
  }

  CsvReader csv_;
  std::string file_;
  std::uint64_t line_ = 0;
};

}  // namespace detail

// Reads summaries. Anything but a whole file of this version (another
// format or version, a truncated file, a line with the wrong number of
// fields or a bad value) throws ReadError naming the file, the line and
// what was wrong.
inline EventSummaries read_summaries(std::istream& in, std::string file = "<stream>") {
  return detail::SummariesParser(in, std::move(file)).read();
}

inline EventSummaries read_summaries(const std::filesystem::path& path) {
  auto in = detail::open_for_reading(path);
  return read_summaries(in, path.string());
}

// Appends the summaries of the files that follow: they must answer the
// same question (ReadError naming both and what differs).
inline void append_summaries(EventSummaries& into, EventSummaries&& more,
                             std::string_view into_name = "the first",
                             std::string_view more_name = "the next") {
  if (!(into.question == more.question))
    throw ReadError(RowError{
        std::string(more_name),
        0,
        0,
        {},
        "summaries of another question than " + std::string(into_name) + "'s cannot be merged: " +
            question_differences(into.question, more.question, into_name, more_name)});
  for (FileSummary& f : more.files) into.files.push_back(std::move(f));
}

// Feeds files' kept rows into a collapser, file after file, in the order
// each file read them (see above): the contacts of one pass over the
// files. A row line of n rows is one report of n (as n reports of one
// clock day and key, it joins or starts the same contact), so that
// replaying costs a step per row line, not per row.
class SummaryReplay {
 public:
  explicit SummaryReplay(std::optional<int> collapse_days = default_collapse_window_days)
      : collapser_(collapse_days), window_(collapse_days) {}

  // Hands each contact that closes to `emit` (as ContactCollapser does).
  template <class Emit>
  void add(const FileSummary& f, Emit&& emit) {
    for (const SummarySegment& seg : f.segments) {
      // Rows reported more than the window before the latest clock (as
      // ContactCollapser::behind() counts them).
      const bool behind =
          window_ && now_ && static_cast<std::int64_t>(seg.clock) + *window_ < *now_;
      now_ = now_ ? std::max(*now_, seg.clock) : seg.clock;
      for (const SummaryRow& r : seg.rows) {
        if (behind) behind_ += r.rows;
        Contact c;
        c.date = r.date;
        c.states = r.states;
        c.medium = r.medium;
        c.level = r.level;
        std::uint64_t left = r.rows;
        while (left != 0) {  // reports counts in 32 bits
          const std::uint64_t n = std::min<std::uint64_t>(left, UINT32_MAX);
          c.reports = static_cast<std::uint32_t>(n);
          collapsed_ += collapser_.add(c, seg.clock) ? n : n - 1;
          collapser_.close_ready(emit);
          left -= n;
        }
      }
    }
  }
  // Hands every contact still open to `emit`.
  template <class Emit>
  void finish(Emit&& emit) {
    collapser_.finish(emit);
  }

  // Rows merged into an earlier row's contact.
  std::uint64_t collapsed() const noexcept { return collapsed_; }
  // Rows reported more than the window before a row read earlier.
  std::uint64_t behind() const noexcept { return behind_; }

 private:
  ContactCollapser collapser_;
  std::optional<int> window_;
  std::optional<std::int32_t> now_;
  std::uint64_t collapsed_ = 0;
  std::uint64_t behind_ = 0;
};

}  // namespace hotline::io
