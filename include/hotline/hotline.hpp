// hotline: diplomacy data types. This header gives the vocabulary: dates,
// countries, people and offices, channels, contacts, agreements, sources and
// ids, and their names in plain words. Two more value types are one include
// each, so that this one stays cheap: <hotline/selection.hpp> (which
// contacts a question is about) and <hotline/statement.hpp> (what a source
// says of them). It is meant to be included
// anywhere, and costs little (bench/README.md measures it).
//
// The layers above it are opt-in, each one include:
//   <hotline/registry.hpp>    registries, built and validated while compiling
//   <hotline/analysis.hpp>    gap analysis over any range of dated records
//   <hotline/documented.hpp>  the registry of the articles
//   <hotline/fmt.hpp>         {fmt} formatters
//   <hotline/io/...>          CSV and event files
// <hotline/all.hpp> gives the vocabulary, registries and analysis at once.
#pragma once

#include <hotline/actor.hpp>
#include <hotline/agreement.hpp>
#include <hotline/channel.hpp>
#include <hotline/contact.hpp>
#include <hotline/country.hpp>
#include <hotline/date.hpp>
#include <hotline/id.hpp>
#include <hotline/names.hpp>
#include <hotline/result.hpp>
#include <hotline/source.hpp>
