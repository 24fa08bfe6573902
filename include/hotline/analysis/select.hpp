// Selections: which contacts a question is about. A selection is a predicate
// object built from small conditions that combine with & (and), | (or) and
// ! (not):
//
//   using namespace hotline;
//   auto leaders = where::between(countries::USA, countries::RUS) &
//                  where::level(Level::leader) & where::medium(Medium::telephone);
//   for (const Contact& c : select(documented.contacts, leaders)) ...
//
// Each condition is a regular, constexpr value. It tests a Contact, and any
// record that has the members the condition reads (an Event has `date`,
// states, `level` and `medium`, but no participants or channel): using a
// condition on a record without its member is a compile error. Conditions are
// usable as they are with std::views::filter and std::ranges algorithms;
// select() gives a view of its own as well, because Clang 14 cannot compile
// the standard views of GCC 12's library.
#pragma once

#include <concepts>
#include <iterator>
#include <memory>
#include <ranges>
#include <type_traits>
#include <utility>

#include <hotline/actor.hpp>
#include <hotline/analysis/input.hpp>
#include <hotline/channel.hpp>
#include <hotline/contact.hpp>
#include <hotline/country.hpp>
#include <hotline/date.hpp>
#include <hotline/id.hpp>
#include <hotline/selection.hpp>

namespace hotline {

// True when state `s`, or a state it continues, took part in the contact:
// involves(c, RUS) holds for a US-USSR contact, involves(c, SUN) does not
// for a US-Russia one.
constexpr bool involves(const Contact& c, Country s) noexcept {
  for (Country t : c.states)
    if (s.continues(t)) return true;
  return false;
}

namespace where {

// A selection condition: a function object F that tests one record, made
// combinable. All the factories below return a Where.
template <class F>
struct Where {
  F test;

