// hotline's benchmarks: prints one table.
//
//   Workload A  analysis of (pair of states, level) groups over synthetic
//               feeds, beside pandas on the same data and a plain streaming
//               pass over the same records; 1 and 2 threads; DuckDB on
//               the same data with the same definitions (SQL), 1 and 2
//               threads.
//   Workload B  ingest of the export CSV and of GDELT 2.0 events: MB/s and
//               peak memory, beside pandas read_csv (C engine) and DuckDB's
//               read_csv (GDELT).
//
// Run through bench/run.sh (see bench/README.md). Options:
//   --sizes 1000000,10000000   feed sizes for Workload A
//   --ingest-rows 1000000      rows of the Workload B files
//   --workdir DIR              where the data files go (default: bench-data)
//   --python PATH              the Python with pandas (default /usr/bin/python3)
//   --no-pandas                skip the pandas columns
//   --duckdb DIR               run DuckDB too: DIR is the node_modules folder
//                              holding @duckdb/node-api (bench/run.sh passes it)
//   --node PATH                the node that runs bench/duckdb_bench.mjs
//                              (default /usr/bin/node)
//   --no-duckdb                skip the DuckDB rows
//   --repeat N                 best of N runs for the hotline timings (default 3)
// Internal: --ingest csv|gdelt FILE reads one file and prints rows and seconds.
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <hotline/analysis/event.hpp>
#include <hotline/analysis/summary.hpp>
#include <hotline/io/csv.hpp>
#include <hotline/io/events.hpp>
#ifdef HOTLINE_BENCH_ZLIB
#include <zlib.h>

#include <hotline/io/compressed.hpp>
#endif

#include "synthetic.hpp"
#include "workload_a.hpp"

#ifndef HOTLINE_BENCH_DIR
#define HOTLINE_BENCH_DIR "bench"
#endif

namespace {

using namespace hotline;

// False once a check fails (results that differ, a reader that failed):
// the program then exits with 1, so that CI notices.
bool all_checks_passed = true;
using namespace std::chrono;
namespace fs = std::filesystem;

struct Options {
  std::vector<std::size_t> sizes{1'000'000, 10'000'000};
  std::size_t ingest_rows = 1'000'000;
  fs::path workdir = "bench-data";
  std::string python = "/usr/bin/python3";
  bool pandas = true;
  std::string duckdb;  // the node_modules folder with @duckdb/node-api; empty: no DuckDB
  std::string node = "/usr/bin/node";
  bool no_duckdb = false;
  int repeat = 3;
};

double seconds_since(steady_clock::time_point t0) {
  return duration<double>(steady_clock::now() - t0).count();
}

template <class F>
double best_of(int n, F&& f) {
  double best = 1e30;
  for (int i = 0; i < n; ++i) {
    const auto t0 = steady_clock::now();
    f();
    best = std::min(best, seconds_since(t0));
  }
  return best;
}

// Runs a command, returns its standard output.
std::string run(const std::string& command) {
  std::string out;
  FILE* p = popen(command.c_str(), "r");
  if (p == nullptr) return out;
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, p)) out.append(buffer, n);
  pclose(p);
  return out;
}

// key=value from a line of a script's output.
std::string value_of(const std::string& out, const std::string& key) {
  const auto at = out.find(key + "=");
  if (at == std::string::npos) return {};
  const auto from = at + key.size() + 1;
  return out.substr(from, out.find_first_of(" \n", from) - from);
}

std::string machine() {
  std::ifstream cpu("/proc/cpuinfo");
  std::string line, model;
  while (std::getline(cpu, line))
    if (line.rfind("model name", 0) == 0) {
      model = line.substr(line.find(':') + 2);
      break;
    }
  std::ifstream mem("/proc/meminfo");
  std::string mem_line;
  std::getline(mem, mem_line);
  long kb = 0;
  std::sscanf(mem_line.c_str(), "MemTotal: %ld", &kb);
  std::ostringstream s;
  s << model << ", " << std::thread::hardware_concurrency() << " cores, " << kb / 1024 / 1024
    << " GiB; "
    << "compiler " << __VERSION__;
  return s.str();
}

std::string human(double x) {
  char b[32];
  if (x >= 1e9)
    std::snprintf(b, sizeof b, "%.2f G", x / 1e9);
  else if (x >= 1e6)
    std::snprintf(b, sizeof b, "%.1f M", x / 1e6);
  else if (x >= 1e3)
    std::snprintf(b, sizeof b, "%.1f k", x / 1e3);
  else
    std::snprintf(b, sizeof b, "%.0f", x);
  return b;
}

void row(const std::string& what, const std::string& size, double secs, const std::string& rate,
         const std::string& note) {
  std::printf("| %-34s | %9s | %9.3f | %16s | %-40s |\n", what.c_str(), size.c_str(), secs,
              rate.c_str(), note.c_str());
}

