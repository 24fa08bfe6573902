// Storage for the text that entries read at run time point to. Entries hold
// std::string_view (so they stay trivially copyable); a TextStore keeps the
// characters alive, at stable addresses, for as long as it lives.
#pragma once

#include <deque>
#include <string>
#include <string_view>

namespace hotline {

class TextStore {
 public:
  // A copy of `text` that lives as long as this store (or the store it is
  // moved into). Empty text needs no storage.
  std::string_view keep(std::string_view text) {
    if (text.empty()) return {};
    return texts_.emplace_back(text);
  }
  std::size_t size() const noexcept { return texts_.size(); }

 private:
  // A deque never moves its elements when it grows, nor when it is moved.
  std::deque<std::string> texts_;
};

}  // namespace hotline