  template <class T>
  requires std::predicate<const F&, const T&>
  constexpr bool operator()(const T& x) const { return static_cast<bool>(detail::invoke(test, x)); }
};

// Both conditions hold.
template <class F, class G>
struct AllOf {
  F first;
  G second;
  template <class T>
  requires std::predicate<const F&, const T&> && std::predicate<const G&, const T&>
  constexpr bool operator()(const T& x) const {
    return detail::invoke(first, x) && detail::invoke(second, x);
  }
};

// At least one condition holds.
template <class F, class G>
struct AnyOf {
  F first;
  G second;
  template <class T>
  requires std::predicate<const F&, const T&> && std::predicate<const G&, const T&>
  constexpr bool operator()(const T& x) const {
    return detail::invoke(first, x) || detail::invoke(second, x);
  }
};

// The condition does not hold.
template <class F>
struct Not {
  F test;
  template <class T>
  requires std::predicate<const F&, const T&>
  constexpr bool operator()(const T& x) const { return !detail::invoke(test, x); }
};

template <class F, class G>
constexpr Where<AllOf<F, G>> operator&(const Where<F>& a, const Where<G>& b) {
  return {{a.test, b.test}};
}
template <class F, class G>
constexpr Where<AnyOf<F, G>> operator|(const Where<F>& a, const Where<G>& b) {
  return {{a.test, b.test}};
}
template <class F>
constexpr Where<Not<F>> operator!(const Where<F>& a) {
  return {{a.test}};
}

// The former name of Not.
template <class F>
using NoneOf [[deprecated("use hotline::where::Not")]] = Not<F>;

// The conditions. Each reads one member of the record it tests.

// Every record.
struct Always {
  template <class T>
  constexpr bool operator()(const T&) const noexcept {
    return true;
  }
};

// The record joins states a and b, or states they continue (USA-RUS selects
// USA-SUN contacts too; USA-SUN does not select USA-RUS ones):
// hotline::joins(x, a, b).
struct BetweenStates {
  Country a;
  Country b;
  template <class T>
  requires requires(const T& x, Country s) {
    { joins(x, s, s) } -> std::convertible_to<bool>;
  }
  constexpr bool operator()(const T& x) const { return joins(x, a, b); }
};

// State s, or a state it continues, took part.
struct InvolvesState {
  Country state;
  template <class T>
  requires requires(const T& x, Country s) {
    { involves(x, s) } -> std::convertible_to<bool>;
  }
  constexpr bool operator()(const T& x) const { return involves(x, state); }
};

// The person took part.
struct InvolvesActor {
  ActorId actor;
  template <class T>
  requires requires(const T& x, ActorId a) {
    { x.participants.contains(a) } -> std::convertible_to<bool>;
  }
  constexpr bool operator()(const T& x) const { return x.participants.contains(actor); }
};

// Both people took part (and possibly others).
struct BetweenActors {
  ActorId a;
  ActorId b;
  template <class T>
  requires requires(const T& x, ActorId p) {
    { x.participants.contains(p) } -> std::convertible_to<bool>;
  }
  constexpr bool operator()(const T& x) const {
    return a != b && x.participants.contains(a) && x.participants.contains(b);
  }
};

// The contact was at this level (as derived from the offices held).
struct AtLevel {
  Level level;
  template <class T>
  requires requires(const T& x) {
    { x.level } -> std::convertible_to<Level>;
  }
  constexpr bool operator()(const T& x) const { return x.level == level; }
};

// The contact went over this channel.
struct OnChannel {
  ChannelId channel;
  template <class T>
  requires requires(const T& x) {
    { x.channel } -> std::convertible_to<ChannelId>;
  }
  constexpr bool operator()(const T& x) const { return x.channel == channel; }
};

// The contact was carried by this medium.
struct ByMedium {
  Medium medium;
  template <class T>
  requires requires(const T& x) {
    { x.medium } -> std::convertible_to<Medium>;
  }
  constexpr bool operator()(const T& x) const { return x.medium == medium; }
};

// The contact was about this topic (among others).
struct AboutTopic {
  Topic topic;
  template <class T>
  requires requires(const T& x, Topic t) {
    { x.topics.contains(t) } -> std::convertible_to<bool>;
  }
  constexpr bool operator()(const T& x) const { return x.topics.contains(topic); }
};

// The record's date lies within the window: it certainly happened in it.
template <class Proj>
struct CertainlyIn {
  Date window;
  Proj proj;
  template <class T>
  requires date_projection<Proj, const T&>
  constexpr bool operator()(const T& x) const {
    return window.contains(Date{detail::invoke(proj, x)});
  }
};

// The record's date overlaps the window: it may have happened in it.
template <class Proj>
struct PossiblyIn {
  Date window;
  Proj proj;
  template <class T>
  requires date_projection<Proj, const T&>
  constexpr bool operator()(const T& x) const {
    return window.overlaps(Date{detail::invoke(proj, x)});
  }
};

// Every record: the neutral start of a condition built step by step.
inline constexpr Where<Always> always{};

// Contacts between states a and b, or states they continue (USA-RUS selects
// USA-SUN contacts too). Never true when a and b are the same state, or one
// continues the other.
constexpr Where<BetweenStates> between(Country a, Country b) noexcept {
  return {{a, b}};
}
// Contacts in which both people took part.
constexpr Where<BetweenActors> between(ActorId a, ActorId b) noexcept {
  return {{a, b}};
}
// Contacts in which the state (or a state it continues) took part.
constexpr Where<InvolvesState> involves(Country s) noexcept {
  return {{s}};
}
// Contacts in which the person took part.
constexpr Where<InvolvesActor> involves(ActorId a) noexcept {
  return {{a}};
}
// Contacts at one level: where::level(Level::leader).
constexpr Where<AtLevel> level(Level l) noexcept {
  return {{l}};
}
// Contacts over one channel.
constexpr Where<OnChannel> channel(ChannelId c) noexcept {
  return {{c}};
}
// Contacts by one medium: where::medium(Medium::telephone) for calls.
constexpr Where<ByMedium> medium(Medium m) noexcept {
  return {{m}};
}
// Contacts about one topic.
constexpr Where<AboutTopic> topic(Topic t) noexcept {
  return {{t}};
}

// Contacts whose date lies within the window: certainly in it. "In 2014"
// keeps 2014-03 and 2014-07-17, not 2014-12/2015-01.
template <class Proj = DateOf>
constexpr Where<CertainlyIn<Proj>> certainly_in(Date window, Proj proj = {}) {
  return {{window, proj}};
}
// Contacts whose date overlaps the window: possibly in it. "In 2014" keeps
// 2014-12/2015-01 too. possibly_in is never narrower than certainly_in.
template <class Proj = DateOf>
constexpr Where<PossiblyIn<Proj>> possibly_in(Date window, Proj proj = {}) {
  return {{window, proj}};
}

// The contacts a Selection (a selection written as data) keeps, as a
// condition that composes with the others: where::selected(s) &
// where::medium(Medium::telephone).
constexpr Where<Selection> selected(const Selection& s) noexcept {
  return {s};
}

// Any other test, made combinable: where::that([](const Contact& c) {...}).
template <class F>
constexpr Where<F> that(F test) {
  return {std::move(test)};
}

}  // namespace where

namespace detail {

// A view of a range that lives elsewhere (std::ranges::ref_view, which
// Clang 14 cannot compile with GCC 12's library).
template <std::ranges::range R>
class RefView : public std::ranges::view_base {
 public:
  constexpr RefView() = default;
  constexpr explicit RefView(R& r) noexcept : r_(&r) {}
  constexpr auto begin() const { return std::ranges::begin(*r_); }
  constexpr auto end() const { return std::ranges::end(*r_); }

