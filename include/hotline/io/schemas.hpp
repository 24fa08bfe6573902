// The columns of hotline's CSV tables (contacts, actors with their
// tenures, channels, agreements, sources) and how one row of each is written
// and read: one Schema per table, which TableReader and TableWriter
// (<hotline/io/tables.hpp>) use. docs/io.md documents every column.
#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <hotline/hotline.hpp>
#include <hotline/io/csv_records.hpp>
#include <hotline/io/fields.hpp>
#include <hotline/io/file_people.hpp>

namespace hotline::io {

// One row of the actors table: an actor, and one of its tenures (none for an
// actor listed without offices).
struct ActorRow {
  Actor actor{};
  std::optional<Tenure> tenure{};

  friend constexpr bool operator==(const ActorRow&, const ActorRow&) = default;
};

// What the contacts table needs besides its rows. `actors`: an actors table
// given with the file (its ids and names; participants are written by
// name from it). `tenures`: their offices, from which a row that names
// people but no countries gets its states and level. `look_up`: a registry
// (the built-in one) in whose people such a row's names are looked up when
// the actors table has no office of theirs; nullptr for none.
struct TableContext {
  std::span<const Actor> actors{};
  std::span<const Tenure> tenures{};
  const Registry* look_up = nullptr;
};

namespace detail {

template <class Entry>
struct Schema;

// contacts: id, date (ISO 8601 / EDTF, any precision), participants (names,
// ';'-separated; "#17" for an id with no actor), countries (alpha-3 codes
// or names, ';'), level, channel (id), medium, initiator (name), location,
// duration_min, topics (';'), source (an id, or any text: kept as `cited`),
// quote, refined_date, refined_note, reports, participant_ids (';'),
// initiator_id. Only date, and participants or countries, are required;
// an absent column is "not known". An id that is not a number is kept as
// the contact's key, its id then the line it starts on (as for a row with
// no id). Participants are the actors table's (TableContext), or new actors
// of the file's own (TableReader::people()). A row with participants and no
// countries gets its states and level from the offices the context gives
// (TableContext::tenures, look_up), or, when it gives none, keeps them empty
// (for a registry's builder to derive).
template <>
struct Schema<Contact> {
  enum Column : std::size_t {
    id,
    date,
    participants,
    countries,
    level,
    channel,
    medium,
    initiator,
    location,
    duration_min,
    topics,
    source,
    quote,
    refined_date,
    refined_note,
    reports,
    participant_ids,
    initiator_id,
    count
  };
  static constexpr std::string_view kind = "contact";
  static constexpr std::array<std::string_view, count> columns{
      "id",     "date",         "participants", "countries",    "level",           "channel",
      "medium", "initiator",    "location",     "duration_min", "topics",          "source",
      "quote",  "refined_date", "refined_note", "reports",      "participant_ids", "initiator_id"};
  static constexpr std::array<bool, count> required{false, true};
  // The columns that hold a date, each written with its earliest and latest
  // day and its precision beside (TableWriter).
  static constexpr std::array<std::size_t, 2> date_columns{date, refined_date};
  // For JSON (write_jsonl): the columns that hold ';'-separated lists, and
  // those whose values (or items) are numbers when written as digits.
  static constexpr std::array<std::size_t, 4> list_columns{participants, countries, topics,
                                                           participant_ids};
  static constexpr std::array<std::size_t, 7> number_columns{
      id, channel, duration_min, source, reports, participant_ids, initiator_id};

  struct Context {
    explicit Context(const TableContext& c)
        : names(c.actors), people(c.actors, false), states(c.actors, c.tenures, c.look_up) {}
    ActorNames names;
    FilePeople people;
    StateFinder states;
    std::uint64_t line = 0;
  };

