// export_registry: the documented registry, one table at a time, as CSV
// (RFC 4180, with a header row) or JSON Lines, for pandas, R, a spreadsheet
// or jq.
//
//   export_registry contacts|agreements|actors|channels|sources [--lf] [--format csv|jsonl]
//
// CSV line ends are CRLF as RFC 4180 asks; --lf writes LF. The columns are
// documented in docs/io.md: each date is followed by its earliest and latest
// day and its precision. hotline::io::read_registry_csv reads the five CSV
// files back into an equal registry. In JSON Lines, lists are arrays.
#include <iostream>
#include <string_view>
#include <vector>

#include <hotline/documented.hpp>
#include <hotline/io/csv.hpp>
#include <hotline/io/jsonl.hpp>

namespace {

using namespace hotline;

void write_jsonl(std::ostream& out, const Registry& r, io::Table table) {
  switch (table) {
    case io::Table::contacts:
      io::write_jsonl<Contact>(out, r.contacts, {r.actors});
      return;
    case io::Table::actors: {
      // One row per tenure, as in CSV; an actor without one has one row.
      std::vector<io::ActorRow> rows;
      for (const Actor& a : r.actors) {
        const std::size_t before = rows.size();
        for (const Tenure& t : r.tenures)
          if (t.actor == a.id) rows.push_back({a, t});
        if (rows.size() == before) rows.push_back({a, std::nullopt});
      }
      io::write_jsonl<io::ActorRow>(out, rows);
      return;
    }
    case io::Table::channels:
      io::write_jsonl<Channel>(out, r.channels);
      return;
    case io::Table::agreements:
      io::write_jsonl<Agreement>(out, r.agreements);
      return;
    case io::Table::sources:
      io::write_jsonl<Source>(out, r.sources);
      return;
  }
}

}  // namespace

int main(int argc, char** argv) {
  constexpr std::string_view usage =
      "usage: export_registry contacts|agreements|actors|channels|sources [--lf] "
      "[--format csv|jsonl]\n";
  std::optional<io::Table> table;
  bool lf = false;
  bool jsonl = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "--lf") {
      lf = true;
    } else if (a == "--format" && i + 1 < argc) {
      const std::string_view f = argv[++i];
      if (f != "csv" && f != "jsonl") {
        std::cerr << "export_registry: --format: expected csv or jsonl, not '" << f << "'\n"
                  << usage;
        return 2;
      }
      jsonl = f == "jsonl";
    } else if (!table && io::parse_table(a)) {
      table = io::parse_table(a);
    } else {
      std::cerr << "export_registry: unexpected argument '" << a << "'\n" << usage;
      return 2;
    }
  }
  if (!table) {
    std::cerr << usage;
    return 2;
  }
  if (jsonl)
    write_jsonl(std::cout, documented, *table);
  else
    io::write_csv(std::cout, documented, *table, {lf ? "\n" : "\r\n"});
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "export_registry: cannot write to standard output\n";
    return 1;
  }
  return 0;
}
