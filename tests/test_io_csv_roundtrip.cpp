// Writing a table as CSV and reading it back gives back every value: a
// property test over random contacts, actors with tenures, channels,
// agreements and sources, with strings that need quoting, dates of every
// precision from 0001 to 9999, every enumerator, ids from 0 to 2^32-1.
#include <hotline/io/csv.hpp>

#include <chrono>
#include <cstdint>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>

using namespace hotline;
using hotline::io::ErrorMode;
using hotline::io::ReadOptions;

namespace {

class Random {
 public:
  explicit Random(std::uint64_t seed) : gen_(seed) {}

  std::uint64_t below(std::uint64_t n) {
    return std::uniform_int_distribution<std::uint64_t>(0, n - 1)(gen_);
  }
  bool coin() { return below(2) == 0; }

  template <class I>
  I id() {
    switch (below(4)) {
      case 0:
        return I{};
      case 1:
        return I{std::numeric_limits<std::uint32_t>::max()};
      default:
        return I{static_cast<std::uint32_t>(below(1u << 31))};
    }
  }
  template <class I>
  std::optional<I> optional_id() {
    if (coin()) return std::nullopt;
    return below(5) == 0 ? I{} : id<I>();
  }

  // Text made of pieces that need quoting, that look like separators, and
  // UTF-8 of one to four bytes; `any_bytes` adds bytes that are not UTF-8.
  std::string text(bool any_bytes = false) {
    static const std::vector<std::string> pieces{"a",
                                                 "Z",
                                                 " ",
                                                 ",",
                                                 "\"",
                                                 "\"\"",
                                                 "\r",
                                                 "\n",
                                                 "\r\n",
                                                 ";",
                                                 "@",
                                                 "#",
                                                 "#1",
                                                 "\t",
                                                 "x y",
                                                 "\xC3\xA9",
                                                 "\xD0\x96",
                                                 "\xE6\x97\xA5",
                                                 "\xF0\x9F\x98\x80",
                                                 std::string(1, '\0'),
                                                 "'",
                                                 "0"};
    std::string s;
    const auto n = below(4) == 0 ? 0 : below(12);
    for (std::uint64_t i = 0; i < n; ++i) {
      if (any_bytes && below(4) == 0)
        s += static_cast<char>(below(256));
      else
        s += pieces[below(pieces.size())];
    }
    return s;
  }
  std::string_view keep(std::string s) { return store_.keep(s); }
  std::string_view text_view(bool any_bytes = false) { return keep(text(any_bytes)); }

