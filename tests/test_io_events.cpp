// Event files as contacts: formats, CAMEO codes, countries, levels,
// collapsing, filters, streaming, and the exact error of each bad row.
#include <hotline/io/events.hpp>

#include <array>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>

#include "support/io_strings.hpp"

#include "support/strings.hpp"

using namespace hotline;
using hotline::io::CodeSet;
using hotline::io::ErrorMode;
using hotline::io::EventFormat;
using hotline::io::EventKind;
using hotline::io::EventOptions;
using hotline::io::ReadError;
using hotline::io::RowError;
using hotline::io::SkipReason;

namespace {

// One GDELT 2.0 row: the columns the reader uses, the rest empty.
struct Gdelt {
  std::string id = "1193447399";
  std::string day = "20240812";
  std::string country1 = "USA";
  std::string type1;
  std::string country2 = "RUS";
  std::string type2;
  std::string code = "042";
  std::string location = "Moscow, Moskva, Russia";
  std::string added = "20240819130000";
  std::size_t columns = 61;

  std::string line() const {
    std::vector<std::string> f(61);
    f[0] = id;
    f[1] = day;
    f[5] = country1;
    f[7] = country1;
    f[12] = type1;
    f[15] = country2;
    f[17] = country2;
    f[22] = type2;
    f[26] = code;
    f[27] = code;
    f[28] = code.substr(0, 2);
    if (columns >= 61) {
      f[52] = location;
      f[59] = added;
      f[60] = "https://example.org/news";
    } else {  // GDELT 1.0: no ADM2 columns, DATEADDED as YYYYMMDD
      f[50] = location;
      f[56] = added.substr(0, 8);
      f[57] = "https://example.org/news";
    }
    f.resize(columns);
    std::string s;
    for (std::size_t i = 0; i < f.size(); ++i) s += (i ? "\t" : "") + f[i];
    return s + "\n";
  }
};

constexpr std::string_view icews_header =
    "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO "
    "Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence "
    "Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude\n";

std::string icews_row(std::string_view date, std::string_view source_sectors,
                      std::string_view source_country, std::string_view code,
                      std::string_view target_sectors, std::string_view target_country) {
  std::string s = "1\t" + std::string(date) + "\tA\t" + std::string(source_sectors) + "\t" +
                  std::string(source_country) + "\tConsult\t" + std::string(code) + "\t1\tB\t" +
                  std::string(target_sectors) + "\t" + std::string(target_country) +
                  "\t2\t3\tPublisher\tHanoi\tNA\tThanh Pho Ha Noi\tVietnam\t21.0\t105.8\n";
  return s;
}

io::EventImport import(const std::string& text, EventOptions options = {}) {
  std::istringstream in(text);
  static TextStore store;
  return io::read_events(in, "e.tsv", store, options);
}

RowError error_of(const std::string& text, EventOptions options = {}) {
  try {
    import(text, options);
  } catch (const ReadError& e) {
    return e.error();
  }
  FAIL("no error");
  return {};
}

std::string rows(std::initializer_list<Gdelt> list) {
  std::string s;
  for (const Gdelt& g : list) s += g.line();
  return s;
}

// The start of `line` up to and including its n-th tab.
std::string cut_after_tabs(const std::string& line, int n) {
  std::size_t at = 0;
  for (int i = 0; i < n; ++i) at = line.find('\t', at) + 1;
  return line.substr(0, at);
}

// Every data row is kept, skipped for one reason or bad.
void check_every_row_counted(const io::EventSummary& s) {
  CHECK(s.read.records == s.read.rows + s.skipped_total() + s.read.bad_rows);
}

}  // namespace

