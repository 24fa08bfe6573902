// hotline::documented: every US-Russia (and US-USSR) contact, channel and
// agreement that the five articles of shared/seeds document, 1963 to October
// 2022, each with its source and a quote of the sentence that documents it.
// Built and validated while compiling.
//
// Dates keep the precision the article gives ("in 1973", "twice in March",
// "mid-February", "last Friday" resolved against the article's date). Where
// public record gives the exact day, it is kept beside the documented date as
// a Refinement, with a note of where it comes from; it never replaces it.
// The offices people held (tenures) are public record unless an article
// states them; they are what the builder derives each contact's level from.
#pragma once

#include <hotline/registry.hpp>
#include <hotline/selection.hpp>
#include <hotline/statement.hpp>

namespace hotline {

// Named ids of the people, channels, agreements and sources of the registry,
// for queries: documented[people::vladimir_putin].
namespace people {
inline constexpr ActorId lyndon_johnson{1};
inline constexpr ActorId alexei_kosygin{2};
inline constexpr ActorId henry_kissinger{3};
inline constexpr ActorId anatoly_dobrynin{4};
inline constexpr ActorId george_shultz{5};
inline constexpr ActorId soviet_arms_negotiators{6};
inline constexpr ActorId george_w_bush{7};
inline constexpr ActorId vladimir_putin{8};
inline constexpr ActorId barack_obama{9};
inline constexpr ActorId john_kerry{10};
inline constexpr ActorId sergey_lavrov{11};
inline constexpr ActorId ashton_carter{12};
inline constexpr ActorId sergei_shoigu{13};
inline constexpr ActorId donald_trump{14};
inline constexpr ActorId rex_tillerson{15};
inline constexpr ActorId angela_merkel{16};
inline constexpr ActorId emmanuel_macron{17};
inline constexpr ActorId joe_biden{18};
inline constexpr ActorId antony_blinken{19};
inline constexpr ActorId lloyd_austin{20};
inline constexpr ActorId mark_milley{21};
inline constexpr ActorId valery_gerasimov{22};
// The leaders Trump had met before Hamburg, named by the Valdai article only
// by their states.
inline constexpr ActorId theresa_may{23};
inline constexpr ActorId xi_jinping{24};
inline constexpr ActorId narendra_modi{25};
inline constexpr ActorId benjamin_netanyahu{26};
inline constexpr ActorId king_salman{27};
}  // namespace people

namespace channels {
inline constexpr ChannelId moscow_washington_hotline{1};
inline constexpr ChannelId syria_military_talks{2};
inline constexpr ChannelId ukraine_bilateral_channel{3};
inline constexpr ChannelId cyber_working_group{4};
inline constexpr ChannelId strategic_stability_dialogue{5};
}  // namespace channels

namespace agreements {
inline constexpr AgreementId hotline_memorandum_1963{1};
inline constexpr AgreementId syria_military_talks_2015{2};
inline constexpr AgreementId syria_cessation_of_hostilities{3};
inline constexpr AgreementId unsc_resolution_2268{4};
inline constexpr AgreementId ukraine_bilateral_channel_2017{5};
inline constexpr AgreementId cyber_working_group_2017{6};
}  // namespace agreements

namespace sources {
// Russia Direct, early March 2016: hotline diplomacy and the Syria ceasefire.
inline constexpr SourceId russia_direct_2016{1};
// October 2022: "America and Russia are finally talking to each other again".
inline constexpr SourceId talking_again_2022{2};
// World Politics Review, September 2015: military talks on Syria.
inline constexpr SourceId wpr_military_talks_2015{3};
// Valdai Club, July 2017: the first Putin-Trump meeting.
inline constexpr SourceId valdai_hamburg_2017{4};
// Al Jazeera, March 2016: "Moscow and Washington are not that far apart on Syria".
inline constexpr SourceId al_jazeera_syria_2016{5};
// Public record: the terms of office of the people above.
inline constexpr SourceId public_record{6};
}  // namespace sources

namespace detail::documented_data {

using namespace hotline::literals;
using namespace hotline::countries;
namespace p = hotline::people;
namespace ch = hotline::channels;
namespace ag = hotline::agreements;
namespace src = hotline::sources;
using std::chrono::minutes;

inline constexpr Source sources[] = {
    {.id = src::russia_direct_2016,
     .publication = "Russia Direct",
     .title = "",
     .published = "2016-03-01/2016-03-06"_date,
     .locator = "shared/seeds/000_2e48d3206cec3cfb.txt",
     .note = "Title and date are not in the text. Publication: it cites 'his interview to Russia "
             "Direct'. Date: 'Last month' is February 2016 and 'last week's Syria ceasefire "
             "agreement' is the cessation of hostilities announced on 22 February 2016."},
    {.id = src::talking_again_2022,
     .publication = "",
     .title = "America and Russia are finally talking to each other again",
     .published = "2022-10"_date,
     .locator = "shared/seeds/001_e3ec1e54c157f832.txt",
     .note = "Publication, author and date are not in the text. Date: the G20 summit in "
             "Indonesia (November 2022) is 'next month'. The relations of its text (the calls "
             "of 'last weekend', the calls it reports) derive the days after 21 October."},
    {.id = src::wpr_military_talks_2015,
     .publication = "World Politics Review",
     .title = "Can Military Talks Bridge U.S.-Russia Diplomatic Divide on Syria?",
     .published = "2015-09-01/2015-09-27"_date,
     .locator = "shared/seeds/002_c1350de39c28d89c.txt",
     .note = "Date not in the text: Putin addresses the UN General Assembly (28 September 2015) "
             "'later this month'. The defence ministers' call was 'last Friday' (a relation: "
             "the derived dates bound both)."},
    {.id = src::valdai_hamburg_2017,
     .publication = "Valdai Discussion Club",
     .title = "Putin and Trump Establish Bilateral Channel to Move Forward",
     .published = "2017-07-07/2017-07-31"_date,
     .locator = "shared/seeds/003_57935cc1184917cf.txt",
     .note = "Date not in the text: it reports the meeting of 7 July 2017 and the breakfast "
             "'the following day'."},
    {.id = src::al_jazeera_syria_2016,
     .publication = "Al Jazeera",
     .title = "Moscow and Washington are not that far apart on Syria",
     .author = "Geoffrey Aronson",
     .published = "2016-03-14/2016-03-31"_date,
     .locator = "shared/seeds/004_2ca8f08cd279fb33.txt",
     .note = "Date not in the text: Putin's decision to withdraw forces from Syria (announced "
             "14 March 2016) is 'the latest chapter', and Lloyd Austin (who left Central "
             "Command on 30 March 2016) is its 'outgoing head'."},
    {.id = src::public_record,
     .publication = "Public record",
     .title = "Terms of office (official biographies of the US and Russian governments)",
     .published = "2026-11"_date,
     .note = "Background facts, not from the articles: who held which office when."},
};

inline constexpr Actor actors[] = {
    {p::lyndon_johnson, "Lyndon B. Johnson"},
    {p::alexei_kosygin, "Alexei Kosygin"},
    {p::henry_kissinger, "Henry Kissinger"},
    {p::anatoly_dobrynin, "Anatoly Dobrynin"},
    {p::george_shultz, "George Shultz"},
    {p::soviet_arms_negotiators, "Soviet arms control negotiators"},
    {p::george_w_bush, "George W. Bush"},
    {p::vladimir_putin, "Vladimir Putin"},
    {p::barack_obama, "Barack Obama"},
    {p::john_kerry, "John Kerry"},
    {p::sergey_lavrov, "Sergey Lavrov"},
    {p::ashton_carter, "Ashton Carter"},
    {p::sergei_shoigu, "Sergei Shoigu"},
    {p::donald_trump, "Donald Trump"},
    {p::rex_tillerson, "Rex Tillerson"},
    {p::angela_merkel, "Angela Merkel"},
    {p::emmanuel_macron, "Emmanuel Macron"},
    {p::joe_biden, "Joe Biden"},
    {p::antony_blinken, "Antony Blinken"},
    {p::lloyd_austin, "Lloyd Austin"},
    {p::mark_milley, "Mark Milley"},
    {p::valery_gerasimov, "Valery Gerasimov"},
    {p::theresa_may, "Theresa May"},
    {p::xi_jinping, "Xi Jinping"},
    {p::narendra_modi, "Narendra Modi"},
    {p::benjamin_netanyahu, "Benjamin Netanyahu"},
    {p::king_salman, "Salman bin Abdulaziz"},
};

constexpr Office office(Role role, Country country) {
  return {role, country};
}

inline constexpr Tenure tenures[] = {
    {p::lyndon_johnson, office(Role::head_of_state, USA), "President of the United States",
     "1963-11-22"_date, "1969-01-20"_date, src::public_record},
    {p::alexei_kosygin, office(Role::head_of_government, SUN),
     "Chairman of the Council of Ministers of the USSR", "1964-10-15"_date, "1980-10-23"_date,
     src::public_record},
    {p::henry_kissinger, office(Role::national_security_adviser, USA), "National Security Advisor",
     "1969-01-20"_date, "1975-11-03"_date, src::public_record},
    {p::henry_kissinger, office(Role::foreign_minister, USA), "Secretary of State",
     "1973-09-22"_date, "1977-01-20"_date, src::public_record},
    {p::anatoly_dobrynin, office(Role::ambassador, SUN), "Soviet Ambassador to the United States",
     "1962-03"_date, "1986-03"_date, src::public_record},
    {p::george_shultz, office(Role::foreign_minister, USA), "Secretary of State", "1982-07-16"_date,
     "1989-01-20"_date, src::public_record},
    // Named by the article only as "the Soviets" across the table from Shultz.
    {p::soviet_arms_negotiators, office(Role::negotiator, SUN), "Soviet arms control negotiators",
     "1984/1986"_date, "1984/1986"_date, src::talking_again_2022},
    {p::george_w_bush, office(Role::head_of_state, USA), "President of the United States",
     "2001-01-20"_date, "2009-01-20"_date, src::public_record},
    {p::vladimir_putin, office(Role::head_of_government, RUS), "Prime Minister of Russia",
     "1999-08-16"_date, "2000-05-07"_date, src::public_record},
    {p::vladimir_putin, office(Role::head_of_state, RUS), "President of Russia", "1999-12-31"_date,
     "2008-05-07"_date, src::public_record},
    {p::vladimir_putin, office(Role::head_of_government, RUS), "Prime Minister of Russia",
     "2008-05-08"_date, "2012-05-07"_date, src::public_record},
    {p::vladimir_putin, office(Role::head_of_state, RUS), "President of Russia", "2012-05-07"_date,
     std::nullopt, src::public_record},
    {p::barack_obama, office(Role::head_of_state, USA), "President of the United States",
     "2009-01-20"_date, "2017-01-20"_date, src::public_record},
    {p::john_kerry, office(Role::foreign_minister, USA), "Secretary of State", "2013-02-01"_date,
     "2017-01-20"_date, src::public_record},
    {p::sergey_lavrov, office(Role::foreign_minister, RUS), "Minister of Foreign Affairs",
     "2004-03-09"_date, std::nullopt, src::public_record},
    {p::ashton_carter, office(Role::defence_minister, USA), "Secretary of Defense",
     "2015-02-17"_date, "2017-01-20"_date, src::public_record},
    {p::sergei_shoigu, office(Role::defence_minister, RUS), "Minister of Defence",
     "2012-11-06"_date, "2024-05-12"_date, src::public_record},
    {p::donald_trump, office(Role::head_of_state, USA), "President of the United States",
     "2017-01-20"_date, "2021-01-20"_date, src::public_record},
    {p::donald_trump, office(Role::head_of_state, USA), "President of the United States",
     "2025-01-20"_date, std::nullopt, src::public_record},
    {p::rex_tillerson, office(Role::foreign_minister, USA), "Secretary of State", "2017-02-01"_date,
     "2018-03-31"_date, src::public_record},
    {p::angela_merkel, office(Role::head_of_government, DEU), "Chancellor of Germany",
     "2005-11-22"_date, "2021-12-08"_date, src::public_record},
    {p::emmanuel_macron, office(Role::head_of_state, FRA), "President of France", "2017-05-14"_date,
     std::nullopt, src::public_record},
    {p::joe_biden, office(Role::vice_president, USA), "Vice President of the United States",
     "2009-01-20"_date, "2017-01-20"_date, src::public_record},
    {p::joe_biden, office(Role::head_of_state, USA), "President of the United States",
     "2021-01-20"_date, "2025-01-20"_date, src::public_record},
    {p::antony_blinken, office(Role::foreign_minister, USA), "Secretary of State",
     "2021-01-26"_date, "2025-01-20"_date, src::public_record},
    // The Al Jazeera article of March 2016 calls him the "outgoing head of the
    // US Central Command"; the days are public record.
    {p::lloyd_austin, office(Role::military_commander, USA), "Commander, US Central Command",
     "2013-03-22"_date, "2016-03-30"_date, src::al_jazeera_syria_2016},
    {p::lloyd_austin, office(Role::defence_minister, USA), "Secretary of Defense",
     "2021-01-22"_date, "2025-01-20"_date, src::public_record},
    {p::mark_milley, office(Role::military_chief, USA), "Chairman of the Joint Chiefs of Staff",
     "2019-10-01"_date, "2023-09-30"_date, src::public_record},
    {p::valery_gerasimov, office(Role::military_chief, RUS),
     "Chief of the General Staff of the Armed Forces of Russia", "2012-11-09"_date, std::nullopt,
     src::public_record},
    {p::theresa_may, office(Role::head_of_government, country("GBR")),
     "Prime Minister of the United Kingdom", "2016-07-13"_date, "2019-07-24"_date,
     src::public_record},
    {p::xi_jinping, office(Role::head_of_state, country("CHN")), "President of China",
     "2013-03-14"_date, std::nullopt, src::public_record},
    {p::narendra_modi, office(Role::head_of_government, country("IND")), "Prime Minister of India",
     "2014-05-26"_date, std::nullopt, src::public_record},
    {p::benjamin_netanyahu, office(Role::head_of_government, country("ISR")),
     "Prime Minister of Israel", "2009-03-31"_date, "2021-06-13"_date, src::public_record},
    {p::king_salman, office(Role::head_of_state, country("SAU")), "King of Saudi Arabia",
     "2015-01-23"_date, std::nullopt, src::public_record},
};

inline constexpr Channel channels[] = {
    {.id = ch::moscow_washington_hotline,
     .name = "Moscow-Washington hotline",
     .level = Level::leader,
     .established = "1963"_date,
     .established_by = ag::hotline_memorandum_1963,
     // The article dates only the start (1963) and the telephone link (1991);
     // telex and facsimile came "later", within the Cold War.
     .media = {{Medium::teletype, "1963"_date},
               {Medium::telex, "1963/1991"_date},
               {Medium::facsimile, "1963/1991"_date},
               {Medium::telephone, "1991"_date}},
     .source = src::russia_direct_2016,
     .quote = "The first hot line and all the subsequent ones had the form of teletype, telex, or "
              "facsimile. A direct telephone link between the Kremlin and the White house was "
              "established only in 1991."},
    {.id = ch::syria_military_talks,
     .name = "US-Russian military talks on Syria",
     .level = Level::defence_minister,
     .established = "2015-09-18"_date,
     .established_by = ag::syria_military_talks_2015,
     .source = src::wpr_military_talks_2015,
     .quote = "The goal of the new Russian-American talks, which kicked off with a phone call "
              "between the two countries' defense ministers last Friday, is to minimize the risks "
              "of a direct clash between their forces."},
    {.id = ch::ukraine_bilateral_channel,
     .name = "US-Russian bilateral channel on Ukraine",
     .level = Level::envoy,
     .established = "2017-07-07"_date,
     .established_by = ag::ukraine_bilateral_channel_2017,
     .source = src::valdai_hamburg_2017,
     .quote = "A bilateral channel was established to try to find a way forwards in the Ukraine "
              "conflict"},
    {.id = ch::cyber_working_group,
     .name = "US-Russian working group on cyber-security",
     .level = Level::working_group,
     .established = "2017-07-07"_date,
     .established_by = ag::cyber_working_group_2017,
     .source = src::valdai_hamburg_2017,
     .quote = "The two leaders also set up a working group on cyber-security."},
    {.id = ch::strategic_stability_dialogue,
     .name = "US-Russian strategic stability talks",
     .level = Level::envoy,
     // "earlier in his tenure": after Biden took office, before the invasion.
     .established = "2021-01-20/2022-02-24"_date,
     // "the day after Russia's invasion" of 24 February 2022.
     .ended = "2022-02-25"_date,
     .source = src::talking_again_2022,
     .quote = "Washington suspended arms control talks the day after Russia's invasion as a way to "
              "penalize Moscow for its violation of state sovereignty"},
};

inline constexpr Agreement agreements[] = {
    {.id = ag::hotline_memorandum_1963,
     .name = "Memorandum of Understanding on a Direct Communications Link",
     .kind = AgreementKind::memorandum,
     .parties = {USA, SUN},
     .signed_on = "1963"_date,
     .status = AgreementStatus::in_force,
     .source = src::russia_direct_2016,
     .quote = "The first Moscow-Washington hot line was established in 1963 as a response to the "
              "Cuban missile crisis of 1962",
     .refined = Refinement{"1963-06-20"_date,
                           "Signed in Geneva on 20 June 1963 (US State "
                           "Department treaty record)."}},
    {.id = ag::syria_military_talks_2015,
     .name = "US acceptance of Russian military talks on Syria",
     .kind = AgreementKind::channel,
     .parties = {USA, RUS},
     // "Last week", against an article of 21-25 September 2015.
     .signed_on = "2015-09-14/2015-09-20"_date,
     .status = AgreementStatus::in_force,
     .source = src::wpr_military_talks_2015,
     .quote = "Last week, the Obama administration accepted a Russian offer of military talks over "
              "Syria."},
    {.id = ag::syria_cessation_of_hostilities,
     .name = "Cessation of Hostilities in Syria",
     .kind = AgreementKind::ceasefire,
     .parties = {USA, RUS},
     // "last week's Syria ceasefire agreement", against an article of 1-6 March 2016.
     .signed_on = "2016-02-22/2016-02-28"_date,
     .in_force = "2016-02-27"_date,
     .status = AgreementStatus::in_force,
     .source = src::russia_direct_2016,
     .quote =
         "The ceasefire regime went into force on Feb. 27 and has demonstrated that Moscow and "
         "Washington are capable of constructive dialogue",
     .refined = Refinement{"2016-02-22"_date,
                           "Announced in a joint statement of the United "
                           "States and Russia on 22 February 2016."}},
    {.id = ag::unsc_resolution_2268,
     .name = "UN Security Council Resolution 2268",
     .kind = AgreementKind::resolution,
     .parties = {USA, RUS},
     // After the cessation of hostilities ("subsequent"), before the article.
     .signed_on = "2016-02-22/2016-03-31"_date,
     .status = AgreementStatus::in_force,
     .source = src::al_jazeera_syria_2016,
     .quote = "Highlighting this constructive and encouraging partnership is the intensive "
              "diplomatic cooperation that resulted in the Cessation of Hostilities agreement and "
              "the subsequent joint submission of UNSC Resolution 2268 for unanimous Council "
              "approval.",
     .refined = Refinement{"2016-02-26"_date,
                           "Adopted unanimously on 26 February 2016 (UN "
                           "Security Council record)."}},
    {.id = ag::ukraine_bilateral_channel_2017,
     .name = "Bilateral channel on the Ukraine conflict",
     .kind = AgreementKind::channel,
     .parties = {USA, RUS},
     .signed_on = "2017-07-07"_date,
     .status = AgreementStatus::in_force,
     .reached_at = ContactId{19},
     .source = src::valdai_hamburg_2017,
     .quote = "A bilateral channel was established to try to find a way forwards in the Ukraine "
              "conflict"},
    {.id = ag::cyber_working_group_2017,
     .name = "Working group on cyber-security",
     .kind = AgreementKind::working_group,
     .parties = {USA, RUS},
     .signed_on = "2017-07-07"_date,
     .status = AgreementStatus::in_force,
     .reached_at = ContactId{19},
     .source = src::valdai_hamburg_2017,
     .quote = "The two leaders also set up a working group on cyber-security."},
};

// Contacts, in date order. Ids are stable: tests and users pin them.
inline constexpr Contact contacts[] = {
    // ---- Russia Direct, 2016 (with the history it recounts) ------------
    {.id = ContactId{1},
     .date = "1967"_date,
     .participants = {p::alexei_kosygin, p::lyndon_johnson},
     .channel = ch::moscow_washington_hotline,
     .medium = Medium::teletype,
     .topics = {Topic::middle_east_war},
     .source = src::russia_direct_2016,
     .quote = "Originally, it was intended to be used primarily for the most urgent matters of war "
              "and peace, as happened for the first time in 1967 during the war in the Middle "
              "East.",
     .refined = Refinement{"1967-06-05"_date,
                           "Kosygin's message to Johnson on the first day of "
                           "the Six-Day War (Foreign Relations of the United "
                           "States, 1964-68, vol. XIX)."}},
    // ---- October 2022 article, on the Cold War ---------------------------
    {.id = ContactId{2},
     .date = "1973"_date,
     .participants = {p::henry_kissinger, p::anatoly_dobrynin},
     .medium = Medium::telephone,
     .topics = {Topic::middle_east_war},
     .source = src::talking_again_2022,
     .quote = "When Henry Kissinger was on the phone with Soviet Ambassador Anatoly Dobrynin to "
              "keep the 1973 Israeli-Arab war from escalating into a great power conflict",
     .refined = Refinement{"1973-10-06/1973-10-25"_date,
                           "The Yom Kippur War lasted from 6 to 25 "
                           "October 1973."}},
    {.id = ContactId{3},
     .date = "1984/1986"_date,
     .participants = {p::george_shultz, p::soviet_arms_negotiators},
     .topics = {Topic::arms_control},
     .source = src::talking_again_2022,
     .quote = "When George Shultz was negotiating an arms control accord with the Soviets in the "
              "mid-1980s"},
    // ---- Russia Direct, 2016 ---------------------------------------------
    {.id = ContactId{4},
     // "after the 9/11 terrorist attacks": the article gives no end; the
     // year bounds the "reset attempt" it describes.
     .date = "2001-09-11/2001-12-31"_date,
     .participants = {p::vladimir_putin, p::george_w_bush},
     .medium = Medium::telephone,
     .initiator = p::vladimir_putin,
     .topics = {Topic::terrorism},
     .source = src::russia_direct_2016,
     .quote = "this move reminds us of Russia's \"reset\" attempt initiated by "
              "Putin after the 9/11 terrorist attacks, when he called his U.S. counterpart, "
              "then-President George W. Bush",
     .refined = Refinement{"2001-09-11"_date,
                           "Putin was the first foreign leader to call Bush on "
                           "11 September 2001 (White House record)."}},
    // ---- World Politics Review, 2015 (photo caption) ---------------------
    {.id = ContactId{5},
     .date = "2013-09-14"_date,
     .participants = {p::john_kerry, p::sergey_lavrov},
     .medium = Medium::in_person,
     .location = "Geneva",
     .source = src::wpr_military_talks_2015,
     .quote =
         "U.S. Secretary of State John Kerry listens to Russian Foreign Minister Sergey Lavrov "
         "during a news conference, Geneva, Switzerland, Sept. 14, 2013"},
    // ---- Russia Direct, 2016: the leaders' calls of 2014-2016 ----------
    {.id = ContactId{6},
     .date = "2014-03"_date,
     .participants = {p::vladimir_putin, p::barack_obama},
     .channel = ch::moscow_washington_hotline,
     .medium = Medium::telephone,
     .topics = {Topic::ukraine},
     .source = src::russia_direct_2016,
     .quote =
         "In 2014, Presidents Putin and Obama had phone discussions about the Ukrainian crises "
         "and the situation in southeastern Ukraine three times (twice in March and in July).",
     .refined = Refinement{"2014-03-01"_date, "White House readout of 1 March 2014."}},
    {.id = ContactId{7},
     .date = "2014-03"_date,
     .participants = {p::vladimir_putin, p::barack_obama},
     .channel = ch::moscow_washington_hotline,
     .medium = Medium::telephone,
     .topics = {Topic::ukraine},
     .source = src::russia_direct_2016,
     .quote =
         "In 2014, Presidents Putin and Obama had phone discussions about the Ukrainian crises "
         "and the situation in southeastern Ukraine three times (twice in March and in July).",
     .refined = Refinement{"2014-03-06"_date, "White House readout of 6 March 2014."}},
    {.id = ContactId{8},
     // "started an active face-to-face negotiation process" after the March
     // calls: at least one meeting in the rest of 2014.
     .date = "2014-03/2014-12"_date,
     .participants = {p::john_kerry, p::sergey_lavrov},
     .medium = Medium::in_person,
     .topics = {Topic::ukraine, Topic::syria},
     .source = src::russia_direct_2016,
     .quote = "But thanks to them, U.S. Secretary of State John Kerry and Russian Foreign Minister "
              "Sergey Lavrov started an active face-to-face negotiation process on Ukraine and "
              "Syria.",
     .refined = Refinement{"2014-03-14"_date,
                           "Their first meeting after the calls, in London on "
                           "14 March 2014 (State Department record)."}},
    {.id = ContactId{9},
     .date = "2014-07"_date,
     .participants = {p::vladimir_putin, p::barack_obama},
     .channel = ch::moscow_washington_hotline,
     .medium = Medium::telephone,
     .topics = {Topic::ukraine},
     .source = src::russia_direct_2016,
     .quote =
         "In 2014, Presidents Putin and Obama had phone discussions about the Ukrainian crises "
         "and the situation in southeastern Ukraine three times (twice in March and in July).",
     .refined = Refinement{"2014-07-17"_date, "White House readout of 17 July 2014."}},
    {.id = ContactId{10},
     .date = "2015-02"_date,
     .participants = {p::vladimir_putin, p::barack_obama},
     .channel = ch::moscow_washington_hotline,
     .medium = Medium::telephone,
     .topics = {Topic::syria, Topic::ukraine, Topic::iran_nuclear, Topic::terrorism},
     .source = src::russia_direct_2016,
     .quote = "Putin and Obama spoke twice in 2015 (in February and June) as well as in 2016 (in "
              "January and February).",
     .refined = Refinement{"2015-02-10"_date, "White House readout of 10 February 2015."}},
    {.id = ContactId{11},
     .date = "2015-06"_date,
     .participants = {p::vladimir_putin, p::barack_obama},
     .channel = ch::moscow_washington_hotline,
     .medium = Medium::telephone,
     .topics = {Topic::syria, Topic::ukraine, Topic::iran_nuclear, Topic::terrorism},
     .source = src::russia_direct_2016,
     .quote = "Putin and Obama spoke twice in 2015 (in February and June) as well as in 2016 (in "
              "January and February).",
     .refined = Refinement{"2015-06-25"_date, "White House readout of 25 June 2015."}},
    // ---- World Politics Review, 2015 ---------------------------------------
    {.id = ContactId{12},
     // "last Friday", before an article of September 2015: relation 1
     // derives the Fridays it allows.
     .date = "2015-09"_date,
     .participants = {p::ashton_carter, p::sergei_shoigu},
     .channel = ch::syria_military_talks,
     .medium = Medium::telephone,
     .topics = {Topic::syria},
     .source = src::wpr_military_talks_2015,
     .quote = "The goal of the new Russian-American talks, which kicked off with a phone call "
              "between the two countries' defense ministers last Friday, is to minimize the risks "
              "of a direct clash between their forces.",
     .refined = Refinement{"2015-09-18"_date,
                           "Ashton Carter's call with Sergei Shoigu on 18 September 2015 "
                           "(Department of Defense statement)."}},
    // ---- Russia Direct, 2016 ---------------------------------------------
    {.id = ContactId{13},
     .date = "2015-11-30"_date,
     .participants = {p::vladimir_putin, p::barack_obama},
     .medium = Medium::in_person,
     .location = "Paris",
     .topics = {Topic::climate},
     .source = src::russia_direct_2016,
     .quote = "except a behind-closed-doors talksin Parisat the UN Conference on Climate Change on "
              "November 30, 2015"},
    {.id = ContactId{14},
     .date = "2016-01"_date,
     .participants = {p::vladimir_putin, p::barack_obama},
     .channel = ch::moscow_washington_hotline,
     .medium = Medium::telephone,
     .topics = {Topic::syria, Topic::ukraine, Topic::iran_nuclear, Topic::terrorism},
     .source = src::russia_direct_2016,
     .quote = "Putin and Obama spoke twice in 2015 (in February and June) as well as in 2016 (in "
              "January and February).",
     .refined = Refinement{"2016-01-13"_date, "Kremlin readout of 13 January 2016."}},
    {.id = ContactId{15},
     .date = "2016-02"_date,
     .participants = {p::vladimir_putin, p::barack_obama},
     .channel = ch::moscow_washington_hotline,
     .medium = Medium::telephone,
     .initiator = p::barack_obama,
     .topics = {Topic::syria, Topic::ukraine, Topic::iran_nuclear, Topic::terrorism},
     .source = src::russia_direct_2016,
     .quote = "Remarkably, the U.S. president initiated the call, which actually became a good "
              "example of Russian-American hotline diplomacy.",
     .refined = Refinement{"2016-02-14"_date, "White House readout of 14 February 2016."}},
    // ---- Valdai Club, 2017 -----------------------------------------------
    {.id = ContactId{16},
     // "Prior to the meeting": after Trump took office, before 7 July.
     .date = "2017-01-20/2017-07-06"_date,
     .participants = {p::donald_trump, p::vladimir_putin},
     .medium = Medium::telephone,
     .source = src::valdai_hamburg_2017,
     .quote = "Prior to the meeting there had been two extended telephone calls",
     .refined = Refinement{"2017-01-28"_date, "White House readout of 28 January 2017."}},
    {.id = ContactId{17},
     .date = "2017-01-20/2017-07-06"_date,
     .participants = {p::donald_trump, p::vladimir_putin},
     .medium = Medium::telephone,
     .source = src::valdai_hamburg_2017,
     .quote = "Prior to the meeting there had been two extended telephone calls",
     .refined = Refinement{"2017-05-02"_date, "White House readout of 2 May 2017."}},
    {.id = ContactId{18},
     .date = "2017-05-10"_date,
     .participants = {p::donald_trump, p::sergey_lavrov, p::rex_tillerson},
     .medium = Medium::in_person,
     .location = "Washington, White House",
     .topics = {Topic::terrorism},
     .source = src::valdai_hamburg_2017,
     .quote = "a meeting on 10 May in the White House between the president and Russia's foreign "
              "minister Sergei Lavrov and the US secretary of Rex Tillerson"},
    {.id = ContactId{19},
     .date = "2017-07-07"_date,
     .participants = {p::vladimir_putin, p::donald_trump},
     .medium = Medium::in_person,
     .location = "Hamburg, G20 summit",
     .duration = Duration{minutes{135}},
     .topics = {Topic::economy, Topic::climate, Topic::ukraine, Topic::syria, Topic::north_korea,
                Topic::elections, Topic::cyber_security},
     .source = src::valdai_hamburg_2017,
     .quote = "The actual meeting lasted far longer than the anticipated half hour, at two hours "
              "and fifteen minutes."},
    {.id = ContactId{20},
     // "the following day", after the meeting of 7 July: relation 2.
     .date = "2017-07"_date,
     .participants = {p::vladimir_putin, p::angela_merkel, p::emmanuel_macron},
     .medium = Medium::in_person,
     .location = "Hamburg, G20 summit",
     .topics = {Topic::ukraine},
     .source = src::valdai_hamburg_2017,
     .quote = "a point reinforced at a breakfast meeting between Putin, Angela Merkel and Emmanuel "
              "Macron the following day"},
    // ---- October 2022 article ------------------------------------------
    {.id = ContactId{21},
     .date = "2021"_date,
     .participants = {p::antony_blinken, p::sergey_lavrov},
     .medium = Medium::in_person,
     .source = src::talking_again_2022,
     .quote = "US Secretary of State Antony Blinken and his Russian counterpart Sergei Lavrov in "
              "2021.",
     .refined = Refinement{"2021-12-02"_date,
                           "The AFP photograph is from their meeting at the "
                           "OSCE ministerial in Stockholm on 2 December "
                           "2021."}},
    {.id = ContactId{22},
     .date = "2022-02-11/2022-02-20"_date,
     .participants = {p::joe_biden, p::vladimir_putin},
     .source = src::talking_again_2022,
     .quote = "Presidents Biden and Putin haven't exchanged words since mid-February",
     .refined = Refinement{"2022-02-12"_date,
                           "A phone call on 12 February 2022 (White House "
                           "readout)."}},
    // "didn't commiserate for five months": the contacts at both ends. The
    // article gives the length, not the months: the year of the war it
    // writes about; statement 6 (five months between them) and the end
    // before the article (relation 6) derive the rest.
    {.id = ContactId{23},
     .date = "2022"_date,
     .participants = {p::antony_blinken, p::sergey_lavrov},
     .source = src::talking_again_2022,
     .quote = "Secretary of State Antony Blinken and Foreign Minister Sergey Lavrov didn't "
              "commiserate for five months.",
     .refined = Refinement{"2022-02-15"_date,
                           "A phone call on 15 February 2022 (State "
                           "Department readout)."}},
    // The start of the "similar five-month stretch": statement 7 derives it.
    {.id = ContactId{24},
     .date = "2022"_date,
     .participants = {p::mark_milley, p::valery_gerasimov},
     .medium = Medium::telephone,
     .source = src::talking_again_2022,
     .quote = "Generals Mark Milley and Valery Gerasimov, the top officers in the American and "
              "Russian military establishments respectively, had a similar five-month stretch "
              "where no calls were exchanged.",
     .refined = Refinement{"2022-05-19"_date,
                           "A phone call on 19 May 2022 (Joint Staff "
                           "readout)."}},
    {.id = ContactId{25},
     .date = "2022"_date,
     .participants = {p::antony_blinken, p::sergey_lavrov},
     .source = src::talking_again_2022,
     .quote = "Secretary of State Antony Blinken and Foreign Minister Sergey Lavrov didn't "
              "commiserate for five months.",
     .refined = Refinement{"2022-07-29"_date,
                           "A phone call on 29 July 2022 (State Department "
                           "readout)."}},
    // "last weekend, when the two defense chiefs conversed with each other
    // twice in three days": the Friday to the Sunday before the article.
    {.id = ContactId{26},
     .date = "2022-10-21/2022-10-23"_date,
     .participants = {p::lloyd_austin, p::sergei_shoigu},
     .medium = Medium::telephone,
     .topics = {Topic::ukraine},
     .source = src::talking_again_2022,
     .quote = "That is, until last weekend, when the two defense chiefs conversed with each other "
              "twice in three days.",
     .refined = Refinement{"2022-10-21"_date,
                           "Department of Defense readout of 21 October "
                           "2022."}},
    {.id = ContactId{27},
     .date = "2022-10-21/2022-10-23"_date,
     .participants = {p::lloyd_austin, p::sergei_shoigu},
     .medium = Medium::telephone,
     .topics = {Topic::ukraine},
     .source = src::talking_again_2022,
     .quote = "That is, until last weekend, when the two defense chiefs conversed with each other "
              "twice in three days.",
     .refined = Refinement{"2022-10-23"_date,
                           "Department of Defense readout of 23 October "
                           "2022."}},
    // The third of "three calls ... in four days". The article names the
    // two Austin-Shoigu calls but not the third call's parties, and says the
    // Milley-Gerasimov "five-month stretch" is past: that this call ended it,
    // and its parties, come from the Joint Staff's readout of 24 October.
    {.id = ContactId{28},
     .date = "2022-10-21/2022-10-24"_date,
     .participants = {p::mark_milley, p::valery_gerasimov},
     .medium = Medium::telephone,
     .source = src::talking_again_2022,
     .quote = "With three calls exchanged between American and Russian stakeholders in four days, "
              "perhaps pragmatism is finally prevailing.",
     .refined = Refinement{"2022-10-24"_date,
                           "Joint Staff readout of 24 October 2022, which "
                           "also gives the parties: the article names only "
                           "'three calls'."}},
    // ---- Valdai Club, 2017: the leaders Trump had met before Putin -------
    // "Trump has met with most major leaders, including notably those of the
    // UK, China, India, Israel, Saudi Arabia": between taking office and
    // Hamburg. The leaders and days are public record.
    {.id = ContactId{29},
     .date = "2017-01-20/2017-07-06"_date,
     .participants = {p::donald_trump, p::theresa_may},
     .medium = Medium::in_person,
     .source = src::valdai_hamburg_2017,
     .quote = "In the context where Trump has met with most major leaders, including notably those "
              "of the UK, China, India, Israel, Saudi Arabia and many more",
     .refined = Refinement{"2017-01-27"_date,
                           "Theresa May at the White House, 27 January 2017 "
                           "(White House record)."}},
    {.id = ContactId{30},
     .date = "2017-01-20/2017-07-06"_date,
     .participants = {p::donald_trump, p::xi_jinping},
     .medium = Medium::in_person,
     .source = src::valdai_hamburg_2017,
     .quote = "In the context where Trump has met with most major leaders, including notably those "
              "of the UK, China, India, Israel, Saudi Arabia and many more",
     .refined = Refinement{"2017-04-06/2017-04-07"_date,
                           "Xi Jinping at Mar-a-Lago, 6-7 April "
                           "2017 (White House record)."}},
    {.id = ContactId{31},
     .date = "2017-01-20/2017-07-06"_date,
     .participants = {p::donald_trump, p::narendra_modi},
     .medium = Medium::in_person,
     .source = src::valdai_hamburg_2017,
     .quote = "In the context where Trump has met with most major leaders, including notably those "
              "of the UK, China, India, Israel, Saudi Arabia and many more",
     .refined = Refinement{"2017-06-26"_date,
                           "Narendra Modi at the White House, 26 June 2017 "
                           "(White House record)."}},
    {.id = ContactId{32},
     .date = "2017-01-20/2017-07-06"_date,
     .participants = {p::donald_trump, p::benjamin_netanyahu},
     .medium = Medium::in_person,
     .source = src::valdai_hamburg_2017,
     .quote = "In the context where Trump has met with most major leaders, including notably those "
              "of the UK, China, India, Israel, Saudi Arabia and many more",
     .refined = Refinement{"2017-02-15"_date,
                           "Benjamin Netanyahu at the White House, 15 "
                           "February 2017 (White House record)."}},
    {.id = ContactId{33},
     .date = "2017-01-20/2017-07-06"_date,
     .participants = {p::donald_trump, p::king_salman},
     .medium = Medium::in_person,
     .source = src::valdai_hamburg_2017,
     .quote = "In the context where Trump has met with most major leaders, including notably those "
              "of the UK, China, India, Israel, Saudi Arabia and many more",
     .refined = Refinement{"2017-05-20"_date,
                           "King Salman in Riyadh, 20 May 2017 (White House "
                           "record)."}},
};

// What the articles say of the contacts: their counts, silences and bursts,
// as statements that the library checks (hotline::check). A statement's
// `as_of` is its article's publication date, as imprecise as the article
// lets it be known.
inline constexpr Selection putin_obama_calls{.people = {p::vladimir_putin, p::barack_obama},
                                             .medium = Medium::telephone};

inline constexpr Statement statements[] = {
    {.id = StatementId{1},
     .kind = StatementKind::count,
     .selection = putin_obama_calls,
     .period = "2014"_date,
     .count = {3, 3},
     .source = src::russia_direct_2016,
     .quote =
         "In 2014, Presidents Putin and Obama had phone discussions about the Ukrainian crises "
         "and the situation in southeastern Ukraine three times (twice in March and in July)."},
    {.id = StatementId{2},
     .kind = StatementKind::count,
     .selection = putin_obama_calls,
     .period = "2014-03"_date,
     .count = {2, 2},
     .source = src::russia_direct_2016,
     .quote =
         "In 2014, Presidents Putin and Obama had phone discussions about the Ukrainian crises "
         "and the situation in southeastern Ukraine three times (twice in March and in July)."},
    {.id = StatementId{3},
     .kind = StatementKind::count,
     .selection = putin_obama_calls,
     .period = "2015"_date,
     .count = {2, 2},
     .source = src::russia_direct_2016,
     .quote = "Putin and Obama spoke twice in 2015 (in February and June) as well as in 2016 (in "
              "January and February)."},
    {.id = StatementId{4},
     .kind = StatementKind::count,
     .selection = putin_obama_calls,
     .period = "2016"_date,
     .count = {2, 2},
     .source = src::russia_direct_2016,
     .quote = "Putin and Obama spoke twice in 2015 (in February and June) as well as in 2016 (in "
              "January and February)."},
    {.id = StatementId{5},
     .kind = StatementKind::silence_since,
     .selection = {.people = {p::joe_biden, p::vladimir_putin}},
     .period = Date::mid_month(2022, 2),
     // as of the article's publication, as the relations derive it
     .source = src::talking_again_2022,
     .quote = "Presidents Biden and Putin haven't exchanged words since mid-February"},
    {.id = StatementId{6},
     .kind = StatementKind::silence_length,
     .selection = {.people = {p::antony_blinken, p::sergey_lavrov}},
     .length = months_said(5),
     .from = ContactId{23},
     .to = ContactId{25},
     .source = src::talking_again_2022,
     .quote = "Secretary of State Antony Blinken and Foreign Minister Sergey Lavrov didn't "
              "commiserate for five months."},
    {.id = StatementId{7},
     .kind = StatementKind::silence_length,
     .selection = {.people = {p::mark_milley, p::valery_gerasimov}},
     .length = months_said(5),
     .from = ContactId{24},
     .to = ContactId{28},
     .source = src::talking_again_2022,
     .quote = "Generals Mark Milley and Valery Gerasimov, the top officers in the American and "
              "Russian military establishments respectively, had a similar five-month stretch "
              "where no calls were exchanged."},
    {.id = StatementId{8},
     .kind = StatementKind::within,
     .selection = {.people = {p::lloyd_austin, p::sergei_shoigu}},
     .count = {2, 2},
     .within = std::chrono::days{3},
     .source = src::talking_again_2022,
     .quote = "That is, until last weekend, when the two defense chiefs conversed with each other "
              "twice in three days."},
    {.id = StatementId{9},
     .kind = StatementKind::within,
     .selection = {.between = StatePair{USA, RUS}, .medium = Medium::telephone},
     .count = {3, 3},
     .within = std::chrono::days{4},
     .source = src::talking_again_2022,
     .quote = "With three calls exchanged between American and Russian stakeholders in four days, "
              "perhaps pragmatism is finally prevailing."},
    {.id = StatementId{10},
     .kind = StatementKind::first,
     .selection = {.channel = ch::moscow_washington_hotline},
     .period = "1967"_date,
     .source = src::russia_direct_2016,
     .quote = "Originally, it was intended to be used primarily for the most urgent matters of war "
              "and peace, as happened for the first time in 1967 during the war in the Middle "
              "East."},
};

// How the articles' relative dates relate the things they date: each
// `to` lies `days` after `from` ("last Friday": one to seven days before
// the article, on a Friday). With the documented dates and the statements
// of a length between two contacts, these derive the dates of the derived
// layer (hotline::derive_dates; documented.derived).
inline constexpr Relation relations[] = {
    {.id = RelationId{1},
     .from = src::wpr_military_talks_2015,
     .to = ContactId{12},
     .days = said::last_weekday,
     .on = std::chrono::Friday,
     .source = src::wpr_military_talks_2015,
     .quote = "The goal of the new Russian-American talks, which kicked off with a phone call "
              "between the two countries' defense ministers last Friday"},
    {.id = RelationId{2},
     .from = ContactId{19},
     .to = ContactId{20},
     .days = said::following_day,
     .source = src::valdai_hamburg_2017,
     .quote = "a point reinforced at a breakfast meeting between Putin, Angela Merkel and Emmanuel "
              "Macron the following day"},
    {.id = RelationId{3},
     .from = src::talking_again_2022,
     .to = ContactId{26},
     .days = said::last_weekend,
     .on = {std::chrono::Friday, std::chrono::Saturday, std::chrono::Sunday},
     .source = src::talking_again_2022,
     .quote = "That is, until last weekend, when the two defense chiefs conversed with each other "
              "twice in three days."},
    {.id = RelationId{4},
     .from = src::talking_again_2022,
     .to = ContactId{27},
     .days = said::last_weekend,
     .on = {std::chrono::Friday, std::chrono::Saturday, std::chrono::Sunday},
     .source = src::talking_again_2022,
     .quote = "That is, until last weekend, when the two defense chiefs conversed with each other "
              "twice in three days."},
    {.id = RelationId{5},
     .from = ContactId{28},
     .to = src::talking_again_2022,
     .days = said::after,
     .source = src::talking_again_2022,
     .quote = "With three calls exchanged between American and Russian stakeholders in four days, "
              "perhaps pragmatism is finally prevailing."},
    {.id = RelationId{6},
     .from = ContactId{25},
     .to = src::talking_again_2022,
     .days = said::after,
     .source = src::talking_again_2022,
     .quote = "Secretary of State Antony Blinken and Foreign Minister Sergey Lavrov didn't "
              "commiserate for five months."},
    {.id = RelationId{7},
     .from = ContactId{22},
     .to = src::talking_again_2022,
     .days = said::after,
     .source = src::talking_again_2022,
     .quote = "Presidents Biden and Putin haven't exchanged words since mid-February"},
    {.id = RelationId{8},
     .from = ContactId{20},
     .to = src::valdai_hamburg_2017,
     .days = said::after,
     .source = src::valdai_hamburg_2017,
     .quote = "a point reinforced at a breakfast meeting between Putin, Angela Merkel and Emmanuel "
              "Macron the following day"},
    {.id = RelationId{9},
     .from = src::russia_direct_2016,
     .to = ag::syria_cessation_of_hostilities,
     .days = said::last_week,
     .source = src::russia_direct_2016,
     .quote = "as indicated by last week's Syria ceasefire agreement"},
};

inline constexpr RegistryInput input{sources,  actors,     tenures,    channels,
                                     contacts, agreements, statements, relations};

}  // namespace detail::documented_data

// The registry of everything the articles document, validated while
// compiling. Its contacts are in date order.
inline constexpr Registry documented = make_registry<detail::documented_data::input>();

// What the articles say of those contacts, as statements to check against
// them: hotline::check(documented.contacts, documented_statements[i],
// DateLayer::derived, documented.dating()). The registry carries them
// (documented.statements), and its builder rejects one that is
// contradicted on the derived dates.
inline constexpr std::span<const Statement> documented_statements =
    detail::documented_data::statements;

}  // namespace hotline
