// What every hotline reader shares: how a bad row is reported (file, line,
// column, what was wrong), strict and lenient modes, read statistics that
// count every row, a chunked input buffer whose memory depends on the
// longest record, never on the size of the file, lines read from it (LF,
// CRLF or CR), opening a file with an error that says why, and what a
// file's first bytes say it is compressed with. Uses no hotline type.
#pragma once

#include <algorithm>
#include <bit>
#include <cerrno>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <istream>
#include <iterator>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>
#include <utility>
#include <vector>

#include <hotline/detail/utf8.hpp>

namespace hotline::io {

// What a file's first bytes say it is compressed with. The readers read
// plain text; <hotline/io/compressed.hpp> (hotline::io_compressed) reads
// the others, and the core readers' errors say what a file looks like.
enum class Compression : std::uint8_t { none, gzip, zip };

// gzip: 1f 8b; zip: "PK\3\4" (a member) or "PK\5\6" (an empty archive).
constexpr Compression detect_compression(std::string_view first_bytes) noexcept {
  if (first_bytes.size() >= 2 && first_bytes[0] == '\x1f' && first_bytes[1] == '\x8b')
    return Compression::gzip;
  if (first_bytes.starts_with("PK\x03\x04") || first_bytes.starts_with("PK\x05\x06"))
    return Compression::zip;
  return Compression::none;
}

// "a gzip file", "a zip archive", or "" for text.
constexpr std::string_view compression_words(Compression c) noexcept {
  switch (c) {
    case Compression::gzip:
      return "a gzip file";
    case Compression::zip:
      return "a zip archive";
    case Compression::none:
      break;
  }
  return "";
}

// What a reader does with a bad row: stop at the first (strict, the default:
// the reader throws ReadError) or skip it, count it and report it to
// ReadOptions::on_error (lenient).
enum class ErrorMode : std::uint8_t { strict, lenient };

// Where a file was wrong and why. `line` is the 1-based line on which the
// record starts (0 when the file as a whole is wrong); `column` is the 1-based
// field number (0 when the record as a whole is wrong); `field` names the
// column when it is known.
struct RowError {
  std::string file{};
  std::uint64_t line = 0;
  std::uint32_t column = 0;
  std::string field{};
  std::string what{};

  // "calls.csv:3:2: date: bad date '2015-02-30': day does not exist in that
  // month", leaving out the parts that are not known.
  std::string message() const {
    std::string m = file;
    if (line != 0) m += ':' + std::to_string(line);
    if (column != 0) m += ':' + std::to_string(column);
    m += ": ";
    if (!field.empty()) m += field + ": ";
    return m + what;
  }

  friend bool operator==(const RowError&, const RowError&) = default;
};

// Thrown for a bad row in strict mode, and in both modes when nothing can be
// read at all (no such file, no header row, a missing column, an unknown
// format).
class ReadError : public std::runtime_error {
 public:
  explicit ReadError(RowError error)
      : std::runtime_error(error.message()), error_(std::move(error)) {}
  const RowError& error() const noexcept { return error_; }

 private:
  RowError error_;
};

// How to read. The defaults suit a file a person made: stop at the first
// error, insist on UTF-8, accept records (rows, with their quoted newlines)
// of up to 64 MiB.
struct ReadOptions {
  ErrorMode mode = ErrorMode::strict;
  // Lenient mode: called once for each bad row, in file order. Loaders also
  // keep every error in their result.
  std::function<void(const RowError&)> on_error{};
  // A longer record is a bad row (the reader skips to its end without
  // keeping it), so that a runaway quote cannot take the memory of a file.
  std::size_t max_record_bytes = std::size_t{64} << 20;
  // Reject text that is not UTF-8, naming the field and the byte.
  bool check_utf8 = true;
};

// What a reader saw. Every record is either a row returned or a bad row:
// records == rows + bad_rows. Header and blank lines are counted apart.
struct ReadStats {
  std::uint64_t records = 0;       // data records read (not header, not blank)
  std::uint64_t rows = 0;          // returned to the caller
  std::uint64_t bad_rows = 0;      // reported as errors and skipped
  std::uint64_t blank_lines = 0;   // empty lines, skipped
  std::uint64_t header_lines = 0;  // header rows, skipped