template <class T>
void write_column(const fs::path& file, const std::vector<T>& values) {
  std::ofstream out(file, std::ios::binary);
  out.write(reinterpret_cast<const char*>(values.data()),
            static_cast<std::streamsize>(values.size() * sizeof(T)));
}

// The memory-bandwidth floor: reads every byte of the records once, in
// 32-bit words (an Event is 20 bytes since a Date keeps its qualifiers).
std::uint32_t streaming_pass(std::span<const Event> events) {
  static_assert(sizeof(Event) % sizeof(std::uint32_t) == 0);
  const auto* p = reinterpret_cast<const std::uint32_t*>(events.data());
  const std::size_t words = events.size() * sizeof(Event) / sizeof(std::uint32_t);
  std::uint32_t a = 0, b = 0, c = 0, d = 0;
  std::size_t i = 0;
  for (; i + 4 <= words; i += 4) {
    a ^= p[i];
    b ^= p[i + 1];
    c ^= p[i + 2];
    d ^= p[i + 3];
  }
  for (; i < words; ++i) a ^= p[i];
  return a ^ b ^ c ^ d;
}

// The results of Workload A, one row per group ordered by key, as int64:
// key, count, gap min, gap max (-1: fewer than two), months certainly and
// possibly without, silence min, silence max (-1: no contact on or before
// the day; -2: unbounded).
std::vector<std::int64_t> result_table(const bench::GroupSummaries& r) {
  std::vector<std::size_t> order(r.keys.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return r.keys[a] < r.keys[b]; });
  std::vector<std::int64_t> t;
  t.reserve(order.size() * 8);
  for (std::size_t i : order) {
    const GapSummary& s = r.summaries[i];
    const auto gap = s.longest_gap();
    const auto months = s.months_without();
    const auto silence = s.silence();
    t.insert(t.end(), {std::int64_t{r.keys[i]}, static_cast<std::int64_t>(s.count()),
                       gap ? gap->min.count() : -1, gap ? gap->max.count() : -1,
                       std::int64_t{months.certain.count()}, std::int64_t{months.possible.count()},
                       silence ? silence->min.count() : -1,
                       !silence                      ? -1
                       : silence->max == days::max() ? -2
                                                     : silence->max.count()});
  }
  return t;
}

void duckdb_analysis(const Options& o, const fs::path& dir, const std::string& size, std::size_t n,
                     double t1, double t2);

