// The people a contacts file names, kept while it is read: those of the
// actors table given with it, and each new name the file writes, which
// becomes an actor of its own. And the states and level of a row that names
// people but not their states, from the offices the actors table or a
// look-up registry (the built-in one) says they held on the row's date.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <hotline/hotline.hpp>
#include <hotline/io/input.hpp>
#include <hotline/registry_view.hpp>
#include <hotline/text_store.hpp>

namespace hotline::io::detail {

class FilePeople {
 public:
  // `table`: the actors table given with the file (their ids are kept);
  // `ids_given`: the file has a participant_ids or initiator_id column, so
  // that ids are the file's to give and a new name needs one.
  FilePeople(std::span<const Actor> table, bool ids_given) : ids_given_(ids_given) {
    for (const Actor& a : table) {
      add(a.id, a.name, 0);
      next_ = std::max(next_, a.id.value() + 1);
    }
    from_table_ = actors_.size();
  }
  void set_ids_given(bool given) noexcept { ids_given_ = given; }

  // The actor a participant is: written `name` (may be empty) with `id`
  // (when the file gives one), on `line`. A name and an id that disagree
  // with each other, with an earlier line or with the actors table are an
  // error, never a guess.
  std::optional<ActorId> resolve(std::string_view name, std::optional<ActorId> id,
                                 std::uint64_t line, std::string& why) {
    if (name.size() > 1 && name[0] == '#') {
      // "#17": the export format's name for an id with no actor.
      std::uint32_t v = 0;
      if (!parse_integer(name.substr(1), v, why)) {
        why = "bad actor reference " + quoted(name);
        return std::nullopt;
      }
      if (id && id->value() != v) {
        why = quoted(name) + " and the id " + std::to_string(id->value()) + " disagree";
        return std::nullopt;
      }
      id = ActorId{v};
      name = {};
    }
    const auto by_name = name.empty() ? by_name_.end() : by_name_.find(name);
    if (id) {
      const auto by_id = by_id_.find(id->value());
      if (by_id != by_id_.end()) {
        const std::string_view known = actors_[by_id->second].name;
        if (name.empty() || known == name) return id;
        if (known.empty() && by_name == by_name_.end()) {
          // An id first seen without a name takes the first name given.
          name_actor(by_id->second, name);
          return id;
        }
        why = "id " + std::to_string(id->value()) + " is " +
              (known.empty() ? std::string("given with no name") : quoted(known)) + " " +
              where(by_id->second) + ", not " + quoted(name);
        return std::nullopt;
      }
      if (by_name == by_name_.end() && !alike_unknown(name, why)) return std::nullopt;
      if (by_name != by_name_.end()) {
        why = quoted(name) + " has id " + std::to_string(actors_[by_name->second].id.value()) +
              " " + where(by_name->second) + ", not " + std::to_string(id->value());
        return std::nullopt;
      }
      add(*id, name, line);
      next_ = std::max(next_, id->value() + 1);
      return id;
    }
    if (name.empty()) {
      why = "a participant with neither a name nor an id";
      return std::nullopt;
    }
    if (by_name != by_name_.end()) return actors_[by_name->second].id;
    if (!alike_unknown(name, why)) return std::nullopt;
    if (ids_given_) {
      why = "no id for " + quoted(name) +
            ": the file has an id column, so each new person needs an id there";
      return std::nullopt;
    }
    const ActorId fresh{next_++};
    add(fresh, name, line);
    return fresh;
  }

  // Every actor: the actors table's, then those the file added, in order of
  // first appearance. Names point into this object (or the table).
  std::span<const Actor> actors() const noexcept { return actors_; }
  bool in_table(ActorId id) const noexcept {
    const auto found = by_id_.find(id.value());
    return found != by_id_.end() && found->second < from_table_;
  }
  std::string_view name_of(ActorId id) const noexcept {
    const auto found = by_id_.find(id.value());
    return found == by_id_.end() ? std::string_view{} : actors_[found->second].name;
  }

