// <hotline/fmt.hpp>: every hotline type prints in plain English, and
// describe() names the people of a contact from a registry.
#include <hotline/analysis.hpp>
#include <hotline/documented.hpp>
#include <hotline/fmt.hpp>
#include <hotline/registry.hpp>
#include <hotline/report.hpp>

#include <array>
#include <chrono>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>

using namespace hotline;
using namespace hotline::literals;
using std::chrono::days;
using std::chrono::minutes;
using std::chrono::months;
using namespace std::chrono_literals;

namespace {

// A small registry for describe(): the Hamburg meeting of 7 July 2017 and the
// White House meeting of 10 May 2017, with the offices their participants held.
constexpr ActorId trump{1};
constexpr ActorId putin{2};
constexpr ActorId lavrov{3};
constexpr ActorId kislyak{4};
constexpr SourceId valdai{1};

constexpr Source sources[] = {
    {.id = valdai,
     .publication = "Valdai Club",
     .title = "Putin and Trump Establish Bilateral Channel to Move Forward",
     .published = Date::in_month(2017, 7)},
};
constexpr Actor actors[] = {
    {trump, "Donald Trump"},
    {putin, "Vladimir Putin"},
    {lavrov, "Sergey Lavrov"},
    {kislyak, "Sergey Kislyak"},
};
constexpr Tenure tenures[] = {
    {.actor = trump,
     .office = {Role::head_of_state, countries::USA},
     .title = "President",
     .start = "2017-01-20"_date,
     .end = "2021-01-20"_date},
    {.actor = putin,
     .office = {Role::head_of_state, countries::RUS},
     .title = "President",
     .start = "2012-05-07"_date},
    {.actor = lavrov,
     .office = {Role::foreign_minister, countries::RUS},
     .title = "Minister of Foreign Affairs",
     .start = "2004-03-09"_date},
    {.actor = kislyak,
     .office = {Role::ambassador, countries::RUS},
     .title = "Ambassador to the United States",
     .start = "2008-07-26"_date,
     .end = "2017-08-21"_date},
};
constexpr Contact contacts[] = {
    {.id = ContactId{1},
     .date = "2017-07-07"_date,
     .participants = {trump, putin},
     .medium = Medium::in_person,
     .location = "Hamburg",
     .duration = Duration{minutes{135}},
     .topics = {Topic::syria, Topic::ukraine, Topic::cyber_security},
     .source = valdai},
    {.id = ContactId{2},
     .date = "2017-05-10"_date,
     .participants = {trump, lavrov, kislyak},
     .medium = Medium::in_person,
     .location = "Washington",
     .source = valdai},
};
constexpr RegistryInput input{sources, actors, tenures, {}, contacts, {}};
constexpr Registry registry = make_registry<input>();

}  // namespace

TEST_CASE("a date prints in words at the precision it has") {
  CHECK(fmt::format("{}", Date::on(2017, 7, 7)) == "7 July 2017");
  CHECK(fmt::format("{}", Date::on(2022, 12, 31)) == "31 December 2022");
  CHECK(fmt::format("{}", Date::in_month(2014, 3)) == "March 2014");
  CHECK(fmt::format("{}", Date::mid_month(2022, 2)) == "mid-February 2022");
  CHECK(fmt::format("{}", Date::in_year(1973)) == "1973");
  CHECK(fmt::format("{}", Date::in_decade(1985)) == "the 1980s");
  CHECK(fmt::format("{}", Date::mid_decade(1985)) == "the mid-1980s");
  CHECK(fmt::format("{}", "2001-09-11/2001-12-31"_date) ==
        "between 11 September 2001 and 31 December 2001");
}

TEST_CASE("an interval date names its ends in the largest unit that fits both") {
  CHECK(fmt::format("{}", "2014-03/2014-06"_date) == "between March 2014 and June 2014");
  CHECK(fmt::format("{}", "1984/1987"_date) == "between 1984 and 1987");
  CHECK(fmt::format("{}", "2022-02-01/2022-02-10"_date) ==
        "between 1 February 2022 and 10 February 2022");
}

TEST_CASE("a date that is not ok prints as an invalid date") {
  CHECK(fmt::format("{}", Date{}) == "invalid date");
  CHECK(fmt::format("{}", Date::on(2015, 2, 30)) == "invalid date");
  CHECK(fmt::format("{:iso}", Date{}) == "invalid");
}

