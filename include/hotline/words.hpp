// hotline's values in plain English, without {fmt}: what the formatters of
// <hotline/fmt.hpp> print, the report and the timeline write, and any
// program can use as it is.
//
//   hotline::to_words(Date::mid_month(2022, 2))     // "mid-February 2022"
//   hotline::to_words(DayRange{days{92}, days{152}})  // "92 to 152 days"
//   hotline::to_words(*longest_gap(calls))
//     // "185 to 244 days: certainly 185 days (from July 2014 to February 2015),
//     //  possibly 244 days (from June 2015 to January 2016)"
//   hotline::describe(registry, contact)
//     // "7 July 2017: Donald Trump and Vladimir Putin, meeting in Hamburg, 2 h 15 min"
//
// The words of enumerations come from their tables (<hotline/enumerators.hpp>)
// and are constexpr string_views; the words of everything else are built
// here, as std::string.
#pragma once

#include <chrono>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include <hotline/analysis/bursts.hpp>
#include <hotline/analysis/counts.hpp>
#include <hotline/analysis/gaps.hpp>
#include <hotline/analysis/input.hpp>
#include <hotline/analysis/months.hpp>
#include <hotline/hotline.hpp>
#include <hotline/registry_view.hpp>
#include <hotline/selection.hpp>
#include <hotline/statement.hpp>

namespace hotline {

namespace detail {

inline void append_number(std::string& out, long long n) {
  out += std::to_string(n);
}

// "7 July 2017", "July 2017", "2017".
inline void append_day_words(std::string& out, std::chrono::sys_days d) {
  const std::chrono::year_month_day x{d};
  append_number(out, unsigned{x.day()});
  out += ' ';
  out += to_words(x.month());
  out += ' ';
  append_number(out, int{x.year()});
}
inline void append_month_words(std::string& out, std::chrono::sys_days d) {
  const std::chrono::year_month_day x{d};
  out += to_words(x.month());
  out += ' ';
  append_number(out, int{x.year()});
}
inline void append_year_words(std::string& out, std::chrono::sys_days d) {
  append_number(out, int{std::chrono::year_month_day{d}.year()});
}

// "A", "A and B", "A, B and C": the texts name(i) appends for i in [0, n).
template <class Name>
void append_list(std::string& out, std::size_t n, Name&& name) {
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0) out += i + 1 == n ? " and " : ", ";
    name(i);
  }
}

// "1 day", "5 days".
inline std::string days_words(long long n) {
  return std::to_string(n) + (n == 1 ? " day" : " days");
}

// The words of the date of an element of a dated range: a Contact's or an
// Event's `date`, or a Date itself.
template <class T>
std::string date_words_of(const T& x);

}  // namespace detail

// A Date in words, at the precision it has: "7 July 2017", "mid-February
// 2022", "March 2014", "1973", "the 1980s", "the mid-1980s", "between 11
// September 2001 and 31 December 2001"; "invalid date" unless ok().
namespace detail {
inline std::string unqualified_words(Date date);
}

// A date in words, its qualifiers said after it: "November 2022
// (uncertain)", "2014 (approximate)", "between 2014 and 2016 (start
// uncertain, end as given)".
inline std::string to_words(Date date) {
  std::string out = detail::unqualified_words(date);
  if (!date.ok() || !date.qualified()) return out;
  const Qualifier a = date.first_qualifier();
  const Qualifier b = date.last_qualifier();
  out += " (";
  if (a == b) {
    out += to_words(a);
  } else {
    out += "start ";
    out += to_words(a);
    out += ", end ";
    out += to_words(b);
  }
  out += ')';
  return out;
}

inline std::string detail::unqualified_words(Date date) {
  using namespace detail;
  std::string out;
  if (!date.ok()) return "invalid date";
  const auto first = date.earliest();
  const auto last = date.latest();
  switch (date.precision()) {
    case Precision::day:
      append_day_words(out, first);
      return out;
    case Precision::mid_month:
      out += "mid-";
      append_month_words(out, first);
      return out;
    case Precision::month:
      append_month_words(out, first);
      return out;
    case Precision::year:
      append_year_words(out, first);
      return out;
    case Precision::decade:
      return "the " + std::to_string(year_of(first)) + "s";
    case Precision::mid_decade:
      return "the mid-" + std::to_string(year_of(first) - 4) + "s";
    case Precision::interval:
      break;
  }
  // The ends in the largest unit that fits both, as to_iso() writes them.
  void (*end)(std::string&, std::chrono::sys_days) = append_day_words;
  if (is_new_year(first) && is_new_years_eve(last)) {
    end = append_year_words;
  } else if (is_first_of_month(first) && is_last_of_month(last)) {
    end = append_month_words;
  }
  out += "between ";
  end(out, first);
  out += " and ";
  end(out, last);
  return out;
}

