// The timeline picture: the contacts of a selection as a standalone SVG,
// one lane per level, one mark per contact as wide as its date is uncertain,
// agreements as flags, and silences shaded with their length. The program
// examples/timeline_svg.cpp is run() below; the tests include this header.
//
// Layout, from the top: the title and a line on what is shown; the flags of
// the agreements; the lanes (leaders, foreign ministers, defence ministers,
// military chiefs, other levels); the time axis; the legend.
//
// Decisions worth knowing:
//  - Time runs left to right on one linear scale. Long stretches without any
//    contact or agreement (more than max(2 years, a fifteenth of the span))
//    are cut out of the axis and drawn as a break, so that 1963-2022 does not
//    squeeze the busy years into a corner; every part that is drawn has the
//    same number of pixels per day.
//  - A mark spans its documented date: a single day is a tick, "March 2014"
//    a bar across March. Where the registry has the exact day from public
//    record (a Refinement), a dot marks that day on the bar.
//  - A silence is the time, within one lane, from the last day a contact may
//    have ended to the first day the next one may have started: certainly
//    without contact at that level. It is computed on the exact days of
//    public record where known (unless --documented-dates), so "Blinken and
//    Lavrov went five months without speaking" shows as five months. Its
//    length is in whole calendar months ("5 months", "12 years"); "+" means
//    at least: an end is imprecise, or the lane is still silent where the
//    data ends.
#pragma once

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include <hotline/analysis.hpp>
#include <hotline/documented.hpp>
#include <hotline/fmt.hpp>
#include <hotline/io/csv.hpp>
#include <hotline/io/svg.hpp>
#include <hotline/names.hpp>

#include "selection.hpp"

namespace hotline::timeline {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::year_month;
using std::chrono::year_month_day;

// ---- lanes ------------------------------------------------------------------

// The lanes of the picture, top to bottom.
enum class Lane : std::uint8_t {
  leaders,
  foreign_ministers,
  defence_ministers,
  military_chiefs,
  other
};
inline constexpr std::size_t lane_count = 5;
inline constexpr std::array<Lane, lane_count> all_lanes{Lane::leaders, Lane::foreign_ministers,
                                                        Lane::defence_ministers,
                                                        Lane::military_chiefs, Lane::other};

// The lane of a contact at level `l`: ambassadors, envoys, working groups,
// officials and unknown levels (event data) share the last one.
constexpr Lane lane_of(Level l) noexcept {
  switch (l) {
    case Level::leader:
      return Lane::leaders;
    case Level::foreign_minister:
      return Lane::foreign_ministers;
    case Level::defence_minister:
      return Lane::defence_ministers;
    case Level::military_chief:
      return Lane::military_chiefs;
    default:
      return Lane::other;
  }
}

constexpr std::string_view lane_name(Lane lane) noexcept {
  constexpr std::array<std::string_view, lane_count> names{
      "Leaders", "Foreign ministers", "Defence ministers", "Military chiefs", "Other levels"};
  return names[static_cast<std::size_t>(lane)];
}

// What a lane holds, in a few words under its name.
constexpr std::string_view lane_detail(Lane lane) noexcept {
  constexpr std::array<std::string_view, lane_count> details{
      "presidents, prime ministers", "and security advisers", "", "and commanders",
      "envoys, ambassadors, others"};
  return details[static_cast<std::size_t>(lane)];
}

// ---- lengths of time in words ---------------------------------------------

// Whole calendar months from day a to day b (b after a): 15 February to 29
// July is 5; 31 January to 28 February is 0.
inline int whole_months(sys_days a, sys_days b) {
  const year_month_day x{a};
  const year_month_day y{b};
  int months = (int{y.year()} - int{x.year()}) * 12 +
               (static_cast<int>(unsigned{y.month()}) - static_cast<int>(unsigned{x.month()}));
  if (unsigned{y.day()} < unsigned{x.day()}) --months;
  return std::max(months, 0);
}

// "1 month", "5 months", "23 months", "2 years", "34 years"; `at_least`
// appends "+" to the number ("8+ months").
inline std::string length_words(int months, bool at_least = false) {
  const char* plus = at_least ? "+" : "";
  if (months >= 24) return fmt::format("{}{} years", months / 12, plus);
  return fmt::format("{}{} {}", months, plus, months == 1 ? "month" : "months");
}

// ---- what a picture shows ---------------------------------------------------

struct Picture {
  std::string title;
  std::string subtitle;
  // Where names come from: the registry's actors (the rest may be empty).
  Registry names;
  std::vector<Contact> contacts;      // the selection, in any order
  std::vector<Agreement> agreements;  // flags; those outside the axis are left out
  // The axis, when asked for; otherwise the span of the contacts, the flags
  // and the horizon.
  std::optional<year_month> from;
  std::optional<year_month> to;
  // The last day the data covers: a lane silent since its last contact is
  // shaded up to here.
  std::optional<sys_days> horizon;
  int min_gap_months = 3;
  bool use_refined_dates = true;  // silences on the exact days of public record where known
  std::vector<Lane> lanes{all_lanes.begin(), all_lanes.end()};
};

// The date of a contact that silences are computed on.
struct SilenceDate {
  bool refined = true;
  Date operator()(const Contact& c) const noexcept {
    return refined ? refined_date_of(c) : date_of(c);
  }
};

// One silence of one lane: no contact at that level could have fallen on any
// day in [first, last]. `open`: the lane is still silent on the horizon.
struct Silence {
  Lane lane = Lane::leaders;
  sys_days first;
  sys_days last;
  int months = 0;         // whole calendar months from the contact before to the next
  bool at_least = false;  // an end is imprecise, or the silence is open
  bool open = false;
  std::string label;  // "5 months", "8+ months"
};

// The silences of `lane` of at least p.min_gap_months, in order. The gaps
// come from hotline::gaps over the lane sorted by the silence date; a gap is
// a silence from the last day any earlier contact may have ended.
inline std::vector<Silence> lane_silences(const Picture& p, Lane lane) {
  const SilenceDate date{p.use_refined_dates};
  const auto in_lane = where::that([lane](const Contact& c) { return lane_of(c.level) == lane; });
  const std::vector<Contact> sorted = sorted_by_date(select(p.contacts, in_lane), date);
  std::vector<Silence> out;
  if (sorted.empty()) return out;
  const auto add = [&](sys_days ended, bool ended_exactly, sys_days next, bool next_exactly,
                       bool open) {
    if (next <= ended + days{1}) return;
    const int months = whole_months(ended, next);
    if (months < p.min_gap_months) return;
    const bool at_least = open || !ended_exactly || !next_exactly;
    out.push_back({lane, ended + days{1}, next - days{1}, months, at_least, open,
                   length_words(months, at_least)});
  };
  // The contact that may have ended last so far.
  Date reach = date(sorted.front());
  for (const Gap<Contact>& g : gaps(sorted, date)) {
    const Date from = date(*g.from);
    if (from.latest() >= reach.latest()) reach = from;
    const Date to = date(*g.to);
    add(reach.latest(), reach.length() == days{1}, to.earliest(), to.length() == days{1}, false);
  }
  for (const Contact& c : sorted)
    if (date(c).latest() > reach.latest()) reach = date(c);
  if (p.horizon && *p.horizon > reach.latest())
    add(reach.latest(), reach.length() == days{1}, *p.horizon + days{1}, true, true);
  return out;
}

// ---- the time axis ----------------------------------------------------------

// A linear scale from days to x, with breaks: parts of the span [from, to)
// are drawn, each at `per_day` pixels a day, and the stretches between them
// are cut out and drawn `break_width` wide.
class TimeScale {
 public:
  struct Segment {
    sys_days from;  // first day drawn
    sys_days to;    // the day after the last one drawn
    double x = 0;   // where `from` is
  };
  static constexpr double break_width = 26;

