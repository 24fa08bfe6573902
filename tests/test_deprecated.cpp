// The former names of renamed functions and types still work, for one
// release, and give what their new names give. (Their use warns: this file
// turns the warning off.)
#if defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif

#include <doctest/doctest.h>

#include <hotline/all.hpp>
#include <hotline/io/csv.hpp>
#include <hotline/io/events.hpp>

namespace {
using namespace hotline;
}  // namespace

TEST_CASE("Date's former factories give the dates of the new ones") {
  static_assert(Date::day(2017, 7, 7) == Date::on(2017, 7, 7));
  static_assert(Date::month(2014, 3) == Date::in_month(2014, 3));
  static_assert(Date::year(1973) == Date::in_year(1973));
  static_assert(Date::decade(1985) == Date::in_decade(1985));
  CHECK(Date::year(2000).length().count() == 366);
}

TEST_CASE("the former names of the words of rules, ids and enumerators") {
  static_assert(what(Rule::duplicate_id) == to_words(Rule::duplicate_id));
  static_assert(kind_name(ActorId{3}) == entry_kind(ActorId{3}));
  static_assert(io::csv_name(Level::foreign_minister) == code_name(Level::foreign_minister));
  static_assert(io::from_csv_name<Medium>("in_person") == Medium::in_person);
  static_assert(!io::from_csv_name<Medium>("meeting"));  // exact code names only, as before
  CHECK(io::contact_level(Level::leader, Level::defence_minister) == Level::defence_minister);
  static_assert(io::kind_name(io::EventKind::host_visit) == "host_visit");
}

TEST_CASE("where::NoneOf is where::Not") {
  static_assert(std::is_same_v<where::NoneOf<where::AtLevel>, where::Not<where::AtLevel>>);
}
