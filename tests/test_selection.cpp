// A Selection is a selection written as data: every condition it gives must
// hold, on contacts and on compact events, while compiling and at run time.
#include <hotline/analysis.hpp>
#include <hotline/documented.hpp>
#include <hotline/words.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

namespace {

using namespace hotline;
using namespace hotline::literals;
using namespace hotline::countries;

template <class R>
constexpr std::size_t count_selected(const R& r, const Selection& s) {
  std::size_t n = 0;
  for (const auto& x : r) n += s(x) ? 1 : 0;
  return n;
}

constexpr Selection us_russia_leaders{.between = StatePair{USA, RUS}, .level = Level::leader};

}  // namespace

TEST_CASE("a selection that asks nothing keeps every contact") {
  static_assert(Selection{}.empty());
  static_assert(count_selected(documented.contacts, Selection{}) == documented.contacts.size());
}

TEST_CASE("every condition of a selection must hold") {
  // US-Russia (and US-USSR) contacts at leader level: 14.
  static_assert(count_selected(documented.contacts, us_russia_leaders) == 14);
  static_assert(!us_russia_leaders.empty());
  constexpr Selection calls{
      .between = StatePair{USA, RUS}, .level = Level::leader, .medium = Medium::telephone};
  static_assert(count_selected(documented.contacts, calls) == 10);
  constexpr Selection blinken_lavrov{.people = {people::antony_blinken, people::sergey_lavrov}};
  static_assert(count_selected(documented.contacts, blinken_lavrov) == 3);
  constexpr Selection in_2022{.people = {people::antony_blinken, people::sergey_lavrov},
                              .window = "2022"_date};
  static_assert(count_selected(documented.contacts, in_2022) == 2);
  constexpr Selection hotline_calls{.channel = channels::moscow_washington_hotline};
  static_assert(count_selected(documented.contacts, hotline_calls) == 8);
  constexpr Selection about_syria{.topic = Topic::syria};
  static_assert(count_selected(documented.contacts, about_syria) == 7);
}

TEST_CASE("a window keeps the contacts that may fall in it") {
  // Both calls of 2022 (documented as the year) overlap February; 2021 does
  // not.
  constexpr Selection february{.people = {people::antony_blinken, people::sergey_lavrov},
                               .window = "2022-02"_date};
  static_assert(count_selected(documented.contacts, february) == 2);
}

TEST_CASE("a selection composes with where:: conditions, and as select()'s predicate") {
  const std::vector<Contact> contacts(documented.contacts.begin(), documented.contacts.end());
  const auto kept =
      select(contacts, where::selected(us_russia_leaders) & !where::medium(Medium::telephone));
  // The 1967 teletype message, Paris, Hamburg and the Biden-Putin contact of
  // unknown medium.
  CHECK(std::ranges::distance(kept) == 4);
  CHECK(std::ranges::distance(select(contacts, us_russia_leaders)) == 14);
}

TEST_CASE("on events, which name no people, channels or topics, such conditions never hold") {
  constexpr Event e{"2022-10-21"_date, USA, RUS, Level::defence_minister, Medium::telephone};
  static_assert(Selection{.between = StatePair{RUS, USA}}(e));
  static_assert(Selection{.level = Level::defence_minister, .medium = Medium::telephone}(e));
  static_assert(!Selection{.level = Level::leader}(e));
  static_assert(!Selection{.people = {people::lloyd_austin}}(e));
  static_assert(!Selection{.channel = ChannelId{1}}(e));
  static_assert(!Selection{.topic = Topic::ukraine}(e));
}

TEST_CASE("a selection reads as words, with the names of the data") {
  CHECK(to_words(us_russia_leaders) == "USA-RUS leader-level contacts");
  const Selection s{.people = {people::antony_blinken, people::sergey_lavrov},
                    .medium = Medium::telephone,
                    .window = Date::between("2022-01"_date, "2022-10"_date)};
  CHECK(to_words(s, documented) ==
        "phone calls of Antony Blinken and Sergey Lavrov from 2022-01 to 2022-10");
  CHECK(to_words(s) == "phone calls of actor 19 and actor 11 from 2022-01 to 2022-10");
  CHECK(to_words(Selection{.channel = channels::moscow_washington_hotline}, documented) ==
        "contacts over the Moscow-Washington hotline");
  CHECK(to_words(Selection{.window = Date::interval(Date::min_day, "2022-10"_date.latest())}) ==
        "contacts from the first to 2022-10");
}

TEST_CASE("find_actor finds a person by name as the data spells it") {
  static_assert(find_actor(documented.actors, "Sergey Lavrov")->id == people::sergey_lavrov);
  static_assert(find_actor(documented.actors, "Sergei Lavrov") == nullptr);
}