TEST_CASE("the format is told from the first line") {
  CHECK(io::detect_event_format(Gdelt{}.line()) == EventFormat::gdelt2);
  Gdelt daily;
  daily.columns = 58;
  CHECK(io::detect_event_format(daily.line()) == EventFormat::gdelt1);
  Gdelt historical;
  historical.columns = 57;
  CHECK(io::detect_event_format(historical.line()) == EventFormat::gdelt1);
  CHECK(io::detect_event_format(icews_header) == EventFormat::icews);
  CHECK(io::detect_event_format("\xEF\xBB\xBF" + std::string(icews_header)) == EventFormat::icews);
  CHECK(io::detect_event_format(icews_row("2018-06-01", "", "Japan", "040", "", "Vietnam")) ==
        std::nullopt);
  CHECK(io::detect_event_format("a,b,c") == std::nullopt);
  CHECK(io::parse_event_format("gdelt1") == EventFormat::gdelt1);
  CHECK(io::format_name(EventFormat::icews) == "icews");
}

TEST_CASE("CAMEO codes of the consult family and 057 map to kinds and media") {
  CHECK(io::event_kind("040") == EventKind::consult);
  CHECK(io::event_kind("041") == EventKind::telephone);
  CHECK(io::event_kind("042") == EventKind::visit);
  CHECK(io::event_kind("043") == EventKind::host_visit);
  CHECK(io::event_kind("044") == EventKind::third_location);
  CHECK(io::event_kind("045") == EventKind::mediation);
  CHECK(io::event_kind("046") == EventKind::negotiation);
  CHECK(io::event_kind("057") == EventKind::formal_agreement);
  CHECK(io::event_kind("41") == EventKind::other);
  CHECK(io::event_kind("173") == EventKind::other);
  CHECK(io::medium_of(EventKind::telephone) == Medium::telephone);
  CHECK(io::medium_of(EventKind::visit) == Medium::in_person);
  CHECK(io::medium_of(EventKind::host_visit) == Medium::in_person);
  CHECK(io::medium_of(EventKind::third_location) == Medium::in_person);
  CHECK(io::medium_of(EventKind::consult) == Medium::unknown);
  CHECK(io::medium_of(EventKind::negotiation) == Medium::unknown);
  CHECK(io::medium_of(EventKind::formal_agreement) == Medium::unknown);
}

TEST_CASE("a code set holds prefixes of codes") {
  constexpr CodeSet contacts = CodeSet::contacts();
  static_assert(contacts.contains("042") && contacts.contains("057"));
  static_assert(!contacts.contains("047") && !contacts.contains("04") && !contacts.contains("42"));
  constexpr CodeSet family{"04", "1011"};
  static_assert(family.contains("040") && family.contains("0431") && family.contains("1011"));
  static_assert(!family.contains("101") && !family.contains("05"));
  static_assert(CodeSet::all().contains("190"));
  CHECK_THROWS_AS(CodeSet({"4a"}), std::invalid_argument);
  CHECK_THROWS_AS(CodeSet({"04321"}), std::invalid_argument);
}

TEST_CASE("CAMEO country codes map to states but regions do not") {
  static_assert(io::country_from_cameo("USA") == countries::USA);
  static_assert(io::country_from_cameo("RUS") == countries::RUS);
  static_assert(io::country_from_cameo("ROM") == Country::from_code("ROU"));
  static_assert(io::country_from_cameo("TMP") == Country::from_code("TLS"));
  static_assert(io::country_from_cameo("ZAR") == Country::from_code("COD"));
  static_assert(!io::country_from_cameo("EUR"));
  static_assert(!io::country_from_cameo("AFR"));
  static_assert(!io::country_from_cameo("XXX"));
  static_assert(!io::country_from_cameo("US"));
}

