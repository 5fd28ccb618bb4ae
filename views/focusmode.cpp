#include "focusmode.h"

#include "document.h"
#include "foreignkeyitem.h"
#include "schemascene.h"
#include "tableitem.h"

#include <algorithm>

FocusMode::FocusMode(SchemaScene *scene, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
{
    // Edits come in bursts (a deleted table's keys, then the table): follow them once.
    m_followEdits.setSingleShot(true);
    m_followEdits.setInterval(0);
    connect(&m_followEdits, &QTimer::timeout, this, [this] {
        if (!isActive())
            return;
        if (!m_scene->document()->schema().table(m_table)) {
            clear();
            return;
        }
        recompute();
    });
    Document *document = scene->document();
    connect(document, &Document::changed, this, [this] {
        if (isActive())
            m_followEdits.start();
    });
    // Another document: the scene has new items and nothing to focus on.
    connect(document, &Document::schemaReset, this, [this] {
        m_table = 0;
        m_tables.clear();
        emit changed();
    });
}

void FocusMode::focus(Id tableId, int depth)
{
    if (!m_scene->document()->schema().table(tableId))
        return;
    m_table = tableId;
    m_depth = std::clamp(depth, 1, MaximumDepth);
    recompute();
}

void FocusMode::setDepth(int depth)
{
    depth = std::clamp(depth, 1, MaximumDepth);
    if (depth == m_depth)
        return;
    m_depth = depth;
    if (isActive())
        recompute();
}

void FocusMode::setHideOthers(bool hide)
{
    if (hide == m_hideOthers)
        return;
    m_hideOthers = hide;
    if (isActive()) {
        apply();
        emit changed();
    }
}

void FocusMode::clear()
{
    if (!isActive() && m_tables.isEmpty())
        return;
    m_table = 0;
    m_tables.clear();
    apply();
    emit changed();
}

void FocusMode::recompute()
{
    // Breadth-first over the keys, both ways, `m_depth` steps.
    const Schema &schema = m_scene->document()->schema();
    QSet<Id> reached{m_table};
    QVector<Id> frontier{m_table};
    for (int step = 0; step < m_depth && !frontier.isEmpty(); ++step) {
        QVector<Id> next;
        for (Id table : std::as_const(frontier)) {
            for (Id keyId : schema.foreignKeysOfTable(table)) {
                const ForeignKey *key = schema.foreignKey(keyId);
                const Id other = key->childTable == table ? key->parentTable : key->childTable;
                if (!reached.contains(other)) {
                    reached.insert(other);
                    next << other;
                }
            }
        }
        frontier = next;
    }
    m_tables = reached;
    apply();
    emit changed();
}

void FocusMode::apply()
{
    const Schema &schema = m_scene->document()->schema();
    const bool active = isActive();
    for (Id id : schema.tableIds()) {
        TableItem *item = m_scene->tableItem(id);
        if (!item)
            continue;
        const bool inFocus = !active || m_tables.contains(id);
        item->setVisible(inFocus || !m_hideOthers);
        item->setOpacity(inFocus ? 1.0 : DimmedOpacity);
    }
    for (Id id : schema.foreignKeyIds()) {
        ForeignKeyItem *item = m_scene->foreignKeyItem(id);
        if (!item)
            continue;
        const ForeignKey *key = schema.foreignKey(id);
        const bool inFocus = !active
            || (m_tables.contains(key->childTable) && m_tables.contains(key->parentTable));
        item->setVisible(inFocus || !m_hideOthers);
        item->setOpacity(inFocus ? 1.0 : DimmedOpacity);
    }
}

QString FocusMode::tableName() const
{
    const Table *table = m_scene->document()->schema().table(m_table);
    return table ? table->name : QString();
}

QRectF FocusMode::focusedRect() const
{
    QRectF rect;
    for (Id id : m_tables) {
        if (TableItem *item = m_scene->tableItem(id))
            rect |= item->sceneCardRect();
    }
    return rect;
}