void workload_a(const Options& o) {
  const SummaryQuestion q{2000y / 1, 2024y / 12, sys_days{2025y / 1 / 1}};
  for (std::size_t n : o.sizes) {
    const auto t0 = steady_clock::now();
    const std::vector<Event> events = bench::synthetic_events(n);
    const double generate = seconds_since(t0);
    const std::span<const Event> all(events);

    std::uint64_t sink = 0;
    const double stream = best_of(o.repeat, [&] { sink ^= streaming_pass(all); });
    // The floor on two threads, each reading half: the like of the
    // two-thread analyses.
    const double stream2 = best_of(o.repeat, [&] {
      std::uint64_t second = 0;
      std::thread t([&] { second = streaming_pass(all.subspan(n / 2)); });
      sink += streaming_pass(all.first(n / 2));
      t.join();
      sink += second;
    });
    std::vector<bench::Scratch> scratch;
    // Each result kept between runs, as the scratch space: an analyser of
    // a stream of chunks allocates nothing after the first.
    bench::GroupSummaries one, two, by_group;
    bench::analyse(all, q, 2, scratch, two);  // warm the scratch space
    bench::analyse(all, q, 1, scratch, one);
    bench::analyse_by_group(all, q, scratch, by_group);
    const double t1 = best_of(o.repeat, [&] { bench::analyse(all, q, 1, scratch, one); });
    const double t2 = best_of(o.repeat, [&] { bench::analyse(all, q, 2, scratch, two); });
    const double tg =
        best_of(o.repeat, [&] { bench::analyse_by_group(all, q, scratch, by_group); });
    const auto table = result_table(one);
    const bool threads_agree = table == result_table(two);
    const bool by_group_agrees = table == result_table(by_group);
    all_checks_passed = all_checks_passed && threads_agree && by_group_agrees;
    const std::string size = human(static_cast<double>(n));
    const std::string groups = std::to_string(one.keys.size()) + " groups";
    std::printf("\nWorkload A: %s contacts (%zu bytes each), %s; generated in %.1f s\n",
                size.c_str(), sizeof(Event), groups.c_str(), generate);
    std::printf("| %-34s | %9s | %9s | %16s | %-40s |\n", "what", "contacts", "seconds",
                "contacts/s", "note");
    std::printf("|%s|%s|%s|%s|%s|\n", std::string(36, '-').c_str(), std::string(11, '-').c_str(),
                std::string(11, '-').c_str(), std::string(18, '-').c_str(),
                std::string(42, '-').c_str());
    const double mb = static_cast<double>(n * sizeof(Event)) / 1e6;
    char note[64];
    std::snprintf(note, sizeof note, "%.1f GB/s (checksum %llx)", mb / stream / 1e3,
                  static_cast<unsigned long long>(sink & 0xfff));
    row("streaming pass (the floor)", size, stream, human(static_cast<double>(n) / stream) + "/s",
        note);
    std::snprintf(note, sizeof note, "%.1f GB/s", mb / stream2 / 1e3);
    row("streaming pass, 2 threads", size, stream2, human(static_cast<double>(n) / stream2) + "/s",
        note);
    row("hotline, 1 thread", size, t1, human(static_cast<double>(n) / t1) + "/s", "");
    std::snprintf(note, sizeof note, "speed-up %.2fx; same results: %s", t1 / t2,
                  threads_agree ? "yes" : "NO");
    row("hotline, 2 threads (merged)", size, t2, human(static_cast<double>(n) / t2) + "/s", note);
    std::snprintf(note, sizeof note, "speed-up %.2fx; same results: %s", t1 / tg,
                  by_group_agrees ? "yes" : "NO");
    row("hotline, 2 threads (by group)", size, tg, human(static_cast<double>(n) / tg) + "/s", note);
    std::snprintf(note, sizeof note, "%.1fx the streaming pass", t1 / stream);
    row("  ratio, 1 thread / streaming", size, t1 / stream, "", note);
    std::snprintf(note, sizeof note, "%.1fx the 2-thread streaming pass", tg / stream2);
    row("  ratio, 2 threads by group", size, tg / stream2, "", note);

    if (!o.pandas && o.duckdb.empty()) continue;
    const fs::path dir = o.workdir / ("a_" + std::to_string(n));
    fs::create_directories(dir);
    std::vector<std::int32_t> e(n), l(n);
    std::vector<std::int16_t> a(n), b(n);
    std::vector<std::int8_t> lv(n);
    for (std::size_t i = 0; i < n; ++i) {
      const DayBounds d = DayBounds::of(events[i].date);
      e[i] = d.earliest;
      l[i] = d.latest;
      a[i] = static_cast<std::int16_t>(events[i].first.index());
      b[i] = static_cast<std::int16_t>(events[i].second.index());
      lv[i] = static_cast<std::int8_t>(events[i].level);
    }
    write_column(dir / "e.bin", e);
    write_column(dir / "l.bin", l);
    write_column(dir / "a.bin", a);
    write_column(dir / "b.bin", b);
    write_column(dir / "level.bin", lv);
    write_column(dir / "hotline.bin", table);
    if (o.pandas) {
      const std::string out = run(o.python + " " + HOTLINE_BENCH_DIR + "/pandas_analysis.py " +
                                  dir.string() + " " + std::to_string(Country::count()) + " " +
                                  std::to_string(bench::level_count) + " 2>&1");
      const std::string secs = value_of(out, "seconds");
      if (secs.empty()) {
        std::printf("pandas did not run:\n%s\n", out.c_str());
      } else {
        const double tp = std::stod(secs);
        if (value_of(out, "identical") != "yes") {
          all_checks_passed = false;
          std::printf("pandas and hotline differ: %s\n", out.c_str());
        }
        row("pandas (same computation)", size, tp, human(static_cast<double>(n) / tp) + "/s",
            "identical results: " + value_of(out, "identical"));
        std::snprintf(note, sizeof note, "hotline %.0fx faster than pandas", tp / t1);
        row("  ratio pandas / hotline", size, tp / t1, "", note);
      }
    }
    if (!o.duckdb.empty()) duckdb_analysis(o, dir, size, n, t1, tg);
  }
}

// ---- Workload B -----------------------------------------------------------

void write_contacts_file(const fs::path& file, std::span<const Event> events) {
  std::ofstream out(file, std::ios::binary);
  io::TableWriter<Contact> w(out, {}, {.line_end = "\n"});
  std::uint32_t id = 0;
  for (const Event& e : events) {
    Contact c;
    c.id = ContactId{++id};
    c.date = e.date;
    c.states = {e.first, e.second};
    c.level = e.level;
    c.medium = e.medium;
    c.source = SourceId{1};
    w.write(c);
  }
}