TEST_CASE("ICEWS country names map to states") {
  static_assert(io::country_from_icews("Russian Federation") == countries::RUS);
  static_assert(io::country_from_icews("United States") == countries::USA);
  static_assert(io::country_from_icews("South Korea") == Country::from_code("KOR"));
  static_assert(io::country_from_icews("North Korea") == Country::from_code("PRK"));
  static_assert(io::country_from_icews("Turkey") == Country::from_code("TUR"));
  static_assert(io::country_from_icews("Occupied Palestinian Territory") ==
                Country::from_code("PSE"));
  static_assert(!io::country_from_icews("Kosovo"));
  static_assert(!io::country_from_icews("unknown state"));
  static_assert(!io::country_from_icews("USA"));
  // Every country name that occurs in ICEWS events (andybega/icews,
  // data-raw/country-to-gwcode-mapping.R) maps, but two with no ISO code.
  const std::vector<std::string_view> icews_countries{
      "Aeolian Islands",
      "Afghanistan",
      "Albania",
      "Algeria",
      "American Samoa",
      "Andorra",
      "Angola",
      "Anguilla",
      "Antarctica",
      "Antigua and Barbuda",
      "Argentina",
      "Armenia",
      "Aruba",
      "Australia",
      "Austria",
      "Azerbaijan",
      "Bahamas",
      "Bahrain",
      "Bangladesh",
      "Barbados",
      "Bavaria",
      "Belarus",
      "Belgium",
      "Belize",
      "Benin",
      "Bermuda",
      "Bhutan",
      "Bolivia",
      "Bonaire",
      "Bosnia and Herzegovina",
      "Botswana",
      "Brazil",
      "British Indian Ocean Territory",
      "British Virgin Islands",
      "Brunei",
      "Bulgaria",
      "Burkina Faso",
      "Burundi",
      "Cambodia",
      "Cameroon",
      "Canada",
      "Cape Verde",
      "Cayman Islands",
      "Central African Republic",
      "Chad",
      "Chile",
      "China",
      "Christmas Island",
      "Cocos (Keeling) Islands",
      "Colombia",
      "Comoros",
      "Congo",
      "Cook Island",
      "Costa Rica",
      "Cote d'Ivoire",
      "Croatia",
      "Cuba",
      "Cura\xC3\xA7"
      "ao",
      "Cyprus",
      "Czech Republic",
      "Democratic Republic of Congo",
      "Denmark",
      "Djibouti",
      "Dominica",
      "Dominican Republic",
      "Ecuador",
      "Egypt",
      "El Salvador",
      "Equatorial Guinea",
      "Eritrea",
      "Estonia",
      "Ethiopia",
      "Falkland Islands",
      "Faroe Islands",
      "Fiji",
      "Finland",
      "France",
      "French Guiana",
      "French Polynesia",
      "French Southern Territories",
      "Gabon",
      "Gambia",
      "Georgia",
      "Germany",
      "Ghana",
      "Gibraltar",
      "Greece",
      "Greenland",
      "Grenada",
      "Guadeloupe",
      "Guam",
      "Guatemala",
      "Guernsey",
      "Guinea",
      "Guinea-Bissau",
      "Guyana",
      "Haiti",
      "Heard Island and McDonald Islands",
      "Holy See",
      "Honduras",
      "Hong Kong",
      "Hungary",
      "Iceland",
      "India",
      "Indonesia",
      "Iran",
      "Iraq",
      "Ireland",
      "Isle Of Man",
      "Israel",
      "Italy",
      "Jamaica",
      "Japan",
      "Jersey",
      "Jordan",
      "Kazakhstan",
      "Kenya",
      "Kiribati",
      "Kosovo",
      "Kuwait",
      "Kyrgyzstan",
      "Laos",
      "Latvia",
      "Lebanon",
      "Lesotho",
      "Liberia",
      "Libya",
      "Liechtenstein",
      "Lithuania",
      "Luxembourg",
      "Macao",
      "Madagascar",
      "Malawi",
      "Malaysia",
      "Maldives",
      "Mali",
      "Malta",
      "Marshall Islands",
      "Martinique",
      "Mauritania",
      "Mauritius",
      "Mayotte",
      "Mexico",
      "Micronesia",
      "Moldova, Republic of",
      "Monaco",
      "Mongolia",
      "Montenegro",
      "Montserrat",
      "Morocco",
      "Mozambique",
      "Myanmar",
      "Namibia",
      "Nauru",
      "Nepal",
      "Netherlands",
      "Netherlands Antilles",
      "New Caledonia",
      "New Zealand",
      "Nicaragua",
      "Niger",
      "Nigeria",
      "Niue",
      "Norfolk Island",
      "North Korea",
      "Northern Mariana Islands",
      "Norway",
      "Occupied Palestinian Territory",
      "Oman",
      "Pakistan",
      "Palau",
      "Panama",
      "Papua New Guinea",
      "Paraguay",
      "Peru",
      "Philippines",
      "Pitcairn",
      "Poland",
      "Portugal",
      "Puerto Rico",
      "Qatar",
      "Reunion",
      "Romania",
      "Russian Federation",
      "Rwanda",
      "Saint Barthelemy",
      "Saint Helena",
      "Saint Kitts and Nevis",
      "Saint Lucia",
      "Saint Martin (French part)",
      "Saint Pierre and Miquelon",
      "Saint Vincent and the Grenadines",
      "Samoa",
      "San Marino",
      "Sao Tome and Principe",
      "Saudi Arabia",
      "Senegal",
      "Serbia",
      "Seychelles",
      "Sierra Leone",
      "Singapore",
      "Sint Maarten",
      "Slovakia",
      "Slovenia",
      "Solomon Islands",
      "Somalia",
      "South Africa",
      "South Georgia and the South Sandwich Islands",
      "South Korea",
      "South Sudan",
      "Spain",
      "Sri Lanka",
      "Sudan",
      "Suriname",
      "Svalbard and Jan Mayen",
      "Swaziland",
      "Sweden",
      "Switzerland",
      "Syria",
      "Taiwan",
      "Tajikistan",
      "Tanzania",
      "Thailand",
      "the former Yugoslav Republic of Macedonia",
      "Timor-Leste",
      "Togo",
      "Tokelau",
      "Tonga",
      "Trinidad and Tobago",
      "Tunisia",
      "Turkey",
      "Turkmenistan",
      "Turks and Caicos Islands",
      "Tuvalu",
      "U.S. Virgin Islands",
      "Uganda",
      "Ukraine",
      "United Arab Emirates",
      "United Kingdom",
      "United States",
      "United States Minor Outlying Islands",
      "Uruguay",
      "Uzbekistan",
      "Vanuatu",
      "Venezuela",
      "Vietnam",
      "Wallis and Futuna",
      "Western Sahara",
      "Yemen",
      "Zambia",
      "Zimbabwe"};
  std::vector<std::string_view> unmapped;
  for (std::string_view name : icews_countries)
    if (!io::country_from_icews(name)) unmapped.push_back(name);
  CHECK(unmapped == std::vector<std::string_view>{"Kosovo", "Netherlands Antilles"});
}

