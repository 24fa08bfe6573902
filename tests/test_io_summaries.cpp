// Summaries of event files (io/summaries.hpp): written and read back the
// same, fed back into collapsing they give the contacts of one pass over the
// files, and every bad file is an error that names it, its line and what is
// wrong.
#include <hotline/io/summaries.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include <doctest/doctest.h>

using namespace hotline;
using hotline::io::ContactCollapser;
using hotline::io::EventSummaries;
using hotline::io::ReadError;
using hotline::io::SummaryBuilder;

namespace {

Contact report(Date d, Country a, Country b, Medium m, Level l) {
  Contact c;
  c.date = d;
  c.states.push_back(a);
  c.states.push_back(b);
  c.medium = m;
  c.level = l;
  c.reports = 1;
  return c;
}

struct Row {
  Contact contact;
  std::int32_t clock;
};

std::int32_t day(int y, unsigned m, unsigned d) {
  return static_cast<std::int32_t>(
      std::chrono::sys_days{std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}}
          .time_since_epoch()
          .count());
}

// Rows of two files: reports of one contact in both, one report too late
// to join (it starts a contact of its own), levels that differ between
// reports, and a row out of the order of the clock.
std::vector<std::vector<Row>> two_files() {
  const Country usa = countries::USA;
  const Country rus = countries::RUS;
  const Country fra = *Country::from_code("FRA");
  const Date aug1 = Date::on(2024, 8, 1);
  const Date aug3 = Date::on(2024, 8, 3);
  return {
      {
          {report(aug1, usa, rus, Medium::telephone, Level::unknown), day(2024, 8, 1)},
          {report(aug1, rus, usa, Medium::telephone, Level::leader), day(2024, 8, 1)},
          {report(aug3, usa, fra, Medium::in_person, Level::official), day(2024, 8, 3)},
          {report(aug1, usa, rus, Medium::telephone, Level::unknown), day(2024, 8, 3)},
      },
      {
          {report(aug1, usa, rus, Medium::telephone, Level::foreign_minister), day(2024, 8, 5)},
          {report(aug3, fra, usa, Medium::in_person, Level::unknown), day(2024, 8, 20)},
          {report(aug1, usa, rus, Medium::telephone, Level::unknown), day(2024, 8, 6)},
          {report(aug3, usa, fra, Medium::in_person, Level::official), day(2024, 8, 20)},
      },
  };
}

using Seen = std::tuple<Date, Medium, Level, std::uint32_t, std::string>;

Seen seen(const Contact& c) {
  std::vector<std::string> codes;
  for (Country s : c.states) codes.emplace_back(s.code());
  std::sort(codes.begin(), codes.end());
  return {c.date, c.medium, c.level, c.reports, codes[0] + "-" + codes[1]};
}

// The contacts of one pass over the rows of all the files, in order.
std::vector<Seen> one_pass(const std::vector<std::vector<Row>>& files) {
  ContactCollapser collapser;
  std::vector<Seen> out;
  const auto keep = [&](Contact&& c) { out.push_back(seen(c)); };
  for (const auto& f : files)
    for (const Row& r : f) {
      collapser.add(r.contact, r.clock);
      collapser.close_ready(keep);
    }
  collapser.finish(keep);
  std::sort(out.begin(), out.end());
  return out;
}

EventSummaries summarise(const std::vector<std::vector<Row>>& files) {
  EventSummaries s;
  for (std::size_t i = 0; i < files.size(); ++i) {
    SummaryBuilder b;
    for (const Row& r : files[i]) b.add(r.contact, r.clock);
    io::EventSummary counts;
    counts.read.records = files[i].size() + 2;
    counts.read.rows = files[i].size();
    counts.skipped[0] = 2;
    s.files.push_back(b.finish("file" + std::to_string(i + 1) + ".CSV", counts));
  }
  return s;
}

std::vector<Seen> replayed(const EventSummaries& s) {
  io::SummaryReplay replay(s.question.collapse_days);
  std::vector<Seen> out;
  const auto keep = [&](Contact&& c) { out.push_back(seen(c)); };
  for (const auto& f : s.files) replay.add(f, keep);
  replay.finish(keep);
  CHECK(replay.collapsed() == 8 - out.size());
  CHECK(replay.behind() == 1);  // the report of 6 August, read after one of 20 August
  std::sort(out.begin(), out.end());
  return out;
}

std::string written(const EventSummaries& s) {
  std::ostringstream out;
  io::write_summaries(out, s);
  return out.str();
}

EventSummaries read(const std::string& text, std::string name = "x.summaries") {
  std::istringstream in(text);
  return io::read_summaries(in, std::move(name));
}

