// Event data in: GDELT 2.0 exports (61 tab-separated columns, no header),
// GDELT 1.0 daily and historical files (58 and 57 columns) and ICEWS event
// files (20 tab-separated columns with a header row), read as contacts
// between states: a date, two states, a level and a medium, no named
// participants.
//
//   hotline::TextStore text;
//   auto events = hotline::io::read_events("20240819130000.export.CSV", text);
//   // events.contacts: one Contact per contact, `reports` = rows that reported it
//   // events.summary: rows read, kept, collapsed, skipped by reason, bad rows
//
// Only CAMEO codes of contacts become contacts by default: 040 consult,
// 041 discuss by telephone, 042 make a visit, 043 host a visit, 044 meet at
// a third location, 045 mediate, 046 engage in negotiation, 057 sign a formal
// agreement. Every other row is skipped and counted (EventOptions::codes asks
// for others). Actor countries map to ISO 3166-1 alpha-3 (CAMEO codes in
// GDELT, country names in ICEWS); actor types (GDELT) and sectors (ICEWS) map
// to a Level as far as they tell one. A contact reported by many rows
// (mirrored 042/043 pairs, the same meeting in many articles) is one contact
// with `reports` = the number of rows (EventOptions::collapse).
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <functional>
#include <initializer_list>
#include <istream>
#include <limits>
#include <map>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include <hotline/actor.hpp>
#include <hotline/channel.hpp>
#include <hotline/contact.hpp>
#include <hotline/country.hpp>
#include <hotline/date.hpp>
#include <hotline/io/cameo.hpp>
#include <hotline/io/event_layouts.hpp>
#include <hotline/io/input.hpp>
#include <hotline/text_store.hpp>

namespace hotline::io {

// The level of a contact between two sides, by the rule the registry
// derives levels with (hotline::detail::StateLevels): that of the less
// senior side; unknown when either side is unknown.
[[deprecated("use hotline::detail::StateLevels")]] constexpr Level contact_level(Level a,
                                                                                 Level b) noexcept {
  hotline::detail::StateLevels sides;
  sides.add(0, a);
  sides.add(1, b);
  return sides.level();
}

// ---- reading ----------------------------------------------------------------

// Why a row was not kept.
enum class SkipReason : std::uint8_t {
  code,            // its CAMEO code was not asked for
  no_state,        // an actor has no country
  unmapped_state,  // an actor's country code or name names no state
  same_state,      // both actors are of one state (or of a state and the one it continues)
  pair,            // it does not join the pair of states asked for
  window,          // its day lies outside the date window asked for
};

inline constexpr std::size_t skip_reason_count = 6;

}  // namespace hotline::io

template <>
struct hotline::EnumeratorTable<hotline::io::SkipReason> {
  using SkipReason = hotline::io::SkipReason;
  static constexpr std::string_view kind = "reason to skip";
  static constexpr Enumerator<SkipReason> items[] = {
      {SkipReason::code, "code", "code not asked for"},
      {SkipReason::no_state, "no_state", "actor without a country"},
      {SkipReason::unmapped_state, "unmapped_state", "country not mapped to a state"},
      {SkipReason::same_state, "same_state", "both actors of one state"},
      {SkipReason::pair, "pair", "outside the pair of states"},
      {SkipReason::window, "window", "outside the date window"},
  };
};