  friend bool operator==(const ReadStats&, const ReadStats&) = default;
};

namespace detail {

// Where a reader sends its errors: thrown in strict mode, counted and passed
// to on_error in lenient mode.
class ErrorSink {
 public:
  ErrorSink(std::string file, const ReadOptions& options)
      : file_(std::move(file)), mode_(options.mode), on_error_(options.on_error) {}

  const std::string& file() const noexcept { return file_; }
  ErrorMode mode() const noexcept { return mode_; }
  void set_mode(ErrorMode mode) noexcept { mode_ = mode; }
  std::uint64_t count() const noexcept { return count_; }

  // A bad row: throws in strict mode; otherwise counts it and reports it.
  void report(std::uint64_t line, std::uint32_t column, std::string_view field, std::string what) {
    RowError e{file_, line, column, std::string(field), std::move(what)};
    if (mode_ == ErrorMode::strict) throw ReadError(std::move(e));
    ++count_;
    if (on_error_) on_error_(e);
  }
  // Nothing more can be read: thrown in both modes.
  [[noreturn]] void fatal(std::uint64_t line, std::uint32_t column, std::string_view field,
                          std::string what) const {
    throw ReadError(RowError{file_, line, column, std::string(field), std::move(what)});
  }

 private:
  std::string file_;
  ErrorMode mode_;
  std::function<void(const RowError&)> on_error_;
  std::uint64_t count_ = 0;
};

// Word-at-a-time scanning (SWAR: eight bytes in one 64-bit word, no
// vector instructions, any target): the readers find separators, quotes
// and line ends with these instead of a branch per byte.
namespace words {

inline constexpr std::uint64_t ones = 0x0101010101010101ull;
inline constexpr std::uint64_t high = 0x8080808080808080ull;
inline constexpr std::uint64_t low7 = 0x7f7f7f7f7f7f7f7full;

// Eight bytes from `p`, the first in the low byte whatever the target's
// byte order.
inline std::uint64_t load(const char* p) noexcept {
  std::uint64_t w;
  std::memcpy(&w, p, 8);
  if constexpr (std::endian::native == std::endian::big) w = __builtin_bswap64(w);
  return w;
}
// The `n` (< 8) bytes from `p`, zeros after them.
inline std::uint64_t load_partial(const char* p, std::size_t n) noexcept {
  std::uint64_t w = 0;
  for (std::size_t k = 0; k < n; ++k)
    w |= std::uint64_t{static_cast<unsigned char>(p[k])} << (8 * k);
  return w;
}
// The high bit of each byte of `w` that equals `c`, and no other bit (exact:
// no false positives above a match, as the shorter (w - ones) & ~w form has).
inline std::uint64_t equal_to(std::uint64_t w, char c) noexcept {
  const std::uint64_t x = w ^ (ones * static_cast<unsigned char>(c));
  return ~(((x & low7) + low7) | x) & high;
}
// The byte offset of the lowest byte a mask from equal_to marks.
inline std::size_t first(std::uint64_t mask) noexcept {
  return static_cast<std::size_t>(std::countr_zero(mask)) >> 3;
}

}  // namespace words

// A window onto a stream: bytes [0, size()) of data() are valid. refill()
// drops the bytes before a position the caller no longer needs, and reads
// more; the buffer grows only when one record fills it.
class ChunkedInput {
 public:
  // The first allocation; the buffer doubles whenever less than half of it
  // is free for reading (a long record), and never shrinks.
  static constexpr std::size_t initial_size = std::size_t{64} << 10;

  // `file` names the stream in the error a failed read throws.
  ChunkedInput(std::istream& in, std::string file) : in_(in), file_(std::move(file)) {}

  char* data() noexcept { return buffer_.get(); }
  std::size_t size() const noexcept { return size_; }
  bool at_eof() const noexcept { return eof_; }

