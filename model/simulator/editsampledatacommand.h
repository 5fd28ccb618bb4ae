#pragma once

#include "sampledata.h"

#include <QCoreApplication>
#include <QUndoCommand>

class SampleDataStore;

// Replaces the document's sample data: an edit in a grid, loading a .sql file, generating
// rows, applying a simulated statement. Holds both snapshots, so undo restores the rows
// byte for byte.
class EditSampleDataCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditSampleDataCommand)
public:
    EditSampleDataCommand(SampleDataStore *store, const SampleData &after, const QString &text,
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    SampleDataStore *m_store;
    SampleData m_before;
    SampleData m_after;
};