namespace hotline::io {

static_assert(hotline::io::skip_reason_count == hotline::enumerator_count<hotline::io::SkipReason>);

// Why a row was skipped, in words: "code not asked for".
constexpr std::string_view skip_reason_name(SkipReason r) noexcept {
  return to_words(r);
}

// Two states: a contact must join both (or states they continue: a RUS-USA
// pair also sees USSR-USA rows). (hotline::StatePair, in country.hpp.)
using StatePair = hotline::StatePair;

// Reports of one contact in GDELT come within days of each other: by
// default, collapsing lets a week pass (EventOptions::collapse_window_days).
inline constexpr int default_collapse_window_days = 7;

// How to read an event file.
struct EventOptions {
  ReadOptions read{};                   // strict or lenient, UTF-8 checks, record size
  std::optional<EventFormat> format{};  // detected from the first line when empty
  CodeSet codes = CodeSet::contacts();  // which CAMEO codes become contacts
  std::optional<StatePair> pair{};      // only contacts joining both states
  std::optional<Date> window{};         // only events on a day within it
  bool collapse = true;                 // read_events: one contact per day, states, medium
  // Reports of one contact come within this many days of its first report
  // (by DATEADDED; ICEWS: by the event's day): collapsing keeps the contacts
  // of one window, not of the file. std::nullopt: the whole file.
  std::optional<int> collapse_window_days = default_collapse_window_days;
  bool keep_location = true;  // keep where it happened (ActionGeo / city)
  SourceId source{};          // cited by every contact
};

// One kept row: the contact it reports (reports = 1, `id` = the number of
// the kept row), what the CAMEO code says, and where it came from. Its
// strings point into the reader's buffer: valid until the next call.
struct EventRow {
  Contact contact{};
  EventKind kind = EventKind::other;
  std::string_view code{};      // CAMEO event code as written: "042"
  std::string_view event_id{};  // GLOBALEVENTID or ICEWS Event ID
  Date added{};                 // DATEADDED, the day GDELT added it; not ok() for ICEWS
  std::uint64_t line = 0;
};

// What reading an event file did. Every data row is kept, skipped for one
// reason, or bad: read.records == read.rows + skipped_total() +
// read.bad_rows. With collapsing, read.rows == contacts + collapsed.
struct EventSummary {
  EventFormat format = EventFormat::gdelt2;
  ReadStats read{};  // records: data rows; rows: kept; header and blank lines apart
  std::array<std::uint64_t, skip_reason_count> skipped{};
  std::uint64_t codes_restored = 0;  // CAMEO codes given back their leading zero (40: 040)
  // Kept rows reported more than the collapsing window before a row read
  // earlier: the file is not in DATEADDED order (ICEWS: event-day order), so
  // their contacts may be counted twice (EventOptions::collapse_window_days).
  std::uint64_t reports_behind = 0;
  std::uint64_t contacts = 0;   // contacts after collapsing
  std::uint64_t collapsed = 0;  // kept rows merged into an earlier row's contact
  // Country codes (GDELT) or names (ICEWS) that named no state, with the
  // number of actors that gave them; at most 1000 kept, the rest counted in
  // unmapped_other.
  std::map<std::string, std::uint64_t, std::less<>> unmapped{};
  std::uint64_t unmapped_other = 0;

  std::uint64_t skipped_by(SkipReason r) const noexcept {
    return skipped[static_cast<std::size_t>(r)];
  }
  std::uint64_t skipped_total() const noexcept {
    std::uint64_t n = 0;
    for (std::uint64_t k : skipped) n += k;
    return n;
  }
};

namespace detail {}  // namespace detail

// Reads an event file row by row, in memory bounded by the longest line: the
// rows that become contacts are returned, the others are counted by reason,
// bad rows are thrown (strict) or reported and skipped (lenient). The format
// is detected from the first line unless given: a header row that names
// the columns (GDELT's or ICEWS's names, tab- or comma-separated; its
// columns are then found by name, in any order, and a missing one is an
// error that lists it), or else a GDELT row by its number of columns. An
// empty file, a first line of no known format (the error says what it looks
// like) and an ICEWS file without its header throw ReadError. A data row
// whose GLOBALEVENTID is not a number is a bad row. Lines end in LF, CRLF
// or CR alone.
class EventReader {
 public:
  EventReader(std::istream& in, std::string file = "<stream>", EventOptions options = {})
      : lines_(in, file, options.read.max_record_bytes),
        sink_(std::move(file), options.read),
        options_(std::move(options)) {
    std::string_view first;
    bool too_long = false;
    // Blank lines before the first are counted, and passed over.
    bool got = lines_.next(first, first_number_, too_long);
    while (got && !too_long && (first.empty() || first == "\r")) {
      ++summary_.read.blank_lines;
      got = lines_.next(first, first_number_, too_long);
    }
    if (!got) {
      if (options_.format && *options_.format != EventFormat::icews) {
        format_ = *options_.format;
        done_ = true;
        return;
      }
      const std::string what = summary_.read.blank_lines == 0 ? "empty file" : "only blank lines";
      sink_.fatal(
          1, 0, {},
          what + (options_.format ? ": no ICEWS header row" : ": nothing to tell the format from"));
    }
    if (!too_long) read_header(first);
    if (!header_) {
      const auto detected = detect_event_format(too_long ? std::string_view{} : first);
      if (options_.format) {
        format_ = *options_.format;
      } else if (detected) {
        format_ = *detected;
      } else {
        sink_.fatal(first_number_, 0, {},
                    "cannot tell the format: " + detail::describe_first_line(first));
      }
      if (format_ == EventFormat::icews)
        sink_.fatal(first_number_, 0, {},
                    "expected the ICEWS header row (Event ID, Event Date, ...)");
      layout_ = detail::layout_of(format_);
      pending_ = first;
      pending_too_long_ = too_long;
      has_pending_ = true;
    }
    summary_.format = format_;
  }