TEST_CASE("{:iso} prints a date as its ISO 8601 text") {
  CHECK(fmt::format("{:iso}", Date::on(2017, 7, 7)) == "2017-07-07");
  CHECK(fmt::format("{:iso}", Date::in_month(2014, 3)) == "2014-03");
  CHECK(fmt::format("{:iso}", Date::mid_month(2022, 2)) == "2022-02-11/2022-02-20");
  CHECK(fmt::format("{:iso}", Date::in_year(1973)) == "1973");
  CHECK(fmt::format("{:iso}", Date::in_decade(1985)) == "198X");
  CHECK(fmt::format("{:iso}", Date::mid_decade(1985)) == "1984/1986");
  CHECK(fmt::format("{}", to_iso(Date::in_month(2014, 3))) == "2014-03");
}

TEST_CASE("each precision prints its name") {
  CHECK(fmt::format("{}", Precision::day) == "day");
  CHECK(fmt::format("{}", Precision::mid_month) == "mid-month");
  CHECK(fmt::format("{}", Precision::month) == "month");
  CHECK(fmt::format("{}", Precision::year) == "year");
  CHECK(fmt::format("{}", Precision::mid_decade) == "mid-decade");
  CHECK(fmt::format("{}", Precision::decade) == "decade");
  CHECK(fmt::format("{}", Precision::interval) == "interval");
  CHECK(fmt::format("{}", Date::mid_month(2022, 2).precision()) == "mid-month");
}

TEST_CASE("a day range prints as a count of days") {
  CHECK(fmt::format("{}", gap(Date::in_month(2014, 3), Date::in_month(2014, 7))) ==
        "92 to 152 days");
  CHECK(fmt::format("{}", DayRange{days{1}, days{1}}) == "1 day");
  CHECK(fmt::format("{}", DayRange{days{0}, days{0}}) == "0 days");
  CHECK(fmt::format("{}", DayRange{days{31}, days{31}}) == "31 days");
  CHECK(fmt::format("{}", DayRange{days{0}, days{1}}) == "0 to 1 days");
}

TEST_CASE("a country prints its code, or its name with {:name}") {
  CHECK(fmt::format("{}", countries::USA) == "USA");
  CHECK(fmt::format("{:name}", countries::USA) == "United States");
  CHECK(fmt::format("{:name}", countries::SUN) == "Soviet Union");
  CHECK(fmt::format("{}", Country{}) == "XXX");
  CHECK(fmt::format("{:name}", Country{}) == "unknown state");
}

TEST_CASE("every role prints in words") {
  CHECK(fmt::format("{}", Role::head_of_state) == "head of state");
  CHECK(fmt::format("{}", Role::head_of_government) == "head of government");
  CHECK(fmt::format("{}", Role::vice_president) == "vice president");
  CHECK(fmt::format("{}", Role::foreign_minister) == "foreign minister");
  CHECK(fmt::format("{}", Role::defence_minister) == "defence minister");
  CHECK(fmt::format("{}", Role::national_security_adviser) == "national security adviser");
  CHECK(fmt::format("{}", Role::military_chief) == "military chief");
  CHECK(fmt::format("{}", Role::military_commander) == "military commander");
  CHECK(fmt::format("{}", Role::ambassador) == "ambassador");
  CHECK(fmt::format("{}", Role::envoy) == "envoy");
  CHECK(fmt::format("{}", Role::negotiator) == "negotiator");
  CHECK(fmt::format("{}", Role::official) == "official");
}

TEST_CASE("every level prints in words") {
  CHECK(fmt::format("{}", Level::leader) == "leader");
  CHECK(fmt::format("{}", Level::foreign_minister) == "foreign minister");
  CHECK(fmt::format("{}", Level::defence_minister) == "defence minister");
  CHECK(fmt::format("{}", Level::military_chief) == "military chief");
  CHECK(fmt::format("{}", Level::ambassador) == "ambassador");
  CHECK(fmt::format("{}", Level::envoy) == "envoy");
  CHECK(fmt::format("{}", Level::working_group) == "working group");
  CHECK(fmt::format("{}", Level::official) == "official");
  CHECK(fmt::format("{}", Level::unknown) == "unknown");
}

