#include "focusmode.h"

#include "document.h"
#include "foreignkeyitem.h"
#include "schemascene.h"
#include "subjectarealayer.h"
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
        const Schema &schema = m_scene->document()->schema();
        if (m_area ? !schema.subjectArea(m_area) : !schema.table(m_table)) {
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
        leaveSubjectArea();
        m_tables.clear();
        emit changed();
    });
}

void FocusMode::focus(Id tableId, int depth)
{
    if (!m_scene->document()->schema().table(tableId))
        return;
    leaveSubjectArea();
    m_table = tableId;
    m_depth = std::clamp(depth, 1, MaximumDepth);
    recompute();
}

void FocusMode::showSubjectArea(Id areaId)
{
    if (!m_scene->document()->schema().subjectArea(areaId))
        return;
    if (!m_area)
        m_hideOthersOutsideArea = m_hideOthers;
    m_area = areaId;
    m_table = 0;
    m_hideOthers = true;
    recompute();
}

void FocusMode::leaveSubjectArea()
{
    // An area's view hides the rest; a table's focus goes back to what the user chose for it.
    if (m_area)
        m_hideOthers = m_hideOthersOutsideArea;
    m_area = 0;
}

void FocusMode::setDepth(int depth)
{
    depth = std::clamp(depth, 1, MaximumDepth);
    if (depth == m_depth)
        return;
    m_depth = depth;
    if (m_table)
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
    leaveSubjectArea();
    m_tables.clear();
    apply();
    emit changed();
}

void FocusMode::recompute()
{
    const Schema &schema = m_scene->document()->schema();
    if (const SubjectArea *area = schema.subjectArea(m_area)) {
        m_tables = QSet<Id>(area->tables.cbegin(), area->tables.cend());
        apply();
        emit changed();
        return;
    }
    // Breadth-first over the keys, both ways, `m_depth` steps.
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
    // The areas' regions follow the cards that are shown.
    m_scene->subjectAreaLayer()->refreshNow();
}

QString FocusMode::tableName() const
{
    const Table *table = m_scene->document()->schema().table(m_table);
    return table ? table->name : QString();
}

QString FocusMode::subjectAreaName() const
{
    const SubjectArea *area = m_scene->document()->schema().subjectArea(m_area);
    return area ? area->name : QString();
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
