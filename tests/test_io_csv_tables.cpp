// The tables in CSV: headers, columns by name, each field's exact error,
// strict and lenient modes, and a run-time registry built from CSV files
// through the rules of the compile-time builder.
#include <hotline/io/csv.hpp>

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>

#include "support/io_strings.hpp"

#include "support/strings.hpp"

using namespace hotline;
using hotline::io::ErrorMode;
using hotline::io::ReadError;
using hotline::io::ReadOptions;
using hotline::io::RowError;

namespace {

// The error that strict reading of a contacts file stops at.
RowError contacts_error(std::string_view text, std::span<const Actor> actors = {}) {
  std::istringstream in{std::string(text)};
  TextStore store;
  try {
    io::read_table<Contact>(in, "c.csv", store, {}, {actors});
  } catch (const ReadError& e) {
    return e.error();
  }
  FAIL("no error for ", std::string(text));
  return {};
}

io::Loaded<Contact> contacts(std::string_view text, TextStore& store,
                             const ReadOptions& options = {}, std::span<const Actor> actors = {}) {
  std::istringstream in{std::string(text)};
  return io::read_table<Contact>(in, "c.csv", store, options, {actors});
}

const Actor obama{ActorId{1}, "Barack Obama"};
const Actor putin{ActorId{2}, "Vladimir Putin"};
const std::vector<Actor> people{obama, putin};

}  // namespace

TEST_CASE("the header row is written in the documented order") {
  std::ostringstream out;
  io::write_table<Contact>(out, {});
  CHECK(out.str() ==
        "id,date,participants,countries,level,channel,medium,initiator,location,duration_min,"
        "topics,source,quote,refined_date,refined_note,reports,participant_ids,initiator_id,"
        "earliest,latest,precision,refined_date_earliest,refined_date_latest,"
        "refined_date_precision\r\n");
  std::ostringstream a;
  io::write_table<Agreement>(a, {});
  CHECK(a.str() ==
        "id,name,kind,parties,signed,in_force,status,source,reached_at,quote,refined_date,"
        "refined_note,signed_earliest,signed_latest,signed_precision,in_force_earliest,"
        "in_force_latest,in_force_precision,refined_date_earliest,refined_date_latest,"
        "refined_date_precision\r\n");
}

TEST_CASE("a contact is written with names, codes and ISO dates that people read") {
  Contact c;
  c.id = ContactId{17};
  c.date = Date::mid_month(2022, 2);
  c.participants = {ActorId{1}, ActorId{2}};
  c.states = {countries::USA, countries::RUS};
  c.level = Level::leader;
  c.medium = Medium::telephone;
  c.initiator = ActorId{1};
  c.duration = Duration{std::chrono::minutes{62}};
  c.topics = {Topic::ukraine, Topic::arms_control};
  c.source = SourceId{3};
  c.quote = "They spoke, \"briefly\".";
  std::ostringstream out;
  io::write_table<Contact>(out, std::span<const Contact>{&c, 1}, {people}, {"\n"});
  CHECK(out.str().substr(out.str().find('\n') + 1) ==
        "17,2022-02-11/2022-02-20,Barack Obama;Vladimir Putin,USA;RUS,leader,,telephone,"
        "Barack Obama,,62,ukraine;arms_control,3,\"They spoke, \"\"briefly\"\".\",,,1,1;2,1,"
        "2022-02-11,2022-02-20,mid_month,,,\n");
}

TEST_CASE("each date's earliest and latest day and precision are written beside, and checked") {
  TextStore store;
  const auto read = contacts(
      "date,countries,earliest,latest,Precision\n"
      "2021-05,BEL;ARG,2021-05-01,2021-05-31,month\n"
      "2021,BEL;ARG,,,\n",
      store);
  CHECK(read.rows.size() == 2);
  CHECK(read.ignored_columns.empty());
  // A date edited in a spreadsheet without its days is a bad row that says so.
  CHECK_THROWS_WITH_AS(contacts("date,countries,latest\n2021-06,BEL;ARG,2021-05-31\n", store),
                       "c.csv:2:3: latest: '2021-05-31' disagrees with date '2021-06', whose "
                       "latest is 2021-06-30",
                       io::ReadError);
  CHECK_THROWS_WITH_AS(
      contacts("date,countries,precision\n2021-06,BEL;ARG,day\n", store),
      "c.csv:2:3: precision: 'day' disagrees with date '2021-06', whose precision is month",
      io::ReadError);
  // What the writer writes reads back.
  std::ostringstream out;
  io::write_table<Contact>(out, std::span<const Contact>(read.rows), {}, {"\n"});
  const auto again = contacts(out.str(), store);
  REQUIRE(again.rows.size() == 2);
  CHECK(again.rows[0].date == read.rows[0].date);
  CHECK(out.str().find(",2021-01-01,2021-12-31,year,,,\n") != std::string::npos);
}

