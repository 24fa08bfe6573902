// A Report is the figures of a selection as one value: over all its
// contacts and for each group of level and people, and the statements the
// data carries, checked; printed as text as gap_report prints it.
#include <hotline/documented.hpp>
#include <hotline/report.hpp>

#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <vector>

namespace {

using namespace hotline;
using namespace hotline::literals;
using namespace std::chrono_literals;
using std::chrono::days;
using std::chrono::months;

std::vector<Contact> selected(const Selection& s) {
  std::vector<Contact> out;
  for (const Contact& c : documented.contacts)
    if (s(c)) out.push_back(c);
  return out;
}

}  // namespace

TEST_CASE("the figures of a selection are those of the analysis functions") {
  const auto leaders =
      selected({.between = StatePair{countries::USA, countries::RUS}, .level = Level::leader});
  const Figures<Contact> f = figures_of(leaders, {.as_of = "2022-10-25"_date});
  CHECK(f.contacts == 14);
  REQUIRE(f.first_last.has_value());
  CHECK(f.first_last->first.date == "1967"_date);
  CHECK(f.longest_gap == longest_gap(leaders));
  REQUIRE(f.months_without.has_value());
  CHECK(f.months_without->from == 1967y / 1);
  CHECK(f.months_without->to == 2022y / 2);
  CHECK(f.months_without->months == months_without(leaders, 1967y / 1, 2022y / 2));
  REQUIRE(f.silence.has_value());
  CHECK(f.silence->days == DayRange{days{247}, days{256}});
  CHECK(f.silence->silence->last.id == ContactId{22});
  CHECK(f.bursts.empty());
}

TEST_CASE("a window with no contact has every month without, and a silence since its start") {
  const std::vector<Contact> none;
  const Figures<Contact> f =
      figures_of(none, {.from = 1990y / 1, .to = 1990y / 12, .as_of = "1990-06-01"_date});
  CHECK(f.contacts == 0);
  CHECK_FALSE(f.first_last.has_value());
  REQUIRE(f.months_without.has_value());
  CHECK(f.months_without->months.certain == months{12});
  CHECK(f.months_without->months.possible == months{12});
  REQUIRE(f.silence.has_value());
  CHECK_FALSE(f.silence->silence.has_value());
  CHECK(f.silence->since == std::chrono::sys_days{1990y / 1 / 1});
  CHECK(f.silence->days == DayRange{days{151}, days::max()});
  // Without a window, there are no months to count.
  CHECK_FALSE(figures_of(none, {}).months_without.has_value());
}

TEST_CASE("a report groups the contacts by level, then by the people who spoke") {
  const std::vector<Contact> all(documented.contacts.begin(), documented.contacts.end());
  const Report r = make_report(all, {}, documented, "contacts in the built-in registry");
  CHECK(r.all.contacts == 33);
  REQUIRE_FALSE(r.groups.empty());
  CHECK(r.groups.front().level == Level::leader);
  CHECK(r.groups.front().who == "Alexei Kosygin and Lyndon B. Johnson");
  std::size_t total = 0;
  for (const ReportGroup& g : r.groups) {
    total += g.figures.contacts;
    CHECK(g.figures.contacts == g.contacts.size());
  }
  CHECK(total == 33);  // every contact is in one group
  const auto obama =
      std::ranges::find(r.groups, "Barack Obama and Vladimir Putin", &ReportGroup::who);
  REQUIRE(obama != r.groups.end());
  CHECK(obama->figures.contacts == 8);
  CHECK(r.statements.empty());
}

TEST_CASE("a report checks the statements it is given against all the data's contacts") {
  const std::vector<Contact> all(documented.contacts.begin(), documented.contacts.end());
  const std::vector<Contact> leaders = selected({.level = Level::leader});
  const Report r = make_report(leaders, {}, documented, "leader-level contacts",
                               documented.statements, all, documented.dating());
  REQUIRE(r.statements.size() == documented.statements.size());
  for (const CheckedStatement& c : r.statements) {
    REQUIRE(c.checks.size() == 3);
    CHECK(c.checks[0].layer == DateLayer::documented);
    CHECK(c.checks[1].layer == DateLayer::derived);
    CHECK(c.checks[1].verdict == Verdict::holds);
    CHECK(c.checks[2].verdict == Verdict::holds);
  }
  // The Blinken-Lavrov statement is about contacts outside this selection.
  CHECK(r.statements[5].checks[1].contacts == 3);
  // A statement said as of its article needs the article's date: without
  // the sources, checking it is an error that says so.
  CHECK_THROWS_WITH_AS(make_report(leaders, {}, documented, "x", documented.statements, all),
                       doctest::Contains("silence_since statement has no as_of"),
                       std::invalid_argument);
  CHECK(r.statements[5].says ==
        "152 to 182 days without contacts of Antony Blinken and Sergey Lavrov");
}

TEST_CASE("the text of a report names its figures, its groups and its statements") {
  const std::vector<Contact> all(documented.contacts.begin(), documented.contacts.end());
  const std::string text =
      to_text(make_report(all, {}, documented, "contacts in the built-in registry",
                          documented.statements, all, documented.dating()));
  CHECK(
      text.starts_with("Gap report: contacts in the built-in registry\nDates: derived dates (the "
                       "documented dates, tightened by the sources' words: relations and "
                       "statements)\n33 contacts, from 1967 to "));
  CHECK(text.find("\nleader level\n") != std::string::npos);
  CHECK(text.find("  Barack Obama and Vladimir Putin: 8 contacts, March 2014 to February 2016\n") !=
        std::string::npos);
  CHECK(text.find("    longest gap     185 to 242 days, from July 2014 to February 2015; no "
                  "contact on record\n") != std::string::npos);
  // The gaps that a statement documents say so, and by whom.
  CHECK(text.find("    longest gap     152 to 182 days, from 2022-04-22/2022-05-25 to "
                  "2022-10-21/2022-10-24; documented silence (statement 7: America and Russia "
                  "are finally talking to each other again)\n") != std::string::npos);
  CHECK(text.find("\nThe statements the data carries\n") != std::string::npos);
  CHECK(text.find("  [allowed; derived: holds; refined: holds] 152 to 182 days without contacts "
                  "of Antony Blinken and Sergey Lavrov\n") != std::string::npos);
  const std::vector<Contact> none;
  CHECK(to_text(make_report(none, {.layer = DateLayer::documented}, documented, "nothing")) ==
        "Gap report: nothing\nDates: documented dates\nNo contacts.\n");
}

TEST_CASE("a longest gap whose certain and possible parts lie apart prints both") {
  const auto calls = selected(
      {.people = {people::vladimir_putin, people::barack_obama}, .medium = Medium::telephone});
  const std::string text = to_text(make_report(calls, {}, documented, "calls"));
  CHECK(text.find("  longest gap     185 to 244 days: certainly 185 days (July 2014 to February "
                  "2015), possibly 244 days (June 2015 to January 2016); no contact on record\n") !=
        std::string::npos);
}
