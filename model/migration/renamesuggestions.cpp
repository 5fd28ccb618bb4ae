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
        QVector<const Column *> dropped;
        QVector<const Column *> added;
        for (const Column &column : oldTable->columns) {
            if (!match.toNew(column.id))
                dropped << &column;
        }
        for (const Column &column : newTable.columns) {
            if (!match.toOld(column.id))
                added << &column;
        }
        auto suggest = [&](const Column *from, const Column *to) {
            result << RenameSuggestion{
                QStringLiteral("%1.%2=%3").arg(oldTable->name, from->name, to->name),
                tr("column %1.%2 → %3").arg(newTable.name, from->name, to->name)};
            dropped.removeOne(from);
            added.removeOne(to);
        };
        // Same type first; then one dropped and one added column left over: a script from
        // another dialect declares the type differently, a rename may have changed it too.
        for (const Column *to : QVector<const Column *>(added)) {
            for (const Column *from : std::as_const(dropped)) {
                if (from->type == to->type) {
                    suggest(from, to);
                    break;
                }
            }
        }
        if (dropped.size() == 1 && added.size() == 1)
            suggest(dropped.first(), added.first());
    }
    return result;
}