TEST_CASE("columns are found by name, in any order, and unknown columns are ignored") {
  TextStore store;
  const auto read =
      contacts("note,medium,date,id,countries\nmine,in_person,2017-07-07,4,USA;RUS\n", store);
  REQUIRE(read.rows.size() == 1);
  CHECK(read.rows[0].id == ContactId{4});
  CHECK(read.rows[0].date == Date::on(2017, 7, 7));
  CHECK(read.rows[0].medium == Medium::in_person);
  CHECK(read.rows[0].states == States{countries::USA, countries::RUS});
  CHECK(read.rows[0].reports == 1);
}

TEST_CASE("participants may be given by name when the actors are known") {
  TextStore store;
  const auto read = contacts(
      "id,date,participants,initiator\n1,2015-09-28,Barack Obama;Vladimir Putin,"
      "Vladimir Putin\n2,2016,#9;Barack Obama,#9\n",
      store, {}, people);
  REQUIRE(read.rows.size() == 2);
  CHECK(read.rows[0].participants == Participants{ActorId{1}, ActorId{2}});
  CHECK(read.rows[0].initiator == ActorId{2});
  CHECK(read.rows[1].participants == Participants{ActorId{9}, ActorId{1}});
  CHECK(read.rows[1].initiator == ActorId{9});
}

TEST_CASE("participant_ids and names that disagree are an error, never a guess") {
  // With the actors table: an id names its actor, and a name its id.
  CHECK(
      contacts_error("id,date,participants,participant_ids\n1,2015,Someone Else;x,1;2\n", people) ==
      RowError{"c.csv", 2, 4, "participant_ids",
               "id 1 is 'Barack Obama' in the actors table, not 'Someone Else'"});
  CHECK(contacts_error("id,date,participants,participant_ids\n1,2015,Barack Obama,7\n", people)
            .what == "'Barack Obama' has id 1 in the actors table, not 7");
  // Without one: the file's own ids and names, paired on their first line.
  CHECK(contacts_error("id,date,participants,participant_ids,countries\n"
                       "1,2015,Ilse Vanberg,1,BEL\n2,2016,Tomás Quiroga,1,ARG\n")
            .what == "id 1 is 'Ilse Vanberg' on line 2, not 'Tomás Quiroga'");
  CHECK(contacts_error("id,date,participants,participant_ids,countries\n"
                       "1,2015,A;B,1;2,BEL;ARG\n2,2016,A,3,BEL\n")
            .what == "'A' has id 1 on line 2, not 3");
  CHECK(contacts_error("id,date,participants,participant_ids,countries\n1,2015,A;B,1,BEL\n").what ==
        "participants names 2 people and participant_ids gives 1 ids");
  // With an id column, a new name needs its id.
  CHECK(contacts_error("id,date,participants,participant_ids,countries\n1,2015,A;B,,BEL\n").what ==
        "no id for 'A': the file has an id column, so each new person needs an id "
        "there");
  // Agreeing ids and names are the file's people, whatever other registry
  // uses those numbers.
  TextStore store;
  const auto read = contacts(
      "id,date,participants,participant_ids,countries\n1,2015,Ilse Vanberg;Tomás Quiroga,1;2,"
      "BEL;ARG\n2,2016,Tomás Quiroga;Ilse Vanberg,2;1,ARG;BEL\n",
      store);
  REQUIRE(read.rows.size() == 2);
  CHECK(read.rows[1].participants == Participants{ActorId{2}, ActorId{1}});
  CHECK(read.people ==
        std::vector<Actor>{{ActorId{1}, "Ilse Vanberg"}, {ActorId{2}, "Tomás Quiroga"}});
}

