// make_registry at scale: the staged compile-time builder gives the same
// registry as OwnedRegistry::build, whatever order the contacts come in (in
// order, shuffled, with ids too large to count), across its chunks of 512.
#include <hotline/registry.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace {

using namespace hotline;
using namespace hotline::literals;

inline constexpr std::size_t n_states = 12;
inline constexpr std::size_t n_contacts = 1100;  // three chunks, the last one short

constexpr Country state(std::size_t i) {
  constexpr std::array<std::string_view, n_states> codes{"USA", "RUS", "POL", "CHN", "FRA", "GBR",
                                                         "DEU", "IND", "BRA", "TUR", "JPN", "ITA"};
  return *Country::from_code(codes[i]);
}

inline constexpr Source sources[] = {
    {.id = SourceId{1}, .publication = "Generated", .published = "2030"_date}};

// Per state: a leader (who was foreign minister first), a foreign minister
// and a defence minister. Actor ids 3s+1 .. 3s+3.
inline constexpr auto actors = [] {
  std::array<Actor, 3 * n_states> a{};
  for (std::size_t i = 0; i < a.size(); ++i)
    a[i] = {ActorId{static_cast<std::uint32_t>(i + 1)}, "x"};
  return a;
}();
inline constexpr auto tenures = [] {
  std::array<Tenure, 4 * n_states> t{};
  std::size_t k = 0;
  for (std::size_t s = 0; s < n_states; ++s) {
    const auto id = [&](std::size_t r) {
      return ActorId{static_cast<std::uint32_t>(3 * s + r + 1)};
    };
    // Listed newest first: the builder sorts them.
    t[k++] = {id(0),        {Role::head_of_state, state(s)},
              "Leader",     Date::on(1990, 1, 1),
              std::nullopt, SourceId{1}};
    t[k++] = {id(0),
              {Role::foreign_minister, state(s)},
              "Minister",
              Date::in_year(1600),
              Date::on(1989, 12, 31),
              SourceId{1}};
    t[k++] = {id(1),        {Role::foreign_minister, state(s)},
              "Minister",   Date::in_year(1600),
              std::nullopt, SourceId{1}};
    t[k++] = {id(2),        {Role::defence_minister, state(s)},
              "Minister",   Date::in_year(1600),
              std::nullopt, SourceId{1}};
  }
  return t;
}();
inline constexpr Channel channels[] = {{.id = ChannelId{1},
                                        .name = "Line",
                                        .level = Level::leader,
                                        .established = "1960"_date,
                                        .media = {{Medium::telephone, "1960"_date}},
                                        .source = SourceId{1}}};
inline constexpr Agreement agreements[] = {
    {.id = AgreementId{1}, .name = "Accord", .signed_on = "1970"_date, .source = SourceId{1}}};

enum class Order { in_order, shuffled, large_ids };

// Deterministic contacts between two or three participants of different
// states. `in_order`: one day every 23 days from 1960, in date order.
// Otherwise dates from 1960 to 2029, days, months and years, and
// `shuffled` shuffles them
// (the builder's counting sort); `large_ids` shuffles them too, with ids
// too large to count and some dates in the 1600s, more days apart than a
// counting sort takes (its merge sort).
template <Order order>
constexpr std::array<Contact, n_contacts> make_contacts() {
  std::array<Contact, n_contacts> cs{};
  std::uint32_t x = 12345;
  const auto next = [&] {
    x = x * 1103515245u + 12345u;
    return (x >> 8) % 1000u;
  };
  for (std::size_t i = 0; i < n_contacts; ++i) {
    Contact& c = cs[i];
    const int y = 1960 + static_cast<int>(i * 70 / n_contacts);
    const unsigned m = static_cast<unsigned>(i % 12) + 1;
    const unsigned d = static_cast<unsigned>(i % 28) + 1;
    c.date = i % 31 == 5 ? Date::in_year(y) : i % 9 == 4 ? Date::in_month(y, m) : Date::on(y, m, d);
    if (order == Order::in_order)  // one day every 23 days: in date order as given
      c.date = Date::on(std::chrono::year_month_day{
          std::chrono::sys_days{std::chrono::days{-3653 + 23 * static_cast<int>(i)}}});
    else
      c.date = i % 2 ? c.date : Date::in_year(y);
    const std::size_t a = next() % n_states;
    const std::size_t b = (a + 1 + next() % (n_states - 1)) % n_states;
    const std::size_t r = next() % 3;
    c.participants.push_back(ActorId{static_cast<std::uint32_t>(3 * a + r + 1)});
    c.participants.push_back(ActorId{static_cast<std::uint32_t>(3 * b + r + 1)});
    if (i % 7 == 0)
      c.participants.push_back(ActorId{static_cast<std::uint32_t>(3 * a + (r + 1) % 3 + 1)});
    c.medium = Medium::telephone;
    if (i % 5 == 0) c.channel = ChannelId{1};
    c.source = SourceId{1};
    const auto id = static_cast<std::uint32_t>(i + 1);
    c.id = ContactId{order == Order::large_ids ? id * 1'000'003u : id};
    if (order == Order::large_ids && i % 40 == 3) {
      c.date = Date::on(1650 + static_cast<int>(i % 50), m, d);
      c.channel = ChannelId{};
    }
  }
  if (order != Order::in_order)
    for (std::size_t i = n_contacts - 1; i > 0; --i) {
      const std::size_t j = next() % (i + 1);
      const Contact t = cs[i];
      cs[i] = cs[j];
      cs[j] = t;
    }
  return cs;
}

