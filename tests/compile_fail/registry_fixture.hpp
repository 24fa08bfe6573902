// A small valid registry for the compile-fail cases: each case replaces one
// table with a version that breaks one rule (unless HOTLINE_CONTROL is set).
#pragma once

#include <hotline/registry.hpp>

namespace fixture {
using namespace hotline;
using namespace hotline::literals;
using namespace hotline::countries;

inline constexpr ActorId obama{1};
inline constexpr ActorId putin{2};
inline constexpr ActorId kerry{3};
inline constexpr ChannelId hotline_channel{1};
inline constexpr SourceId article{1};
inline constexpr AgreementId memorandum{1};

inline constexpr Source sources[] = {
    {.id = article, .publication = "Russia Direct", .published = "2016-03"_date}};
inline constexpr Actor actors[] = {
    {obama, "Barack Obama"}, {putin, "Vladimir Putin"}, {kerry, "John Kerry"}};
inline constexpr Tenure tenures[] = {
    {obama, {Role::head_of_state, USA}, "President", "2009-01-20"_date, "2017-01-20"_date},
    {putin, {Role::head_of_state, RUS}, "President", "2012-05-07"_date, std::nullopt},
    {kerry,
     {Role::foreign_minister, USA},
     "Secretary of State",
     "2013-02-01"_date,
     "2017-01-20"_date}};
inline constexpr Channel channels[] = {
    {.id = hotline_channel,
     .name = "Moscow-Washington hotline",
     .level = Level::leader,
     .established = "1963"_date,
     .media = {{Medium::teletype, "1963"_date}, {Medium::telephone, "1991"_date}},
     .source = article}};
inline constexpr Agreement agreements[] = {{.id = memorandum,
                                            .name = "Hotline memorandum",
                                            .parties = {USA, SUN},
                                            .signed_on = "1963-06-20"_date,
                                            .source = article}};
// A valid call, for cases that break another table.
inline constexpr Contact call_2014{.id = ContactId{1},
                                   .date = "2014-03"_date,
                                   .participants = {obama, putin},
                                   .channel = hotline_channel,
                                   .medium = Medium::telephone,
                                   .source = article};
inline constexpr Contact contacts[] = {call_2014};
}  // namespace fixture
