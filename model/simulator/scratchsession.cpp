#include "scratchsession.h"

#include "../ddl/ddlgenerator.h"
#include "../document.h"
#include "sampledatastore.h"

#include <QTimer>

ScratchSession::ScratchSession(Document *document, SampleDataStore *store, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_store(store)
{
    connect(document, &Document::changed, this, &ScratchSession::schedule);
    // A new schema may have the same DDL with other ids: the rows must be mapped again.
    connect(document, &Document::schemaReset, this, [this] {
        m_dataChanged = true;
        schedule();
    });
    connect(store, &SampleDataStore::changed, this, [this] {
        const bool expected = m_expecting && m_store->data() == m_expected;
        m_expecting = false;
        m_expected = SampleData();
        if (expected)
            return;
        m_dataChanged = true;
        schedule();
    });
    rebuild();
}

void ScratchSession::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        if (!m_scheduled)
            return;
        m_scheduled = false;
        if (m_dataChanged || ddl() != m_ddl)
            rebuild();
    });
}

void ScratchSession::expectData(const SampleData &data)
{
    m_expected = data;
    m_expecting = true;
}

QStringList ScratchSession::ddl() const
{
    QStringList statements;
    const DdlScript script
        = DdlGenerator::create(Dialect::SQLite)->createScript(m_document->schema());
    for (const DdlStatement &statement : script.statements)
        statements.append(statement.sql);
    return statements;
}

bool ScratchSession::rebuild()
{
    m_scheduled = false;
    m_dataChanged = false;
    emit aboutToRebuild();
    m_rejected.clear();
    m_error.clear();
    m_db = std::make_unique<ScratchDatabase>();
    const Schema &schema = m_document->schema();
    m_ddl = ddl();
    bool ok = m_db->isOpen() && m_db->create(m_ddl)
        && m_db->load(schema, m_store->data(), ScratchDatabase::LoadMode::Lenient, &m_rejected);
    if (!ok)
        m_error = m_db->error();
    // Rows of tables that no longer exist do not fit either.
    for (auto it = m_store->data().tables.cbegin(); it != m_store->data().tables.cend(); ++it) {
        if (schema.table(it.key()))
            continue;
        for (const QVector<QVariant> &row : it->rows)
            m_rejected.append({it.key(), QString(), row, tr("its table no longer exists")});
    }
    emit rebuilt();
    return ok;
}

SampleData ScratchSession::withRejectedRows(SampleData data) const
{
    const SampleData &stored = m_store->data();
    for (const RejectedRow &r : m_rejected) {
        const auto old = stored.tables.constFind(r.table);
        if (old == stored.tables.cend())
            continue;
        const Table *table = m_document->schema().table(r.table);
        if (!table) { // the table is gone: keep its rows as they were
            SampleTable &kept = data.tables[r.table];
            kept.columns = old->columns;
            kept.rows.append(r.values);
            continue;
        }
        SampleTable &target = data.tables[r.table];
        if (target.columns.isEmpty()) {
            for (const Column &c : table->columns)
                target.columns.append(c.id);
        }
        // Mapped to the current columns by id; a new column gets NULL.
        QVector<QVariant> row(target.columns.size());
        for (int c = 0; c < target.columns.size(); ++c) {
            const int from = old->columns.indexOf(target.columns.at(c));
            if (from >= 0)
                row[c] = r.values.value(from);
        }
        target.rows.append(row);
    }
    return data;
}

SampleData ScratchSession::dataWithTableFromDatabase(Id tableId) const
{
    SampleData data = m_store->data();
    SampleTable table;
    if (!m_db->readTable(m_document->schema(), tableId, &table))
        return data;
    data.tables.remove(tableId);
    if (!table.rows.isEmpty())
        data.tables.insert(tableId, table);
    // Only this table's rejected rows are added; the other tables are as stored.
    SampleData withRejected = withRejectedRows(data);
    for (auto it = withRejected.tables.begin(); it != withRejected.tables.end(); ++it) {
        if (it.key() != tableId)
            *it = m_store->data().tables.value(it.key());
    }
    return withRejected;
}

SampleData ScratchSession::dataFromDatabase() const
{
    SampleData data;
    if (!m_db->read(m_document->schema(), &data))
        return m_store->data();
    return withRejectedRows(data);
}
