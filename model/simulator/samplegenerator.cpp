#include "samplegenerator.h"

#include "../schema.h"
#include "tableorder.h"

#include <QDate>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <cmath>

namespace {

constexpr int Attempts = 8;

QString truncated(const QString &text, const DataType &type)
{
    return type.hasLength() && type.length() > 0 ? text.left(type.length()) : text;
}

// A value of the column's type; `serial` makes it unique within the column.
QVariant valueFor(const Column &column, int serial, bool unique, QRandomGenerator &random)
{
    const DataType &type = column.type;
    const int n = unique ? serial : int(random.bounded(1000));
    switch (type.kind()) {
    case LogicalType::SmallInt:
    case LogicalType::Integer:
    case LogicalType::BigInt:
        return qlonglong(unique ? serial + 1 : n);
    case LogicalType::Boolean:
        return qlonglong(unique ? serial : n % 2);
    case LogicalType::Decimal: {
        const int scale = qMax(0, type.scale());
        const int digits = type.length() > 0 ? qMax(1, type.length() - scale) : 6;
        const qlonglong bound = qlonglong(std::pow(10.0, qMin(digits, 15)));
        const qlonglong whole = unique ? serial % bound : qlonglong(random.bounded(quint64(bound)));
        if (scale == 0)
            return whole;
        return double(whole) + double(random.bounded(100)) / 100.0;
    }
    case LogicalType::Real:
    case LogicalType::Double:
        return unique ? double(serial) + 0.5 : double(random.bounded(100000)) / 100.0;
    case LogicalType::Date:
        return QDate(2020, 1, 1).addDays(unique ? serial : n).toString(Qt::ISODate);
    case LogicalType::Time:
        return QStringLiteral("%1:%2:%3")
            .arg((unique ? serial / 3600 : n) % 24, 2, 10, QLatin1Char('0'))
            .arg((unique ? serial / 60 : random.bounded(60)) % 60, 2, 10, QLatin1Char('0'))
            .arg((unique ? serial : random.bounded(60)) % 60, 2, 10, QLatin1Char('0'));
    case LogicalType::Timestamp:
    case LogicalType::TimestampTz: {
        const QString text = QDate(2020, 1, 1).addDays(unique ? serial : n).toString(Qt::ISODate)
            + QStringLiteral(" %1:00:00").arg(random.bounded(24), 2, 10, QLatin1Char('0'));
        return type.kind() == LogicalType::TimestampTz ? text + QLatin1String("+00:00") : text;
    }
    case LogicalType::Uuid: {
        const quint64 high = random.generate64();
        const quint64 low = unique ? quint64(serial) : random.generate64();
        const QString hex = QStringLiteral("%1%2")
                                .arg(high, 16, 16, QLatin1Char('0'))
                                .arg(low, 16, 16, QLatin1Char('0'));
        return QStringLiteral("%1-%2-%3-%4-%5")
            .arg(hex.mid(0, 8), hex.mid(8, 4), hex.mid(12, 4), hex.mid(16, 4), hex.mid(20, 12));
    }
    case LogicalType::Json:
        return QStringLiteral("{\"n\": %1}").arg(unique ? serial : n);
    case LogicalType::Blob: {
        QByteArray bytes(8, Qt::Uninitialized);
        for (int i = 0; i < 8; ++i)
            bytes[i] = char(unique ? (serial >> (8 * (7 - i))) & 0xff : random.bounded(256));
        return bytes;
    }
    case LogicalType::Char:
    case LogicalType::Varchar:
    case LogicalType::Text:
    case LogicalType::Custom:
        break;
    }
    // Short unique strings count in base 36 so that narrow columns still hold many rows.
    if (unique && type.hasLength() && type.length() > 0 && type.length() < 8)
        return QString::number(serial, 36).rightJustified(type.length(), QLatin1Char('0'), true);
    return truncated(QStringLiteral("%1 %2").arg(column.name).arg(unique ? serial : n), type);
}

QString tupleKey(const QVector<QVariant> &row, const QVector<int> &positions)
{
    QString key;
    for (int p : positions) {
        if (row.at(p).isNull())
            return {}; // NULLs never collide
        key += row.at(p).toString() + QChar(0x1f);
    }
    return key;
}

struct Reference
{
    const ForeignKey *key;
    QVector<int> childPositions;
    QVector<int> parentPositions; // in the parent table
};

} // namespace

SampleGenerator::SampleGenerator(const Schema &schema, int rowsPerTable, quint64 seed)
    : m_schema(schema)
    , m_rows(rowsPerTable)
    , m_seed(seed)
{
}

