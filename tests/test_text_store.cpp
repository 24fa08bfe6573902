// TextStore: keeps the text that run-time entries point to alive.
#include <hotline/text_store.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <doctest/doctest.h>

using hotline::TextStore;

namespace {

// Texts of every length from 0 to 99, so that both short strings (held
// inside std::string) and long ones (on the heap) are kept.
std::string text_number(int i) {
  return std::to_string(i) + std::string(static_cast<std::size_t>(i % 100), 'x');
}

}  // namespace

static_assert(std::is_nothrow_move_constructible_v<TextStore>);
static_assert(std::is_nothrow_move_assignable_v<TextStore>);
static_assert(std::is_copy_constructible_v<TextStore>);

TEST_CASE("keep gives a view of an equal copy, not of the original") {
  TextStore store;
  std::string original = "Sergey Lavrov";
  const std::string_view kept = store.keep(original);
  CHECK(kept == "Sergey Lavrov");
  CHECK(kept.data() != original.data());
  original.assign(original.size(), '?');
  CHECK(kept == "Sergey Lavrov");
  CHECK(store.size() == 1);
}

TEST_CASE("keeping empty text stores nothing") {
  TextStore store;
  const std::string_view kept = store.keep("");
  CHECK(kept.empty());
  CHECK(store.size() == 0);
}

TEST_CASE("views stay valid after many more texts are kept") {
  TextStore store;
  std::vector<std::string_view> views;
  for (int i = 0; i < 20000; ++i) views.push_back(store.keep(text_number(i)));
  CHECK(store.size() == 20000);
  int wrong = 0;
  for (int i = 0; i < 20000; ++i)
    if (views[static_cast<std::size_t>(i)] != text_number(i)) ++wrong;
  CHECK(wrong == 0);
}

TEST_CASE("views stay valid after the store is moved") {
  TextStore store;
  std::vector<std::string_view> views;
  for (int i = 0; i < 1000; ++i) views.push_back(store.keep(text_number(i)));
  TextStore moved = std::move(store);
  CHECK(moved.size() == 1000);
  TextStore assigned;
  assigned.keep("to be replaced");
  assigned = std::move(moved);
  for (int i = 1000; i < 3000; ++i) views.push_back(assigned.keep(text_number(i)));
  int wrong = 0;
  for (int i = 0; i < 3000; ++i)
    if (views[static_cast<std::size_t>(i)] != text_number(i)) ++wrong;
  CHECK(wrong == 0);
  CHECK(assigned.size() == 3000);
}

TEST_CASE("views stay valid after the store is moved into a container that grows") {
  std::vector<TextStore> stores;
  std::vector<std::string_view> views;
  for (int i = 0; i < 100; ++i) {
    TextStore s;
    views.push_back(s.keep(text_number(i)));
    stores.push_back(std::move(s));  // the vector reallocates and moves its stores
  }
  int wrong = 0;
  for (int i = 0; i < 100; ++i)
    if (views[static_cast<std::size_t>(i)] != text_number(i)) ++wrong;
  CHECK(wrong == 0);
}

TEST_CASE("views stay valid in a copy of the store after the original is gone") {
  std::vector<std::string_view> views;
  std::optional<TextStore> original{std::in_place};
  for (int i = 0; i < 1000; ++i) views.push_back(original->keep(text_number(i)));
  const TextStore copy = *original;
  original.reset();
  CHECK(copy.size() == 1000);
  int wrong = 0;
  for (int i = 0; i < 1000; ++i)
    if (views[static_cast<std::size_t>(i)] != text_number(i)) ++wrong;
  CHECK(wrong == 0);
}

TEST_CASE("a copy of a store shares the texts it keeps") {
  TextStore a;
  a.keep("Hamburg");
  TextStore b = a;
  const std::string_view kept = b.keep("Geneva");
  CHECK(a.size() == 2);
  CHECK(b.size() == 2);
  a = TextStore{};
  CHECK(a.size() == 0);
  CHECK(kept == "Geneva");
}
