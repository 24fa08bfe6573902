// The timeline's layout: where every mark, silence, flag, lane and tick of
// a picture goes, computed apart from the drawing (<hotline/timeline.hpp>
// draws a Layout as SVG), so that a program or a test can read the
// geometry as numbers.
//
// What a picture shows, from the top: the title and a line on what is shown;
// the flags of the agreements; the lanes (leaders, foreign ministers,
// defence ministers, military chiefs, other levels); the time axis; the
// legend. Decisions worth knowing:
//  - Time runs left to right on one linear scale. Long stretches without any
//    contact or agreement (more than max(2 years, a fifteenth of the span))
//    are cut out of the axis and drawn as a break, so that 1963-2022 does not
//    squeeze the busy years into a corner; every part that is drawn has the
//    same number of pixels per day.
//  - A mark spans its documented date: a single day is a tick, "March 2014"
//    a bar across March. Where the data has the exact day from public record
//    (a Refinement), a dot marks that day on the bar.
//  - A silence is the time, within one lane, from the last day a contact may
//    have ended to the first day the next one may have started: certainly
//    without contact at that level (hotline::silences). It is computed on the
//    exact days of public record where known (unless use_refined_dates is
//    off), so "Blinken and Lavrov went five months without speaking" shows
//    as five months. Its length is in whole calendar months ("5 months",
//    "12 years"); "+" means at least: an end is imprecise, or the lane is
//    still silent where the data ends.
#pragma once

#include <algorithm>
#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <hotline/analysis/gaps.hpp>
#include <hotline/analysis/input.hpp>
#include <hotline/analysis/select.hpp>
#include <hotline/hotline.hpp>
#include <hotline/statement.hpp>

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
  const std::string plus = at_least ? "+" : "";
  if (months >= 24) return std::to_string(months / 12) + plus + " years";
  return std::to_string(months) + plus + (months == 1 ? " month" : " months");
}

// ---- what a picture shows ---------------------------------------------------

struct Picture {
  std::string title;
  std::string subtitle;
  std::span<const Actor> people{};      // who the participants are, for the tooltips
  std::vector<Contact> contacts{};      // the selection, in any order
  std::vector<Agreement> agreements{};  // flags; those outside the axis are left out
  // The axis, when asked for; otherwise the span of the contacts, the flags
  // and the horizon.
  std::optional<year_month> from = std::nullopt;
  std::optional<year_month> to = std::nullopt;
  // The last day the data covers: a lane silent since its last contact is
  // shaded up to here.
  std::optional<sys_days> horizon = std::nullopt;
  int min_gap_months = 3;
  bool use_refined_dates = true;  // silences on the exact days of public record where known
  std::vector<Lane> lanes{all_lanes.begin(), all_lanes.end()};
  // What the sources say: a silence that one of these documents is shaded
  // as a documented silence, the others as "no contact on record".
  std::vector<Statement> statements{};
};

// The date of a contact that silences are computed on.
struct SilenceDate {
  bool refined = true;
  Date operator()(const Contact& c) const noexcept {
    return refined ? refined_date_of(c) : date_of(c);
  }
};

// One silence of one lane, shaded: no contact at that level could have
// fallen on any day in [first, last]. `open`: the lane is still silent on
// the horizon.
struct Shading {
  Lane lane = Lane::leaders;
  sys_days first{};
  sys_days last{};
  int months = 0;         // whole calendar months from the contact before to the next
  bool at_least = false;  // an end is imprecise, or the silence is open
  bool open = false;
  std::string label{};  // "5 months", "8+ months"
  // The statement that documents it (a silence a source states), if any.
  std::optional<StatementId> documented = std::nullopt;
};

// The statement of `statements` that documents a silence after `before`
// (and up to `after`): a silence of a length between the two, or a
// silence since a date that `before` comes no later than and `after`
// after.
inline std::optional<StatementId> documenting(std::span<const Statement> statements,
                                              const Contact& before, const Contact* after) {
  for (const Statement& st : statements) {
    if (st.kind == StatementKind::silence_length && st.from && st.to && after != nullptr &&
        *st.from == before.id && *st.to == after->id)
      return st.id;
    if (st.kind == StatementKind::silence_since && st.period.ok() && st.selection(before) &&
        before.date.earliest() <= st.period.latest() &&
        (after == nullptr || after->date.latest() > st.period.latest()))
      return st.id;
  }
  return std::nullopt;
}

