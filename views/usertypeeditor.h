#pragma once

#include "usertype.h"

#include <QVector>
#include <QWidget>

class Document;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

// The Types tab of SchemaObjectsDialog: the schema's user-defined types on the left (Add Enum,
// Add Domain, Remove), the selected one's fields on the right. It edits a copy of the list;
// the dialog applies it as one command. Enum values are kept exactly as typed, spaces included.
class UserTypeEditor : public QWidget
{
    Q_OBJECT
public:
    explicit UserTypeEditor(Document *document, QWidget *parent = nullptr);

    const QVector<UserType> &types() const { return m_types; }

    QListWidget *typeList() const { return m_list; }
    QPushButton *addEnumButton() const { return m_addEnum; }
    QPushButton *addDomainButton() const { return m_addDomain; }
    QPushButton *removeButton() const { return m_remove; }
    QLineEdit *nameEdit() const { return m_name; }
    QListWidget *valueList() const { return m_values; }
    QLineEdit *valueInput() const { return m_valueInput; }
    QPushButton *addValueButton() const { return m_addValue; }
    QPushButton *removeValueButton() const { return m_removeValue; }
    QPushButton *valueUpButton() const { return m_valueUp; }
    QPushButton *valueDownButton() const { return m_valueDown; }
    QLineEdit *baseTypeEdit() const { return m_baseType; }
    QLineEdit *collationEdit() const { return m_collation; }
    QLineEdit *defaultEdit() const { return m_default; }
    QCheckBox *notNullBox() const { return m_notNull; }
    QTableWidget *checkTable() const { return m_checks; }
    QPushButton *addCheckButton() const { return m_addCheck; }
    QPushButton *removeCheckButton() const { return m_removeCheck; }

private:
    void addType(UserType::Kind kind);
    void removeCurrent();
    void showCurrent();
    UserType *current();
    void refreshListText(int row);
    void storeValues();
    void storeChecks();
    void addValue();
    void moveValue(int delta);
    QWidget *makeEnumPage();
    QWidget *makeDomainPage();

    Document *m_document;
    QVector<UserType> m_types;
    QListWidget *m_list;
    QPushButton *m_addEnum;
    QPushButton *m_addDomain;
    QPushButton *m_remove;
    QLineEdit *m_name;
    QLabel *m_kind;
    QStackedWidget *m_pages;
    QListWidget *m_values;
    QLineEdit *m_valueInput;
    QPushButton *m_addValue;
    QPushButton *m_removeValue;
    QPushButton *m_valueUp;
    QPushButton *m_valueDown;
    QLineEdit *m_baseType;
    QLineEdit *m_collation;
    QLineEdit *m_default;
    QCheckBox *m_notNull;
    QTableWidget *m_checks;
    QPushButton *m_addCheck;
    QPushButton *m_removeCheck;
    QPlainTextEdit *m_definition;
};
