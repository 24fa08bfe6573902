// The layouts of event files: which formats there are and how to tell them
// from a first line, where each format keeps the columns a reader uses (by
// position, or found by name in a header row), how a line splits into
// fields (tabs; commas with quotes), and the compact date forms. What
// <hotline/io/events.hpp> reads with.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <hotline/date.hpp>
#include <hotline/enumerators.hpp>
#include <hotline/io/input.hpp>

namespace hotline::io {

// The layouts of event files. gdelt1 reads both the daily files (58 columns,
// SOURCEURL last) and the historical back files (57 columns), row by row:
// the first 57 columns are the same.
enum class EventFormat : std::uint8_t { gdelt2, gdelt1, icews };

}  // namespace hotline::io

template <>
struct hotline::EnumeratorTable<hotline::io::EventFormat> {
  using EventFormat = hotline::io::EventFormat;
  static constexpr std::string_view kind = "event format";
  static constexpr Enumerator<EventFormat> items[] = {
      {EventFormat::gdelt2, "gdelt2", "GDELT 2.0"},
      {EventFormat::gdelt1, "gdelt1", "GDELT 1.0"},
      {EventFormat::icews, "icews", "ICEWS"},
  };
};

namespace hotline::io {

// A format's name ("gdelt2"), and the format a name gives.
constexpr std::string_view format_name(EventFormat f) noexcept {
  return code_name(f);
}
constexpr std::optional<EventFormat> parse_event_format(std::string_view name) noexcept {
  return parse_enumerator<EventFormat>(name);
}

// The format of a file from its first line: the ICEWS header row ("Event
// ID<TAB>Event Date<TAB>..."), or a GDELT row (or header) by its number of
// tab-separated columns: 61 for GDELT 2.0, 58 or 57 for GDELT 1.0.
constexpr std::optional<EventFormat> detect_event_format(std::string_view first_line) noexcept {
  if (!first_line.empty() && first_line.back() == '\r') first_line.remove_suffix(1);
  if (first_line.starts_with("\xEF\xBB\xBF")) first_line.remove_prefix(3);
  if (first_line.starts_with("Event ID\tEvent Date\t")) return EventFormat::icews;
  const auto columns =
      static_cast<std::size_t>(std::count(first_line.begin(), first_line.end(), '\t')) + 1;
  if (columns == 61) return EventFormat::gdelt2;
  if (columns == 58 || columns == 57) return EventFormat::gdelt1;
  return std::nullopt;
}

namespace detail {

// Where the columns a reader uses are, in each format (0-based), and the
// names errors give them.
struct Layout {
  std::size_t min_columns;
  std::size_t max_columns;
  std::size_t id;                     // GLOBALEVENTID, Event ID
  std::size_t date;                   // SQLDATE, Event Date
  std::size_t code;                   // EventCode, CAMEO Code
  std::size_t root;                   // EventRootCode (GDELT)
  std::size_t location;               // ActionGeo_FullName (GDELT)
  std::size_t added;                  // DATEADDED (GDELT)
  std::size_t country1;               // Actor1CountryCode, Source Country
  std::size_t country2;               // Actor2CountryCode, Target Country
  std::array<std::size_t, 3> types1;  // Actor1Type1Code..Type3Code (GDELT)
  std::array<std::size_t, 3> types2;  // Actor2Type1Code..Type3Code (GDELT)
  std::size_t sectors1;               // Source Sectors (ICEWS)
  std::size_t sectors2;               // Target Sectors (ICEWS)
  std::array<std::size_t, 4> place;   // City, District, Province, Country (ICEWS)
  std::string_view date_name;
  std::string_view code_name;
  std::string_view location_name;
  std::string_view added_name;
};

inline constexpr std::size_t none = static_cast<std::size_t>(-1);

inline constexpr Layout gdelt2_layout{.min_columns = 61,
                                      .max_columns = 61,
                                      .id = 0,
                                      .date = 1,
                                      .code = 26,
                                      .root = 28,
                                      .location = 52,
                                      .added = 59,
                                      .country1 = 7,
                                      .country2 = 17,
                                      .types1 = {12, 13, 14},
                                      .types2 = {22, 23, 24},
                                      .sectors1 = none,
                                      .sectors2 = none,
                                      .place = {none, none, none, none},
                                      .date_name = "SQLDATE",
                                      .code_name = "EventCode",
                                      .location_name = "ActionGeo_FullName",
                                      .added_name = "DATEADDED"};

// GDELT 1.0 has no ADM2 columns: from Actor1Geo on, columns sit earlier.
inline constexpr Layout gdelt1_layout{.min_columns = 57,
                                      .max_columns = 58,
                                      .id = 0,
                                      .date = 1,
                                      .code = 26,
                                      .root = 28,
                                      .location = 50,
                                      .added = 56,
                                      .country1 = 7,
                                      .country2 = 17,
                                      .types1 = {12, 13, 14},
                                      .types2 = {22, 23, 24},
                                      .sectors1 = none,
                                      .sectors2 = none,
                                      .place = {none, none, none, none},
                                      .date_name = "SQLDATE",
                                      .code_name = "EventCode",
                                      .location_name = "ActionGeo_FullName",
                                      .added_name = "DATEADDED"};

inline constexpr Layout icews_layout{.min_columns = 20,
                                     .max_columns = 20,
                                     .id = 0,
                                     .date = 1,
                                     .code = 6,
                                     .root = none,
                                     .location = none,
                                     .added = none,
                                     .country1 = 4,
                                     .country2 = 10,
                                     .types1 = {none, none, none},
                                     .types2 = {none, none, none},
                                     .sectors1 = 3,
                                     .sectors2 = 9,
                                     .place = {14, 15, 16, 17},
                                     .date_name = "Event Date",
                                     .code_name = "CAMEO Code",
                                     .location_name = "City",
                                     .added_name = ""};

constexpr const Layout& layout_of(EventFormat f) noexcept {
  switch (f) {
    case EventFormat::gdelt2:
      return gdelt2_layout;
    case EventFormat::gdelt1:
      return gdelt1_layout;
    case EventFormat::icews:
      return icews_layout;
  }
  return gdelt2_layout;
}

// A column name as the tools that write event files spell it, reduced to
// lower-case letters and digits: "ActionGeo_FullName", "actiongeo_fullname"
// and "ACTIONGEO FULLNAME" are one name.
inline std::string column_key(std::string_view name) {
  std::string k;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z')
      k += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      k += c;
  }
  return k;
}

// The columns of a header row, found by name: the GDELT 1.0 and 2.0 names
// (as in GDELT's own header files, BigQuery's tables and the Python and R
// packages; "GlobalEventsID", "Day" and "DateAdded" as some copies spell
// them) and the ICEWS names. `missing` lists the needed columns not found.
struct NamedLayout {
  std::optional<EventFormat> format{};
  Layout layout{};
  std::string missing{};
};

inline NamedLayout layout_from_header(std::span<const std::string_view> names) {
  std::vector<std::string> keys;
  keys.reserve(names.size());
  for (std::string_view n : names) keys.push_back(column_key(n));
  const auto at = [&](std::initializer_list<std::string_view> aliases) -> std::size_t {
    for (std::string_view a : aliases)
      for (std::size_t i = 0; i < keys.size(); ++i)
        if (keys[i] == a) return i;
    return none;
  };
  NamedLayout out;
  Layout& l = out.layout;
  l.min_columns = l.max_columns = names.size();
  const auto need = [&](std::size_t& column, std::size_t found, std::string_view name) {
    column = found;
    if (found == none) out.missing += (out.missing.empty() ? "" : ", ") + std::string(name);
  };
  if (at({"globaleventid", "globaleventsid"}) != none) {
    out.format = at({"actor1geoadm2code"}) != none ? EventFormat::gdelt2 : EventFormat::gdelt1;
    // GDELT 1.0's daily (58) and historical (57) rows under either header.
    if (out.format == EventFormat::gdelt1 && (names.size() == 57 || names.size() == 58)) {
      l.min_columns = 57;
      l.max_columns = 58;
    }
    need(l.id, at({"globaleventid", "globaleventsid"}), "GLOBALEVENTID");
    need(l.date, at({"sqldate", "day"}), "SQLDATE");
    need(l.code, at({"eventcode"}), "EventCode");
    l.root = at({"eventrootcode"});
    need(l.country1, at({"actor1countrycode"}), "Actor1CountryCode");
    need(l.country2, at({"actor2countrycode"}), "Actor2CountryCode");
    need(l.added, at({"dateadded"}), "DATEADDED");
    l.location = at({"actiongeofullname"});
    l.types1 = {at({"actor1type1code"}), at({"actor1type2code"}), at({"actor1type3code"})};
    l.types2 = {at({"actor2type1code"}), at({"actor2type2code"}), at({"actor2type3code"})};
    l.sectors1 = l.sectors2 = none;
    l.place = {none, none, none, none};
    l.date_name = "SQLDATE";
    l.code_name = "EventCode";
    l.location_name = "ActionGeo_FullName";
    l.added_name = "DATEADDED";
    return out;
  }
  // ICEWS: a header with three of its names at least, so that a missing
  // one is listed rather than the file not recognised.
  std::size_t icews_columns_found = 0;
  for (std::string_view n : {"eventid", "eventdate", "cameocode", "sourcecountry", "targetcountry",
                             "sourcesectors", "targetsectors", "eventtext"})
    if (at({n}) != none) ++icews_columns_found;
  if (icews_columns_found >= 3) {
    out.format = EventFormat::icews;
    need(l.id, at({"eventid"}), "Event ID");
    need(l.date, at({"eventdate"}), "Event Date");
    need(l.code, at({"cameocode"}), "CAMEO Code");
    l.root = none;
    need(l.country1, at({"sourcecountry"}), "Source Country");
    need(l.country2, at({"targetcountry"}), "Target Country");
    need(l.sectors1, at({"sourcesectors"}), "Source Sectors");
    need(l.sectors2, at({"targetsectors"}), "Target Sectors");
    l.added = l.location = none;
    l.types1 = l.types2 = {none, none, none};
    l.place = {at({"city"}), at({"district"}), at({"province"}), at({"country"})};
    l.date_name = "Event Date";
    l.code_name = "CAMEO Code";
    l.location_name = "City";
    l.added_name = "";
  }
  return out;
}

// Splits a line at `separator`. Comma-separated lines may quote fields
// (RFC 4180, within one line): a quoted field is given without its quotes,
// and one with doubled quotes unescaped into `scratch` (reserved by the
// caller to the line's size, so that the views stay valid). Returns the
// number of fields, or more than `fields.size()` when there are more; false
// in `well_formed` for a quote that does not close or text after one.
//
// Unquoted fields are found eight bytes at a time (io::detail::words): one
// load and a few operations a word mark every separator in it, and each is
// taken off the mask in turn, so that a line of 61 short GDELT fields costs
// no branch per byte and no call per field.
inline std::size_t split_fields(std::string_view line, char separator,
                                std::span<std::string_view> fields, std::string& scratch,
                                bool& well_formed) {
  well_formed = true;
  const char* const p = line.data();
  const std::size_t n = line.size();
  const std::size_t capacity = fields.size();
  std::size_t count = 0;
  std::size_t start = 0;
  for (;;) {
    if (count == capacity) return count + 1;
    if (separator == ',' && start < n && p[start] == '"') {
      std::size_t i = start + 1;
      std::size_t from = scratch.size();
      bool escaped = false;
      for (;;) {
        const std::size_t q = line.find('"', i);
        if (q == std::string_view::npos) {
          well_formed = false;
          return count;
        }
        if (q + 1 < n && p[q + 1] == '"') {
          if (!escaped)
            scratch.append(line.substr(start + 1, q - start - 1));
          else
            scratch.append(line.substr(i, q - i));
          scratch += '"';
          escaped = true;
          i = q + 2;
          continue;
        }
        if (escaped) {
          scratch.append(line.substr(i, q - i));
          fields[count++] = std::string_view(scratch).substr(from);
        } else {
          fields[count++] = line.substr(start + 1, q - start - 1);
        }
        i = q + 1;
        if (i == n) return count;
        if (p[i] != ',') {
          well_formed = false;
          return count;
        }
        start = i + 1;
        break;
      }
      continue;
    }
    // A tab-separated line: every field to the end, with no test for quotes.
    if (separator == '\t') {
      std::size_t i = 0;
      for (; i + 8 <= n; i += 8)
        for (std::uint64_t m = words::equal_to(words::load(p + i), '\t'); m != 0; m &= m - 1) {
          if (count == capacity) return count + 1;
          const std::size_t at = i + words::first(m);
          fields[count++] = std::string_view(p + start, at - start);
          start = at + 1;
        }
      for (std::uint64_t m = words::equal_to(words::load_partial(p + i, n - i), '\t'); m != 0;
           m &= m - 1) {
        if (count == capacity) return count + 1;
        const std::size_t at = i + words::first(m);
        fields[count++] = std::string_view(p + start, at - start);
        start = at + 1;
      }
      if (count == capacity) return count + 1;
      fields[count++] = std::string_view(p + start, n - start);
      return count;
    }
    // Unquoted fields from `start`, until the end of the line or a field
    // that starts with a quote.
    bool quote_next = false;
    for (std::size_t i = start; i < n && !quote_next; i += 8) {
      const std::uint64_t w = i + 8 <= n ? words::load(p + i) : words::load_partial(p + i, n - i);
      for (std::uint64_t m = words::equal_to(w, separator); m != 0; m &= m - 1) {
        const std::size_t at = i + words::first(m);
        if (count == capacity) return count + 1;
        fields[count++] = std::string_view(p + start, at - start);
        start = at + 1;
        if (separator == ',' && start < n && p[start] == '"') {
          quote_next = true;
          break;
        }
      }
    }
    if (quote_next) continue;
    if (count == capacity) return count + 1;
    fields[count++] = std::string_view(p + start, n - start);
    return count;
  }
}

// What a first line that is no event file looks like, for the error.
inline std::string describe_first_line(std::string_view first) {
  const Compression c = detect_compression(first);
  if (c != Compression::none)
    return "it is " + std::string(compression_words(c)) +
           ": read it through <hotline/io/compressed.hpp> (hotline::io_compressed; the programs "
           "do), or decompress it first";
  const auto tabs = std::count(first.begin(), first.end(), '\t');
  const auto commas = std::count(first.begin(), first.end(), ',');
  const auto semicolons = std::count(first.begin(), first.end(), ';');
  std::string what = "the first line has " + std::to_string(tabs + 1) +
                     (tabs == 0 ? " tab-separated column" : " tab-separated columns") +
                     " (GDELT 2.0 has 61, GDELT 1.0 58 or 57, ICEWS 20 with a header row)";
  if (commas > tabs && commas >= 10) {
    std::array<std::string_view, 256> fields{};
    std::string scratch;
    scratch.reserve(first.size());
    bool well_formed = true;
    const std::size_t n = split_fields(first, ',', fields, scratch, well_formed);
    what += "; it looks comma-separated (" +
            (n > fields.size() ? "more than " + std::to_string(fields.size()) : std::to_string(n)) +
            " columns), and a comma-separated file needs a header row naming its columns: this "
            "first line names no GLOBALEVENTID (GDELT) or Event ID, Event Date, CAMEO Code "
            "(ICEWS) column";
  } else if (semicolons > tabs && semicolons >= 10)
    what += "; it looks separated by ';' (" + std::to_string(semicolons + 1) +
            " columns): hotline reads tabs, or commas with a header row";
  return what;
}

constexpr bool all_digits(std::string_view s) noexcept {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

// A CAMEO event code's shape: 2 to 4 digits under a root code 01 to 20.
constexpr bool cameo_shaped(std::string_view code) noexcept {
  if (code.size() < 2 || code.size() > 4 || !all_digits(code)) return false;
  const int root = (code[0] - '0') * 10 + (code[1] - '0');
  return root >= 1 && root <= 20;
}

// A day from YYYYMMDD (GDELT SQLDATE, and the first 8 digits of DATEADDED).
inline bool parse_compact_day(std::string_view text, std::size_t digits, Date& day,
                              std::string& why) {
  // The common case first, without building ISO text: the digits of a day
  // that exists, at a time of day that does (else the checks below say
  // what is wrong).
  if (text.size() == digits && digits >= 8 && all_digits(text)) {
    const auto digit = [&](std::size_t k) { return static_cast<int>(text[k] - '0'); };
    const int y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
    const auto m = static_cast<unsigned>(digit(4) * 10 + digit(5));
    const auto d = static_cast<unsigned>(digit(6) * 10 + digit(7));
    const bool time_ok =
        digits != 14 || (digit(8) * 10 + digit(9) <= 23 && digit(10) * 10 + digit(11) <= 59 &&
                         digit(12) * 10 + digit(13) <= 60);
    const Date fast = Date::on(y, m, d);
    if (y >= 1 && time_ok && fast.ok()) {
      day = fast;
      return true;
    }
  }
  if (text.size() != digits || !all_digits(text)) {
    why = "bad date " + quoted(text) + ": expected " + std::to_string(digits) + " digits (" +
          (digits == 8 ? "YYYYMMDD" : "YYYYMMDDHHMMSS") + ")";
    return false;
  }
  const char iso[10] = {text[0], text[1], text[2], text[3], '-',
                        text[4], text[5], '-',     text[6], text[7]};
  const auto parsed = Date::parse({iso, 10});
  if (!parsed) {
    why = "bad date " + quoted(text) + ": " + std::string(parsed.error().what);
    return false;
  }
  if (digits == 14) {
    const int h = (text[8] - '0') * 10 + (text[9] - '0');
    const int m = (text[10] - '0') * 10 + (text[11] - '0');
    const int s = (text[12] - '0') * 10 + (text[13] - '0');
    if (h > 23 || m > 59 || s > 60) {
      why = "bad date " + quoted(text) + ": time of day must be 000000 to 235960";
      return false;
    }
  }
  day = *parsed;
  return true;
}

// A day from YYYY-MM-DD (ICEWS Event Date).
inline bool parse_iso_day(std::string_view text, Date& day, std::string& why) {
  const auto parsed = Date::parse(text);
  if (!parsed) {
    why = "bad date " + quoted(text) + ": " + std::string(parsed.error().what);
    return false;
  }
  if (parsed->precision() != Precision::day) {
    why = "bad date " + quoted(text) + ": expected a day (YYYY-MM-DD)";
    return false;
  }
  day = *parsed;
  return true;
}

}  // namespace detail

}  // namespace hotline::io