TEST_CASE("GDELT actor types and ICEWS sectors give levels as far as they tell them") {
  static_assert(io::level_from_gdelt_type("GOV") == Level::official);
  static_assert(io::level_from_gdelt_type("MIL") == Level::military_chief);
  static_assert(io::level_from_gdelt_type("CVL") == Level::unknown);
  static_assert(io::level_from_gdelt_type("") == Level::unknown);
  // Mike Pompeo, James Mattis, Aso Taro, Kim Yong-chol and a state as a whole.
  static_assert(io::level_from_icews_sectors("Government,Executive,Foreign Ministry") ==
                Level::foreign_minister);
  static_assert(io::level_from_icews_sectors(
                    "Government,Marines,Executive,Defense / Security Ministry,Military") ==
                Level::defence_minister);
  static_assert(io::level_from_icews_sectors("Elite,Government,Executive,Executive Office,"
                                             "Finance / Economy / Commerce / Trade Ministry") ==
                Level::leader);
  static_assert(io::level_from_icews_sectors("Government") == Level::official);
  static_assert(io::level_from_icews_sectors("Military,Government") == Level::military_chief);
  static_assert(io::level_from_icews_sectors("NA") == Level::unknown);
  static_assert(io::level_from_icews_sectors("") == Level::unknown);
}

