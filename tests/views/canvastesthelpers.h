#pragma once

#include "commands/addtablecommand.h"
#include "document.h"

// Builds small schemas for the canvas tests through the model's own API.
namespace CanvasTest {

inline Column column(Document *doc, const QString &name, LogicalType type, bool nullable = true)
{
    Column c;
    c.id = doc->allocateId();
    c.name = name;
    c.type = DataType(type);
    c.nullable = nullable;
    return c;
}

// A table with the given columns; the first `primaryKeyColumns` form the primary key.
inline Table table(Document *doc, const QString &name, const QPointF &pos,
                   const QVector<Column> &columns, int primaryKeyColumns = 1)
{
    Table t;
    t.id = doc->allocateId();
    t.name = name;
    t.position = pos;
    t.columns = columns;
    for (int i = 0; i < primaryKeyColumns && i < columns.size(); ++i)
        t.primaryKey << columns.at(i).id;
    return t;
}

inline void add(Document *doc, const Table &t)
{
    doc->undoStack()->push(new AddTableCommand(doc, t));
}

} // namespace CanvasTest