TEST_CASE("a name no table knows is a new person of the file's own") {
  TextStore store;
  const auto read =
      contacts("date,participants,countries\n2015,Barack Obama; Bob ,USA;RUS\n2016,Bob;Ann,RUS\n",
               store, {}, people);
  REQUIRE(read.rows.size() == 2);
  // The actors table keeps its ids; new names get the next ones.
  CHECK(read.rows[0].participants == Participants{ActorId{1}, ActorId{3}});
  CHECK(read.rows[1].participants == Participants{ActorId{3}, ActorId{4}});
  CHECK(read.people == std::vector<Actor>{obama, putin, {ActorId{3}, "Bob"}, {ActorId{4}, "Ann"}});
}

TEST_CASE("an empty file has no header row") {
  CHECK(contacts_error("") == RowError{"c.csv", 1, 0, "", "empty file: no header row"});
  CHECK(contacts_error("\xEF\xBB\xBF") == RowError{"c.csv", 1, 0, "", "empty file: no header row"});
}

TEST_CASE("a required column missing from the header stops reading in either mode") {
  const RowError missing{"c.csv", 1, 0, "", "missing column 'date' in the contact header"};
  CHECK(contacts_error("id,when,countries\n1,2015,USA\n") == missing);
  std::istringstream in("id,when\n1,2015\n");
  TextStore store;
  CHECK_THROWS_AS(io::read_table<Contact>(in, "c.csv", store, {.mode = ErrorMode::lenient}),
                  ReadError);
  CHECK(
      contacts_error("id,date\n1,2015\n") ==
      RowError{"c.csv", 1, 0, "", "the contact header needs a participants or a countries column"});
}

TEST_CASE("column names are matched in any case and without the spaces around them") {
  TextStore store;
  const auto read = contacts(
      " Date ,COUNTRIES,Level,Participant IDs,Notes,notes2\n2015,USA;RUS,leader,,x,y\n", store);
  REQUIRE(read.rows.size() == 1);
  CHECK(read.rows[0].level == Level::leader);
  CHECK(read.ignored_columns == std::vector<std::string>{"Notes", "notes2"});
}

TEST_CASE("a column named twice is an error") {
  CHECK(contacts_error("id,date,date\n") ==
        RowError{"c.csv", 1, 3, "date", "column 'date' appears twice"});
  CHECK(contacts_error("id,date,Date\n") ==
        RowError{"c.csv", 1, 3, "Date", "column 'Date' appears twice"});
}

TEST_CASE("a header that is not CSV is an error") {
  CHECK(contacts_error("id,\"date\nx") ==
        RowError{"c.csv", 1, 2, "",
                 "bad header row: quoted field not closed before the end of the file"});
}

TEST_CASE("a row with the wrong number of fields is an error naming the first field off") {
  CHECK(contacts_error("id,date,countries\n1,2015,USA;RUS\n2,2016\n") ==
        RowError{"c.csv", 3, 3, "", "expected 3 fields, found 2"});
  CHECK(contacts_error("id,date,countries\n1,2015,USA,x,y\n") ==
        RowError{"c.csv", 2, 4, "", "expected 3 fields, found 5"});
}

TEST_CASE("a truncated last line is an error, not a short row") {
  CHECK(contacts_error("id,date,countries\n1,2014-03,USA;RUS\n2,20") ==
        RowError{"c.csv", 3, 3, "", "expected 3 fields, found 2"});
  CHECK(contacts_error("id,date,countries,quote\n1,2014-03,USA;RUS,\"cut") ==
        RowError{"c.csv", 2, 4, "quote", "quoted field not closed before the end of the file"});
  CHECK(contacts_error("id,countries,date\n1,USA;RUS,2014-03\n2,USA,20") ==
        RowError{"c.csv", 3, 3, "date", "bad date '20': expected a four-digit year"});
}

TEST_CASE("impossible and malformed dates are errors with the reason") {
  CHECK(contacts_error("id,date,countries\n1,2015-02-30,USA;RUS\n") ==
        RowError{"c.csv", 2, 2, "date", "bad date '2015-02-30': day does not exist in that month"});
  CHECK(contacts_error("id,date,countries\n1,20150230,USA;RUS\n") ==
        RowError{"c.csv", 2, 2, "date", "bad date '20150230': expected '-' after the year"});
  CHECK(contacts_error("id,date,countries\n1,,USA;RUS\n") ==
        RowError{"c.csv", 2, 2, "date", "date is empty"});
  CHECK(contacts_error("id,date,countries\n1,invalid,USA;RUS\n").what ==
        "bad date 'invalid': expected a four-digit year");
  CHECK(contacts_error("id,date,refined_date,countries\n1,2014,2014-13,USA;RUS\n") ==
        RowError{"c.csv", 2, 3, "refined_date", "bad date '2014-13': month must be 01 to 12"});
  CHECK(contacts_error("date,countries\n2022-02-11/..,USA;RUS\n")
            .what.starts_with("bad date '2022-02-11/..': an interval with an open or unknown end"));
}

