// Many event files on many cores, for gap_report and import_events: the
// paths a command line gives (files, directories, glob patterns the program
// expands itself, so that a quoted '*.CSV' works), and a map over them on
// N threads whose results come back in the order of the files. A small
// part of the examples, not of the library: copy it freely.
#pragma once

#include <glob.h>

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <filesystem>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <system_error>
#include <thread>
#include <vector>

namespace hotline_cli {

// The cores, for --jobs' default (1 when the system does not say).
inline unsigned default_jobs() {
  const unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : n;
}

// Not data: hidden files (.DS_Store) and zip's __MACOSX forks.
inline bool is_event_file_name(const std::filesystem::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name[0] != '.' && name != "__MACOSX";
}

// The files the paths name, in the order given: a file (or '-', standard
// input) as it is; a directory's regular files (not its subdirectories or
// hidden files), sorted by name; a pattern with *, ? or [ the files it
// matches, sorted by name. A pattern that matches nothing and a path that
// does not exist are errors (std::runtime_error naming them); so is a
// directory without files.
inline std::vector<std::string> expand_event_paths(const std::vector<std::string>& given) {
  std::vector<std::string> out;
  for (const std::string& p : given) {
    if (p == "-") {
      out.push_back(p);
      continue;
    }
    std::error_code ec;
    if (std::filesystem::is_directory(p, ec)) {
      std::vector<std::string> files;
      for (const auto& e : std::filesystem::directory_iterator(p, ec))
        if (e.is_regular_file(ec) && is_event_file_name(e.path()))
          files.push_back(e.path().string());
      if (ec) throw std::runtime_error(p + ": cannot list the directory (" + ec.message() + ")");
      if (files.empty()) throw std::runtime_error(p + ": the directory holds no event files");
      std::sort(files.begin(), files.end());
      out.insert(out.end(), files.begin(), files.end());
    } else if (p.find_first_of("*?[") != std::string::npos && !std::filesystem::exists(p, ec)) {
      glob_t g{};
      const int r = ::glob(p.c_str(), 0, nullptr, &g);
      std::vector<std::string> files;
      if (r == 0)
        for (std::size_t i = 0; i < g.gl_pathc; ++i)
          if (std::filesystem::is_regular_file(g.gl_pathv[i], ec))
            files.emplace_back(g.gl_pathv[i]);
      ::globfree(&g);
      if (r != 0 && r != GLOB_NOMATCH) throw std::runtime_error(p + ": cannot expand the pattern");
      if (files.empty()) throw std::runtime_error(p + ": no file matches the pattern");
      std::sort(files.begin(), files.end());
      out.insert(out.end(), files.begin(), files.end());
    } else {
      out.push_back(p);  // opening it says what is wrong with it
    }
  }
  return out;
}

// Runs work(i) for i in [0, n) on `jobs` threads and hands each result to
// consume(i, result) on the calling thread, in order of i: what one thread
// doing them in order would do, the work of later files going on while an
// earlier one is consumed. At most 2 * jobs results wait at once. An
// exception from work(i) is thrown here when i's turn comes (the earlier
// results consumed), as one thread would have thrown it; the threads still
// running finish their file and stop.
template <class Result, class Work, class Consume>
void map_in_order(std::size_t n, unsigned jobs, Work work, Consume consume) {
  if (jobs <= 1 || n <= 1) {
    for (std::size_t i = 0; i < n; ++i) consume(i, work(i));
    return;
  }
  struct Slot {
    std::optional<Result> result;
    std::exception_ptr error;
    bool done = false;
  };
  std::vector<Slot> slots(n);
  std::mutex m;
  std::condition_variable ready;  // a slot is done
  std::condition_variable room;   // the consumer moved on
  std::size_t next = 0;           // the next index to take
  std::size_t consumed = 0;       // results handed over so far
  bool stop = false;
  const std::size_t window = 2 * static_cast<std::size_t>(jobs);
  const auto worker = [&] {
    for (;;) {
      std::size_t i = 0;
      {
        std::unique_lock lock(m);
        room.wait(lock, [&] { return stop || next >= n || next < consumed + window; });
        if (stop || next >= n) return;
        i = next++;
      }
      Slot s;
      try {
        s.result.emplace(work(i));
      } catch (...) {
        s.error = std::current_exception();
      }
      {
        std::lock_guard lock(m);
        s.done = true;
        slots[i] = std::move(s);
      }
      ready.notify_all();
    }
  };
  std::vector<std::thread> threads;
  const unsigned count = static_cast<unsigned>(std::min<std::size_t>(jobs, n));
  for (unsigned t = 0; t < count; ++t) threads.emplace_back(worker);
  const auto finish = [&] {
    {
      std::lock_guard lock(m);
      stop = true;
    }
    room.notify_all();
    for (std::thread& t : threads) t.join();
  };
  try {
    for (std::size_t i = 0; i < n; ++i) {
      Slot s;
      {
        std::unique_lock lock(m);
        ready.wait(lock, [&] { return slots[i].done; });
        s = std::move(slots[i]);
        slots[i] = Slot{};
      }
      if (s.error) std::rethrow_exception(s.error);
      consume(i, std::move(*s.result));
      {
        std::lock_guard lock(m);
        consumed = i + 1;
      }
      room.notify_all();
    }
  } catch (...) {
    finish();
    throw;
  }
  finish();
}

}  // namespace hotline_cli
