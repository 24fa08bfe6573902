// The timeline picture, drawn: the contacts of a selection as a standalone
// SVG document, one lane per level, one mark per contact as wide as its date
// is uncertain, agreements as flags, silences shaded with their length. The
// layout (<hotline/timeline/layout.hpp>) places everything; this header
// draws it. Needs nothing beyond the standard library.
//
//   hotline::timeline::Picture p;
//   p.title = "Contacts between the United States and Russia";
//   p.contacts = ...;  p.people = registry.actors;
//   std::string svg = hotline::timeline::render_svg(p);
#pragma once

#include <algorithm>
#include <array>
#include <chrono>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <hotline/io/svg.hpp>
#include <hotline/timeline/layout.hpp>
#include <hotline/words.hpp>

namespace hotline::timeline {

// The picture, laid out as `lay` says (layout(p)), as a standalone SVG
// document.
inline std::string render_svg(const Picture& p, const Layout& lay) {
  using namespace detail;
  using io::SvgWriter;
  const std::vector<const Agreement*>& flags = lay.flags;
  const std::vector<bool>& flag_left = lay.flag_left;
  const Rows& flag_rows = lay.flag_rows;
  const TimeScale& scale = lay.scale;
  const TickPlan& ticks = lay.ticks;
  const std::vector<LaneLayout>& lanes = lay.lanes;
  const double x0 = lay.x0;
  const double x1 = lay.x1;
  const double title_y = lay.title_y;
  const double subtitle_y = lay.subtitle_y;
  const double flags_top = lay.flags_top;
  const double lanes_top = lay.lanes_top;
  const double lanes_bottom = lay.lanes_bottom;
  const double axis_y = lay.axis_y;
  const bool month_ticks = lay.month_ticks;
  const double legend_top = lay.legend_top;
  const double height = lay.height;

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
  // A documented silence (a source says there was none): denser and darker.
  svg.open("pattern", {{"id", "documented-silence"},
                       {"width", 4},
                       {"height", 4},
                       {"patternUnits", "userSpaceOnUse"},
                       {"patternTransform", "rotate(45)"}});
  svg.element("rect", {{"width", 4}, {"height", 4}, {"fill", "#e2d3b0"}});
  svg.element(
      "line",
      {{"x1", 0}, {"y1", 0}, {"x2", 0}, {"y2", 4}, {"stroke", "#b89f6a"}, {"stroke-width", 1.4}});
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
    const std::string count = l.marks.size() == 1 ? std::string("1 contact")
                                                  : std::to_string(l.marks.size()) + " contacts";
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
    for (const Shading& s : l.shadings) {
      const double a = scale.x(s.first);
      const double b = scale.x(s.last + days{1});
      const std::string what =
          std::string(lane_name(s.lane)) +
          (s.documented ? ": documented silence (" + to_words(*s.documented) + "), "
                        : ": no contact on record ") +
          s.label + " from " + to_words(Date::interval(s.first, s.first)) + " to " +
          to_words(Date::interval(s.last, s.last)) +
          (s.open ? " (still silent where the data ends)" : "");
      svg.open("g", {{"class", "silence"},
                     {"data-lane", lane_name(s.lane)},
                     {"data-record", s.documented ? "documented_silence" : "not_on_record"},
                     {"data-from", iso_day(s.first)},
                     {"data-to", iso_day(s.last)},
                     {"data-months", s.months}});
      svg.text("title", {}, what);
      svg.element("rect", {{"x", a},
                           {"y", l.top + 2},
                           {"width", std::max(b - a, 1.0)},
                           {"height", l.height - 4},
                           {"fill", s.documented ? "url(#documented-silence)" : "url(#silence)"}});
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
    const std::string when = to_words(d);
    svg.open("g", {{"class", "agreement"}, {"data-day", iso_day(d.earliest())}});
    svg.text("title", {},
             std::string(a.name) + " (" + std::string(to_words(a.kind)) + ", " + when + ")");
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
    svg.element("path", {{"d", "M" + io::svg_number(x) + " " + io::svg_number(fy + 1) + " l" +
                                   io::svg_number(dir * 9) + " 4.5 l" + io::svg_number(-dir * 9) +
                                   " 4.5 z"},
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
      std::string what = describe(p.people, c);
      if (c.refined)
        what +=
            " (exact day: " + to_words(c.refined->date) + "; " + std::string(c.refined->note) + ")";
      svg.open("g",
               {{"class", m.tick ? "contact tick" : "contact bar"},
                {"data-contact", c.key.empty() ? std::to_string(c.id.value()) : std::string(c.key)},
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
             to_words(Date::interval(gone_from, gone_from)) + " to " +
                 to_words(Date::interval(gone_to, gone_to)) + " left out: no contact or agreement");
    svg.element("rect", {{"x", a + 3},
                         {"y", lanes_top},
                         {"width", b - a - 6},
                         {"height", lanes_bottom - lanes_top + 6},
                         {"fill", "#ffffff"},
                         {"fill-opacity", 0.75}});
    for (double edge : {a + 7, b - 7}) {
      svg.element("path", {{"d", "M" + io::svg_number(edge + 2) + " " + io::svg_number(axis_y - 6) +
                                     " l-4 12 M" + io::svg_number(edge + 2) + " " +
                                     io::svg_number(lanes_top - 6) + " l-4 12"},
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
    for (const Shading& s : l.shadings) {
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
            month_ticks ? month_abbreviation(m.month()) : std::to_string(int{m.year()});
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
                   std::to_string(int{m.year()}));
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
               a == b ? std::to_string(a)
                      : std::to_string(a) + "\u2013" + (b % 100 < 10 ? "0" : "") +
                            std::to_string(b % 100));
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
  const bool refinements = std::any_of(p.contacts.begin(), p.contacts.end(),
                                       [](const Contact& c) { return c.refined.has_value(); });
  if (refinements) {
    svg.element("circle", {{"cx", lx + 8},
                           {"cy", ly2 - 4.5},
                           {"r", 2.4},
                           {"fill", "#333333"},
                           {"stroke", "#ffffff"},
                           {"stroke-width", 0.8}});
  }
  lx += 32;
  legend_item(refinements ? "known within the span; dot: the exact day, from public record"
                          : "known within the span");
  const double ly3 = ly2 + 22;
  lx = 16;
  svg.element(
      "rect",
      {{"x", lx}, {"y", ly3 - 11}, {"width", 24}, {"height", 13}, {"fill", "url(#silence)"}});
  const std::string silence_words =
      "no contact on record at that level for " + length_words(p.min_gap_months) + " or more" +
      (p.use_refined_dates && refinements ? ", by the exact days where known" : "") +
      " (+: at least)";
  svg.text("text", {{"x", lx + 30}, {"y", ly3}}, silence_words);
  lx += 30 + text_width(silence_words, 12) + 22;
  const bool documented_any = std::any_of(lanes.begin(), lanes.end(), [](const LaneLayout& l) {
    return std::any_of(l.shadings.begin(), l.shadings.end(),
                       [](const Shading& s) { return s.documented.has_value(); });
  });
  if (documented_any) {
    svg.element("rect", {{"x", lx},
                         {"y", ly3 - 11},
                         {"width", 24},
                         {"height", 13},
                         {"fill", "url(#documented-silence)"}});
    const std::string words = "documented silence (a source says so)";
    svg.text("text", {{"x", lx + 30}, {"y", ly3}}, words);
    lx += 30 + text_width(words, 12) + 22;
  }
  if (!flags.empty()) {
    svg.element("path", {{"d", "M" + io::svg_number(lx) + " " + io::svg_number(ly3 - 9) +
                                   " l9 4.5 l-9 4.5 z"},
                         {"fill", "#2E7D32"}});
    lx += 14;
    svg.text("text", {{"x", lx}, {"y", ly3}}, "agreement");
    lx += text_width("agreement", 12) + 22;
  }
  if (scale.segments.size() > 1) {
    svg.element("path",
                {{"d", "M" + io::svg_number(lx + 5) + " " + io::svg_number(ly3 - 10) + " l-4 12 M" +
                           io::svg_number(lx + 10) + " " + io::svg_number(ly3 - 10) + " l-4 12"},
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

// The picture as a standalone SVG document.
inline std::string render_svg(const Picture& p) {
  return render_svg(p, layout(p));
}

// ---- the picture of a selection ---------------------------------------------

// How to draw the picture of a selection.
struct PictureOptions {
  // The axis: these months, or the span of what is drawn.
  std::optional<year_month> from = std::nullopt;
  std::optional<year_month> to = std::nullopt;
  int min_gap_months = 3;
  bool use_refined_dates = true;
  std::string title{};  // empty: made from the selection
  // The statements of the data: the silences they document are shaded as
  // documented silences (see Picture::statements).
  std::span<const Statement> statements{};
};

namespace detail {

// "the United States and Russia", "Antony Blinken and Sergey Lavrov".
inline std::string and_list(const std::vector<std::string>& items) {
  std::string s;
  hotline::detail::append_list(s, items.size(), [&](std::size_t i) { s += items[i]; });
  return s;
}

inline std::string state_name(Country c) {
  const std::string_view name = c.name();
  if (name == "United States" || name == "United Kingdom" || name == "Netherlands" ||
      name == "Soviet Union")
    return "the " + std::string(name);
  return std::string(name);
}

// What a picture of contacts by a medium shows: "Phone calls", "Meetings".
inline std::string drawn_by(std::optional<Medium> m) {
  if (!m) return "Contacts";
  switch (*m) {
    case Medium::telephone:
      return "Phone calls";
    case Medium::in_person:
      return "Meetings";
    case Medium::video:
      return "Video calls";
    case Medium::letter:
      return "Letters";
    case Medium::unknown:
      return "Contacts of unknown medium";
    case Medium::teletype:
      return "Teletype messages";
    case Medium::telex:
      return "Telex messages";
    case Medium::facsimile:
      return "Fax messages";
  }
  return "Contacts";
}

}  // namespace detail

// The title of the picture of a selection: what is drawn, between whom, at
// which level, over which period: "Phone calls between the United States and
// Russia at leader level, 2014–2016". `source` names the data when the
// selection names neither people nor states.
inline std::string title_of(const Selection& s, const Picture& p, std::span<const Actor> people,
                            std::string_view source) {
  std::string what = detail::drawn_by(s.medium);
  std::vector<std::string> names;
  for (ActorId id : s.people) {
    const Actor* a = nullptr;
    for (const Actor& x : people)
      if (x.id == id) a = &x;
    names.push_back(a && !a->name.empty() ? std::string(a->name) : to_words(id));
  }
  if (!names.empty()) what += (names.size() == 1 ? " of " : " between ") + detail::and_list(names);
  if (s.between)
    what += (names.empty() ? " between " : ", ") +
            detail::and_list({detail::state_name(s.between->a), detail::state_name(s.between->b)});
  // A selection of neither people nor states: the people of the contacts
  // drawn, when they are a few, else the data's name.
  if (!s.between && names.empty()) {
    std::vector<ActorId> drawn;
    for (const Contact& c : p.contacts)
      for (ActorId id : c.participants)
        if (std::find(drawn.begin(), drawn.end(), id) == drawn.end()) drawn.push_back(id);
    if (!drawn.empty() && drawn.size() <= 4) {
      std::vector<std::string> who;
      for (ActorId id : drawn) {
        const Actor* a = nullptr;
        for (const Actor& x : people)
          if (x.id == id) a = &x;
        who.push_back(a && !a->name.empty() ? std::string(a->name) : to_words(id));
      }
      std::sort(who.begin(), who.end());
      what += (who.size() == 1 ? " of " : " between ") + detail::and_list(who) + " in " +
              std::string(source);
    } else {
      what += " in " + std::string(source);
    }
  }
  if (s.level) what += " at " + std::string(to_words(*s.level)) + " level";
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
  const auto month_words = [](year_month m) { return to_words(Date::in_month(m)); };
  const bool whole_years = (!p.from || p.from->month() == std::chrono::January) &&
                           (!p.to || p.to->month() == std::chrono::December);
  if (p.from && p.to && !whole_years) {
    what += *p.from == *p.to ? ", " + month_words(*p.from)
                             : ", " + month_words(*p.from) + " to " + month_words(*p.to);
  } else if (first != 0 && last != 0) {
    what += first == last ? ", " + std::to_string(first)
                          : ", " + std::to_string(first) + "\u2013" + std::to_string(last);
  }
  return what;
}

// The picture of the contacts of `all` (the data, in any order) that `s`
// selects and that may fall on the axis o.from to o.to: their lanes, the data's horizon (the last
// day a contact of the data may fall on), the agreements whose parties include two of the states of
// a contact drawn (as flags), a title that names the data as `name`
// ("the built-in registry", "calls.csv"), and a line on what is drawn from
// `origin` ("the built-in registry (hotline::documented)", "data/calls.csv").
inline Picture picture_of(std::span<const Contact> all, std::span<const Agreement> agreements,
                          std::span<const Actor> people, const Selection& s, std::string_view name,
                          std::string_view origin, const PictureOptions& o) {
  Picture p;
  p.people = people;
  // The axis, when asked for, keeps the contacts that may fall on it.
  const Date axis = Date::interval(o.from ? sys_days{*o.from / 1} : Date::min_day,
                                   o.to ? sys_days{*o.to / std::chrono::last} : Date::max_day);
  for (const Contact& c : all)
    if (s(c) && axis.overlaps(c.date)) p.contacts.push_back(c);
  p.from = o.from;
  p.to = o.to;
  p.min_gap_months = o.min_gap_months;
  p.use_refined_dates = o.use_refined_dates;
  p.statements.assign(o.statements.begin(), o.statements.end());
  if (s.level) p.lanes = {lane_of(*s.level)};
  // Only the lanes that have contacts.
  if (!p.contacts.empty()) {
    p.lanes.clear();
    for (Lane lane : all_lanes)
      if (std::any_of(p.contacts.begin(), p.contacts.end(),
                      [&](const Contact& c) { return lane_of(c.level) == lane; }))
        p.lanes.push_back(lane);
  }
  // The data ends with the last day any of its contacts may have fallen on.
  if (!all.empty()) {
    sys_days end = Date::min_day;
    const SilenceDate date{o.use_refined_dates};
    for (const Contact& c : all) end = std::max(end, date(c).latest());
    if (o.to) end = std::min(end, sys_days{*o.to / std::chrono::last});
    p.horizon = end;
  }
  for (const Agreement& a : agreements) {
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
    const bool narrow = !s.people.empty() || s.level || s.medium;
    const bool within =
        d &&
        std::any_of(p.contacts.begin(), p.contacts.end(),
                    [&](const Contact& c) { return c.date.earliest() <= d->earliest(); }) &&
        std::any_of(p.contacts.begin(), p.contacts.end(),
                    [&](const Contact& c) { return d->latest() <= c.date.latest(); });
    if (joins_a_contact && (!narrow || within)) p.agreements.push_back(a);
  }
  p.title = o.title.empty() ? title_of(s, p, people, name) : o.title;
  // "those of the Soviet Union count for Russia".
  std::vector<std::string> former;
  if (s.between) {
    for (const Contact& c : p.contacts)
      for (Country st : c.states) {
        if (!st.is_former() || !(s.between->a.continues(st) || s.between->b.continues(st)))
          continue;
        const std::string note = "those of " + detail::state_name(st) + " count for " +
                                 detail::state_name(st.continuator());
        if (std::find(former.begin(), former.end(), note) == former.end()) former.push_back(note);
      }
  }
  p.subtitle = std::to_string(p.contacts.size()) +
               (p.contacts.size() == 1 ? " contact" : " contacts") + " from " +
               std::string(origin) + (former.empty() ? "" : "; ") + detail::and_list(former) + ".";
  return p;
}

}  // namespace hotline::timeline
