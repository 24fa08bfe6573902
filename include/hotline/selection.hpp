// A selection as a value: which contacts a question is about, written as
// data rather than code, so that a command line, a CSV file of claims or a
// registry's statements can carry one. It tests a contact itself, and
// where::selected(s) (<hotline/analysis/select.hpp>) makes it a condition
// that composes with the others:
//
//   hotline::Selection s{.between = StatePair{USA, RUS}, .level = Level::leader};
//   for (const Contact& c : select(registry.contacts, where::selected(s) & where::medium(m))) ...
//
// Every condition it gives must hold; a condition not given holds for
// every contact. An Event (which has no participants, channel or topics)
// matches a selection that asks for people, a channel or a topic never.
#pragma once

#include <chrono>
#include <optional>
#include <span>
#include <string_view>

#include <hotline/actor.hpp>
#include <hotline/channel.hpp>
#include <hotline/contact.hpp>
#include <hotline/country.hpp>
#include <hotline/date.hpp>
#include <hotline/detail/inline_vector.hpp>
#include <hotline/id.hpp>

namespace hotline {

// Which contacts a question is about. A literal type: usable in constant
// expressions, as the statements of a registry are.
struct Selection {
  std::optional<StatePair> between = std::nullopt;           // joins both (or states they continue)
  detail::InlineVector<ActorId, max_participants> people{};  // every one of them took part
  std::optional<Level> level = std::nullopt;
  std::optional<Medium> medium = std::nullopt;
  std::optional<ChannelId> channel = std::nullopt;
  std::optional<Topic> topic = std::nullopt;
  // The contact may have fallen in it: its date overlaps the window.
  std::optional<Date> window = std::nullopt;

  // True when every condition given holds for x.
  template <class T>
  constexpr bool operator()(const T& x) const {
    if (between && !joins(x, between->a, between->b)) return false;
    if (level && x.level != *level) return false;
    if (medium && x.medium != *medium) return false;
    if (window && !window->overlaps(Date{x.date})) return false;
    if constexpr (requires { x.participants.contains(ActorId{}); }) {
      for (ActorId p : people)
        if (!x.participants.contains(p)) return false;
    } else if (!people.empty()) {
      return false;
    }
    if constexpr (requires { x.channel == ChannelId{}; }) {
      if (channel && x.channel != *channel) return false;
    } else if (channel) {
      return false;
    }
    if constexpr (requires { x.topics.contains(Topic{}); }) {
      if (topic && !x.topics.contains(*topic)) return false;
    } else if (topic) {
      return false;
    }
    return true;
  }

  // True when it asks nothing: every contact matches.
  constexpr bool empty() const noexcept {
    return !between && people.empty() && !level && !medium && !channel && !topic && !window;
  }

  friend constexpr bool operator==(const Selection&, const Selection&) = default;
};

// The actor of `people` with this name, exactly as written (names are as
// the data spells them, "Sergey Lavrov"), or nullptr.
constexpr const Actor* find_actor(std::span<const Actor> people, std::string_view name) noexcept {
  for (const Actor& a : people)
    if (a.name == name) return &a;
  return nullptr;
}

}  // namespace hotline