  std::chrono::sys_days day() {
    const auto first = Date::min_day.time_since_epoch().count();
    const auto last = Date::max_day.time_since_epoch().count();
    std::int64_t d = 0;
    switch (below(4)) {
      case 0:
        d = first + static_cast<std::int64_t>(below(400));
        break;
      case 1:
        d = last - static_cast<std::int64_t>(below(400));
        break;
      default:
        d = first + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(last - first + 1)));
    }
    return std::chrono::sys_days{std::chrono::days{d}};
  }
  // An ok() date of any precision.
  Date date() {
    const auto ymd = std::chrono::year_month_day{day()};
    const int y = int{ymd.year()};
    const unsigned m = unsigned{ymd.month()};
    Date d;
    switch (below(8)) {
      case 0:
        d = Date::on(ymd);
        break;
      case 1:
        d = Date::in_month(y, m);
        break;
      case 2:
        d = Date::mid_month(y, m);
        break;
      case 3:
        d = Date::in_year(y);
        break;
      case 4:
        d = Date::in_decade(y);
        break;
      case 5:
        d = Date::mid_decade(y);
        break;
      case 6:
        d = Date::between(Date::in_year(y),
                          Date::in_year(std::min(9999, y + static_cast<int>(below(30)))));
        break;
      default: {
        const auto a = day();
        const auto b = day();
        d = Date::interval(std::min(a, b), std::max(a, b));
      }
    }
    if (!d.ok()) d = Date::on(ymd);  // decades beyond 9999 or before 0001
    return d;
  }
  std::optional<Date> optional_date() {
    if (coin()) return std::nullopt;
    return date();
  }
  Country country() {
    return Country::from_index(static_cast<std::uint16_t>(below(Country::count())));
  }
  template <class E>
  E choice(std::size_t count) {
    return static_cast<E>(below(count));
  }
  std::optional<Refinement> refinement() {
    if (coin()) return std::nullopt;
    return Refinement{date(), text_view()};
  }

  // Contact ids are unique in a file, and never the "no id" 0 (a row
  // without an id is given its line): distinct ids, the largest among them.
  Contact contact() {
    Contact c;
    c.id = next_contact_ == 1 ? ContactId{std::numeric_limits<std::uint32_t>::max()}
                              : ContactId{static_cast<std::uint32_t>(next_contact_ * 7919u)};
    ++next_contact_;
    c.date = date();
    // Each person and state once, and no more states than people (a reader
    // refuses the others).
    for (auto n = below(max_participants + 1); n > 0; --n)
      if (const ActorId a = id<ActorId>(); !c.participants.contains(a)) c.participants.push_back(a);
    const std::size_t most = c.participants.empty() ? max_participants : c.participants.size();
    for (auto n = below(max_participants + 1); n > 0 && c.states.size() < most; --n)
      if (const Country s = country(); !c.states.contains(s)) c.states.push_back(s);
    c.channel = id<ChannelId>();
    c.medium = choice<Medium>(medium_count);
    c.level = choice<Level>(9);
    c.initiator = optional_id<ActorId>();
    c.location = text_view();
    if (coin()) {
      // Every duration a contact can have: none below zero (the reader
      // rejects those, see below).
      const std::int64_t minutes[] = {0,
                                      1,
                                      135,
                                      59,
                                      std::numeric_limits<std::int64_t>::max(),
                                      std::numeric_limits<std::int64_t>::max() - 1,
                                      static_cast<std::int64_t>(below(100000))};
      c.duration = Duration{std::chrono::minutes{minutes[below(7)]}};
    }
    c.topics = Topics::from_bits(static_cast<std::uint16_t>(below(1u << topic_count)));
    c.source = id<SourceId>();
    c.quote = text_view();
    c.refined = refinement();
    c.reports = below(3) == 0 ? std::numeric_limits<std::uint32_t>::max()
                              : static_cast<std::uint32_t>(below(1000));
    return c;
  }
  Channel channel() {
    Channel c;
    c.id = id<ChannelId>();
    c.name = text_view();
    c.level = choice<Level>(9);
    c.established = date();
    c.established_by = optional_id<AgreementId>();
    for (auto n = below(c.media.capacity() + 1); n > 0; --n)
      c.media.push_back({choice<Medium>(medium_count), date()});
    c.ended = optional_date();
    c.source = id<SourceId>();
    c.quote = text_view();
    return c;
  }
  Agreement agreement() {
    Agreement a;
    a.id = id<AgreementId>();
    a.name = text_view();
    a.kind = choice<AgreementKind>(8);
    for (auto n = below(9); n > 0; --n)
      if (const Country s = country(); !a.parties.contains(s)) a.parties.push_back(s);
    a.signed_on = optional_date();
    a.in_force = optional_date();
    a.status = choice<AgreementStatus>(6);
    a.reached_at = optional_id<ContactId>();
    a.source = id<SourceId>();
    a.quote = text_view();
    a.refined = refinement();
    return a;
  }
  Source source(bool any_bytes = false) {
    return Source{id<SourceId>(), text_view(any_bytes), text_view(any_bytes), text_view(any_bytes),
                  date(),         text_view(any_bytes), text_view(any_bytes)};
  }
  Tenure tenure(ActorId actor) {
    Tenure t;
    t.actor = actor;
    t.office = {choice<Role>(12), country()};
    t.title = text_view();
    t.start = date();
    t.end = optional_date();
    t.source = id<SourceId>();
    return t;
  }

 private:
  std::uint32_t next_contact_ = 1;
  std::mt19937_64 gen_;
  TextStore store_;
};

constexpr int rows_per_table = 3000;

std::string crlf_or_lf(int round) {
  return round % 2 == 0 ? "\r\n" : "\n";
}

}  // namespace

TEST_CASE("contacts written as CSV read back equal") {
  Random rnd(1);
  for (int round = 0; round < 2; ++round) {
    std::vector<Contact> contacts;
    for (int i = 0; i < rows_per_table; ++i) contacts.push_back(rnd.contact());
    const std::string line_end = crlf_or_lf(round);
    std::ostringstream out;
    io::write_table<Contact>(out, contacts, {}, {line_end});
    std::istringstream in(out.str());
    TextStore text;
    const auto read = io::read_table<Contact>(in, "contacts.csv", text);
    CHECK(read.stats.rows == contacts.size());
    REQUIRE(read.rows.size() == contacts.size());
    for (std::size_t i = 0; i < contacts.size(); ++i) {
      CAPTURE(i);
      REQUIRE(read.rows[i] == contacts[i]);
    }
  }
}