// The silences of `lane` of at least p.min_gap_months, in order: the
// library's silences() of the lane's contacts, sorted by the silence date,
// up to the horizon.
inline std::vector<Shading> lane_shadings(const Picture& p, Lane lane) {
  const SilenceDate date{p.use_refined_dates};
  const auto in_lane = where::that([lane](const Contact& c) { return lane_of(c.level) == lane; });
  const std::vector<Contact> sorted = sorted_by_date(select(p.contacts, in_lane), date);
  std::vector<Shading> out;
  for (const SilentSpan<Contact>& s : silences(sorted, days{1}, p.horizon, date)) {
    const sys_days ended = s.days.earliest() - days{1};
    const sys_days next = s.days.latest() + days{1};
    const int months = whole_months(ended, next);
    if (months < p.min_gap_months) continue;
    out.push_back({lane, s.days.earliest(), s.days.latest(), months, s.at_least, !s.after,
                   length_words(months, s.at_least),
                   documenting(p.statements, s.before, s.after ? &*s.after : nullptr)});
  }
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
inline constexpr double flag_font = 11;

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
// ---- the layout ---------------------------------------------------------------

// One contact's mark: where it is and how wide; a tick for a single day.
struct Mark {
  const Contact* contact = nullptr;
  double x = 0;
  double w = 0;
  bool tick = false;
};

// One lane: its marks, in the picture's order of contacts, the row of each,
// its shaded silences, and where it is.
struct LaneLayout {
  Lane lane = Lane::leaders;
  std::vector<Mark> marks{};
  detail::Rows rows{};
  std::vector<Shading> shadings{};
  double top = 0;
  double height = 0;
};

// Where everything of a picture goes. It points into the picture (its
// contacts and agreements), which must outlive it.
struct Layout {
  std::vector<const Agreement*> flags{};  // the agreements on the axis
  std::vector<bool> flag_left{};          // a flag whose label runs to the left of its pole
  detail::Rows flag_rows{};
  TimeScale scale{};
  TickPlan ticks{};
  std::vector<LaneLayout> lanes{};
  double x0 = 0;  // the drawn span of the axis, left and right
  double x1 = 0;
  double title_y = 32;
  double subtitle_y = 54;
  double flags_top = 72;
  double lanes_top = 0;
  double lanes_bottom = 0;
  double axis_y = 0;
  bool month_ticks = false;  // ticks label months (a short span), not years
  double legend_top = 0;
  double width = detail::width;
  double height = 0;
};

// The layout of a picture: the axis and its breaks, the flags in rows, the
// marks of each lane in rows, the silences, and the heights.
inline Layout layout(const Picture& p) {
  using namespace detail;
  Layout out;
  // What lies on the axis.
  std::vector<const Agreement*>& flags = out.flags;
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
  const double x0 = out.x0 = gutter;
  const double x1 = out.x1 = width - right_margin;
  out.scale = TimeScale::fit(first, last + days{1}, items, x0, x1);
  const TimeScale& scale = out.scale;
  out.ticks = plan_ticks(scale.per_day);

  // The flags, packed into rows by their labels.
  std::vector<std::pair<double, double>> flag_extent;
  std::vector<bool>& flag_left = out.flag_left;
  for (const Agreement* a : flags) {
    const double x = scale.x(flag_date(*a)->earliest());
    const double w = text_width(shortened(a->name, 44), flag_font) + 14;
    const bool left = x + w > width - 4;
    flag_left.push_back(left);
    flag_extent.emplace_back(left ? x - w : x, left ? x : x + w);
  }
  out.flag_rows = pack(flag_extent, 6, 8);

  // The lanes: marks packed into rows, silences.
  std::vector<LaneLayout>& lanes = out.lanes;
  for (Lane lane : p.lanes) {
    LaneLayout l{lane, {}, {}, lane_shadings(p, lane)};
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
  const double flags_height =
      flags.empty() ? 0 : static_cast<double>(out.flag_rows.count) * flag_row + 10;
  double y = out.flags_top + flags_height;
  out.lanes_top = y;
  for (LaneLayout& l : lanes) {
    l.top = y;
    const double rows = static_cast<double>(std::max<std::size_t>(l.rows.count, 1));
    l.height = std::max(lane_label_room + rows * row_height + 15, 58.0);
    y += l.height;
  }
  out.lanes_bottom = y;
  out.axis_y = out.lanes_bottom;
  out.month_ticks = out.ticks.step < 12;
  out.legend_top = out.axis_y + (out.month_ticks ? 52 : 38);
  out.height = out.legend_top + 58;
  return out;
}

}  // namespace hotline::timeline