TEST_CASE("ids are any text, unique in the file, and a row without one is its line") {
  TextStore store;
  const auto read = contacts("id,date,countries\nc1,2015,USA;RUS\n 7 ,2016,USA;RUS\n", store);
  REQUIRE(read.rows.size() == 2);
  CHECK(read.rows[0].key == "c1");
  CHECK(read.rows[0].id == ContactId{2});
  CHECK(read.rows[1].key.empty());
  CHECK(read.rows[1].id == ContactId{7});
  const auto lines = contacts("date,countries\n2015,USA;RUS\n\n2016,USA;RUS\n", store);
  REQUIRE(lines.rows.size() == 2);
  CHECK(lines.rows[1].id == ContactId{4});
  CHECK(contacts_error("id,date,countries\nc1,2015,USA\nc2,2015,USA\nc1,2016,USA\n") ==
        RowError{"c.csv", 4, 1, "id", "id 'c1' is also the id of the row on line 2"});
  CHECK(contacts_error("id,date,countries\n5,2015,USA\n5,2016,USA\n") ==
        RowError{"c.csv", 3, 1, "id", "id 5 is also the id of the row on line 2"});
  CHECK(contacts_error("id,date,countries\n3,2015,USA\nx,2016,USA\n").what ==
        "the row on line 3 has no id number and is given its line number, 3, which is the id "
        "of another row: give every row an id, or none");
  // Lenient: the later row is a bad row, and the counts add up.
  std::istringstream in("id,date,countries\nc1,2015,USA\nc1,2016,USA\nc2,2017,USA\n");
  const auto lenient = io::read_table<Contact>(in, "c.csv", store, {.mode = ErrorMode::lenient});
  CHECK(lenient.rows.size() == 2);
  CHECK(lenient.stats.rows == 2);
  CHECK(lenient.stats.bad_rows == 1);
  CHECK(lenient.stats.records == 3);
  REQUIRE(lenient.errors.size() == 1);
  CHECK(lenient.errors[0].line == 3);
}

TEST_CASE("words, codes and names are read as people write them") {
  TextStore store;
  const auto read = contacts(
      "date,countries,level,medium,topics,source\n"
      "2021-03-04T10:15:00Z, bel ; Argentina ,Foreign Minister,phone call,syria; ukraine,"
      "https://example.org/a\n2021-05,BEL;ARG,foreign_minister,In-Person,,17\n",
      store);
  REQUIRE(read.rows.size() == 2);
  const Contact& c = read.rows[0];
  CHECK(c.date == Date::on(2021, 3, 4));
  CHECK(c.states == States{*Country::from_code("BEL"), *Country::from_code("ARG")});
  CHECK(c.level == Level::foreign_minister);
  CHECK(c.medium == Medium::telephone);
  CHECK(c.topics.contains(Topic::syria));
  CHECK(c.cited == "https://example.org/a");
  CHECK(!c.source.ok());
  CHECK(read.rows[1].source == SourceId{17});
  CHECK(read.rows[1].cited.empty());
  CHECK(read.rows[1].medium == Medium::in_person);
}

