// What the timeline tests share: writing a document to a file of its own, and
// asking the tools a user has (xmllint, rsvg-convert) what they make of it.
// A missing tool fails the test that needs it (std::system gives 127); the
// project's `./run test` installs libxml2-utils and librsvg2-bin.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

#include <sys/wait.h>

namespace hotline::test {

// A directory of this test run's own, in the working directory (the build's
// tests directory under CTest).
inline std::filesystem::path temp_dir() {
  const auto dir = std::filesystem::current_path() / "timeline_test_files";
  std::filesystem::create_directories(dir);
  return dir;
}

// Writes `text` to temp_dir()/name and gives the path.
inline std::filesystem::path write_temp(std::string_view name, std::string_view text) {
  const auto path = temp_dir() / name;
  std::ofstream out(path, std::ios::binary);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  return path;
}

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

inline std::string shell_quoted(const std::filesystem::path& p) {
  std::string s = "'";
  for (char c : p.string()) s += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return s + "'";
}

// The exit status of a shell command (127: command not found).
inline int status_of(const std::string& command) {
  const int raw = std::system(command.c_str());
  if (raw == -1) return -1;
  return WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
}

// True when xmllint finds the file well-formed XML. Its complaints go to
// <file>.xmllint for whoever looks into a failure.
inline bool xml_well_formed(const std::filesystem::path& file) {
  return status_of("xmllint --noout " + shell_quoted(file) + " 2> " +
                   shell_quoted(file.string() + ".xmllint")) == 0;
}

// Renders an SVG file to PNG with rsvg-convert; true when it succeeded.
inline bool render_png(const std::filesystem::path& svg, const std::filesystem::path& png) {
  return status_of("rsvg-convert --format=png --output=" + shell_quoted(png) + " " +
                   shell_quoted(svg) + " 2> " + shell_quoted(png.string() + ".rsvg")) == 0;
}

}  // namespace hotline::test
