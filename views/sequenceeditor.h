#pragma once

#include "sequence.h"

#include <QVector>
#include <QWidget>

class Document;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

// The Sequences tab of SchemaObjectsDialog: the schema's named sequences on the left (Add,
// Remove), the selected one's options on the right. Numbers are text, as the model keeps them:
// empty means the engine's default. It edits a copy; the dialog applies it as one command.
class SequenceEditor : public QWidget
{
    Q_OBJECT
public:
    explicit SequenceEditor(Document *document, QWidget *parent = nullptr);

    const QVector<Sequence> &sequences() const { return m_sequences; }

    QListWidget *sequenceList() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *dataTypeChooser() const { return m_dataType; }
    QLineEdit *startEdit() const { return m_start; }
    QLineEdit *incrementEdit() const { return m_increment; }
    QLineEdit *minEdit() const { return m_min; }
    QLineEdit *maxEdit() const { return m_max; }
    QLineEdit *cacheEdit() const { return m_cache; }
    QCheckBox *cycleBox() const { return m_cycle; }
    QComboBox *ownedByChooser() const { return m_ownedBy; }

private:
    void addSequence();
    void removeCurrent();
    void showCurrent();
    Sequence *current();

    Document *m_document;
    QVector<Sequence> m_sequences;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLineEdit *m_name;
    QComboBox *m_dataType;
    QLineEdit *m_start;
    QLineEdit *m_increment;
    QLineEdit *m_min;
    QLineEdit *m_max;
    QLineEdit *m_cache;
    QCheckBox *m_cycle;
    QComboBox *m_ownedBy;
    QWidget *m_fields;
};
