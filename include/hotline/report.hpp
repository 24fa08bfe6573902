// The figures of a selection, as one value: how many contacts, the first and
// the last, the longest gap (certain and possible), the months without
// contact, the bursts and the silence as of a day; over all the contacts of
// a selection and for each group of them (a level and the people, or the
// states, that spoke). gap_report prints a Report; a program can make one of
// any contacts and print it as text (to_text), with {fmt} (<hotline/fmt.hpp>)
// or as JSON (<hotline/io/json.hpp>).
//
//   hotline::ReportOptions o{.as_of = "2022-10-25"_date};
//   const hotline::Report r = hotline::make_report(contacts, o, registry.actors);
//   std::cout << hotline::to_text(r);
#pragma once

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <initializer_list>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <hotline/analysis/bursts.hpp>
#include <hotline/analysis/check.hpp>
#include <hotline/analysis/counts.hpp>
#include <hotline/analysis/gaps.hpp>
#include <hotline/analysis/months.hpp>
#include <hotline/hotline.hpp>
#include <hotline/words.hpp>

namespace hotline {

// What a report asks besides the contacts.
struct ReportOptions {
  // The months counted for "months without": [from, to], each end the
  // contacts' own when not given (a selection with no contacts and no
  // window has no months).
  std::optional<std::chrono::year_month> from = std::nullopt;
  std::optional<std::chrono::year_month> to = std::nullopt;
  // A day to report the silence on.
  std::optional<Date> as_of = std::nullopt;
  // A burst is burst_count or more contacts certainly within burst_within.
  std::size_t burst_count = 2;
  std::chrono::days burst_within{3};
  // The dates the figures are on (see DateLayer): derived, by default, from
  // the documented dates and the sources' words (make_report's `dating`).
  DateLayer layer = DateLayer::derived;
  // The days over which the data declares its record complete: a gap
  // within them is a silence of the record, not a lack of records. An
  // event file is complete for the days it covers.
  std::optional<Date> complete = std::nullopt;
};

// What a gap or a silence is, as far as the data can say: a stretch with no
// contact on record (nothing says there was none), a silence a statement
// documents (a source says there was no contact), or one within the days
// the record is complete.
enum class GapRecord : std::uint8_t { not_on_record, documented_silence, complete_record };

template <>
struct EnumeratorTable<GapRecord> {
  static constexpr std::string_view kind = "gap record";
  static constexpr Enumerator<GapRecord> items[] = {
      {GapRecord::not_on_record, "not_on_record", "no contact on record"},
      {GapRecord::documented_silence, "documented_silence", "documented silence"},
      {GapRecord::complete_record, "complete_record", "silence in a complete record"},
  };
};

// Which of them a gap is, and the statement (and its source) that
// documents it.
struct GapNote {
  GapRecord record = GapRecord::not_on_record;
  std::optional<StatementId> statement = std::nullopt;
  SourceId source{};
  std::string source_title{};  // the source's title or publication, when known