inline constexpr auto in_order = make_contacts<Order::in_order>();
inline constexpr auto shuffled = make_contacts<Order::shuffled>();
inline constexpr auto large_ids = make_contacts<Order::large_ids>();

inline constexpr RegistryInput in_order_input{sources,  actors,   tenures,
                                              channels, in_order, agreements};
inline constexpr RegistryInput shuffled_input{sources,  actors,   tenures,
                                              channels, shuffled, agreements};
inline constexpr RegistryInput large_ids_input{sources,  actors,    tenures,
                                               channels, large_ids, agreements};

inline constexpr Registry in_order_registry = make_registry<in_order_input>();
inline constexpr Registry shuffled_registry = make_registry<shuffled_input>();
inline constexpr Registry large_ids_registry = make_registry<large_ids_input>();

// Each variant takes the path of the builder it is meant to test.
static_assert(detail::in_order(detail::contact_keys<in_order_input>));
static_assert(!detail::in_order(detail::contact_keys<shuffled_input>) &&
              detail::contact_days<shuffled_input>.second <= detail::counting_sort_buckets);
static_assert(detail::contact_days<large_ids_input>.second > detail::counting_sort_buckets);
static_assert(!detail::in_order(detail::id_keys<large_ids_input>) &&
              detail::max_id<large_ids_input>() >= detail::counting_sort_buckets);

static_assert(in_order_registry.contacts.size() == n_contacts);
static_assert(shuffled_registry.contacts.size() == n_contacts);
static_assert(large_ids_registry[ContactId{1'000'003u}].participants.size() >= 2);

template <std::size_t N>
OwnedRegistry built_at_run_time(const std::array<Contact, N>& contacts) {
  RegistryTables t;
  t.sources.assign(std::begin(sources), std::end(sources));
  t.actors.assign(actors.begin(), actors.end());
  t.tenures.assign(tenures.begin(), tenures.end());
  t.channels.assign(std::begin(channels), std::end(channels));
  t.contacts.assign(contacts.begin(), contacts.end());
  t.agreements.assign(std::begin(agreements), std::end(agreements));
  auto built = OwnedRegistry::build(std::move(t));
  REQUIRE(built.errors.empty());
  return std::move(*built.registry);
}

void check_same(const Registry& at_compile_time, const Registry& at_run_time) {
  REQUIRE(at_compile_time.contacts.size() == at_run_time.contacts.size());
  for (std::size_t i = 0; i < at_run_time.contacts.size(); ++i) {
    CAPTURE(i);
    CHECK(at_compile_time.contacts[i] == at_run_time.contacts[i]);
  }
  CHECK(std::equal(at_compile_time.tenures.begin(), at_compile_time.tenures.end(),
                   at_run_time.tenures.begin(), at_run_time.tenures.end()));
}

}  // namespace

TEST_CASE("a registry of contacts in date order builds the same while compiling and at run time") {
  const OwnedRegistry r = built_at_run_time(in_order);
  check_same(in_order_registry, r.view());
}

TEST_CASE("shuffled contacts are sorted by date, then id, while compiling as at run time") {
  const OwnedRegistry r = built_at_run_time(shuffled);
  check_same(shuffled_registry, r.view());
  CHECK(std::is_sorted(shuffled_registry.contacts.begin(), shuffled_registry.contacts.end(),
                       [](const Contact& a, const Contact& b) {
                         return a.date != b.date ? a.date < b.date : a.id < b.id;
                       }));
}