 private:
  std::string where(std::size_t index) const {
    return first_line_[index] == 0 ? "in the actors table"
                                   : "on line " + std::to_string(first_line_[index]);
  }
  // A name folded for comparison: ASCII letters in lower case, each run of
  // spaces one space, none at the ends.
  static std::string folded(std::string_view name) {
    std::string out;
    bool space = false;
    for (char ch : name) {
      if (ch == ' ' || ch == '\t') {
        space = !out.empty();
        continue;
      }
      if (space) out += ' ';
      space = false;
      out += ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
    }
    return out;
  }
  // A new name that differs from a known one only in case or spaces is an
  // error: one person written two ways, or two people, never a guess.
  bool alike_unknown(std::string_view name, std::string& why) const {
    const auto found = by_folded_.find(folded(name));
    if (found == by_folded_.end()) return true;
    why = quoted(name) + " differs from " + quoted(actors_[found->second].name) + " " +
          where(found->second) + " only in case or spaces: write each person's name one way";
    return false;
  }
  void add(ActorId id, std::string_view name, std::uint64_t line) {
    const std::string_view kept = line == 0 ? name : text_.keep(name);
    by_id_.emplace(id.value(), actors_.size());
    if (!kept.empty()) by_name_.emplace(kept, actors_.size());
    if (!kept.empty()) by_folded_.emplace(folded(kept), actors_.size());
    actors_.push_back(Actor{id, kept});
    first_line_.push_back(line);
  }
  void name_actor(std::size_t index, std::string_view name) {
    const std::string_view kept = text_.keep(name);
    actors_[index].name = kept;
    by_name_.emplace(kept, index);
    by_folded_.emplace(folded(kept), index);
  }

  TextStore text_;
  std::vector<Actor> actors_;
  std::vector<std::uint64_t> first_line_;  // 0: from the actors table
  std::unordered_map<std::string_view, std::size_t> by_name_;
  std::unordered_map<std::string, std::size_t> by_folded_;
  std::unordered_map<std::uint32_t, std::size_t> by_id_;
  std::size_t from_table_ = 0;
  std::uint32_t next_ = 1;
  bool ids_given_ = false;
};

// The states and level of a row that names its people and not their
// states: each person's office on the row's date, from the actors table's
// tenures when it has that person's, else from `look_up` (a registry whose
// people are found by name: the built-in one), and the look-ups are counted
// by name. A person whose state neither says is an error.
class StateFinder {
 public:
  StateFinder(std::span<const Actor> actors, std::span<const Tenure> tenures,
              const Registry* look_up)
      : look_up_(look_up) {
    sorted_.assign(tenures.begin(), tenures.end());
    std::stable_sort(sorted_.begin(), sorted_.end(), [](const Tenure& a, const Tenure& b) {
      return a.actor < b.actor || (a.actor == b.actor && a.start < b.start);
    });
    table_.actors = actors;
    table_.tenures = sorted_;
  }

  // Whether there is anywhere to find offices in.
  bool can_find() const noexcept { return !sorted_.empty() || look_up_ != nullptr; }

  bool find(const FilePeople& people, Contact& c, std::string& why) {
    hotline::detail::StateLevels sides;
    for (ActorId p : c.participants) {
      std::optional<Tenure> office;
      bool known = false;  // in the look-up registry, though not in office that day
      const bool in_table = !table_.tenures_of(p).empty();
      if (in_table) {
        office = table_.office_on(p, c.date);
      } else if (look_up_ != nullptr) {
        const std::string_view name = people.name_of(p);
        if (const Actor* a = hotline::detail::find_by_name(look_up_->actors, name)) {
          known = true;
          office = look_up_->office_on(a->id, c.date);
          if (office) ++looked_up_[std::string(name)];
        }
      }
      if (!office) {
        const std::string_view name = people.name_of(p);
        why = "no countries given, and no state is known for " +
              (name.empty() ? "actor " + std::to_string(p.value()) : quoted(name)) + " on " +
              std::string(to_iso(c.date).view()) +
              (in_table              ? " (no office of theirs that day in the actors table)"
               : known               ? " (the built-in registry knows no office of theirs that day)"
               : look_up_ != nullptr ? " (not in the actors table nor the built-in registry)"
                                     : " (no office of theirs in the actors table)") +
              ": give the row's countries";
        return false;
      }
      sides.add(office->office.country.index(), level_of(office->office.role));
    }
    c.states = {};
    for (std::size_t i = 0; i < sides.size(); ++i)
      c.states.push_back(Country::from_index(sides.state(i)));
    if (c.level == Level::unknown) c.level = sides.level();
    return true;
  }

  // The people whose states came from the look-up registry, and how many
  // rows each.
  const std::unordered_map<std::string, std::size_t>& looked_up() const noexcept {
    return looked_up_;
  }

 private:
  const Registry* look_up_;
  std::vector<Tenure> sorted_;
  Registry table_{};
  std::unordered_map<std::string, std::size_t> looked_up_;
};

}  // namespace hotline::io::detail