  // The next row that becomes a contact, or nullptr at the end.
  const EventRow* next() {
    while (!done_) {
      std::string_view line;
      std::uint64_t number = 0;
      bool too_long = false;
      if (has_pending_) {
        has_pending_ = false;
        line = pending_;
        number = first_number_;
        too_long = pending_too_long_;
      } else if (!lines_.next(line, number, too_long)) {
        done_ = true;
        break;
      }
      if (too_long) {
        ++summary_.read.records;
        bad(number, 0, {},
            "line longer than " + std::to_string(options_.read.max_record_bytes) + " bytes");
        continue;
      }
      if (line.empty()) {
        ++summary_.read.blank_lines;
        continue;
      }
      ++summary_.read.records;
      if (read_row(line, number)) {
        ++summary_.read.rows;
        return &row_;
      }
    }
    return nullptr;
  }

  EventFormat format() const noexcept { return format_; }
  const EventSummary& summary() const noexcept { return summary_; }
  const std::string& file() const noexcept { return sink_.file(); }

  // Range-for over the kept rows.
  using Iterator = detail::PullIterator<EventReader, EventRow>;
  Iterator begin() { return Iterator{this}; }
  std::default_sentinel_t end() { return {}; }

 private:
  static constexpr std::size_t max_columns = 64;

  // A header row names the columns (GDELT's names, as in BigQuery's and the
  // Python and R packages' exports; ICEWS's), tab- or comma-separated; its
  // columns are then found by name, in any order. A comma-separated file is
  // read as CSV (quoted fields), with NA (R's empty) as an empty field.
  void read_header(std::string_view first) {
    const auto tabs = std::count(first.begin(), first.end(), '\t');
    const auto commas = std::count(first.begin(), first.end(), ',');
    const char separator = commas > tabs ? ',' : '\t';
    std::string scratch;
    scratch.reserve(first.size());
    std::array<std::string_view, max_columns> names{};
    bool well_formed = true;
    const std::size_t n = detail::split_fields(first, separator, names, scratch, well_formed);
    if (!well_formed || n > max_columns) return;
    auto named = detail::layout_from_header(std::span(names.data(), n));
    if (!named.format) return;
    if (options_.format && *options_.format != *named.format)
      sink_.fatal(first_number_, 0, {},
                  "the header names the columns of " + std::string(to_words(*named.format)) +
                      ", not of " + std::string(to_words(*options_.format)));
    if (!named.missing.empty())
      sink_.fatal(first_number_, 0, {},
                  "the " + std::string(to_words(*named.format)) + " header has no column named " +
                      named.missing);
    header_ = true;
    format_ = *named.format;
    layout_ = named.layout;
    separator_ = separator;
    na_is_empty_ = separator == ',';
    ++summary_.read.header_lines;
  }

  void bad(std::uint64_t line, std::size_t column, std::string_view field, std::string what) {
    ++summary_.read.bad_rows;
    sink_.report(line, static_cast<std::uint32_t>(column), field, std::move(what));
  }
  void skip(SkipReason r) { ++summary_.skipped[static_cast<std::size_t>(r)]; }
  void unmapped(std::string_view name) {
    auto found = summary_.unmapped.find(name);
    if (found != summary_.unmapped.end()) {
      ++found->second;
    } else if (summary_.unmapped.size() < 1000) {
      summary_.unmapped.emplace(std::string(name), 1);
    } else {
      ++summary_.unmapped_other;
    }
  }

