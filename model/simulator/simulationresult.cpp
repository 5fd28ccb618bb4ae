#include "simulationresult.h"

#include "../schema.h"

#include <QJsonArray>

#include <algorithm>
#include <functional>

QString EffectActions::jsonName(EffectAction action)
{
    switch (action) {
    case EffectAction::Deleted:
        return QStringLiteral("deleted");
    case EffectAction::Updated:
        return QStringLiteral("updated");
    case EffectAction::SetNull:
        return QStringLiteral("set-null");
    case EffectAction::SetDefault:
        return QStringLiteral("set-default");
    }
    return {};
}

QString EffectActions::displayName(EffectAction action)
{
    switch (action) {
    case EffectAction::Deleted:
        return SimulationResult::tr("deleted");
    case EffectAction::Updated:
        return SimulationResult::tr("updated");
    case EffectAction::SetNull:
        return SimulationResult::tr("set to NULL");
    case EffectAction::SetDefault:
        return SimulationResult::tr("set to default");
    }
    return {};
}

QString SimulationResult::keyLabel(const Schema &schema, Id keyId)
{
    const ForeignKey *key = schema.foreignKey(keyId);
    if (!key)
        return {};
    if (!key->name.isEmpty())
        return key->name;
    // An unnamed key is known by its columns: "orders(customer)".
    const Table *child = schema.table(key->childTable);
    QStringList columns;
    for (Id c : key->childColumns) {
        const Column *column = child ? child->column(c) : nullptr;
        columns << (column ? column->name : QString());
    }
    return QStringLiteral("%1(%2)").arg(child ? child->name : QString(),
                                        columns.join(QLatin1String(", ")));
}

QVector<int> SimulationResult::roots() const
{
    QVector<int> result;
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).parent < 0)
            result.append(i);
    }
    return result;
}

QVector<Effect> SimulationResult::effects() const
{
    QVector<Effect> result;
    for (const EffectNode &node : nodes) {
        auto same = std::find_if(result.begin(), result.end(), [&](const Effect &e) {
            return e.table == node.table && e.action == node.action && e.viaKey == node.viaKey
                && e.depth == node.depth;
        });
        if (same != result.end())
            same->rows += node.rows;
        else
            result.append({node.table, node.action, node.rows, node.viaKey, node.depth});
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Effect &a, const Effect &b) { return a.depth < b.depth; });
    return result;
}

QVector<TableTotals> SimulationResult::totals() const
{
    QVector<TableTotals> result;
    for (const EffectNode &node : nodes) {
        auto it = std::find_if(result.begin(), result.end(),
                               [&](const TableTotals &t) { return t.table == node.table; });
        if (it == result.end()) {
            result.append({node.table, 0, 0, 0, 0});
            it = result.end() - 1;
        }
        switch (node.action) {
        case EffectAction::Deleted:
            it->deleted += node.rows;
            break;
        case EffectAction::Updated:
            it->updated += node.rows;
            break;
        case EffectAction::SetNull:
            it->setNull += node.rows;
            break;
        case EffectAction::SetDefault:
            it->setDefault += node.rows;
            break;
        }
    }
    return result;
}

SimulationHighlight SimulationResult::highlight() const
{
    using Effect = SimulationHighlight::Effect;
    SimulationHighlight h;
    h.statementTable = table;
    for (const EffectNode &node : nodes) {
        Effect effect = Effect::Updated;
        if (node.action == EffectAction::Deleted)
            effect = Effect::Deleted;
        else if (node.action == EffectAction::SetNull || node.action == EffectAction::SetDefault)
            effect = Effect::NulledOrDefaulted;
        h.tables[node.table].add(effect, node.rows);
        if (node.viaKey)
            h.keys[node.viaKey].add(effect, node.rows);
    }
    if (error.foreignKey) {
        h.keys[error.foreignKey].add(Effect::Blocked, 0);
        h.tables[error.childTable].add(Effect::Blocked, 0);
    } else if (error.kind != SimulationError::Kind::None && error.childTable) {
        h.tables[error.childTable].add(Effect::Blocked, 0);
    }
    if (table && !h.tables.contains(table))
        h.tables[table].reached = true;
    return h;
}

namespace {

QString tableName(const Schema &schema, Id id)
{
    const Table *t = schema.table(id);
    return t ? t->name : QString();
}

QString keyName(const Schema &schema, Id id)
{
    return SimulationResult::keyLabel(schema, id);
}

QJsonValue jsonValue(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return v.toDouble();
    case QMetaType::QByteArray:
        return QStringLiteral("x'%1'").arg(QString::fromLatin1(v.toByteArray().toHex()));
    default:
        return v.toString();
    }
}

QJsonObject rowObject(const Table *table, const QVector<QVariant> &values)
{
    QJsonObject o;
    for (int c = 0; c < values.size() && table && c < table->columns.size(); ++c)
        o.insert(table->columns.at(c).name, jsonValue(values.at(c)));
    return o;
}

QString rowText(const Table *table, const QVector<QVariant> &values)
{
    QStringList parts;
    for (int c = 0; c < values.size() && table && c < table->columns.size(); ++c) {
        const QVariant &v = values.at(c);
        parts.append(table->columns.at(c).name + QLatin1Char('=')
                     + (v.isNull() ? QStringLiteral("NULL") : v.toString()));
    }
    return parts.join(QLatin1String(", "));
}

} // namespace

