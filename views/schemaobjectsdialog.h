#pragma once

#include <QDialog>

class Document;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class SequenceEditor;
class UserTypeEditor;

// Schema › Types and Sequences: the schema's user-defined types (enums, domains), sequences
// and extensions, in three tabs. Everything is edited on copies; OK applies the three lists as
// one EditSchemaObjectsCommand, and only when something changed. What SchemaObjectsCheck
// refuses (a name twice, an empty enum, a value twice, a type columns still use) is said in
// the dialog, which stays open.
class SchemaObjectsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SchemaObjectsDialog(Document *document, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    UserTypeEditor *typeEditor() const { return m_types; }
    SequenceEditor *sequenceEditor() const { return m_sequences; }
    QListWidget *extensionList() const { return m_extensions; }
    QLineEdit *extensionInput() const { return m_extensionInput; }
    QPushButton *addExtensionButton() const { return m_addExtension; }
    QPushButton *removeExtensionButton() const { return m_removeExtension; }
    QLabel *messageLabel() const { return m_message; }
    QDialogButtonBox *buttonBox() const { return m_buttons; }

    void accept() override;

private:
    QWidget *makeExtensionsTab();
    QStringList extensions() const;
    void addExtension();

    Document *m_document;
    QTabWidget *m_tabs;
    UserTypeEditor *m_types;
    SequenceEditor *m_sequences;
    QListWidget *m_extensions = nullptr;
    QLineEdit *m_extensionInput = nullptr;
    QPushButton *m_addExtension = nullptr;
    QPushButton *m_removeExtension = nullptr;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