  // A field that holds a whole number, without the ".0" that pandas writes
  // for a column of numbers that had an empty cell (floats: 42.0, 20240819.0).
  std::string_view whole_number(std::size_t i) const noexcept {
    std::string_view f = field(i);
    if (f.size() > 2 && f.ends_with(".0") && detail::all_digits(f.substr(0, f.size() - 2)))
      f.remove_suffix(2);
    return f;
  }

  std::string_view field(std::size_t i) const noexcept {
    if (i >= count_) return {};
    if (na_is_empty_ && fields_[i] == "NA") return {};
    return fields_[i];
  }

  // The state of one actor, or the reason the row is skipped.
  std::optional<SkipReason> state_of(std::size_t column, Country& state) {
    std::string_view text = field(column);
    if (format_ == EventFormat::icews) {
      if (text.empty() || text == "NA") return SkipReason::no_state;
      const auto c = country_from_icews(text);
      if (!c) {
        unmapped(text);
        return SkipReason::unmapped_state;
      }
      state = *c;
      return std::nullopt;
    }
    if (text.empty()) return SkipReason::no_state;
    const auto c = country_from_cameo(text);
    if (!c) {
      unmapped(text);
      return SkipReason::unmapped_state;
    }
    state = *c;
    return std::nullopt;
  }

  Level level_of_side(int side) const noexcept {
    const detail::Layout& l = layout_;
    if (format_ == EventFormat::icews)
      return level_from_icews_sectors(field(side == 1 ? l.sectors1 : l.sectors2));
    Level best = Level::unknown;
    for (std::size_t c : side == 1 ? l.types1 : l.types2)
      best = std::min(best, level_from_gdelt_type(field(c)));
    return best;
  }

  // Reads one data row: true when it becomes a contact.
  bool read_row(std::string_view line, std::uint64_t number) {
    const detail::Layout& l = layout_;
    // Only a comma-separated row unescapes quoted fields into scratch_.
    if (separator_ == ',') {
      scratch_.clear();
      scratch_.reserve(line.size());
    }
    bool well_formed = true;
    count_ = detail::split_fields(line, separator_, fields_, scratch_, well_formed);
    if (!well_formed) {
      bad(number, count_ + 1, {}, "a quoted field that does not close, or text after its quote");
      return false;
    }
    if (count_ < l.min_columns || count_ > l.max_columns) {
      const std::string expected =
          l.min_columns == l.max_columns
              ? std::to_string(l.min_columns)
              : std::to_string(l.min_columns) + " or " + std::to_string(l.max_columns);
      const std::string found = count_ > max_columns ? "more than " + std::to_string(max_columns)
                                                     : std::to_string(count_);
      bad(number, std::min(count_, l.max_columns) + 1, {},
          "expected " + expected + (separator_ == ',' ? " comma" : " tab") +
              "-separated columns, found " + found);
      return false;
    }
    std::string why;
    if (format_ != EventFormat::icews && !detail::all_digits(whole_number(l.id))) {
      bad(number, l.id + 1, "GLOBALEVENTID",
          "bad event id " + detail::quoted(field(l.id)) + ": expected digits");
      return false;
    }
    std::string_view code = whole_number(l.code);
    if (!read_code(code, number)) return false;
    Date day;
    const bool day_ok = format_ == EventFormat::icews
                            ? detail::parse_iso_day(field(l.date), day, why)
                            : detail::parse_compact_day(whole_number(l.date), 8, day, why);
    if (!day_ok) {
      bad(number, l.date + 1, l.date_name, std::move(why));
      return false;
    }
    Date added;
    if (l.added != detail::none &&
        !detail::parse_compact_day(whole_number(l.added), format_ == EventFormat::gdelt2 ? 14 : 8,
                                   added, why)) {
      bad(number, l.added + 1, l.added_name, std::move(why));
      return false;
    }
    if (!options_.codes.contains(code)) {
      skip(SkipReason::code);
      return false;
    }
    if (options_.window && !options_.window->contains(day)) {
      skip(SkipReason::window);
      return false;
    }
    Country a;
    Country b;
    if (const auto r = state_of(l.country1, a)) {
      skip(*r);
      return false;
    }
    if (const auto r = state_of(l.country2, b)) {
      skip(*r);
      return false;
    }
    if (a.continuator() == b.continuator()) {
      skip(SkipReason::same_state);
      return false;
    }
    Contact& c = row_.contact;
    c = Contact{};
    c.date = day;
    c.states.push_back(a);
    c.states.push_back(b);
    if (options_.pair && !joins(c, options_.pair->a, options_.pair->b)) {
      skip(SkipReason::pair);
      return false;
    }
    if (options_.keep_location && !read_location(number)) return false;
    row_.kind = event_kind(code);
    c.medium = medium_of(row_.kind);
    hotline::detail::StateLevels sides;
    sides.add(a.index(), level_of_side(1));
    sides.add(b.index(), level_of_side(2));
    c.level = sides.level();
    c.source = options_.source;
    c.reports = 1;
    c.id = ContactId{static_cast<std::uint32_t>(summary_.read.rows + 1)};
    row_.code = code;
    row_.event_id = field(l.id);
    row_.added = added;
    row_.line = number;
    return true;
  }