TEST_CASE("every medium prints as what a contact over it is called") {
  CHECK(fmt::format("{}", Medium::unknown) == "unknown medium");
  CHECK(fmt::format("{}", Medium::in_person) == "meeting");
  CHECK(fmt::format("{}", Medium::telephone) == "phone call");
  CHECK(fmt::format("{}", Medium::video) == "video call");
  CHECK(fmt::format("{}", Medium::teletype) == "teletype");
  CHECK(fmt::format("{}", Medium::telex) == "telex");
  CHECK(fmt::format("{}", Medium::facsimile) == "fax");
  CHECK(fmt::format("{}", Medium::letter) == "letter");
}

TEST_CASE("every topic prints in words") {
  CHECK(fmt::format("{}", Topic::ukraine) == "Ukraine");
  CHECK(fmt::format("{}", Topic::syria) == "Syria");
  CHECK(fmt::format("{}", Topic::iran_nuclear) == "Iran's nuclear programme");
  CHECK(fmt::format("{}", Topic::terrorism) == "terrorism");
  CHECK(fmt::format("{}", Topic::arms_control) == "arms control");
  CHECK(fmt::format("{}", Topic::middle_east_war) == "war in the Middle East");
  CHECK(fmt::format("{}", Topic::cyber_security) == "cyber-security");
  CHECK(fmt::format("{}", Topic::elections) == "election interference");
  CHECK(fmt::format("{}", Topic::north_korea) == "North Korea");
  CHECK(fmt::format("{}", Topic::economy) == "economy");
  CHECK(fmt::format("{}", Topic::climate) == "climate");
  CHECK(fmt::format("{}", Topic::prisoners) == "prisoners");
  CHECK(fmt::format("{}", Topic::other) == "other");
}

TEST_CASE("a set of topics prints in the order of the enumeration") {
  CHECK(fmt::format("{}", Topics{Topic::ukraine, Topic::syria}) == "Ukraine, Syria");
  CHECK(fmt::format("{}", Topics{Topic::syria, Topic::ukraine}) == "Ukraine, Syria");
  CHECK(fmt::format("{}", Topics{Topic::other}) == "other");
  CHECK(fmt::format("{}", Topics{}) == "no topics");
}

TEST_CASE("every agreement kind and status prints in words") {
  CHECK(fmt::format("{}", AgreementKind::memorandum) == "memorandum");
  CHECK(fmt::format("{}", AgreementKind::treaty) == "treaty");
  CHECK(fmt::format("{}", AgreementKind::ceasefire) == "ceasefire");
  CHECK(fmt::format("{}", AgreementKind::resolution) == "resolution");
  CHECK(fmt::format("{}", AgreementKind::channel) == "channel");
  CHECK(fmt::format("{}", AgreementKind::working_group) == "working group");
  CHECK(fmt::format("{}", AgreementKind::statement) == "joint statement");
  CHECK(fmt::format("{}", AgreementKind::other) == "other");
  CHECK(fmt::format("{}", AgreementStatus::unknown) == "unknown status");
  CHECK(fmt::format("{}", AgreementStatus::proposed) == "proposed");
  CHECK(fmt::format("{}", AgreementStatus::signed_) == "signed");
  CHECK(fmt::format("{}", AgreementStatus::in_force) == "in force");
  CHECK(fmt::format("{}", AgreementStatus::suspended) == "suspended");
  CHECK(fmt::format("{}", AgreementStatus::terminated) == "terminated");
}

TEST_CASE("an enumerator outside the enumeration says it is invalid") {
  CHECK(fmt::format("{}", static_cast<Level>(200)) == "invalid level");
  CHECK(fmt::format("{}", static_cast<Medium>(200)) == "invalid medium");
  CHECK(to_words(std::chrono::month{13}) == "invalid month");
}

TEST_CASE("the words are usable without fmt, in constant expressions") {
  static_assert(to_words(Level::working_group) == "working group");
  static_assert(to_words(Medium::telephone) == "phone call");
  static_assert(to_words(std::chrono::February) == "February");
  static_assert(entry_kind(ChannelId{2}) == "channel");
  CHECK(to_words(AgreementStatus::in_force) == "in force");
}

TEST_CASE("an office prints its role and its state") {
  CHECK(fmt::format("{}", Office{Role::foreign_minister, countries::RUS}) ==
        "foreign minister of RUS");
  CHECK(fmt::format("{}", Office{Role::head_of_state, countries::SUN}) == "head of state of SUN");
}

