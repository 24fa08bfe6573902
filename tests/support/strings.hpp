// How doctest prints hotline's values when a check fails: dates in ISO 8601,
// parse errors with their offset and reason.
#pragma once

#include <string>

#include <doctest/doctest.h>
#include <hotline/date.hpp>
#include <hotline/result.hpp>

namespace doctest {

template <>
struct StringMaker<hotline::Date> {
  static String convert(hotline::Date d) {
    const auto text = to_iso(d).view();
    return String(text.data(), static_cast<String::size_type>(text.size()));
  }
};

template <>
struct StringMaker<hotline::ParseError> {
  static String convert(const hotline::ParseError& e) {
    const std::string text =
        "{offset " + std::to_string(e.offset) + ", " + std::string(e.what) + "}";
    return String(text.c_str());
  }
};

template <>
struct StringMaker<hotline::DayRange> {
  static String convert(const hotline::DayRange& r) {
    const std::string text =
        std::to_string(r.min.count()) + ".." + std::to_string(r.max.count()) + " days";
    return String(text.c_str());
  }
};

}  // namespace doctest
