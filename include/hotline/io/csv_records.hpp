// RFC 4180 records, both ways: quoted fields with commas, quotes and
// newlines, CRLF or LF line ends, an optional UTF-8 byte-order mark. Knows
// nothing of hotline's tables (<hotline/io/tables.hpp> reads those): any
// program can read and write CSV with it.
//
//   std::ifstream in("calls.csv", std::ios::binary);
//   hotline::io::CsvReader csv(in, "calls.csv");
//   while (const hotline::io::CsvRecord* r = csv.next()) ... r->fields ...
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <istream>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <hotline/io/input.hpp>

namespace hotline::io {

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
// ("a, b", "say ""hi""", "two\nlines"); records end with CRLF or LF, or CR
// alone in a file whose first line ends so (or the end of the input). A
// UTF-8 byte-order mark at the start is skipped. Malformed records (a quote
// inside an unquoted field, text after a closing quote, a carriage return
// without a line feed in a file of LF lines, a quote never closed, a
// record longer than max_record_bytes, text that is not UTF-8) are errors,
// reported with the line the record starts on and the field number.
class CsvReader {
 public:
  // Fields in one record at most; more is a bad record.
  static constexpr std::size_t max_fields = 65536;

  CsvReader(std::istream& in, std::string file = "<stream>", const ReadOptions& options = {})
      : input_(in, file),
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
      // Lines end as the first line ends: a CR not followed by LF makes CR
      // alone the line end of the file (old Mac spreadsheets save so).
      const std::string_view head(input_.data() + pos_, input_.size() - pos_);
      const std::size_t at = head.find_first_of("\r\n");
      cr_lines_ = at != std::string_view::npos && head[at] == '\r' &&
                  (at + 1 < head.size() ? head[at + 1] != '\n' : input_.at_eof());
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
            if (b[i] == (cr_lines_ ? '\r' : '\n')) ++line_;
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
          if (cr_lines_) {
            push(fbeg, fend, unescape);
            return end_record(i - 1, 1);
          }
          problem(field_count_ + 1,
                  "carriage return without a line feed outside quotes (the file's lines end "
                  "in LF or CRLF)");
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
  bool cr_lines_ = false;  // the file's lines end in CR alone
  std::size_t pos_ = 0;    // first byte not yet read into a record
  std::size_t rec_ = 0;    // first byte of the record being read
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

}  // namespace hotline::io
