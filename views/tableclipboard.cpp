#include "tableclipboard.h"

#include "commands/addforeignkeycommand.h"
#include "commands/addtablecommand.h"
#include "document.h"
#include "foreignkeyplanner.h"
#include "freespace.h"
#include "schemareader.h"
#include "schemawriter.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSet>

QByteArray TableClipboard::copy(const Schema &schema, const QVector<Id> &tableIds)
{
    Schema part;
    QSet<Id> copied;
    Id highest = 0;
    for (Id tableId : schema.tableIds()) { // document order, whatever the selection order
        if (!tableIds.contains(tableId))
            continue;
        part.insertTable(part.tableCount(), *schema.table(tableId));
        copied.insert(tableId);
    }
    if (copied.isEmpty())
        return {};
    for (Id keyId : schema.foreignKeyIds()) {
        const ForeignKey *key = schema.foreignKey(keyId);
        if (copied.contains(key->childTable) && copied.contains(key->parentTable))
            part.insertForeignKey(part.foreignKeyCount(), *key);
    }
    highest = schema.peekNextId();
    part.reserveIdsUpTo(highest);
    return SchemaWriter::toJson(part);
}

QVector<Id> TableClipboard::paste(Document *document, const QByteArray &data, const QPointF &offset,
                                  const QVector<QRectF> &occupied)
{
    SchemaReader reader;
    if (data.isEmpty() || !reader.read(data) || reader.schema().tableCount() == 0)
        return {};
    const Schema &part = reader.schema();
    QHash<Id, Id> newIds;
    auto remap = [&](Id old) {
        auto it = newIds.find(old);
        if (it == newIds.end())
            it = newIds.insert(old, document->allocateId());
        return *it;
    };
    auto remapList = [&](const QVector<Id> &ids) {
        QVector<Id> result;
        for (Id id : ids)
            result << remap(id);
        return result;
    };

    // The pasted group as a whole goes where it covers nothing, as near the wished-for place
    // as can be; the tables keep their arrangement among themselves.
    QRectF group;
    for (Id tableId : part.tableIds()) {
        const Table *t = part.table(tableId);
        group |= QRectF(t->position + offset, FreeSpace::cardSize(*t));
    }
    const QPointF moved = FreeSpace::nearest(occupied, group.size(), group.topLeft());
    const QPointF shift = offset + (moved - group.topLeft());

    QUndoStack *stack = document->undoStack();
    stack->beginMacro(tr("Paste %n table(s)", nullptr, part.tableCount()));
    QVector<Id> pasted;
    for (Id tableId : part.tableIds()) {
        Table table = *part.table(tableId);
        table.id = remap(table.id);
        for (Column &c : table.columns)
            c.id = remap(c.id);
        table.primaryKey = remapList(table.primaryKey);
        for (UniqueConstraint &u : table.uniqueConstraints) {
            u.id = remap(u.id);
            u.columns = remapList(u.columns);
            u.name = ForeignKeyPlanner::uniqueConstraintName(document->schema(), u.name);
        }
        for (TableIndex &i : table.indexes) {
            i.id = remap(i.id);
            i.columns = remapList(i.columns);
            i.name = ForeignKeyPlanner::uniqueConstraintName(document->schema(), i.name);
        }
        if (!table.primaryKeyName.isEmpty())
            table.primaryKeyName = ForeignKeyPlanner::uniqueConstraintName(document->schema(),
                                                                           table.primaryKeyName);
        if (document->schema().tableByName(table.name))
            table.name = ForeignKeyPlanner::uniqueTableName(document->schema(),
                                                            table.name + QStringLiteral("_copy"));
        table.position += shift;
        stack->push(new AddTableCommand(document, table));
        pasted << table.id;
    }
    for (Id keyId : part.foreignKeyIds()) {
        ForeignKey key = *part.foreignKey(keyId);
        key.id = remap(key.id);
        key.childTable = remap(key.childTable);
        key.parentTable = remap(key.parentTable);
        key.childColumns = remapList(key.childColumns);
        key.parentColumns = remapList(key.parentColumns);
        key.name = ForeignKeyPlanner::uniqueConstraintName(document->schema(), key.name);
        stack->push(new AddForeignKeyCommand(document, key));
    }
    stack->endMacro();
    return pasted;
}

QByteArray TableClipboard::fromClipboard()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    return mime ? mime->data(QLatin1String(MimeType)) : QByteArray();
}

void TableClipboard::toClipboard(const QByteArray &data)
{
    auto mime = new QMimeData;
    mime->setData(QLatin1String(MimeType), data);
    QApplication::clipboard()->setMimeData(mime);
}