  // A header must name the participants or the states; with an id column
  // for people, new names need ids.
  static std::optional<std::string> check_header(std::span<const int, count> at, Context& ctx) {
    if (at[participants] < 0 && at[countries] < 0 && at[participant_ids] < 0)
      return "the contact header needs a participants or a countries column";
    ctx.people.set_ids_given(at[participant_ids] >= 0 || at[initiator_id] >= 0);
    return std::nullopt;
  }

  template <class Put>
  static void write(Put&& put, CsvWriter& w, const Contact& c, const Context& ctx) {
    std::string& s = w.scratch();
    // The id is always written, 0 too: an empty one reads as the line.
    if (!c.key.empty()) {
      s = c.key;
    } else {
      s = std::to_string(c.id.value());
    }
    put(s);
    put(to_iso(c.date).view());
    s.clear();
    for (std::size_t i = 0; i < c.participants.size(); ++i) {
      if (i > 0) s += ';';
      ctx.names.append_name(s, c.participants[i]);
    }
    put(s);
    s.clear();
    append_countries(s, c.states);
    put(s);
    put(code_name(c.level));
    s.clear();
    if (c.channel.ok()) append_id(s, c.channel);
    put(s);
    put(code_name(c.medium));
    s.clear();
    if (c.initiator) ctx.names.append_name(s, *c.initiator);
    put(s);
    put(c.location);
    s.clear();
    if (c.duration) s += std::to_string(c.duration->minutes().count());
    put(s);
    s.clear();
    for (std::size_t t = 0; t < topic_count; ++t) {
      if (!c.topics.contains(static_cast<Topic>(t))) continue;
      if (!s.empty()) s += ';';
      s += code_name(static_cast<Topic>(t));
    }
    put(s);
    s.clear();
    if (!c.cited.empty()) {
      s = c.cited;
    } else if (c.source.ok()) {
      append_id(s, c.source);
    }
    put(s);
    put(c.quote);
    s.clear();
    append_refined(s, c.refined);
    put(s);
    put(c.refined ? c.refined->note : std::string_view{});
    put(std::to_string(c.reports));
    s.clear();
    for (std::size_t i = 0; i < c.participants.size(); ++i) {
      if (i > 0) s += ';';
      append_id(s, c.participants[i]);
    }
    put(s);
    s.clear();
    if (c.initiator) append_id(s, *c.initiator);
    put(s);
  }

  // The actors of a ';'-separated list of names and one of ids (either may
  // be empty; both given, they pair up).
  static bool parse_people(std::string_view names, std::string_view ids, Context& ctx,
                           Participants& out, std::string& why) {
    // Fixed arrays, not vectors: reading a row allocates nothing.
    std::array<std::string_view, max_participants> name_items{};
    std::array<ActorId, max_participants> id_items{};
    std::size_t names_n = 0;
    std::size_t ids_n = 0;
    const auto too_many = [&] {
      why = "more than " + std::to_string(max_participants) + " participants";
      return false;
    };
    if (!for_each_item(names, why, [&](std::string_view item) {
          if (names_n == max_participants) return too_many();
          name_items[names_n++] = item;
          return true;
        }))
      return false;
    if (!for_each_item(ids, why, [&](std::string_view item) {
          if (ids_n == max_participants) return too_many();
          if (!parse_id(item, id_items[ids_n], why)) return false;
          ++ids_n;
          return true;
        }))
      return false;
    if (names_n != 0 && ids_n != 0 && names_n != ids_n) {
      why = "participants names " + std::to_string(names_n) + " people and participant_ids gives " +
            std::to_string(ids_n) + " ids";
      return false;
    }
    const std::size_t n = std::max(names_n, ids_n);
    for (std::size_t i = 0; i < n; ++i) {
      const std::string_view name = i < names_n ? name_items[i] : std::string_view{};
      const std::optional<ActorId> id =
          i < ids_n ? std::optional<ActorId>(id_items[i]) : std::nullopt;
      const auto a = ctx.people.resolve(name, id, ctx.line, why);
      if (!a) return false;
      if (out.contains(*a)) {
        const std::string_view known = ctx.people.name_of(*a);
        why = (known.empty() ? "actor " + std::to_string(a->value()) : quoted(known)) +
              " is named twice";
        return false;
      }
      out.push_back(*a);
    }
    return true;
  }