  // Fits [from, to) into [x0, x1], cutting out the stretches that no item
  // (a closed interval of days) comes near. Parts start and end on whole
  // months.
  static TimeScale fit(sys_days from, sys_days to, std::vector<std::pair<sys_days, sys_days>> items,
                       double x0, double x1) {
    TimeScale s;
    const auto span = (to - from).count();
    const bool long_span = span > 3 * 366;
    const days cut{std::max<days::rep>(2 * 365, span / 30)};
    const days margin = long_span ? days{45} : days{10};
    const auto down = [](sys_days d) {
      const year_month_day x{d};
      return sys_days{x.year() / x.month() / 1};
    };
    const auto up = [&](sys_days d) {
      const sys_days start = down(d);
      if (start == d) return d;
      const year_month_day x{start};
      return sys_days{(year_month{x.year() / x.month()} + std::chrono::months{1}) / 1};
    };
    std::sort(items.begin(), items.end());
    std::vector<Segment> parts;
    const auto add_part = [&](sys_days a, sys_days b) {
      a = std::max(from, down(a - margin));
      b = std::min(to, up(b + margin));
      if (!parts.empty() && a - parts.back().to < cut) {
        parts.back().to = std::max(parts.back().to, b);
      } else {
        parts.push_back({a, b, 0});
      }
    };
    add_part(from + margin, from + margin);
    for (const auto& [a, b] : items)
      if (b >= from && a < to) add_part(std::max(a, from), std::min(b + days{1}, to));
    add_part(to - margin, to - margin);
    parts.front().from = from;
    parts.back().to = to;
    double drawn = 0;
    for (const Segment& p : parts) drawn += static_cast<double>((p.to - p.from).count());
    const double room = x1 - x0 - break_width * static_cast<double>(parts.size() - 1);
    s.per_day = room / std::max(drawn, 1.0);
    double x = x0;
    for (Segment& p : parts) {
      p.x = x;
      x += static_cast<double>((p.to - p.from).count()) * s.per_day + break_width;
    }
    s.segments = std::move(parts);
    return s;
  }

  // The x of the start of day d (d past the span: its end; before: its start).
  double x(sys_days d) const {
    const Segment& first = segments.front();
    if (d <= first.from) return first.x;
    for (std::size_t i = 0; i < segments.size(); ++i) {
      const Segment& s = segments[i];
      if (d <= s.to) return s.x + static_cast<double>((d - s.from).count()) * per_day;
      if (i + 1 < segments.size() && d < segments[i + 1].from) {
        const Segment& n = segments[i + 1];
        const double end = end_x(i);
        const double f =
            static_cast<double>((d - s.to).count()) / static_cast<double>((n.from - s.to).count());
        return end + f * (n.x - end);
      }
    }
    return end_x(segments.size() - 1);
  }
  // The x of the end of part i.
  double end_x(std::size_t i) const {
    const Segment& s = segments[i];
    return s.x + static_cast<double>((s.to - s.from).count()) * per_day;
  }
  // The x of the middle of the widest drawn part of the days [a, b): where a
  // label for them is seen whole, not under a break.
  double widest_part_centre(sys_days a, sys_days b) const {
    double best = -1;
    double centre = (x(a) + x(b)) / 2;
    for (const Segment& s : segments) {
      const sys_days from = std::max(a, s.from);
      const sys_days to = std::min(b, s.to);
      if (to <= from) continue;
      const double w = static_cast<double>((to - from).count()) * per_day;
      if (w > best) {
        best = w;
        centre = (x(from) + x(to)) / 2;
      }
    }
    return centre;
  }
  // True when day d is drawn (not cut out).
  bool shows(sys_days d) const {
    for (const Segment& s : segments)
      if (s.from <= d && d < s.to) return true;
    return false;
  }