bool SampleGenerator::generate(SampleData *data, const std::function<bool(int, int)> &progress)
{
    QRandomGenerator random(quint32(m_seed ^ (m_seed >> 32)));
    m_skipped = 0;
    const QVector<Id> order = TableOrder::parentsFirst(m_schema);
    // Both passes count; reported in thousandths so that huge requests fit an int.
    const qint64 total = qMax<qint64>(1, 2ll * m_rows * order.size());
    qint64 done = 0;
    const auto cancelled = [&] {
        if (progress && (++done % 1000) == 0 && !progress(int(done * 1000 / total), 1000)) {
            m_error = tr("Cancelled.");
            return true;
        }
        return false;
    };

    // Pass 1 for every table first, so that cycles find their parents' keys already made:
    // every column that is not a key column.
    QHash<Id, SampleTable> tables;
    QHash<Id, QSet<int>> keyColumns; // positions filled in pass 2
    for (Id tableId : order) {
        const Table *table = m_schema.table(tableId);
        SampleTable &out = tables[tableId];
        for (const Column &c : table->columns)
            out.columns.append(c.id);
        for (Id keyId : m_schema.foreignKeysOfTable(tableId)) {
            const ForeignKey *key = m_schema.foreignKey(keyId);
            if (key->childTable == tableId) {
                for (Id c : key->childColumns)
                    keyColumns[tableId].insert(table->columnIndex(c));
            }
        }
        out.rows.resize(m_rows);
        for (int i = 0; i < m_rows; ++i) {
            if (cancelled())
                return false;
            QVector<QVariant> &row = out.rows[i];
            row.resize(table->columns.size());
            for (int c = 0; c < table->columns.size(); ++c) {
                if (keyColumns.value(tableId).contains(c))
                    continue;
                const Column &column = table->columns.at(c);
                const bool unique = table->isPrimaryKeyColumn(column.id)
                    || table->isUniqueColumn(column.id) || column.autoIncrement;
                const bool inKey = table->isPrimaryKeyColumn(column.id);
                // Some NULLs where allowed, none in any unique or primary key.
                if (column.nullable && !inKey && !unique && random.bounded(20) == 0)
                    continue;
                // Columns of a composite unique key count up too: the tuple is then unique.
                bool partOfUnique = inKey;
                for (const UniqueConstraint &u : table->uniqueConstraints)
                    partOfUnique = partOfUnique || u.columns.contains(column.id);
                for (const TableIndex &x : table->indexes)
                    partOfUnique = partOfUnique || (x.unique && x.columns.contains(column.id));
                row[c] = valueFor(column, i, unique || partOfUnique, random);
            }
        }
    }

    // Pass 2, parents first: the key columns, as whole tuples of an existing parent row,
    // retried until every unique column set stays unique.
    for (Id tableId : order) {
        const Table *table = m_schema.table(tableId);
        SampleTable &out = tables[tableId];
        QVector<Reference> references;
        for (Id keyId : m_schema.foreignKeysOfTable(tableId)) {
            const ForeignKey *key = m_schema.foreignKey(keyId);
            if (key->childTable != tableId)
                continue;
            const Table *parent = m_schema.table(key->parentTable);
            Reference r{key, {}, {}};
            for (Id c : key->childColumns)
                r.childPositions.append(table->columnIndex(c));
            for (Id c : key->parentColumns)
                r.parentPositions.append(parent->columnIndex(c));
            references.append(r);
        }
        QVector<QVector<int>> uniqueSets;
        auto positionsOf = [&](const QVector<Id> &ids) {
            QVector<int> positions;
            for (Id c : ids)
                positions.append(table->columnIndex(c));
            return positions;
        };
        if (!table->primaryKey.isEmpty())
            uniqueSets.append(positionsOf(table->primaryKey));
        for (const UniqueConstraint &u : table->uniqueConstraints)
            uniqueSets.append(positionsOf(u.columns));
        for (const TableIndex &x : table->indexes) {
            if (x.unique)
                uniqueSets.append(positionsOf(x.columns));
        }
        QVector<QSet<QString>> seen(uniqueSets.size());
        QVector<QVector<QVariant>> kept;
        kept.reserve(out.rows.size());
        for (int i = 0; i < out.rows.size(); ++i) {
            if (cancelled())
                return false;
            bool placed = false;
            for (int attempt = 0; attempt < Attempts && !placed; ++attempt) {
                QVector<QVariant> row = out.rows.at(i);
                bool possible = true;
                for (const Reference &r : references) {
                    const bool self = r.key->isSelfReference();
                    const QVector<QVector<QVariant>> &parentRows
                        = self ? kept : tables.value(r.key->parentTable).rows;
                    bool nullable = true;
                    for (int p : r.childPositions)
                        nullable = nullable && table->columns.at(p).nullable;
                    // A chain for self-references: the first row has no parent.
                    if (parentRows.isEmpty() || (nullable && random.bounded(10) == 0)) {
                        if (nullable) {
                            for (int p : r.childPositions)
                                row[p] = QVariant();
                            continue;
                        }
                        if (self) { // NOT NULL self-reference: the first row points at itself
                            for (int k = 0; k < r.childPositions.size(); ++k)
                                row[r.childPositions.at(k)] = row.at(r.parentPositions.at(k));
                            continue;
                        }
                        possible = false;
                        break;
                    }
                    // The first attempt spreads children evenly over their parents; later
                    // ones, and self-references (a tree of some depth), pick at random.
                    const int pick = attempt == 0 && !self
                        ? i % parentRows.size()
                        : int(random.bounded(quint32(parentRows.size())));
                    const QVector<QVariant> &parentRow = parentRows.at(pick);
                    for (int k = 0; k < r.childPositions.size(); ++k)
                        row[r.childPositions.at(k)] = parentRow.at(r.parentPositions.at(k));
                }
                if (!possible)
                    break;
                bool fresh = true;
                for (int u = 0; u < uniqueSets.size() && fresh; ++u) {
                    const QString key = tupleKey(row, uniqueSets.at(u));
                    fresh = key.isEmpty() || !seen.at(u).contains(key);
                }
                if (!fresh)
                    continue;
                for (int u = 0; u < uniqueSets.size(); ++u)
                    seen[u].insert(tupleKey(row, uniqueSets.at(u)));
                kept.append(row);
                placed = true;
            }
            if (!placed)
                ++m_skipped;
        }
        out.rows = kept;
    }
    // Rows kept in a parent may be fewer than made in pass 1; children point only at kept
    // parent rows because parents are finished first, except around a cycle, where a
    // dropped parent row could leave a child dangling. The loader names such rows.
    SampleData result;
    for (Id tableId : order) {
        if (!tables.value(tableId).rows.isEmpty())
            result.tables.insert(tableId, tables.value(tableId));
    }
    *data = result;
    if (progress)
        progress(1000, 1000);
    return true;
}
