// The timeline as a library: a picture of a selection (picture_of) and its
// layout (layout), read as numbers, without drawing; and the drawing of a
// layout (render_svg) that a C++ program can call.
#include <hotline/documented.hpp>
#include <hotline/timeline.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

namespace {

using namespace hotline;
using namespace hotline::literals;
using namespace std::chrono_literals;
namespace tl = hotline::timeline;

tl::Picture picture_2022() {
  return tl::picture_of(documented.contacts, documented.agreements, documented.actors,
                        {.between = StatePair{countries::USA, countries::RUS}},
                        "the built-in registry", "the built-in registry",
                        {.from = 2022y / 1, .to = 2022y / 12});
}

}  // namespace

TEST_CASE("the picture of a selection holds its contacts, its horizon and its title") {
  const tl::Picture p = picture_2022();
  CHECK(p.contacts.size() == 7);
  CHECK(p.title == "Contacts between the United States and Russia, 2022");
  CHECK(p.subtitle == "7 contacts from the built-in registry.");
  REQUIRE(p.horizon.has_value());
  CHECK(*p.horizon == std::chrono::sys_days{2022y / 10 / 24});
  // The lanes with contacts: none of 2022 is at another level.
  CHECK(p.lanes == std::vector<tl::Lane>{tl::Lane::leaders, tl::Lane::foreign_ministers,
                                         tl::Lane::defence_ministers, tl::Lane::military_chiefs});
  CHECK(tl::layout(p).flags.empty());  // no agreement in 2022 is on the axis
}

TEST_CASE("the layout of 2022 puts each contact in its lane and shades the long silences") {
  const tl::Picture p = picture_2022();
  const tl::Layout l = tl::layout(p);
  REQUIRE(l.lanes.size() == 4);
  const auto lane = [&](tl::Lane which) {
    return *std::ranges::find(l.lanes, which, &tl::LaneLayout::lane);
  };
  CHECK(lane(tl::Lane::leaders).marks.size() == 1);
  CHECK(lane(tl::Lane::foreign_ministers).marks.size() == 2);
  CHECK(lane(tl::Lane::defence_ministers).marks.size() == 2);
  CHECK(lane(tl::Lane::military_chiefs).marks.size() == 2);
  const auto& fm = lane(tl::Lane::foreign_ministers).shadings;
  REQUIRE(fm.size() == 1);
  CHECK(fm[0].first == std::chrono::sys_days{2022y / 2 / 16});
  CHECK(fm[0].last == std::chrono::sys_days{2022y / 7 / 28});
  CHECK(fm[0].label == "5 months");
  const auto& leaders = lane(tl::Lane::leaders).shadings;
  REQUIRE(leaders.size() == 1);
  CHECK(leaders[0].open);
  CHECK(leaders[0].label == "8+ months");
  // Lanes stack down the page, each below the one before.
  for (std::size_t i = 1; i < l.lanes.size(); ++i)
    CHECK(l.lanes[i].top == doctest::Approx(l.lanes[i - 1].top + l.lanes[i - 1].height));
  CHECK(l.month_ticks);
  CHECK(l.scale.segments.size() == 1);  // one year: nothing cut out
  // A mark lies within the axis.
  for (const tl::LaneLayout& ln : l.lanes)
    for (const tl::Mark& m : ln.marks) {
      CHECK(m.x >= l.x0);
      CHECK(m.x + m.w <= l.x1 + 0.01);
    }
}

TEST_CASE("a layout drawn is an SVG document with a mark for each contact") {
  const tl::Picture p = picture_2022();
  const std::string svg = tl::render_svg(p, tl::layout(p));
  CHECK(svg.starts_with("<?xml"));
  std::size_t marks = 0;
  for (auto at = svg.find("data-contact="); at != std::string::npos;
       at = svg.find("data-contact=", at + 1))
    ++marks;
  CHECK(marks == 7);
  CHECK(svg == tl::render_svg(p));
}
