// The documented registry, exported as export_registry prints it, reads back
// into an equal registry: every table, every field.
#include <hotline/documented.hpp>
#include <hotline/io/csv.hpp>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

#include <doctest/doctest.h>

#include "support/io_strings.hpp"

using namespace hotline;

namespace {

std::string exported(io::Table table) {
  std::ostringstream out;
  io::write_csv(out, documented, table);
  return out.str();
}

io::RegistryCsv read_back() {
  std::array<std::istringstream, 5> in{std::istringstream(exported(io::Table::sources)),
                                       std::istringstream(exported(io::Table::actors)),
                                       std::istringstream(exported(io::Table::channels)),
                                       std::istringstream(exported(io::Table::contacts)),
                                       std::istringstream(exported(io::Table::agreements))};
  return io::read_registry_csv(io::RegistryCsvStreams{{&in[0], "sources.csv"},
                                                      {&in[1], "actors.csv"},
                                                      {&in[2], "channels.csv"},
                                                      {&in[3], "contacts.csv"},
                                                      {&in[4], "agreements.csv"}});
}

}  // namespace

TEST_CASE("the exported documented registry reads back equal, table by table") {
  const auto read = read_back();
  for (const auto& e : read.errors) CAPTURE(e.message());
  REQUIRE(read.errors.empty());
  REQUIRE(read.registry.has_value());
  const Registry r = read.registry->view();
  CHECK(std::ranges::equal(r.sources, documented.sources));
  CHECK(std::ranges::equal(r.actors, documented.actors));
  CHECK(std::ranges::equal(r.tenures, documented.tenures));
  CHECK(std::ranges::equal(r.channels, documented.channels));
  CHECK(std::ranges::equal(r.contacts, documented.contacts));
  CHECK(std::ranges::equal(r.agreements, documented.agreements));
  CHECK(r.contacts.size() == documented.contacts.size());
  CHECK(!r.contacts.empty());
}

TEST_CASE("the exported contacts name participants and states as people read them") {
  const std::string csv = exported(io::Table::contacts);
  CHECK(
      csv.starts_with("id,date,participants,countries,level,channel,medium,initiator,location,"
                      "duration_min,topics,source,quote"));
  // The Hamburg meeting of 7 July 2017 lasted 2 h 15 min.
  const auto hamburg = std::find_if(documented.contacts.begin(), documented.contacts.end(),
                                    [](const Contact& c) { return c.duration.has_value(); });
  REQUIRE(hamburg != documented.contacts.end());
  const std::string id = std::to_string(hamburg->id.value()) + ",2017-07-07,";
  const auto line_start = csv.find("\r\n" + id);
  REQUIRE(line_start != std::string::npos);
  const std::string line =
      csv.substr(line_start + 2, csv.find("\r\n", line_start + 2) - line_start - 2);
  CHECK(line.find("Donald Trump") != std::string::npos);
  CHECK(line.find("Vladimir Putin") != std::string::npos);
  // States follow the participants: Putin is listed first.
  CHECK(line.find(",RUS;USA,") != std::string::npos);
  CHECK(line.find(",135,") != std::string::npos);
}

TEST_CASE("every table of the documented registry has a header and one row per entry") {
  const auto rows = [](const std::string& csv) {
    std::istringstream in(csv);
    io::CsvReader reader(in);
    std::size_t n = 0;
    while (reader.next()) ++n;
    return n - 1;
  };
  CHECK(rows(exported(io::Table::contacts)) == documented.contacts.size());
  CHECK(rows(exported(io::Table::channels)) == documented.channels.size());
  CHECK(rows(exported(io::Table::agreements)) == documented.agreements.size());
  CHECK(rows(exported(io::Table::sources)) == documented.sources.size());
  CHECK(rows(exported(io::Table::actors)) >= documented.actors.size());
  CHECK(rows(exported(io::Table::actors)) >= documented.tenures.size());
}

TEST_CASE("the documented registry, written to files, reads back from the files") {
  const auto dir =
      std::filesystem::temp_directory_path() / ("hotline_io_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto file = [&](io::Table t) { return dir / (std::string(io::table_name(t)) + ".csv"); };
  for (io::Table t : {io::Table::sources, io::Table::actors, io::Table::channels,
                      io::Table::contacts, io::Table::agreements}) {
    std::ofstream out(file(t), std::ios::binary);
    io::write_csv(out, documented, t);
  }
  const auto read = io::read_registry_csv({.sources = file(io::Table::sources),
                                           .actors = file(io::Table::actors),
                                           .channels = file(io::Table::channels),
                                           .contacts = file(io::Table::contacts),
                                           .agreements = file(io::Table::agreements)});
  std::filesystem::remove_all(dir);
  CHECK(read.errors.empty());
  REQUIRE(read.registry.has_value());
  CHECK(std::ranges::equal(read.registry->view().contacts, documented.contacts));
  CHECK(std::ranges::equal(read.registry->view().tenures, documented.tenures));
}