TEST_CASE("reports of one contact keep the level of the better-informed report") {
  static_assert(io::better_reported_level(Level::unknown, Level::official) == Level::official);
  static_assert(io::better_reported_level(Level::official, Level::unknown) == Level::official);
  static_assert(io::better_reported_level(Level::official, Level::leader) == Level::leader);
  static_assert(io::better_reported_level(Level::leader, Level::military_chief) == Level::leader);
  static_assert(io::better_reported_level(Level::unknown, Level::unknown) == Level::unknown);
}

TEST_CASE("a mirrored 042/043 pair is one contact reported twice") {
  Gdelt visit;
  Gdelt host;
  host.country1 = "RUS";
  host.country2 = "USA";
  host.code = "043";
  const auto read = import(rows({visit, host}));
  REQUIRE(read.contacts.size() == 1);
  const Contact& c = read.contacts[0];
  CHECK(c.date == Date::on(2024, 8, 12));
  CHECK(c.states == States{countries::USA, countries::RUS});
  CHECK(c.medium == Medium::in_person);
  CHECK(c.level == Level::unknown);
  CHECK(c.reports == 2);
  CHECK(c.participants.empty());
  CHECK(c.location == "Moscow, Moskva, Russia");
  CHECK(read.summary.contacts == 1);
  CHECK(read.summary.collapsed == 1);
  check_every_row_counted(read.summary);
}

TEST_CASE("collapsing can be turned off: one contact per row") {
  Gdelt visit;
  Gdelt host;
  host.country1 = "RUS";
  host.country2 = "USA";
  host.code = "043";
  EventOptions options;
  options.collapse = false;
  const auto read = import(rows({visit, host, visit}), options);
  REQUIRE(read.contacts.size() == 3);
  for (const Contact& c : read.contacts) CHECK(c.reports == 1);
  CHECK(read.summary.collapsed == 0);
}

TEST_CASE("rows of different days or media are different contacts") {
  Gdelt visit;
  Gdelt next_day;
  next_day.day = "20240813";
  Gdelt call;
  call.code = "041";
  Gdelt consult;
  consult.code = "040";
  const auto read = import(rows({visit, next_day, call, consult, visit, call}));
  REQUIRE(read.contacts.size() == 4);
  CHECK(read.contacts[0].medium == Medium::in_person);
  CHECK(read.contacts[0].reports == 2);
  CHECK(read.contacts[1].medium == Medium::telephone);
  CHECK(read.contacts[1].reports == 2);
  CHECK(read.contacts[2].medium == Medium::unknown);
  CHECK(read.contacts[3].date == Date::on(2024, 8, 13));
  // Sorted by date, with ids in that order.
  CHECK(read.contacts[3].id == ContactId{4});
}

TEST_CASE("a collapsed contact takes the most senior level any report gives") {
  Gdelt plain;
  Gdelt government;
  government.type1 = "GOV";
  government.type2 = "GOV";
  Gdelt military;
  military.type1 = "MIL";
  military.type2 = "GOV";
  const auto read = import(rows({plain, military, government}));
  REQUIRE(read.contacts.size() == 1);
  CHECK(read.contacts[0].level == Level::official);
  CHECK(read.contacts[0].reports == 3);
}

