// export_registry: the documented registry as CSV (RFC 4180, with a header
// row), one table at a time, for pandas, R or a spreadsheet.
//
//   export_registry contacts|agreements|actors|channels|sources [--lf]
//
// Line ends are CRLF as RFC 4180 asks; --lf writes LF. The columns are
// documented in docs/io.md. hotline::io::read_registry_csv reads the five
// files back into an equal registry.
#include <cstring>
#include <iostream>
#include <string_view>

#include <hotline/documented.hpp>
#include <hotline/io/csv.hpp>

int main(int argc, char** argv) {
  const char* usage = "usage: export_registry contacts|agreements|actors|channels|sources [--lf]\n";
  if (argc < 2 || argc > 3) {
    std::cerr << usage;
    return 2;
  }
  const auto table = hotline::io::parse_table(argv[1]);
  const bool lf = argc == 3 && std::string_view(argv[2]) == "--lf";
  if (!table || (argc == 3 && !lf)) {
    std::cerr << usage;
    return 2;
  }
  hotline::io::write_csv(std::cout, hotline::documented, *table, {lf ? "\n" : "\r\n"});
  return std::cout ? 0 : 1;
}