  // The CAMEO code of a row, with its leading zero given back when a
  // spreadsheet or pandas read the codes as numbers (40 for 040, 211 for
  // 0211): by GDELT's EventRootCode, or, without one (ICEWS), when only the
  // code with the zero is a CAMEO code. A code that reads two ways whose
  // readings differ in being asked for (10: 10 or 010) is a bad row.
  bool read_code(std::string_view& code, std::uint64_t number) {
    const detail::Layout& l = layout_;
    if (code.empty() || code.size() > 4 || !detail::all_digits(code)) {
      bad(number, l.code + 1, l.code_name,
          "bad event code " + detail::quoted(code) + ": expected 2 to 4 digits");
      return false;
    }
    code_.assign(1, '0');
    code_ += code;
    const std::string_view zeroed = code_;
    const std::string_view root =
        l.root != detail::none ? whole_number(l.root) : std::string_view{};
    int r = 0;
    if (root.size() <= 2 && detail::all_digits(root))
      r = root.size() == 1 ? root[0] - '0' : (root[0] - '0') * 10 + (root[1] - '0');
    if (r >= 1 && r <= 20) {
      const char want[2] = {static_cast<char>('0' + r / 10), static_cast<char>('0' + r % 10)};
      const std::string_view w(want, 2);
      if (!code.starts_with(w) && code.size() < 4 && zeroed.starts_with(w)) {
        code = zeroed;
        ++summary_.codes_restored;
      }
    } else if (!detail::cameo_shaped(code)) {
      if (code.size() < 4 && detail::cameo_shaped(zeroed)) {
        code = zeroed;
        ++summary_.codes_restored;
      }
    } else if (code.size() < 4 && detail::cameo_shaped(zeroed) &&
               options_.codes.contains(code) != options_.codes.contains(zeroed)) {
      bad(number, l.code + 1, l.code_name,
          "event code " + detail::quoted(code) + " reads as " + std::string(code) + " or " +
              std::string(zeroed) +
              ": the file's codes seem to have lost their leading zeros (read as numbers by a "
              "spreadsheet or pandas); give them as text (pandas: dtype=str)");
      return false;
    }
    if (code.size() < 2) {
      bad(number, l.code + 1, l.code_name,
          "bad event code " + detail::quoted(code) + ": expected 2 to 4 digits");
      return false;
    }
    return true;
  }

  // Where the event took place: GDELT's ActionGeo_FullName, or ICEWS's
  // city, district, province and country, joined with ", ".
  bool read_location(std::uint64_t number) {
    const detail::Layout& l = layout_;
    std::string_view where;
    std::size_t column = l.location;
    if (format_ == EventFormat::icews) {
      location_.clear();
      for (std::size_t p : l.place) {
        const std::string_view part = field(p);
        if (part.empty() || part == "NA") continue;
        if (!location_.empty()) location_ += ", ";
        location_ += part;
      }
      where = location_;
      column = l.place[0];
    } else {
      where = field(l.location);
    }
    if (options_.read.check_utf8) {
      std::string why = detail::utf8_problem(where);
      if (!why.empty()) {
        bad(number, column + 1, l.location_name, std::move(why));
        return false;
      }
    }
    row_.contact.location = where;
    return true;
  }

