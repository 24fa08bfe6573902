// Sources and refinements: where a fact comes from.
#include <hotline/source.hpp>

#include <concepts>
#include <type_traits>

#include <doctest/doctest.h>

using hotline::Date;
using hotline::Refinement;
using hotline::Source;
using hotline::SourceId;

static_assert(std::is_trivially_copyable_v<Source>);
static_assert(std::is_trivially_copyable_v<Refinement>);
static_assert(std::regular<Source> && std::totally_ordered<Source>);
static_assert(std::regular<Refinement> && std::totally_ordered<Refinement>);

constexpr Source al_jazeera{
    .id = SourceId{1},
    .publication = "Al Jazeera",
    .title = "Moscow and Washington are not that far apart on Syria",
    .published = Date::in_year(2016),
    .locator = "aljazeera-syria.txt",
    .note = "the text names no day",
};

TEST_CASE("a source holds what identifies the document") {
  static_assert(al_jazeera.id == SourceId{1});
  static_assert(al_jazeera.published == Date::in_year(2016));
  CHECK(al_jazeera.publication == "Al Jazeera");
  CHECK(al_jazeera.author.empty());
  CHECK(al_jazeera.locator == "aljazeera-syria.txt");
}

TEST_CASE("a default source has no id and no date") {
  constexpr Source none;
  static_assert(!none.id.ok());
  static_assert(!none.published.ok());
  CHECK(none.title.empty());
}

TEST_CASE("sources are equal only when every field is") {
  Source other = al_jazeera;
  CHECK(other == al_jazeera);
  other.note = "";
  CHECK(other != al_jazeera);
  other = al_jazeera;
  other.published = Date::in_month(2016, 2);
  CHECK(other != al_jazeera);
}

TEST_CASE("sources order by id first") {
  Source second = al_jazeera;
  second.id = SourceId{2};
  second.publication = "A";
  CHECK(al_jazeera < second);
}

TEST_CASE("a refinement keeps a more exact date beside its reason") {
  constexpr Refinement r{Date::on(2016, 2, 27), "in force at midnight Damascus time"};
  static_assert(Date::in_month(2016, 2).contains(r.date));
  CHECK(r == Refinement{Date::on(2016, 2, 27), "in force at midnight Damascus time"});
  CHECK(r < Refinement{Date::on(2016, 2, 28), "a"});
  CHECK(r != Refinement{Date::on(2016, 2, 27), "another reason"});
}
