#include "editsampledatacommand.h"

#include "sampledatastore.h"

EditSampleDataCommand::EditSampleDataCommand(SampleDataStore *store, const SampleData &after,
                                             const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_store(store)
    , m_before(store->data())
    , m_after(after)
{
}

void EditSampleDataCommand::redo()
{
    m_store->setData(m_after);
}

void EditSampleDataCommand::undo()
{
    m_store->setData(m_before);
}