 private:
  R* r_ = nullptr;
};

// A view of `r`: a copy when it is a view already (a span, a Selected), a
// reference to it when it is a container. A temporary container is refused:
// the view would outlive it.
template <class R>
constexpr auto view_of(R&& r) {
  using D = std::remove_cvref_t<R>;
  if constexpr (std::ranges::view<D>) {
    return D(std::forward<R>(r));
  } else {
    static_assert(std::is_lvalue_reference_v<R>,
                  "hotline: a selection refers to its range; pass a named container, "
                  "not a temporary");
    return RefView<std::remove_reference_t<R>>(r);
  }
}

template <class R>
using view_of_t = decltype(view_of(std::declval<R>()));

}  // namespace detail

}  // namespace hotline

namespace std::ranges {
template <class R>
inline constexpr bool enable_borrowed_range<hotline::detail::RefView<R>> = true;
}  // namespace std::ranges

namespace hotline {

// The elements of a range for which a predicate holds, in their order: a
// forward view (bidirectional over a bidirectional range) of the kind
// std::views::filter gives. Filtering keeps the order, so a selection of a
// sorted range is sorted. begin() finds the first match each time it is
// called (O(n)); iteration over the whole selection is O(n).
template <std::ranges::forward_range V, class P>
requires std::ranges::view<V> && std::ranges::common_range<V> &&
    std::indirect_unary_predicate<const P, std::ranges::iterator_t<V>>
class Selected : public std::ranges::view_base {
  using Base = std::ranges::iterator_t<V>;

 public:
  class iterator {
   public:
    using value_type = std::ranges::range_value_t<V>;
    using difference_type = std::ranges::range_difference_t<V>;
    using iterator_concept =
        std::conditional_t<std::ranges::bidirectional_range<V>, std::bidirectional_iterator_tag,
                           std::forward_iterator_tag>;
    using iterator_category = iterator_concept;

    constexpr iterator() = default;
    constexpr iterator(const Selected* parent, Base at) : parent_(parent), at_(at) {}

    constexpr decltype(auto) operator*() const { return *at_; }
    constexpr auto operator->()
        const requires std::is_lvalue_reference_v<std::iter_reference_t<Base>> {
      return std::addressof(*at_);
    }
    constexpr Base base() const { return at_; }

    constexpr iterator& operator++() {
      at_ = parent_->next_match(std::ranges::next(at_));
      return *this;
    }
    constexpr iterator operator++(int) {
      iterator old = *this;
      ++*this;
      return old;
    }
    constexpr iterator& operator--() requires std::ranges::bidirectional_range<V> {
      do --at_;
      while (!detail::invoke(parent_->pred_, *at_));
      return *this;
    }
    constexpr iterator operator--(int) requires std::ranges::bidirectional_range<V> {
      iterator old = *this;
      --*this;
      return old;
    }

    friend constexpr bool operator==(const iterator& a, const iterator& b) {
      return a.at_ == b.at_;
    }

   private:
    const Selected* parent_ = nullptr;
    Base at_{};
  };

  constexpr Selected() = default;
  constexpr Selected(V base, P pred) : base_(std::move(base)), pred_(std::move(pred)) {}

  constexpr iterator begin() const { return {this, next_match(std::ranges::begin(base_))}; }
  constexpr iterator end() const { return {this, std::ranges::end(base_)}; }
  constexpr bool empty() const { return begin() == end(); }
  constexpr const V& base() const { return base_; }
  constexpr const P& pred() const { return pred_; }

 private:
  constexpr Base next_match(Base at) const {
    const Base last = std::ranges::end(base_);
    while (at != last && !detail::invoke(pred_, *at)) ++at;
    return at;
  }

  V base_{};
  P pred_{};
};

// The elements of `r` for which `pred` holds, as a view: select(registry.contacts,
// where::between(USA, RUS)). `r` is a view (kept by value) or a named
// container (kept by reference); `pred` is any predicate, a where:: condition
// or a lambda. Selections of selections work and keep both conditions.
template <std::ranges::forward_range R, class P>
requires std::ranges::common_range<R> &&
    std::indirect_unary_predicate<const P, std::ranges::iterator_t<R>>
constexpr auto select(R&& r, P pred) {
  return Selected<detail::view_of_t<R>, P>(detail::view_of(std::forward<R>(r)), std::move(pred));
}

}  // namespace hotline
