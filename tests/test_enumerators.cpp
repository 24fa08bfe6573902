// One table per enumeration gives every name an enumerator has: its code
// name, its words, and the other words a reader accepts.
#include <string>
#include <string_view>

#include <doctest/doctest.h>

#include <hotline/hotline.hpp>
#include <hotline/io/cameo.hpp>
#include <hotline/io/events.hpp>
#include <hotline/io/registry_csv.hpp>
#include <hotline/registry_view.hpp>
#include <hotline/statement.hpp>

namespace {
using namespace hotline;

// Each code name and each word names one enumerator only, so that reading
// is never ambiguous.
template <class E>
bool names_are_unambiguous() {
  for (const auto& a : enumerators<E>())
    for (std::string_view name : {a.code, a.words})
      if (parse_enumerator<E>(name) != a.value) return false;
  return true;
}

}  // namespace

// Every table lists every enumerator of its enumeration, in order: an
// enumerator added without its names stops this file's build.
static_assert(hotline::detail::table_covers_enumeration<hotline::StatementKind>());
static_assert(hotline::detail::table_covers_enumeration<hotline::Verdict>());
static_assert(hotline::detail::table_covers_enumeration<hotline::DateLayer>());
static_assert(hotline::detail::table_covers_enumeration<hotline::AgreementKind>());
static_assert(hotline::detail::table_covers_enumeration<hotline::AgreementStatus>());
static_assert(hotline::detail::table_covers_enumeration<hotline::Rule>());
static_assert(hotline::detail::table_covers_enumeration<hotline::Topic>());
static_assert(hotline::detail::table_covers_enumeration<hotline::Role>());
static_assert(hotline::detail::table_covers_enumeration<hotline::Level>());
static_assert(hotline::detail::table_covers_enumeration<hotline::Precision>());
static_assert(hotline::detail::table_covers_enumeration<hotline::Qualifier>());
static_assert(hotline::detail::table_covers_enumeration<hotline::Medium>());
static_assert(hotline::detail::table_covers_enumeration<hotline::io::EventKind>());
static_assert(hotline::detail::table_covers_enumeration<hotline::io::Table>());
static_assert(hotline::detail::table_covers_enumeration<hotline::io::EventFormat>());
static_assert(hotline::detail::table_covers_enumeration<hotline::io::SkipReason>());

TEST_CASE("every enumeration's table lists its enumerators in order") {
  static_assert(enumerator_count<Level> == 9 && enumerator_count<Role> == 12);
  static_assert(enumerator_count<Medium> == medium_count && medium_count == 8);
  static_assert(enumerator_count<Topic> == topic_count && topic_count == 13);
  static_assert(enumerator_count<AgreementKind> == 8 && enumerator_count<AgreementStatus> == 6);
  static_assert(enumerator_count<Precision> == 7);
  static_assert(enumerators<Level>()[3].value == Level::military_chief);
  static_assert(enumerators<Level>().back().value == Level::unknown);
  CHECK(enumerators<Medium>().front().code == "unknown");
}

TEST_CASE("the coverage check sees an enumerator past the end of a table") {
  enum class Three : unsigned char { a, b, c };
  static_assert(detail::is_enumerator<Three::c>());
  static_assert(!detail::is_enumerator<static_cast<Three>(3)>());
  static_assert(detail::is_enumerator<Level::unknown>());
  static_assert(!detail::is_enumerator<static_cast<Level>(9)>());
}

TEST_CASE("code names are what CSV and JSON write, words what a person reads") {
  static_assert(code_name(Level::foreign_minister) == "foreign_minister");
  static_assert(to_words(Level::foreign_minister) == "foreign minister");
  static_assert(code_name(Medium::in_person) == "in_person" &&
                to_words(Medium::in_person) == "meeting");
  static_assert(code_name(AgreementStatus::signed_) == "signed");
  static_assert(to_words(Precision::mid_decade) == "mid-decade");
  static_assert(to_words(Topic::iran_nuclear) == "Iran's nuclear programme");
  CHECK(to_words(static_cast<Level>(200)) == "invalid level");
  CHECK(to_words(static_cast<AgreementStatus>(99)) == "invalid agreement status");
  CHECK(code_name(static_cast<Medium>(99)) == "invalid");
}

TEST_CASE("an enumerator is read from its code name, its words or its other words, in any case") {
  static_assert(parse_enumerator<Level>("foreign_minister") == Level::foreign_minister);
  static_assert(parse_enumerator<Level>("foreign minister") == Level::foreign_minister);
  static_assert(parse_enumerator<Level>("Foreign-Minister") == Level::foreign_minister);
  static_assert(parse_enumerator<Level>("  FOREIGN   MINISTER ") == Level::foreign_minister);
  static_assert(parse_enumerator<Medium>("phone call") == Medium::telephone);
  static_assert(parse_enumerator<Medium>("Phone") == Medium::telephone);
  static_assert(parse_enumerator<Medium>("meeting") == Medium::in_person);
  static_assert(parse_enumerator<Medium>("in person") == Medium::in_person);
  static_assert(parse_enumerator<Level>("defense minister") == Level::defence_minister);
  static_assert(parse_enumerator<AgreementStatus>("in force") == AgreementStatus::in_force);
  static_assert(parse_enumerator<Topic>("cybersecurity") == Topic::cyber_security);
}

TEST_CASE("a word that names no enumerator is not read") {
  static_assert(!parse_enumerator<Level>("boss"));
  static_assert(!parse_enumerator<Level>(""));
  static_assert(!parse_enumerator<Level>("foreign ministerx"));
  static_assert(!parse_enumerator<Medium>("phone  callx"));
  static_assert(!parse_enumerator<Medium>("ph one"));
  CHECK(!parse_enumerator<Role>("president of the united states"));
}

TEST_CASE("no name of one enumerator names another") {
  CHECK(names_are_unambiguous<Level>());
  CHECK(names_are_unambiguous<Role>());
  CHECK(names_are_unambiguous<Medium>());
  CHECK(names_are_unambiguous<Topic>());
  CHECK(names_are_unambiguous<AgreementKind>());
  CHECK(names_are_unambiguous<AgreementStatus>());
  CHECK(names_are_unambiguous<Precision>());
}

TEST_CASE("each enumeration says what its values are") {
  static_assert(enumeration_name<Level>() == "level");
  static_assert(enumeration_name<AgreementKind>() == "agreement kind");
}