  // Keeps the bytes from `keep_from` on (moved to the front of the buffer),
  // and reads at least one more byte unless the stream has ended. Returns
  // how far the kept bytes moved (subtract it from every index), and sets
  // `got_more` to whether bytes were added.
  std::size_t refill(std::size_t keep_from, bool& got_more) {
    const std::size_t kept = size_ - keep_from;
    if (keep_from > 0 && kept > 0) std::memmove(buffer_.get(), buffer_.get() + keep_from, kept);
    size_ = kept;
    if (capacity_ - size_ < capacity_ / 2 || capacity_ == 0) {
      const std::size_t capacity = std::max(initial_size, 2 * capacity_);
      auto bigger = std::make_unique_for_overwrite<char[]>(capacity);
      if (size_ > 0) std::memcpy(bigger.get(), buffer_.get(), size_);
      buffer_ = std::move(bigger);
      capacity_ = capacity;
    }
    got_more = false;
    while (!eof_ && !got_more) {
      in_.read(buffer_.get() + size_, static_cast<std::streamsize>(capacity_ - size_));
      const auto n = static_cast<std::size_t>(in_.gcount());
      if (n > 0) {
        size_ += n;
        got_more = true;
      } else if (in_.bad()) {
        throw ReadError(RowError{file_, 0, 0, {}, "cannot read the file (an input/output error)"});
      } else {
        eof_ = true;
      }
      if (in_.eof()) eof_ = true;
    }
    return keep_from;
  }

 private:
  std::istream& in_;
  std::string file_;
  std::unique_ptr<char[]> buffer_;
  std::size_t capacity_ = 0;
  std::size_t size_ = 0;
  bool eof_ = false;
};

// Lines of a stream, one at a time, in memory bounded by the longest line.
// Lines end as the file's first line ends: at LF (a CR before it dropped),
// or at CR for a file whose lines end in CR alone (old Mac, some ICEWS
// copies). A line longer than `max_bytes` is passed over (too_long is set).
class LineReader {
 public:
  LineReader(std::istream& in, std::string file, std::size_t max_bytes)
      : input_(in, std::move(file)), max_(max_bytes) {}

  // False at the end of the input.
  bool next(std::string_view& line, std::uint64_t& number, bool& too_long) {
    too_long = false;
    bool got = false;
    if (!started_) {
      started_ = true;
      input_.refill(0, got);
      if (input_.size() >= 3 && std::memcmp(input_.data(), "\xEF\xBB\xBF", 3) == 0) pos_ = 3;
      detect_line_end();
    }
    std::size_t scan = pos_;
    for (;;) {
      const char* b = input_.data();
      const std::size_t n = input_.size();
      const void* nl = scan < n ? std::memchr(b + scan, end_, n - scan) : nullptr;
      if (nl != nullptr) {
        const auto at = static_cast<std::size_t>(static_cast<const char*>(nl) - b);
        std::size_t end = at;
        if (end_ == '\n' && end > pos_ && b[end - 1] == '\r') --end;
        if (end - pos_ > max_) too_long = true;
        line = {b + pos_, too_long ? 0 : end - pos_};
        number = ++line_;
        pos_ = at + 1;
        return true;
      }
      if (n - pos_ > max_) too_long = true;
      const std::size_t keep = too_long ? n : pos_;
      const std::size_t shift = input_.refill(keep, got);
      scan = n - shift;
      pos_ = too_long ? scan : pos_ - shift;
      if (got) continue;
      if (pos_ == input_.size() && !too_long) return false;
      // The last line, without a line end.
      std::size_t end = input_.size();
      if (end > pos_ && input_.data()[end - 1] == '\r') --end;
      line = {input_.data() + pos_, too_long ? 0 : end - pos_};
      number = ++line_;
      pos_ = input_.size();
      return true;
    }
  }

 private:
  // From the first line end within the first chunk: a CR not followed by
  // LF makes CR the line end of the file.
  void detect_line_end() {
    const std::string_view head(input_.data() + pos_, input_.size() - pos_);
    const std::size_t at = head.find_first_of("\r\n");
    if (at != std::string_view::npos && head[at] == '\r' &&
        (at + 1 == head.size() ? input_.at_eof() : head[at + 1] != '\n'))
      end_ = '\r';
  }

