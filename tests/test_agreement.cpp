// Agreements: what contacts produce.
#include <hotline/agreement.hpp>

#include <concepts>
#include <type_traits>

#include <doctest/doctest.h>

using hotline::Agreement;
using hotline::AgreementId;
using hotline::AgreementKind;
using hotline::AgreementStatus;
using hotline::ContactId;
using hotline::Date;
using hotline::Refinement;
using hotline::SourceId;
using namespace hotline::countries;

static_assert(std::is_trivially_copyable_v<Agreement>);
static_assert(std::regular<Agreement> && std::totally_ordered<Agreement>);
static_assert(decltype(Agreement::parties)::capacity() == 8);

// The Syria cessation of hostilities: announced 22 February 2016, in force
// 27 February 2016.
constexpr Agreement syria_truce{
    .id = AgreementId{2},
    .name = "Cessation of hostilities in Syria",
    .kind = AgreementKind::ceasefire,
    .parties = {USA, RUS},
    .signed_on = Date::on(2016, 2, 22),
    .in_force = Date::on(2016, 2, 27),
    .status = AgreementStatus::in_force,
    .source = SourceId{1},
};

// The 1963 hotline memorandum, documented to the year.
constexpr Agreement hotline_memorandum{
    .id = AgreementId{1},
    .name =
        "Memorandum of Understanding Regarding the Establishment of a Direct Communications Link",
    .kind = AgreementKind::memorandum,
    .parties = {USA, SUN},
    .signed_on = Date::in_year(1963),
    .status = AgreementStatus::in_force,
    .source = SourceId{3},
    .refined = Refinement{Date::on(1963, 6, 20), "signed in Geneva"},
};

TEST_CASE("an agreement holds its parties, dates, kind and status") {
  static_assert(syria_truce.parties.size() == 2);
  static_assert(syria_truce.parties.contains(RUS));
  static_assert(syria_truce.kind == AgreementKind::ceasefire);
  static_assert(syria_truce.signed_on->certainly_before(*syria_truce.in_force));
  CHECK(syria_truce.name == "Cessation of hostilities in Syria");
  CHECK(syria_truce.status == AgreementStatus::in_force);
  CHECK_FALSE(syria_truce.reached_at.has_value());
}

TEST_CASE("an agreement keeps the precision its source gives, and a refinement beside it") {
  static_assert(hotline_memorandum.signed_on == Date::in_year(1963));
  static_assert(hotline_memorandum.refined->date == Date::on(1963, 6, 20));
  CHECK(hotline_memorandum.signed_on->contains(hotline_memorandum.refined->date));
  CHECK_FALSE(hotline_memorandum.in_force.has_value());
}

TEST_CASE("a default agreement is of another kind, of unknown status, with no dates") {
  constexpr Agreement a;
  static_assert(a.kind == AgreementKind::other);
  static_assert(a.status == AgreementStatus::unknown);
  static_assert(!a.id.ok());
  CHECK(a.parties.empty());
  CHECK_FALSE(a.signed_on.has_value());
  CHECK_FALSE(a.in_force.has_value());
  CHECK_FALSE(a.refined.has_value());
}

TEST_CASE("agreements are equal only when every field is") {
  Agreement a = syria_truce;
  CHECK(a == syria_truce);
  a.status = AgreementStatus::suspended;
  CHECK(a != syria_truce);
  a = syria_truce;
  a.parties.push_back(SYR);
  CHECK(a != syria_truce);
  a = syria_truce;
  a.reached_at = ContactId{9};
  CHECK(a != syria_truce);
  a = syria_truce;
  a.in_force = Date::in_month(2016, 2);  // less exact is a different fact
  CHECK(a != syria_truce);
}

TEST_CASE("agreements order by id first") {
  static_assert(hotline_memorandum < syria_truce);
  Agreement same_id = syria_truce;
  same_id.name = "A";
  CHECK(same_id < syria_truce);  // then by name
}

TEST_CASE("an agreement has at most eight parties") {
  Agreement a;
  for (int i = 0; i < 8; ++i) a.parties.push_back(USA);
  CHECK(a.parties.size() == 8);
  CHECK_THROWS_AS(a.parties.push_back(RUS), std::length_error);
}
