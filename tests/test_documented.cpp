// What each article documents, pinned as compile-time facts about
// hotline::documented, and a run-time check that every quote is the
// article's own words.
#include <hotline/documented.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace {

using namespace hotline;
using namespace hotline::literals;
using namespace hotline::countries;
namespace p = hotline::people;

constexpr const Registry& r = documented;

// Contacts between exactly these two people whose documented date lies in `when`.
constexpr long between(ActorId a, ActorId b, Date when) {
  return std::ranges::count_if(r.contacts, [&](const Contact& c) {
    return c.participants.size() == 2 && c.participants.contains(a) && c.participants.contains(b) &&
           when.contains(c.date);
  });
}

constexpr const Contact& only(ActorId a, ActorId b, Date when) {
  for (const Contact& c : r.contacts)
    if (c.participants.contains(a) && c.participants.contains(b) && when.contains(c.date)) return c;
  return r[ContactId{}];  // not found: stops the constant expression
}

constexpr long from_source(SourceId s) {
  return std::ranges::count_if(r.contacts, [&](const Contact& c) { return c.source == s; });
}

}  // namespace

// ---- the registry as a whole -------------------------------------------------

static_assert(r.contacts.size() == 33);
static_assert(r.channels.size() == 5);
static_assert(r.agreements.size() == 6);
static_assert(r.actors.size() == 27);
static_assert(r.sources.size() == 6);
static_assert(std::ranges::is_sorted(r.contacts, {}, &Contact::date));
static_assert(std::ranges::all_of(r.contacts, [](const Contact& c) { return c.source.ok(); }));
static_assert(std::ranges::all_of(r.contacts, [](const Contact& c) { return !c.quote.empty(); }));

TEST_CASE("the registry holds US-Russia and US-USSR contacts, and one among third parties") {
  const auto us_russia =
      std::ranges::count_if(r.contacts, [](const Contact& c) { return joins(c, USA, RUS); });
  const auto us_ussr =
      std::ranges::count_if(r.contacts, [](const Contact& c) { return joins(c, USA, SUN); });
  CHECK(us_russia == 27);  // all but the Hamburg breakfast and Trump's five other meetings
  CHECK(us_ussr == 3);     // 1967, 1973, the mid-1980s
}

// ---- Russia Direct, March 2016 ----------------------------------------------

static_assert(from_source(sources::russia_direct_2016) == 11);
// "three times (twice in March and in July)"
static_assert(between(p::barack_obama, p::vladimir_putin, "2014"_date) == 3);
static_assert(between(p::barack_obama, p::vladimir_putin, "2014-03"_date) == 2);
static_assert(between(p::barack_obama, p::vladimir_putin, "2014-07"_date) == 1);
// "twice in 2015 (in February and June) as well as in 2016 (in January and
// February)", plus the Paris meeting of 30 November 2015
static_assert(between(p::barack_obama, p::vladimir_putin, "2015"_date) == 3);
static_assert(between(p::barack_obama, p::vladimir_putin, "2016"_date) == 2);
static_assert(only(p::barack_obama, p::vladimir_putin, "2015-11-30"_date).medium ==
              Medium::in_person);
static_assert(only(p::barack_obama, p::vladimir_putin, "2015-11"_date).location == "Paris");
// The calls keep the article's precision: months, not days.
static_assert(only(p::barack_obama, p::vladimir_putin, "2014-07"_date).date.precision() ==
              Precision::month);
static_assert(only(p::barack_obama, p::vladimir_putin, "2014-07"_date).refined->date ==
              "2014-07-17"_date);
// "the U.S. president initiated the call" (February 2016)
static_assert(only(p::barack_obama, p::vladimir_putin, "2016-02"_date).initiator ==
              p::barack_obama);
static_assert(!only(p::barack_obama, p::vladimir_putin, "2016-01"_date).initiator);
// "when he called his U.S. counterpart, then-President George W. Bush"
static_assert(only(p::vladimir_putin, p::george_w_bush, "2001"_date).initiator ==
              p::vladimir_putin);
