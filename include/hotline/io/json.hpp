// JSON out: a small writer whose output is always valid JSON (RFC 8259),
// whatever the text it is given: quotes, backslashes and control characters
// are escaped, and bytes that are not UTF-8 become U+FFFD. And the JSON of a
// Report (<hotline/report.hpp>), as gap_report --format json prints it.
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
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <hotline/detail/utf8.hpp>
#include <hotline/hotline.hpp>
#include <hotline/report.hpp>

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

namespace detail {

template <class T>
void write_figures_json(JsonWriter& j, const Figures<T>& f, const ReportOptions& o) {
  j.key("contacts").value(f.contacts);
  j.key("first");
  f.first_last ? j.value(f.first_last->first.date) : j.null();
  j.key("last");
  f.first_last ? j.value(f.first_last->last.date) : j.null();
  j.key("longest_gap_days");
  f.longest_gap ? j.value(f.longest_gap->days()) : j.null();
  j.key("longest_gap");
  if (f.longest_gap) {
    j.begin_object();
    for (const auto& [name, g] : {std::pair{"certain", &f.longest_gap->certain},
                                  std::pair{"possible", &f.longest_gap->possible}}) {
      j.key(name).begin_object();
      j.key("days").value(g->days.count());
      j.key("from").value(g->from.date);
      j.key("to").value(g->to.date);
      j.end_object();
    }
    j.end_object();
  } else {
    j.null();
  }
  j.key("months_without");
  if (f.months_without) {
    const MonthsFigure& m = *f.months_without;
    j.begin_object();
    j.key("from").value(Date::in_month(m.from));
    j.key("to").value(Date::in_month(m.to));
    j.key("certain").value(m.months.certain.count());
    j.key("possible").value(m.months.possible.count());
    j.end_object();
  } else {
    j.null();
  }
  if (o.as_of) {
    j.key("silence_days");
    f.silence ? j.value(f.silence->days) : j.null();
    // Since when: the last contact's date, or, with none before the day,
    // the window's first day (the silence is unbounded: it may be longer).
    j.key("silence_since");
    if (!f.silence)
      j.null();
    else if (f.silence->silence)
      j.value(f.silence->silence->last.date);
    else
      j.value(Date::on(std::chrono::year_month_day{*f.silence->since}));
    j.key("silence_unbounded").value(f.silence && !f.silence->silence);
  }
  j.key("bursts").begin_array();
  for (const Burst<T>& b : f.bursts) {
    j.begin_object();
    j.key("count").value(b.count);
    j.key("within_days").value(o.burst_within.count());
    j.key("first").value(b.first.date);
    j.key("last").value(b.last.date);
    j.end_object();
  }
  j.end_array();
}

}  // namespace detail

// The report as one JSON object: {"selection": ..., "notes": [...], "contacts": N, "first":
// "1967", "last": ..., "longest_gap_days": [min, max], "longest_gap":
// {"certain": {"days", "from", "to"}, "possible": {...}}, "months_without":
// {"from", "to", "certain", "possible"}, "silence_days": [min, max or null],
// "silence_since": the last contact's date or the window's first day,
// "silence_unbounded": true when no contact came before the day (these three
// with as_of only), "bursts": [{"count", "within_days", "first", "last"}],
// "groups": [{"level", "who", and the same figures}]}. Dates are ISO 8601;
// absent figures are null.
inline std::string to_json(const Report& r) {
  JsonWriter j;
  j.begin_object();
  j.key("selection").value(r.selection);
  j.key("notes").begin_array();
  for (const std::string& note : r.notes) j.value(note);
  j.end_array();
  detail::write_figures_json(j, r.all, r.options);
  j.key("groups").begin_array();
  for (const ReportGroup& g : r.groups) {
    j.begin_object();
    j.key("level").value(code_name(g.level));
    j.key("who").value(g.who);
    detail::write_figures_json(j, g.figures, r.options);
    j.end_object();
  }
  j.end_array();
  j.end_object();
  return std::move(j).finish();
}

}  // namespace hotline::io
