// Compressed input, opt-in: gzip files (one or more members) and zip
// archives (each member in turn), told from their first bytes, decompressed
// as they are read, so that every hotline reader takes them as it takes a
// plain file. Needs zlib: link hotline::io_compressed (the core target
// hotline::hotline does not).
//
//   hotline::io::InputFile in("20240819130000.export.CSV.zip");  // or "-": stdin
//   hotline::io::EventReader reader(in.stream(), in.name());
//
// Why zlib: it is in every Debian system, it streams from any source, and
// it reads both formats' compressed data (deflate); the zip structure
// around it (APPNOTE 6.3: local headers, data descriptors, Zip64 sizes) is
// read here, so that an error names the member and what is wrong with it.
// A zip member is read from its local header, never from the central
// directory at the end, so that an archive streams from a pipe.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <istream>
#include <memory>
#include <streambuf>
#include <string>
#include <string_view>

#include <zlib.h>

#include <hotline/io/input.hpp>

namespace hotline::io {

// Decompresses the bytes of a stream (or passes them through when they are
// not compressed) as a std::streambuf. A corrupt or truncated input throws
// ReadError naming the file; an std::istream over this buffer must let it
// through (InputFile sets exceptions(badbit), which rethrows it from read(),
// get() and getline(); note that `out << in.rdbuf()` catches it and only
// sets failbit on `out`).
class DecompressingBuffer : public std::streambuf {
 public:
  DecompressingBuffer(std::istream& source, std::string file)
      : source_(source),
        file_(std::move(file)),
        in_(std::make_unique_for_overwrite<char[]>(buffer_size)),
        out_(std::make_unique_for_overwrite<char[]>(buffer_size)) {
    fill(4);
    compression_ = detect_compression({in_.get(), in_size_});
    if (compression_ == Compression::gzip) {
      start_inflate(15 + 16);
      state_ = State::gzip;
    }
    if (compression_ == Compression::zip) state_ = State::member_header;
    setg(out_.get(), out_.get(), out_.get());
  }
  ~DecompressingBuffer() override {
    if (inflating_) inflateEnd(&z_);
  }
  DecompressingBuffer(const DecompressingBuffer&) = delete;
  DecompressingBuffer& operator=(const DecompressingBuffer&) = delete;

  Compression compression() const noexcept { return compression_; }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    const std::size_t n = produce(out_.get(), buffer_size);
    setg(out_.get(), out_.get(), out_.get() + n);
    return n == 0 ? traits_type::eof() : traits_type::to_int_type(*gptr());
  }

  // Large reads (the readers' chunks) decompress straight into the caller's
  // memory.
  std::streamsize xsgetn(char* s, std::streamsize count) override {
    auto n = static_cast<std::size_t>(count);
    std::size_t done = 0;
    const auto buffered = static_cast<std::size_t>(egptr() - gptr());
    if (buffered > 0) {
      done = std::min(buffered, n);
      std::memcpy(s, gptr(), done);
      gbump(static_cast<int>(done));
    }
    while (done < n) {
      const std::size_t got = produce(s + done, n - done);
      if (got == 0) break;
      done += got;
    }
    return static_cast<std::streamsize>(done);
  }

 private:
  static constexpr std::size_t buffer_size = std::size_t{256} << 10;
  enum class State : std::uint8_t { plain, gzip, member_header, member_data, done };

  [[noreturn]] void fail(std::string what) const {
    throw ReadError(RowError{file_, 0, 0, {}, std::move(what)});
  }
  std::string member() const { return "member '" + name_ + "'"; }

