#pragma once

#include "id.h"

#include <QWidget>

class Document;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
struct Column;

// Every property of one column: its type (the declared type, as written in the schema's source
// dialect, when there is one), nullability, default as written, auto-increment or identity,
// generated expression, MySQL's ON UPDATE, collation and comment. What the target dialect does
// not take is marked with the reason beside the field. Each field pushes one EditColumnCommand
// when its value really changed, and follows the model (undo, the table panel) under signal
// blockers.
class ColumnPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ColumnPanel(Document *document, QWidget *parent = nullptr);
    ~ColumnPanel() override;

    void setColumn(Id columnId);
    Id columnId() const { return m_columnId; }
    void refresh();

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *typeChooser() const { return m_type; }
    QLabel *logicalTypeLabel() const { return m_logicalType; }
    QLabel *typeErrorLabel() const { return m_typeError; }
    QCheckBox *unsignedBox() const { return m_unsigned; }
    QCheckBox *nullableBox() const { return m_nullable; }
    QLineEdit *defaultEdit() const { return m_default; }
    QCheckBox *autoIncrementBox() const { return m_autoIncrement; }
    QComboBox *identityChooser() const { return m_identity; }
    QLineEdit *identityOptionsEdit() const { return m_identityOptions; }
    QLineEdit *generatedEdit() const { return m_generated; }
    QCheckBox *storedBox() const { return m_stored; }
    QLineEdit *onUpdateEdit() const { return m_onUpdate; }
    QLineEdit *collationEdit() const { return m_collation; }
    QLineEdit *commentEdit() const { return m_comment; }
    // The reason the target dialect does not take a field's value; hidden when it does.
    QLabel *identityAdvice() const { return m_identityAdvice; }
    QLabel *generatedAdvice() const { return m_generatedAdvice; }
    QLabel *onUpdateAdvice() const { return m_onUpdateAdvice; }
    QLabel *collationAdvice() const { return m_collationAdvice; }
    QLabel *unsignedAdvice() const { return m_unsignedAdvice; }

private:
    const Column *column() const;
    void push(const Column &after, int property);
    void commitName();
    void commitType();
    void commitDefault();
    void commitAutoIncrement();
    void commitIdentity();
    void commitIdentityOptions();
    void commitGenerated();
    void commitOnUpdate();
    void commitCollation();
    void commitComment();
    void refreshAdvice(const Column &column);
    QLabel *adviceLabel();

    Document *m_document;
    Id m_columnId = 0;
    QFormLayout *m_form;
    QLabel *m_table;
    QLineEdit *m_name;
    QLabel *m_typeLabel;
    QComboBox *m_type;
    QString m_typeSuggestionsFor; // the source dialect the chooser's list was made for
    QLabel *m_logicalType;
    QLabel *m_typeError;
    QCheckBox *m_unsigned;
    QCheckBox *m_nullable;
    QLineEdit *m_default;
    QCheckBox *m_autoIncrement;
    QComboBox *m_identity;
    QLineEdit *m_identityOptions;
    QLineEdit *m_generated;
    QCheckBox *m_stored;
    QLineEdit *m_onUpdate;
    QLineEdit *m_collation;
    QLineEdit *m_comment;
    QLabel *m_unsignedAdvice;
    QLabel *m_identityAdvice;
    QLabel *m_generatedAdvice;
    QLabel *m_onUpdateAdvice;
    QLabel *m_collationAdvice;
};