TEST_CASE("a duration prints in hours and minutes") {
  CHECK(fmt::format("{}", Duration{minutes{135}}) == "2 h 15 min");
  CHECK(fmt::format("{}", Duration{minutes{45}}) == "45 min");
  CHECK(fmt::format("{}", Duration{minutes{180}}) == "3 h");
  CHECK(fmt::format("{}", Duration{}) == "0 min");
  CHECK(fmt::format("{}", Duration{minutes{-75}}) == "-1 h 15 min");
}

TEST_CASE("an id prints what it identifies and its number") {
  CHECK(fmt::format("{}", ActorId{7}) == "actor 7");
  CHECK(fmt::format("{}", ChannelId{2}) == "channel 2");
  CHECK(fmt::format("{}", ContactId{3}) == "contact 3");
  CHECK(fmt::format("{}", AgreementId{4}) == "agreement 4");
  CHECK(fmt::format("{}", SourceId{5}) == "source 5");
  CHECK(fmt::format("{}", ActorId{}) == "no actor");
  CHECK(fmt::format("{}", ChannelId{}) == "no channel");
}

TEST_CASE("an actor, a channel and an agreement print their names") {
  CHECK(fmt::format("{}", Actor{ActorId{2}, "Vladimir Putin"}) == "Vladimir Putin");
  CHECK(fmt::format("{}", Channel{.id = ChannelId{1}, .name = "Moscow-Washington hotline"}) ==
        "Moscow-Washington hotline");
  CHECK(fmt::format(
            "{}", Agreement{.id = AgreementId{1}, .name = "UN Security Council Resolution 2268"}) ==
        "UN Security Council Resolution 2268");
}

TEST_CASE("an entry without a name prints its id") {
  CHECK(fmt::format("{}", Actor{ActorId{3}, ""}) == "actor 3");
  CHECK(fmt::format("{}", Channel{.id = ChannelId{4}}) == "channel 4");
  CHECK(fmt::format("{}", Agreement{}) == "no agreement");
}

TEST_CASE("a tenure prints title, state and ISO dates") {
  const Tenure austin{.actor = ActorId{5},
                      .office = {Role::defence_minister, countries::USA},
                      .title = "Secretary of Defense",
                      .start = "2021-01-22"_date};
  CHECK(fmt::format("{}", austin) == "Secretary of Defense (USA), 2021-01-22 to present");
  Tenure centcom{.actor = ActorId{5},
                 .office = {Role::military_commander, countries::USA},
                 .title = "Commander of US Central Command",
                 .start = "2013-03-22"_date,
                 .end = "2016-03-30"_date};
  CHECK(fmt::format("{}", centcom) ==
        "Commander of US Central Command (USA), 2013-03-22 to 2016-03-30");
  centcom.title = {};
  CHECK(fmt::format("{}", centcom) == "military commander (USA), 2013-03-22 to 2016-03-30");
}

TEST_CASE("a source prints publication, quoted title and date") {
  Source s{.id = SourceId{1},
           .publication = "Al Jazeera",
           .title = "Title",
           .published = Date::in_month(2016, 3)};
  CHECK(fmt::format("{}", s) == "Al Jazeera, \"Title\" (March 2016)");
  s.title = {};
  CHECK(fmt::format("{}", s) == "Al Jazeera (March 2016)");
  s.publication = {};
  s.title = "Title";
  CHECK(fmt::format("{}", s) == "\"Title\" (March 2016)");
  s.title = {};
  CHECK(fmt::format("{}", s) == "source 1 (March 2016)");
}

TEST_CASE("a contact prints a one-line summary of its own fields") {
  const Contact c{.id = ContactId{1},
                  .date = Date::in_month(2014, 3),
                  .states = {countries::USA, countries::RUS},
                  .medium = Medium::telephone,
                  .level = Level::leader};
  CHECK(fmt::format("{}", c) == "March 2014, phone call, USA–RUS, leader level");
}

TEST_CASE("a contact without states prints its participants' ids") {
  const Contact c{.date = Date::on(2017, 7, 7),
                  .participants = {ActorId{1}, ActorId{2}},
                  .medium = Medium::in_person};
  CHECK(fmt::format("{}", c) == "7 July 2017, meeting, actor 1–actor 2, unknown level");
  CHECK(fmt::format("{}", Contact{}) ==
        "invalid date, unknown medium, no participants, unknown level");
}

