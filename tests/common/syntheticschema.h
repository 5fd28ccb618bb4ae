#pragma once

#include "schema.h"

// Generated schemas for layout tests and benchmarks, deterministic for a given seed.
namespace SyntheticSchema {

// `count` tables of 3–20 columns shaped like a big application: modules of 50 tables, each
// table referencing one to three earlier tables of its own module, and one time in four one
// of the 20 core tables every module points at (users, organisations, lookups). `deep`: long
// chains instead (each table mostly references one of the 30 before it) with long edges back
// to any earlier table, the hard case for a layered layout.
Schema modules(int count, bool deep, quint32 seed = 20261122);

// A document like a large real one, for the end-to-end benchmarks: `count` tables in modules
// of about 40, with 3–10 columns of varied types, defaults, comments, an index on every key
// column and some unique constraints, and 2.2 keys per table on average (5,000 tables: 11,000
// keys) with every action, self-references and a few cycles. Laid out with AutoLayout.
Schema largeDocument(int count, quint32 seed = 5000);

} // namespace SyntheticSchema