TEST_CASE("numbers, words and codes that cannot be read are errors") {
  CHECK(contacts_error("id,date,level,countries\n1,2015,boss,USA;RUS\n") ==
        RowError{"c.csv", 2, 3, "level",
                 "unknown level 'boss' (one of: leader, foreign minister, defence minister, "
                 "military chief, ambassador, envoy, working group, official, unknown)"});
  CHECK(contacts_error("id,date,medium,countries\n1,2015,pigeon,USA;RUS\n")
            .what.starts_with("unknown medium 'pigeon' (one of: "));
  CHECK(contacts_error("id,date,countries\n1,2015,USA;SU\n") ==
        RowError{"c.csv", 2, 3, "countries",
                 "unknown country 'SU' (an ISO 3166-1 alpha-3 code such as USA, RUS, BEL, or a "
                 "name such as Belgium)"});
  CHECK(contacts_error("id,date,countries\n1,2015,USA;;RUS\n").what ==
        "empty item in the list 'USA;;RUS'");
  CHECK(contacts_error("id,date,topics,countries\n1,2015,syria;golf,USA;RUS\n")
            .what.starts_with("unknown topic 'golf' (one of: "));
  CHECK(contacts_error("id,date,duration_min,countries\n1,2015,2h,USA;RUS\n").what ==
        "bad number '2h': expected digits");
  CHECK(contacts_error("id,date,participant_ids\n1,2015,1;2;3;4;5;6;7\n") ==
        RowError{"c.csv", 2, 3, "participant_ids", "more than 6 participants"});
  CHECK(contacts_error("id,date,refined_note,countries\n1,2015,from the record,USA;RUS\n") ==
        RowError{"c.csv", 2, 3, "refined_note", "refined_note given without refined_date"});
}

TEST_CASE("text that is not UTF-8 is an error naming the column") {
  CHECK(contacts_error("id,date,quote,countries\n1,2015,\"caf\xE9\",USA\n") ==
        RowError{"c.csv", 2, 3, "quote", "invalid UTF-8: byte 0xe9 at offset 3"});
}

TEST_CASE("the other tables report their fields' errors too") {
  const auto error_of = [](auto read) -> RowError {
    try {
      read();
    } catch (const ReadError& e) {
      return e.error();
    }
    return {};
  };
  TextStore store;
  CHECK(error_of([&] {
          std::istringstream in("id,name,role,country,title,start,end\n1,A,,USA,,,\n");
          io::read_actors_csv(in, "a.csv", store);
        }) == RowError{"a.csv", 2, 4, "country", "tenure column given without a role"});
  CHECK(error_of([&] {
          std::istringstream in("id,name,role,country,start\n1,A,jester,USA,1990\n");
          io::read_actors_csv(in, "a.csv", store);
        }) == RowError{"a.csv", 2, 3, "role",
                       "unknown role 'jester' (one of: head of state, head of government, vice "
                       "president, foreign minister, defence minister, national security adviser, "
                       "military chief, military commander, ambassador, envoy, negotiator, "
                       "official)"});
  CHECK(error_of([&] {
          std::istringstream in("id,name,role,country,start\n1,A,envoy,USA,1990\n1,B,,,\n");
          io::read_actors_csv(in, "a.csv", store);
        }) == RowError{"a.csv", 3, 2, "name", "actor 1 is named 'A' on an earlier line"});
  CHECK(error_of([&] {
          std::istringstream in("id,name,established,media\n1,hotline,1963,teletype 1963\n");
          io::read_table<Channel>(in, "ch.csv", store);
        }) ==
        RowError{"ch.csv", 2, 4, "media", "bad media item 'teletype 1963': expected medium@date"});
  CHECK(error_of([&] {
          std::istringstream in("id,name,signed,status\n1,MoU,1963-06-20,ratified\n");
          io::read_table<Agreement>(in, "ag.csv", store);
        }) == RowError{"ag.csv", 2, 4, "status",
                       "unknown agreement status 'ratified' (one of: unknown status, proposed, "
                       "signed, in force, "
                       "suspended, terminated)"});
  CHECK(error_of([&] {
          std::istringstream in("id,title\n1,x\n");
          io::read_table<Source>(in, "s.csv", store);
        }) == RowError{"s.csv", 1, 0, "", "missing column 'published' in the source header"});
}

TEST_CASE("lenient mode skips each bad row, reports it and counts every row") {
  TextStore store;
  std::vector<RowError> seen;
  ReadOptions options{.mode = ErrorMode::lenient,
                      .on_error = [&](const RowError& e) { seen.push_back(e); }};
  const auto read = contacts(
      "id,date,countries\n1,2015,USA\n\n2,2015-02-30,USA\n3,2016\n4,\"x\"y,USA\n5,2017,"
      "RUS\n",
      store, options);
  CHECK(read.rows.size() == 2);
  CHECK(read.rows[1].id == ContactId{5});
  REQUIRE(read.errors.size() == 3);
  CHECK(read.errors == seen);
  CHECK(read.errors[0].line == 4);
  CHECK(read.errors[1] == RowError{"c.csv", 5, 3, "", "expected 3 fields, found 2"});
  CHECK(read.errors[2] ==
        RowError{"c.csv", 6, 2, "date", "text after the closing quote of a field"});
  CHECK(read.stats.records == 5);
  CHECK(read.stats.rows == 2);
  CHECK(read.stats.bad_rows == 3);
  CHECK(read.stats.blank_lines == 1);
  CHECK(read.stats.header_lines == 1);
}

