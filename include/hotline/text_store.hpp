// Storage for the text that entries read at run time point to. Entries hold
// std::string_view (so they stay trivially copyable); a TextStore keeps the
// characters alive, at stable addresses, for as long as it lives.
#pragma once

#include <cstddef>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>

namespace hotline {

// Copies of a store share its texts (kept text never changes), so views from
// one stay valid as long as any copy lives; moving a store never throws, so
// containers of stores move them rather than copy them.
class TextStore {
 public:
  // A copy of `text` that lives as long as this store, a store it is moved
  // into, or a copy of it. Empty text needs no storage.
  std::string_view keep(std::string_view text) {
    if (text.empty()) return {};
    if (!texts_) texts_ = std::make_shared<std::deque<std::string>>();
    return texts_->emplace_back(text);
  }
  // Number of texts kept, by this store and the copies that share its texts.
  std::size_t size() const noexcept { return texts_ ? texts_->size() : 0; }

 private:
  // A deque never moves its elements when it grows. Shared, not owned
  // alone: a copied store (a copied OwnedRegistry) must not leave the views
  // of its entries pointing into texts freed with the original.
  std::shared_ptr<std::deque<std::string>> texts_;
};

namespace detail {

// Keeps text in a TextStore once: equal texts share one copy.
class Interner {
 public:
  explicit Interner(TextStore& store) : store_(store) {}
  std::string_view keep(std::string_view text) {
    if (text.empty()) return {};
    const auto found = seen_.find(text);
    if (found != seen_.end()) return *found;
    const std::string_view kept = store_.keep(text);
    seen_.insert(kept);
    return kept;
  }

 private:
  TextStore& store_;
  std::unordered_set<std::string_view> seen_;
};

}  // namespace detail

}  // namespace hotline
