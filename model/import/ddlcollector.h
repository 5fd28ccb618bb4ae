#pragma once

#include "importedschema.h"
#include "importreport.h"

#include <QCoreApplication>
#include <QSet>

// Applies DDL statements, as the script parsers understand them, to an ImportedSchema in
// script order: CREATE TABLE, ALTER TABLE ... ADD/DROP, CREATE INDEX, DROP TABLE. A statement
// about a table the script has not created is noted in the report (with the statement's
// position) and ignored; nothing is guessed.
class DdlCollector
{
    Q_DECLARE_TR_FUNCTIONS(DdlCollector)
public:
    explicit DdlCollector(ImportReport *report);

    const ImportedSchema &schema() const { return m_schema; }
    ImportedSchema &schema() { return m_schema; }

    // Where the statement being applied starts, for notes.
    void setPosition(int line, int column);
    // A note at the statement being applied.
    void note(ImportReport::Severity severity, const QString &message);

    void createTable(const ImportedTable &table);
    void dropTable(const QString &table);
    // Notes and returns nullptr when missing; statements on a view are counted as skipped.
    ImportedTable *table(const QString &name);
    // A view the script creates: statements on it (indexed views) are skipped, not errors.
    void addView(const QString &name) { m_views.insert(name.toLower()); }

    void addColumn(const QString &table, const ImportedColumn &column);
    void setPrimaryKey(const QString &table, const ImportedConstraint &key);
    void addUnique(const QString &table, const ImportedConstraint &constraint);
    void addIndex(const QString &table, const ImportedConstraint &index);
    void addForeignKey(const ImportedForeignKey &key);
    // Drops a named primary key, unique constraint, index or foreign key of the table.
    void dropConstraint(const QString &table, const QString &name);

private:
    ImportReport *m_report;
    ImportedSchema m_schema;
    QSet<QString> m_views;
    int m_line = 0;
    int m_column = 0;
};
