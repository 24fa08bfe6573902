// A small writer of standalone SVG documents: elements, attributes and text,
// every piece of text escaped, so that names such as "AT&T <Moscow>" or
// "the \"hotline\"" can never break the XML. No dependencies beyond the
// standard library.
//
//   hotline::io::SvgWriter svg(640, 120, "Contacts");
//   svg.open("g", {{"class", "lane"}});
//   svg.element("rect", {{"x", 10}, {"y", 20}, {"width", 4.5}, {"height", 12}});
//   svg.text("text", {{"x", 10}, {"y", 50}}, "Blinken & Lavrov");
//   svg.close();
//   std::string document = std::move(svg).finish();
#pragma once

#include <charconv>
#include <cmath>
#include <concepts>
#include <cstddef>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <hotline/detail/utf8.hpp>

namespace hotline::io {

// Appends `text` to `out` as XML character data that is also safe inside a
// quoted attribute value: & < > " ' become entity references; characters
// that XML 1.0 does not allow (control characters other than tab, line feed
// and carriage return, U+FFFE, U+FFFF) and bytes that are not UTF-8 become
// U+FFFD, the replacement character. Tab, line feed and carriage return are
// written as character references, so attribute values keep them.
inline void append_xml_escaped(std::string& out, std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    switch (c) {
      case '&':
        out += "&amp;";
        ++i;
        continue;
      case '<':
        out += "&lt;";
        ++i;
        continue;
      case '>':
        out += "&gt;";
        ++i;
        continue;
      case '"':
        out += "&quot;";
        ++i;
        continue;
      case '\'':
        out += "&apos;";
        ++i;
        continue;
      case '\t':
        out += "&#9;";
        ++i;
        continue;
      case '\n':
        out += "&#10;";
        ++i;
        continue;
      case '\r':
        out += "&#13;";
        ++i;
        continue;
      default:
        break;
    }
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) {
      out += hotline::detail::replacement_character;
      ++i;
      continue;
    }
    const std::size_t n = hotline::detail::utf8_sequence_length(text, i);
    // U+FFFE and U+FFFF are UTF-8 but not XML characters: one replacement.
    if (n == 3 && text.substr(i, 2) == "\xEF\xBF" &&
        static_cast<unsigned char>(text[i + 2]) >= 0xBE) {
      out += hotline::detail::replacement_character;
      i += 3;
      continue;
    }
    if (n == 0) {
      out += hotline::detail::replacement_character;
      ++i;
      continue;
    }
    out.append(text.substr(i, n));
    i += n;
  }
}

// The escaped text (see append_xml_escaped).
inline std::string xml_escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  append_xml_escaped(out, text);
  return out;
}

// A number as SVG attributes take it: at most two decimals, no trailing
// zeros, no exponent, never "-0". Infinite and NaN values are an error
// (std::invalid_argument): they would make the drawing meaningless.
inline std::string svg_number(double value) {
  if (!std::isfinite(value)) throw std::invalid_argument("hotline::io::svg_number: not finite");
  double rounded = std::round(value * 100.0) / 100.0;
  if (rounded == 0.0) rounded = 0.0;  // no "-0"
  char buffer[64];
  const auto [end, ec] =
      std::to_chars(buffer, buffer + sizeof(buffer), rounded, std::chars_format::fixed, 2);
  if (ec != std::errc{}) throw std::invalid_argument("hotline::io::svg_number: out of range");
  std::string_view s(buffer, static_cast<std::size_t>(end - buffer));
  while (s.back() == '0') s.remove_suffix(1);
  if (s.back() == '.') s.remove_suffix(1);
  return std::string(s);
}

// One attribute: a name and its value, text (escaped when written) or a
// number (written by svg_number).
struct SvgAttribute {
  std::string_view name{};
  std::string value{};

  SvgAttribute(std::string_view n, std::string_view v) : name(n), value(v) {}
  SvgAttribute(std::string_view n, const char* v) : name(n), value(v) {}
  SvgAttribute(std::string_view n, const std::string& v) : name(n), value(v) {}
  template <class T>
  requires(std::integral<T> || std::floating_point<T>) &&
      (!std::same_as<T, bool>)SvgAttribute(std::string_view n, T v)
      : name(n),
  value(svg_number(static_cast<double>(v))) {}
};

using SvgAttributes = std::initializer_list<SvgAttribute>;

// Writes one standalone SVG document (an XML declaration, then the <svg>
// root element with its namespace, size and viewBox, then a <title>), one
// element per line, indented by depth. Elements are opened and closed in
// order; finish() closes those still open. Every attribute value and every
// text is escaped.
class SvgWriter {
 public:
  // A document `width` by `height` user units (pixels), titled `title`
  // (what a browser shows as its name, and screen readers read).
  SvgWriter(double width, double height, std::string_view title,
            SvgAttributes root_attributes = {}) {
    out_ += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    const std::string w = svg_number(width);
    const std::string h = svg_number(height);
    out_ += "<svg";
    write_attributes({{"xmlns", "http://www.w3.org/2000/svg"},
                      {"width", w},
                      {"height", h},
                      {"viewBox", "0 0 " + w + " " + h}});
    write_attributes(root_attributes);
    out_ += ">\n";
    open_.emplace_back("svg");
    text("title", {}, title);
  }

  // <tag attributes...> ... until the matching close().
  void open(std::string_view tag, SvgAttributes attributes = {}) {
    start_tag(tag, attributes);
    open_.emplace_back(tag);
  }
  // Closes the element opened last. Closing the root is finish()'s job:
  // closing more than was opened is an error (std::logic_error).
  void close() {
    if (open_.size() <= 1) throw std::logic_error("hotline::io::SvgWriter: nothing to close");
    end_tag();
  }
  // <tag attributes.../>
  void element(std::string_view tag, SvgAttributes attributes = {}) {
    indent();
    out_ += '<';
    out_ += tag;
    write_attributes(attributes);
    out_ += "/>\n";
  }
  // <tag attributes...>text</tag>, the text escaped.
  void text(std::string_view tag, SvgAttributes attributes, std::string_view content) {
    indent();
    out_ += '<';
    out_ += tag;
    write_attributes(attributes);
    out_ += '>';
    append_xml_escaped(out_, content);
    out_ += "</";
    out_ += tag;
    out_ += ">\n";
  }

  // How many elements are open, the root included.
  std::size_t depth() const noexcept { return open_.size(); }

  // The document, with every element still open closed.
  std::string finish() && {
    while (!open_.empty()) end_tag();
    return std::move(out_);
  }

 private:
  void indent() { out_.append(2 * open_.size(), ' '); }
  void write_attributes(SvgAttributes attributes) {
    for (const SvgAttribute& a : attributes) {
      out_ += ' ';
      out_ += a.name;
      out_ += "=\"";
      append_xml_escaped(out_, a.value);
      out_ += '"';
    }
  }
  void start_tag(std::string_view tag, SvgAttributes attributes) {
    indent();
    out_ += '<';
    out_ += tag;
    write_attributes(attributes);
    out_ += ">\n";
  }
  void end_tag() {
    const std::string tag = std::move(open_.back());
    open_.pop_back();
    indent();
    out_ += "</";
    out_ += tag;
    out_ += ">\n";
  }

  std::string out_;
  std::vector<std::string> open_;
};

}  // namespace hotline::io
