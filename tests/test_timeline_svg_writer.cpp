// The SVG writer of <hotline/io/svg.hpp>: every text escaped, numbers as
// SVG takes them, elements closed in order, and documents that xmllint
// accepts as well-formed XML.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <stdexcept>
#include <string>

#include <doctest/doctest.h>

#include <hotline/io/svg.hpp>

#include "support/svg_tools.hpp"

using hotline::io::svg_number;
using hotline::io::SvgWriter;
using hotline::io::xml_escaped;

TEST_CASE("the five XML special characters are escaped") {
  CHECK(xml_escaped("AT&T") == "AT&amp;T");
  CHECK(xml_escaped("<b>") == "&lt;b&gt;");
  CHECK(xml_escaped("say \"hi\"") == "say &quot;hi&quot;");
  CHECK(xml_escaped("O'Brien") == "O&apos;Brien");
  CHECK(xml_escaped("&amp;") == "&amp;amp;");  // text, not markup: escaped again
}

TEST_CASE("UTF-8 text passes through unchanged") {
  CHECK(xml_escaped("Åland – Sergey Lavrov, Сергей Лавров 🙂") ==
        "Åland – Sergey Lavrov, Сергей Лавров 🙂");
}

TEST_CASE("characters XML does not allow become the replacement character") {
  CHECK(xml_escaped(std::string("a\0b", 3)) ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(xml_escaped("bell\a") == "bell\xEF\xBF\xBD");
  CHECK(xml_escaped("\x7F") == "\xEF\xBF\xBD");
  CHECK(xml_escaped("\xEF\xBF\xBE") == "\xEF\xBF\xBD");  // U+FFFE
}

TEST_CASE("bytes that are not UTF-8 become the replacement character") {
  CHECK(xml_escaped("caf\xE9") == "caf\xEF\xBF\xBD");                            // Latin-1 é
  CHECK(xml_escaped("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");                  // overlong '/'
  CHECK(xml_escaped("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  CHECK(xml_escaped("\xE2\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD");                  // cut short
}

TEST_CASE("tab, line feed and carriage return are kept as character references") {
  CHECK(xml_escaped("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d");
}

TEST_CASE("numbers have at most two decimals and never read -0") {
  CHECK(svg_number(12) == "12");
  CHECK(svg_number(12.5) == "12.5");
  CHECK(svg_number(1.0 / 3.0) == "0.33");
  CHECK(svg_number(-0.001) == "0");
  CHECK(svg_number(-2.25) == "-2.25");
  CHECK(svg_number(123456789.0) == "123456789");
  CHECK_THROWS_AS(svg_number(std::numeric_limits<double>::quiet_NaN()), std::invalid_argument);
  CHECK_THROWS_AS(svg_number(std::numeric_limits<double>::infinity()), std::invalid_argument);
}

TEST_CASE("a document has the SVG namespace, its size and its title") {
  SvgWriter svg(640, 120.5, "Calls & meetings");
  const std::string doc = std::move(svg).finish();
  CHECK(doc.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg "));
  CHECK(doc.find("xmlns=\"http://www.w3.org/2000/svg\"") != std::string::npos);
  CHECK(doc.find("width=\"640\" height=\"120.5\" viewBox=\"0 0 640 120.5\"") != std::string::npos);
  CHECK(doc.find("<title>Calls &amp; meetings</title>") != std::string::npos);
  CHECK(doc.ends_with("</svg>\n"));
}

TEST_CASE("attribute values and texts are escaped") {
  SvgWriter svg(100, 100, "t");
  svg.text("text", {{"data-name", "Tom \"T\" <Jr> & Co"}, {"x", 1.5}}, "Tom \"T\" <Jr> & Co");
  const std::string doc = std::move(svg).finish();
  CHECK(doc.find("data-name=\"Tom &quot;T&quot; &lt;Jr&gt; &amp; Co\" x=\"1.5\"") !=
        std::string::npos);
  CHECK(doc.find(">Tom &quot;T&quot; &lt;Jr&gt; &amp; Co</text>") != std::string::npos);
  CHECK(doc.find("<Jr>") == std::string::npos);
}

TEST_CASE("elements close in the order they were opened, and finish closes the rest") {
  SvgWriter svg(10, 10, "t");
  svg.open("g", {{"id", "outer"}});
  svg.open("g", {{"id", "inner"}});
  svg.element("rect", {{"width", 1}, {"height", 1}});
  CHECK(svg.depth() == 3);
  svg.close();
  CHECK(svg.depth() == 2);
  const std::string doc = std::move(svg).finish();
  const auto inner_end = doc.find("</g>");
  const auto outer_end = doc.find("</g>", inner_end + 1);
  CHECK(doc.find("<rect width=\"1\" height=\"1\"/>") < inner_end);
  CHECK(outer_end != std::string::npos);
  CHECK(outer_end < doc.find("</svg>"));
}

TEST_CASE("closing more elements than were opened is an error") {
  SvgWriter svg(10, 10, "t");
  svg.open("g");
  svg.close();
  CHECK_THROWS_AS(svg.close(), std::logic_error);
}

TEST_CASE("xmllint accepts a document whose texts hold every special character") {
  SvgWriter svg(200, 50, "<script>alert(\"&\")</script>");
  svg.open("g", {{"class", "a'b\"c<d>e&f"}});
  svg.text("text", {{"x", 1}, {"y", 20}}, std::string("]]> <!-- & \"' \x01 \xFF end", 22));
  svg.text("text", {{"x", 1}, {"y", 40}}, "</svg><svg>");
  const std::string doc = std::move(svg).finish();
  const auto file = hotline::test::write_temp("svg_writer_escaping.svg", doc);
  CHECK(hotline::test::xml_well_formed(file));
}

TEST_CASE("xmllint rejects text written without escaping, so the check above can fail") {
  const auto file = hotline::test::write_temp(
      "svg_writer_unescaped.svg",
      "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>AT&T "
      "<b</text></svg>\n");
  CHECK_FALSE(hotline::test::xml_well_formed(file));
}
