// The timeline picture (<hotline/timeline.hpp>) as the program timeline_svg
// draws it: what it draws for known selections of the built-in registry,
// that the SVG is well-formed and renders, that names are escaped, and how
// the program treats its arguments (run as a person runs it).
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>

#include <hotline/documented.hpp>
#include <hotline/io/csv.hpp>
#include <hotline/timeline.hpp>

#include "support/programs.hpp"
#include "support/svg_tools.hpp"

namespace {

using namespace hotline;
using namespace hotline::literals;
using hotline::timeline::Lane;

using hotline::test::Ran;

Ran run(std::vector<std::string_view> args) {
  return hotline::test::run_program("timeline_svg", args);
}

std::size_t count(std::string_view text, std::string_view what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string_view::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// The element that starts at the first occurrence of `marker` (an attribute
// of a group, say), up to the end of that group.
std::string group_with(std::string_view svg, std::string_view marker) {
  const auto at = svg.find(marker);
  if (at == std::string_view::npos) return {};
  const auto start = svg.rfind("<g ", at);
  const auto end = svg.find("</g>", at);
  return std::string(svg.substr(start, end - start));
}

// The number value of attribute `name` in the first element of `text` that
// has it, e.g. attribute(group, "<rect", "x").
double attribute(std::string_view text, std::string_view element, std::string_view name) {
  const auto at = text.find(element);
  REQUIRE(at != std::string_view::npos);
  const std::string key = " " + std::string(name) + "=\"";
  const auto v = text.find(key, at);
  REQUIRE(v != std::string_view::npos);
  return std::stod(std::string(text.substr(v + key.size())));
}

// The x of the axis tick on `day` (ticks are drawn where they are labelled).
double tick_x(std::string_view svg, std::string_view day) {
  const std::string group = group_with(svg, "class=\"tick\" data-day=\"" + std::string(day) + "\"");
  REQUIRE_FALSE(group.empty());
  return attribute(group, "<line", "x1");
}

// The text of the first silence label of `lane` ("5 months").
std::string silence_label(std::string_view svg, std::string_view lane) {
  const auto at = svg.find("class=\"silence-label\" data-lane=\"" + std::string(lane) + "\"");
  if (at == std::string_view::npos) return {};
  const auto start = svg.find('>', at) + 1;
  return std::string(svg.substr(start, svg.find('<', start) - start));
}

const std::string& svg_2022() {
  static const std::string svg = run({"--from", "2022-01", "--to", "2022-12"}).out;
  return svg;
}

}  // namespace

TEST_CASE("the 2022 picture is well-formed XML") {
  const std::string& svg = svg_2022();
  REQUIRE_FALSE(svg.empty());
  CHECK(hotline::test::xml_well_formed(hotline::test::write_temp("timeline_2022.svg", svg)));
}

TEST_CASE("the 2022 picture has its title, the four lanes with contacts and a mark for each of 7") {
  const std::string& svg = svg_2022();
  CHECK(svg.find("<title>Contacts between the United States and Russia, 2022</title>") !=
        std::string::npos);
  for (std::string_view lane :
       {"Leaders", "Foreign ministers", "Defence ministers", "Military chiefs"})
    CHECK(svg.find("class=\"lane\" data-lane=\"" + std::string(lane) + "\"") != std::string::npos);
  // No contact of 2022 is at another level: that lane is left out.
  CHECK(svg.find("data-lane=\"Other levels\"") == std::string::npos);
  CHECK(count(svg, "data-contact=") == 7);
  for (int id : {22, 23, 24, 25, 26, 27, 28})
    CHECK(svg.find("data-contact=\"" + std::to_string(id) + "\"") != std::string::npos);
  CHECK(svg.find("data-contact=\"21\"") == std::string::npos);  // 2021
}

TEST_CASE("the 2022 picture shades the five-month silences of the ministers and the generals") {
  const std::string& svg = svg_2022();
  // Blinken-Lavrov: 15 February to 29 July; Milley-Gerasimov: 19 May to 24
  // October (the exact days of public record).
  const std::string fm = group_with(svg, "class=\"silence\" data-lane=\"Foreign ministers\"");
  CHECK(fm.find("data-from=\"2022-02-16\" data-to=\"2022-07-28\" data-months=\"5\"") !=
        std::string::npos);
  CHECK(silence_label(svg, "Foreign ministers") == "5 months");
  const std::string mc = group_with(svg, "class=\"silence\" data-lane=\"Military chiefs\"");
  CHECK(mc.find("data-from=\"2022-05-20\" data-to=\"2022-10-23\" data-months=\"5\"") !=
        std::string::npos);
  CHECK(silence_label(svg, "Military chiefs") == "5 months");
  CHECK(count(svg, ">5 months</text>") == 2);
}

TEST_CASE("the leaders' silence since mid-February is open: 8+ months where the data ends") {
  const std::string leaders = group_with(svg_2022(), "class=\"silence\" data-lane=\"Leaders\"");
  CHECK(leaders.find("data-from=\"2022-02-13\" data-to=\"2022-10-24\" data-months=\"8\"") !=
        std::string::npos);
  CHECK(silence_label(svg_2022(), "Leaders") == "8+ months");
  CHECK(leaders.find("still silent where the data ends") != std::string::npos);
}

TEST_CASE("the Biden-Putin mark is a bar across 11 to 20 February, with a dot on the 12th") {
  const std::string& svg = svg_2022();
  const std::string mark = group_with(svg, "data-contact=\"22\"");
  CHECK(mark.find("class=\"contact bar\"") != std::string::npos);
  CHECK(mark.find("data-from=\"2022-02-11\" data-to=\"2022-02-20\"") != std::string::npos);
  // February is 28 days between the ticks of 1 February and 1 March.
  const double feb = tick_x(svg, "2022-02-01");
  const double mar = tick_x(svg, "2022-03-01");
  const double day = (mar - feb) / 28;
  CHECK(day > 1);
  CHECK(attribute(mark, "<rect", "x") == doctest::Approx(feb + 10 * day).epsilon(0.01));
  CHECK(attribute(mark, "<rect", "width") == doctest::Approx(10 * day).epsilon(0.02));
  CHECK(attribute(mark, "<circle", "cx") == doctest::Approx(feb + 11.5 * day).epsilon(0.01));
}

TEST_CASE("a contact known to the day is a tick, one known to the month a bar across the month") {
  const std::string svg = run({"--from", "2014-01", "--to", "2014-12"}).out;
  // Kerry and Lavrov in Geneva, 14 September 2013, is outside 2014.
  CHECK(svg.find("data-contact=\"5\"") == std::string::npos);
  const std::string march = group_with(svg, "data-contact=\"6\"");
  CHECK(march.find("class=\"contact bar\"") != std::string::npos);
  const double x_mar = tick_x(svg, "2014-03-01");
  const double x_apr = tick_x(svg, "2014-04-01");
  CHECK(attribute(march, "<rect", "x") == doctest::Approx(x_mar).epsilon(0.01));
  CHECK(attribute(march, "<rect", "width") == doctest::Approx(x_apr - x_mar).epsilon(0.01));
  const std::string day = run({"--from", "2015-01", "--to", "2015-12"}).out;
  // "Last Friday": a bar across the Fridays the article's words allow (4 to
  // 25 September 2015, derived), with a dot on the day of public record.
  const std::string carter_shoigu = group_with(day, "data-contact=\"12\"");
  CHECK(carter_shoigu.find("class=\"contact bar\"") != std::string::npos);
  CHECK(carter_shoigu.find("<circle") != std::string::npos);
  const std::string exact =
      group_with(run({"--from", "2015-01", "--to", "2015-12", "--dates", "documented"}).out,
                 "data-contact=\"12\"");
  CHECK(attribute(exact, "<rect", "width") > attribute(carter_shoigu, "<rect", "width"));
}

TEST_CASE("the whole registry reads 1963 to 2022, with agreements as flags and years left out") {
  const Ran r = run({});
  REQUIRE(r.status == 0);
  CHECK(
      r.out.find("<title>Contacts between the United States and Russia, 1963\u20132022</title>") !=
      std::string::npos);
  CHECK(r.out.find("27 contacts from the built-in registry (hotline::documented); those of the "
                   "Soviet Union count for Russia.") != std::string::npos);
  CHECK(count(r.out, "data-contact=") == 27);  // not Putin, Merkel and Macron
  CHECK(count(r.out, "class=\"agreement\"") == 6);
  CHECK(r.out.find(">Cessation of Hostilities in Syria</text>") != std::string::npos);
  CHECK(count(r.out, "class=\"break\"") >= 3);
  // 1967 to 2001 without a documented contact of the leaders.
  CHECK(r.out.find(">34 years</text>") != std::string::npos);
  CHECK(hotline::test::xml_well_formed(hotline::test::write_temp("timeline_all.svg", r.out)));
}

TEST_CASE("the picture renders to a PNG with rsvg-convert") {
  const auto svg = hotline::test::write_temp("timeline_render.svg", run({}).out);
  const auto png = hotline::test::temp_dir() / "timeline_render.png";
  std::filesystem::remove(png);
  REQUIRE(hotline::test::render_png(svg, png));
  REQUIRE(std::filesystem::exists(png));
  std::ifstream in(png, std::ios::binary);
  char magic[8]{};
  in.read(magic, 8);
  CHECK(std::string_view(magic, 8) == "\x89PNG\r\n\x1a\n");
  CHECK(std::filesystem::file_size(png) > 20000);  // more than an empty page
}

TEST_CASE("names with &, < and quotes are escaped, and the picture stays well-formed") {
  static constexpr Actor people[] = {{ActorId{1}, "Tom & \"Jerry\" <Sr>"},
                                     {ActorId{2}, "O'Neil </text><script>"}};
  timeline::Picture p;
  p.title = "Calls of Tom & \"Jerry\" <Sr>";
  p.subtitle = "A & B";
  p.people = people;
  Contact c;
  c.id = ContactId{1};
  c.date = "2020-05-04"_date;
  c.participants = {ActorId{1}, ActorId{2}};
  c.level = Level::leader;
  c.medium = Medium::telephone;
  c.location = "Bar & Grill <Moscow>";
  p.contacts = {c};
  const std::string svg = timeline::render_svg(p);
  CHECK(svg.find("<title>Calls of Tom &amp; &quot;Jerry&quot; &lt;Sr&gt;</title>") !=
        std::string::npos);
  CHECK(svg.find(
            "Tom &amp; &quot;Jerry&quot; &lt;Sr&gt; and O&apos;Neil &lt;/text&gt;&lt;script&gt;, "
            "phone call in Bar &amp; Grill &lt;Moscow&gt;") != std::string::npos);
  CHECK(svg.find("<script>") == std::string::npos);
  CHECK(hotline::test::xml_well_formed(hotline::test::write_temp("timeline_escaping.svg", svg)));
}

TEST_CASE("a selection by people keeps their lanes and titles them by name") {
  const Ran r = run({"--actors", "Antony Blinken;Sergey Lavrov"});
  REQUIRE(r.status == 0);
  CHECK(r.out.find(
            "<title>Contacts between Antony Blinken and Sergey Lavrov, 2021\u20132022</title>") !=
        std::string::npos);
  CHECK(count(r.out, "class=\"lane\"") == 1);
  CHECK(count(r.out, "data-contact=") == 3);
  CHECK(r.out.find(">5 months</text>") != std::string::npos);
}

TEST_CASE("--level draws one lane and --medium names what is drawn") {
  const Ran r =
      run({"--level", "leader", "--medium", "telephone", "--from", "2014-01", "--to", "2016-12"});
  REQUIRE(r.status == 0);
  CHECK(r.out.find("<title>Phone calls between the United States and Russia at leader level, "
                   "2014\u20132016</title>") != std::string::npos);
  CHECK(count(r.out, "class=\"lane\"") == 1);
  CHECK(count(r.out, "data-contact=") == 7);  // 3 in 2014, 2 in 2015, 2 in 2016: no meeting
}

TEST_CASE("--min-gap-months sets which silences are shaded") {
  const auto silences = [](std::string_view months) {
    return count(run({"--from", "2022-01", "--to", "2022-12", "--min-gap-months", months}).out,
                 "class=\"silence\"");
  };
  CHECK(silences("3") == 3);  // the leaders, the ministers, the generals
  CHECK(silences("6") == 1);  // the leaders' 8 months
  CHECK(silences("9") == 0);
}

TEST_CASE("--documented-dates computes silences on the dates the articles give") {
  const Ran r = run({"--from", "2022-01", "--to", "2022-12", "--documented-dates"});
  // Blinken-Lavrov and the first Milley-Gerasimov call, documented as 2022,
  // may have come in any month: no certain silence in either lane.
  CHECK(r.out.find("class=\"silence\" data-lane=\"Foreign ministers\"") == std::string::npos);
  CHECK(r.out.find("class=\"silence\" data-lane=\"Military chiefs\"") == std::string::npos);
  // On the derived dates (the five months the article states), Milley and
  // Gerasimov were certainly silent from 26 May to 20 October.
  const Ran derived = run({"--from", "2022-01", "--to", "2022-12", "--dates", "derived"});
  CHECK(group_with(derived.out, "class=\"silence\" data-lane=\"Military chiefs\"")
            .find("data-from=\"2022-05-26\" data-to=\"2022-10-20\"") != std::string::npos);
}

TEST_CASE("lengths are whole calendar months, in years from two years on") {
  using std::chrono::sys_days;
  using timeline::length_words;
  using timeline::whole_months;
  const auto day = [](const char* iso) { return (*Date::parse(iso)).earliest(); };
  CHECK(whole_months(day("2022-02-15"), day("2022-07-29")) == 5);
  CHECK(whole_months(day("2022-02-15"), day("2022-07-14")) == 4);
  CHECK(whole_months(day("2024-01-31"), day("2024-02-29")) == 0);
  CHECK(length_words(1) == "1 month");
  CHECK(length_words(23) == "23 months");
  CHECK(length_words(24) == "2 years");
  CHECK(length_words(8, true) == "8+ months");
}

TEST_CASE("the axis adapts: months for one year, years for decades") {
  CHECK(timeline::plan_ticks(1100.0 / 365).step == 1);
  CHECK(timeline::plan_ticks(900.0 / (60 * 365.25)).step >= 60);
  const std::string one_year = svg_2022();
  CHECK(count(one_year, "class=\"tick\"") == 12);
  CHECK(one_year.find(">Feb</text>") != std::string::npos);
  CHECK(count(one_year, "class=\"break\"") == 0);
}

TEST_CASE("bad arguments get a message that names the option and exit status 2") {
  struct Case {
    std::vector<std::string_view> args;
    std::string_view message;
  };
  const std::vector<Case> cases = {
      {{"--level", "emperor"}, "--level: unknown value 'emperor'"},
      {{"--medium", "pigeon"}, "--medium: unknown value 'pigeon'"},
      {{"--between", "USA"}, "--between: expected two states as A,B"},
      {{"--between", "USA,XYZ"}, "--between: unknown country code 'XYZ'"},
      {{"--from", "2022-13"}, "--from: expected a month as YYYY-MM, not '2022-13'"},
      {{"--from", "2022-05", "--to", "2022-01"}, "--to: the month is before --from"},
      {{"--actors", "Nobody Atall"}, "--actors: no person named 'Nobody Atall'"},
      {{"--min-gap-months", "0"}, "--min-gap-months: expected a number of months"},
      {{"--min-gap-months", "3x"}, "--min-gap-months: expected a number of months"},
      {{"--csv"}, "--csv: needs a value"},
      {{"-o"}, "-o: needs a value"},
      {{"--colour", "red"}, "unknown option '--colour'"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.message);
    const Ran r = run(c.args);
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find("timeline_svg: " + std::string(c.message)) != std::string::npos);
  }
}

