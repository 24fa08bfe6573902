// import_events: an event file (GDELT 2.0, GDELT 1.0 or ICEWS) as hotline's
// contacts CSV on stdout, and a summary on stderr: rows read, contacts
// kept, rows collapsed, rows skipped by reason, bad rows.
//
//   import_events FILE|- [--format gdelt2|gdelt1|icews] [--pair USA,RUS]
//                 [--from DATE] [--to DATE] [--codes 040,041,...|all]
//                 [--no-collapse | --collapse-days N|all] [--lenient] [--lf]
//
// FILE may be gzip-compressed or a zip archive (GDELT's .export.CSV.zip),
// told from its bytes; - reads standard input. The format is detected from
// the first line unless given. --pair keeps the
// contacts joining both states (or states they continue: RUS also sees SUN);
// --from/--to keep events on days within the dates (ISO 8601 at any
// precision: --from 2014 --to 2016-06). Reports of one contact (same day,
// states and medium) are one contact with `reports` = rows, written as it
// closes: when the file's clock (DATEADDED; ICEWS: the event's day) has
// passed its first report by more than --collapse-days (7 by default; all:
// the whole file, in memory that grows with it). Contacts come out in order
// of first report, ids 1, 2, ..., in memory that holds one window's
// contacts. --no-collapse writes one contact per row, in file order. --lenient skips bad rows
// (listed on stderr) instead of stopping at the first. Exit status: 0 when done, 1 when reading
// stopped at an error, 2 for a wrong command line.
#include <charconv>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <hotline/io/compressed.hpp>
#include <hotline/io/csv.hpp>
#include <hotline/io/events.hpp>

#include "event_files.hpp"

