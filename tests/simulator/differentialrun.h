#pragma once

#include "differentialgenerator.h"

#include <QMap>
#include <QString>
#include <QStringList>

// What a DELETE/UPDATE did, per table (by name): the verdict and the rows each action changed.
struct DifferentialOutcome
{
    struct Counts
    {
        int deleted = 0;
        int updated = 0;
        int setNull = 0;
        int setDefault = 0;
        bool operator==(const Counts &o) const
        {
            return deleted == o.deleted && updated == o.updated && setNull == o.setNull
                && setDefault == o.setDefault;
        }
    };
    bool built = false; // false: the case could not be set up (error says why)
    bool refused = false;
    bool badInput = false;
    QString error;
    QMap<QString, Counts> tables; // only tables with a change
    QStringList scratch; // Joinery's side: the scratch database's DDL
};

// The two sides of the differential test. The reference is plain SQLite on its own QSQLITE
// connection: the script as written, the rows, then the statement in a transaction that is
// committed (the COMMIT decides deferred keys); what each row went through is read from the
// rows before and after. Joinery's side is the whole path a user takes: the script imported,
// the scratch database built from the model, the simulator's change log.
namespace DifferentialRun {
DifferentialOutcome reference(const DifferentialCase &c);
DifferentialOutcome joinery(const DifferentialCase &c);
// Empty when both agree, else the differences ("verdict", "t1 set-null 2/1", …).
QStringList differences(const DifferentialOutcome &expected, const DifferentialOutcome &actual);
QString describe(const DifferentialOutcome &outcome);
} // namespace DifferentialRun