  std::vector<Segment> segments;
  double per_day = 1;
};

// Ticks of the axis: every `step` months, labelled; minor ticks every
// `minor` months (0: none).
struct TickPlan {
  int step = 12;
  int minor = 0;
};

// The smallest step whose labels have room: 40 px for a year, 30 for a month.
inline TickPlan plan_ticks(double per_day) {
  constexpr std::array<int, 11> steps{1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200};
  const double per_month = per_day * 30.436875;
  TickPlan plan{steps.back(), 0};
  for (int step : steps) {
    const double room = step >= 12 ? 40 : 30;
    if (per_month * step >= room) {
      plan.step = step;
      break;
    }
  }
  for (int minor : {1, 3, 12, 60}) {
    if (minor >= plan.step || plan.step % minor != 0) continue;
    if (per_month * minor >= 5) {
      plan.minor = minor;
      break;
    }
  }
  return plan;
}

// ---- drawing ----------------------------------------------------------------

namespace detail {

struct MediumStyle {
  std::string_view colour;
  std::string_view label;
};

// Okabe-Ito colours: told apart by people with any common colour blindness.
inline MediumStyle style_of(Medium m) {
  switch (m) {
    case Medium::telephone:
      return {"#0072B2", "phone call"};
    case Medium::in_person:
      return {"#D55E00", "meeting"};
    case Medium::video:
      return {"#009E73", "video call"};
    case Medium::teletype:
    case Medium::telex:
    case Medium::facsimile:
      return {"#CC79A7", "teletype, telex or fax"};
    case Medium::letter:
      return {"#E69F00", "letter"};
    case Medium::unknown:
      break;
  }
  return {"#6E6E6E", "medium not known"};
}

inline constexpr std::string_view font = "DejaVu Sans, Verdana, Arial, sans-serif";
inline constexpr double width = 1100;
inline constexpr double gutter = 180;  // lane names
inline constexpr double right_margin = 28;
inline constexpr double row_height = 15;
inline constexpr double mark_height = 11;
inline constexpr double lane_label_room = 15;  // silence labels at the top of a lane
inline constexpr double flag_row = 17;

// A rough width of text in DejaVu Sans: about 0.6 em a character.
inline double text_width(std::string_view text, double size) {
  std::size_t chars = 0;
  for (char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++chars;
  return static_cast<double>(chars) * size * 0.6;
}

inline std::string iso_day(sys_days d) {
  return std::string(to_iso(Date::interval(d, d)).view());
}

inline std::string shortened(std::string_view text, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (chars++ == max_chars) return std::string(text.substr(0, i)) + "\u2026";
  }
  return std::string(text);
}

// Places items (left and right x) in the first row where they do not touch
// the previous one; gives each item's row and the number of rows.
struct Rows {
  std::vector<std::size_t> row_of;
  std::size_t count = 0;
};
inline Rows pack(const std::vector<std::pair<double, double>>& extents, double gap,
                 std::size_t max_rows) {
  std::vector<std::size_t> order(extents.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return extents[a].first < extents[b].first;
  });
  Rows rows;
  rows.row_of.assign(extents.size(), 0);
  std::vector<double> ends;
  for (std::size_t i : order) {
    std::size_t r = 0;
    while (r < ends.size() && extents[i].first < ends[r] + gap) ++r;
    if (r == max_rows) {  // full: the row that ends first
      r = static_cast<std::size_t>(std::min_element(ends.begin(), ends.end()) - ends.begin());
    }
    if (r == ends.size()) ends.push_back(extents[i].second);
    ends[r] = std::max(ends[r], extents[i].second);
    rows.row_of[i] = r;
  }
  rows.count = ends.size();
  return rows;
}

// Where an agreement's flag stands: the exact day of public record where
// known, else its signing (or entry into force) date.
inline std::optional<Date> flag_date(const Agreement& a) {
  if (a.refined) return a.refined->date;
  if (a.signed_on) return a.signed_on;
  return a.in_force;
}

inline std::string month_abbreviation(std::chrono::month m) {
  return std::string(to_words(m).substr(0, 3));
}

}  // namespace detail