TEST_CASE("a file that cannot be opened is an error naming it and saying why") {
  TextStore store;
  CHECK_THROWS_WITH_AS(
      io::read_table<Contact>(std::filesystem::path("/nonexistent/calls.csv"), store),
      "/nonexistent/calls.csv: no such file", ReadError);
  const auto folder = std::filesystem::temp_directory_path() / "hotline-a-folder";
  std::filesystem::create_directories(folder);
  CHECK_THROWS_WITH_AS(
      io::read_table<Contact>(folder, store),
      (folder.string() + ": a directory, not a file (name the files in it)").c_str(), ReadError);
}

// ---- registries --------------------------------------------------------------

namespace {

constexpr std::string_view sources_csv =
    "id,publication,title,author,published,locator,note\n"
    "1,Al Jazeera,Moscow and Washington,,2016-02,,\n";
constexpr std::string_view actors_csv =
    "id,name,role,country,title,start,end,source\n"
    "1,Barack Obama,head_of_state,USA,President,2009-01-20,2017-01-20,\n"
    "2,Vladimir Putin,head_of_state,RUS,President,2012-05-07,,\n"
    "2,Vladimir Putin,head_of_government,RUS,Prime Minister,2008-05-08,2012-05-07,\n"
    "3,John Kerry,foreign_minister,USA,Secretary of State,2013-02-01,2017-01-20,1\n";
constexpr std::string_view channels_csv =
    "id,name,level,established,media,source\n"
    "1,Moscow-Washington hotline,leader,1963-08-30,teletype@1963-08-30;telephone@1991,1\n";

io::RegistryCsv registry_from(std::string_view contacts_text) {
  std::istringstream s{std::string(sources_csv)};
  std::istringstream a{std::string(actors_csv)};
  std::istringstream ch{std::string(channels_csv)};
  std::istringstream c{std::string(contacts_text)};
  return io::read_registry_csv(io::RegistryCsvStreams{{&s, "sources.csv"},
                                                      {&a, "actors.csv"},
                                                      {&ch, "channels.csv"},
                                                      {&c, "contacts.csv"},
                                                      {nullptr, "agreements.csv"}});
}

}  // namespace

TEST_CASE(
    "a registry read from CSV goes through the builder's rules and derives states and level") {
  const auto read = registry_from(
      "id,date,participants,medium,initiator,source,quote\n"
      "1,2015-09-28,Barack Obama;Vladimir Putin,in_person,,1,They met in New York.\n"
      "2,2016-03,Vladimir Putin;Barack Obama,telephone,Vladimir Putin,1,\"Twice, in March.\"\n");
  CHECK(read.errors.empty());
  REQUIRE(read.registry.has_value());
  const Registry r = read.registry->view();
  REQUIRE(r.contacts.size() == 2);
  CHECK(r.contacts[0].states == States{countries::USA, countries::RUS});
  CHECK(r.contacts[0].level == Level::leader);
  CHECK(r.contacts[1].initiator == ActorId{2});
  CHECK(r.contacts[1].quote == "Twice, in March.");
  CHECK(r.actor("John Kerry").id == ActorId{3});
  CHECK(r.tenures_of(ActorId{2}).size() == 2);
  CHECK(r.channel("Moscow-Washington hotline").media.size() == 2);
}

TEST_CASE("a broken rule is reported at the file, line and column of the entry") {
  const auto read = registry_from(
      "id,date,participants,medium,initiator,source\n"
      "1,2015-09-28,Barack Obama;Vladimir Putin,in_person,,1\n"
      "2,2016-03,Barack Obama;Vladimir Putin,telephone,John Kerry,1\n"
      "3,2016-05,Barack Obama;Vladimir Putin,telephone,,7\n");
  CHECK_FALSE(read.registry.has_value());
  REQUIRE(read.errors.size() == 2);
  CHECK(read.errors[0] == RowError{"contacts.csv", 3, 5, "initiator",
                                   "contact 2 (2016-03): initiator did not take part"});
  CHECK(read.errors[1] == RowError{"contacts.csv", 4, 6, "source",
                                   "contact 3 (2016-05): names an unknown source id"});
  REQUIRE(read.diagnostics.size() == 2);
  CHECK(read.diagnostics[0].rule == Rule::initiator_not_participant);
}