// GDELT 2.0 export rows: 61 tab-separated columns, no header. Only the
// columns the reader reads carry values; the rest are plausible filler.
void write_gdelt_file(const fs::path& file, std::span<const Event> events) {
  std::ofstream out(file, std::ios::binary);
  std::string line;
  static constexpr const char* codes[] = {"040", "041", "042", "043", "044", "045", "046"};
  static constexpr const char* types[] = {"GOV", "MIL", "", "COP"};
  std::uint64_t id = 900000000;
  for (const Event& e : events) {
    const year_month_day d{e.date.earliest()};
    char date[16];
    std::snprintf(date, sizeof date, "%04d%02u%02u", int{d.year()}, unsigned{d.month()},
                  unsigned{d.day()});
    const char* code = codes[id % 7];
    line.clear();
    const auto tab = [&](std::string_view field) {
      line.append(field);
      line += '\t';
    };
    tab(std::to_string(++id));       // 0 GLOBALEVENTID
    tab(date);                       // 1 SQLDATE
    tab(std::string_view(date, 6));  // 2 MonthYear
    tab(std::string_view(date, 4));  // 3 Year
    tab("2014.1234");                // 4 FractionDate
    tab(e.first.code());
    tab("STATE ONE");     // 5 Actor1Code, 6 Actor1Name
    tab(e.first.code());  // 7 Actor1CountryCode
    tab("");
    tab("");
    tab("");
    tab("");  // 8-11
    tab(types[id % 4]);
    tab("");
    tab("");  // 12-14 Actor1Type1-3Code
    tab(e.second.code());
    tab("STATE TWO");      // 15 Actor2Code, 16 Actor2Name
    tab(e.second.code());  // 17 Actor2CountryCode
    tab("");
    tab("");
    tab("");
    tab("");  // 18-21
    tab(types[(id / 4) % 4]);
    tab("");
    tab("");   // 22-24 Actor2Type1-3Code
    tab("1");  // 25 IsRootEvent
    tab(code);
    tab(code);
    tab("04");  // 26 EventCode, 27 Base, 28 Root
    tab("1");
    tab("3.0");  // 29 QuadClass, 30 GoldsteinScale
    tab("4");
    tab("1");
    tab("4");
    tab("1.5");  // 31-34 mentions, sources, articles, tone
    for (int c = 35; c < 52; ++c) tab(c % 4 == 3 ? "1" : "");  // 35-51 actor geography
    tab("Geneva, Genf, Switzerland");                          // 52 ActionGeo_FullName
    for (int c = 53; c < 59; ++c) tab(c == 53 ? "SZ" : "");    // 53-58
    tab(std::string(date) + "120000");                         // 59 DATEADDED
    line.append("https://example.org/news/");                  // 60 SOURCEURL
    line.append(std::to_string(id));
    line += '\n';
    out.write(line.data(), static_cast<std::streamsize>(line.size()));
  }
}

// This process's peak resident memory (VmHWM), in MiB. Read by the child
// itself: the ru_maxrss that wait4 gives a parent counts the parent's own
// pages in a child spawned from it (Linux keeps the larger of the old and
// new address spaces' peaks across exec).
double peak_mib_self() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
  return 0;
}

int report_ingest(steady_clock::time_point t0, std::uint64_t rows, std::uint64_t check) {
  const double secs = seconds_since(t0);
  std::printf("rows=%llu seconds=%.6f peak_mib=%.1f check=%llu\n",
              static_cast<unsigned long long>(rows), secs, peak_mib_self(),
              static_cast<unsigned long long>(check));
  return 0;
}

// Reads a file as the readers do (an ifstream, 64 KiB at a time) and XORs
// its 64-bit words: a streaming read of the same bytes.
std::uint64_t read_floor(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  std::vector<char> buffer(std::size_t{64} << 10);
  std::uint64_t x = 0;
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const auto n = static_cast<std::size_t>(in.gcount());
    for (std::size_t i = 0; i + 8 <= n; i += 8) {
      std::uint64_t w;
      std::memcpy(&w, buffer.data() + i, 8);
      x ^= w;
    }
  }
  return x & 0xffff;
}

#ifdef HOTLINE_BENCH_ZLIB
// A zip archive of one deflated member, as GDELT publishes its files:
// local header, raw deflate data, central directory.
void write_zip(const fs::path& zip, const fs::path& member) {
  std::ifstream in(member, std::ios::binary);
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
  std::string packed(deflateBound(&z, static_cast<uLong>(data.size())), '\0');
  z.next_in = reinterpret_cast<Bytef*>(data.data());
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(packed.data());
  z.avail_out = static_cast<uInt>(packed.size());
  deflate(&z, Z_FINISH);
  packed.resize(z.total_out);
  deflateEnd(&z);
  const auto crc = static_cast<std::uint32_t>(
      crc32(0, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size())));
  const std::string name = member.filename().string();
  std::string out;
  const auto u16 = [&](std::uint32_t v) {
    out += static_cast<char>(v & 0xff);
    out += static_cast<char>((v >> 8) & 0xff);
  };
  const auto u32 = [&](std::uint32_t v) {
    u16(v & 0xffff);
    u16(v >> 16);
  };
  const auto sizes = [&] {
    u32(crc);
    u32(static_cast<std::uint32_t>(packed.size()));
    u32(static_cast<std::uint32_t>(data.size()));
    u16(static_cast<std::uint32_t>(name.size()));
  };
  u32(0x04034b50);
  u16(20);
  u16(0);
  u16(8);
  u32(0);
  sizes();
  u16(0);
  out += name;
  out += packed;
  const auto directory = static_cast<std::uint32_t>(out.size());
  u32(0x02014b50);
  u16(20);
  u16(20);
  u16(0);
  u16(8);
  u32(0);
  sizes();
  for (int k = 0; k < 4; ++k) u16(0);  // extra, comment, disk, internal attributes
  u32(0);                              // external attributes
  u32(0);                              // the local header's offset
  out += name;
  const auto directory_size = static_cast<std::uint32_t>(out.size()) - directory;
  u32(0x06054b50);
  u16(0);
  u16(0);
  u16(1);
  u16(1);
  u32(directory_size);
  u32(directory);
  u16(0);
  std::ofstream(zip, std::ios::binary).write(out.data(), static_cast<std::streamsize>(out.size()));
}