namespace {

namespace io = hotline::io;

const char* const usage =
    "usage: import_events FILE|- [--format gdelt2|gdelt1|icews] [--pair USA,RUS]\n"
    "                     [--from DATE] [--to DATE] [--codes 040,041,...|all]\n"
    "                     [--no-collapse | --collapse-days N|all] [--lenient] [--lf]\n"
    "                     [--jobs N] [FILE|DIR|PATTERN ...]\n"
    "Many files (or a directory's files, or the files a quoted pattern such as\n"
    "'*.export.CSV.zip' matches, by name) are read on --jobs threads (default: the\n"
    "cores) and collapsed as one pass over them in the order given: the output is\n"
    "the same for any --jobs.\n";

int bad_usage(std::string_view why) {
  std::cerr << "import_events: " << why << "\n" << usage;
  return 2;
}

std::optional<hotline::Date> date_arg(std::string_view text) {
  const auto parsed = hotline::Date::parse(text);
  if (!parsed) return std::nullopt;
  return *parsed;
}

void print_summary(const std::string& file, const io::EventSummary& s, bool collapse,
                   std::size_t peak) {
  auto& e = std::cerr;
  e << file << " (" << io::format_name(s.format) << ")\n";
  e << "  rows read:     " << s.read.records << " (header lines " << s.read.header_lines
    << ", blank lines " << s.read.blank_lines << ")\n";
  if (collapse) {
    e << "  contacts kept: " << s.contacts << " (from " << s.read.rows << " rows; " << s.collapsed
      << " collapsed into an earlier row's contact; at most " << peak << " open at once)\n";
  } else {
    e << "  contacts kept: " << s.read.rows << " (one per row, not collapsed)\n";
  }
  e << "  rows skipped:  " << s.skipped_total() << "\n";
  for (std::size_t r = 0; r < io::skip_reason_count; ++r)
    if (s.skipped[r] != 0)
      e << "    " << io::skip_reason_name(static_cast<io::SkipReason>(r)) << ": " << s.skipped[r]
        << "\n";
  e << "  bad rows:      " << s.read.bad_rows << "\n";
  if (s.reports_behind != 0)
    e << "  rows out of order: " << s.reports_behind
      << " reported more than the collapsing window before a row read earlier (the file is "
         "not in the order of DATEADDED, or of the event's day for ICEWS): their contacts may "
         "be counted twice; --collapse-days all collapses over the whole file\n";
  if (s.codes_restored != 0)
    e << "  event codes given back their leading zero (read as numbers before): "
      << s.codes_restored << "\n";
  if (!s.unmapped.empty()) {
    e << "  countries not mapped to a state:";
    for (const auto& [name, count] : s.unmapped) e << " " << name << " (" << count << ")";
    if (s.unmapped_other != 0) e << " and " << s.unmapped_other << " more";
    e << "\n";
  }
}

// ---- many files on many threads (--jobs) ----

// A file's kept rows, in its order, each with its clock and its own copy of
// its location, and what reading it did.
struct KeptRow {
  hotline::Contact contact;
  std::int32_t clock = 0;
  std::string location;
};
struct FileRows {
  std::string name;
  std::vector<KeptRow> rows;
  std::vector<io::RowError> errors;
  io::EventSummary summary;
};

FileRows read_rows(const std::string& path, io::EventOptions options) {
  FileRows out;
  options.read.on_error = [&](const io::RowError& e) { out.errors.push_back(e); };
  io::InputFile input(path);
  io::EventReader reader(input.stream(), input.name(), options);
  for (const io::EventRow& row : reader)
    out.rows.push_back({row.contact, io::report_clock(row), std::string(row.contact.location)});
  out.name = input.name();
  out.summary = reader.summary();
  return out;
}

// The files read on `jobs` threads, their rows written (collapsed as one
// pass over all of them) on this one, in the order of the files. Returns
// the exit status.
int import_many(const std::vector<std::string>& files, const io::EventOptions& options,
                unsigned jobs, std::string_view line_end) {
  io::TableWriter<hotline::Contact> out(std::cout, {}, {line_end});
  io::ContactCollapser collapser(options.collapse_window_days);
  std::uint64_t contacts = 0;
  std::uint64_t collapsed = 0;
  io::EventSummary sum;
  const auto emit = [&](hotline::Contact&& c) {
    c.id = hotline::ContactId{static_cast<std::uint32_t>(++contacts)};
    out.write(c);
  };
  hotline_cli::map_in_order<FileRows>(
      files.size(), jobs, [&](std::size_t i) { return read_rows(files[i], options); },
      [&](std::size_t, FileRows&& f) {
        for (const io::RowError& e : f.errors)
          std::cerr << "import_events: skipped " << e.message() << "\n";
        for (KeptRow& r : f.rows) {
          r.contact.location = r.location;
          if (options.collapse) {
            if (collapser.add(r.contact, r.clock)) ++collapsed;
            collapser.close_ready(emit);
          } else {
            out.write(r.contact);
          }
        }
        const io::EventSummary& c = f.summary;
        sum.format = c.format;
        sum.read.records += c.read.records;
        sum.read.rows += c.read.rows;
        sum.read.bad_rows += c.read.bad_rows;
        sum.read.header_lines += c.read.header_lines;
        sum.read.blank_lines += c.read.blank_lines;
        sum.codes_restored += c.codes_restored;
        for (std::size_t r = 0; r < io::skip_reason_count; ++r) sum.skipped[r] += c.skipped[r];
        for (const auto& [name, n] : c.unmapped) sum.unmapped[name] += n;
        sum.unmapped_other += c.unmapped_other;
      });
  if (options.collapse) collapser.finish(emit);
  out.flush();
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "import_events: cannot write to standard output\n";
    return 1;
  }
  sum.contacts = options.collapse ? contacts : sum.read.rows;
  sum.collapsed = collapsed;
  sum.reports_behind = collapser.behind();
  print_summary(
      std::to_string(files.size()) + " files (" + files.front() + " to " + files.back() + ")", sum,
      options.collapse, collapser.peak());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> given;  // files, directories, patterns
  unsigned jobs = hotline_cli::default_jobs();
  io::EventOptions options;
  std::optional<hotline::Date> from;
  std::optional<hotline::Date> to;
  std::string_view line_end = "\r\n";
  bool collapse_days_given = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    const auto value = [&]() -> std::optional<std::string_view> {
      if (i + 1 >= argc) return std::nullopt;
      return std::string_view(argv[++i]);
    };
    if (arg == "--help" || arg == "-h") {
      std::cout << usage;
      return 0;
    }
    if (arg == "--format") {
      const auto v = value();
      if (!v || !(options.format = io::parse_event_format(*v))) return bad_usage("bad --format");
    } else if (arg == "--pair") {
      const auto v = value();
      if (!v || v->size() != 7 || (*v)[3] != ',')
        return bad_usage("--pair wants two codes: USA,RUS");
      std::string codes(*v);
      for (char& c : codes)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      const auto a = hotline::Country::from_code(std::string_view(codes).substr(0, 3));
      const auto b = hotline::Country::from_code(std::string_view(codes).substr(4, 3));
      if (!a || !b)
        return bad_usage("--pair: unknown country code '" + codes.substr(a ? 4 : 0, 3) + "'");
      options.pair = io::StatePair{*a, *b};
    } else if (arg == "--from" || arg == "--to") {
      const auto v = value();
      const auto d = v ? date_arg(*v) : std::nullopt;
      if (!d) return bad_usage(std::string(arg) + " wants an ISO 8601 date");
      (arg == "--from" ? from : to) = d;
    } else if (arg == "--codes") {
      const auto v = value();
      if (!v) return bad_usage("--codes wants a list");
      if (*v == "all") {
        options.codes = io::CodeSet::all();
      } else {
        io::CodeSet codes;
        std::string_view rest = *v;
        try {
          while (!rest.empty()) {
            const auto comma = rest.find(',');
            codes.add(rest.substr(0, comma));
            rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
          }
        } catch (const std::invalid_argument&) {
          return bad_usage("--codes: codes have 1 to 4 digits, 32 at most");
        }
        options.codes = codes;
      }
    } else if (arg == "--no-collapse") {
      options.collapse = false;
    } else if (arg == "--collapse-days") {
      const auto v = value();
      int days = 0;
      collapse_days_given = true;
      const auto r =
          v ? std::from_chars(v->data(), v->data() + v->size(), days) : std::from_chars_result{};
      if (v && *v == "all") {
        options.collapse_window_days.reset();
      } else if (v && !v->empty() && r.ec == std::errc{} && r.ptr == v->data() + v->size() &&
                 days >= 0 && days <= 3'650'000) {
        options.collapse_window_days = days;
      } else {
        return bad_usage("--collapse-days wants a number of days (0 to 3650000), or all");
      }
    } else if (arg == "--lenient") {
      options.read.mode = io::ErrorMode::lenient;
    } else if (arg == "--lf") {
      line_end = "\n";
    } else if (arg == "--jobs") {
      const auto v = value();
      int n = 0;
      const auto r =
          v ? std::from_chars(v->data(), v->data() + v->size(), n) : std::from_chars_result{};
      if (!v || v->empty() || r.ec != std::errc{} || r.ptr != v->data() + v->size() || n < 1 ||
          n > 1024)
        return bad_usage("--jobs wants a number of threads (1 to 1024)");
      jobs = static_cast<unsigned>(n);
    } else if (arg == "-" || !arg.starts_with("--")) {
      given.emplace_back(arg);
    } else {
      return bad_usage("unknown argument '" + std::string(arg) + "'");
    }
  }
  if (given.empty()) return bad_usage("no file");
  if (!options.collapse && collapse_days_given)
    return bad_usage("--no-collapse and --collapse-days: give one");
  if (from || to) {
    options.window = hotline::Date::between(from.value_or(hotline::Date::on(1, 1, 1)),
                                            to.value_or(hotline::Date::on(9999, 12, 31)));
    if (!options.window->ok()) return bad_usage("--to comes before --from");
  }
  options.read.on_error = [](const io::RowError& e) {
    std::cerr << "import_events: skipped " << e.message() << "\n";
  };

  try {
    const std::vector<std::string> files = hotline_cli::expand_event_paths(given);
    if (files.size() != 1 || files.front() != given.front())
      return import_many(files, options, jobs, line_end);
    io::InputFile input(files.front());  // plain, gzip or zip; "-" is standard input
    std::istream& in = input.stream();
    const std::string& name = input.name();
    io::EventReader reader(in, name, options);
    io::TableWriter<hotline::Contact> out(std::cout, {}, {line_end});
    std::uint64_t contacts = 0;
    std::uint64_t collapsed = 0;
    std::size_t peak = 0;
    std::uint64_t behind = 0;
    if (options.collapse) {
      // Contacts are written as they close: in order of first report, in
      // memory that holds one window's contacts.
      io::ContactCollapser collapser(options.collapse_window_days);
      const auto emit = [&](hotline::Contact&& c) {
        c.id = hotline::ContactId{static_cast<std::uint32_t>(++contacts)};
        out.write(c);
      };
      for (const io::EventRow& row : reader) {
        if (collapser.add(row.contact, io::report_clock(row))) ++collapsed;
        collapser.close_ready(emit);
      }
      collapser.finish(emit);
      peak = collapser.peak();
      behind = collapser.behind();
    } else {
      for (const io::EventRow& row : reader) out.write(row.contact);
    }
    out.flush();
    std::cout.flush();
    if (!std::cout) {
      std::cerr << "import_events: cannot write to standard output\n";
      return 1;
    }
    io::EventSummary summary = reader.summary();
    summary.contacts = options.collapse ? contacts : summary.read.rows;
    summary.collapsed = collapsed;
    summary.reports_behind = behind;
    print_summary(name, summary, options.collapse, peak);
  } catch (const std::exception& e) {  // io::ReadError, and paths that name no file
    std::cerr << "import_events: " << e.what() << "\n";
    return 1;
  }
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "import_events: cannot write to standard output\n";
    return 1;
  }
  return 0;
}