  template <class Get>
  static std::optional<FieldError> parse(Get&& get, Context& ctx, Contact& c) {
    c = Contact{};
    std::string why;
    const auto bad = [&](std::size_t column) { return FieldError{column, std::move(why)}; };
    const std::string_view written_id = trimmed(get(id));
    if (written_id.empty()) {
      c.id = ContactId{static_cast<std::uint32_t>(ctx.line)};
    } else if (!parse_id(written_id, c.id, why)) {
      why.clear();
      c.id = ContactId{static_cast<std::uint32_t>(ctx.line)};
      c.key = written_id;
    }
    if (!parse_date(get(date), c.date, why)) return bad(date);
    const std::string_view ids = get(participant_ids);
    if (!parse_people(get(participants), ids, ctx, c.participants, why))
      return bad(ids.empty() ? participants : participant_ids);
    if (!parse_countries(get(countries), c.states, why)) return bad(countries);
    if (!c.participants.empty() && c.states.size() > c.participants.size()) {
      why = std::to_string(c.states.size()) + " states for " +
            std::to_string(c.participants.size()) +
            " participants: each state is that of one participant or more";
      return bad(countries);
    }
    if (!trimmed(get(level)).empty() && !parse_enum(get(level), c.level, why)) return bad(level);
    if (!parse_id(get(channel), c.channel, why)) return bad(channel);
    if (!trimmed(get(medium)).empty() && !parse_enum(get(medium), c.medium, why))
      return bad(medium);
    if (!get(initiator_id).empty() || !get(initiator).empty()) {
      std::optional<ActorId> given;
      if (!parse_optional_id(get(initiator_id), given, why)) return bad(initiator_id);
      c.initiator = ctx.people.resolve(get(initiator), given, ctx.line, why);
      if (!c.initiator) return bad(get(initiator_id).empty() ? initiator : initiator_id);
    }
    c.location = get(location);
    if (!trimmed(get(duration_min)).empty()) {
      std::chrono::minutes::rep m = 0;
      if (!parse_integer(trimmed(get(duration_min)), m, why)) return bad(duration_min);
      if (m < 0) {
        why = "a duration cannot be negative";
        return bad(duration_min);
      }
      c.duration = Duration{std::chrono::minutes{m}};
    }
    const bool topics_ok = for_each_item(get(topics), why, [&](std::string_view item) {
      Topic t{};
      if (!parse_enum(item, t, why)) return false;
      c.topics.add(t);
      return true;
    });
    if (!topics_ok) return bad(topics);
    if (!parse_id(get(source), c.source, why)) {
      why.clear();
      c.source = SourceId{};
      c.cited = trimmed(get(source));
    }
    c.quote = get(quote);
    std::size_t column = 0;
    if (!parse_refined(get(refined_date), get(refined_note), c.refined, why, refined_date,
                       refined_note, column))
      return bad(column);
    if (!trimmed(get(reports)).empty() && !parse_integer(trimmed(get(reports)), c.reports, why))
      return bad(reports);
    if (c.states.empty() && !c.participants.empty() && ctx.states.can_find() &&
        !ctx.states.find(ctx.people, c, why))
      return bad(participants);
    return std::nullopt;
  }

