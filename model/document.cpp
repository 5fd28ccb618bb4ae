#include "document.h"

#include <QSet>

Document::Document(QObject *parent)
    : QObject(parent)
{
}

void Document::resetSchema(const Schema &schema)
{
    m_undoStack.clear();
    m_schema = schema;
    emit schemaReset();
    emit changed();
}

void Document::insertTable(int index, const Table &table)
{
    m_schema.insertTable(index, table);
    emit tableAdded(table.id);
    emit changed();
}

Table Document::removeTable(Id tableId)
{
    Q_ASSERT_X(m_schema.foreignKeysOfTable(tableId).isEmpty(), "Document::removeTable",
               "remove the table's foreign keys first");
    emit tableAboutToBeRemoved(tableId);
    Table table = m_schema.takeTable(tableId);
    emit tableRemoved(tableId);
    emit changed();
    return table;
}

void Document::updateTable(const Table &table)
{
    const Table *current = m_schema.table(table.id);
    Q_ASSERT(current);
    const Table before = *current;
    if (before == table)
        return;

    QSet<Id> newIds;
    for (const Column &c : table.columns)
        newIds.insert(c.id);
    QSet<Id> oldIds;
    for (const Column &c : before.columns)
        oldIds.insert(c.id);

    for (const Column &c : before.columns) {
        if (!newIds.contains(c.id)) {
            Q_ASSERT_X(m_schema.foreignKeysUsingColumn(c.id).isEmpty(), "Document::updateTable",
                       "remove the foreign keys of a column before the column");
            emit columnAboutToBeRemoved(table.id, c.id);
        }
    }
    m_schema.replaceTable(table);
    for (const Column &c : before.columns) {
        if (!newIds.contains(c.id))
            emit columnRemoved(table.id, c.id);
    }
    for (const Column &c : table.columns) {
        if (!oldIds.contains(c.id))
            emit columnAdded(table.id, c.id);
        else if (*before.column(c.id) != c)
            emit columnChanged(table.id, c.id);
    }
    // tableChanged covers the table's own properties and the order of its columns; the column
    // signals above cover the columns' contents, added and removed columns.
    auto ownProperties = [](Table t, const QSet<Id> &kept) {
        t.position = QPointF();
        QVector<Column> order;
        for (const Column &c : t.columns) {
            if (kept.contains(c.id)) {
                Column idOnly;
                idOnly.id = c.id;
                order << idOnly;
            }
        }
        t.columns = order;
        return t;
    };
    const QSet<Id> common = QSet<Id>(oldIds).intersect(newIds);
    if (ownProperties(before, common) != ownProperties(table, common))
        emit tableChanged(table.id);
    if (before.position != table.position)
        emit tableMoved(table.id);
    emit changed();
}

void Document::moveTable(Id tableId, const QPointF &position)
{
    const Table *current = m_schema.table(tableId);
    Q_ASSERT(current);
    if (current->position == position)
        return;
    Table moved = *current;
    moved.position = position;
    m_schema.replaceTable(moved);
    emit tableMoved(tableId);
    emit changed();
}

void Document::insertForeignKey(int index, const ForeignKey &key)
{
    Q_ASSERT(m_schema.table(key.childTable) && m_schema.table(key.parentTable));
    m_schema.insertForeignKey(index, key);
    emit foreignKeyAdded(key.id);
    emit changed();
}

ForeignKey Document::removeForeignKey(Id keyId)
{
    emit foreignKeyAboutToBeRemoved(keyId);
    ForeignKey key = m_schema.takeForeignKey(keyId);
    emit foreignKeyRemoved(keyId);
    emit changed();
    return key;
}

void Document::updateForeignKey(const ForeignKey &key)
{
    const ForeignKey *current = m_schema.foreignKey(key.id);
    Q_ASSERT(current);
    if (*current == key)
        return;
    m_schema.replaceForeignKey(key);
    emit foreignKeyChanged(key.id);
    emit changed();
}

void Document::setSchemaProperties(const QString &name, const QString &targetDialect)
{
    if (m_schema.name == name && m_schema.targetDialect == targetDialect)
        return;
    m_schema.name = name;
    m_schema.targetDialect = targetDialect;
    emit schemaPropertiesChanged();
    emit changed();
}

void Document::setSourceDialect(const QString &sourceDialect)
{
    if (m_schema.sourceDialect == sourceDialect)
        return;
    m_schema.sourceDialect = sourceDialect;
    emit schemaPropertiesChanged();
    emit changed();
}

void Document::setSchemaObjects(const QStringList &extensions, const QVector<UserType> &userTypes,
                                const QVector<Sequence> &sequences)
{
    if (m_schema.extensions == extensions && m_schema.userTypes == userTypes
        && m_schema.sequences == sequences)
        return;
    m_schema.extensions = extensions;
    m_schema.userTypes = userTypes;
    m_schema.sequences = sequences;
    for (const UserType &type : userTypes)
        m_schema.reserveIdsUpTo(type.id);
    for (const Sequence &sequence : sequences)
        m_schema.reserveIdsUpTo(sequence.id);
    emit schemaObjectsChanged();
    emit changed();
}

void Document::insertSubjectArea(int index, const SubjectArea &area)
{
    Q_ASSERT(!m_schema.subjectArea(area.id));
    if (index < 0 || index > m_schema.subjectAreas.size())
        index = int(m_schema.subjectAreas.size());
    m_schema.subjectAreas.insert(index, area);
    m_schema.reserveIdsUpTo(area.id);
    emit subjectAreasChanged();
    emit changed();
}

SubjectArea Document::removeSubjectArea(Id areaId)
{
    const int index = m_schema.subjectAreaIndex(areaId);
    Q_ASSERT(index >= 0);
    const SubjectArea area = m_schema.subjectAreas.takeAt(index);
    emit subjectAreasChanged();
    emit changed();
    return area;
}

void Document::updateSubjectArea(const SubjectArea &area)
{
    const int index = m_schema.subjectAreaIndex(area.id);
    Q_ASSERT(index >= 0);
    if (m_schema.subjectAreas.at(index) == area)
        return;
    m_schema.subjectAreas[index] = area;
    emit subjectAreasChanged();
    emit changed();
}
