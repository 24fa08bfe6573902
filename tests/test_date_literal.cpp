// "YYYY-MM-DD"_date takes a short path past Date::parse (a registry has
// thousands of them, each a constant evaluation): it must give what
// Date::parse gives, and leave every other text to it.
#include <hotline/date.hpp>

#include <doctest/doctest.h>

namespace {

using namespace hotline;
using namespace hotline::literals;

static_assert("2016-02-29"_date == *Date::parse("2016-02-29"));
static_assert("2017-07-07"_date == Date::on(2017, 7, 7));
static_assert("0001-01-01"_date == Date::on(1, 1, 1));
static_assert("9999-12-31"_date == Date::on(9999, 12, 31));
static_assert("2000-12-31"_date.precision() == Precision::day);
static_assert("2014-03"_date == Date::in_month(2014, 3));
static_assert("2022-02-11/2022-02-20"_date == Date::mid_month(2022, 2));

}  // namespace

TEST_CASE("date literals of one day give what Date::parse gives") {
  for (int y : {1, 1900, 1999, 2000, 2016, 2100, 9999})
    for (unsigned m = 1; m <= 12; ++m) {
      const Date d = Date::on(y, m, 28);
      REQUIRE(d.ok());
      CHECK(*Date::parse(to_iso(d).view()) == d);
    }
  CHECK("1988-06-27"_date == *Date::parse("1988-06-27"));
}