  static void keep(Contact& c, Interner& text) {
    c.key = text.keep(c.key);
    c.cited = text.keep(c.cited);
    c.location = text.keep(c.location);
    c.quote = text.keep(c.quote);
    if (c.refined) c.refined->note = text.keep(c.refined->note);
  }
};

// actors: one row per tenure, the actor's id and name repeated on each; an
// actor without tenures has one row with the tenure columns empty. Columns:
// id, name, role, country (alpha-3), title, start, end ("" while in office),
// source (the tenure's source id).
template <>
struct Schema<ActorRow> {
  enum Column : std::size_t { id, name, role, country, title, start, end, source, count };
  static constexpr std::string_view kind = "actor";
  static constexpr std::array<std::string_view, count> columns{"id",    "name",  "role", "country",
                                                               "title", "start", "end",  "source"};
  static constexpr std::array<bool, count> required{true, true};
  static constexpr std::array<std::size_t, 2> date_columns{start, end};
  static constexpr std::array<std::size_t, 0> list_columns{};
  static constexpr std::array<std::size_t, 2> number_columns{id, source};

  struct Context {
    explicit Context(const TableContext&) {}
  };

  template <class Put>
  static void write(Put&& put, CsvWriter& w, const ActorRow& r, const Context&) {
    std::string& s = w.scratch();
    append_id(s, r.actor.id);  // 0 too: a row is never written empty
    put(s);
    put(r.actor.name);
    if (!r.tenure) {
      for (std::size_t i = role; i < count; ++i) put({});
      return;
    }
    const Tenure& t = *r.tenure;
    put(code_name(t.office.role));
    put(t.office.country.code());
    put(t.title);
    put(to_iso(t.start).view());
    put(t.end ? to_iso(*t.end).view() : std::string_view{});
    s.clear();
    if (t.source.ok()) append_id(s, t.source);
    put(s);
  }

  template <class Get>
  static std::optional<FieldError> parse(Get&& get, const Context&, ActorRow& r) {
    r = ActorRow{};
    std::string why;
    const auto bad = [&](std::size_t column) { return FieldError{column, std::move(why)}; };
    if (!parse_id(get(id), r.actor.id, why)) return bad(id);
    r.actor.name = get(name);
    if (trimmed(r.actor.name).empty()) {
      why = "an actor needs a name";
      return bad(name);
    }
    if (get(role).empty()) {
      for (std::size_t i = country; i < count; ++i)
        if (!get(i).empty()) {
          why = "tenure column given without a role";
          return bad(i);
        }
      return std::nullopt;
    }
    Tenure t;
    t.actor = r.actor.id;
    if (!parse_enum(get(role), t.office.role, why)) return bad(role);
    if (!parse_country(get(country), t.office.country, why)) return bad(country);
    t.title = get(title);
    if (!parse_date(get(start), t.start, why)) return bad(start);
    if (!parse_optional_date(get(end), t.end, why)) return bad(end);
    if (!parse_id(get(source), t.source, why)) return bad(source);
    r.tenure = t;
    return std::nullopt;
  }

  static void keep(ActorRow& r, Interner& text) {
    r.actor.name = text.keep(r.actor.name);
    if (r.tenure) r.tenure->title = text.keep(r.tenure->title);
  }
};

// channels: id, name, level, established, established_by (agreement id),
// media (';'-separated medium@date, in the order taken up:
// "teletype@1963-08-30;telephone@1991"), ended, source (id), quote.
template <>
struct Schema<Channel> {
  enum Column : std::size_t {
    id,
    name,
    level,
    established,
    established_by,
    media,
    ended,
    source,
    quote,
    count
  };
  static constexpr std::string_view kind = "channel";
  static constexpr std::array<std::string_view, count> columns{
      "id", "name", "level", "established", "established_by", "media", "ended", "source", "quote"};
  static constexpr std::array<bool, count> required{true, true};
  static constexpr std::array<std::size_t, 2> date_columns{established, ended};
  static constexpr std::array<std::size_t, 1> list_columns{media};
  static constexpr std::array<std::size_t, 3> number_columns{id, established_by, source};

  struct Context {
    explicit Context(const TableContext&) {}
  };

