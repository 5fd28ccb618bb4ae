#pragma once

#include "ddlcursor.h"
#include "importedschema.h"
#include "sqltokenizer.h"

#include <QCoreApplication>

class DdlCollector;
class ImportReport;

// A recursive-descent parser for the DDL subset Joinery models, in the MySQL/MariaDB and SQL
// Server flavours (PostgreSQL has its own grammar through libpg_query, SQLite runs its own):
//   CREATE TABLE name (column definitions, table constraints, MySQL KEY/INDEX lines) options
//   ALTER TABLE name [WITH [NO]CHECK] ADD/DROP/MODIFY/CHANGE/ALTER COLUMN ..., ...
//   CREATE [UNIQUE] [[NON]CLUSTERED] INDEX name ON table (columns)
//   DROP TABLE [IF EXISTS] name, ...
// One statement at a time: a statement that does not follow the grammar is reported with the
// line and column of the token where reading stopped and changes nothing, so a half-read
// statement is never applied. Other statements are counted as skipped by their first words.
class DdlParser : private DdlCursor
{
    Q_DECLARE_TR_FUNCTIONS(DdlParser)
public:
    DdlParser(const QString &script, const SqlTokens &tokens, SqlTokenizer::Flavor flavor,
              DdlCollector *collector, ImportReport *report);

    // Parses tokens [begin, end) as one statement.
    void parseStatement(int begin, int end);

private:
    struct ColumnExtras // what a column definition says beyond the column itself
    {
        bool primaryKey = false;
        QString primaryKeyName;
        // SQL Server accepts "col int NOT NULL PRIMARY KEY CLUSTERED (a, b)" (a table constraint
        // without its comma); empty: the column alone.
        QStringList primaryKeyColumns;
        QVector<ImportedConstraint> uniques;
        QVector<ImportedForeignKey> keys;
        QVector<ImportedCheck> checks;
    };

    void createTable();
    void createIndex(bool unique);
    void alterTable();
    void dropTable();

    bool atTableConstraint() const;
    // A table constraint; `table` is its table; results go to the lists.
    void tableConstraint(ImportedTable *table, QVector<ImportedConstraint> *uniques,
                         QVector<ImportedConstraint> *indexes, QVector<ImportedForeignKey> *keys,
                         bool *primaryKeySet, ImportedConstraint *primaryKey);
    ImportedColumn columnDefinition(const QString &table, ColumnExtras *extras);
    QString typeText();
    void createAliasType();
    void addType();
    QString parenthesized();
    QStringList indexColumns(QVector<IndexPart> *parts, bool *expression);
    QString defaultExpression();
    void references(ImportedForeignKey *key);
    ReferentialAction referentialAction();

    const SqlTokenizer::Flavor m_flavor;
    DdlCollector *m_collector;
    ImportReport *m_report;
};