// "92 to 152 days", "31 days", "1 day"; "at least 12 days" when the range
// has no upper bound (max is days::max(), as an unbounded silence has).
inline std::string to_words(DayRange r) {
  const auto lo = r.min.count();
  const auto hi = r.max.count();
  if (r.max == std::chrono::days::max()) return "at least " + detail::days_words(lo);
  if (lo == hi) return detail::days_words(lo);
  return std::to_string(lo) + " to " + std::to_string(hi) + " days";
}

// "2 h 15 min", "45 min", "3 h".
inline std::string to_words(Duration d) {
  // The magnitude as unsigned, so that even the most negative value prints.
  const auto count = d.minutes().count();
  auto minutes = static_cast<std::uint64_t>(count);
  std::string out;
  if (count < 0) {
    out += '-';
    minutes = 0 - minutes;
  }
  const auto hours = minutes / 60;
  minutes %= 60;
  if (hours == 0) return out + std::to_string(minutes) + " min";
  if (minutes == 0) return out + std::to_string(hours) + " h";
  return out + std::to_string(hours) + " h " + std::to_string(minutes) + " min";
}

// "Ukraine, Syria" in the order of the enumeration; "no topics" when empty.
inline std::string to_words(Topics topics) {
  if (topics.empty()) return "no topics";
  std::string out;
  for (const Enumerator<Topic>& t : enumerators<Topic>()) {
    if (!topics.contains(t.value)) continue;
    if (!out.empty()) out += ", ";
    out += t.words;
  }
  return out;
}

// "actor 7"; "no actor" for the "no id" value 0.
template <class Tag>
std::string to_words(Id<Tag> id) {
  if (!id.ok()) return "no " + std::string(entry_kind(id));
  return std::string(entry_kind(id)) + ' ' + std::to_string(id.value());
}

// "foreign minister of RUS".
inline std::string to_words(Office o) {
  return std::string(to_words(o.role)) + " of " + std::string(o.country.code());
}

// "Secretary of Defense (USA), 2021-01-22 to present".
inline std::string to_words(const Tenure& t) {
  std::string out(t.title.empty() ? to_words(t.office.role) : t.title);
  out += " (";
  out += t.office.country.code();
  out += "), ";
  out += to_iso(t.start).view();
  out += " to ";
  out += t.end ? to_iso(*t.end).view() : std::string_view{"present"};
  return out;
}

// Al Jazeera, "Title" (March 2016).
inline std::string to_words(const Source& s) {
  std::string out(s.publication);
  if (!s.title.empty()) {
    if (!s.publication.empty()) out += ", ";
    out += '"';
    out += s.title;
    out += '"';
  }
  if (s.publication.empty() && s.title.empty()) out += to_words(s.id);
  return out + " (" + to_words(s.published) + ")";
}

// "March 2014, phone call, USA–RUS, leader level". Without states (a
// registry input before the builder derives them), the participants' ids.
// For the people's names, see describe().
inline std::string to_words(const Contact& c) {
  std::string out = to_words(c.date);
  out += ", ";
  out += to_words(c.medium);
  out += ", ";
  if (!c.states.empty()) {
    for (std::size_t i = 0; i < c.states.size(); ++i) {
      if (i > 0) out += "\u2013";
      out += c.states[i].code();
    }
  } else if (!c.participants.empty()) {
    for (std::size_t i = 0; i < c.participants.size(); ++i) {
      if (i > 0) out += "\u2013";
      out += to_words(c.participants[i]);
    }
  } else {
    out += "no participants";
  }
  out += ", ";
  out += to_words(c.level);
  out += " level";
  return out;
}

// Whom and what the ids of some data name: its people and channels (a
// registry's, or a file's). A span of actors or a Registry converts to it.
struct Names {
  std::span<const Actor> people{};
  std::span<const Channel> channels{};

  constexpr Names() = default;
  constexpr Names(std::span<const Actor> p, std::span<const Channel> c = {}) noexcept
      : people(p), channels(c) {}
  constexpr Names(const Registry& r) noexcept : people(r.actors), channels(r.channels) {}

