#pragma once

#include "dialectadvice.h"
#include "id.h"

#include <QWidget>

class Document;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
struct TableOptions;

// A table's dialect options (TableOptions), one group per engine family: SQLite WITHOUT ROWID
// and STRICT; MySQL/MariaDB engine, charset, collation, row format, AUTO_INCREMENT start and
// other options as written; PostgreSQL UNLOGGED, PARTITION BY, PARTITION OF with its bound,
// INHERITS, storage parameters and tablespace. The group of the dialect in play shows, and any
// group that holds a value (marked when the target dialect does not write it); with no dialect
// chosen, all of them. Each field pushes one EditTableCommand when its value really changed.
class TableOptionsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TableOptionsEditor(Document *document, QWidget *parent = nullptr);
    ~TableOptionsEditor() override;

    void setTable(Id tableId);
    void refresh();

    QGroupBox *group(DialectAdvice::OptionFamily family) const;
    QCheckBox *withoutRowidBox() const { return m_withoutRowid; }
    QCheckBox *strictBox() const { return m_strict; }
    QComboBox *engineChooser() const { return m_engine; }
    QComboBox *charsetChooser() const { return m_charset; }
    QLineEdit *collationEdit() const { return m_collation; }
    QComboBox *rowFormatChooser() const { return m_rowFormat; }
    QLineEdit *autoIncrementEdit() const { return m_autoIncrement; }
    QLineEdit *otherOptionsEdit() const { return m_otherOptions; }
    QCheckBox *unloggedBox() const { return m_unlogged; }
    QLineEdit *partitionByEdit() const { return m_partitionBy; }
    QComboBox *partitionOfChooser() const { return m_partitionOf; }
    QLineEdit *partitionBoundEdit() const { return m_partitionBound; }
    QLineEdit *inheritsEdit() const { return m_inherits; }
    QLineEdit *storageEdit() const { return m_storage; }
    QLineEdit *tablespaceEdit() const { return m_tablespace; }
    QLabel *messageLabel() const { return m_message; }

private:
    QGroupBox *buildSqlite();
    QGroupBox *buildMySql();
    QGroupBox *buildPostgreSql();
    QLabel *adviceLabel(QWidget *parent);
    void commit();
    bool readInherits(QVector<Id> *ids);
    void refreshPartitionChoices();

    Document *m_document;
    Id m_tableId = 0;
    bool m_partitionChoicesStale = true;
    QGroupBox *m_sqlite;
    QGroupBox *m_mysql;
    QGroupBox *m_postgres;
    QLabel *m_sqliteAdvice;
    QLabel *m_mysqlAdvice;
    QLabel *m_postgresAdvice;
    QCheckBox *m_withoutRowid;
    QCheckBox *m_strict;
    QComboBox *m_engine;
    QComboBox *m_charset;
    QLineEdit *m_collation;
    QComboBox *m_rowFormat;
    QLineEdit *m_autoIncrement;
    QLineEdit *m_otherOptions;
    QCheckBox *m_unlogged;
    QLineEdit *m_partitionBy;
    QComboBox *m_partitionOf;
    QLineEdit *m_partitionBound;
    QLineEdit *m_inherits;
    QLineEdit *m_storage;
    QLineEdit *m_tablespace;
    QLabel *m_message;
};
