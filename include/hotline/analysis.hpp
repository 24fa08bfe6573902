// Gap analysis: which contacts a question is about, and how often and how
// far apart they came. Every function is constexpr and takes any range of
// dated records (Contacts, Events, Dates) with a projection to their Date,
// so the same call answers a static_assert over hotline::documented and a
// query over millions of events read at run time.
//
//   <hotline/analysis/select.hpp>  where:: conditions and select()
//   <hotline/analysis/event.hpp>   Event, the compact record
//   <hotline/analysis/gaps.hpp>    gaps, longest_gap, silence_as_of
//   <hotline/analysis/months.hpp>  months_without, month_runs_without
//   <hotline/analysis/bursts.hpp>  bursts, most_within
//   <hotline/analysis/counts.hpp>  count_in, count_by_year/month, first_and_last
//   <hotline/analysis/summary.hpp> GapSummary: per-group answers that merge
//   <hotline/analysis/grouped.hpp> GroupSummariser: many groups' summaries
//                                  in one pass over a date-ordered feed
#pragma once

#include <hotline/analysis/bursts.hpp>
#include <hotline/analysis/counts.hpp>
#include <hotline/analysis/event.hpp>
#include <hotline/analysis/gaps.hpp>
#include <hotline/analysis/grouped.hpp>
#include <hotline/analysis/input.hpp>
#include <hotline/analysis/months.hpp>
#include <hotline/analysis/select.hpp>
#include <hotline/analysis/summary.hpp>
