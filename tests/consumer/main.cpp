// A program that uses hotline as a user would, outside hotline's own build:
// it builds a date, actors, a channel, a contact and an agreement in constant
// expressions, validates them as a registry while compiling, and prints them
// with {fmt}. It fails (exit status 1) when a printed text is not the one
// expected. The facts are those of the Valdai Club article on the Hamburg
// meeting of 7 July 2017.
#include <chrono>
#include <string>
#include <string_view>

#include <hotline/fmt.hpp>
#include <hotline/hotline.hpp>
#include <hotline/registry.hpp>

namespace {

using namespace hotline;
using namespace hotline::literals;
using std::chrono::minutes;

constexpr Date hamburg = "2017-07-07"_date;
static_assert(hamburg.precision() == Precision::day);
static_assert(hamburg == Date::on(2017, 7, 7));
constexpr Date crimea_calls = Date::in_month(2014, 3);
static_assert(crimea_calls.length() == std::chrono::days{31});

constexpr Source valdai{.id = SourceId{1},
                        .publication = "Valdai Club",
                        .title = "Putin and Trump Establish Bilateral Channel to Move Forward",
                        .published = Date::in_month(2017, 7)};

constexpr Actor actors[] = {
    {ActorId{1}, "Donald Trump"},
    {ActorId{2}, "Vladimir Putin"},
};
static_assert(actors[1].name == "Vladimir Putin");
static_assert(actors[0] < actors[1]);

constexpr Tenure tenures[] = {
    {.actor = ActorId{1},
     .office = {Role::head_of_state, countries::USA},
     .title = "President",
     .start = "2017-01-20"_date,
     .end = "2021-01-20"_date},
    {.actor = ActorId{2},
     .office = {Role::head_of_state, countries::RUS},
     .title = "President",
     .start = "2012-05-07"_date},
};

constexpr Contact contacts[] = {
    {.id = ContactId{1},
     .date = hamburg,
     .participants = {ActorId{1}, ActorId{2}},
     .medium = Medium::in_person,
     .location = "Hamburg",
     .duration = Duration{minutes{135}},
     .topics = {Topic::ukraine, Topic::syria},
     .source = valdai.id,
     .quote = "The actual meeting lasted far longer than the anticipated half hour, at two "
              "hours and fifteen minutes."},
};
static_assert(contacts[0].participants.size() == 2);
static_assert(contacts[0].duration->minutes() == minutes{135});

constexpr Agreement agreements[] = {
    {.id = AgreementId{1},
     .name = "Bilateral channel on Ukraine",
     .kind = AgreementKind::channel,
     .parties = {countries::USA, countries::RUS},
     .signed_on = hamburg,
     .reached_at = ContactId{1},
     .source = valdai.id,
     .quote = "A bilateral channel was established to try to find a way forwards in the "
              "Ukraine conflict"},
};
static_assert(agreements[0].parties.contains(countries::RUS));

constexpr Channel channels[] = {
    {.id = ChannelId{1},
     .name = "US-Russia channel on Ukraine",
     .level = Level::envoy,
     .established = hamburg,
     .established_by = AgreementId{1},
     .source = valdai.id},
};
static_assert(channels[0].may_carry(Medium::in_person, Date::in_year(2018)));

constexpr Source sources[] = {valdai};
constexpr RegistryInput input{sources, actors, tenures, channels, contacts, agreements};
// Validated while compiling: the contact's states and level are derived.
constexpr Registry registry = make_registry<input>();
static_assert(registry.contacts[0].level == Level::leader);
static_assert(registry.actor("Donald Trump").id == ActorId{1});

int failures = 0;

void expect(const std::string& got, std::string_view want) {
  const bool ok = got == want;
  fmt::print("{} {}\n", ok ? "ok  " : "FAIL", got);
  if (!ok) {
    fmt::print("     expected: {}\n", want);
    ++failures;
  }
}

}  // namespace

int main() {
  expect(fmt::format("{}", hamburg), "7 July 2017");
  expect(fmt::format("{:iso}", crimea_calls), "2014-03");
  expect(fmt::format("{}", actors[1]), "Vladimir Putin");
  expect(fmt::format("{}", channels[0]), "US-Russia channel on Ukraine");
  expect(fmt::format("{} ({}, {})", agreements[0], agreements[0].kind, *agreements[0].signed_on),
         "Bilateral channel on Ukraine (channel, 7 July 2017)");
  expect(fmt::format("{}", contacts[0]), "7 July 2017, meeting, actor 1–actor 2, unknown level");
  expect(fmt::format("{}", registry.contacts[0]), "7 July 2017, meeting, USA–RUS, leader level");
  expect(describe(registry, registry.contacts[0]),
         "7 July 2017: Donald Trump and Vladimir Putin, meeting in Hamburg, 2 h 15 min");
  expect(fmt::format("{:name}", registry.contacts[0].states[1]), "Russia");
  expect(std::string{to_words(Medium::telephone)}, "phone call");
  return failures == 0 ? 0 : 1;
}