TEST_CASE("rows are skipped for their code, states, pair and day, each counted") {
  Gdelt kept;
  Gdelt arrest;
  arrest.code = "173";
  Gdelt no_state;
  no_state.country2 = "";
  Gdelt region;
  region.country2 = "EUR";
  Gdelt domestic;
  domestic.country2 = "USA";
  Gdelt other_pair;
  other_pair.country2 = "GBR";
  Gdelt too_early;
  too_early.day = "20230820";
  EventOptions options;
  options.pair = io::StatePair{countries::RUS, countries::USA};
  options.window = Date::in_year(2024);
  const auto read = import(
      rows({kept, arrest, no_state, region, region, domestic, other_pair, too_early}), options);
  const auto& s = read.summary;
  CHECK(read.contacts.size() == 1);
  CHECK(s.read.records == 8);
  CHECK(s.read.rows == 1);
  CHECK(s.skipped_by(SkipReason::code) == 1);
  CHECK(s.skipped_by(SkipReason::no_state) == 1);
  CHECK(s.skipped_by(SkipReason::unmapped_state) == 2);
  CHECK(s.skipped_by(SkipReason::same_state) == 1);
  CHECK(s.skipped_by(SkipReason::pair) == 1);
  CHECK(s.skipped_by(SkipReason::window) == 1);
  CHECK(s.unmapped == std::map<std::string, std::uint64_t, std::less<>>{{"EUR", 2}});
  check_every_row_counted(s);
}

TEST_CASE("a pair of states also sees the states they continue") {
  Gdelt soviet;
  soviet.country2 = "SUN";
  soviet.day = "19870101";
  Gdelt russia;
  EventOptions options;
  options.pair = io::StatePair{countries::RUS, countries::USA};
  const auto read = import(rows({soviet, russia}), options);
  REQUIRE(read.contacts.size() == 2);
  CHECK(read.contacts[0].states == States{countries::USA, countries::SUN});
  // But not the other way round: a USSR pair does not see Russia.
  options.pair = io::StatePair{countries::SUN, countries::USA};
  CHECK(import(rows({soviet, russia}), options).contacts.size() == 1);
}

TEST_CASE("other codes become contacts when asked for") {
  Gdelt arrest;
  arrest.code = "173";
  Gdelt visit;
  EventOptions options;
  options.codes = CodeSet::all();
  std::istringstream in(rows({arrest, visit}));
  io::EventReader reader(in, "e.tsv", options);
  const io::EventRow* first = reader.next();
  REQUIRE(first != nullptr);
  CHECK(first->kind == EventKind::other);
  CHECK(first->code == "173");
  CHECK(first->contact.medium == Medium::unknown);
  const io::EventRow* second = reader.next();
  REQUIRE(second != nullptr);
  CHECK(second->kind == EventKind::visit);
  CHECK(reader.next() == nullptr);
}

TEST_CASE("streaming gives each kept row in file order, with its line, id and DATEADDED") {
  Gdelt a;
  a.id = "11";
  Gdelt skipped;
  skipped.code = "190";
  Gdelt b;
  b.id = "12";
  b.day = "20230820";
  std::istringstream in(rows({a, skipped, b}));
  io::EventReader reader(in, "e.tsv");
  std::vector<std::uint64_t> lines;
  std::vector<std::string> ids;
  std::vector<ContactId> contact_ids;
  for (const io::EventRow& row : reader) {
    lines.push_back(row.line);
    ids.emplace_back(row.event_id);
    contact_ids.push_back(row.contact.id);
    CHECK(row.added == Date::on(2024, 8, 19));
    CHECK(row.contact.reports == 1);
  }
  CHECK(lines == std::vector<std::uint64_t>{1, 3});
  CHECK(ids == std::vector<std::string>{"11", "12"});
  CHECK(contact_ids == std::vector<ContactId>{ContactId{1}, ContactId{2}});
  CHECK(reader.summary().read.records == 3);
  CHECK(reader.summary().skipped_by(SkipReason::code) == 1);
}

