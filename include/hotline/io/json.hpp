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

inline void write_gap_note_json(JsonWriter& j, const std::optional<GapNote>& n) {
  j.begin_object();
  j.key("record").value(code_name(n ? n->record : GapRecord::not_on_record));
  j.key("statement");
  n && n->statement ? j.value(n->statement->value()) : j.null();
  j.key("source");
  n && !n->source_title.empty() ? j.value(n->source_title) : j.null();
  j.end_object();
}

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
  j.key("longest_gap_record");
  if (f.longest_gap)
    write_gap_note_json(j, f.gap_note);
  else
    j.null();
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
    j.key("silence_record");
    if (f.silence && f.silence->silence)
      write_gap_note_json(j, f.silence_note);
    else
      j.null();
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

// The statements checked: each with its words, quote and source, and per
// layer its verdict and the figures and contacts that decide it.
inline void write_statements_json(JsonWriter& j, const Report& r) {
  j.key("statements").begin_array();
  for (const CheckedStatement& cs : r.statements) {
    const Statement& st = cs.statement;
    j.begin_object();
    j.key("id").value(st.id.value());
    j.key("kind").value(code_name(st.kind));
    j.key("says").value(cs.says);
    j.key("quote").value(st.quote);
    j.key("source");
    if (st.source.ok()) {
      std::string title;
      for (const Source& src : r.dating_sources)
        if (src.id == st.source)
          title = std::string(src.title.empty() ? src.publication : src.title);
      title.empty() ? j.value(st.source.value()) : j.value(title);
    } else if (!st.cited.empty()) {
      j.value(st.cited);
    } else {
      j.null();
    }
    j.key("verdicts").begin_object();
    for (const StatementCheck& c : cs.checks) {
      j.key(code_name(c.layer)).begin_object();
      j.key("verdict").value(code_name(c.verdict));
      j.key("figures").value(hotline::detail::check_figures(st, c, r.checked_against, r.derived));
      if (st.kind == StatementKind::count || st.kind == StatementKind::within) {
        j.key("counted").begin_array().value(c.counted.min).value(c.counted.max).end_array();
      }
      if (st.kind == StatementKind::silence_since || st.kind == StatementKind::silence_length) {
        j.key("days").value(c.days);
      }
      j.key("before");
      c.before ? j.value(c.before->value()) : j.null();
      j.key("after");
      c.after ? j.value(c.after->value()) : j.null();
      j.end_object();
    }
    j.end_object();
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
// "groups": [{"level", "who", and the same figures}], "statements": [{"id",
// "kind", "says", "quote", "source", "verdicts": {"documented"|"derived"|
// "refined": {"verdict", "figures", "counted" or "days", "before",
// "after"}}}]}, with "dates" (the layer the figures are on), "complete"
// (the days the record is complete over, or null), "longest_gap_record"
// and "silence_record" ({"record": not_on_record|documented_silence|
// complete_record, "statement", "source"}). Dates are ISO 8601; absent
// figures are null.
inline std::string to_json(const Report& r) {
  JsonWriter j;
  j.begin_object();
  j.key("selection").value(r.selection);
  j.key("dates").value(code_name(r.options.layer));
  j.key("complete");
  r.options.complete ? j.value(*r.options.complete) : j.null();
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
  detail::write_statements_json(j, r);
  j.end_object();
  return std::move(j).finish();
}

}  // namespace hotline::io
