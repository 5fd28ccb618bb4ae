#include "rowdiff.h"

#include "../schema.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {

// A row's key as text; NULL and the type are part of it, so that NULL never equals ''.
QString rowDiffKey(const QVector<QVariant> &row, const QVector<int> &columns)
{
    QString key;
    for (int c : columns) {
        const QVariant &v = row.value(c);
        key += v.isNull() ? QStringLiteral("\x01N")
                          : QString::number(v.typeId()) + QLatin1Char(':') + v.toString();
        key += QChar(0x1f);
    }
    return key;
}

int differingColumns(const QVector<QVariant> &a, const QVector<QVariant> &b)
{
    int count = 0;
    for (int c = 0; c < a.size(); ++c) {
        if (a.at(c) != b.value(c) || a.at(c).isNull() != b.value(c).isNull())
            ++count;
    }
    return count;
}

} // namespace

bool RowDiff::isEmpty() const
{
    return deleted.isEmpty() && setNull.isEmpty() && setDefault.isEmpty() && updated.isEmpty();
}

bool RowDiff::isDefaultValue(const QString &defaultExpression, const QVariant &value)
{
    QString text = defaultExpression.trimmed();
    if (text.isEmpty() || text.compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0)
        return value.isNull();
    if (value.isNull())
        return false;
    // PostgreSQL writes casts after literals ('x'::text, 0::smallint); the value is the literal.
    static const QRegularExpression cast(QStringLiteral("::[A-Za-z_ ]+(\\([0-9, ]*\\))?$"));
    while (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')')))
        text = text.mid(1, text.size() - 2).trimmed();
    text.remove(cast);
    if (text.size() >= 2 && text.startsWith(QLatin1Char('\'')) && text.endsWith(QLatin1Char('\'')))
        text = text.mid(1, text.size() - 2).replace(QLatin1String("''"), QLatin1String("'"));
    if (value.typeId() == QMetaType::Bool)
        return (text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0
                || text == QLatin1String("1"))
            == value.toBool();
    if (value.typeId() == QMetaType::Double) {
        bool ok = false;
        const double number = text.toDouble(&ok);
        return ok && number == value.toDouble();
    }
    return value.toString() == text;
}

RowDiff RowDiff::compare(const Schema &schema, const Table &table,
                         const QVector<QVector<QVariant>> &before,
                         const QVector<QVector<QVariant>> &after, bool deleting)
{
    QVector<int> keyColumns;
    for (Id columnId : table.primaryKey) {
        for (int c = 0; c < table.columns.size(); ++c) {
            if (table.columns.at(c).id == columnId)
                keyColumns.append(c);
        }
    }
    if (keyColumns.isEmpty()) {
        for (int c = 0; c < table.columns.size(); ++c)
            keyColumns.append(c);
    }
    // The child columns of this table's keys, and whether a key over them sets defaults.
    QSet<int> childColumns;
    QSet<int> setDefaultColumns;
    for (Id keyId : schema.foreignKeyIds()) {
        const ForeignKey *key = schema.foreignKey(keyId);
        if (key->childTable != table.id)
            continue;
        const ReferentialAction action = deleting ? key->onDelete : key->onUpdate;
        for (int c = 0; c < table.columns.size(); ++c) {
            if (!key->childColumns.contains(table.columns.at(c).id))
                continue;
            childColumns.insert(c);
            if (action == ReferentialAction::SetDefault)
                setDefaultColumns.insert(c);
        }
    }

    QHash<QString, QVector<int>> unmatchedBefore; // key → indexes in `before`, in order
    for (int i = 0; i < before.size(); ++i)
        unmatchedBefore[rowDiffKey(before.at(i), keyColumns)].append(i);
    QVector<QPair<int, int>> pairs; // (before, after)
    QVector<int> loose; // rows after whose key changed
    for (int i = 0; i < after.size(); ++i) {
        auto it = unmatchedBefore.find(rowDiffKey(after.at(i), keyColumns));
        if (it == unmatchedBefore.end() || it->isEmpty()) {
            loose.append(i);
            continue;
        }
        pairs.append({it->takeFirst(), i});
    }
    QVector<int> remaining;
    for (int i = 0; i < before.size(); ++i) {
        const auto it = unmatchedBefore.constFind(rowDiffKey(before.at(i), keyColumns));
        if (it != unmatchedBefore.constEnd() && it->contains(i))
            remaining.append(i);
    }
    // A row whose key changed (or, without a primary key, any changed row) is paired with the
    // row before that it differs from least.
    for (int i : std::as_const(loose)) {
        int best = -1;
        int bestCount = 0;
        for (int r = 0; r < remaining.size(); ++r) {
            const int count = differingColumns(before.at(remaining.at(r)), after.at(i));
            if (best < 0 || count < bestCount) {
                best = r;
                bestCount = count;
            }
        }
        if (best < 0)
            continue; // a row the statement cannot have added; not the simulation's business
        pairs.append({remaining.takeAt(best), i});
    }

    RowDiff diff;
    for (int i : std::as_const(remaining))
        diff.deleted.append({before.at(i), {}});
    std::sort(pairs.begin(), pairs.end());
    for (const auto &[b, a] : std::as_const(pairs)) {
        const QVector<QVariant> &old = before.at(b);
        const QVector<QVariant> &now = after.at(a);
        QVector<int> changed;
        for (int c = 0; c < old.size(); ++c) {
            if (old.at(c) != now.value(c) || old.at(c).isNull() != now.value(c).isNull())
                changed.append(c);
        }
        if (changed.isEmpty())
            continue;
        bool keyColumnsOnly = true;
        bool allNull = true;
        bool allDefault = true;
        bool setDefaultKey = false;
        for (int c : std::as_const(changed)) {
            keyColumnsOnly = keyColumnsOnly && childColumns.contains(c);
            allNull = allNull && now.value(c).isNull();
            allDefault
                = allDefault && isDefaultValue(table.columns.at(c).defaultValue, now.value(c));
            setDefaultKey = setDefaultKey || setDefaultColumns.contains(c);
        }
        const RowChange change{old, now};
        if (!keyColumnsOnly)
            diff.updated.append(change);
        else if (allNull && (!allDefault || !setDefaultKey))
            diff.setNull.append(change);
        else if (allDefault)
            diff.setDefault.append(change);
        else
            diff.updated.append(change);
    }
    return diff;
}
