// Includes the registry and evaluates a query over it while compiling.
#include <fmt/format.h>
#include <chrono>
#include <hotline/documented.hpp>

#include <algorithm>

static_assert(std::ranges::count_if(hotline::documented.contacts, [](const hotline::Contact& c) {
                return c.participants.contains(hotline::people::barack_obama) &&
                       hotline::Date::in_year(2014).contains(c.date);
              }) == 3);

int main() {
  return static_cast<int>(hotline::documented.contacts.size()) - 33;
}
