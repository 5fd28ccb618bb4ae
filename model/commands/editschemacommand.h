#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

class Document;

// The schema's own properties: its name and the target dialect the checks and panels follow.
class EditSchemaCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditSchemaCommand)
public:
    EditSchemaCommand(Document *document, const QString &name, const QString &targetDialect,
                      QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    QString m_oldName, m_newName;
    QString m_oldDialect, m_newDialect;
};
