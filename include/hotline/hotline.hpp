// hotline: diplomacy data types, the documented US-Russia registry, and gap
// analysis. This umbrella includes everything but the optional parts:
// <hotline/fmt.hpp> (needs {fmt}) and <hotline/io/...> (files).
#pragma once

#include <hotline/actor.hpp>
#include <hotline/agreement.hpp>
#include <hotline/analysis.hpp>
#include <hotline/channel.hpp>
#include <hotline/contact.hpp>
#include <hotline/country.hpp>
#include <hotline/date.hpp>
#include <hotline/id.hpp>
#include <hotline/names.hpp>
#include <hotline/registry.hpp>
#include <hotline/result.hpp>
#include <hotline/source.hpp>
#include <hotline/text_store.hpp>
