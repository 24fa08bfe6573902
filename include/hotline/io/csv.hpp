// CSV, both ways: RFC 4180 records (<hotline/io/csv_records.hpp>), hotline's
// tables (<hotline/io/tables.hpp>, their columns in <hotline/io/schemas.hpp>)
// and whole registries (<hotline/io/registry_csv.hpp>). Include the one you
// use where build time matters; this header gives all three.
#pragma once

#include <hotline/io/csv_records.hpp>
#include <hotline/io/registry_csv.hpp>
#include <hotline/io/schemas.hpp>
#include <hotline/io/tables.hpp>
