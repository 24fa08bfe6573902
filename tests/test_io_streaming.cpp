// Streaming: the readers go through inputs of any size in memory that does
// not grow with the input. Each test reads tens of MiB generated on the fly
// (never held in memory) and checks the peak resident memory.
#include <hotline/io/csv.hpp>
#include <hotline/io/events.hpp>

#include <sys/resource.h>

#include <cstdint>
#include <istream>
#include <streambuf>
#include <string>

#include <doctest/doctest.h>

using namespace hotline;

namespace {

// An input of `total` bytes: a header once, then `row` over and over.
class RepeatedRows : public std::streambuf {
 public:
  RepeatedRows(std::string header, std::string row, std::uint64_t total)
      : header_(std::move(header)), row_(std::move(row)), left_(total) {}

 private:
  int_type underflow() override {
    if (left_ == 0) return traits_type::eof();
    chunk_.clear();
    if (!header_done_) {
      chunk_ = header_;
      header_done_ = true;
    }
    while (chunk_.size() < 8192) chunk_ += row_;
    if (chunk_.size() > left_) chunk_.resize(static_cast<std::size_t>(left_));
    left_ -= chunk_.size();
    setg(chunk_.data(), chunk_.data(), chunk_.data() + chunk_.size());
    return traits_type::to_int_type(chunk_[0]);
  }

  std::string header_;
  std::string row_;
  std::uint64_t left_;
  bool header_done_ = false;
  std::string chunk_;
};

long peak_rss_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// 32 MiB (16 under AddressSanitizer, which is slow), through a 64 KiB buffer:
// keeping even an eighth of each row would grow memory past the limit.
#if defined(__SANITIZE_ADDRESS__)
#define HOTLINE_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HOTLINE_TEST_ASAN 1
#endif
#endif
#ifdef HOTLINE_TEST_ASAN
constexpr std::uint64_t input_bytes = std::uint64_t{16} << 20;
#else
constexpr std::uint64_t input_bytes = std::uint64_t{32} << 20;
#endif
constexpr long allowed_growth_kib = 4 << 10;

}  // namespace

TEST_CASE("streaming a large contacts CSV keeps memory flat") {
  const std::string header =
      "id,date,participants,countries,level,channel,medium,initiator,location,duration_min,"
      "topics,source,quote,refined_date,refined_note,reports,participant_ids,initiator_id\n";
  const std::string row =
      "17,2022-02-11/2022-02-20,,USA;RUS,leader,,telephone,,\"Geneva, Switzerland\",62,"
      "ukraine;arms_control,3,\"They spoke, \"\"briefly\"\".\",2022-02-12,readout,1,1;2,1\n";
  RepeatedRows source(header, row, input_bytes - input_bytes % row.size() + header.size());
  std::istream in(&source);
  const long before = peak_rss_kib();
  io::TableReader<Contact> reader(in, "generated.csv");
  std::uint64_t rows = 0;
  std::uint64_t minutes = 0;
  for (const Contact& c : reader) {
    ++rows;
    minutes += static_cast<std::uint64_t>(c.duration->minutes().count());
  }
  CHECK(rows == input_bytes / row.size());
  CHECK(minutes == rows * 62);
  CHECK(peak_rss_kib() - before < allowed_growth_kib);
}

TEST_CASE("streaming a large GDELT 2.0 file keeps memory flat") {
  std::string row;
  for (int i = 0; i < 61; ++i) {
    const char* f = "";
    switch (i) {
      case 0:
        f = "1193447411";
        break;
      case 1:
        f = "20240812";
        break;
      case 7:
        f = "USA";
        break;
      case 12:
        f = "GOV";
        break;
      case 17:
        f = "RUS";
        break;
      case 26:
        f = "042";
        break;
      case 52:
        f = "Moscow, Moskva, Russia";
        break;
      case 59:
        f = "20240819130000";
        break;
      case 60:
        f = "https://example.org/a/rather/long/address/of/an/article.html";
        break;
    }
    row += f;
    row += i == 60 ? '\n' : '\t';
  }
  RepeatedRows source("", row, input_bytes - input_bytes % row.size());
  std::istream in(&source);
  const long before = peak_rss_kib();
  io::EventReader reader(in, "generated.tsv");
  std::uint64_t rows = 0;
  std::uint64_t meetings = 0;
  for (const io::EventRow& r : reader) {
    ++rows;
    meetings += r.contact.medium == Medium::in_person ? 1 : 0;
  }
  CHECK(rows == input_bytes / row.size());
  CHECK(meetings == rows);
  CHECK(reader.summary().read.records == rows);
  CHECK(peak_rss_kib() - before < allowed_growth_kib);
}
