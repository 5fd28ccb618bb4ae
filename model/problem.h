#pragma once

#include "id.h"

#include <QMetaType>
#include <QString>

enum class Severity { Error, Warning, Info };

// One finding of a check. `code` is stable across versions (scripts and tests match on it);
// `objectId` is the table, column, constraint or key at fault, so a click can select it;
// `object` names it for people ("orders.fk_orders_user").
struct Problem
{
    Severity severity = Severity::Error;
    QString code;
    Id objectId = 0;
    QString object;
    QString message;
    QString dialect; // empty for dialect-independent problems

    static Problem make(Severity severity, const char *code, Id objectId, const QString &object,
                        const QString &message);
    static QString severityName(Severity severity); // "error", "warning", "info"
    // "error fk-set-null-not-nullable orders.fk_orders_user: ..." as `joinery check` prints it.
    QString toLine() const;
    bool operator==(const Problem &o) const
    {
        return severity == o.severity && code == o.code && objectId == o.objectId
            && object == o.object && message == o.message && dialect == o.dialect;
    }
};

Q_DECLARE_METATYPE(Problem)