TEST_CASE("contact ids too large to count, and dates centuries apart, still build the same") {
  const OwnedRegistry r = built_at_run_time(large_ids);
  check_same(large_ids_registry, r.view());
}

TEST_CASE("the builder derives levels from the office held on the day") {
  // Actor 1 (a leader since 1990, foreign minister before) puts a contact
  // with another state's foreign minister at foreign-minister level either
  // way; with another leader at leader level only from 1990.
  for (const Contact& c : in_order_registry.contacts) {
    const bool leaders = c.participants.size() == 2 && c.participants[0].value() % 3 == 1 &&
                         c.participants[1].value() % 3 == 1;
    if (leaders && c.date.earliest() >= Date::on(1990, 1, 1).earliest())
      CHECK(c.level == Level::leader);
  }
}

namespace {

// Actor ids too large to index by value: the builder searches the offices
// by actor instead, and finds actors by id. A Soviet and a Russian leader
// are one state across time (SUN, then RUS).
inline constexpr ActorId kennedy{1'000'003u};
inline constexpr ActorId khrushchev{2'000'006u};
inline constexpr ActorId yeltsin{3'000'009u};
inline constexpr ActorId clinton{4'000'012u};
inline constexpr Actor large_actors[] = {{clinton, "Bill Clinton"},
                                         {kennedy, "John F. Kennedy"},
                                         {khrushchev, "Nikita Khrushchev"},
                                         {yeltsin, "Boris Yeltsin"}};
inline constexpr Tenure large_tenures[] = {{yeltsin,
                                            {Role::head_of_state, countries::RUS},
                                            "President",
                                            "1991-07-10"_date,
                                            "1999-12-31"_date,
                                            SourceId{1}},
                                           {kennedy,
                                            {Role::head_of_state, countries::USA},
                                            "President",
                                            "1961-01-20"_date,
                                            "1963-11-22"_date,
                                            SourceId{1}},
                                           {khrushchev,
                                            {Role::head_of_government, countries::SUN},
                                            "Premier",
                                            "1958-03-27"_date,
                                            "1964-10-14"_date,
                                            SourceId{1}},
                                           {clinton,
                                            {Role::head_of_state, countries::USA},
                                            "President",
                                            "1993-01-20"_date,
                                            "2001-01-20"_date,
                                            SourceId{1}}};
inline constexpr Contact large_actor_contacts[] = {{.id = ContactId{2},
                                                    .date = "1994-01"_date,
                                                    .participants = {clinton, yeltsin},
                                                    .medium = Medium::in_person,
                                                    .source = SourceId{1}},
                                                   {.id = ContactId{1},
                                                    .date = "1961-06-03"_date,
                                                    .participants = {kennedy, khrushchev},
                                                    .medium = Medium::in_person,
                                                    .initiator = kennedy,
                                                    .source = SourceId{1}}};
inline constexpr RegistryInput large_actors_input{sources,  large_actors,         large_tenures,
                                                  channels, large_actor_contacts, agreements};
inline constexpr Registry large_actors_registry = make_registry<large_actors_input>();

static_assert(!detail::small_actor_ids(clinton.value(), std::size(large_tenures)));
static_assert(large_actors_registry.contacts[0].states.size() == 2 &&
              large_actors_registry.contacts[0].states[1] == countries::SUN &&
              large_actors_registry.contacts[0].level == Level::leader);

RegistryTables large_actor_tables() {
  RegistryTables t;
  t.sources.assign(std::begin(sources), std::end(sources));
  t.actors.assign(std::begin(large_actors), std::end(large_actors));
  t.tenures.assign(std::begin(large_tenures), std::end(large_tenures));
  t.channels.assign(std::begin(channels), std::end(channels));
  t.contacts.assign(std::begin(large_actor_contacts), std::end(large_actor_contacts));
  t.agreements.assign(std::begin(agreements), std::end(agreements));
  return t;
}

}  // namespace

TEST_CASE("actor ids too large to index build the same while compiling and at run time") {
  auto built = OwnedRegistry::build(large_actor_tables());
  REQUIRE(built.errors.empty());
  check_same(large_actors_registry, built.registry->view());
}