  detail::LineReader lines_;
  detail::ErrorSink sink_;
  EventOptions options_;
  EventFormat format_ = EventFormat::gdelt2;
  detail::Layout layout_ = detail::gdelt2_layout;
  bool header_ = false;  // the file has a header row naming its columns
  char separator_ = '\t';
  bool na_is_empty_ = false;  // comma-separated: R writes empty fields as NA
  std::string scratch_;       // unescaped quoted fields of the row
  std::string code_;          // a CAMEO code given its leading zero back
  EventSummary summary_;
  std::array<std::string_view, max_columns> fields_{};
  std::size_t count_ = 0;
  std::string location_;
  EventRow row_;
  std::string_view pending_;
  std::uint64_t first_number_ = 0;
  bool pending_too_long_ = false;
  bool has_pending_ = false;
  bool done_ = false;
};

// Of two reports of one contact, the level the better-informed one gives:
// the more senior, and unknown only when neither says. (Not the rule of
// StateLevels, which combines the sides of one contact: two reports of one
// meeting differ in how much they say about who met, not in who met.)
constexpr Level better_reported_level(Level kept, Level report) noexcept {
  if (report == Level::unknown) return kept;
  if (kept == Level::unknown) return report;
  return report < kept ? report : kept;
}

// Merges the reports of one contact: contacts of the same date, the same
// set of states (in any order) and the same medium are one contact. The
// merged contact keeps the first report's fields, the sum of the reports,
// and the most senior level any report gives (unknown only when none
// gives one): reports of one meeting differ in how much they say about who
// met.
//
// In bounded memory: each report comes with a clock (the day it was added:
// GDELT's DATEADDED; an ICEWS event's own day), files are in the order of
// that clock, and the reports of one contact come within `window_days` of
// its first report. A contact whose first report is more than the window
// before the latest clock can collect no more reports: it is closed, and
// handed to the caller in order of first report (close_ready(); the
// contact's location is valid during the call to `emit`). A report
// that comes later than the window starts a contact of its own. Memory
// grows with the contacts first reported within one window, not with the
// file. With no window (std::nullopt), nothing closes before finish().
class ContactCollapser {
 public:
  explicit ContactCollapser(std::optional<int> window_days = default_collapse_window_days)
      : window_(window_days) {}

  // Adds one contact reported on day `clock` (days since 1970-01-01); true
  // when it was merged into an earlier one.
  bool add(const Contact& c, std::int32_t clock = 0) {
    // A report from before the window of the latest one: the file is not in
    // the order of its clock, and its contact may have closed already.
    if (window_ && static_cast<std::int64_t>(clock) + *window_ < now_) ++behind_;
    now_ = std::max(now_, clock);
    const Key key = key_of(c);
    const std::uint32_t hash = hash_of(key);
    std::size_t at = find(key, hash);
    if (at != npos) {
      Open& o = slot(index_[at].seq);
      // A report later than the window starts a contact of its own (the one
      // it would have joined closes when close_ready() reaches it).
      const bool late = window_ && static_cast<std::int64_t>(o.clock) + *window_ <
                                       static_cast<std::int64_t>(clock);
      if (!late) {
        o.contact.reports += c.reports;
        o.contact.level = better_reported_level(o.contact.level, c.level);
        return true;
      }
      index_[at].seq = first_ + size_;
    } else {
      insert(hash, first_ + size_);
    }
    push(c, clock, key, hash);
    return false;
  }

  // Hands each closed contact to `emit`, in order of first report.
  template <class Emit>
  void close_ready(Emit&& emit) {
    if (!window_) return;
    while (size_ > 0 && static_cast<std::int64_t>(front().clock) + *window_ < now_)
      close_front(emit);
  }
  // Hands every contact still open to `emit`, in order of first report.
  template <class Emit>
  void finish(Emit&& emit) {
    while (size_ > 0) close_front(emit);
  }

  // Contacts open now: what the collapser holds.
  std::size_t size() const noexcept { return size_; }
  // The most contacts it held at once.
  std::size_t peak() const noexcept { return peak_; }
  // Reports that came more than the window after a later one (a file not in
  // the order of its clock): each may have started a contact of its own.
  std::uint64_t behind() const noexcept { return behind_; }

  // Every contact, in order of first report; the collapser is left empty.
  std::vector<Contact> take() {
    std::vector<Contact> out;
    finish([&](Contact&& c) { out.push_back(std::move(c)); });
    return out;
  }