  // Makes at least `n` unread input bytes available when the source has
  // them; false when it ends first.
  bool fill(std::size_t n) {
    if (in_size_ - in_pos_ >= n) return true;
    if (in_pos_ > 0) {
      std::memmove(in_.get(), in_.get() + in_pos_, in_size_ - in_pos_);
      in_size_ -= in_pos_;
      in_pos_ = 0;
    }
    while (in_size_ < n && !source_eof_) {
      source_.read(in_.get() + in_size_, static_cast<std::streamsize>(buffer_size - in_size_));
      const auto got = static_cast<std::size_t>(source_.gcount());
      in_size_ += got;
      if (source_.bad()) fail("cannot read the file (an input/output error)");
      if (got == 0 || source_.eof()) source_eof_ = true;
    }
    return in_size_ - in_pos_ >= n;
  }
  std::uint32_t u16(std::size_t at) const noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(in_.get() + in_pos_ + at);
    return static_cast<std::uint32_t>(p[0] | (p[1] << 8));
  }
  std::uint32_t u32(std::size_t at) const noexcept { return u16(at) | (u16(at + 2) << 16); }
  std::uint64_t u64(std::size_t at) const noexcept {
    return u32(at) | (static_cast<std::uint64_t>(u32(at + 4)) << 32);
  }

  void start_inflate(int window_bits) {
    if (!inflating_) {
      z_ = z_stream{};
      if (inflateInit2(&z_, window_bits) != Z_OK) fail("zlib cannot start decompressing");
      inflating_ = true;
    } else if (inflateReset2(&z_, window_bits) != Z_OK) {
      fail("zlib cannot start decompressing");
    }
  }

  // Up to `n` decompressed bytes into `out`; 0 at the end of the data.
  std::size_t produce(char* out, std::size_t n) {
    for (;;) {
      switch (state_) {
        case State::plain: {
          if (in_pos_ < in_size_) {
            const std::size_t k = std::min(n, in_size_ - in_pos_);
            std::memcpy(out, in_.get() + in_pos_, k);
            in_pos_ += k;
            return k;
          }
          if (source_eof_) return 0;
          source_.read(out, static_cast<std::streamsize>(n));
          const auto got = static_cast<std::size_t>(source_.gcount());
          if (source_.bad()) fail("cannot read the file (an input/output error)");
          if (got == 0 || source_.eof()) source_eof_ = true;
          if (got > 0) return got;
          break;
        }
        case State::gzip:
        case State::member_data:
          // A member that holds no data is decompressed (and checked) into
          // `out` as scratch, and not given.
          if (const std::size_t k = inflate_some(out, n); k > 0 && !skipping_) return k;
          break;
        case State::member_header:
          read_member_header();
          if (separator_) {  // between two members, the first not ending its last line
            separator_ = false;
            *out = '\n';
            return 1;
          }
          break;
        case State::done:
          return 0;
      }
    }
  }

  // Decompresses into `out`; returns 0 when a state change is all it did.
  std::size_t inflate_some(char* out, std::size_t n) {
    const bool zip = compression_ == Compression::zip;
    if (zip && stored_) return copy_stored(out, n);
    if (in_pos_ == in_size_ && !fill(1)) {
      if (zip) fail("truncated archive: it ends inside the compressed data of " + member());
      fail("truncated gzip file: it ends inside the compressed data");
    }
    z_.next_in = reinterpret_cast<Bytef*>(in_.get() + in_pos_);
    z_.avail_in = static_cast<uInt>(in_size_ - in_pos_);
    z_.next_out = reinterpret_cast<Bytef*>(out);
    z_.avail_out = static_cast<uInt>(std::min<std::size_t>(n, 1u << 30));
    const int rc = inflate(&z_, Z_NO_FLUSH);
    in_pos_ = static_cast<std::size_t>(reinterpret_cast<char*>(z_.next_in) - in_.get());
    const auto k = static_cast<std::size_t>(reinterpret_cast<char*>(z_.next_out) - out);
    if (rc == Z_DATA_ERROR || rc == Z_NEED_DICT) {
      const std::string why = z_.msg != nullptr ? z_.msg : "invalid data";
      if (zip) fail("corrupt archive: " + member() + ": " + why);
      fail("corrupt gzip data: " + why);
    }
    if (rc == Z_MEM_ERROR) fail("out of memory while decompressing");
    if (zip && k > 0) {
      crc_ = crc32(crc_, reinterpret_cast<const Bytef*>(out), static_cast<uInt>(k));
      size_ += k;
      if (!skipping_) last_ = out[k - 1];
    }
    if (rc == Z_STREAM_END) {
      if (zip) {
        end_member();
      } else if (!next_gzip_member()) {
        state_ = State::done;
      }
    }
    return k;
  }

  // After a gzip member: another one, or the end of the file (zero bytes
  // after the last member are padding, as gzip takes them).
  bool next_gzip_member() {
    if (!fill(1)) return false;
    if (in_.get()[in_pos_] == '\0') {
      for (;;) {
        while (in_pos_ < in_size_)
          if (in_.get()[in_pos_++] != '\0')
            fail("bytes after the gzip data that are not another gzip member");
        if (!fill(1)) return false;
      }
    }
    if (!fill(2) || static_cast<unsigned char>(in_.get()[in_pos_]) != 0x1f ||
        static_cast<unsigned char>(in_.get()[in_pos_ + 1]) != 0x8b)
      fail("bytes after the gzip data that are not another gzip member");
    start_inflate(15 + 16);
    return true;
  }

  std::size_t copy_stored(char* out, std::size_t n) {
    if (remaining_ == 0) {
      end_member();
      return 0;
    }
    if (in_pos_ == in_size_ && !fill(1))
      fail("truncated archive: it ends inside the data of " + member());
    const std::size_t k =
        static_cast<std::size_t>(std::min<std::uint64_t>({n, remaining_, in_size_ - in_pos_}));
    std::memcpy(out, in_.get() + in_pos_, k);
    in_pos_ += k;
    remaining_ -= k;
    crc_ = crc32(crc_, reinterpret_cast<const Bytef*>(out), static_cast<uInt>(k));
    size_ += k;
    if (k > 0 && !skipping_) last_ = out[k - 1];
    return k;
  }

  // A zip local file header (APPNOTE 4.3.7), or the central directory that
  // follows the last member.
  void read_member_header() {
    if (!fill(4)) {
      if (members_ == 0) fail("truncated archive: no member and no central directory");
      fail("truncated archive: it ends after " + member() +
           " without the central directory that closes a zip file");
    }
    const std::uint32_t signature = u32(0);
    if (signature == 0x02014b50 || signature == 0x06054b50 || signature == 0x06064b50) {
      if (members_ == 0) fail("a zip archive with no member");
      if (given_ == 0) fail("a zip archive with no member but folders and __MACOSX files");
      state_ = State::done;
      return;
    }
    if (signature != 0x04034b50)
      fail(members_ == 0 ? "not a zip archive"
                         : "corrupt archive: no member header after " + member());
    if (!fill(30)) fail("truncated archive: it ends inside a member's header");
    const std::uint32_t flags = u16(6);
    const std::uint32_t method = u16(8);
    expected_crc_ = u32(14);
    std::uint64_t compressed = u32(18);
    std::uint64_t size = u32(22);
    const std::size_t name_length = u16(26);
    const std::size_t extra_length = u16(28);
    if (!fill(30 + name_length + extra_length))
      fail("truncated archive: it ends inside a member's header");
    name_.assign(in_.get() + in_pos_ + 30, name_length);
    zip64_ = false;
    for (std::size_t at = 30 + name_length; at + 4 <= 30 + name_length + extra_length;) {
      const std::uint32_t id = u16(at);
      const std::size_t length = u16(at + 2);
      if (id == 0x0001 && length >= 16) {
        zip64_ = true;
        if (size == 0xFFFFFFFF) size = u64(at + 4);
        if (compressed == 0xFFFFFFFF) compressed = u64(at + 12);
      }
      at += 4 + length;
    }
    in_pos_ += 30 + name_length + extra_length;
    ++members_;
    if (flags & 1) fail(member() + " is encrypted");
    descriptor_ = (flags & 8) != 0;
    expected_size_ = size;
    if (method == 0) {
      if (descriptor_)
        fail(member() +
             " is stored with its size after the data, which cannot be read as a stream");
      stored_ = true;
      remaining_ = compressed;
    } else if (method == 8) {
      stored_ = false;
      start_inflate(-15);
    } else {
      fail(member() + " uses compression method " + std::to_string(method) + method_name(method) +
           ": hotline reads stored and deflated members");
    }
    // Folders, and the resource forks macOS adds (__MACOSX/._name), are no
    // data: read, checked, not given.
    skipping_ = name_.ends_with('/') || name_.starts_with("__MACOSX/");
    // Members follow each other as lines of one file.
    separator_ = !skipping_ && given_ > 0 && last_ != '\n';
    if (!skipping_) ++given_;
    crc_ = crc32(0, nullptr, 0);
    size_ = 0;
    state_ = State::member_data;
  }

  static std::string method_name(std::uint32_t method) {
    switch (method) {
      case 9:
        return " (Deflate64)";
      case 12:
        return " (bzip2)";
      case 14:
        return " (LZMA)";
      case 93:
        return " (Zstandard)";
      case 95:
        return " (XZ)";
      default:
        return "";
    }
  }

  // After a member's data: its data descriptor, and its checks.
  void end_member() {
    if (descriptor_) {
      const std::size_t sizes = zip64_ ? 16 : 8;
      if (!fill(4 + sizes))
        fail("truncated archive: it ends inside the data descriptor of " + member());
      if (u32(0) == 0x08074b50) in_pos_ += 4;
      if (!fill(4 + sizes))
        fail("truncated archive: it ends inside the data descriptor of " + member());
      expected_crc_ = u32(0);
      expected_size_ = zip64_ ? u64(12) : u32(8);
      in_pos_ += 4 + sizes;
    }
    if (crc_ != expected_crc_) fail("corrupt archive: " + member() + " fails its CRC-32 check");
    if (size_ != expected_size_)
      fail("corrupt archive: " + member() + " has " + std::to_string(size_) +
           " bytes, its header says " + std::to_string(expected_size_));
    state_ = State::member_header;
  }

 private:
  std::istream& source_;
  std::string file_;
  std::unique_ptr<char[]> in_;
  std::unique_ptr<char[]> out_;
  std::size_t in_pos_ = 0;
  std::size_t in_size_ = 0;
  bool source_eof_ = false;
  Compression compression_ = Compression::none;
  State state_ = State::plain;
  z_stream z_{};
  bool inflating_ = false;
  // The zip member being read.
  std::string name_;
  std::size_t members_ = 0;
  bool stored_ = false;
  bool descriptor_ = false;
  bool zip64_ = false;
  std::uint64_t remaining_ = 0;
  uLong crc_ = 0;  // zlib's type for a CRC-32
  uLong expected_crc_ = 0;
  std::uint64_t size_ = 0;
  std::uint64_t expected_size_ = 0;
  char last_ = '\n';       // the last byte given
  std::size_t given_ = 0;  // members given (not skipped)
  bool skipping_ = false;  // the member is a folder or a macOS resource fork
  bool separator_ = false;
};

// A file to read, or standard input for "-", decompressed when its first
// bytes say it is gzip or zip. Opening throws ReadError naming the file
// and saying why (no such file, a directory, no permission).
class InputFile {
 public:
  explicit InputFile(const std::string& path)
      : name_(path == "-" ? "<stdin>" : path),
        file_(path == "-" ? std::ifstream{} : detail::open_for_reading(path)),
        buffer_(path == "-" ? static_cast<std::istream&>(std::cin) : file_, name_),
        stream_(&buffer_) {
    // A ReadError thrown while decompressing comes through the stream.
    stream_.exceptions(std::ios::badbit);
  }
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  std::istream& stream() noexcept { return stream_; }
  // The file's name as errors give it: the path, or "<stdin>".
  const std::string& name() const noexcept { return name_; }
  Compression compression() const noexcept { return buffer_.compression(); }

 private:
  std::string name_;
  std::ifstream file_;
  DecompressingBuffer buffer_;
  std::istream stream_;
};

}  // namespace hotline::io
