// hotline, all of the core at once: the vocabulary (<hotline/hotline.hpp>),
// registries (<hotline/registry.hpp>) and gap analysis
// (<hotline/analysis.hpp>). Convenient, and about twice the compile time of
// <hotline/hotline.hpp> alone (bench/README.md); include the layers you use
// where build time matters. Not included: <hotline/documented.hpp>,
// <hotline/fmt.hpp> (needs {fmt}) and <hotline/io/...>.
#pragma once

#include <hotline/analysis.hpp>
#include <hotline/hotline.hpp>
#include <hotline/registry.hpp>
#include <hotline/text_store.hpp>