// "as happened for the first time in 1967": by teletype, the leaders of the USSR and the US
static_assert(r.contacts[0].date == "1967"_date);
static_assert(r.contacts[0].medium == Medium::teletype);
static_assert(r.contacts[0].states == States{SUN, USA});
static_assert(r.contacts[0].level == Level::leader);
// Kerry and Lavrov "started an active face-to-face negotiation process"
static_assert(between(p::john_kerry, p::sergey_lavrov, "2014"_date) == 1);
// The hotline's media: teletype from 1963, a telephone link only in 1991.
static_assert(r[channels::moscow_washington_hotline].established == "1963"_date);
static_assert(r[channels::moscow_washington_hotline].may_carry(Medium::teletype, "1967"_date));
static_assert(!r[channels::moscow_washington_hotline].may_carry(Medium::telephone, "1967"_date));
static_assert(r[channels::moscow_washington_hotline].may_carry(Medium::telephone, "2014"_date));
static_assert(r[channels::moscow_washington_hotline].media.size() == 4);
static_assert(r[agreements::hotline_memorandum_1963].parties.contains(SUN));
static_assert(r[agreements::hotline_memorandum_1963].refined->date == "1963-06-20"_date);
// "The ceasefire regime went into force on Feb. 27"
static_assert(r[agreements::syria_cessation_of_hostilities].in_force == "2016-02-27"_date);

// ---- October 2022 --------------------------------------------------------------

static_assert(from_source(sources::talking_again_2022) == 10);
// "haven't exchanged words since mid-February"
static_assert(only(p::joe_biden, p::vladimir_putin, "2022"_date).date.precision() ==
              Precision::mid_month);
static_assert(only(p::joe_biden, p::vladimir_putin, "2022"_date).date ==
              "2022-02-11/2022-02-20"_date);
// "twice in three days", "last weekend"
static_assert(between(p::lloyd_austin, p::sergei_shoigu, "2022-10-21/2022-10-23"_date) == 2);
// Blinken and Lavrov: the contacts at both ends of five months, and one in 2021
static_assert(between(p::antony_blinken, p::sergey_lavrov, "2022"_date) == 2);
static_assert(between(p::antony_blinken, p::sergey_lavrov, "2021"_date) == 1);
// Milley and Gerasimov: both ends of their five-month stretch, by telephone
static_assert(between(p::mark_milley, p::valery_gerasimov, "2022"_date) == 2);
static_assert(only(p::mark_milley, p::valery_gerasimov, "2022-10"_date).level ==
              Level::military_chief);
// Kissinger, Secretary of State, on the phone with the Soviet ambassador: the
// contact is at the ambassador's level.
static_assert(only(p::henry_kissinger, p::anatoly_dobrynin, "1973"_date).level ==
              Level::ambassador);
static_assert(only(p::george_shultz, p::soviet_arms_negotiators, "198X"_date).date.precision() ==
              Precision::mid_decade);
static_assert(r[channels::strategic_stability_dialogue].ended == "2022-02-25"_date);
// Austin's offices change: Secretary of Defense in 2022 ...
static_assert(r.office_on(p::lloyd_austin, "2022-10-21"_date)->office.role ==
              Role::defence_minister);

// ---- World Politics Review, September 2015 --------------------------------------

static_assert(from_source(sources::wpr_military_talks_2015) == 2);
// "a phone call between the two countries' defense ministers last Friday"
// is documented as the month of the article, and derived (relation 1: one to
// seven days before an article of 1 to 27 September, on a Friday) as the
// Fridays from 4 to 25 September.
static_assert(only(p::ashton_carter, p::sergei_shoigu, "2015"_date).date == "2015-09"_date);
static_assert(*derived_date(documented.derived, Dated{ContactId{12}}) ==
              "2015-09-04/2015-09-25"_date);
static_assert(only(p::ashton_carter, p::sergei_shoigu, "2015"_date).level ==
              Level::defence_minister);
static_assert(only(p::ashton_carter, p::sergei_shoigu, "2015"_date).channel ==
              channels::syria_military_talks);
static_assert(r[channels::syria_military_talks].established == "2015-09-18"_date);
// The photo caption: Geneva, Sept. 14, 2013
static_assert(only(p::john_kerry, p::sergey_lavrov, "2013"_date).location == "Geneva");

// ---- Valdai Club, July 2017 -------------------------------------------------------

static_assert(from_source(sources::valdai_hamburg_2017) == 10);
// "Trump has met with most major leaders, including notably those of the UK,
// China, India, Israel, Saudi Arabia": five meetings among third parties.
static_assert(std::ranges::count_if(r.contacts, [](const Contact& c) {
                return c.source == sources::valdai_hamburg_2017 &&
                       c.participants.contains(p::donald_trump) && !c.states.contains(RUS);
              }) == 5);
