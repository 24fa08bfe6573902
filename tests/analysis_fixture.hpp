// A small registry for the analysis tests, built twice from the same tables:
// while compiling (fixture::registry, for static_asserts) and at run time
// (fixture::runtime_registry(), for the same queries over vectors). The
// people and contacts are invented: their dates are chosen to exercise
// precisions, month boundaries, leap days, same-day contacts and the
// succession of the USSR by Russia, not taken from any record.
#pragma once

#include <optional>
#include <stdexcept>
#include <vector>

#include <hotline/analysis.hpp>
#include <hotline/registry.hpp>

namespace fixture {

using namespace hotline;
using namespace hotline::literals;
using namespace hotline::countries;

inline constexpr ActorId adams{1};    // USA president, 2009-2017
inline constexpr ActorId belov{2};    // RUS president, 2000-
inline constexpr ActorId clark{3};    // USA secretary of state, 2013-2017
inline constexpr ActorId durov{4};    // RUS foreign minister, 2004-
inline constexpr ActorId evans{5};    // USA president, 1981-1989
inline constexpr ActorId volkov{6};   // USSR leader, 1985-1991
inline constexpr ActorId gray{7};     // USA secretary of defense, 2021-
inline constexpr ActorId sokolov{8};  // RUS defence minister, 2012-
inline constexpr ActorId ford{9};     // GBR prime minister, 2010-2016

inline constexpr ChannelId hotline_channel{1};
inline constexpr ChannelId defence_line{2};
inline constexpr SourceId test_source{1};

inline constexpr Source sources[] = {{.id = test_source,
                                      .publication = "hotline tests",
                                      .title = "Invented contacts for the analysis tests",
                                      .published = "2022-10-25"_date}};

inline constexpr Actor actors[] = {
    {adams, "Alice Adams"},  {belov, "Boris Belov"},      {clark, "Carol Clark"},
    {durov, "Dmitri Durov"}, {evans, "Edgar Evans"},      {volkov, "Viktor Volkov"},
    {gray, "Gina Gray"},     {sokolov, "Sergei Sokolov"}, {ford, "Frank Ford"},
};

inline constexpr Tenure tenures[] = {
    {adams,
     {Role::head_of_state, USA},
     "President",
     "2009-01-20"_date,
     "2017-01-20"_date,
     test_source},
    {belov, {Role::head_of_state, RUS}, "President", "2000-05-07"_date, std::nullopt, test_source},
    {clark,
     {Role::foreign_minister, USA},
     "Secretary of State",
     "2013-02-01"_date,
     "2017-01-20"_date,
     test_source},
    {durov,
     {Role::foreign_minister, RUS},
     "Foreign Minister",
     "2004-03-09"_date,
     std::nullopt,
     test_source},
    {evans,
     {Role::head_of_state, USA},
     "President",
     "1981-01-20"_date,
     "1989-01-20"_date,
     test_source},
    {volkov,
     {Role::head_of_state, SUN},
     "General Secretary",
     "1985-03-11"_date,
     "1991-12-25"_date,
     test_source},
    {gray,
     {Role::defence_minister, USA},
     "Secretary of Defense",
     "2021-01-22"_date,
     std::nullopt,
     test_source},
    {sokolov,
     {Role::defence_minister, RUS},
     "Defence Minister",
     "2012-11-06"_date,
     std::nullopt,
     test_source},
    {ford,
     {Role::head_of_government, GBR},
     "Prime Minister",
     "2010-05-11"_date,
     "2016-07-13"_date,
     test_source},
};

inline constexpr Channel channels[] = {
    {.id = hotline_channel,
     .name = "Hotline",
     .level = Level::leader,
     .established = "1963"_date,
     .media = {{Medium::teletype, "1963"_date}, {Medium::telephone, "1991"_date}},
     .source = test_source},
    {.id = defence_line,
     .name = "Defence line",
     .level = Level::defence_minister,
     .established = "2015-09"_date,
     .source = test_source},
};

inline constexpr Agreement agreements[] = {{.id = AgreementId{1},
                                            .name = "Hotline arrangement",
                                            .parties = {USA, SUN},
                                            .signed_on = "1963"_date,
                                            .source = test_source}};

namespace detail {
constexpr Contact contact(std::uint32_t id, Date date, ActorId a, ActorId b, Medium medium,
                          ChannelId channel = {}) {
  return {.id = ContactId{id},
          .date = date,
          .participants = {a, b},
          .channel = channel,
          .medium = medium,
          .source = test_source};
}
}  // namespace detail

// In id order; the registry sorts them by date. Leader calls: three in 2014
// (two in March), two in 2015 (and a meeting), one on the leap day of 2016.
inline constexpr Contact contacts[] = {
    detail::contact(1, "1987-12-08"_date, evans, volkov, Medium::in_person),
    detail::contact(2, "1988"_date, evans, volkov, Medium::teletype, hotline_channel),
    detail::contact(3, "2014-03"_date, adams, belov, Medium::telephone, hotline_channel),
    detail::contact(4, "2014-03"_date, adams, belov, Medium::telephone, hotline_channel),
    detail::contact(5, "2014-07-17"_date, adams, belov, Medium::telephone, hotline_channel),
    detail::contact(6, "2014-03/2014-12"_date, clark, durov, Medium::in_person),
    detail::contact(7, "2015-02"_date, adams, belov, Medium::telephone, hotline_channel),
    detail::contact(8, "2015-06-25"_date, adams, belov, Medium::telephone, hotline_channel),
    detail::contact(9, "2015-11-30"_date, adams, belov, Medium::in_person),
    detail::contact(10, "2016-02-29"_date, adams, belov, Medium::telephone, hotline_channel),
    detail::contact(11, "2016-02-11/2016-02-20"_date, clark, durov, Medium::telephone),
    detail::contact(12, "2015-12/2016-01"_date, clark, durov, Medium::telephone),
    detail::contact(13, "2014-06-01"_date, belov, ford, Medium::in_person),
    detail::contact(14, "2022-10-21"_date, gray, sokolov, Medium::telephone, defence_line),
    detail::contact(15, "2022-10-23"_date, gray, sokolov, Medium::telephone, defence_line),
    detail::contact(16, "2022-05-13"_date, gray, sokolov, Medium::telephone, defence_line),
    detail::contact(17, "2015-06-25"_date, clark, durov, Medium::telephone),
};

inline constexpr RegistryInput input{sources, actors, tenures, channels, contacts, agreements};
inline constexpr Registry registry = make_registry<input>();

// The same tables, built and validated at run time.
inline OwnedRegistry runtime_registry() {
  RegistryTables t;
  t.sources.assign(std::begin(sources), std::end(sources));
  t.actors.assign(std::begin(actors), std::end(actors));
  t.tenures.assign(std::begin(tenures), std::end(tenures));
  t.channels.assign(std::begin(channels), std::end(channels));
  t.contacts.assign(std::begin(contacts), std::end(contacts));
  t.agreements.assign(std::begin(agreements), std::end(agreements));
  auto built = OwnedRegistry::build(std::move(t));
  if (!built.registry) throw std::logic_error("the analysis fixture does not validate");
  return std::move(*built.registry);
}

// The registry's contacts as a plain vector, as data read at run time would be.
inline std::vector<Contact> runtime_contacts() {
  const OwnedRegistry owned = runtime_registry();
  const auto c = owned.view().contacts;
  return {c.begin(), c.end()};
}

// Selections the tests share.
inline constexpr auto leaders = where::between(adams, belov);
inline constexpr auto leader_calls =
    where::between(adams, belov) & where::medium(Medium::telephone);
inline constexpr auto ministers = where::between(clark, durov);
inline constexpr auto defence = where::between(gray, sokolov);

}  // namespace fixture