// The picture as a standalone SVG document.
inline std::string render_svg(const Picture& p) {
  using namespace detail;
  using io::SvgWriter;

  // What lies on the axis.
  std::vector<const Agreement*> flags;
  std::vector<std::pair<sys_days, sys_days>> items;
  for (const Contact& c : p.contacts) items.emplace_back(c.date.earliest(), c.date.latest());
  sys_days first = Date::max_day;
  sys_days last = Date::min_day;
  for (const auto& [a, b] : items) {
    first = std::min(first, a);
    last = std::max(last, b);
  }
  if (p.horizon && !p.contacts.empty()) last = std::max(last, *p.horizon);
  if (p.from) first = sys_days{*p.from / 1};
  if (p.to) last = sys_days{*p.to / std::chrono::last};
  for (const Agreement& a : p.agreements) {
    const auto d = flag_date(a);
    if (!d) continue;
    const bool inside = p.contacts.empty() && !p.from && !p.to
                            ? true
                            : (!p.from || d->earliest() >= first) && (!p.to || d->latest() <= last);
    if (!inside) continue;
    flags.push_back(&a);
    items.emplace_back(d->earliest(), d->latest());
    if (!p.from) first = std::min(first, d->earliest());
    if (!p.to) last = std::max(last, d->latest());
  }
  if (first > last) {  // nothing at all: this year
    const year_month_day today{std::chrono::floor<days>(std::chrono::system_clock::now())};
    first = sys_days{today.year() / 1 / 1};
    last = sys_days{today.year() / 12 / 31};
  }
  // Whole months at least, whole years when the span is long.
  {
    const year_month_day a{first};
    const year_month_day b{last};
    const bool long_span = (last - first).count() > 3 * 366;
    first = long_span ? sys_days{a.year() / 1 / 1} : sys_days{a.year() / a.month() / 1};
    last = long_span ? sys_days{b.year() / 12 / 31}
                     : sys_days{b.year() / b.month() / std::chrono::last};
  }
  const double x0 = gutter;
  const double x1 = width - right_margin;
  const TimeScale scale = TimeScale::fit(first, last + days{1}, items, x0, x1);
  const TickPlan ticks = plan_ticks(scale.per_day);

  // The flags, packed into rows by their labels.
  constexpr double flag_font = 11;
  std::vector<std::pair<double, double>> flag_extent;
  std::vector<bool> flag_left;
  for (const Agreement* a : flags) {
    const double x = scale.x(flag_date(*a)->earliest());
    const double w = text_width(shortened(a->name, 44), flag_font) + 14;
    const bool left = x + w > width - 4;
    flag_left.push_back(left);
    flag_extent.emplace_back(left ? x - w : x, left ? x : x + w);
  }
  const Rows flag_rows = pack(flag_extent, 6, 8);

  // The lanes: marks packed into rows, silences.
  struct Mark {
    const Contact* contact;
    double x;
    double w;
    bool tick;
  };
  struct LaneLayout {
    Lane lane;
    std::vector<Mark> marks;
    Rows rows;
    std::vector<Silence> silences;
    double top = 0;
    double height = 0;
  };
  std::vector<LaneLayout> lanes;
  for (Lane lane : p.lanes) {
    LaneLayout l{lane, {}, {}, lane_silences(p, lane)};
    std::vector<std::pair<double, double>> extents;
    for (const Contact& c : p.contacts) {
      if (lane_of(c.level) != lane) continue;
      const double a = scale.x(c.date.earliest());
      const double b = scale.x(c.date.latest() + days{1});
      const bool tick = c.date.length() == days{1};
      Mark m{&c, a, b - a, tick};
      if (tick) {
        m.x = (a + b) / 2 - 1.25;
        m.w = 2.5;
      } else if (m.w < 3.5) {
        m.x = (a + b) / 2 - 1.75;
        m.w = 3.5;
      }
      l.marks.push_back(m);
      extents.emplace_back(m.x, m.x + m.w);
    }
    l.rows = pack(extents, 2.5, 6);
    lanes.push_back(std::move(l));
  }

  // Vertical layout.
  const double title_y = 32;
  const double subtitle_y = 54;
  const double flags_top = 72;
  const double flags_height =
      flags.empty() ? 0 : static_cast<double>(flag_rows.count) * flag_row + 10;
  double y = flags_top + flags_height;
  const double lanes_top = y;
  for (LaneLayout& l : lanes) {
    l.top = y;
    const double rows = static_cast<double>(std::max<std::size_t>(l.rows.count, 1));
    l.height = std::max(lane_label_room + rows * row_height + 15, 58.0);
    y += l.height;
  }
  const double lanes_bottom = y;
  const double axis_y = lanes_bottom;
  const bool month_ticks = ticks.step < 12;
  const double legend_top = axis_y + (month_ticks ? 52 : 38);
  const double height = legend_top + 58;

  SvgWriter svg(width, height, p.title, {{"font-family", font}, {"font-size", 12}});
  svg.element("rect", {{"width", width}, {"height", height}, {"fill", "#ffffff"}});
  // Silences: a pale wash with diagonal hatching, the usual mark of "nothing here".
  svg.open("defs");
  svg.open("pattern", {{"id", "silence"},
                       {"width", 6},
                       {"height", 6},
                       {"patternUnits", "userSpaceOnUse"},
                       {"patternTransform", "rotate(45)"}});
  svg.element("rect", {{"width", 6}, {"height", 6}, {"fill", "#ebe6dc"}});
  svg.element(
      "line",
      {{"x1", 0}, {"y1", 0}, {"x2", 0}, {"y2", 6}, {"stroke", "#d6ccbb"}, {"stroke-width", 1.6}});
  svg.close();
  svg.close();
  svg.text(
      "text",
      {{"x", 16}, {"y", title_y}, {"font-size", 19}, {"font-weight", "bold"}, {"class", "title"}},
      p.title);
  svg.text("text", {{"x", 16}, {"y", subtitle_y}, {"fill", "#555555"}, {"class", "subtitle"}},
           p.subtitle);

  // Lane backgrounds and names.
  svg.open("g", {{"class", "lanes"}});
  for (std::size_t i = 0; i < lanes.size(); ++i) {
    const LaneLayout& l = lanes[i];
    svg.open("g", {{"class", "lane"}, {"data-lane", lane_name(l.lane)}});
    svg.element("rect", {{"x", x0},
                         {"y", l.top},
                         {"width", x1 - x0},
                         {"height", l.height},
                         {"fill", i % 2 == 0 ? "#f4f6f8" : "#ffffff"}});
    svg.element("line",
                {{"x1", 8}, {"x2", x1}, {"y1", l.top}, {"y2", l.top}, {"stroke", "#d0d4d8"}});
    svg.text("text", {{"x", 12}, {"y", l.top + 19}, {"font-weight", "bold"}, {"font-size", 13}},
             lane_name(l.lane));
    const std::string count =
        l.marks.size() == 1 ? std::string("1 contact") : fmt::format("{} contacts", l.marks.size());
    const std::string_view detail = lane_detail(l.lane);
    if (!detail.empty()) {
      svg.text("text", {{"x", 12}, {"y", l.top + 33}, {"fill", "#666666"}, {"font-size", 10.5}},
               detail);
    }
    svg.text("text",
             {{"x", 12},
              {"y", l.top + (detail.empty() ? 33 : 46)},
              {"fill", "#666666"},
              {"font-size", 10.5}},
             count);
    svg.close();
  }
  svg.element(
      "line",
      {{"x1", 8}, {"x2", x1}, {"y1", lanes_bottom}, {"y2", lanes_bottom}, {"stroke", "#d0d4d8"}});
  svg.close();

  // Silences, under the marks.
  svg.open("g", {{"class", "silences"}});
  for (const LaneLayout& l : lanes) {
    for (const Silence& s : l.silences) {
      const double a = scale.x(s.first);
      const double b = scale.x(s.last + days{1});
      const std::string what =
          fmt::format("{}: no contact {} from {} to {}{}", lane_name(s.lane), s.label,
                      Date::interval(s.first, s.first), Date::interval(s.last, s.last),
                      s.open ? " (still silent where the data ends)" : "");
      svg.open("g", {{"class", "silence"},
                     {"data-lane", lane_name(s.lane)},
                     {"data-from", iso_day(s.first)},
                     {"data-to", iso_day(s.last)},
                     {"data-months", s.months}});
      svg.text("title", {}, what);
      svg.element("rect", {{"x", a},
                           {"y", l.top + 2},
                           {"width", std::max(b - a, 1.0)},
                           {"height", l.height - 4},
                           {"fill", "url(#silence)"}});
      if (s.open) {
        svg.element("line", {{"x1", b},
                             {"x2", b},
                             {"y1", l.top + 2},
                             {"y2", l.top + l.height - 2},
                             {"stroke", "#9e9e9e"},
                             {"stroke-dasharray", "2 2"}});
      }
      svg.close();
    }
  }
  svg.close();

  // Agreement poles, behind the marks.
  svg.open("g", {{"class", "agreements"}});
  for (std::size_t i = 0; i < flags.size(); ++i) {
    const Agreement& a = *flags[i];
    const Date d = *flag_date(a);
    const double x = scale.x(d.earliest()) + (d.length() == days{1} ? scale.per_day / 2 : 0.0);
    const double fy = flags_top + static_cast<double>(flag_rows.row_of[i]) * flag_row;
    const std::string when = fmt::format("{}", d);
    svg.open("g", {{"class", "agreement"}, {"data-day", iso_day(d.earliest())}});
    svg.text("title", {}, fmt::format("{} ({}, {})", a.name, to_words(a.kind), when));
    svg.element("line", {{"x1", x},
                         {"x2", x},
                         {"y1", fy + 1},
                         {"y2", lanes_bottom},
                         {"stroke", "#2E7D32"},
                         {"stroke-width", 1},
                         {"stroke-dasharray", "3 3"},
                         {"stroke-opacity", 0.8}});
    if (d.length() > days{1}) {
      svg.element("rect", {{"x", x},
                           {"y", fy + 1},
                           {"width", std::max(scale.x(d.latest() + days{1}) - x, 1.0)},
                           {"height", 9},
                           {"fill", "#2E7D32"},
                           {"fill-opacity", 0.25}});
    }
    const double dir = flag_left[i] ? -1 : 1;
    svg.element("path", {{"d", fmt::format("M{} {} l{} 4.5 l{} 4.5 z", io::svg_number(x),
                                           io::svg_number(fy + 1), io::svg_number(dir * 9),
                                           io::svg_number(-dir * 9))},
                         {"fill", "#2E7D32"}});
    svg.text("text",
             {{"x", x + dir * 12},
              {"y", fy + 9.5},
              {"font-size", flag_font},
              {"fill", "#1B5E20"},
              {"text-anchor", flag_left[i] ? "end" : "start"}},
             shortened(a.name, 44));
    svg.close();
  }
  svg.close();

  // The marks.
  svg.open("g", {{"class", "contacts"}});
  for (const LaneLayout& l : lanes) {
    for (std::size_t i = 0; i < l.marks.size(); ++i) {
      const Mark& m = l.marks[i];
      const Contact& c = *m.contact;
      const MediumStyle style = style_of(c.medium);
      const double top =
          l.top + lane_label_room + static_cast<double>(l.rows.row_of[i]) * row_height;
      std::string what = describe(p.names, c);
      if (c.refined) what += fmt::format(" (exact day: {}; {})", c.refined->date, c.refined->note);
      svg.open("g", {{"class", m.tick ? "contact tick" : "contact bar"},
                     {"data-contact", c.id.value()},
                     {"data-from", iso_day(c.date.earliest())},
                     {"data-to", iso_day(c.date.latest())}});
      svg.text("title", {}, what);
      if (m.tick) {
        svg.element("rect", {{"x", m.x},
                             {"y", top},
                             {"width", m.w},
                             {"height", mark_height},
                             {"fill", style.colour}});
      } else {
        svg.element("rect", {{"x", m.x},
                             {"y", top + 1},
                             {"width", m.w},
                             {"height", mark_height - 2},
                             {"fill", style.colour},
                             {"fill-opacity", 0.3},
                             {"stroke", style.colour},
                             {"stroke-width", 1}});
        if (c.refined && c.refined->date.length() == days{1}) {
          const double cx = scale.x(c.refined->date.earliest()) + scale.per_day / 2;
          svg.element("circle", {{"cx", std::clamp(cx, m.x, m.x + m.w)},
                                 {"cy", top + mark_height / 2},
                                 {"r", 2.4},
                                 {"fill", style.colour},
                                 {"stroke", "#ffffff"},
                                 {"stroke-width", 0.8},
                                 {"class", "exact-day"}});
        }
      }
      svg.close();
    }
  }
  svg.close();

  // Breaks: the stretches cut out of the axis.
  svg.open("g", {{"class", "breaks"}});
  for (std::size_t i = 0; i + 1 < scale.segments.size(); ++i) {
    const double a = scale.end_x(i);
    const double b = scale.segments[i + 1].x;
    const sys_days gone_from = scale.segments[i].to;
    const sys_days gone_to = scale.segments[i + 1].from - days{1};
    svg.open(
        "g",
        {{"class", "break"}, {"data-from", iso_day(gone_from)}, {"data-to", iso_day(gone_to)}});
    svg.text("title", {},
             fmt::format("{} to {} left out: no contact or agreement",
                         Date::interval(gone_from, gone_from), Date::interval(gone_to, gone_to)));
    svg.element("rect", {{"x", a + 3},
                         {"y", lanes_top},
                         {"width", b - a - 6},
                         {"height", lanes_bottom - lanes_top + 6},
                         {"fill", "#ffffff"},
                         {"fill-opacity", 0.75}});
    for (double edge : {a + 7, b - 7}) {
      svg.element("path",
                  {{"d", fmt::format("M{} {} l-4 12 M{} {} l-4 12", io::svg_number(edge + 2),
                                     io::svg_number(axis_y - 6), io::svg_number(edge + 2),
                                     io::svg_number(lanes_top - 6))},
                   {"stroke", "#777777"},
                   {"stroke-width", 1.2}});
    }
    svg.close();
  }
  svg.close();

  // The silences' lengths, over everything but the axis: at the top of the
  // lane, or at its foot when a label is there already; on a white halo.
  svg.open("g", {{"class", "silence-labels"}});
  for (const LaneLayout& l : lanes) {
    std::array<double, 2> label_end{-1e9, -1e9};
    for (const Silence& s : l.silences) {
      const double w = text_width(s.label, 10.5);
      const double cx = std::clamp(scale.widest_part_centre(s.first, s.last + days{1}),
                                   x0 + w / 2 + 2, x1 - w / 2 - 2);
      for (std::size_t slot = 0; slot < 2; ++slot) {
        if (cx - w / 2 <= label_end[slot] + 4) continue;
        svg.text("text",
                 {{"class", "silence-label"},
                  {"data-lane", lane_name(s.lane)},
                  {"data-from", iso_day(s.first)},
                  {"x", cx},
                  {"y", slot == 0 ? l.top + 12.5 : l.top + l.height - 5},
                  {"text-anchor", "middle"},
                  {"font-size", 10.5},
                  {"fill", "#333333"},
                  {"stroke", "#ffffff"},
                  {"stroke-width", 3},
                  {"stroke-linejoin", "round"},
                  {"paint-order", "stroke"}},
                 s.label);
        label_end[slot] = cx + w / 2;
        break;
      }
    }
  }
  svg.close();

  // The axis.
  svg.open("g", {{"class", "axis"}});
  for (std::size_t i = 0; i < scale.segments.size(); ++i) {
    const auto& s = scale.segments[i];
    svg.element("line", {{"x1", s.x},
                         {"x2", scale.end_x(i)},
                         {"y1", axis_y},
                         {"y2", axis_y},
                         {"stroke", "#333333"}});
    const year_month_day start{s.from};
    year_month m = start.day() == std::chrono::day{1}
                       ? start.year() / start.month()
                       : start.year() / start.month() + std::chrono::months{1};
    bool first_label = true;
    for (; sys_days{m / 1} < s.to; m += std::chrono::months{1}) {
      const sys_days d{m / 1};
      const int index = int{m.year()} * 12 + static_cast<int>(unsigned{m.month()}) - 1;
      const double x = scale.x(d);
      if (index % ticks.step == 0) {
        const bool january = m.month() == std::chrono::January;
        const std::string label =
            month_ticks ? month_abbreviation(m.month()) : fmt::format("{}", int{m.year()});
        svg.open("g", {{"class", "tick"}, {"data-day", iso_day(d)}});
        svg.element(
            "line",
            {{"x1", x}, {"x2", x}, {"y1", axis_y}, {"y2", axis_y + 6}, {"stroke", "#333333"}});
        svg.element("line", {{"x1", x},
                             {"x2", x},
                             {"y1", lanes_top},
                             {"y2", axis_y},
                             {"stroke", "#000000"},
                             {"stroke-opacity", 0.07}});
        // A month or a year is labelled in its middle (the part drawn),
        // longer steps at their first day.
        double label_x = x;
        bool room = true;
        if (ticks.step == 1 || ticks.step == 12) {
          const sys_days end{(m + std::chrono::months{ticks.step}) / 1};
          const sys_days seen_end = std::min(end, s.to);
          const double w = scale.x(seen_end) - x;
          label_x = x + w / 2;
          room = w >= text_width(label, 12) + 2;
        }
        if (room) {
          svg.text("text", {{"x", label_x}, {"y", axis_y + 19}, {"text-anchor", "middle"}}, label);
          first_label = false;
        }
        if (month_ticks && (january || d == s.from)) {
          svg.text("text",
                   {{"x", label_x},
                    {"y", axis_y + 35},
                    {"text-anchor", "middle"},
                    {"font-weight", "bold"}},
                   fmt::format("{}", int{m.year()}));
        }
        svg.close();
      } else if (ticks.minor != 0 && index % ticks.minor == 0) {
        svg.element(
            "line",
            {{"x1", x}, {"x2", x}, {"y1", axis_y}, {"y2", axis_y + 3}, {"stroke", "#333333"}});
      }
    }
    // A part too short for a tick of its own still says which years it shows.
    if (first_label) {
      const int a = int{year_month_day{s.from}.year()};
      const int b = int{year_month_day{s.to - days{1}}.year()};
      svg.text("text",
               {{"x", (s.x + scale.end_x(i)) / 2},
                {"y", axis_y + 19},
                {"text-anchor", "middle"},
                {"class", "part-label"}},
               a == b ? fmt::format("{}", a) : fmt::format("{}\u2013{:02}", a, b % 100));
    }
  }
  svg.close();

  // The legend.
  svg.open("g", {{"class", "legend"}});
  double lx = 16;
  const double ly = legend_top;
  std::vector<Medium> media;
  for (const Contact& c : p.contacts) {
    const Medium m =
        c.medium == Medium::telex || c.medium == Medium::facsimile ? Medium::teletype : c.medium;
    if (std::find(media.begin(), media.end(), m) == media.end()) media.push_back(m);
  }
  std::sort(media.begin(), media.end(), [](Medium a, Medium b) {
    return (a == Medium::unknown ? 99 : static_cast<int>(a)) <
           (b == Medium::unknown ? 99 : static_cast<int>(b));
  });
  for (Medium m : media) {
    const MediumStyle style = style_of(m);
    svg.element("rect",
                {{"x", lx}, {"y", ly - 9}, {"width", 12}, {"height", 10}, {"fill", style.colour}});
    svg.text("text", {{"x", lx + 17}, {"y", ly}}, style.label);
    lx += 17 + text_width(style.label, 12) + 18;
  }
  const double ly2 = ly + 22;
  lx = 16;
  const auto legend_item = [&](std::string_view text) {
    svg.text("text", {{"x", lx}, {"y", ly2}}, text);
    lx += text_width(text, 12) + 22;
  };
  svg.element("rect",
              {{"x", lx}, {"y", ly2 - 10}, {"width", 2.5}, {"height", 11}, {"fill", "#333333"}});
  lx += 8;
  legend_item("known to the day");
  svg.element("rect", {{"x", lx},
                       {"y", ly2 - 9},
                       {"width", 26},
                       {"height", 9},
                       {"fill", "#333333"},
                       {"fill-opacity", 0.3},
                       {"stroke", "#333333"}});
  svg.element("circle", {{"cx", lx + 8},
                         {"cy", ly2 - 4.5},
                         {"r", 2.4},
                         {"fill", "#333333"},
                         {"stroke", "#ffffff"},
                         {"stroke-width", 0.8}});
  lx += 32;
  legend_item("known within the span; dot: the exact day, from public record");
  const double ly3 = ly2 + 22;
  lx = 16;
  svg.element(
      "rect",
      {{"x", lx}, {"y", ly3 - 11}, {"width", 24}, {"height", 13}, {"fill", "url(#silence)"}});
  const std::string silence_words = fmt::format(
      "no contact at that level for {} or more{} (+: at least)", length_words(p.min_gap_months),
      p.use_refined_dates ? ", by the exact days where known" : "");
  svg.text("text", {{"x", lx + 30}, {"y", ly3}}, silence_words);
  lx += 30 + text_width(silence_words, 12) + 22;
  if (!flags.empty()) {
    svg.element(
        "path",
        {{"d", fmt::format("M{} {} l9 4.5 l-9 4.5 z", io::svg_number(lx), io::svg_number(ly3 - 9))},
         {"fill", "#2E7D32"}});
    lx += 14;
    svg.text("text", {{"x", lx}, {"y", ly3}}, "agreement");
    lx += text_width("agreement", 12) + 22;
  }
  if (scale.segments.size() > 1) {
    svg.element("path", {{"d", fmt::format("M{} {} l-4 12 M{} {} l-4 12", io::svg_number(lx + 5),
                                           io::svg_number(ly3 - 10), io::svg_number(lx + 10),
                                           io::svg_number(ly3 - 10))},
                         {"stroke", "#777777"},
                         {"stroke-width", 1.2}});
    lx += 16;
    svg.text("text", {{"x", lx}, {"y", ly3}}, "years left out");
  }
  if (p.contacts.empty()) {
    svg.text("text",
             {{"x", (x0 + x1) / 2},
              {"y", (lanes_top + lanes_bottom) / 2},
              {"text-anchor", "middle"},
              {"font-size", 14},
              {"fill", "#555555"}},
             "No contacts match this selection.");
  }
  svg.close();
  return std::move(svg).finish();
}