  template <class Put>
  static void write(Put&& put, CsvWriter& w, const Channel& c, const Context&) {
    std::string& s = w.scratch();
    append_id(s, c.id);  // 0 too: a row is never written empty
    put(s);
    put(c.name);
    put(code_name(c.level));
    put(to_iso(c.established).view());
    s.clear();
    if (c.established_by) append_id(s, *c.established_by);
    put(s);
    s.clear();
    for (const MediumSince& m : c.media) {
      if (!s.empty()) s += ';';
      s += code_name(m.medium);
      s += '@';
      s += to_iso(m.since).view();
    }
    put(s);
    put(c.ended ? to_iso(*c.ended).view() : std::string_view{});
    s.clear();
    if (c.source.ok()) append_id(s, c.source);
    put(s);
    put(c.quote);
  }

  template <class Get>
  static std::optional<FieldError> parse(Get&& get, const Context&, Channel& c) {
    c = Channel{};
    std::string why;
    const auto bad = [&](std::size_t column) { return FieldError{column, std::move(why)}; };
    if (!parse_id(get(id), c.id, why)) return bad(id);
    c.name = get(name);
    if (!trimmed(get(level)).empty() && !parse_enum(get(level), c.level, why)) return bad(level);
    if (!parse_date(get(established), c.established, why)) return bad(established);
    if (!parse_optional_id(get(established_by), c.established_by, why)) return bad(established_by);
    const bool media_ok = for_each_item(get(media), why, [&](std::string_view item) {
      const std::size_t at = item.find('@');
      if (at == std::string_view::npos) {
        why = "bad media item " + quoted(item) + ": expected medium@date";
        return false;
      }
      MediumSince m;
      if (!parse_enum(item.substr(0, at), m.medium, why)) return false;
      if (!parse_date(item.substr(at + 1), m.since, why)) return false;
      if (c.media.size() == c.media.capacity()) {
        why = "more than " + std::to_string(c.media.capacity()) + " media";
        return false;
      }
      c.media.push_back(m);
      return true;
    });
    if (!media_ok) return bad(media);
    if (!parse_optional_date(get(ended), c.ended, why)) return bad(ended);
    if (!parse_id(get(source), c.source, why)) return bad(source);
    c.quote = get(quote);
    return std::nullopt;
  }

  static void keep(Channel& c, Interner& text) {
    c.name = text.keep(c.name);
    c.quote = text.keep(c.quote);
  }
};

// agreements: id, name, kind, parties (alpha-3 codes, ';'), signed, in_force,
// status, source (id), reached_at (contact id), quote, refined_date,
// refined_note.
template <>
struct Schema<Agreement> {
  enum Column : std::size_t {
    id,
    name,
    kind_,
    parties,
    signed_on,
    in_force,
    status,
    source,
    reached_at,
    quote,
    refined_date,
    refined_note,
    count
  };
  static constexpr std::string_view kind = "agreement";
  static constexpr std::array<std::string_view, count> columns{
      "id",     "name",   "kind",       "parties", "signed",       "in_force",
      "status", "source", "reached_at", "quote",   "refined_date", "refined_note"};
  static constexpr std::array<bool, count> required{true, true};
  static constexpr std::array<std::size_t, 3> date_columns{signed_on, in_force, refined_date};
  static constexpr std::array<std::size_t, 1> list_columns{parties};
  static constexpr std::array<std::size_t, 3> number_columns{id, source, reached_at};

  struct Context {
    explicit Context(const TableContext&) {}
  };

  template <class Put>
  static void write(Put&& put, CsvWriter& w, const Agreement& a, const Context&) {
    std::string& s = w.scratch();
    append_id(s, a.id);  // 0 too: a row is never written empty
    put(s);
    put(a.name);
    put(code_name(a.kind));
    s.clear();
    append_countries(s, a.parties);
    put(s);
    put(a.signed_on ? to_iso(*a.signed_on).view() : std::string_view{});
    put(a.in_force ? to_iso(*a.in_force).view() : std::string_view{});
    put(code_name(a.status));
    s.clear();
    if (a.source.ok()) append_id(s, a.source);
    put(s);
    s.clear();
    if (a.reached_at) append_id(s, *a.reached_at);
    put(s);
    put(a.quote);
    s.clear();
    append_refined(s, a.refined);
    put(s);
    put(a.refined ? a.refined->note : std::string_view{});
  }