  friend bool operator==(const GapNote&, const GapNote&) = default;
};

// The months without contact of a window.
struct MonthsFigure {
  std::chrono::year_month from{};
  std::chrono::year_month to{};
  MonthsWithout months{};
};

// The silence on a day. `days.max` is days::max() when no contact certainly
// came before the day (the silence may have no beginning). Without a
// contact that may have fallen on or before the day, `since` is the first
// day of the report's window and the silence lasts at least from then.
template <class T>
struct SilenceFigure {
  std::chrono::sys_days day{};
  DayRange days{};
  std::optional<Silence<T>> silence = std::nullopt;  // the contacts that give it
  std::optional<std::chrono::sys_days> since = std::nullopt;
};

// The figures of one group of contacts (of a sorted range).
template <class T>
struct Figures {
  std::size_t contacts = 0;
  std::optional<FirstLast<T>> first_last = std::nullopt;
  std::optional<LongestGap<T>> longest_gap = std::nullopt;
  std::optional<MonthsFigure> months_without = std::nullopt;
  std::vector<Burst<T>> bursts{};
  std::optional<SilenceFigure<T>> silence = std::nullopt;
  // What the longest (possible) gap and the silence are: on record or not.
  std::optional<GapNote> gap_note = std::nullopt;
  std::optional<GapNote> silence_note = std::nullopt;
};

namespace detail {

inline std::chrono::year_month month_of(std::chrono::sys_days d) {
  const std::chrono::year_month_day x{d};
  return x.year() / x.month();
}

}  // namespace detail

// The figures of a range sorted by date, as `o` asks them, on the dates the
// elements carry (make_report puts them on the layer's); `bounds` bounds
// the days between two of them where more than their dates do (the derived
// gaps: see longest_gap). Throws std::invalid_argument for unsorted input
// or impossible dates (as the analysis functions do).
template <std::ranges::forward_range R, class Bounds = NoPairBounds>
Figures<std::ranges::range_value_t<R>> figures_of(R&& sorted, const ReportOptions& o,
                                                  Bounds bounds = {}) {
  using T = std::ranges::range_value_t<R>;
  Figures<T> f;
  f.contacts = static_cast<std::size_t>(std::ranges::distance(sorted));
  f.first_last = first_and_last(sorted);
  f.longest_gap = longest_gap(sorted, date_of, bounds);
  std::optional<std::chrono::year_month> from = o.from;
  std::optional<std::chrono::year_month> to = o.to;
  if (f.first_last) {
    if (!from) from = detail::month_of(f.first_last->first.date.earliest());
    if (!to) to = detail::month_of(f.first_last->last_day.latest());
  }
  if (from && to && !(*to < *from))
    f.months_without = {*from, *to, months_without(sorted, *from, *to)};
  f.bursts = bursts(sorted, o.burst_count, o.burst_within, Certainty::certain);
  if (o.as_of) {
    SilenceFigure<T> s;
    s.day = o.as_of->earliest();
    s.silence = silence_as_of(sorted, *o.as_of);
    if (s.silence) {
      s.days = s.silence->days;
    } else if (from) {
      s.since = std::chrono::sys_days{*from / 1};
      s.days = {std::max(std::chrono::days{0}, s.day - *s.since), std::chrono::days::max()};
    }
    if (s.silence || s.since) f.silence = s;
  }
  if (o.complete) {
    // Within the complete days, a gap is a silence of the record.
    if (f.longest_gap &&
        o.complete->contains(Date::interval(f.longest_gap->possible.from.date.earliest(),
                                            f.longest_gap->possible.to.date.latest())))
      f.gap_note = GapNote{GapRecord::complete_record};
    if (f.silence && f.silence->silence &&
        o.complete->contains(
            Date::interval(f.silence->silence->last.date.earliest(), f.silence->day)))
      f.silence_note = GapNote{GapRecord::complete_record};
  }
  return f;
}

// One group of a report: the contacts of one level between one set of
// people (or, for event data, of states).
struct ReportGroup {
  Level level = Level::unknown;
  std::string who;  // "Antony Blinken and Sergey Lavrov", "Russia and United States"
  std::vector<Contact> contacts{};
  Figures<Contact> figures{};
};

// A statement the data carries, checked on each layer of dates.
struct CheckedStatement {
  Statement statement{};
  std::string says;                      // the statement in words
  std::vector<StatementCheck> checks{};  // one per layer, documented first
};

// A report: the figures of all the contacts of a selection, and of each
// group, by level (the most senior first), then by who; and the statements
// the data carries, checked against all the data's contacts.
struct Report {
  std::string selection;  // what the contacts are, in words
  ReportOptions options{};
  Figures<Contact> all{};
  std::vector<ReportGroup> groups{};
  std::vector<CheckedStatement> statements{};
  std::vector<Contact> checked_against{};  // the contacts the statements were checked against
  std::vector<Source> dating_sources{};    // the sources of the statements' as-of days
  std::vector<DerivedDate> derived{};      // the derived dates the statements were checked on
  // What a reader must know about the data to read the figures (say, that
  // some states came from a look-up): set by whoever made the data.
  std::vector<std::string> notes{};
};

// "Barack Obama and Vladimir Putin": the names of a contact's people (from
// `people`), in alphabetical order; its states by name when it names none.
inline std::string group_name(std::span<const Actor> people, const Contact& c) {
  std::vector<std::string> names;
  if (c.participants.empty()) {
    for (Country s : c.states) names.emplace_back(s.name());
  } else {
    for (ActorId a : c.participants) {
      const Actor* found = nullptr;
      for (const Actor& p : people)
        if (p.id == a) found = &p;
      names.push_back(found && !found->name.empty() ? std::string(found->name) : to_words(a));
    }
  }
  std::ranges::sort(names);
  std::string out;
  detail::append_list(out, names.size(), [&](std::size_t i) { out += names[i]; });
  return out;
}

// Each statement checked against `contacts` on each of `layers` (derived
// and refined with `dating`).
inline std::vector<CheckedStatement> check_statements(
    std::span<const Contact> contacts, std::span<const Statement> statements, const Names& names,
    std::initializer_list<DateLayer> layers = {DateLayer::documented, DateLayer::derived,
                                               DateLayer::refined},
    const Dating& dating = {}) {
  std::vector<CheckedStatement> out;
  for (const Statement& st : statements) {
    CheckedStatement c{st, to_words(st, names), {}};
    for (DateLayer l : layers) c.checks.push_back(check(contacts, st, l, dating));
    out.push_back(std::move(c));
  }
  return out;
}

namespace detail {

inline GapNote documented_by(const Statement& st, const Dating& dating) {
  GapNote n{GapRecord::documented_silence, st.id, st.source, {}};
  for (const Source& src : dating.sources)
    if (src.id == st.source)
      n.source_title = std::string(src.title.empty() ? src.publication : src.title);
  return n;
}

// The statement that documents the gap from a to b (a silence of a length
// between them), or the silence since a (a silence since a date its
// selection's last contact comes before), if any.
inline std::optional<GapNote> gap_statement(std::span<const Statement> statements, const Contact& a,
                                            const Contact* b, const Dating& dating) {
  for (const Statement& st : statements) {
    if (b != nullptr && st.kind == StatementKind::silence_length && st.from && st.to &&
        *st.from == a.id && *st.to == b->id)
      return documented_by(st, dating);
    if (b == nullptr && st.kind == StatementKind::silence_since && st.selection(a) &&
        st.period.ok() && a.date.earliest() <= st.period.latest())
      return documented_by(st, dating);
  }
  return std::nullopt;
}

inline void note_gaps(Figures<Contact>& f, std::span<const Statement> statements,
                      const Dating& dating) {
  if (f.longest_gap) {
    auto n = gap_statement(statements, f.longest_gap->possible.from, &f.longest_gap->possible.to,
                           dating);
    if (!n)
      n = gap_statement(statements, f.longest_gap->certain.from, &f.longest_gap->certain.to,
                        dating);
    if (n) f.gap_note = std::move(n);
  }
  if (f.silence && f.silence->silence)
    if (auto n = gap_statement(statements, f.silence->silence->last, nullptr, dating))
      f.silence_note = std::move(n);
}

}  // namespace detail

// The report of contacts sorted by date: their figures, and each group's.
// `names` names the participants and channels; `selection` says what the
// contacts are. The statements are checked against `all_contacts` (every
// contact the data holds, not only the selection's: a statement has a
// selection of its own).
//
// The figures are on the dates of o.layer: `dating` gives the derived dates
// and gaps (a registry's dating(), or derive_dates over data read at run
// time); the contacts of the report carry the dates of that layer. A gap or
// silence that a statement documents says so (GapNote); `statements` are
// also checked on every layer.
inline Report make_report(std::span<const Contact> sorted, const ReportOptions& o,
                          const Names& names, std::string selection,
                          std::span<const Statement> statements = {},
                          std::span<const Contact> all_contacts = {}, const Dating& dating = {},
                          std::optional<std::span<const Statement>> documenting = std::nullopt) {
  // The statements whose silences the report's gaps may be: those checked,
  // unless the caller names others (all of the data's, for a selection).
  const std::span<const Statement> silences_said = documenting ? *documenting : statements;
  Report r;
  r.statements =
      check_statements(all_contacts, statements, names,
                       {DateLayer::documented, DateLayer::derived, DateLayer::refined}, dating);
  r.checked_against.assign(all_contacts.begin(), all_contacts.end());
  r.dating_sources.assign(dating.sources.begin(), dating.sources.end());
  r.derived.assign(dating.dates.begin(), dating.dates.end());
  r.selection = std::move(selection);
  r.options = o;
  const std::vector<Contact> dated = on_layer(sorted, o.layer, dating);
  const auto figures = [&](std::span<const Contact> cs) {
    Figures<Contact> f = o.layer == DateLayer::documented ? figures_of(cs, o)
                         : o.layer == DateLayer::derived
                             ? figures_of(cs, o, DerivedGapOf{dating.gaps})
                             : figures_of(cs, o, RefinedGapOf{dating.gaps});
    detail::note_gaps(f, silences_said, dating);
    return f;
  };
  r.all = figures(dated);
  std::map<std::pair<Level, std::string>, std::vector<Contact>> groups;
  for (const Contact& c : dated) groups[{c.level, group_name(names.people, c)}].push_back(c);
  for (auto& [key, contacts] : groups) {
    ReportGroup g{key.first, key.second, std::move(contacts), {}};
    g.figures = figures(g.contacts);
    r.groups.push_back(std::move(g));
  }
  return r;
}

// ---- as text ----------------------------------------------------------------

namespace detail {

// A date in words ("March 2014", "mid-February 2022"), but an interval,
// which reads better as ISO 8601 (2017-01-20/2017-07-06) in a list.
inline std::string report_date(Date d) {
  return d.precision() == Precision::interval ? std::string(to_iso(d).view()) : to_words(d);
}

inline std::string report_run(const MonthRun& run) {
  if (run.length.count() == 0) return "none";
  const auto n = run.length.count();
  if (n == 1) return "1 month (" + to_words(Date::in_month(run.first)) + ")";
  return std::to_string(n) + " months (" + to_words(Date::in_month(run.first)) + " to " +
         to_words(Date::in_month(run.last())) + ")";
}

// "; no contact on record", "; documented silence (statement 6: <title>)".
inline std::string gap_note_words(const std::optional<GapNote>& n) {
  if (!n) return "; " + std::string(to_words(GapRecord::not_on_record));
  std::string out = "; " + std::string(to_words(n->record));
  if (n->statement) {
    out += " (" + to_words(*n->statement);
    if (!n->source_title.empty()) out += ": " + n->source_title;
    out += ")";
  }
  return out;
}

template <class T>
void append_figures(std::string& out, const Figures<T>& f, const ReportOptions& o,
                    std::string_view indent) {
  const auto line = [&](std::string_view label, const std::string& text) {
    out += indent;
    out += label;
    out += text;
    out += '\n';
  };
  if (f.longest_gap) {
    const LongestGap<T>& g = *f.longest_gap;
    if (g.certain.from == g.possible.from && g.certain.to == g.possible.to) {
      line("longest gap     ", to_words(g.days()) + ", from " + report_date(g.possible.from.date) +
                                   " to " + report_date(g.possible.to.date) +
                                   gap_note_words(f.gap_note));
    } else {
      line("longest gap     ",
           to_words(g.days()) + ": certainly " + days_words(g.certain.days.count()) + " (" +
               report_date(g.certain.from.date) + " to " + report_date(g.certain.to.date) +
               "), possibly " + days_words(g.possible.days.count()) + " (" +
               report_date(g.possible.from.date) + " to " + report_date(g.possible.to.date) + ")" +
               gap_note_words(f.gap_note));
    }
  }
  // A month possibly without contact may be empty on its own, but a run of
  // them need not be empty all at once: only the certain run is a silence.
  if (f.months_without) {
    const MonthsFigure& m = *f.months_without;
    line("months without  ",
         to_words(Date::in_month(m.from)) + " to " + to_words(Date::in_month(m.to)) + ": " +
             std::to_string(m.months.certain.count()) +
             " certainly (longest run: " + report_run(m.months.longest_certain) + "), " +
             std::to_string(m.months.possible.count()) + " possibly");
  }
  for (const Burst<T>& b : f.bursts)
    line("burst           ", std::to_string(b.count) + " contacts certainly within " +
                                 std::to_string(o.burst_within.count()) + " days, " +
                                 report_date(b.first.date) + " to " + report_date(b.last.date));
  if (o.as_of) {
    const std::string label = "silence on " + std::string(to_iso(*o.as_of).view()) + "  ";
    if (!f.silence) {
      line(label, "no contact on or before that day");
    } else if (f.silence->silence) {
      line(label, to_words(f.silence->days) + " since " +
                      report_date(f.silence->silence->last.date) + gap_note_words(f.silence_note));
    } else {
      line(label, "no contact on or before that day: " + to_words(f.silence->days) + " since " +
                      to_words(Date::on(std::chrono::year_month_day{*f.silence->since})) +
                      ", the window's first day");
    }
  }
}

// The figures that decide a statement on one layer, in words.
inline std::string check_figures(const Statement& st, const StatementCheck& c,
                                 std::span<const Contact> contacts,
                                 std::span<const DerivedDate> derived = {}) {
  const auto date_of_id = [&](std::optional<ContactId> id) -> std::string {
    if (!id) return "no contact";
    for (const Contact& x : contacts)
      if (x.id == *id)
        return report_date(c.layer == DateLayer::refined   ? RefinedOrDerivedDateOf{derived}(x)
                           : c.layer == DateLayer::derived ? DerivedDateOf{derived}(x)
                                                           : x.date);
    return to_words(*id);
  };
  switch (st.kind) {
    case StatementKind::count:
      return to_words(c.counted);
    case StatementKind::within:
      return (c.counted.min == c.counted.max
                  ? std::to_string(c.counted.min)
                  : std::to_string(c.counted.min) + " to " + std::to_string(c.counted.max)) +
             " within " + days_words(st.within.count());
    case StatementKind::first:
      if (c.contacts == 0) return "no contact";
      return std::string(c.first_day.precision() == Precision::day ? "the first on "
                                                                   : "the first in ") +
             report_date(c.first_day);
    case StatementKind::silence_since:
      if (!c.before) return "no contact before that day";
      return to_words(c.days) + " since " + date_of_id(c.before) +
             (c.after ? ", but a contact may fall after the date: " + date_of_id(c.after) : "");
    case StatementKind::silence_length:
      if (c.contacts < 2) return "fewer than two contacts";
      return to_words(c.days) + " (" + date_of_id(c.before) + " to " + date_of_id(c.after) + ")";
  }
  return {};
}

inline void append_statements(std::string& out, const Report& r) {
  out += "\nThe statements the data carries\n";
  for (const CheckedStatement& cs : r.statements) {
    // "[holds]" when every layer agrees, "[allowed; refined: holds]" when not.
    std::string verdict(code_name(cs.checks.front().verdict));
    for (std::size_t i = 1; i < cs.checks.size(); ++i)
      if (cs.checks[i].verdict != cs.checks.front().verdict)
        verdict += "; " + std::string(code_name(cs.checks[i].layer)) + ": " +
                   std::string(code_name(cs.checks[i].verdict));
    out += "  [" + verdict + "] " + cs.says + "\n";
    std::string figures;
    for (const StatementCheck& c : cs.checks) {
      if (!figures.empty()) figures += "; ";
      figures += std::string(code_name(c.layer)) + ": " +
                 check_figures(cs.statement, c, r.checked_against, r.derived);
    }
    out += "      " + figures + "\n";
    out += "      \"" + std::string(cs.statement.quote) + "\"\n";
  }
}

}  // namespace detail

// The report as text, as gap_report prints it: the selection, its figures,
// and each group's, by level.
inline std::string to_text(const Report& r) {
  std::string out = "Gap report: " + r.selection + "\n";
  out += "Dates: " + std::string(to_words(r.options.layer));
  if (r.options.layer == DateLayer::derived)
    out += " (the documented dates, tightened by the sources' words: relations and statements)";
  else if (r.options.layer == DateLayer::refined)
    out += " (the exact days of public record where known, else derived)";
  out += "\n";
  if (r.options.complete)
    out += "Record complete over " + std::string(to_iso(*r.options.complete).view()) + "\n";
  for (const std::string& note : r.notes) {
    out += "Note: ";
    out += note;
    out += '\n';
  }
  const Figures<Contact>& all = r.all;
  if (all.contacts == 0) {
    out += "No contacts.\n";
    detail::append_figures(out, all, r.options, "  ");
    if (!r.statements.empty()) detail::append_statements(out, r);
    return out;
  }
  out += std::to_string(all.contacts) + (all.contacts == 1 ? " contact" : " contacts") + ", from " +
         detail::report_date(all.first_last->first.date) + " to " +
         detail::report_date(all.first_last->last.date) + "\n";
  detail::append_figures(out, all, r.options, "  ");
  std::optional<Level> level;
  for (const ReportGroup& g : r.groups) {
    if (g.level != level) {
      level = g.level;
      // (Piece by piece: GCC 12 at -O3 warns, wrongly, for "literal" + string.)
      out += '\n';
      out += to_words(g.level);
      out += " level\n";
    }
    const Figures<Contact>& f = g.figures;
    if (f.contacts == 1) {
      out += "  " + g.who + ": 1 contact, " + detail::report_date(g.contacts.front().date) + "\n";
    } else {
      out += "  " + g.who + ": " + std::to_string(f.contacts) + " contacts, " +
             detail::report_date(f.first_last->first.date) + " to " +
             detail::report_date(f.first_last->last.date) + "\n";
    }
    if (f.contacts > 1 || r.options.as_of) detail::append_figures(out, f, r.options, "    ");
  }
  if (!r.statements.empty()) detail::append_statements(out, r);
  return out;
}

}  // namespace hotline