// ---- the program --------------------------------------------------------------

inline constexpr std::string_view usage = R"(usage: timeline_svg [options]

Draws the contacts of a selection as a standalone SVG timeline: one lane per
level, one mark per contact as wide as its date is uncertain, agreements as
flags, silences shaded with their length. With no options: every US-Russia
(and US-USSR) contact of the built-in registry, to standard output.

Options:
)";

inline constexpr std::string_view own_help =
    R"(  --min-gap-months N    shade silences of N months or more (default 3)
  --documented-dates    silences from the documented dates only, not from the
                        exact days of public record
  -o FILE               write the SVG to FILE (default: standard output)
  -h, --help            this text

Exit status: 0 when drawn, 1 when a file cannot be read or written, 2 for
bad arguments. With no --between and no --actors, the built-in registry is
drawn for USA,RUS; a file is drawn whole.
)";

// The options of the command line: the selection gap_report takes too
// (examples/selection.hpp), and the picture's own.
struct Options {
  cli::Selection selection;
  int min_gap_months = 3;
  bool documented_dates = false;
  std::string output;
  bool help = false;
};

// Reads the arguments (without the program's name). A mistake throws
// cli::UsageError with a sentence that names the option.
inline Options parse_arguments(std::span<const std::string_view> args) {
  Options o;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (cli::parse_selection_option(args, i, o.selection)) continue;
    const std::string_view a = args[i];
    const auto value = [&]() -> std::string_view {
      if (i + 1 >= args.size()) throw cli::UsageError(std::string(a) + ": needs a value");
      return args[++i];
    };
    if (a == "-h" || a == "--help") {
      o.help = true;
    } else if (a == "--documented-dates") {
      o.documented_dates = true;
    } else if (a == "-o") {
      o.output = value();
      if (o.output.empty()) throw cli::UsageError("-o: needs a file name");
    } else if (a == "--min-gap-months") {
      const std::string_view v = value();
      int n = 0;
      const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
      if (ec != std::errc{} || end != v.data() + v.size() || n < 1 || n > 1200)
        throw cli::UsageError(fmt::format(
            "--min-gap-months: expected a number of months from 1 to 1200, not '{}'", v));
      o.min_gap_months = n;
    } else {
      throw cli::UsageError(fmt::format("unknown option '{}'", a));
    }
  }
  if (o.selection.from && o.selection.to && *o.selection.to < *o.selection.from)
    throw cli::UsageError("--to: the month is before --from");
  return o;
}

