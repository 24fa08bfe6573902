// The registry: lookups, derived states and levels, and every validation rule
// at run time (the compile-time side is in tests/compile_fail/).
#include <hotline/registry.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <stdexcept>
#include <string>

namespace {

using namespace hotline;
using namespace hotline::literals;
using namespace hotline::countries;

constexpr ActorId obama{1};
constexpr ActorId putin{2};
constexpr ActorId kerry{3};
constexpr ActorId lavrov{4};
constexpr ChannelId hotline_channel{1};
constexpr SourceId article{1};

RegistryTables valid_tables() {
  RegistryTables t;
  t.sources = {{.id = article, .publication = "Russia Direct", .published = "2016-03"_date}};
  t.actors = {{putin, "Vladimir Putin"},
              {obama, "Barack Obama"},
              {lavrov, "Sergey Lavrov"},
              {kerry, "John Kerry"}};
  t.tenures = {
      {putin, {Role::head_of_state, RUS}, "President", "2012-05-07"_date, std::nullopt, article},
      {obama,
       {Role::head_of_state, USA},
       "President",
       "2009-01-20"_date,
       "2017-01-20"_date,
       article},
      {kerry,
       {Role::foreign_minister, USA},
       "Secretary of State",
       "2013-02-01"_date,
       "2017-01-20"_date,
       article},
      {lavrov,
       {Role::foreign_minister, RUS},
       "Minister",
       "2004-03-09"_date,
       std::nullopt,
       article}};
  t.channels = {{.id = hotline_channel,
                 .name = "Moscow-Washington hotline",
                 .level = Level::leader,
                 .established = "1963"_date,
                 .media = {{Medium::teletype, "1963"_date}, {Medium::telephone, "1991"_date}},
                 .source = article}};
  t.contacts = {{.id = ContactId{2},
                 .date = "2015-06"_date,
                 .participants = {putin, obama},
                 .channel = hotline_channel,
                 .medium = Medium::telephone,
                 .source = article},
                {.id = ContactId{1},
                 .date = "2014-03"_date,
                 .participants = {obama, putin},
                 .channel = hotline_channel,
                 .medium = Medium::telephone,
                 .initiator = obama,
                 .source = article},
                {.id = ContactId{3},
                 .date = "2014-03-14"_date,
                 .participants = {kerry, lavrov, obama},
                 .medium = Medium::in_person,
                 .source = article}};
  t.agreements = {{.id = AgreementId{1},
                   .name = "Cessation of Hostilities in Syria",
                   .kind = AgreementKind::ceasefire,
                   .parties = {USA, RUS},
                   .signed_on = "2016-02-22"_date,
                   .in_force = "2016-02-27"_date,
                   .source = article}};
  return t;
}

// The first diagnostic that building `t` gives (later ones may follow from
// it: a tenure of an unknown actor leaves that actor without an office).
Diagnostic only_error(RegistryTables t) {
  auto built = OwnedRegistry::build(std::move(t));
  REQUIRE_FALSE(built.registry.has_value());
  REQUIRE_FALSE(built.errors.empty());
  return built.errors.front();
}

}  // namespace

TEST_CASE("a valid registry builds, sorted by id and by date") {
  auto built = OwnedRegistry::build(valid_tables());
  CHECK(built.errors.empty());
  REQUIRE(built.registry.has_value());
  const Registry r = built.registry->view();
  CHECK(r.actors.front().name == "Barack Obama");
  CHECK(std::is_sorted(r.actors.begin(), r.actors.end(),
                       [](const Actor& a, const Actor& b) { return a.id < b.id; }));
  REQUIRE(r.contacts.size() == 3);
  CHECK(r.contacts[0].id == ContactId{1});  // 2014-03 starts before 2014-03-14
  CHECK(r.contacts[1].id == ContactId{3});
  CHECK(r.contacts[2].id == ContactId{2});
}

TEST_CASE("the builder derives each contact's states and level from the offices held") {
  auto built = OwnedRegistry::build(valid_tables());
  const Registry r = built.registry->view();
  const Contact& call = r[ContactId{1}];
  CHECK(call.states == States{USA, RUS});
  CHECK(call.level == Level::leader);
  // Obama and Kerry for the United States, Lavrov for Russia: the contact is
  // at the level of its least senior side, the foreign minister.
  const Contact& meeting = r[ContactId{3}];
  CHECK(meeting.states == States{USA, RUS});
  CHECK(meeting.level == Level::foreign_minister);
}

