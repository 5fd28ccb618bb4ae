#include "generatednames.h"

#include "../schema.h"

#include <QCryptographicHash>

GeneratedNames::GeneratedNames(const Schema &schema, int maxBytes)
    : m_schema(schema)
    , m_maxBytes(maxBytes)
{
}

void GeneratedNames::collectUsedNames()
{
    m_collected = true;
    const Schema &schema = m_schema;
    for (Id id : schema.tableIds()) {
        const Table *table = schema.table(id);
        m_used.insert(table->name.toLower());
        m_used.insert(table->primaryKeyName.toLower());
        for (const UniqueConstraint &u : table->uniqueConstraints)
            m_used.insert(u.name.toLower());
        for (const TableIndex &i : table->indexes)
            m_used.insert(i.name.toLower());
    }
    for (Id id : schema.foreignKeyIds())
        m_used.insert(schema.foreignKey(id)->name.toLower());
}

QString GeneratedNames::indexName(const Table &table, const QVector<Id> &columnIds)
{
    if (!m_collected)
        collectUsedNames();
    QString raw = QStringLiteral("ix_") + table.name;
    for (Id id : columnIds) {
        const Column *c = table.column(id);
        raw += QLatin1Char('_') + (c ? c->name : QString());
    }
    QString name = fit(raw, m_maxBytes);
    for (int n = 2; m_used.contains(name.toLower()); ++n)
        name = fit(raw + QLatin1Char('_') + QString::number(n), m_maxBytes);
    m_used.insert(name.toLower());
    return name;
}

QString GeneratedNames::fit(const QString &name, int maxBytes)
{
    if (maxBytes <= 0 || name.toUtf8().size() <= maxBytes)
        return name;
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Md5).toHex().left(8));
    const int room = maxBytes - hash.size() - 1;
    QString prefix;
    int bytes = 0;
    // Whole code points only: a cut inside a UTF-8 sequence would make an invalid name.
    for (int i = 0; i < name.size(); ++i) {
        const int width = name.at(i).isHighSurrogate() && i + 1 < name.size() ? 2 : 1;
        const int size = name.mid(i, width).toUtf8().size();
        if (bytes + size > room)
            break;
        prefix += name.mid(i, width);
        bytes += size;
        i += width - 1;
    }
    return prefix + QLatin1Char('_') + hash;
}