std::string error_of(const std::string& text) {
  try {
    read(text);
  } catch (const ReadError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("summaries: fed back into collapsing, they give the contacts of one pass") {
  const auto files = two_files();
  const auto s = summarise(files);
  const auto want = one_pass(files);
  CHECK(replayed(s) == want);
  // The reports of 1 August in the first file and the first in the second
  // are one contact, at the most senior level any gave; the last, read
  // after a report of 20 August closed that contact, starts its own, as
  // does the report of 20 August past the window of 3 August's.
  REQUIRE(want.size() == 4);
  CHECK(std::get<2>(want[0]) == Level::leader);
  CHECK(std::get<3>(want[0]) == 4);
  CHECK(std::get<3>(want[1]) == 1);
  CHECK(std::get<3>(want[3]) == 2);
  // Rows of one clock day in another order: the same summaries.
  auto shuffled = files;
  std::swap(shuffled[0][0], shuffled[0][1]);
  CHECK(written(summarise(shuffled)) == written(s));
  CHECK(one_pass(shuffled) == want);
}

TEST_CASE("summaries: written and read back the same") {
  auto s = summarise(two_files());
  s.question.between = StatePair{countries::USA, countries::RUS};
  s.question.actors = {"A, with a comma", "B \"quoted\""};
  s.question.level = Level::leader;
  s.question.from = std::chrono::year{2024} / 1;
  s.question.to = std::chrono::year{2024} / 12;
  s.question.as_of = Date::on(2024, 10, 25);
  s.question.burst_count = 3;
  s.question.burst_within_days = 4;
  s.question.collapse_days = std::nullopt;
  const std::string text = written(s);
  CHECK(text.starts_with("hotline-event-summaries,1\n"));
  const EventSummaries back = read(text);
  CHECK(back.question == s.question);
  REQUIRE(back.files.size() == 2);
  for (std::size_t i = 0; i < 2; ++i) {
    CHECK(back.files[i].file == s.files[i].file);
    CHECK(back.files[i].segments == s.files[i].segments);
    CHECK(back.files[i].counts.read == s.files[i].counts.read);
    CHECK(back.files[i].counts.skipped == s.files[i].counts.skipped);
  }
  CHECK(written(back) == text);
  // A file of the first summaries and one of the second merge into the
  // summaries of both.
  EventSummaries first = s;
  first.files.pop_back();
  EventSummaries second = s;
  second.files.erase(second.files.begin());
  EventSummaries merged = read(written(first));
  io::append_summaries(merged, read(written(second)));
  CHECK(written(merged) == text);
}

TEST_CASE("summaries: of another question, merging is an error that says what differs") {
  EventSummaries a = summarise(two_files());
  EventSummaries b = a;
  b.question.as_of = Date::on(2022, 10, 25);
  b.question.collapse_days = 3;
  try {
    io::append_summaries(a, std::move(b), "a.sum", "b.sum");
    FAIL("merged summaries of different questions");
  } catch (const ReadError& e) {
    CHECK(std::string(e.what()) ==
          "b.sum: summaries of another question than a.sum's cannot be merged: as_of: none in "
          "a.sum, 2022-10-25 in b.sum; collapse_days: 7 in a.sum, 3 in b.sum");
  }
  CHECK(a.files.size() == 2);
}

TEST_CASE("summaries: bad files are errors naming the line and what is wrong") {
  const std::string good = written(summarise(two_files()));
  const auto replaced = [&](std::string_view from, std::string_view to) {
    std::string t = good;
    const auto at = t.find(from);
    REQUIRE(at != std::string::npos);
    t.replace(at, from.size(), to);
    return t;
  };
  CHECK(error_of("") == "x.summaries:1: empty file: expected the line 'hotline-event-summaries,1'");
  CHECK(error_of("date,participants\n2024-08-01,A;B\n") ==
        "x.summaries:1: not a file of hotline summaries: the first line should be "
        "'hotline-event-summaries,1'");
  CHECK(error_of(replaced("hotline-event-summaries,1", "hotline-event-summaries,2")) ==
        "x.summaries:1:2: version 2 of the summaries format: this program reads version 1");
  // Cut short at a line's end: no end line.
  const std::string cut = good.substr(0, good.find("\nrow,") + 1);
  CHECK(error_of(cut) ==
        "x.summaries:4: truncated: the file ends without its end line (it was cut short, or is "
        "still being written)");
  // Cut short within a line.
  CHECK(error_of(good.substr(0, good.find("\nrow,") + 8)) ==
        "x.summaries:5: a row line has 2 fields, not 6 (a corrupt line, or a file cut short)");
  CHECK(error_of(replaced("telephone", "telephon")) ==
        "x.summaries:5:3: unknown medium 'telephon'");
  CHECK(error_of(replaced("2024-08-01,", "2024-08-32,"))
            .starts_with("x.summaries:5:4: date: bad date '2024-08-32'"));
  CHECK(error_of(replaced("\nrow,", "\nrow,RUS;XYZ,telephone,2024-08-01,leader,1\nrow,")) ==
        "x.summaries:5:2: unknown state 'XYZ'");
  CHECK(error_of(replaced("\nrow,", "\nbanana,1\nrow,")) ==
        "x.summaries:5:1: unknown line 'banana' (expected file, clock, row or end)");
  // A row line lost: the end line and the file's counts no longer agree.
  std::string lost = good;
  const auto row = lost.find("\nrow,");
  lost.erase(row, lost.find('\n', row + 1) - row);
  CHECK(error_of(lost).find("the end line counts 2 files and") != std::string::npos);
  CHECK(error_of(good + "row,USA;RUS,telephone,2024-08-01,leader,1\n") ==
        "x.summaries:" + std::to_string(std::count(good.begin(), good.end(), '\n') + 1) +
            ": lines after the end line");
}