// zlib alone on the zip that write_zip makes: inflates its member into a
// 64 KiB buffer, read 64 KiB at a time like the readers, and computes the
// CRC-32 of what it gives, as a reader of zip files must to tell a corrupt
// member; returns the bytes and the CRC.
std::uint64_t inflate_zip(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  std::vector<char> input(std::size_t{64} << 10), output(std::size_t{64} << 10);
  char header[30];
  in.read(header, 30);
  const auto u16 = [&](int at) {
    return static_cast<unsigned>(static_cast<unsigned char>(header[at])) |
           static_cast<unsigned>(static_cast<unsigned char>(header[at + 1])) << 8;
  };
  in.ignore(u16(26) + u16(28));
  z_stream z{};
  inflateInit2(&z, -15);
  std::uint64_t total = 0;
  uLong crc = crc32(0, nullptr, 0);
  int status = Z_OK;
  while (status == Z_OK) {
    if (z.avail_in == 0) {
      in.read(input.data(), static_cast<std::streamsize>(input.size()));
      z.next_in = reinterpret_cast<Bytef*>(input.data());
      z.avail_in = static_cast<uInt>(in.gcount());
      if (z.avail_in == 0) break;
    }
    z.next_out = reinterpret_cast<Bytef*>(output.data());
    z.avail_out = static_cast<uInt>(output.size());
    status = inflate(&z, Z_NO_FLUSH);
    const auto produced = static_cast<uInt>(output.size() - z.avail_out);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(output.data()), produced);
    total += produced;
  }
  inflateEnd(&z);
  return total * 1000003 + crc;
}
#endif

// The child side: reads one file, streaming, and prints rows, seconds and
// its peak memory.
int ingest(const std::string& kind, const std::string& file) {
  const auto t0 = steady_clock::now();
  std::uint64_t rows = 0;
  std::uint64_t check = 0;
  if (kind == "read") {
    // The floor for a reader: the same bytes through the same kind of
    // stream and buffer (64 KiB reads), each 64-bit word looked at once.
    return report_ingest(t0, 0, read_floor(file));
  }
#ifdef HOTLINE_BENCH_ZLIB
  if (kind == "zlib") return report_ingest(t0, 0, inflate_zip(file));
  std::optional<io::InputFile> zipped;
  if (kind.ends_with("-zip")) zipped.emplace(file);
  std::ifstream plain;
  if (!zipped) plain.open(file, std::ios::binary);
  std::istream& in = zipped ? zipped->stream() : plain;
#else
  std::ifstream in(file, std::ios::binary);
#endif
  if (kind == "csv") {
    io::TableReader<Contact> reader(in, file);
    while (const Contact* c = reader.next()) {
      ++rows;
      check += c->id.value();
    }
  } else if (kind == "gdelt") {
    // A named options value: GCC 12 at -O3 warns (wrongly) of an
    // uninitialised std::function in the default argument.
    io::EventOptions options;
    options.read.on_error = [](const io::RowError&) {};
    io::EventReader reader(in, file, std::move(options));
    while (const io::EventRow* r = reader.next()) {
      ++rows;
      check += static_cast<std::uint64_t>(r->contact.level);
    }
  } else {
    // Collapsing as import_events does: within the default window
    // ("gdelt-collapse"), or over the whole file ("gdelt-collapse-all").
    io::EventOptions options;
    options.read.on_error = [](const io::RowError&) {};
    io::EventReader reader(in, file, std::move(options));
    io::ContactCollapser collapser(kind == "gdelt-collapse-all"
                                       ? std::nullopt
                                       : std::optional<int>(io::default_collapse_window_days));
    const auto emit = [&](Contact&& c) { check += c.reports; };
    while (const io::EventRow* r = reader.next()) {
      ++rows;
      collapser.add(r->contact, io::report_clock(*r));
      collapser.close_ready(emit);
    }
    collapser.finish(emit);
    check = check * 1000003 + collapser.peak();
  }
  return report_ingest(t0, rows, check);
}