TEST_CASE("a registry contact prints the states and level the builder derived") {
  CHECK(fmt::format("{}", registry[ContactId{1}]) == "7 July 2017, meeting, USA–RUS, leader level");
  CHECK(fmt::format("{}", registry[ContactId{2}]) ==
        "10 May 2017, meeting, USA–RUS, foreign minister level");
}

TEST_CASE("describe names two participants from the registry") {
  CHECK(describe(registry, registry[ContactId{1}]) ==
        "7 July 2017: Donald Trump and Vladimir Putin, meeting in Hamburg, 2 h 15 min");
}

TEST_CASE("describe names three participants as A, B and C") {
  CHECK(describe(registry, registry[ContactId{2}]) ==
        "10 May 2017: Donald Trump, Sergey Lavrov and Sergey Kislyak, meeting in Washington");
}

TEST_CASE("describe writes an id the registry does not know") {
  const Contact c{.date = Date::in_month(2014, 3),
                  .participants = {putin, ActorId{99}},
                  .medium = Medium::telephone};
  CHECK(describe(registry, c) == "March 2014: Vladimir Putin and actor 99, phone call");
}

TEST_CASE("describe names the states of a contact from event data") {
  const Contact c{.date = Date::in_month(2014, 3),
                  .states = {countries::USA, countries::RUS},
                  .medium = Medium::telephone,
                  .level = Level::leader};
  CHECK(describe(registry, c) == "March 2014: United States and Russia, phone call");
  CHECK(describe(registry, Contact{}) == "invalid date: unknown participants, unknown medium");
}

TEST_CASE("registry diagnostics, rules and parse errors print their text") {
  CHECK(fmt::format("{}", Rule::initiator_not_participant) == "initiator did not take part");
  const Diagnostic d{.rule = Rule::initiator_not_participant,
                     .kind = "contact",
                     .id = 17,
                     .date = to_iso(Date::in_month(2014, 3)),
                     .field = "initiator"};
  CHECK(fmt::format("{}", d) ==
        "contact 17 (2014-03) field initiator: initiator did not take part");
  const auto parsed = Date::parse("2014-13");
  REQUIRE_FALSE(parsed.ok());
  CHECK(fmt::format("{}", parsed.error()) == "offset 5: month must be 01 to 12");
}

TEST_CASE("a medium taken up and a refined date print in words") {
  CHECK(fmt::format("{}", MediumSince{Medium::telephone, Date::in_year(1991)}) ==
        "phone call since 1991");
  CHECK(fmt::format("{}", Refinement{Date::on(2017, 7, 7), "G20 programme"}) ==
        "7 July 2017 (G20 programme)");
  CHECK(fmt::format("{}", Refinement{Date::on(2017, 7, 7), ""}) == "7 July 2017");
}

TEST_CASE("every formatter takes the fill, alignment and width of a string") {
  CHECK(fmt::format("[{:>12}]", Date::in_month(2014, 3)) == "[  March 2014]");
  CHECK(fmt::format("[{:iso<9}]", Date::in_month(2014, 3)) == "[2014-03  ]");
  CHECK(fmt::format("[{:name*^17}]", countries::USA) == "[**United States**]");
  CHECK(fmt::format("[{:<7}]", countries::RUS) == "[RUS    ]");
  CHECK(fmt::format("[{:>8}]", Level::leader) == "[  leader]");
  CHECK(fmt::format("[{:.5}]", Medium::telephone) == "[phone]");
  CHECK(fmt::format("[{:>9}]", ActorId{7}) == "[  actor 7]");
  CHECK(fmt::format("[{:>{}}]", Duration{minutes{45}}, 8) == "[  45 min]");
}

TEST_CASE("a letter may be the fill, a nested argument's name or the type s") {
  CHECK(fmt::format("[{:x<6}]", Level::envoy) == "[envoyx]");
  CHECK(fmt::format("[{:s}]", Level::envoy) == "[envoy]");
  CHECK(fmt::format("[{:iso>{width}s}]", Date::in_year(1973), fmt::arg("width", 6)) == "[  1973]");
}

