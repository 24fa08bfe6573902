// JSON out: every string is escaped so that the output is always valid JSON
// (checked by Python's json module, an independent parser), whatever bytes
// it is given; a misuse of the writer is an error, not invalid JSON; and a
// report's JSON has the fields the README documents.
#include <hotline/documented.hpp>
#include <hotline/io/json.hpp>
#include <hotline/io/jsonl.hpp>
#include <hotline/report.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <unistd.h>

#include "support/svg_tools.hpp"

namespace {

using namespace hotline;
using namespace hotline::literals;
using namespace std::chrono_literals;

std::string json_string(std::string_view s) {
  std::string out;
  io::append_json_string(out, s);
  return out;
}

// What Python's json module makes of `text`: its value written back with
// json.dumps(ensure_ascii=True), or "INVALID" when it does not parse.
std::string python_reads(const std::string& text) {
  // Files of this call's own: CTest runs the test cases in parallel.
  static int calls = 0;
  const std::string name = "json." + std::to_string(::getpid()) + "." + std::to_string(++calls);
  const auto in = hotline::test::write_temp(name + ".json", text);
  const auto script =
      hotline::test::write_temp(name + ".py",
                                "import json,sys\n"
                                "try:\n"
                                "  v = json.load(open(sys.argv[1], encoding='utf-8'))\n"
                                "  sys.stdout.write(json.dumps(v, ensure_ascii=True))\n"
                                "except Exception:\n"
                                "  sys.stdout.write('INVALID')\n");
  const auto out = hotline::test::temp_dir() / (name + ".out");
  const std::string command = "python3 " + hotline::test::shell_quoted(script) + " " +
                              hotline::test::shell_quoted(in) + " > " +
                              hotline::test::shell_quoted(out);
  REQUIRE(std::system(command.c_str()) == 0);
  return hotline::test::read_file(out);
}

}  // namespace

TEST_CASE("quotes, backslashes and control characters are escaped") {
  CHECK(json_string("say \"hi\"") == R"("say \"hi\"")");
  CHECK(json_string("a\\b") == R"("a\\b")");
  CHECK(json_string("line\nbreak\ttab\rcr") == R"("line\nbreak\ttab\rcr")");
  CHECK(json_string(std::string("nul\0bell\x07", 9)) == R"("nul\u0000bell\u0007")");
  CHECK(json_string("\x1f") == R"("\u001f")");
}

TEST_CASE("UTF-8 passes through, and bytes that are not UTF-8 become U+FFFD") {
  CHECK(json_string("Tomás Quiroga") == "\"Tomás Quiroga\"");
  CHECK(json_string("\xff") == R"("\ufffd")");
  CHECK(json_string("a\xC3") == R"("a\ufffd")");                    // cut short
  CHECK(json_string("\xED\xA0\x80") == R"("\ufffd\ufffd\ufffd")");  // a surrogate
  CHECK(json_string("\xC0\xAF") == R"("\ufffd\ufffd")");            // overlong
}

TEST_CASE("random bytes always give a string an independent parser reads") {
  std::mt19937 rng(11);
  std::string doc = "[";
  std::vector<std::string> inputs;
  for (int i = 0; i < 300; ++i) {
    std::string s;
    const int n = static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k) s += static_cast<char>(rng() % 256);
    if (i > 0) doc += ",";
    io::append_json_string(doc, s);
    inputs.push_back(s);
  }
  doc += "]";
  const std::string read = python_reads(doc);
  CHECK(read != "INVALID");
  CHECK(read.starts_with("["));
  // And one without escaping would not always be read: the check can fail.
  CHECK(python_reads("[\"\x01\"]") == "INVALID");
}

TEST_CASE("the writer places keys and commas, and refuses what would not be JSON") {
  io::JsonWriter j;
  j.begin_object();
  j.key("a").value(1);
  j.key("b").begin_array().value("x").null().value(true).end_array();
  j.key("d").value("2014-03"_date);
  j.key("r").value(DayRange{std::chrono::days{3}, std::chrono::days::max()});
  j.end_object();
  const std::string text = std::move(j).finish();
  CHECK(text == R"({"a": 1, "b": ["x", null, true], "d": "2014-03", "r": [3, null]})");
  CHECK(python_reads(text) ==
        R"({"a": 1, "b": ["x", null, true], "d": "2014-03", "r": [3, null]})");

  io::JsonWriter no_key;
  no_key.begin_object();
  CHECK_THROWS_AS(no_key.value(1), std::logic_error);
  io::JsonWriter unclosed;
  unclosed.begin_array();
  CHECK_THROWS_AS(std::move(unclosed).finish(), std::logic_error);
  io::JsonWriter two;
  two.value(1);
  CHECK_THROWS_AS(two.value(2), std::logic_error);
  io::JsonWriter wrong;
  wrong.begin_array();
  CHECK_THROWS_AS(wrong.end_object(), std::logic_error);
}