// "the United States and Russia", "Antony Blinken and Sergey Lavrov".
inline std::string and_list(const std::vector<std::string>& items) {
  std::string s;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) s += i + 1 == items.size() ? " and " : ", ";
    s += items[i];
  }
  return s;
}

inline std::string state_name(Country c) {
  const std::string_view name = c.name();
  if (name == "United States" || name == "United Kingdom" || name == "Netherlands" ||
      name == "Soviet Union")
    return "the " + std::string(name);
  return std::string(name);
}

// The title: what is drawn, between whom, at which level, over which period:
// "Phone calls between the United States and Russia at leader level, 2014-2016".
inline std::string title_of(const cli::Selection& s, const Picture& p, std::string_view source) {
  std::string what = "Contacts";
  if (s.medium) {
    switch (*s.medium) {
      case Medium::telephone:
        what = "Phone calls";
        break;
      case Medium::in_person:
        what = "Meetings";
        break;
      case Medium::video:
        what = "Video calls";
        break;
      case Medium::letter:
        what = "Letters";
        break;
      case Medium::unknown:
        what = "Contacts of unknown medium";
        break;
      case Medium::teletype:
        what = "Teletype messages";
        break;
      case Medium::telex:
        what = "Telex messages";
        break;
      case Medium::facsimile:
        what = "Fax messages";
        break;
    }
  }
  if (!s.actor_names.empty())
    what += (s.actor_names.size() == 1 ? " of " : " between ") + and_list(s.actor_names);
  if (s.between)
    what += fmt::format("{} {}", s.actor_names.empty() ? " between" : ",",
                        and_list({state_name(s.between->first), state_name(s.between->second)}));
  if (!s.between && s.actor_names.empty()) what += fmt::format(" in {}", source);
  if (s.level) what += fmt::format(" at {} level", to_words(*s.level));
  // The period: as asked, or the years of the contacts and flags.
  int first = 0;
  int last = 0;
  for (const Contact& c : p.contacts) {
    const int a = int{year_month_day{c.date.earliest()}.year()};
    const int b = int{year_month_day{c.date.latest()}.year()};
    first = first == 0 ? a : std::min(first, a);
    last = std::max(last, b);
  }
  if (!p.contacts.empty() && !p.from)
    for (const Agreement& a : p.agreements)
      if (const auto d = detail::flag_date(a))
        first = std::min(first, int{year_month_day{d->earliest()}.year()});
  if (p.from) first = int{p.from->year()};
  if (p.to) last = int{p.to->year()};
  const auto month_words = [](year_month m) {
    return fmt::format("{} {}", to_words(m.month()), int{m.year()});
  };
  const bool whole_years = (!p.from || p.from->month() == std::chrono::January) &&
                           (!p.to || p.to->month() == std::chrono::December);
  if (p.from && p.to && !whole_years) {
    what += *p.from == *p.to ? ", " + month_words(*p.from)
                             : fmt::format(", {} to {}", month_words(*p.from), month_words(*p.to));
  } else if (first != 0 && last != 0) {
    what += first == last ? fmt::format(", {}", first) : fmt::format(", {}\u2013{}", first, last);
  }
  return what;
}

