#pragma once

#include "schema.h"

#include <QObject>
#include <QUndoStack>

// A schema being edited: the data, its undo stack, and the signals every view listens to.
//
// Only undo commands (model/commands) call the mutators below; views and panels push commands
// on undoStack() and never change the schema directly. Each mutator emits the fine-grained
// signals for what really changed, then changed().
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);

    const Schema &schema() const { return m_schema; }
    QUndoStack *undoStack() { return &m_undoStack; }
    Id allocateId() { return m_schema.allocateId(); }

    // Replaces everything (new file, open): clears the undo stack, emits schemaReset().
    void resetSchema(const Schema &schema);

    // --- mutators for commands ---
    void insertTable(int index, const Table &table);
    Table removeTable(Id tableId); // the table must have no foreign keys left
    // Replaces a table's content, emitting column and table signals for the differences.
    void updateTable(const Table &table);
    void moveTable(Id tableId, const QPointF &position);
    void insertForeignKey(int index, const ForeignKey &key);
    ForeignKey removeForeignKey(Id keyId);
    void updateForeignKey(const ForeignKey &key);
    void setSchemaProperties(const QString &name, const QString &targetDialect);
    void setSourceDialect(const QString &sourceDialect);
    // Extensions, user-defined types and sequences, replaced together.
    void setSchemaObjects(const QStringList &extensions, const QVector<UserType> &userTypes,
                          const QVector<Sequence> &sequences);
    void insertSubjectArea(int index, const SubjectArea &area);
    SubjectArea removeSubjectArea(Id areaId);
    void updateSubjectArea(const SubjectArea &area); // the area with that id

signals:
    void schemaReset();
    void schemaPropertiesChanged(); // name, target dialect, source dialect
    void schemaObjectsChanged(); // extensions, user-defined types, sequences
    void subjectAreasChanged(); // added, removed, renamed, recoloured, members changed
    void tableAdded(Id tableId);
    void tableAboutToBeRemoved(Id tableId);
    void tableRemoved(Id tableId);
    void tableChanged(Id tableId); // name, comment, colour, constraints, column order
    void tableMoved(Id tableId);
    void columnAdded(Id tableId, Id columnId);
    void columnAboutToBeRemoved(Id tableId, Id columnId);
    void columnRemoved(Id tableId, Id columnId);
    void columnChanged(Id tableId, Id columnId);
    void foreignKeyAdded(Id keyId);
    void foreignKeyAboutToBeRemoved(Id keyId);
    void foreignKeyRemoved(Id keyId);
    void foreignKeyChanged(Id keyId);
    // After every change of any kind, once per mutator call.
    void changed();

private:
    Schema m_schema;
    QUndoStack m_undoStack;
};