  // "Sergey Lavrov", or "actor 9" for an id no actor has.
  std::string of(ActorId id) const {
    for (const Actor& a : people)
      if (a.id == id && !a.name.empty()) return std::string(a.name);
    return to_words(id);
  }
  // "Moscow-Washington hotline", or "channel 9".
  std::string of(ChannelId id) const {
    for (const Channel& c : channels)
      if (c.id == id && !c.name.empty()) return std::string(c.name);
    return to_words(id);
  }
};

// The people of a contact by name, "A and B" or "A, B and C", from `people`
// (an id not among them is "actor 9"); for a contact without participants
// (event data), its states by name ("United States and Russia").
inline std::string participant_words(std::span<const Actor> people, const Contact& contact) {
  std::string out;
  if (!contact.participants.empty()) {
    detail::append_list(out, contact.participants.size(), [&](std::size_t i) {
      const ActorId id = contact.participants[i];
      for (const Actor& a : people)
        if (a.id == id && !a.name.empty()) {
          out += a.name;
          return;
        }
      out += to_words(id);
    });
  } else if (!contact.states.empty()) {
    detail::append_list(out, contact.states.size(),
                        [&](std::size_t i) { out += contact.states[i].name(); });
  } else {
    out += "unknown participants";
  }
  return out;
}

// One line for a person to read, with the names of `people`: "7 July 2017:
// Donald Trump and Vladimir Putin, meeting in Hamburg, 2 h 15 min".
inline std::string describe(std::span<const Actor> people, const Contact& contact) {
  std::string out = to_words(contact.date);
  out += ": ";
  out += participant_words(people, contact);
  out += ", ";
  out += to_words(contact.medium);
  if (!contact.location.empty()) {
    out += " in ";
    out += contact.location;
  }
  if (contact.duration) out += ", " + to_words(*contact.duration);
  return out;
}

// The same, with the names of a registry's actors.
inline std::string describe(const Registry& registry, const Contact& contact) {
  return describe(registry.actors, contact);
}

// ---- results --------------------------------------------------------------

// "3 contacts", "1 contact", "2 to 3 contacts".
inline std::string to_words(CountRange n) {
  if (n.min == n.max) return std::to_string(n.min) + (n.min == 1 ? " contact" : " contacts");
  return std::to_string(n.min) + " to " + std::to_string(n.max) + " contacts";
}

// "5 months, October 2013 to February 2014", "1 month, March 2014", "no
// months".
inline std::string to_words(const MonthRun& run) {
  const auto n = run.length.count();
  if (n <= 0) return "no months";
  std::string out = std::to_string(n) + (n == 1 ? " month, " : " months, ");
  out += to_words(Date::in_month(run.first));
  if (n > 1) out += " to " + to_words(Date::in_month(run.last()));
  return out;
}

// "5 months certainly without contact (the longest run: 5 months, October
// 2013 to February 2014), 15 possibly".
inline std::string to_words(const MonthsWithout& m) {
  const auto c = m.certain.count();
  std::string out = std::to_string(c) + (c == 1 ? " month" : " months");
  out += " certainly without contact";
  if (c > 0) out += " (the longest run: " + to_words(m.longest_certain) + ")";
  return out + ", " + std::to_string(m.possible.count()) + " possibly";
}

namespace detail {

template <class T>
std::string date_words_of(const T& x) {
  return to_words(Date{date_of(x)});
}

}  // namespace detail

// "164 days, from 15 February 2022 to 29 July 2022".
template <class T>
std::string to_words(const GapBetween<T>& g) {
  return detail::days_words(g.days.count()) + ", from " + detail::date_words_of(g.from) + " to " +
         detail::date_words_of(g.to);
}

// "113 to 176 days, from between May 2022 and June 2022 to between 21 and 24
// October 2022" when the certain and the possible gap lie between the same
// two contacts; "185 to 244 days: certainly 185 days (from July 2014 to
// February 2015), possibly 244 days (from June 2015 to January 2016)" when
// they do not; one number for a gap known to the day.
template <class T>
std::string to_words(const LongestGap<T>& g) {
  if constexpr (std::equality_comparable<T>) {
    if (g.certain.from == g.possible.from && g.certain.to == g.possible.to)
      return to_words(g.days()) + ", from " + detail::date_words_of(g.certain.from) + " to " +
             detail::date_words_of(g.certain.to);
  }
  return to_words(g.days()) + ": certainly " + detail::days_words(g.certain.days.count()) +
         " (from " + detail::date_words_of(g.certain.from) + " to " +
         detail::date_words_of(g.certain.to) + "), possibly " +
         detail::days_words(g.possible.days.count()) + " (from " +
         detail::date_words_of(g.possible.from) + " to " + detail::date_words_of(g.possible.to) +
         ")";
}

