// Channels: standing lines of communication and the media they carried.
#include <hotline/channel.hpp>

#include <concepts>
#include <type_traits>

#include <doctest/doctest.h>

using hotline::AgreementId;
using hotline::Channel;
using hotline::ChannelId;
using hotline::Date;
using hotline::Level;
using hotline::Medium;
using hotline::MediumSince;

static_assert(std::is_trivially_copyable_v<MediumSince>);
static_assert(std::is_trivially_copyable_v<Channel>);
static_assert(std::regular<MediumSince> && std::totally_ordered<MediumSince>);
static_assert(std::regular<Channel> && std::totally_ordered<Channel>);
static_assert(hotline::medium_count == static_cast<std::size_t>(Medium::letter) + 1);
static_assert(decltype(Channel::media)::capacity() == 6);

// The Moscow-Washington hotline: teletype from 1963, a direct telephone link
// from 1991.
constexpr Channel hotline_channel{
    .id = ChannelId{1},
    .name = "Moscow-Washington hotline",
    .level = Level::leader,
    .established = Date::in_year(1963),
    .established_by = AgreementId{1},
    .media = {{Medium::teletype, Date::in_year(1963)}, {Medium::telephone, Date::in_year(1991)}},
};

// Leaders' phone calls: no media listed.
constexpr Channel leaders_calls{
    .id = ChannelId{2},
    .name = "leaders' calls",
    .level = Level::leader,
    .established = Date::in_year(1991),
};

TEST_CASE("a channel keeps the media it took up, in order") {
  static_assert(hotline_channel.media.size() == 2);
  static_assert(hotline_channel.media[0].medium == Medium::teletype);
  CHECK(hotline_channel.media[1] == MediumSince{Medium::telephone, Date::in_year(1991)});
  CHECK(hotline_channel.established_by == AgreementId{1});
  CHECK_FALSE(hotline_channel.ended.has_value());
}

TEST_CASE("a channel does not carry a medium before it took it up") {
  static_assert(!hotline_channel.may_carry(Medium::telephone, Date::on(1967, 6, 5)));
  CHECK_FALSE(hotline_channel.may_carry(Medium::telephone, Date::in_year(1967)));
  CHECK_FALSE(hotline_channel.may_carry(Medium::telephone, Date::in_year(1990)));
  CHECK_FALSE(hotline_channel.may_carry(Medium::teletype, Date::in_year(1962)));
}

TEST_CASE("a channel carries a medium from the date it took it up") {
  static_assert(hotline_channel.may_carry(Medium::telephone, Date::on(2016, 10, 31)));
  CHECK(hotline_channel.may_carry(Medium::telephone, Date::on(1991, 1, 1)));
  CHECK(hotline_channel.may_carry(Medium::teletype, Date::on(1967, 6, 5)));
  CHECK(hotline_channel.may_carry(Medium::teletype, Date::in_year(2016)));  // media are not dropped
}

TEST_CASE("a channel may carry a medium on an imprecise date that reaches its start") {
  CHECK(hotline_channel.may_carry(Medium::telephone, Date::in_decade(1990)));
  CHECK(hotline_channel.may_carry(
      Medium::telephone,
      Date::interval(Date::on(1985, 1, 1).earliest(), Date::on(1991, 1, 1).latest())));
  CHECK_FALSE(hotline_channel.may_carry(Medium::telephone, Date::in_decade(1980)));
}

TEST_CASE("a channel does not carry a medium it never took up") {
  CHECK_FALSE(hotline_channel.may_carry(Medium::video, Date::in_year(2020)));
  CHECK_FALSE(hotline_channel.may_carry(Medium::in_person, Date::in_year(2020)));
}

TEST_CASE("an unknown medium may be any medium the channel had taken up by then") {
  CHECK(hotline_channel.may_carry(Medium::unknown, Date::in_year(2020)));
  CHECK_FALSE(hotline_channel.may_carry(Medium::unknown, Date::in_year(1962)));
}

TEST_CASE("a channel with no media listed carries any medium on any date") {
  static_assert(leaders_calls.may_carry(Medium::telephone, Date::in_year(2015)));
  CHECK(leaders_calls.may_carry(Medium::video, Date::on(2021, 12, 7)));
  CHECK(leaders_calls.may_carry(Medium::unknown, Date::in_year(1950)));
  CHECK(Channel{}.may_carry(Medium::letter, Date::in_year(1963)));
}

TEST_CASE("a default channel has no id, an unknown level and no dates") {
  constexpr Channel none;
  static_assert(!none.id.ok());
  static_assert(none.level == Level::unknown);
  CHECK_FALSE(none.established.ok());
  CHECK(none.media.empty());
  CHECK_FALSE(none.established_by.has_value());
}

TEST_CASE("channels are equal only when every field is, media included") {
  Channel other = hotline_channel;
  CHECK(other == hotline_channel);
  other.media.push_back({Medium::facsimile, Date::in_decade(1980)});
  CHECK(other != hotline_channel);
  other = hotline_channel;
  other.ended = Date::in_year(2030);
  CHECK(other != hotline_channel);
}

TEST_CASE("channels order by id first") {
  static_assert(hotline_channel < leaders_calls);
  CHECK(hotline_channel < leaders_calls);
}