TEST_CASE("a broken rule about participants given by id names the participant_ids column") {
  const auto read = registry_from(
      "id,date,participant_ids,initiator_id,source\n"
      "1,2015-09-28,1;2,3,1\n");
  REQUIRE(read.errors.size() == 1);
  CHECK(read.errors[0] == RowError{"contacts.csv", 2, 4, "initiator_id",
                                   "contact 1 (2015-09-28): initiator did not take part"});
}

TEST_CASE("a participant without an office on the day is reported on its line") {
  const auto read = registry_from(
      "id,date,participants,source\n"
      "1,2018-05-01,Barack Obama;Vladimir Putin,1\n");
  REQUIRE(read.errors.size() == 1);
  CHECK(read.errors[0] ==
        RowError{"contacts.csv", 2, 3, "participants",
                 "contact 1 (2018-05-01): a participant held no office on that date"});
  CHECK(read.diagnostics[0].label.empty());
}

TEST_CASE("registry tables written as CSV read back into an equal registry") {
  const auto first = registry_from(
      "id,date,participants,medium,initiator,source,quote,duration_min,topics\n"
      "1,2015-09-28,Barack Obama;Vladimir Putin,in_person,,1,They met in New York.,95,syria\n"
      "2,2016-03,Vladimir Putin;Barack Obama,telephone,Vladimir Putin,1,\"Twice, in March.\",,\n");
  REQUIRE(first.registry.has_value());
  const Registry r = first.registry->view();
  std::array<std::ostringstream, 5> out;
  io::write_csv(out[0], r, io::Table::sources);
  io::write_csv(out[1], r, io::Table::actors);
  io::write_csv(out[2], r, io::Table::channels);
  io::write_csv(out[3], r, io::Table::contacts);
  io::write_csv(out[4], r, io::Table::agreements);
  std::array<std::istringstream, 5> in;
  for (std::size_t i = 0; i < 5; ++i) in[i].str(out[i].str());
  const auto second = io::read_registry_csv(io::RegistryCsvStreams{
      {&in[0], "s"}, {&in[1], "a"}, {&in[2], "ch"}, {&in[3], "c"}, {&in[4], "ag"}});
  REQUIRE(second.registry.has_value());
  const Registry r2 = second.registry->view();
  CHECK(std::ranges::equal(r.sources, r2.sources));
  CHECK(std::ranges::equal(r.actors, r2.actors));
  CHECK(std::ranges::equal(r.tenures, r2.tenures));
  CHECK(std::ranges::equal(r.channels, r2.channels));
  CHECK(std::ranges::equal(r.contacts, r2.contacts));
  CHECK(std::ranges::equal(r.agreements, r2.agreements));
}

TEST_CASE("a tenure whose actor is not in the table cannot be written") {
  const Tenure orphan{.actor = ActorId{9},
                      .office = {Role::envoy, countries::USA},
                      .title = "Envoy",
                      .start = Date::in_year(2000)};
  std::ostringstream out;
  CHECK_THROWS_AS(io::write_actors_csv(out, {}, std::span<const Tenure>{&orphan, 1}),
                  std::invalid_argument);
}

TEST_CASE("a broken rule of a tenure names the actors file, its line and the field") {
  std::istringstream s{std::string(sources_csv)};
  std::istringstream a(
      "id,name,role,country,title,start,end\n"
      "1,Barack Obama,head_of_state,USA,President,2009-01-20,2017-01-20\n"
      "2,Lloyd Austin,defence_minister,USA,Secretary of Defense,2021-01-22,2020\n");
  const auto read = io::read_registry_csv(
      io::RegistryCsvStreams{{&s, "sources.csv"}, {&a, "actors.csv"}, {}, {}, {}});
  REQUIRE(read.errors.size() == 1);
  CHECK(read.errors[0] == RowError{"actors.csv", 3, 7, "end",
                                   "tenure 2 (Secretary of Defense): ends before it starts"});
  // The diagnostics' labels point to text the result keeps alive.
  REQUIRE(read.diagnostics.size() == 1);
  CHECK(read.diagnostics[0].label == "Secretary of Defense");
}