// The picture of a selection: what run() draws, without the writing.
inline Picture picture_of(const Options& o, const cli::Loaded& data) {
  cli::Selection s = o.selection;
  const bool built_in = s.csv.empty() && s.events.empty();
  if (built_in && !s.between && s.actor_names.empty())
    s.between = std::pair{countries::USA, countries::RUS};
  Picture p;
  p.names.actors = data.actors;
  p.contacts = cli::select(s, data);
  p.from = s.from;
  p.to = s.to;
  p.min_gap_months = o.min_gap_months;
  p.use_refined_dates = !o.documented_dates;
  if (s.level) p.lanes = {lane_of(*s.level)};
  // The contacts of a few people: only the lanes they are in.
  if (!s.actor_names.empty() && !p.contacts.empty()) {
    p.lanes.clear();
    for (Lane lane : all_lanes)
      if (std::any_of(p.contacts.begin(), p.contacts.end(),
                      [&](const Contact& c) { return lane_of(c.level) == lane; }))
        p.lanes.push_back(lane);
  }
  // The data ends with the last day any contact read may have fallen on.
  if (!data.contacts.empty()) {
    sys_days end = Date::min_day;
    for (const Contact& c : data.contacts) end = std::max(end, c.date.latest());
    if (s.to) end = std::min(end, sys_days{*s.to / std::chrono::last});
    p.horizon = end;
  }
  // Flags: the registry's agreements whose parties include two of the
  // states of a contact drawn (states continue their predecessors).
  if (built_in) {
    for (const Agreement& a : documented.agreements) {
      const auto party = [&](Country st) {
        return std::any_of(a.parties.begin(), a.parties.end(),
                           [&](Country x) { return x.continues(st) || st.continues(x); });
      };
      const bool joins_a_contact =
          std::any_of(p.contacts.begin(), p.contacts.end(), [&](const Contact& c) {
            return std::count_if(c.states.begin(), c.states.end(), party) >= 2;
          });
      // A narrower selection (people, a level, a medium) keeps the flags
      // within its own span: the axis is about its contacts.
      const auto d = detail::flag_date(a);
      const bool narrow = !s.actor_names.empty() || s.level || s.medium;
      const bool within =
          d &&
          std::any_of(p.contacts.begin(), p.contacts.end(),
                      [&](const Contact& c) { return c.date.earliest() <= d->earliest(); }) &&
          std::any_of(p.contacts.begin(), p.contacts.end(),
                      [&](const Contact& c) { return d->latest() <= c.date.latest(); });
      if (joins_a_contact && (!narrow || within)) p.agreements.push_back(a);
    }
  }
  p.title = title_of(s, p,
                     built_in ? std::string("the built-in registry")
                              : std::filesystem::path(data.source).filename().string());
  // "those of the Soviet Union count for Russia".
  std::vector<std::string> former;
  if (s.between) {
    for (const Contact& c : p.contacts)
      for (Country st : c.states) {
        if (!st.is_former() || !(s.between->first.continues(st) || s.between->second.continues(st)))
          continue;
        const std::string note =
            fmt::format("those of {} count for {}", state_name(st), state_name(st.continuator()));
        if (std::find(former.begin(), former.end(), note) == former.end()) former.push_back(note);
      }
  }
  p.subtitle = fmt::format("{} {} from {}{}{}.", p.contacts.size(),
                           p.contacts.size() == 1 ? "contact" : "contacts",
                           built_in ? "the built-in registry (hotline::documented)" : data.source,
                           former.empty() ? "" : "; ", and_list(former));
  return p;
}

