#include "renamesuggestions.h"

#include "schemadiff.h"

#include <QSet>

namespace {

QSet<QString> columnNames(const Table &table)
{
    QSet<QString> names;
    for (const Column &column : table.columns)
        names.insert(column.name.toLower());
    return names;
}

double similarity(const Table &a, const Table &b)
{
    const QSet<QString> left = columnNames(a);
    const QSet<QString> right = columnNames(b);
    const qsizetype all = (left + right).size();
    return all ? double((left & right).size()) / all : 0.0;
}

} // namespace

QVector<RenameSuggestion> RenameSuggestions::find(const SchemaDiff &diff)
{
    const Schema &oldSchema = diff.oldSchema();
    const Schema &newSchema = diff.newSchema();
    const SchemaMatch &match = diff.match();
    QVector<RenameSuggestion> result;

    QSet<Id> takenOld;
    for (Id newId : newSchema.tableIds()) {
        if (match.toOld(newId))
            continue;
        const Table &added = *newSchema.table(newId);
        const Table *best = nullptr;
        double bestScore = TableSimilarity;
        for (Id oldId : oldSchema.tableIds()) {
            if (match.toNew(oldId) || takenOld.contains(oldId))
                continue;
            const double score = similarity(*oldSchema.table(oldId), added);
            if (score >= bestScore) {
                best = oldSchema.table(oldId);
                bestScore = score;
            }
        }
        if (!best)
            continue;
        takenOld.insert(best->id);
        result << RenameSuggestion{best->name + QLatin1Char('=') + added.name,
                                   tr("table %1 → %2").arg(best->name, added.name)};
    }

    for (Id newId : newSchema.tableIds()) {
        const Table *oldTable = oldSchema.table(match.toOld(newId));
        if (!oldTable)
            continue;
        const Table &newTable = *newSchema.table(newId);
        QSet<Id> taken;
        for (const Column &added : newTable.columns) {
            if (match.toOld(added.id))
                continue;
            for (const Column &dropped : oldTable->columns) {
                if (match.toNew(dropped.id) || taken.contains(dropped.id)
                    || !(dropped.type == added.type))
                    continue;
                taken.insert(dropped.id);
                result << RenameSuggestion{
                    QStringLiteral("%1.%2=%3").arg(oldTable->name, dropped.name, added.name),
                    tr("column %1.%2 → %3").arg(newTable.name, dropped.name, added.name)};
                break;
            }
        }
    }
    return result;
}
