#include "addtablecommand.h"
#include "../document.h"

AddTableCommand::AddTableCommand(Document *document, const Table &table, int index,
                                 QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_table(table)
    , m_index(index < 0 ? document->schema().tableCount() : index)
{
    setText(tr("Add table \"%1\"").arg(table.name));
}

void AddTableCommand::redo()
{
    m_document->insertTable(m_index, m_table);
}

void AddTableCommand::undo()
{
    m_document->removeTable(m_table.id);
}

Table AddTableCommand::newTable(Document *document, const QString &name, const QPointF &position)
{
    Table table;
    table.id = document->allocateId();
    table.name = name;
    table.position = position;
    Column id;
    id.id = document->allocateId();
    id.name = QStringLiteral("id");
    id.type = DataType(LogicalType::BigInt);
    id.nullable = false;
    id.autoIncrement = true;
    table.columns << id;
    table.primaryKey << id.id;
    return table;
}