struct ChildResult {
  std::string out;
};

// Runs a program as a child and reads what it prints.
ChildResult run_child(const std::vector<std::string>& args) {
  int fds[2];
  if (pipe(fds) != 0) return {};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
  posix_spawn_file_actions_addclose(&actions, fds[0]);
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  const int failed = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(fds[1]);
  ChildResult r;
  if (failed != 0) {
    close(fds[0]);
    return r;
  }
  char buffer[4096];
  while (true) {
    const ssize_t n = read(fds[0], buffer, sizeof buffer);
    if (n <= 0) break;
    r.out.append(buffer, static_cast<std::size_t>(n));
  }
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  return r;
}

// DuckDB (bench/duckdb_bench.mjs, through node) on the columns written for
// pandas: the same definitions in SQL, on 1 and 2 threads, its results
// compared with hotline's (hotline.bin) group by group. `t1` and `t2` are
// hotline's best one- and two-thread times.
void duckdb_analysis(const Options& o, const fs::path& dir, const std::string& size, std::size_t n,
                     double t1, double t2) {
  const ChildResult r =
      run_child({o.node, std::string(HOTLINE_BENCH_DIR) + "/duckdb_bench.mjs", "--modules",
                 o.duckdb, "analysis", dir.string(), std::to_string(Country::count()),
                 std::to_string(bench::level_count), "1", "2"});
  if (value_of(r.out, "seconds_1").empty()) {
    // A failure of DuckDB's own (it did not load, ran out of memory) is
    // told, not a failed check: DuckDB is optional, as pandas is.
    std::printf("DuckDB did not run: %s\n", r.out.c_str());
    return;
  }
  const std::string version = value_of(r.out, "version");
  char what[64];
  char note[160];
  for (const int threads : {1, 2}) {
    const std::string t = std::to_string(threads);
    const std::string secs = value_of(r.out, "seconds_" + t);
    const std::string identical = value_of(r.out, "identical_" + t);
    if (secs.empty() || identical != "yes") {
      all_checks_passed = false;
      std::printf("DuckDB and hotline differ (%d thread%s): %s\n", threads, threads == 1 ? "" : "s",
                  r.out.c_str());
      if (secs.empty()) return;
    }
    const double td = std::stod(secs);
    std::snprintf(what, sizeof what, "DuckDB %s, %d thread%s", version.c_str(), threads,
                  threads == 1 ? "" : "s");
    row(what, size, td, human(static_cast<double>(n) / td) + "/s",
        "identical results: " + identical);
    const double ours = threads == 1 ? t1 : t2;
    // Against hotline on as many threads (on two: split by group, its faster).
    std::snprintf(note, sizeof note, "hotline %.0fx faster than DuckDB", td / ours);
    row(threads == 1 ? "  ratio DuckDB / hotline, 1 thread" : "  ratio, 2 threads (by group)", size,
        td / ours, "", note);
  }
}

// DuckDB's read_csv of a GDELT 2.0 file (bench/duckdb_bench.mjs): every
// column as text into an in-memory table, as pandas reads it into a frame,
// on 1 and 2 threads, each in a process of its own that reports its peak
// memory. The table must have every row and GDELT's 61 columns.
void duckdb_ingest(const Options& o, const fs::path& file, std::size_t rows, double mb,
                   double hotline_rate) {
  for (const int threads : {1, 2}) {
    const ChildResult r =
        run_child({o.node, std::string(HOTLINE_BENCH_DIR) + "/duckdb_bench.mjs", "--modules",
                   o.duckdb, "ingest", file.string(), std::to_string(threads)});
    const std::string secs = value_of(r.out, "seconds");
    if (secs.empty()) {
      std::printf("DuckDB did not run: %s\n", r.out.c_str());
      return;
    }
    if (value_of(r.out, "rows") != std::to_string(rows) || value_of(r.out, "columns") != "61") {
      all_checks_passed = false;
      std::printf("DuckDB read another table than %zu rows of 61 columns: %s\n", rows,
                  r.out.c_str());
    }
    const double td = std::stod(secs);
    char what[64];
    char note[96];
    std::snprintf(what, sizeof what, "DuckDB read_csv, %d thread%s", threads,
                  threads == 1 ? "" : "s");
    std::snprintf(note, sizeof note, "%s MiB (whole table in memory)",
                  value_of(r.out, "peak_mib").c_str());
    row(what, human(static_cast<double>(rows)), td, human(mb / td * 1e6).append("B/s"), note);
    std::snprintf(note, sizeof note, "hotline %.1fx DuckDB's throughput", hotline_rate / (mb / td));
    row("  ratio", human(static_cast<double>(rows)), hotline_rate / (mb / td), "", note);
  }
}

