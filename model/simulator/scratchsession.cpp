#include "scratchsession.h"

#include "../document.h"
#include "sampledatastore.h"

#include <QTimer>

ScratchSession::ScratchSession(Document *document, SampleDataStore *store, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_store(store)
{
    connect(document, &Document::changed, this, &ScratchSession::schedule);
    connect(document, &Document::schemaReset, this, &ScratchSession::schedule);
    connect(store, &SampleDataStore::changed, this, &ScratchSession::schedule);
    rebuild();
}

void ScratchSession::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        if (m_scheduled)
            rebuild();
    });
}

bool ScratchSession::rebuild()
{
    m_scheduled = false;
    emit aboutToRebuild();
    m_rejected.clear();
    m_error.clear();
    m_db = std::make_unique<ScratchDatabase>();
    const Schema &schema = m_document->schema();
    bool ok = m_db->isOpen() && m_db->createFromSchema(schema)
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

SampleData ScratchSession::dataWithTableFromDatabase(Id tableId) const
{
    SampleData data = m_store->data();
    SampleTable table;
    if (!m_db->readTable(m_document->schema(), tableId, &table))
        return data;
    // Rejected rows of this table, mapped to the current columns by id.
    const SampleTable old = data.tables.value(tableId);
    for (const RejectedRow &r : m_rejected) {
        if (r.table != tableId)
            continue;
        QVector<QVariant> row(table.columns.size());
        for (int c = 0; c < table.columns.size(); ++c) {
            const int from = old.columns.indexOf(table.columns.at(c));
            if (from >= 0)
                row[c] = r.values.value(from);
        }
        table.rows.append(row);
    }
    if (table.rows.isEmpty())
        data.tables.remove(tableId);
    else
        data.tables.insert(tableId, table);
    return data;
}