TEST_CASE("a report's JSON has the documented fields, and reads back") {
  std::vector<Contact> leaders;
  for (const Contact& c : documented.contacts)
    if (c.level == Level::leader && joins(c, countries::USA, countries::RUS)) leaders.push_back(c);
  Report r = make_report(leaders, {.as_of = "2022-10-25"_date}, documented, "leaders \"quoted\"\n");
  r.notes = {"a note"};
  const std::string text = io::to_json(r);
  CHECK(text.starts_with(R"({"selection": "leaders \"quoted\"\n", "dates": "derived", )"
                         R"("complete": null, "notes": ["a note"], )"
                         R"("contacts": 14, "first": "1967", "last": "2022-02-11/2022-02-20", )"
                         R"("longest_gap_days": [12308, 12783], )"));
  CHECK(text.find(R"("silence_days": [247, 256], "silence_since": "2022-02-11/2022-02-20", )"
                  R"("silence_unbounded": false)") != std::string::npos);
  CHECK(text.find(
            R"("groups": [{"level": "leader", "who": "Alexei Kosygin and Lyndon B. Johnson")") !=
        std::string::npos);
  CHECK(python_reads(text) != "INVALID");
}

TEST_CASE("a window without contacts: every month without, and a silence since its start") {
  const std::vector<Contact> none;
  const Report r =
      make_report(none, {.from = 1990y / 1, .to = 1990y / 12, .as_of = "1990-06-01"_date},
                  documented, "nothing");
  const std::string text = io::to_json(r);
  CHECK(text.find(R"("months_without": {"from": "1990-01", "to": "1990-12", "certain": 12, )"
                  R"("possible": 12})") != std::string::npos);
  CHECK(text.find(R"("silence_days": [151, null], "silence_since": "1990-01-01", )"
                  R"("silence_unbounded": true)") != std::string::npos);
}

TEST_CASE("JSON Lines: one object per contact, lists as arrays, digits as numbers, ids as text") {
  const std::vector<Actor> people{{ActorId{1}, "Ilse Vanberg"}, {ActorId{2}, "Tomás Quiroga"}};
  Contact c;
  c.id = ContactId{2};
  c.key = "c1";
  c.date = Date::in_month(2021, 5);
  c.participants = {ActorId{1}, ActorId{2}};
  c.states = {Country::from_code("BEL").value(), Country::from_code("ARG").value()};
  c.level = Level::foreign_minister;
  c.medium = Medium::telephone;
  c.cited = "https://example.org/a";
  std::ostringstream out;
  io::write_jsonl<Contact>(out, std::span<const Contact>(&c, 1), {people});
  CHECK(out.str() ==
        R"({"id": "c1", "date": "2021-05", "participants": ["Ilse Vanberg", "Tomás Quiroga"], )"
        R"("countries": ["BEL", "ARG"], "level": "foreign_minister", "channel": null, )"
        R"("medium": "telephone", "initiator": null, "location": null, "duration_min": null, )"
        R"("topics": [], "source": "https://example.org/a", "quote": null, "refined_date": null, )"
        R"("refined_note": null, "reports": 1, "participant_ids": [1, 2], "initiator_id": null, )"
        R"("earliest": "2021-05-01", "latest": "2021-05-31", "precision": "month", )"
        R"("refined_date_earliest": null, "refined_date_latest": null, )"
        R"("refined_date_precision": null})"
        "\n");
}

TEST_CASE("JSON Lines of the built-in registry: every line is JSON that Python reads") {
  std::ostringstream out;
  io::write_jsonl<Contact>(out, documented.contacts, {documented.actors});
  std::istringstream lines(out.str());
  std::string line;
  std::size_t n = 0;
  while (std::getline(lines, line)) {
    CHECK(python_reads(line).starts_with("{\"id\": "));
    ++n;
  }
  CHECK(n == documented.contacts.size());
}
