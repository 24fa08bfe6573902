// Compressed input (<hotline/io/compressed.hpp>): gzip files of one or more
// members and zip archives (deflated, stored, streamed with data
// descriptors, several members) give the rows of the plain file; truncated
// and corrupt ones are errors naming the file and what is wrong. Fixtures:
// tests/data/compressed/, written by make.py there from ../shared/data.
#include <hotline/io/compressed.hpp>
#include <hotline/io/events.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>

using namespace hotline;

namespace {

const std::filesystem::path fixtures =
    std::filesystem::path(HOTLINE_SOURCE_DIR) / "tests/data/compressed";
const std::filesystem::path plain =
    std::filesystem::path(HOTLINE_SHARED_DIR) / "data/gdelt2_export_20240819130000_excerpt.tsv";

// Every byte a file gives through InputFile, read as the readers read:
// through the stream (which lets a decompression error through; a copy with
// `out << rdbuf()` would catch it and only fail `out`).
std::string bytes_of(const std::filesystem::path& path) {
  io::InputFile in(path.string());
  std::string out;
  char chunk[4096];
  while (in.stream().read(chunk, sizeof chunk) || in.stream().gcount() > 0)
    out.append(chunk, static_cast<std::size_t>(in.stream().gcount()));
  return out;
}

std::string plain_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  INFO("reading ", path.string());
  REQUIRE(in.is_open());
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

io::EventImport events_of(const std::filesystem::path& path) {
  static TextStore text;
  io::InputFile in(path.string());
  return io::read_events(in.stream(), in.name(), text);
}

std::string error_of(const std::filesystem::path& path) {
  try {
    (void)bytes_of(path);
  } catch (const io::ReadError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("gzip and zip files give the bytes of the file they hold") {
  const std::string original = plain_bytes(plain);
  for (const char* name :
       {"gdelt2.CSV.gz", "gdelt2.two-members.gz", "gdelt2.export.CSV.zip", "gdelt2.stored.zip",
        "gdelt2.streamed.zip", "gdelt2.padded.gz", "gdelt2.macos.zip"}) {
    CAPTURE(name);
    CHECK(bytes_of(fixtures / name) == original);
  }
  // A plain file passes through unchanged.
  CHECK(bytes_of(plain) == original);
}

TEST_CASE("what the first bytes say, not the name") {
  CHECK(io::InputFile((fixtures / "gdelt2.CSV.gz").string()).compression() ==
        io::Compression::gzip);
  CHECK(io::InputFile((fixtures / "gdelt2.stored.zip").string()).compression() ==
        io::Compression::zip);
  CHECK(io::InputFile(plain.string()).compression() == io::Compression::none);
  // A gzip file with another name.
  const auto renamed = std::filesystem::temp_directory_path() / "hotline-gzip-named.tsv";
  std::filesystem::copy_file(fixtures / "gdelt2.CSV.gz", renamed,
                             std::filesystem::copy_options::overwrite_existing);
  CHECK(bytes_of(renamed) == plain_bytes(plain));
}

TEST_CASE("a zip archive's members are read in turn, as lines of one file") {
  // The first member does not end its last line: the line still ends there.
  CHECK(bytes_of(fixtures / "gdelt2.two-members.zip") == plain_bytes(plain));
}

TEST_CASE("compressed event files give the contacts of the plain one, every row counted") {
  static TextStore text;
  const auto original = io::read_events(plain, text);
  for (const char* name : {"gdelt2.CSV.gz", "gdelt2.two-members.gz", "gdelt2.export.CSV.zip",
                           "gdelt2.streamed.zip", "gdelt2.two-members.zip"}) {
    CAPTURE(name);
    const auto r = events_of(fixtures / name);
    CHECK(r.contacts == original.contacts);
    CHECK(r.summary.read == original.summary.read);
    CHECK(r.summary.read.records ==
          r.summary.read.rows + r.summary.skipped_total() + r.summary.read.bad_rows);
  }
  const auto icews = events_of(fixtures / "icews.tab.gz");
  CHECK(icews.summary.format == io::EventFormat::icews);
  CHECK(icews.summary.read.records == 47);
  CHECK(icews.contacts.size() == 5);
}

TEST_CASE("a truncated or corrupt archive is an error that names the file and what is wrong") {
  const auto f = [](const char* name) { return (fixtures / name).string(); };
  CHECK(error_of(f("gdelt2.truncated.gz")) ==
        f("gdelt2.truncated.gz") + ": truncated gzip file: it ends inside the compressed data");
  CHECK(error_of(f("gdelt2.trailing.gz")) ==
        f("gdelt2.trailing.gz") + ": bytes after the gzip data that are not another gzip member");
  CHECK(error_of(f("gdelt2.truncated.zip")) ==
        f("gdelt2.truncated.zip") +
            ": truncated archive: it ends inside the compressed data of member "
            "'20240819130000.export.CSV'");
  CHECK(error_of(f("gdelt2.corrupt.zip"))
            .starts_with(f("gdelt2.corrupt.zip") +
                         ": corrupt archive: member '20240819130000.export.CSV': "));
  CHECK(error_of(f("empty.zip")) == f("empty.zip") + ": a zip archive with no member");
  CHECK(error_of(f("gdelt2.bzip2.zip")) ==
        f("gdelt2.bzip2.zip") +
            ": member '20240819130000.export.CSV' uses compression method 12 (bzip2): hotline "
            "reads stored and deflated members");
}

TEST_CASE("an archive cut after its last member's data lacks the directory that closes it") {
  // The local header and data of the one member, without the central
  // directory: the file was cut.
  std::string whole = plain_bytes(fixtures / "gdelt2.stored.zip");
  const auto central = whole.rfind(std::string("PK\x01\x02", 4));
  REQUIRE(central != std::string::npos);
  const auto cut = std::filesystem::temp_directory_path() / "hotline-cut.zip";
  {
    std::ofstream out(cut, std::ios::binary);
    out.write(whole.data(), static_cast<std::streamsize>(central));
  }
  CHECK(error_of(cut) == cut.string() +
                             ": truncated archive: it ends after member "
                             "'20240819130000.export.CSV' without the central directory that "
                             "closes a zip file");
}

TEST_CASE("a file that cannot be opened is an error naming it") {
  CHECK_THROWS_WITH_AS(io::InputFile("/nonexistent/f.zip"), "/nonexistent/f.zip: no such file",
                       io::ReadError);
  CHECK_THROWS_WITH_AS(
      io::InputFile(fixtures.string()),
      (fixtures.string() + ": a directory, not a file (name the files in it)").c_str(),
      io::ReadError);
}

TEST_CASE("without the compressed header, a reader says what a compressed file is") {
  static TextStore text;
  CHECK_THROWS_WITH_AS(
      io::read_events(fixtures / "gdelt2.export.CSV.zip", text),
      ((fixtures / "gdelt2.export.CSV.zip").string() +
       ":1: cannot tell the format: it is a zip archive: read it through "
       "<hotline/io/compressed.hpp> (hotline::io_compressed; the programs do), or decompress it "
       "first")
          .c_str(),
      io::ReadError);
}
