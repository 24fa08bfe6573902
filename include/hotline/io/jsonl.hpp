// hotline's tables as JSON Lines (https://jsonlines.org): one JSON object
// per entry and line, for tools that want JSON rather than CSV (jq,
// pandas.read_json(lines=True), DuckDB's read_json). The keys are the CSV
// columns (<hotline/io/tables.hpp>), each date's earliest, latest and
// precision included; a list column is an array of its items; a number
// column written as digits is a number; an empty field is null.
//
//   hotline::io::write_jsonl<hotline::Contact>(std::cout, contacts, {registry.actors});
//   // {"id": 1, "date": "1967", "participants": ["Alexei Kosygin", "Lyndon B. Johnson"], ...}
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <hotline/io/json_writer.hpp>
#include <hotline/io/tables.hpp>

namespace hotline::io {

namespace detail {

template <std::size_t N>
constexpr bool holds(const std::array<std::size_t, N>& columns, std::size_t column) noexcept {
  return std::find(columns.begin(), columns.end(), column) != columns.end();
}

inline bool all_digits(std::string_view text) noexcept {
  if (text.empty() || text.size() > 18) return false;
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// One field: a number when `number` and written as digits, else a string.
inline void json_field(JsonWriter& j, std::string_view text, bool number) {
  if (number && all_digits(text))
    j.value(std::stoll(std::string(text)));
  else
    j.value(text);
}

}  // namespace detail

// Writes entries as JSON Lines, one object per entry, each line ended by
// '\n'. Contacts name their people from context.actors, as in CSV.
template <class Entry>
void write_jsonl(std::ostream& out, std::span<const Entry> entries,
                 const TableContext& context = {}) {
  using Schema = detail::Schema<Entry>;
  using Days = detail::DateDays<Schema>;
  const typename Schema::Context ctx(context);
  CsvWriter scratch_owner(out, {});  // gives Schema::write its scratch string; writes nothing
  std::array<std::string, Schema::count> fields;
  std::array<std::string, 3> days;
  std::array<std::string, Days::count> day_names;
  for (std::size_t k = 0; k < Days::count; ++k) day_names[k] = Days::name(k);
  for (const Entry& e : entries) {
    std::size_t column = 0;
    Schema::write([&](std::string_view field) { fields[column++].assign(field); }, scratch_owner, e,
                  ctx);
    JsonWriter j;
    j.begin_object();
    for (std::size_t c = 0; c < Schema::count; ++c) {
      j.key(Schema::columns[c]);
      const std::string_view text = fields[c];
      const bool number = detail::holds(Schema::number_columns, c);
      if (detail::holds(Schema::list_columns, c)) {
        j.begin_array();
        std::string_view rest = text;
        while (!rest.empty()) {
          const std::size_t semi = rest.find(';');
          detail::json_field(j, rest.substr(0, semi), number);
          if (semi == std::string_view::npos) break;
          rest.remove_prefix(semi + 1);
        }
        j.end_array();
      } else if (text.empty()) {
        j.null();
      } else {
        detail::json_field(j, text, number);
      }
    }
    for (std::size_t d = 0; d < Schema::date_columns.size(); ++d) {
      Days::texts(fields[Schema::date_columns[d]], days);
      for (std::size_t k = 0; k < 3; ++k) {
        j.key(day_names[d * 3 + k]);
        days[k].empty() ? j.null() : j.value(days[k]);
      }
    }
    j.end_object();
    out << std::move(j).finish() << '\n';
  }
}

}  // namespace hotline::io
