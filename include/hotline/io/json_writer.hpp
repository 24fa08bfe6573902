// JSON out: a small writer whose output is always valid JSON (RFC 8259),
// whatever the text it is given: quotes, backslashes and control characters
// are escaped, and bytes that are not UTF-8 become U+FFFD.
//
//   hotline::io::JsonWriter json;
//   json.begin_object();
//   json.key("name").value("Tomás \"Tom\" Quiroga");
//   json.end_object();
//   std::string text = std::move(json).finish();
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <hotline/date.hpp>
#include <hotline/detail/utf8.hpp>

namespace hotline::io {

// Appends `text` as a JSON string, quotes included.
inline void append_json_string(std::string& out, std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  out += '"';
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
      ++i;
    } else if (u < 0x20) {
      switch (c) {
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
          out += "\\u00";
          out += hex[u >> 4];
          out += hex[u & 15];
      }
      ++i;
    } else if (u < 0x80) {
      out += c;
      ++i;
    } else if (const std::size_t n = hotline::detail::utf8_sequence_length(text, i); n != 0) {
      out.append(text.substr(i, n));
      i += n;
    } else {
      out += "\\ufffd";  // a byte that is not UTF-8
      ++i;
    }
  }
  out += '"';
}

// Writes one JSON value, with objects and arrays nested in it, into a
// string. Keys and commas are placed for the caller; a misuse (a value
// where a key is due, closing what is not open, finishing early) throws
// std::logic_error rather than write invalid JSON.
class JsonWriter {
 public:
  JsonWriter& begin_object() {
    start_value();
    out_ += '{';
    stack_.push_back({true, true, false});
    return *this;
  }
  JsonWriter& end_object() {
    if (stack_.empty() || !stack_.back().object || stack_.back().key_written)
      misuse("end_object without an open object");
    stack_.pop_back();
    out_ += '}';
    return *this;
  }
  JsonWriter& begin_array() {
    start_value();
    out_ += '[';
    stack_.push_back({false, true, false});
    return *this;
  }
  JsonWriter& end_array() {
    if (stack_.empty() || stack_.back().object) misuse("end_array without an open array");
    stack_.pop_back();
    out_ += ']';
    return *this;
  }
  JsonWriter& key(std::string_view k) {
    if (stack_.empty() || !stack_.back().object || stack_.back().key_written)
      misuse("a key outside an object, or two keys in a row");
    Frame& f = stack_.back();
    if (!f.first) out_ += ", ";
    f.first = false;
    append_json_string(out_, k);
    out_ += ": ";
    f.key_written = true;
    return *this;
  }
  JsonWriter& value(std::string_view text) {
    start_value();
    append_json_string(out_, text);
    return *this;
  }
  JsonWriter& value(const char* text) { return value(std::string_view{text}); }
  JsonWriter& value(bool b) {
    start_value();
    out_ += b ? "true" : "false";
    return *this;
  }
  template <class N>
  requires std::is_integral_v<N> &&(!std::is_same_v<N, bool>)JsonWriter& value(N n) {
    start_value();
    out_ += std::to_string(n);
    return *this;
  }
  JsonWriter& null() {
    start_value();
    out_ += "null";
    return *this;
  }
  // A Date as its ISO 8601 text ("2014-03", "2022-02-11/2022-02-20").
  JsonWriter& value(Date d) { return value(to_iso(d).view()); }
  // [min, max]; max is null when it is days::max() (no upper bound).
  JsonWriter& value(DayRange r) {
    begin_array().value(r.min.count());
    if (r.max == std::chrono::days::max())
      null();
    else
      value(r.max.count());
    return end_array();
  }

  // The text, once every object and array is closed.
  std::string finish() && {
    if (!stack_.empty() || !done_) misuse("finish before the value is complete");
    return std::move(out_);
  }

 private:
  struct Frame {
    bool object;
    bool first;
    bool key_written;
  };
  [[noreturn]] static void misuse(const char* what) {
    throw std::logic_error(std::string("hotline::io::JsonWriter: ") + what);
  }
  void start_value() {
    if (stack_.empty()) {
      if (done_) misuse("a second value at the top level");
      done_ = true;
      return;
    }
    Frame& f = stack_.back();
    if (f.object) {
      if (!f.key_written) misuse("a value in an object without its key");
      f.key_written = false;
      return;
    }
    if (!f.first) out_ += ", ";
    f.first = false;
  }

  std::string out_;
  std::vector<Frame> stack_;
  bool done_ = false;
};

}  // namespace hotline::io