 private:
  struct Key {
    std::int32_t earliest;
    std::int32_t latest;
    std::array<std::uint16_t, max_participants> states;
    std::uint8_t count;
    std::uint8_t medium;
    friend bool operator==(const Key&, const Key&) = default;
  };
  // The open contacts, in order of first report, in a ring whose slots are
  // used again: a slot's location string keeps its memory, so that a
  // collapser in its steady state allocates nothing.
  struct Open {
    Contact contact{};
    std::int32_t clock = 0;  // of its first report
    std::uint32_t hash = 0;
    Key key{};
    std::string location{};  // what contact.location views
  };
  // The index: open addressing, linear probing, at most half full; each
  // entry names the latest open contact of its key by sequence number.
  struct Entry {
    std::uint64_t seq = empty;
    std::uint32_t hash = 0;
  };
  static constexpr std::uint64_t empty = std::numeric_limits<std::uint64_t>::max();
  static constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();

  static Key key_of(const Contact& c) noexcept {
    Key k{};
    k.earliest = static_cast<std::int32_t>(c.date.earliest().time_since_epoch().count());
    k.latest = static_cast<std::int32_t>(c.date.latest().time_since_epoch().count());
    k.count = static_cast<std::uint8_t>(c.states.size());
    for (std::size_t i = 0; i < c.states.size(); ++i) k.states[i] = c.states[i].index();
    if (k.count == 2) {
      if (k.states[1] < k.states[0]) std::swap(k.states[0], k.states[1]);
    } else {
      std::sort(k.states.begin(), k.states.begin() + k.count);
    }
    k.medium = static_cast<std::uint8_t>(c.medium);
    return k;
  }
  static std::uint32_t hash_of(const Key& k) noexcept {
    std::uint64_t h = (static_cast<std::uint64_t>(static_cast<std::uint32_t>(k.earliest)) << 32 |
                       static_cast<std::uint32_t>(k.latest)) *
                      0x9E3779B97F4A7C15ull;
    std::uint64_t s = k.medium;
    for (std::size_t i = 0; i < k.count; ++i) s = s * 0x10001ull + k.states[i] + 1;
    h ^= s * 0xC2B2AE3D27D4EB4Full;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    return static_cast<std::uint32_t>(h ^ (h >> 32));
  }

  Open& slot(std::uint64_t seq) noexcept {
    return ring_[(head_ + static_cast<std::size_t>(seq - first_)) & (ring_.size() - 1)];
  }
  Open& front() noexcept { return ring_[head_]; }

  std::size_t find(const Key& key, std::uint32_t hash) noexcept {
    if (index_.empty()) return npos;
    const std::size_t mask = index_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
      const Entry& e = index_[i];
      if (e.seq == empty) return npos;
      if (e.hash == hash && slot(e.seq).key == key) return i;
    }
  }
  void insert(std::uint32_t hash, std::uint64_t seq) {
    if ((used_ + 1) * 2 > index_.size()) grow_index();
    const std::size_t mask = index_.size() - 1;
    std::size_t i = hash & mask;
    while (index_[i].seq != empty) i = (i + 1) & mask;
    index_[i] = Entry{seq, hash};
    ++used_;
  }
  void grow_index() {
    std::vector<Entry> old = std::move(index_);
    index_.assign(std::max<std::size_t>(64, old.size() * 2), Entry{});
    const std::size_t mask = index_.size() - 1;
    for (const Entry& e : old) {
      if (e.seq == empty) continue;
      std::size_t i = e.hash & mask;
      while (index_[i].seq != empty) i = (i + 1) & mask;
      index_[i] = e;
    }
  }
  // Removes the entry of contact `seq`, if the index names it (a later
  // contact of the same key may have taken its entry), shifting back the
  // entries after it that it displaced.
  void erase(std::uint32_t hash, std::uint64_t seq) noexcept {
    const std::size_t mask = index_.size() - 1;
    std::size_t i = hash & mask;
    while (index_[i].seq != seq) {
      if (index_[i].seq == empty) return;
      i = (i + 1) & mask;
    }
    for (std::size_t j = (i + 1) & mask; index_[j].seq != empty; j = (j + 1) & mask) {
      const std::size_t home = index_[j].hash & mask;
      // The entry at j stays when its home lies cyclically in (i, j].
      if (i <= j ? (i < home && home <= j) : (i < home || home <= j)) continue;
      index_[i] = index_[j];
      i = j;
    }
    index_[i] = Entry{};
    --used_;
  }