TEST_CASE("with large actor ids, unknown actors and one state across time are still found") {
  auto t = large_actor_tables();
  t.contacts[0].participants = {clinton, ActorId{5'000'015u}};
  // Khrushchev (SUN) and Yeltsin (RUS) may both have held office at some
  // day of 1960-1995: one state across time.
  t.contacts[1].participants = {khrushchev, yeltsin};
  t.contacts[1].initiator = std::nullopt;
  t.contacts[1].date = "1960/1995"_date;
  const auto built = OwnedRegistry::build(t);
  REQUIRE(built.errors.size() == 2);
  CHECK(built.errors[0].rule == Rule::same_state_only);
  CHECK(built.errors[0].id == 1);
  CHECK(built.errors[1].rule == Rule::unknown_actor);
  CHECK(built.errors[1].id == 2);
}

TEST_CASE("states_and_level, through office_on, agrees with the builder on random registries") {
  // The builder picks each participant's office in plain numbers
  // (detail::derive_fields); states_and_level picks it with
  // Registry::office_on. Random people, with overlapping offices of every
  // level in a few states (SUN and RUS among them), meet on random dates.
  std::uint64_t seed = 0x9E3779B97F4A7C15ull;
  const auto next = [&](std::uint64_t n) {
    seed ^= seed << 13;
    seed ^= seed >> 7;
    seed ^= seed << 17;
    return seed % n;
  };
  const std::array<Country, 5> states{*Country::from_code("USA"), *Country::from_code("RUS"),
                                      *Country::from_code("SUN"), *Country::from_code("FRA"),
                                      *Country::from_code("CHN")};
  std::size_t compared = 0;
  for (int round = 0; round < 40; ++round) {
    RegistryTables t;
    t.sources.push_back({.id = SourceId{1}, .publication = "Random", .published = "2030"_date});
    const std::size_t people = 3 + next(8);
    for (std::size_t a = 1; a <= people; ++a) {
      t.actors.push_back({ActorId{static_cast<std::uint32_t>(a)}, "x"});
      for (std::uint64_t k = 0, n = 1 + next(3); k < n; ++k) {
        const int from = 1950 + static_cast<int>(next(60));
        std::optional<Date> end;
        if (next(3) != 0) end = Date::in_year(from + static_cast<int>(next(15)));
        t.tenures.push_back({ActorId{static_cast<std::uint32_t>(a)},
                             {static_cast<Role>(next(enumerator_count<Role>)), states[next(5)]},
                             "Office",
                             Date::in_year(from),
                             end,
                             SourceId{1}});
      }
    }
    // A contact for each draw whose participants all may hold an office on
    // its date (others would break a rule, and not be derived at all).
    const auto holds_office = [&](ActorId a, Date d) {
      return std::any_of(t.tenures.begin(), t.tenures.end(),
                         [&](const Tenure& x) { return x.actor == a && x.may_cover(d); });
    };
    std::uint32_t id = 0;
    for (int draw = 0; draw < 60; ++draw) {
      const int y = 1950 + static_cast<int>(next(75));
      const Date d =
          next(2) == 0 ? Date::in_year(y) : Date::in_month(y, 1 + static_cast<unsigned>(next(12)));
      Contact c{.id = ContactId{++id}, .date = d, .source = SourceId{1}};
      for (std::uint64_t p = 0, n = 2 + next(3); p < n; ++p) {
        const ActorId a{static_cast<std::uint32_t>(1 + next(people))};
        if (!c.participants.contains(a) && holds_office(a, d)) c.participants.push_back(a);
      }
      if (c.participants.size() < 2) continue;
      t.contacts.push_back(c);
    }
    const std::vector<Contact> bare = t.contacts;
    // The build may fail (a contact of one state); the derivation is the same.
    RegistryTables copy = t;
    std::vector<detail::ContactNote> notes(copy.contacts.size());
    std::vector<ContactId> ids(copy.contacts.size());
    detail::assemble(copy, notes, ids);
    const Registry view{copy.sources,  copy.actors,   copy.tenures,
                        copy.channels, copy.contacts, copy.agreements};
    for (const Contact& derived : copy.contacts) {
      const auto it = std::find_if(bare.begin(), bare.end(),
                                   [&](const Contact& b) { return b.id == derived.id; });
      const StatesAndLevel s = states_and_level(view, *it);
      CHECK(s.states == derived.states);
      CHECK(s.level == derived.level);
      ++compared;
    }
  }
  CHECK(compared > 500);
}
