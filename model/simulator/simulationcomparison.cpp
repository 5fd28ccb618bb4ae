#include "simulationcomparison.h"

#include "../schema.h"
#include "simulationresult.h"

#include <QJsonObject>

#include <array>

namespace {

QString verdictName(const SimulationResult &result)
{
    return result.ok ? QStringLiteral("succeeds") : QStringLiteral("refused");
}

TableTotals totalsOf(const SimulationResult &result, Id table)
{
    for (const TableTotals &totals : result.totals()) {
        if (totals.table == table)
            return totals;
    }
    return {table, 0, 0, 0, 0};
}

} // namespace

QVector<SimulationDifference> SimulationComparison::compare(const SimulationResult &simulated,
                                                            const SimulationResult &engine,
                                                            const Schema &schema)
{
    QVector<SimulationDifference> differences;
    if (simulated.ok != engine.ok) {
        differences.append(
            {0, QStringLiteral("verdict"), verdictName(simulated), verdictName(engine)});
        return differences; // a refused statement changed nothing to compare
    }
    if (!engine.ok)
        return differences;
    for (Id tableId : schema.tableIds()) {
        const TableTotals a = totalsOf(simulated, tableId);
        const TableTotals b = totalsOf(engine, tableId);
        const std::array<std::pair<const char *, std::pair<int, int>>, 4> pairs{{
            {"deleted", {a.deleted, b.deleted}},
            {"setNull", {a.setNull, b.setNull}},
            {"setDefault", {a.setDefault, b.setDefault}},
            {"updated", {a.updated, b.updated}},
        }};
        for (const auto &[what, counts] : pairs) {
            if (counts.first != counts.second)
                differences.append({tableId, QLatin1String(what), counts.first, counts.second});
        }
    }
    return differences;
}

QJsonArray SimulationComparison::toJson(const QVector<SimulationDifference> &differences,
                                        const Schema &schema)
{
    QJsonArray array;
    for (const SimulationDifference &d : differences) {
        const Table *table = schema.table(d.table);
        array.append(
            QJsonObject{{QStringLiteral("table"), table ? QJsonValue(table->name) : QJsonValue()},
                        {QStringLiteral("what"), d.what},
                        {QStringLiteral("sqlite"), d.simulated},
                        {QStringLiteral("engine"), d.engine}});
    }
    return array;
}

QString SimulationComparison::toText(const QVector<SimulationDifference> &differences,
                                     const Schema &schema, const QString &engineName)
{
    if (differences.isEmpty())
        return tr("No differences: the simulation and %1 agree on the verdict and every "
                  "table's totals.")
                   .arg(engineName)
            + QLatin1Char('\n');
    QStringList lines{tr("Differences between the simulation and %1:").arg(engineName)};
    auto verdict = [](const QJsonValue &value) {
        return value.toString() == QLatin1String("succeeds") ? tr("succeeds") : tr("refused");
    };
    for (const SimulationDifference &d : differences) {
        if (d.what == QLatin1String("verdict")) {
            lines << tr("  verdict: simulation %1, %2 %3")
                         .arg(verdict(d.simulated), engineName, verdict(d.engine));
            continue;
        }
        const Table *table = schema.table(d.table);
        const QString what = d.what == QLatin1String("deleted") ? tr("deleted")
            : d.what == QLatin1String("setNull")                ? tr("set to NULL")
            : d.what == QLatin1String("setDefault")             ? tr("set to default")
                                                                : tr("updated");
        lines << tr("  %1, rows %2: simulation %3, %4 %5")
                     .arg(table ? table->name : QString(), what)
                     .arg(d.simulated.toInt())
                     .arg(engineName)
                     .arg(d.engine.toInt());
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