TEST_CASE("a row that names a person or a state twice, or more states than people, is refused") {
  TextStore store;
  CHECK_THROWS_WITH_AS(
      contacts("date,participants\n2021-01-10,Ilse Vanberg; Ilse Vanberg\n", store),
      "c.csv:2:2: participants: 'Ilse Vanberg' is named twice", io::ReadError);
  CHECK_THROWS_WITH_AS(contacts("date,countries\n2021-01-10,BEL; bel\n", store),
                       "c.csv:2:2: countries: the state BEL is named twice", io::ReadError);
  CHECK_THROWS_WITH_AS(contacts("date,participants,countries\n2021-01-10,A;B,BEL;ARG;FRA\n", store),
                       "c.csv:2:3: countries: 3 states for 2 participants: each state is that of "
                       "one participant or more",
                       io::ReadError);
  // Fewer states than people: two officials of one side and one of the other.
  CHECK(contacts("date,participants,countries\n2021-01-10,A;B;C,BEL;ARG\n", store).rows.size() ==
        1);
}

TEST_CASE("one person written two ways is an error, not two people") {
  TextStore store;
  CHECK_THROWS_WITH_AS(
      contacts("date,participants,countries\n2021-01-10,Ilse Vanberg;B,BEL;ARG\n"
               "2021-01-11,ilse  vanberg;B,BEL;ARG\n",
               store),
      "c.csv:3:2: participants: 'ilse  vanberg' differs from 'Ilse Vanberg' on line 2 only in "
      "case or spaces: write each person's name one way",
      io::ReadError);
}

TEST_CASE("a spreadsheet's empty rows are blank lines, and an unnamed column is not listed") {
  TextStore store;
  const auto read = contacts("date,countries,,\n2021-01-10,BEL;ARG,,\n,,,\n , ,,\n", store);
  CHECK(read.rows.size() == 1);
  CHECK(read.stats.blank_lines == 2);
  CHECK(read.stats.records == read.stats.rows + read.stats.bad_rows);
  CHECK(read.ignored_columns.empty());
}

TEST_CASE("a row with values only in columns hotline does not read is a bad row, not an entry") {
  // Accepted, it would be written as a row of empty fields: a blank line.
  std::istringstream in("id,name,role,notes\n1,Ilse Vanberg,,\n,,,called twice\n");
  std::string err;
  io::TableReader<io::ActorRow> reader(
      in, "a.csv",
      io::ReadOptions{.mode = io::ErrorMode::lenient,
                      .on_error = [&](const io::RowError& e) { err += e.message(); }});
  std::size_t entries = 0;
  while (reader.next() != nullptr) ++entries;
  CHECK(entries == 1);
  CHECK(reader.stats().bad_rows == 1);
  CHECK(err.find("a.csv:3:1: no value in any actor column, only in columns hotline does "
                 "not read") != std::string::npos);
}

TEST_CASE("a file separated by semicolons is told so") {
  TextStore store;
  CHECK_THROWS_WITH_AS(contacts("date;participants;countries\n2021-01-01;A;B\n", store),
                       "c.csv:1: missing column 'date' in the contact header: the header is one "
                       "column, 'date;participants;countries' (is the file separated by ';'? "
                       "hotline reads comma-separated files)",
                       io::ReadError);
}

TEST_CASE("states by the names data sets and people write") {
  TextStore store;
  const auto read = contacts(
      "date,countries\n2021-01-10,Russian Federation;UK\n2021-01-11,USSR; Viet Nam\n"
      "2021-01-12,\"Korea, Republic of; DR Congo\"\n2021-01-13,turkey;Czech Republic\n",
      store);
  REQUIRE(read.rows.size() == 4);
  const auto codes = [&](std::size_t i) {
    std::string out;
    for (Country c : read.rows[i].states) out += std::string(c.code()) + " ";
    return out;
  };
  CHECK(codes(0) == "RUS GBR ");
  CHECK(codes(1) == "SUN VNM ");
  CHECK(codes(2) == "KOR COD ");
  CHECK(codes(3) == "TUR CZE ");
}
