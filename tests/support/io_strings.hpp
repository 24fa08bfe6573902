// How doctest prints hotline::io values when a check fails.
#pragma once

#include <string>

#include <doctest/doctest.h>
#include <hotline/io/input.hpp>

namespace doctest {

template <>
struct StringMaker<hotline::io::RowError> {
  static String convert(const hotline::io::RowError& e) {
    const std::string text = "{" + e.file + ", line " + std::to_string(e.line) + ", column " +
                             std::to_string(e.column) + ", field '" + e.field + "', '" + e.what +
                             "'}";
    return String(text.c_str());
  }
};

}  // namespace doctest