void workload_b(const Options& o, const std::string& self) {
  fs::create_directories(o.workdir);
  const std::size_t small = std::max<std::size_t>(o.ingest_rows / 10, 1);
  const std::vector<Event> events = bench::synthetic_events(o.ingest_rows, 2);
  std::printf("\nWorkload B: ingest, streaming (peak memory of a process that only reads)\n");
  std::printf("| %-34s | %9s | %9s | %16s | %-40s |\n", "what", "rows", "seconds", "MB/s",
              "peak memory");
  std::printf("|%s|%s|%s|%s|%s|\n", std::string(36, '-').c_str(), std::string(11, '-').c_str(),
              std::string(11, '-').c_str(), std::string(18, '-').c_str(),
              std::string(42, '-').c_str());
  for (const std::string kind : {"csv", "gdelt", "gdelt-collapse", "gdelt-collapse-all"}) {
    double hotline_rate = 0;
    const bool collapsing = kind.starts_with("gdelt-collapse");
    for (std::size_t rows : {small, o.ingest_rows}) {
      // The collapsing runs read the GDELT files the "gdelt" run wrote.
      const std::string file_kind = collapsing ? std::string("gdelt") : kind;
      const fs::path file =
          o.workdir / (file_kind + "_" + std::to_string(rows) + (kind == "csv" ? ".csv" : ".tsv"));
      const std::span<const Event> part = std::span<const Event>(events).first(rows);
      if (kind == "csv")
        write_contacts_file(file, part);
      else if (!collapsing)
        write_gdelt_file(file, part);
      const double mb = static_cast<double>(fs::file_size(file)) / 1e6;
      ChildResult best;
      double secs = 1e30;
      for (int i = 0; i < o.repeat; ++i) {
        ChildResult r = run_child({self, "--ingest", kind, file.string()});
        const std::string s = value_of(r.out, "seconds");
        if (s.empty()) {
          std::printf("hotline ingest failed: %s\n", r.out.c_str());
          all_checks_passed = false;
          break;
        }
        if (std::stod(s) < secs) {
          secs = std::stod(s);
          best = r;
        }
      }
      char note[64];
      std::snprintf(note, sizeof note, "%s MiB (file %.0f MB)",
                    value_of(best.out, "peak_mib").c_str(), mb);
      const std::string what =
          std::string("hotline ") + (kind == "csv"              ? "export CSV"
                                     : kind == "gdelt"          ? "GDELT 2.0"
                                     : kind == "gdelt-collapse" ? "GDELT 2.0, collapsing (7 days)"
                                                                : "GDELT 2.0, collapsing (file)");
      row(what, human(static_cast<double>(rows)), secs, human(mb / secs * 1e6).append("B/s"), note);
      if (rows != o.ingest_rows || collapsing) continue;
      hotline_rate = mb / secs;
      if (o.pandas) {
        const ChildResult p = run_child(
            {o.python, std::string(HOTLINE_BENCH_DIR) + "/pandas_ingest.py", kind, file.string()});
        const std::string ps = value_of(p.out, "seconds");
        if (ps.empty()) {
          std::printf("pandas did not run: %s\n", p.out.c_str());
        } else {
          const double pandas_secs = std::stod(ps);
          std::snprintf(note, sizeof note, "%s MiB (whole frame in memory)",
                        value_of(p.out, "peak_mib").c_str());
          row("pandas read_csv (C engine)", human(static_cast<double>(rows)), pandas_secs,
              human(mb / pandas_secs * 1e6).append("B/s"), note);
          std::snprintf(note, sizeof note, "hotline %.1fx pandas' throughput",
                        hotline_rate / (mb / pandas_secs));
          row("  ratio", human(static_cast<double>(rows)), pandas_secs / secs, "", note);
        }
      }
      if (kind == "gdelt" && !o.duckdb.empty()) duckdb_ingest(o, file, rows, mb, hotline_rate);
    }
  }
}

