// What the fuzz targets share: a stream over the fuzzer's bytes, and a check
// that stops the run (a crash libFuzzer reports) when a property fails.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <istream>
#include <streambuf>

namespace hotline_fuzz {

// An istream over bytes it does not own or copy.
class MemoryBuffer : public std::streambuf {
 public:
  MemoryBuffer(const std::uint8_t* data, std::size_t size) {
    char* p = reinterpret_cast<char*>(const_cast<std::uint8_t*>(data));
    setg(p, p, p + size);
  }
};

class MemoryStream : public std::istream {
 public:
  MemoryStream(const std::uint8_t* data, std::size_t size)
      : std::istream(nullptr), buffer_(data, size) {
    rdbuf(&buffer_);
  }

 private:
  MemoryBuffer buffer_;
};

inline void require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "property failed: %s\n", what);
    std::abort();
  }
}

}  // namespace hotline_fuzz
