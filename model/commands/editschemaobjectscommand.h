#pragma once

#include "../sequence.h"
#include "../usertype.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUndoCommand>
#include <QVector>

class Document;

// Changes the schema-level objects (extensions, user-defined types, sequences) as one step. Like
// the table commands it keeps the whole lists before and after, so undo restores ids and order
// exactly; these lists are short, so the copies cost nothing.
class EditSchemaObjectsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditSchemaObjectsCommand)
public:
    // Starts from the document's current lists; set the new ones before pushing.
    explicit EditSchemaObjectsCommand(Document *document, QUndoCommand *parent = nullptr);

    QStringList extensions;
    QVector<UserType> userTypes;
    QVector<Sequence> sequences;

    void redo() override;
    void undo() override;
    bool changesSomething() const;

private:
    Document *m_document;
    QStringList m_oldExtensions;
    QVector<UserType> m_oldUserTypes;
    QVector<Sequence> m_oldSequences;
};