// Runs the program: arguments (without the program's name), standard output
// and error. Returns the exit status: 0 drawn, 1 a file could not be read
// or written, 2 bad arguments.
inline int run(std::span<const std::string_view> args, std::ostream& out, std::ostream& err) {
  Options o;
  try {
    o = parse_arguments(args);
  } catch (const cli::UsageError& e) {
    err << "timeline_svg: " << e.what() << "\nTry 'timeline_svg --help'.\n";
    return 2;
  }
  if (o.help) {
    out << usage << cli::selection_help << own_help;
    return 0;
  }
  try {
    const cli::Loaded data = cli::load(o.selection);
    if (!data.read_summary.empty()) err << data.read_summary << '\n';
    const std::string svg = render_svg(picture_of(o, data));
    if (o.output.empty()) {
      out << svg;
      return 0;
    }
    std::ofstream file(o.output, std::ios::binary);
    file << svg;
    file.close();
    if (!file) {
      err << "timeline_svg: cannot write '" << o.output << "'\n";
      return 1;
    }
  } catch (const cli::UsageError& e) {
    err << "timeline_svg: " << e.what() << "\nTry 'timeline_svg --help'.\n";
    return 2;
  } catch (const std::exception& e) {
    err << "timeline_svg: " << e.what() << '\n';
    return 1;
  }
  return 0;
}

}  // namespace hotline::timeline