TEST_CASE("lookups by id and by name find entries, and unknown ones throw") {
  auto built = OwnedRegistry::build(valid_tables());
  const Registry r = built.registry->view();
  CHECK(r[putin].name == "Vladimir Putin");
  CHECK(r.actor("John Kerry").id == kerry);
  CHECK(r.channel("Moscow-Washington hotline").id == hotline_channel);
  CHECK(r.agreement("Cessation of Hostilities in Syria").kind == AgreementKind::ceasefire);
  CHECK(r.find(ActorId{99}) == nullptr);
  CHECK_THROWS_WITH_AS(r.actor("Barak Obama"),
                       "hotline::Registry: no entry with that actor name 'Barak Obama'",
                       std::out_of_range);
  CHECK_THROWS_AS(r[ChannelId{9}], std::out_of_range);
}

TEST_CASE("office_on picks the most senior office held on the date") {
  auto t = valid_tables();
  t.tenures.push_back(
      {kerry, {Role::envoy, USA}, "Special Envoy", "2021-01-20"_date, "2024-03-06"_date, article});
  auto built = OwnedRegistry::build(std::move(t));
  const Registry r = built.registry->view();
  CHECK(r.tenures_of(kerry).size() == 2);
  CHECK(r.office_on(kerry, "2015"_date)->office.role == Role::foreign_minister);
  CHECK(r.office_on(kerry, "2022"_date)->office.role == Role::envoy);
  CHECK_FALSE(r.office_on(kerry, "2018"_date).has_value());
}

TEST_CASE("a contact whose initiator did not take part is rejected") {
  auto t = valid_tables();
  t.contacts[0].initiator = kerry;
  const Diagnostic d = only_error(std::move(t));
  CHECK(d.rule == Rule::initiator_not_participant);
  CHECK(d.kind == "contact");
  CHECK(d.id == 2);
  CHECK(d.field == "initiator");
  CHECK(d.date.view() == "2015-06");
  CHECK(detail::DiagnosticText{d}.view() ==
        "contact 2 (2015-06) field initiator: initiator did not take part");
}

TEST_CASE("a contact with an impossible date is rejected") {
  auto t = valid_tables();
  t.contacts[0].date = Date::on(2015, 2, 30);
  const Diagnostic d = only_error(std::move(t));
  CHECK(d.rule == Rule::impossible_date);
  CHECK(d.field == "date");
}

TEST_CASE("unknown actor, channel and source ids are rejected") {
  auto t = valid_tables();
  t.contacts[0].participants = {obama, ActorId{42}};
  CHECK(only_error(t).rule == Rule::unknown_actor);
  t = valid_tables();
  t.contacts[0].channel = ChannelId{42};
  CHECK(only_error(t).rule == Rule::unknown_channel);
  t = valid_tables();
  t.contacts[0].source = SourceId{42};
  CHECK(only_error(t).rule == Rule::unknown_source);
  t = valid_tables();
  t.channels[0].established_by = AgreementId{42};
  CHECK(only_error(t).rule == Rule::unknown_agreement);
  t = valid_tables();
  t.agreements[0].reached_at = ContactId{42};
  CHECK(only_error(t).rule == Rule::unknown_contact);
  t = valid_tables();
  t.tenures[0].actor = ActorId{42};
  CHECK(only_error(t).rule == Rule::unknown_actor);
}

TEST_CASE("duplicate and missing ids are rejected") {
  auto t = valid_tables();
  t.contacts[1].id = ContactId{2};
  auto d = only_error(t);
  CHECK(d.rule == Rule::duplicate_id);
  CHECK(d.kind == "contact");
  t = valid_tables();
  t.actors.push_back({kerry, "Kerry again"});
  d = only_error(t);
  CHECK(d.rule == Rule::duplicate_id);
  CHECK(d.kind == "actor");
  t = valid_tables();
  t.sources.push_back(t.sources[0]);
  CHECK(only_error(t).rule == Rule::duplicate_id);
  t = valid_tables();
  t.agreements[0].id = AgreementId{};
  CHECK(only_error(t).rule == Rule::missing_id);
}

TEST_CASE("a contact with fewer than two participants, or one state only, is rejected") {
  auto t = valid_tables();
  t.contacts[0].participants = {putin};
  CHECK(only_error(t).rule == Rule::too_few_participants);
  t = valid_tables();
  t.contacts[2].participants = {kerry, obama};
  CHECK(only_error(t).rule == Rule::same_state_only);
  t = valid_tables();
  t.contacts[0].participants = {putin, putin, obama};
  CHECK(only_error(t).rule == Rule::repeated_participant);
}

