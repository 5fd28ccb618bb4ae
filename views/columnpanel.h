#pragma once

#include "id.h"

#include <QWidget>

class Document;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

// Every property of one column. Each field pushes one EditColumnCommand when its value really
// changed, and follows the model (undo, the table panel) under signal blockers.
class ColumnPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ColumnPanel(Document *document, QWidget *parent = nullptr);

    void setColumn(Id columnId);
    Id columnId() const { return m_columnId; }
    void refresh();

private:
    void commitText();
    void commitChecks();

    Document *m_document;
    Id m_columnId = 0;
    QLabel *m_table;
    QLineEdit *m_name;
    QComboBox *m_type;
    QCheckBox *m_unsigned;
    QCheckBox *m_nullable;
    QLineEdit *m_default;
    QCheckBox *m_autoIncrement;
    QLineEdit *m_collation;
    QLineEdit *m_comment;
    QLabel *m_typeError;
};