QJsonObject SimulationResult::toJson(const Schema &schema) const
{
    QJsonObject o;
    o.insert(QStringLiteral("ok"), ok);
    if (!server.isEmpty())
        o.insert(QStringLiteral("engine"), server);
    o.insert(QStringLiteral("statement"), statement);
    o.insert(QStringLiteral("deferred"), deferred);
    o.insert(QStringLiteral("applied"), applied);
    if (ok) {
        o.insert(QStringLiteral("error"), QJsonValue::Null);
    } else {
        QJsonObject e{{QStringLiteral("message"), error.message},
                      {QStringLiteral("explanation"), error.explanation}};
        if (error.foreignKey) {
            e.insert(QStringLiteral("foreignKey"), keyName(schema, error.foreignKey));
            e.insert(QStringLiteral("action"), ActionNames::fileName(error.keyAction));
        }
        if (error.childTable)
            e.insert(QStringLiteral("childTable"), tableName(schema, error.childTable));
        if (error.parentTable)
            e.insert(QStringLiteral("parentTable"), tableName(schema, error.parentTable));
        if (error.column)
            e.insert(QStringLiteral("column"), schema.describe(error.column));
        if (!error.childRows.isEmpty()) {
            QJsonArray rows;
            const Table *child = schema.table(error.childTable);
            for (const QVector<QVariant> &row : error.childRows)
                rows.append(rowObject(child, row));
            e.insert(QStringLiteral("childRows"), rows);
            e.insert(QStringLiteral("childRowCount"), error.childRowCount);
        }
        o.insert(QStringLiteral("error"), e);
    }
    QJsonArray effectArray;
    for (const Effect &e : effects()) {
        effectArray.append(QJsonObject{
            {QStringLiteral("table"), tableName(schema, e.table)},
            {QStringLiteral("action"), EffectActions::jsonName(e.action)},
            {QStringLiteral("rows"), e.rows},
            {QStringLiteral("via"),
             e.viaKey ? QJsonValue(keyName(schema, e.viaKey)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("depth"), e.depth},
        });
    }
    o.insert(QStringLiteral("effects"), effectArray);
    QJsonArray totalArray;
    for (const TableTotals &t : totals()) {
        totalArray.append(QJsonObject{{QStringLiteral("table"), tableName(schema, t.table)},
                                      {QStringLiteral("deleted"), t.deleted},
                                      {QStringLiteral("updated"), t.updated},
                                      {QStringLiteral("setNull"), t.setNull},
                                      {QStringLiteral("setDefault"), t.setDefault}});
    }
    o.insert(QStringLiteral("totals"), totalArray);
    o.insert(QStringLiteral("notSimulated"), QJsonArray::fromStringList(notSimulated));
    if (!engine.isEmpty())
        o.insert(
            QStringLiteral("engineRules"),
            QJsonObject{{QStringLiteral("engine"), engine},
                        {QStringLiteral("differences"), QJsonArray::fromStringList(engineRules)}});
    return o;
}

QString SimulationResult::toText(const Schema &schema) const
{
    QStringList lines;
    if (ok) {
        lines.append(applied ? tr("The statement succeeded and was applied.")
                             : tr("The statement would succeed (rolled back)."));
    } else {
        lines.append(tr("The engine refuses the statement: %1").arg(error.explanation));
        if (!error.message.isEmpty() && error.message != error.explanation)
            lines.append(tr("  SQLite says: %1").arg(error.message));
        const Table *child = schema.table(error.childTable);
        for (const QVector<QVariant> &row : error.childRows)
            lines.append(tr("  still referencing: %1 (%2)")
                             .arg(child ? child->name : QString(), rowText(child, row)));
        if (error.childRowCount > error.childRows.size())
            lines.append(tr("  … and %n more row(s)", nullptr,
                            error.childRowCount - error.childRows.size()));
    }
    const std::function<void(int, int)> print = [&](int index, int indent) {
        const EffectNode &node = nodes.at(index);
        QString line = QString(indent * 2, QLatin1Char(' '))
            + tr("%1: %n row(s) %2", nullptr, node.rows)
                  .arg(tableName(schema, node.table), EffectActions::displayName(node.action));
        if (node.viaKey)
            line += tr(" via %1 (%2)")
                        .arg(keyName(schema, node.viaKey), ActionNames::sqlKeyword(node.keyAction));
        line += tr(", depth %1").arg(node.depth);
        lines.append(line);
        for (int child : node.children)
            print(child, indent + 1);
    };
    for (int root : roots())
        print(root, 1);
    if (nodes.isEmpty() && ok)
        lines.append(tr("  No rows changed."));
    const QVector<TableTotals> sums = totals();
    if (ok && sums.size() > 1) {
        lines.append(tr("Totals:"));
        for (const TableTotals &t : sums) {
            QStringList parts;
            if (t.deleted)
                parts.append(tr("%1 deleted").arg(t.deleted));
            if (t.setNull)
                parts.append(tr("%1 set to NULL").arg(t.setNull));
            if (t.setDefault)
                parts.append(tr("%1 set to default").arg(t.setDefault));
            if (t.updated)
                parts.append(tr("%1 updated").arg(t.updated));
            lines.append(QStringLiteral("  %1: %2")
                             .arg(tableName(schema, t.table), parts.join(QLatin1String(", "))));
        }
    }
    for (const QString &item : notSimulated)
        lines.append(tr("Not simulated: %1").arg(item));
    if (!engineRules.isEmpty())
        lines.append(tr("%1's rules applied where they differ from SQLite's: %2.")
                         .arg(engine, engineRules.join(QLatin1String("; "))));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
