#include "sampledata.h"

#include "../schema.h"

#include <QJsonArray>

bool SampleTable::operator==(const SampleTable &other) const
{
    if (columns != other.columns || rows.size() != other.rows.size())
        return false;
    // QVariant's == converts between types; the sample data must keep its storage classes.
    for (int r = 0; r < rows.size(); ++r) {
        const QVector<QVariant> &a = rows.at(r);
        const QVector<QVariant> &b = other.rows.at(r);
        if (a.size() != b.size())
            return false;
        for (int c = 0; c < a.size(); ++c) {
            if (a.at(c).isNull() != b.at(c).isNull() || a.at(c).typeId() != b.at(c).typeId()
                || a.at(c) != b.at(c))
                return false;
        }
    }
    return true;
}

bool SampleData::isEmpty() const
{
    return rowCount() == 0;
}

int SampleData::rowCount() const
{
    int count = 0;
    for (const SampleTable &t : tables)
        count += t.rows.size();
    return count;
}

bool SampleData::operator==(const SampleData &other) const
{
    return tables == other.tables;
}

namespace {

// Integers beyond 2^53 do not survive a JSON double; they are written as {"int": "…"}.
constexpr qlonglong MaxExactDouble = 9007199254740992LL;

QJsonValue toJsonValue(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Bool: {
        const qlonglong v = value.toLongLong();
        if (v > MaxExactDouble || v < -MaxExactDouble)
            return QJsonObject{{QStringLiteral("int"), QString::number(v)}};
        return QJsonValue(v);
    }
    case QMetaType::ULongLong:
        return QJsonObject{{QStringLiteral("int"), QString::number(value.toULongLong())}};
    case QMetaType::Double:
    case QMetaType::Float:
        return QJsonObject{{QStringLiteral("real"), value.toDouble()}};
    case QMetaType::QByteArray:
        return QJsonObject{
            {QStringLiteral("blob"), QString::fromLatin1(value.toByteArray().toBase64())}};
    default:
        return value.toString();
    }
}

bool fromJsonValue(const QJsonValue &json, QVariant *value)
{
    if (json.isNull()) {
        *value = QVariant();
        return true;
    }
    if (json.isString()) {
        *value = json.toString();
        return true;
    }
    if (json.isDouble()) {
        const double d = json.toDouble();
        const qlonglong i = qlonglong(d);
        if (double(i) != d)
            return false;
        *value = i;
        return true;
    }
    if (json.isBool()) {
        *value = qlonglong(json.toBool() ? 1 : 0);
        return true;
    }
    if (json.isObject()) {
        const QJsonObject o = json.toObject();
        if (o.contains(QStringLiteral("int"))) {
            bool ok = false;
            *value = o.value(QStringLiteral("int")).toString().toLongLong(&ok);
            return ok;
        }
        if (o.contains(QStringLiteral("real")) && o.value(QStringLiteral("real")).isDouble()) {
            *value = o.value(QStringLiteral("real")).toDouble();
            return true;
        }
        if (o.contains(QStringLiteral("blob"))) {
            *value = QByteArray::fromBase64(o.value(QStringLiteral("blob")).toString().toLatin1());
            return true;
        }
    }
    return false;
}

} // namespace

QJsonObject SampleData::toJson(const Schema &schema) const
{
    QJsonArray tableArray;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        const Table *table = schema.table(it.key());
        QJsonArray columnIds, columnNames, rows;
        for (Id c : it->columns) {
            columnIds.append(qint64(c));
            const Column *column = table ? table->column(c) : nullptr;
            columnNames.append(column ? column->name : QString());
        }
        for (const QVector<QVariant> &row : it->rows) {
            QJsonArray values;
            for (const QVariant &v : row)
                values.append(toJsonValue(v));
            rows.append(values);
        }
        tableArray.append(QJsonObject{{QStringLiteral("table"), qint64(it.key())},
                                      {QStringLiteral("name"), table ? table->name : QString()},
                                      {QStringLiteral("columns"), columnIds},
                                      {QStringLiteral("columnNames"), columnNames},
                                      {QStringLiteral("rows"), rows}});
    }
    return QJsonObject{{QStringLiteral("tables"), tableArray}};
}

bool SampleData::fromJson(const QJsonValue &value, SampleData *data, QString *error)
{
    *data = SampleData();
    if (value.isUndefined() || value.isNull())
        return true;
    const QJsonArray tableArray = value.toObject().value(QStringLiteral("tables")).toArray();
    if (!value.isObject()) {
        *error = tr("sampleData: expected an object with a \"tables\" list.");
        return false;
    }
    for (int t = 0; t < tableArray.size(); ++t) {
        const QJsonObject object = tableArray.at(t).toObject();
        const Id tableId = Id(object.value(QStringLiteral("table")).toInteger());
        if (tableId == 0) {
            *error = tr("sampleData › tables[%1]: missing table id.").arg(t);
            return false;
        }
        SampleTable table;
        for (const QJsonValue &c : object.value(QStringLiteral("columns")).toArray())
            table.columns.append(Id(c.toInteger()));
        const QJsonArray rows = object.value(QStringLiteral("rows")).toArray();
        table.rows.reserve(rows.size());
        for (int r = 0; r < rows.size(); ++r) {
            const QJsonArray values = rows.at(r).toArray();
            if (values.size() != table.columns.size()) {
                *error = tr("sampleData › tables[%1] › rows[%2]: %3 values for %4 columns.")
                             .arg(t)
                             .arg(r)
                             .arg(values.size())
                             .arg(table.columns.size());
                return false;
            }
            QVector<QVariant> row(values.size());
            for (int c = 0; c < values.size(); ++c) {
                if (!fromJsonValue(values.at(c), &row[c])) {
                    *error = tr("sampleData › tables[%1] › rows[%2][%3]: unreadable value.")
                                 .arg(t)
                                 .arg(r)
                                 .arg(c);
                    return false;
                }
            }
            table.rows.append(row);
        }
        data->tables.insert(tableId, table);
    }
    return true;
}
