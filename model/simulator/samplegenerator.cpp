#include "samplegenerator.h"

#include "../schema.h"
#include "samplegeneratorspread.h"
#include "samplegeneratorvalues.h"
#include "tableorder.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>

namespace {

constexpr int Attempts = 8;

QString uniqueValueKey(const QVector<QVariant> &row, const QVector<int> &positions)
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
    SampleGeneratorSpread::Key spread;
    QVector<int> plan; // parent row per child row (not for self-references)
};

bool refuses(ReferentialAction action)
{
    return action == ReferentialAction::Restrict || action == ReferentialAction::NoAction;
}

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
        const SampleGeneratorValues values(table->name, m_rows, m_seed);
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
                if (column.nullable && !inKey && !unique
                    && int(random.bounded(100)) < SampleGeneratorValues::nullPercent(column))
                    continue;
                // Columns of a composite unique key count up too: the tuple is then unique.
                bool partOfUnique = inKey;
                for (const UniqueConstraint &u : table->uniqueConstraints)
                    partOfUnique = partOfUnique || u.columns.contains(column.id);
                for (const TableIndex &x : table->indexes)
                    partOfUnique = partOfUnique || (x.unique && x.columns.contains(column.id));
                row[c] = values.value(column, i, unique || partOfUnique, random);
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
            Reference r{key, {}, {}, {}, {}};
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
        // Which parent each row points at, planned per key so that parents have none, one or
        // many children (SampleGeneratorSpread). A one-to-one key keeps fewer rows than asked.
        int rowCount = int(out.rows.size());
        for (Reference &r : references) {
            if (r.key->isSelfReference())
                continue;
            SampleGeneratorSpread::Key &k = r.spread;
            k.parents = int(tables.value(r.key->parentTable).rows.size());
            k.children = int(out.rows.size());
            k.refusing = refuses(r.key->onDelete);
            k.nullable = true;
            for (int p : r.childPositions)
                k.nullable = k.nullable && table->columns.at(p).nullable;
            for (const QVector<int> &set : std::as_const(uniqueSets)) {
                bool covered = true;
                for (int p : set)
                    covered = covered && r.childPositions.contains(p);
                k.oneToOne = k.oneToOne || covered;
            }
            r.plan = SampleGeneratorSpread::plan(k, random);
            if (k.oneToOne)
                rowCount = qMin(rowCount, int(r.plan.size()));
        }
        out.rows.resize(rowCount);
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
                    if (!self) {
                        // The plan first; a retry for uniqueness picks another parent.
                        const int pick = attempt == 0 ? r.plan.value(i, -1)
                            : parentRows.isEmpty()
                            ? -1
                            : SampleGeneratorSpread::retryPick(r.spread, random);
                        if (pick < 0) {
                            if (!nullable) {
                                possible = false;
                                break;
                            }
                            for (int p : r.childPositions)
                                row[p] = QVariant();
                            continue;
                        }
                        const QVector<QVariant> &parentRow = parentRows.at(pick);
                        for (int k = 0; k < r.childPositions.size(); ++k)
                            row[r.childPositions.at(k)] = parentRow.at(r.parentPositions.at(k));
                        continue;
                    }
                    // A chain for self-references: the first row has no parent.
                    if (parentRows.isEmpty() || (nullable && random.bounded(10) == 0)) {
                        if (nullable) {
                            for (int p : r.childPositions)
                                row[p] = QVariant();
                            continue;
                        }
                        // NOT NULL self-reference: the first row points at itself.
                        for (int k = 0; k < r.childPositions.size(); ++k)
                            row[r.childPositions.at(k)] = row.at(r.parentPositions.at(k));
                        continue;
                    }
                    // A tree of some depth: any earlier row.
                    const int pick = int(random.bounded(quint32(parentRows.size())));
                    const QVector<QVariant> &parentRow = parentRows.at(pick);
                    for (int k = 0; k < r.childPositions.size(); ++k)
                        row[r.childPositions.at(k)] = parentRow.at(r.parentPositions.at(k));
                }
                if (!possible)
                    break;
                bool fresh = true;
                for (int u = 0; u < uniqueSets.size() && fresh; ++u) {
                    const QString key = uniqueValueKey(row, uniqueSets.at(u));
                    fresh = key.isEmpty() || !seen.at(u).contains(key);
                }
                if (!fresh)
                    continue;
                for (int u = 0; u < uniqueSets.size(); ++u)
                    seen[u].insert(uniqueValueKey(row, uniqueSets.at(u)));
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
