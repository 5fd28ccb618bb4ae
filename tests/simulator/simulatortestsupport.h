#pragma once

#include "simulator/scratchdatabase.h"
#include "simulator/simulationresult.h"
#include "testschema.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

// A scratch database built from the schema's SQLite DDL and filled by INSERT statements.
inline std::unique_ptr<ScratchDatabase> buildScratch(const Schema &schema,
                                                     const QStringList &inserts)
{
    auto db = std::make_unique<ScratchDatabase>();
    if (!db->isOpen() || !db->createFromSchema(schema)) {
        qWarning("%s", qPrintable(db->error()));
        return nullptr;
    }
    // Deferred checks so that test data may come in any order (cycles).
    db->exec(QStringLiteral("BEGIN"));
    db->exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    for (const QString &sql : inserts) {
        if (!db->exec(sql)) {
            qWarning("%s", qPrintable(db->error()));
            db->exec(QStringLiteral("ROLLBACK"));
            return nullptr;
        }
    }
    if (!db->exec(QStringLiteral("COMMIT"))) {
        qWarning("%s", qPrintable(db->error()));
        return nullptr;
    }
    return db;
}

// "table action rows via depth" per effect, e.g. "c set-null 2 fk_c_p 1".
inline QStringList effectLines(const SimulationResult &result, const Schema &schema)
{
    QStringList lines;
    for (const Effect &e : result.effects()) {
        const ForeignKey *key = schema.foreignKey(e.viaKey);
        lines.append(QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(schema.table(e.table)->name, EffectActions::jsonName(e.action))
                         .arg(e.rows)
                         .arg(key ? key->name : QStringLiteral("-"))
                         .arg(e.depth));
    }
    return lines;
}