TEST_CASE("ICEWS rows map names, sectors and places") {
  const std::string text =
      std::string(icews_header) +
      icews_row("2018-06-01", "Government,Executive,Foreign Ministry", "United States", "046",
                "Government", "North Korea") +
      icews_row("2018-06-01", "NA", "North Korea", "046", "NA", "United States") +
      icews_row("2018-06-01", "", "Russian Federation", "041", "Executive Office", "South Korea");
  const auto read = import(text);
  CHECK(read.summary.format == EventFormat::icews);
  CHECK(read.summary.read.header_lines == 1);
  REQUIRE(read.contacts.size() == 2);
  CHECK(read.contacts[0].states == States{countries::USA, *Country::from_code("PRK")});
  CHECK(read.contacts[0].level == Level::official);
  CHECK(read.contacts[0].reports == 2);
  CHECK(read.contacts[0].location == "Hanoi, Thanh Pho Ha Noi, Vietnam");
  CHECK(read.contacts[1].medium == Medium::telephone);
  CHECK(read.contacts[1].level == Level::unknown);
}

TEST_CASE("every contact cites the source given") {
  EventOptions options;
  options.source = SourceId{7};
  CHECK(import(rows({Gdelt{}}), options).contacts.at(0).source == SourceId{7});
}

// ---- errors ------------------------------------------------------------------

TEST_CASE("a row with too few or too many columns is an error") {
  Gdelt short_row;
  short_row.columns = 60;
  CHECK(error_of(rows({Gdelt{}, short_row}), {.format = EventFormat::gdelt2}) ==
        RowError{"e.tsv", 2, 61, "", "expected 61 tab-separated columns, found 60"});
  const std::string first_23 = cut_after_tabs(Gdelt{}.line(), 22) + "\n";
  CHECK(error_of(rows({Gdelt{}}) + first_23) ==
        RowError{"e.tsv", 2, 24, "", "expected 61 tab-separated columns, found 23"});
  CHECK(error_of(Gdelt{}.line() + "x\t" + Gdelt{}.line()) ==
        RowError{"e.tsv", 2, 62, "", "expected 61 tab-separated columns, found 62"});
  Gdelt daily;
  daily.columns = 58;
  CHECK(
      error_of(daily.line() + std::string(70, '\t') + "\n") ==
      RowError{"e.tsv", 2, 59, "", "expected 57 or 58 tab-separated columns, found more than 64"});
  CHECK(error_of(std::string(icews_header) + "1\t2018-06-01\n") ==
        RowError{"e.tsv", 2, 3, "", "expected 20 tab-separated columns, found 2"});
}

TEST_CASE("a truncated last line is an error") {
  // Cut in the middle of a field, with no line end.
  const std::string line = Gdelt{}.line();
  const std::string cut = cut_after_tabs(line, 51) + "Mosc";
  CHECK(error_of(line + cut) ==
        RowError{"e.tsv", 2, 53, "", "expected 61 tab-separated columns, found 52"});
}

TEST_CASE("impossible and malformed dates are errors with the reason") {
  Gdelt bad;
  bad.day = "20150230";
  CHECK(error_of(bad.line()) == RowError{"e.tsv", 1, 2, "SQLDATE",
                                         "bad date '20150230': day does not exist in that month"});
  bad.day = "2015023";
  CHECK(error_of(bad.line()).what == "bad date '2015023': expected 8 digits (YYYYMMDD)");
  bad.day = "20151301";
  CHECK(error_of(bad.line()).what == "bad date '20151301': month must be 01 to 12");
  Gdelt added;
  added.added = "20240819";
  CHECK(error_of(added.line()) ==
        RowError{"e.tsv", 1, 60, "DATEADDED",
                 "bad date '20240819': expected 14 digits (YYYYMMDDHHMMSS)"});
  added.added = "20240819250000";
  CHECK(error_of(added.line()).what ==
        "bad date '20240819250000': time of day must be 000000 to 235960");
  CHECK(error_of(std::string(icews_header) +
                 icews_row("2018-02-30", "", "Japan", "040", "", "Vietnam")) ==
        RowError{"e.tsv", 2, 2, "Event Date",
                 "bad date '2018-02-30': day does not exist in that month"});
  CHECK(
      error_of(std::string(icews_header) + icews_row("2018-06", "", "Japan", "040", "", "Vietnam"))
          .what == "bad date '2018-06': expected a day (YYYY-MM-DD)");
}