static_assert(r[ContactId{30}].states == States{USA, country("CHN")});
static_assert(r[ContactId{30}].refined->date == "2017-04-06/2017-04-07"_date);
static_assert(r[ContactId{19}].date == "2017-07-07"_date);
static_assert(r[ContactId{19}].duration == Duration{std::chrono::minutes{135}});
static_assert(r[ContactId{19}].level == Level::leader);
// "two extended telephone calls" before the meeting
static_assert(between(p::donald_trump, p::vladimir_putin, "2017-01-20/2017-07-06"_date) == 2);
// The White House meeting of 10 May had three participants, and was at the
// level of the foreign minister, Russia's most senior participant.
static_assert(r[ContactId{18}].participants.size() == 3);
static_assert(r[ContactId{18}].level == Level::foreign_minister);
// The breakfast the following day was among third parties.
static_assert(r[ContactId{20}].states == States{RUS, DEU, FRA});
static_assert(!joins(r[ContactId{20}], USA, RUS));
static_assert(r[channels::ukraine_bilateral_channel].established_by ==
              agreements::ukraine_bilateral_channel_2017);
static_assert(r[agreements::cyber_working_group_2017].reached_at == ContactId{19});

// ---- Al Jazeera, March 2016 ---------------------------------------------------------

static_assert(r[agreements::unsc_resolution_2268].kind == AgreementKind::resolution);
static_assert(r[agreements::unsc_resolution_2268].source == sources::al_jazeera_syria_2016);
// ... and "outgoing head of the US Central Command" in March 2016.
static_assert(r.office_on(p::lloyd_austin, "2016-03"_date)->office.role ==
              Role::military_commander);
static_assert(r.office_on(p::lloyd_austin, "2016-03"_date)->source ==
              sources::al_jazeera_syria_2016);

// ---- the sources' own words -------------------------------------------------------

namespace {

// The seed's text with typographic quotes made plain and runs of white space
// made one space: the registry's quotes are ASCII.
std::string normalised_seed(std::string_view locator) {
  const auto file = std::filesystem::path(HOTLINE_SHARED_DIR) / "seeds" /
                    std::filesystem::path(locator).filename();
  std::ifstream in(file, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot read " << file);
  std::stringstream ss;
  ss << in.rdbuf();
  std::string text = ss.str();
  for (const auto& [from, to] : {std::pair<std::string, std::string>{"\u2019", "'"},
                                 {"\u2018", "'"},
                                 {"\u201c", "\""},
                                 {"\u201d", "\""}}) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at))
      text.replace(at, from.size(), to);
  }
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  return out;
}

void check_quote(SourceId source, std::string_view quote, std::string_view what) {
  const Source& s = r[source];
  if (s.locator.empty()) return;  // public record: no text to quote
  const std::string text = normalised_seed(s.locator);
  CHECK_MESSAGE(text.find(quote) != std::string::npos,
                what << " quotes words not in " << s.locator << ": " << quote);
}

}  // namespace

TEST_CASE("every quote in the registry is the article's own words") {
  for (const Contact& c : r.contacts) check_quote(c.source, c.quote, "a contact");
  for (const Channel& c : r.channels) check_quote(c.source, c.quote, c.name);
  for (const Agreement& a : r.agreements) check_quote(a.source, a.quote, a.name);
}

TEST_CASE("every article is cited, and every refinement says where it comes from") {
  for (const Source& s : r.sources) {
    const auto cited =
        std::ranges::count_if(r.contacts, [&](const Contact& c) { return c.source == s.id; });
    const auto tenures =
        std::ranges::count_if(r.tenures, [&](const Tenure& t) { return t.source == s.id; });
    CHECK_MESSAGE(cited + tenures > 0, s.title << " is never cited");
  }
  for (const Contact& c : r.contacts)
    if (c.refined) CHECK_FALSE(c.refined->note.empty());
}

TEST_CASE("states_and_level gives what the builder derived, for every documented contact") {
  for (const Contact& c : r.contacts) {
    Contact bare = c;
    bare.states = {};
    bare.level = Level::unknown;
    const StatesAndLevel derived = states_and_level(r, bare);
    CHECK(derived.states == c.states);
    CHECK(derived.level == c.level);
  }
  static_assert(states_and_level(r, r[ContactId{18}]).level == Level::foreign_minister);
}
