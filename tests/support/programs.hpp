// Running the example programs as a person does: by path, with arguments,
// reading what they print on standard output and standard error and the
// exit status they end with. The programs' paths come from CMake
// (HOTLINE_EXAMPLES_DIR); tests never include the programs' sources.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

#include "svg_tools.hpp"

namespace hotline::test {

struct Ran {
  int status = 0;
  std::string out;
  std::string err;
};

// Runs examples/<program> with `args`; `input`, when not empty, is its
// standard input (a file's path).
inline Ran run_program(std::string_view program, const std::vector<std::string_view>& args,
                       const std::filesystem::path& input = {}) {
  // Files of this run's own: CTest runs tests in parallel, in one directory.
  static int runs = 0;
  const std::string name =
      std::string(program) + "." + std::to_string(::getpid()) + "." + std::to_string(++runs);
  const auto dir = temp_dir();
  const auto out = dir / (name + ".out");
  const auto err = dir / (name + ".err");
  std::string command = shell_quoted(std::filesystem::path(HOTLINE_EXAMPLES_DIR) / program);
  for (std::string_view a : args) {
    command += ' ';  // (not " " + ...: GCC 12 at -O3 warns, wrongly, for "literal" + string)
    command += shell_quoted(std::filesystem::path(a));
  }
  if (!input.empty()) command += " < " + shell_quoted(input);
  command += " > " + shell_quoted(out) + " 2> " + shell_quoted(err);
  const int raw = std::system(command.c_str());
  Ran r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = read_file(out);
  r.err = read_file(err);
  std::filesystem::remove(out);
  std::filesystem::remove(err);
  return r;
}

}  // namespace hotline::test