TEST_CASE("a malformed event code is an error, whatever codes are asked for") {
  Gdelt bad;
  bad.code = "04a";
  CHECK(error_of(bad.line()) ==
        RowError{"e.tsv", 1, 27, "EventCode", "bad event code '04a': expected 2 to 4 digits"});
  bad.code = "";
  CHECK(error_of(bad.line()).what == "bad event code '': expected 2 to 4 digits");
}

TEST_CASE("a place that is not UTF-8 is an error") {
  Gdelt bad;
  bad.location = "Moskva \xD0";
  CHECK(error_of(bad.line()) ==
        RowError{"e.tsv", 1, 53, "ActionGeo_FullName", "invalid UTF-8: byte 0xd0 at offset 7"});
  EventOptions options;
  options.keep_location = false;
  CHECK(import(bad.line(), options).contacts.size() == 1);
}

TEST_CASE("empty files and unknown formats are errors") {
  CHECK(error_of("") == RowError{"e.tsv", 1, 0, "", "empty file: nothing to tell the format from"});
  CHECK(error_of("", {.format = EventFormat::icews}) ==
        RowError{"e.tsv", 1, 0, "", "empty file: no ICEWS header row"});
  const auto empty = import("", {.format = EventFormat::gdelt2});
  CHECK(empty.contacts.empty());
  CHECK(empty.summary.read.records == 0);
  CHECK(error_of("id,date\n1,2015\n") ==
        RowError{"e.tsv", 1, 0, "",
                 "cannot tell the format: the first line has 1 tab-separated column (GDELT 2.0 "
                 "has 61, GDELT 1.0 58 or 57, ICEWS 20 with a header row)"});
  CHECK(error_of(icews_row("2018-06-01", "", "Japan", "040", "", "Vietnam"),
                 {.format = EventFormat::icews}) ==
        RowError{"e.tsv", 1, 0, "", "expected the ICEWS header row (Event ID, Event Date, ...)"});
}

TEST_CASE("a 10 MB field is read, and a line over the limit is a bad row") {
  Gdelt big;
  big.location = std::string(10 << 20, 'x');
  const auto read = import(big.line());
  REQUIRE(read.contacts.size() == 1);
  CHECK(read.contacts[0].location.size() == std::size_t{10} << 20);
  EventOptions limited{.read = {.max_record_bytes = std::size_t{1} << 20},
                       .format = EventFormat::gdelt2};
  CHECK(error_of(Gdelt{}.line() + big.line() + Gdelt{}.line(), limited) ==
        RowError{"e.tsv", 2, 0, "", "line longer than 1048576 bytes"});
  limited.read.mode = ErrorMode::lenient;
  const auto lenient = import(Gdelt{}.line() + big.line() + Gdelt{}.line(), limited);
  CHECK(lenient.summary.read.bad_rows == 1);
  CHECK(lenient.summary.read.rows == 2);
  check_every_row_counted(lenient.summary);
}

TEST_CASE("lenient mode skips bad rows, reports each and counts every row") {
  Gdelt bad_date;
  bad_date.day = "20150230";
  Gdelt bad_code;
  bad_code.code = "0x1";
  std::vector<RowError> seen;
  EventOptions options;
  options.read.mode = ErrorMode::lenient;
  options.read.on_error = [&](const RowError& e) { seen.push_back(e); };
  const auto read = import(rows({Gdelt{}, bad_date, Gdelt{}, bad_code}) + "\n", options);
  CHECK(read.contacts.size() == 1);
  CHECK(read.contacts[0].reports == 2);
  REQUIRE(read.errors.size() == 2);
  CHECK(read.errors == seen);
  CHECK(read.errors[0].line == 2);
  CHECK(read.errors[1].line == 4);
  CHECK(read.summary.read.bad_rows == 2);
  CHECK(read.summary.read.blank_lines == 1);
  check_every_row_counted(read.summary);
}