TEST_CASE("channels written as CSV read back equal") {
  Random rnd(2);
  std::vector<Channel> channels;
  for (int i = 0; i < rows_per_table; ++i) channels.push_back(rnd.channel());
  std::ostringstream out;
  io::write_table<Channel>(out, channels);
  std::istringstream in(out.str());
  TextStore text;
  const auto read = io::read_table<Channel>(in, "channels.csv", text);
  CHECK(read.rows == channels);
}

TEST_CASE("agreements written as CSV read back equal") {
  Random rnd(3);
  std::vector<Agreement> agreements;
  for (int i = 0; i < rows_per_table; ++i) agreements.push_back(rnd.agreement());
  std::ostringstream out;
  io::write_table<Agreement>(out, agreements, {}, {"\n"});
  std::istringstream in(out.str());
  TextStore text;
  const auto read = io::read_table<Agreement>(in, "agreements.csv", text);
  CHECK(read.rows == agreements);
}

TEST_CASE("sources written as CSV read back equal") {
  Random rnd(4);
  std::vector<Source> sources;
  for (int i = 0; i < rows_per_table; ++i) sources.push_back(rnd.source());
  std::ostringstream out;
  io::write_table<Source>(out, sources);
  std::istringstream in(out.str());
  TextStore text;
  CHECK(io::read_table<Source>(in, "sources.csv", text).rows == sources);
}

TEST_CASE("actors and their tenures written as CSV read back equal") {
  Random rnd(5);
  std::vector<Actor> actors;
  std::vector<Tenure> tenures;
  for (std::uint32_t i = 0; i < rows_per_table; ++i) {
    // Distinct ids: the table holds each actor once.
    // A name with a letter: an actor without a name is a bad row.
    std::string_view name = rnd.text_view();
    if (name.find_first_not_of(" \t") == std::string_view::npos) name = "Anonymous";
    actors.push_back(Actor{ActorId{i * 7 + static_cast<std::uint32_t>(rnd.below(7))}, name});
    for (auto n = rnd.below(4); n > 0; --n) tenures.push_back(rnd.tenure(actors.back().id));
  }
  std::ostringstream out;
  io::write_actors_csv(out, actors, tenures);
  std::istringstream in(out.str());
  TextStore text;
  const auto read = io::read_actors_csv(in, "actors.csv", text);
  CHECK(read.actors == actors);
  CHECK(read.tenures == tenures);
  CHECK(read.stats.rows == read.stats.records);
}

TEST_CASE("text of any bytes round-trips when the UTF-8 check is off") {
  Random rnd(6);
  std::vector<Source> sources;
  for (int i = 0; i < rows_per_table; ++i) sources.push_back(rnd.source(true));
  std::ostringstream out;
  io::write_table<Source>(out, sources);
  std::istringstream in(out.str());
  TextStore text;
  CHECK(io::read_table<Source>(in, "sources.csv", text, {.check_utf8 = false}).rows == sources);
}

TEST_CASE("read strings live in the TextStore, each distinct text once") {
  std::vector<Source> sources(
      50, Source{SourceId{1}, "Al Jazeera", "A title", "", Date::in_year(2016), "", ""});
  std::ostringstream out;
  io::write_table<Source>(out, sources);
  TextStore text;
  {
    std::istringstream in(out.str());
    const auto read = io::read_table<Source>(in, "sources.csv", text);
    CHECK(read.rows == sources);
  }
  CHECK(text.size() == 2);
}

TEST_CASE("the streaming reader and writer give the same rows as the whole-table functions") {
  Random rnd(7);
  std::vector<Contact> contacts;
  for (int i = 0; i < 200; ++i) contacts.push_back(rnd.contact());
  std::ostringstream out;
  {
    io::TableWriter<Contact> writer(out);
    for (const Contact& c : contacts) writer.write(c);
  }
  std::istringstream in(out.str());
  io::TableReader<Contact> reader(in, "contacts.csv");
  std::size_t i = 0;
  for (const Contact& c : reader) {
    REQUIRE(i < contacts.size());
    CHECK(c == contacts[i++]);
  }
  CHECK(i == contacts.size());
  CHECK(reader.stats().rows == contacts.size());
}

TEST_CASE("a negative duration is a bad row that says so") {
  std::istringstream in("id,date,participant_ids,duration_min\n1,2014-03,1;2,-7\n");
  hotline::TextStore text;
  hotline::io::ReadOptions lenient;
  lenient.mode = hotline::io::ErrorMode::lenient;
  const auto read = hotline::io::read_table<hotline::Contact>(in, "calls.csv", text, lenient);
  CHECK(read.rows.empty());
  REQUIRE(read.errors.size() == 1);
  CHECK(read.errors[0].line == 2);
  CHECK(read.errors[0].field == "duration_min");
  CHECK(read.errors[0].what == "a duration cannot be negative");
}
