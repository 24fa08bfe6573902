// A program that reads a gzip-compressed contacts table through
// <hotline/io/compressed.hpp>, as a user of hotline::io_compressed would: it
// writes the file with zlib itself, reads it back, and fails (exit status
// 1) unless the contacts are the ones written.
#include <cstdio>
#include <string>

#include <zlib.h>

#include <hotline/io/compressed.hpp>
#include <hotline/io/tables.hpp>

int main() {
  const std::string path = "calls.csv.gz";
  const std::string csv =
      "date,participants,countries,medium\n"
      "2021-03-04,Ilse Vanberg; Tomás Quiroga,BEL; ARG,phone call\n"
      "2021-05,Ilse Vanberg; Tomás Quiroga,BEL; ARG,meeting\n";
  gzFile out = gzopen(path.c_str(), "wb");
  if (out == nullptr || gzwrite(out, csv.data(), static_cast<unsigned>(csv.size())) <= 0 ||
      gzclose(out) != Z_OK)
    return 1;
  hotline::TextStore text;
  hotline::io::InputFile in(path);
  const auto read = hotline::io::read_table<hotline::Contact>(in.stream(), in.name(), text);
  std::remove(path.c_str());
  if (in.compression() != hotline::io::Compression::gzip) return 1;
  if (read.rows.size() != 2 || read.people.size() != 2) return 1;
  if (read.rows[0].medium != hotline::Medium::telephone) return 1;
  std::printf("read %zu contacts of %zu people from a gzip file\n", read.rows.size(),
              read.people.size());
  return 0;
}
