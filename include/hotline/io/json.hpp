// The JSON of a Report (<hotline/report.hpp>), as gap_report --format json
// prints it, written with <hotline/io/json_writer.hpp> (included).
//
//   std::cout << hotline::io::to_json(report) << '\n';
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <hotline/hotline.hpp>
#include <hotline/io/json_writer.hpp>
#include <hotline/report.hpp>

namespace hotline::io {

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