TEST_CASE("a spec a formatter does not take is a format error that names the type's specs") {
  CHECK_THROWS_WITH_AS((void)fmt::format(fmt::runtime("{:name}"), Date::in_year(1973)),
                       doctest::Contains("a Date takes {}, {:iso}"), fmt::format_error);
  CHECK_THROWS_WITH_AS((void)fmt::format(fmt::runtime("{:iso}"), countries::USA),
                       doctest::Contains("a Country takes {}, {:name}"), fmt::format_error);
  CHECK_THROWS_WITH_AS((void)fmt::format(fmt::runtime("{:x}"), Level::leader),
                       doctest::Contains("this type takes {} and a string's"), fmt::format_error);
  CHECK_THROWS_WITH_AS((void)fmt::format(fmt::runtime("{:iso}"), DayRange{}),
                       doctest::Contains("this type takes {} and a string's"), fmt::format_error);
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:bogus}"), Date::in_year(1973)),
                  fmt::format_error);
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:name}"), Date::in_year(1973)),
                  fmt::format_error);
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:iso}"), countries::USA), fmt::format_error);
  CHECK_THROWS_AS((void)fmt::format(fmt::runtime("{:d}"), Level::leader), fmt::format_error);
}

TEST_CASE("every duration prints, even the most negative one") {
  CHECK(fmt::format("{}", hotline::Duration{std::chrono::minutes{-135}}) == "-2 h 15 min");
  const auto most_negative =
      hotline::Duration{std::chrono::minutes{std::numeric_limits<std::int64_t>::min()}};
  CHECK(fmt::format("{}", most_negative) == "-153722867280912930 h 8 min");
}

TEST_CASE("the results of queries print in words") {
  const auto& c = documented.contacts;
  const auto blinken_lavrov =
      select(c, where::between(people::antony_blinken, people::sergey_lavrov));
  const auto austin_shoigu = select(c, where::between(people::lloyd_austin, people::sergei_shoigu));
  const auto putin_obama_calls =
      select(c, where::between(people::vladimir_putin, people::barack_obama) &
                    where::medium(Medium::telephone));
  CHECK(fmt::format("{}", *longest_gap(blinken_lavrov)) == "1 to 729 days, from 2021 to 2022");
  CHECK(fmt::format("{}", *longest_gap(putin_obama_calls)) ==
        "185 to 244 days: certainly 185 days (from July 2014 to February 2015), possibly 244 days "
        "(from June 2015 to January 2016)");
  CHECK(fmt::format("{}", longest_gap(putin_obama_calls)->certain) ==
        "185 days, from July 2014 to February 2015");
  CHECK(fmt::format("{}", *gaps(putin_obama_calls).begin()) ==
        "0 to 30 days, from March 2014 to March 2014");
  CHECK(fmt::format("{}", *silence_as_of(
                              select(c, where::between(people::joe_biden, people::vladimir_putin)),
                              "2022-10-25"_date)) == "247 to 256 days since mid-February 2022");
  CHECK(fmt::format("{}", *silence_as_of(std::array{"2022"_date}, "2022-06-01"_date)) ==
        "at least 0 days since 2022");
  CHECK(fmt::format("{}", bursts(austin_shoigu, 2, days{3}, Certainty::certain).front()) ==
        "2 contacts, between 21 October 2022 and 23 October 2022");
  CHECK(fmt::format("{}", count_in(putin_obama_calls, "2014"_date)) == "3 contacts");
  CHECK(fmt::format("{}", count_in(blinken_lavrov, "2022-05"_date)) == "0 to 2 contacts");
  CHECK(fmt::format("{}", CountRange{1, 1}) == "1 contact");
  const auto kerry_lavrov = select(c, where::between(people::john_kerry, people::sergey_lavrov));
  const MonthsWithout m = months_without(kerry_lavrov, 2013y / 9, 2014y / 12);
  CHECK(fmt::format("{}", m) ==
        "5 months certainly without contact (the longest run: 5 months, October 2013 to "
        "February 2014), 15 possibly");
  CHECK(fmt::format("{}", MonthRun{2014y / 3, months{1}}) == "1 month, March 2014");
  CHECK(fmt::format("{}", MonthRun{}) == "no months");
  CHECK(fmt::format("{:>12}", CountRange{2, 2}) == "  2 contacts");
}

TEST_CASE("a report formats as its text") {
  const std::vector<Contact> all(documented.contacts.begin(), documented.contacts.end());
  const Report r = make_report(all, {}, documented, "contacts in the built-in registry");
  CHECK(fmt::format("{}", r) == to_text(r));
  CHECK(fmt::format("{}", r).starts_with("Gap report: contacts in the built-in registry\n"));
}
