#pragma once

#include "sampledata.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class Schema;
struct Table;

// Generates N rows per table that the scratch database accepts: parents before children,
// every key pointing at an existing parent row (composite keys as whole tuples), NOT NULL,
// UNIQUE and the primary key respected, values that fit the column types. Cycles are fine
// because the loader defers the key checks to its commit; nullable key columns get some
// NULLs. The same seed gives the same rows on every machine (QRandomGenerator is a
// seeded Mersenne twister with a fixed algorithm).
//
// A row that cannot be made unique (a UNIQUE varchar(1) asked for 100 rows) is left out;
// skipped() counts them.
class SampleGenerator
{
    Q_DECLARE_TR_FUNCTIONS(SampleGenerator)
public:
    SampleGenerator(const Schema &schema, int rowsPerTable, quint64 seed);

    // progress(done, 1000) is called now and then (done in thousandths); returning false cancels
    // (generate then returns false and error() says so).
    bool generate(SampleData *data, const std::function<bool(int, int)> &progress = {});
    int skipped() const { return m_skipped; }
    QString error() const { return m_error; }

private:
    const Schema &m_schema;
    int m_rows;
    quint64 m_seed;
    int m_skipped = 0;
    QString m_error;
};