// Reading against the floor (bench/README.md, "Reading"): each reader of
// the Workload B files beside a streaming read of the same bytes, the runs
// of the two alternating so that both see the machine's load alike; and a
// zipped GDELT file beside zlib alone inflating it.
void reading_against_the_floor(const Options& o, const std::string& self) {
  const std::string rows = std::to_string(o.ingest_rows);
  const fs::path csv = o.workdir / ("csv_" + rows + ".csv");
  const fs::path tsv = o.workdir / ("gdelt_" + rows + ".tsv");
  if (!fs::exists(csv) || !fs::exists(tsv)) return;
  std::printf(
      "\nReading against a streaming read of the same bytes, %s rows (best of %d, "
      "alternating)\n",
      human(static_cast<double>(o.ingest_rows)).c_str(), o.repeat);
  std::printf("| %-34s | %9s | %9s | %16s | %-40s |\n", "what", "MB", "seconds", "MB/s",
              "against the floor");
  std::printf("|%s|%s|%s|%s|%s|\n", std::string(36, '-').c_str(), std::string(11, '-').c_str(),
              std::string(11, '-').c_str(), std::string(18, '-').c_str(),
              std::string(42, '-').c_str());
  // Best of o.repeat for each kind, run in turn.
  const auto measure = [&](const std::vector<std::string>& kinds, const fs::path& file) {
    std::vector<double> best(kinds.size(), 1e30);
    for (int i = 0; i < o.repeat; ++i)
      for (std::size_t k = 0; k < kinds.size(); ++k) {
        const ChildResult r = run_child({self, "--ingest", kinds[k], file.string()});
        const std::string s = value_of(r.out, "seconds");
        if (s.empty()) {
          std::printf("hotline ingest %s failed: %s\n", kinds[k].c_str(), r.out.c_str());
          all_checks_passed = false;
          return best;
        }
        best[k] = std::min(best[k], std::stod(s));
      }
    return best;
  };
  const auto show = [&](const std::string& what, double mb, double secs, double floor_secs,
                        const char* floor_name) {
    char note[64] = "";
    if (floor_secs > 0)
      std::snprintf(note, sizeof note, "%.0f%% of %s", 100 * floor_secs / secs, floor_name);
    char size[32];
    std::snprintf(size, sizeof size, "%.0f", mb);
    row(what, size, secs, human(mb / secs * 1e6).append("B/s"), note);
  };
  const double csv_mb = static_cast<double>(fs::file_size(csv)) / 1e6;
  const auto c = measure({"read", "csv"}, csv);
  show("streaming read (export CSV file)", csv_mb, c[0], 0, "");
  show("hotline export CSV", csv_mb, c[1], c[0], "the read");
  const double tsv_mb = static_cast<double>(fs::file_size(tsv)) / 1e6;
  const auto g = measure({"read", "gdelt", "gdelt-collapse"}, tsv);
  show("streaming read (GDELT 2.0 file)", tsv_mb, g[0], 0, "");
  show("hotline GDELT 2.0", tsv_mb, g[1], g[0], "the read");
  show("hotline GDELT 2.0, collapsing (7 days)", tsv_mb, g[2], g[0], "the read");
#ifdef HOTLINE_BENCH_ZLIB
  const fs::path zip = o.workdir / ("gdelt_" + rows + ".export.CSV.zip");
  write_zip(zip, tsv);
  const auto z = measure({"zlib", "gdelt-collapse-zip"}, zip);
  char what[64];
  std::snprintf(what, sizeof what, "zlib alone, inflating (zip %.0f MB)",
                static_cast<double>(fs::file_size(zip)) / 1e6);
  show(what, tsv_mb, z[0], 0, "");
  show("hotline GDELT 2.0 zip, collapsing", tsv_mb, z[1], z[0], "zlib alone");
#else
  std::printf("(built without zlib: no zipped GDELT row)\n");
#endif
}

std::vector<std::size_t> parse_sizes(const std::string& text) {
  std::vector<std::size_t> sizes;
  std::stringstream s(text);
  std::string item;
  while (std::getline(s, item, ','))
    if (!item.empty()) sizes.push_back(std::stoull(item));
  return sizes;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  const std::string self = fs::canonical("/proc/self/exe").string();
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "%s needs a value\n", a.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--ingest") {
      const std::string kind = next();
      return ingest(kind, next());
    }
    if (a == "--sizes")
      o.sizes = parse_sizes(next());
    else if (a == "--ingest-rows")
      o.ingest_rows = std::stoull(next());
    else if (a == "--workdir")
      o.workdir = next();
    else if (a == "--python")
      o.python = next();
    else if (a == "--no-pandas")
      o.pandas = false;
    else if (a == "--duckdb")
      o.duckdb = next();
    else if (a == "--node")
      o.node = next();
    else if (a == "--no-duckdb")
      o.no_duckdb = true;
    else if (a == "--repeat")
      o.repeat = std::max(1, std::stoi(next()));
    else {
      std::fprintf(stderr, "unknown option %s (see bench/README.md)\n", a.c_str());
      return 2;
    }
  }
  if (o.no_duckdb) o.duckdb.clear();
  std::printf("hotline benchmarks on %s\n", machine().c_str());
  std::printf("(hotline timings: best of %d runs; pandas and DuckDB: one run)\n", o.repeat);
  workload_a(o);
  if (o.ingest_rows > 0) workload_b(o, self);
  if (o.ingest_rows > 0) reading_against_the_floor(o, self);
  if (!all_checks_passed) std::printf("\nA check failed (see above).\n");
  return all_checks_passed ? 0 : 1;
}