TEST_CASE("a file that cannot be read is exit status 1, with the file named") {
  const Ran r = run({"--csv", "/nonexistent/calls.csv"});
  CHECK(r.status == 1);
  CHECK(r.out.empty());
  CHECK(r.err.find("/nonexistent/calls.csv") != std::string::npos);
}

TEST_CASE("-o writes the picture to a file and nothing to standard output") {
  const auto file = hotline::test::temp_dir() / "timeline_o.svg";
  std::filesystem::remove(file);
  const std::string path = file.string();
  const Ran r = run({"--from", "2022-01", "--to", "2022-12", "-o", path});
  CHECK(r.status == 0);
  CHECK(r.out.empty());
  std::ifstream in(file, std::ios::binary);
  const std::string written((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK(written == svg_2022());
}

TEST_CASE("--csv draws the contacts of a file") {
  std::ostringstream csv;
  io::write_csv(csv, documented, io::Table::contacts);
  const auto file = hotline::test::write_temp("timeline_contacts.csv", csv.str());
  const std::string path = file.string();
  const Ran r =
      run({"--csv", path, "--between", "USA,RUS", "--from", "2022-01", "--to", "2022-12"});
  REQUIRE(r.status == 0);
  CHECK(r.err.find("33 contacts read from") != std::string::npos);
  CHECK(count(r.out, "data-contact=") == 7);
  CHECK(count(r.out, ">5 months</text>") == 2);
  CHECK(r.out.find("7 contacts from " + path) != std::string::npos);
}

TEST_CASE("an empty selection still draws a well-formed picture that says so") {
  const Ran r = run({"--from", "1990-01", "--to", "1990-12"});
  REQUIRE(r.status == 0);
  CHECK(r.out.find("No contacts match this selection.") != std::string::npos);
  CHECK(count(r.out, "data-contact=") == 0);
  CHECK(hotline::test::xml_well_formed(hotline::test::write_temp("timeline_empty.svg", r.out)));
}

TEST_CASE("--events draws the contacts of an event file, titled by its name") {
  const std::string path = HOTLINE_SHARED_DIR "/data/icews_events.2018.sample_excerpt.tab";
  const Ran r = run({"--events", path});
  REQUIRE(r.status == 0);
  CHECK(r.err.find("icews file") != std::string::npos);
  CHECK(r.out.find("<title>Contacts in icews_events.2018.sample_excerpt.tab, 2018</title>") !=
        std::string::npos);
  CHECK(count(r.out, "data-contact=") == 5);
  CHECK(hotline::test::xml_well_formed(hotline::test::write_temp("timeline_icews.svg", r.out)));
  CHECK(run({"--events", path, "--events-format", "gdelt9"}).status == 2);
}

TEST_CASE("the pictures in docs/ are what the program draws now") {
  // When this fails, the registry or the drawing changed: redraw them with
  // the commands in the README's section "The timeline".
  const auto read = [](const char* name) {
    std::ifstream in(std::filesystem::path(HOTLINE_SOURCE_DIR) / "docs" / name, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  };
  CHECK(read("timeline.svg") == run({}).out);
  CHECK(read("timeline-2022.svg") == svg_2022());
}

TEST_CASE("the timeline of a hand-written table: its title, its people, its ids, its lane") {
  const std::string calls = std::string(HOTLINE_SOURCE_DIR) + "/tests/data/calls.csv";
  const Ran named = run({"--csv", calls});
  REQUIRE(named.status == 0);
  CHECK(named.out.find("<title>Contacts between Ilse Vanberg and Tomás Quiroga in calls.csv, "
                       "2021–2024</title>") != std::string::npos);
  CHECK(named.out.find(
            "<title>12 January 2021: Ilse Vanberg and Tomás Quiroga, phone call</title>") !=
        std::string::npos);
  CHECK(count(named.out, "data-contact=") == 20);
  CHECK(named.out.find("data-contact=\"c1\"") != std::string::npos);
  CHECK(count(named.out, "class=\"lane\" data-lane=") == 1);
  // No exact day from public record in this data: the legend does not offer one.
  CHECK(named.out.find("public record") == std::string::npos);
  CHECK(named.out.find("by the exact days where known") == std::string::npos);
  const Ran titled = run({"--csv", calls, "--title", "Vanberg & Quiroga"});
  CHECK(titled.out.find("<title>Vanberg &amp; Quiroga</title>") != std::string::npos);
}