  void push(const Contact& c, std::int32_t clock, const Key& key, std::uint32_t hash) {
    if (size_ == ring_.size()) grow_ring();
    Open& o = ring_[(head_ + size_) & (ring_.size() - 1)];
    ++size_;
    // The contact keeps its own copy of its location: the caller's text
    // (a reader's buffer) moves on.
    o.location.assign(c.location);
    o.contact = c;
    o.contact.location = o.location;
    o.clock = clock;
    o.hash = hash;
    o.key = key;
    peak_ = std::max(peak_, size_);
  }
  void grow_ring() {
    std::vector<Open> bigger(std::max<std::size_t>(16, ring_.size() * 2));
    for (std::size_t k = 0; k < size_; ++k) {
      Open& to = bigger[k];
      to = std::move(ring_[(head_ + k) & (ring_.size() - 1)]);
      to.contact.location = to.location;  // a moved string may have moved its text
    }
    ring_ = std::move(bigger);
    head_ = 0;
  }
  template <class Emit>
  void close_front(Emit& emit) {
    Open& o = front();
    erase(o.hash, first_);
    emit(std::move(o.contact));  // its location lives until the slot is used again
    head_ = (head_ + 1) & (ring_.size() - 1);
    --size_;
    ++first_;
  }

  std::optional<int> window_;
  std::int32_t now_ = std::numeric_limits<std::int32_t>::min();
  std::vector<Open> ring_;    // a power of two in size
  std::size_t head_ = 0;      // the slot of the first open contact
  std::size_t size_ = 0;      // open contacts
  std::uint64_t first_ = 0;   // the sequence number of the first open contact
  std::vector<Entry> index_;  // a power of two in size, or empty
  std::size_t used_ = 0;
  std::size_t peak_ = 0;
  std::uint64_t behind_ = 0;
};

// The clock of a kept row for collapsing: the day GDELT added it, or, where
// a file has no such day (ICEWS), the day of the event.
inline std::int32_t report_clock(const EventRow& row) noexcept {
  const Date& d = row.added.ok() ? row.added : row.contact.date;
  return static_cast<std::int32_t>(d.earliest().time_since_epoch().count());
}

// An event file read into contacts, sorted by date (then first report), with
// ids 1, 2, ... in that order; locations kept in the caller's TextStore.
struct EventImport {
  std::vector<Contact> contacts{};
  std::vector<RowError> errors{};  // the bad rows (lenient mode)
  EventSummary summary{};
};

inline EventImport read_events(std::istream& in, std::string file, TextStore& text,
                               const EventOptions& options = {}) {
  EventImport out;
  EventOptions o = options;
  o.read = detail::keeping_errors(options.read, out.errors);
  EventReader reader(in, std::move(file), o);
  hotline::detail::Interner kept(text);
  ContactCollapser collapser(options.collapse_window_days);
  std::uint64_t collapsed = 0;
  const auto keep = [&](Contact&& c) {
    c.location = kept.keep(c.location);
    out.contacts.push_back(std::move(c));
  };
  while (const EventRow* row = reader.next()) {
    if (options.collapse) {
      if (collapser.add(row->contact, report_clock(*row))) ++collapsed;
      collapser.close_ready(keep);
    } else {
      keep(Contact(row->contact));
    }
  }
  if (options.collapse) collapser.finish(keep);
  std::stable_sort(out.contacts.begin(), out.contacts.end(),
                   [](const Contact& a, const Contact& b) { return a.date < b.date; });
  for (std::size_t i = 0; i < out.contacts.size(); ++i)
    out.contacts[i].id = ContactId{static_cast<std::uint32_t>(i + 1)};
  out.summary = reader.summary();
  out.summary.contacts = out.contacts.size();
  out.summary.collapsed = collapsed;
  out.summary.reports_behind = collapser.behind();
  return out;
}

inline EventImport read_events(const std::filesystem::path& path, TextStore& text,
                               const EventOptions& options = {}) {
  auto in = detail::open_for_reading(path);
  return read_events(in, path.string(), text, options);
}

}  // namespace hotline::io