  ChunkedInput input_;
  std::size_t max_;
  std::size_t pos_ = 0;
  std::uint64_t line_ = 0;
  char end_ = '\n';
  bool started_ = false;
};

// The offset of the first byte of `text` that does not belong to a
// well-formed UTF-8 sequence (no overlongs, no surrogates, at most U+10FFFF),
// or npos when all of it is UTF-8.
inline std::size_t invalid_utf8_at(std::string_view text) noexcept {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    // Eight ASCII bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t word;
      std::memcpy(&word, s + i, 8);
      if ((word & 0x8080808080808080ull) != 0) break;
      i += 8;
    }
    if (i >= n) break;
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    const std::size_t len = hotline::detail::utf8_sequence_length(text, i);
    if (len == 0) return i;
    i += len;
  }
  return std::string_view::npos;
}

// "invalid UTF-8: byte 0xff at offset 3", or an empty string for UTF-8 text.
inline std::string utf8_problem(std::string_view text) {
  const std::size_t at = invalid_utf8_at(text);
  if (at == std::string_view::npos) return {};
  static constexpr char hex[] = "0123456789abcdef";
  const auto byte = static_cast<unsigned char>(text[at]);
  std::string what = "invalid UTF-8: byte 0x";
  what += hex[byte >> 4];
  what += hex[byte & 15];
  return what + " at offset " + std::to_string(at);
}

// Text quoted for an error message: at most 40 bytes, then "...".
inline std::string quoted(std::string_view text) {
  // Appended piece by piece: GCC 12 at -O3 warns (-Wrestrict, wrongly) for
  // "'" + std::string(...).
  std::string q;
  q.reserve(46);
  q += '\'';
  q += text.substr(0, 40);
  q += text.size() <= 40 ? "'" : "...'";
  return q;
}

// Parses the whole of `text` as an unsigned or signed integer of type T:
// decimal digits only (a leading '-' for signed types), no spaces. Gives the
// reason on failure.
template <class T>
bool parse_integer(std::string_view text, T& value, std::string& why) {
  const char* first = text.data();
  const char* last = text.data() + text.size();
  if (text.empty()) {
    why = "bad number '': expected digits";
    return false;
  }
  if (text[0] == '+' || (std::is_unsigned_v<T> && text[0] == '-')) {
    why = "bad number " + quoted(text) + ": expected digits";
    return false;
  }
  const auto [ptr, ec] = std::from_chars(first, last, value);
  if (ec == std::errc::result_out_of_range) {
    why = "bad number " + quoted(text) + ": out of range";
    return false;
  }
  if (ec != std::errc{} || ptr != last) {
    why = "bad number " + quoted(text) + ": expected digits";
    return false;
  }
  return true;
}

// Range-for over a reader whose next() gives a pointer to the next item, or
// nullptr at the end (TableReader, EventReader): an input iterator that
// holds the item last read.
template <class Reader, class Item>
class PullIterator {
 public:
  using value_type = Item;
  using difference_type = std::ptrdiff_t;
  PullIterator() = default;
  explicit PullIterator(Reader* r) : reader_(r), item_(r->next()) {}
  const Item& operator*() const { return *item_; }
  const Item* operator->() const { return item_; }
  PullIterator& operator++() {
    item_ = reader_->next();
    return *this;
  }
  void operator++(int) { ++*this; }
  friend bool operator==(const PullIterator& i, std::default_sentinel_t) {
    return i.item_ == nullptr;
  }

 private:
  Reader* reader_ = nullptr;
  const Item* item_ = nullptr;
};

// Opens a file to read, or throws ReadError naming it and saying why: no
// such file, a directory, no permission.
inline std::ifstream open_for_reading(const std::filesystem::path& path) {
  const auto fail = [&](std::string what) {
    throw ReadError(RowError{path.string(), 0, 0, {}, std::move(what)});
  };
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (status.type() == std::filesystem::file_type::not_found) fail("no such file");
  if (status.type() == std::filesystem::file_type::directory)
    fail("a directory, not a file (name the files in it)");
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int error = errno;
    fail("cannot open the file for reading" +
         (error != 0 ? ": " + std::generic_category().message(error) : std::string{}));
  }
  return in;
}

// Options whose on_error also keeps each error in `errors`.
inline ReadOptions keeping_errors(const ReadOptions& options, std::vector<RowError>& errors) {
  ReadOptions o = options;
  o.on_error = [&errors, user = options.on_error](const RowError& e) {
    errors.push_back(e);
    if (user) user(e);
  };
  return o;
}

}  // namespace detail

}  // namespace hotline::io
