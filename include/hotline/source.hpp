// Where a fact comes from: the article (or record) that documents it.
#pragma once

#include <compare>
#include <string_view>

#include <hotline/date.hpp>
#include <hotline/id.hpp>

namespace hotline {

// A document that registry entries cite. `published` keeps the precision
// that can be established (from the text itself when the article carries no
// date); `note` says how it was established.
struct Source {
  SourceId id{};
  std::string_view publication{};  // "Al Jazeera"
  std::string_view title{};        // "Moscow and Washington are not that far apart on Syria"
  std::string_view author{};       // empty when not known
  Date published{};
  std::string_view locator{};  // where to find it: a file name or address
  std::string_view note{};

  friend constexpr bool operator==(const Source&, const Source&) = default;
  friend constexpr auto operator<=>(const Source&, const Source&) = default;
};

// A more exact date than the source gives, from well-established public
// record, kept beside the documented date and never in its place.
struct Refinement {
  Date date{};
  std::string_view note{};  // where the exact date comes from

  friend constexpr bool operator==(const Refinement&, const Refinement&) = default;
  friend constexpr auto operator<=>(const Refinement&, const Refinement&) = default;
};

}  // namespace hotline