// "92 to 152 days, from March 2014 to July 2014".
template <class T>
std::string to_words(const Gap<T>& g) {
  return to_words(g.days) + ", from " + detail::date_words_of(*g.from) + " to " +
         detail::date_words_of(*g.to);
}

// "247 to 256 days since mid-February 2022"; "at least 12 days since ..."
// when no contact certainly came before the day.
template <class T>
std::string to_words(const Silence<T>& s) {
  return to_words(s.days) + " since " + detail::date_words_of(s.last);
}

// "2 contacts, between 21 October 2022 and 23 October 2022".
template <class T>
std::string to_words(const Burst<T>& b) {
  return std::to_string(b.count) + (b.count == 1 ? " contact, " : " contacts, ") + to_words(b.days);
}

// ---- selections ------------------------------------------------------------

namespace detail {

// The ISO 8601 text of a window's end in the unit it is whole in: a month
// ("2022-10"), a year, or a day; "the first" and "the last" for the ends of
// the calendar.
inline std::string window_end_words(std::chrono::sys_days d, bool first) {
  if (first ? d == Date::min_day : d == Date::max_day) return first ? "the first" : "the last";
  const std::chrono::year_month_day x{d};
  const auto month = Date::in_month(x.year() / x.month());
  if (first ? d == month.earliest() : d == month.latest()) return std::string(to_iso(month).view());
  return std::string(to_iso(Date::on(x)).view());
}

}  // namespace detail

// A selection in words, with the names of `names`: "USA-RUS leader-level
// phone calls of Antony Blinken and Sergey Lavrov from 2022-01 to 2022-10";
// "contacts" when it asks nothing.
inline std::string to_words(const Selection& s, const Names& names = {}) {
  std::string out;
  if (s.between) {
    out += s.between->a.code();
    out += '-';
    out += s.between->b.code();
    out += ' ';
  }
  if (s.level) out += std::string(to_words(*s.level)) + "-level ";
  out += s.medium ? std::string(to_words(*s.medium)) + "s" : std::string("contacts");
  if (s.channel) out += " over the " + names.of(*s.channel);
  if (s.topic) out += " about " + std::string(to_words(*s.topic));
  if (!s.people.empty()) {
    out += " of ";
    detail::append_list(out, s.people.size(), [&](std::size_t i) { out += names.of(s.people[i]); });
  }
  if (s.window) {
    out += " from " + detail::window_end_words(s.window->earliest(), true);
    out += " to " + detail::window_end_words(s.window->latest(), false);
  }
  return out;
}

// ---- statements ------------------------------------------------------------

namespace detail {

// "3", "at least 2", "2 to 3": a count a source gives.
inline std::string count_said(CountRange n) {
  if (n.min == n.max) return std::to_string(n.min);
  if (n.max == static_cast<std::size_t>(-1)) return "at least " + std::to_string(n.min);
  return std::to_string(n.min) + " to " + std::to_string(n.max);
}

}  // namespace detail

// What a statement says, in words, with the names of `names`: "3 phone
// calls of Vladimir Putin and Barack Obama in 2014", "no contacts of Joe
// Biden and Vladimir Putin after mid-February 2022, as of between 24
// October 2022 and 31 October 2022", "152 to 182 days without contacts of
// Antony Blinken and Sergey Lavrov", "at least 2 contacts of ... within 3
// days", "the first contacts over the Moscow-Washington hotline in 1967".
inline std::string to_words(const Statement& s, const Names& names = {}) {
  const std::string what = to_words(s.selection, names);
  switch (s.kind) {
    case StatementKind::count:
      return detail::count_said(s.count) + " " + what + " in " + to_words(s.period);
    case StatementKind::silence_since:
      return "no " + what + " after " + to_words(s.period) + ", as of " +
             (s.as_of.ok() ? to_words(s.as_of) : std::string("its source's publication"));
    case StatementKind::silence_length:
      return to_words(s.length) + " without " + what;
    case StatementKind::within:
      return "at least " + std::to_string(s.count.min) + " " + what + " within " +
             detail::days_words(s.within.count());
    case StatementKind::first:
      return "the first " + what + " in " + to_words(s.period);
  }
  return "invalid statement";
}

}  // namespace hotline