  template <class Get>
  static std::optional<FieldError> parse(Get&& get, const Context&, Agreement& a) {
    a = Agreement{};
    std::string why;
    const auto bad = [&](std::size_t column) { return FieldError{column, std::move(why)}; };
    if (!parse_id(get(id), a.id, why)) return bad(id);
    a.name = get(name);
    if (!trimmed(get(kind_)).empty() && !parse_enum(get(kind_), a.kind, why)) return bad(kind_);
    if (!parse_countries(get(parties), a.parties, why)) return bad(parties);
    if (!parse_optional_date(get(signed_on), a.signed_on, why)) return bad(signed_on);
    if (!parse_optional_date(get(in_force), a.in_force, why)) return bad(in_force);
    if (!trimmed(get(status)).empty() && !parse_enum(get(status), a.status, why))
      return bad(status);
    if (!parse_id(get(source), a.source, why)) return bad(source);
    if (!parse_optional_id(get(reached_at), a.reached_at, why)) return bad(reached_at);
    a.quote = get(quote);
    std::size_t column = 0;
    if (!parse_refined(get(refined_date), get(refined_note), a.refined, why, refined_date,
                       refined_note, column))
      return bad(column);
    return std::nullopt;
  }

  static void keep(Agreement& a, Interner& text) {
    a.name = text.keep(a.name);
    a.quote = text.keep(a.quote);
    if (a.refined) a.refined->note = text.keep(a.refined->note);
  }
};

// sources: id, publication, title, author, published, locator, note.
template <>
struct Schema<Source> {
  enum Column : std::size_t { id, publication, title, author, published, locator, note, count };
  static constexpr std::string_view kind = "source";
  static constexpr std::array<std::string_view, count> columns{
      "id", "publication", "title", "author", "published", "locator", "note"};
  static constexpr std::array<bool, count> required{true, false, false, false, true};
  static constexpr std::array<std::size_t, 1> date_columns{published};
  static constexpr std::array<std::size_t, 0> list_columns{};
  static constexpr std::array<std::size_t, 1> number_columns{id};

  struct Context {
    explicit Context(const TableContext&) {}
  };

  template <class Put>
  static void write(Put&& put, CsvWriter& w, const Source& s, const Context&) {
    std::string& text = w.scratch();
    append_id(text, s.id);  // 0 too: a row is never written empty
    put(text);
    put(s.publication);
    put(s.title);
    put(s.author);
    put(to_iso(s.published).view());
    put(s.locator);
    put(s.note);
  }

  template <class Get>
  static std::optional<FieldError> parse(Get&& get, const Context&, Source& s) {
    s = Source{};
    std::string why;
    const auto bad = [&](std::size_t column) { return FieldError{column, std::move(why)}; };
    if (!parse_id(get(id), s.id, why)) return bad(id);
    s.publication = get(publication);
    s.title = get(title);
    s.author = get(author);
    if (!parse_date(get(published), s.published, why)) return bad(published);
    s.locator = get(locator);
    s.note = get(note);
    return std::nullopt;
  }

  static void keep(Source& s, Interner& text) {
    s.publication = text.keep(s.publication);
    s.title = text.keep(s.title);
    s.author = text.keep(s.author);
    s.locator = text.keep(s.locator);
    s.note = text.keep(s.note);
  }
};

}  // namespace detail

// The column names of a table, in the order the writers write them.
template <class Entry>
constexpr std::span<const std::string_view> csv_columns() noexcept {
  return detail::Schema<Entry>::columns;
}

}  // namespace hotline::io