TEST_CASE("a participant who held no office on the date is rejected") {
  auto t = valid_tables();
  t.contacts[0].date = "2008"_date;  // Obama took office in 2009
  auto built = OwnedRegistry::build(std::move(t));
  // Neither held an office in 2008 in these tables: one error for each.
  REQUIRE(built.errors.size() == 2);
  for (const Diagnostic& d : built.errors) {
    CHECK(d.rule == Rule::no_office_on_date);
    CHECK(d.field == "participants");
    CHECK(d.date.view() == "2008");
  }
}

TEST_CASE("states or a level given with a contact must match the derived ones") {
  auto t = valid_tables();
  t.contacts[0].level = Level::leader;
  t.contacts[0].states = {USA, RUS};  // in another order than the participants
  auto built = OwnedRegistry::build(t);
  CHECK(built.errors.empty());
  t.contacts[0].states = {USA, RUS, GBR};
  CHECK(only_error(t).rule == Rule::derived_mismatch);
  t.contacts[0].states = {USA, RUS};
  t.contacts[0].level = Level::ambassador;
  CHECK(only_error(t).rule == Rule::derived_mismatch);
}

TEST_CASE("an agreement in force before it was signed is rejected") {
  auto t = valid_tables();
  t.agreements[0].in_force = "2016-02-20"_date;
  const Diagnostic d = only_error(std::move(t));
  CHECK(d.rule == Rule::in_force_before_signed);
  CHECK(d.kind == "agreement");
  CHECK(d.label == "Cessation of Hostilities in Syria");
}

TEST_CASE("a channel used before it was established, or over a medium it lacked, is rejected") {
  auto t = valid_tables();
  t.channels[0].established = "2015-01"_date;
  t.channels[0].media = {};
  CHECK(only_error(t).rule == Rule::channel_not_yet_established);
  t = valid_tables();
  t.contacts[0].medium = Medium::video;
  CHECK(only_error(t).rule == Rule::medium_not_carried);
}

TEST_CASE("tenures and channels that end before they start are rejected") {
  auto t = valid_tables();
  t.tenures[1].end = "2008"_date;
  CHECK(only_error(t).rule == Rule::ends_before_start);
  t = valid_tables();
  t.channels[0].ended = "1962"_date;
  CHECK(only_error(t).rule == Rule::ends_before_start);
}

TEST_CASE("a refinement must lie inside the documented date") {
  auto t = valid_tables();
  t.contacts[1].refined = Refinement{"2014-03-06"_date, "readout"};
  CHECK(OwnedRegistry::build(t).errors.empty());
  t.contacts[1].refined = Refinement{"2014-04-06"_date, "readout"};
  CHECK(only_error(t).rule == Rule::refinement_outside_date);
}

TEST_CASE("every broken rule is reported, not only the first") {
  auto t = valid_tables();
  t.contacts[0].initiator = kerry;
  t.contacts[1].source = SourceId{9};
  t.agreements[0].in_force = "2015"_date;
  auto built = OwnedRegistry::build(std::move(t));
  CHECK_FALSE(built.registry.has_value());
  CHECK(built.errors.size() == 3);
}

TEST_CASE("every rule has its own wording") {
  for (int i = 0; i <= static_cast<int>(Rule::refinement_outside_date); ++i)
    for (int j = 0; j < i; ++j)
      CHECK(to_words(static_cast<Rule>(i)) != to_words(static_cast<Rule>(j)));
}

TEST_CASE("the errors of a failed build name entries whose text outlives the tables") {
  auto t = valid_tables();
  // A name that lives only in the tables' own text store.
  t.agreements[0].name = t.text.keep(std::string("Cessation of Hostilities, read from a file"));
  t.agreements[0].in_force = "2016-02-20"_date;
  auto built = OwnedRegistry::build(std::move(t));
  REQUIRE(built.errors.size() == 1);
  // The tables are gone; the label must still read (AddressSanitizer checks).
  CHECK(built.errors[0].label == "Cessation of Hostilities, read from a file");
}

TEST_CASE("an entry without a name is rejected") {
  auto t = valid_tables();
  t.actors[0].name = {};
  Diagnostic d = only_error(t);
  CHECK(d.rule == Rule::missing_name);
  CHECK(d.kind == "actor");
  CHECK(d.field == "name");
  t = valid_tables();
  t.channels[0].name = {};
  d = only_error(t);
  CHECK(d.rule == Rule::missing_name);
  CHECK(d.kind == "channel");
}
