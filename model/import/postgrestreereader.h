#pragma once

#include "importedschema.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QVector>

#include <functional>

class DdlCollector;
class ImportReport;

// Walks libpg_query's JSON parse tree of one statement and applies what Joinery models to a
// DdlCollector. Node and field names are PostgreSQL's own (src/include/nodes/parsenodes.h):
// CreateStmt, ColumnDef, Constraint (contype CONSTR_PRIMARY, CONSTR_FOREIGN ...),
// AlterTableStmt/AlterTableCmd, IndexStmt, DropStmt, CommentStmt. Statements of any other
// kind are counted as skipped under a readable name ("CREATE VIEW").
class PostgresTreeReader
{
    Q_DECLARE_TR_FUNCTIONS(PostgresTreeReader)
public:
    PostgresTreeReader(DdlCollector *collector, ImportReport *report);

    // `statement` is the UTF-8 text that was parsed; the tree's locations are byte offsets
    // into it.
    // `where` maps such an offset to (line, column) in the script.
    void read(const QJsonObject &parseResult, const QByteArray &statement,
              const std::function<QPair<int, int>(int)> &where);

private:
    void createTable(const QJsonObject &node);
    void alterTable(const QJsonObject &node);
    void createIndex(const QJsonObject &node);
    void drop(const QJsonObject &node);
    void comment(const QJsonObject &node);

    ImportedColumn readColumn(const QJsonObject &columnDef, const QString &table,
                              QVector<ImportedForeignKey> *keys,
                              QVector<QPair<QString, ImportedConstraint>> *constraints);
    // A table-level constraint (also ALTER TABLE ... ADD CONSTRAINT).
    void applyConstraint(const QString &table, const QJsonObject &constraint);
    // The column CHECKs readColumn() collected go to `table` (created or altered by now).
    void takeColumnChecks(const QString &table);
    void createSequence(const QJsonObject &node);
    bool alterSequence(const QJsonObject &node);
    void applySequenceOptions(const QJsonArray &options, ImportedSequence *imported) const;
    void createEnum(const QJsonObject &node);
    void createDomain(const QJsonObject &node);
    QString optionText(const QJsonValue &argument) const;
    QString checkText(const QJsonObject &constraint) const;
    QString groupAfterWord(int location, const char *word) const;
    QString typeSourceText(const QJsonObject &typeName) const;
    ImportedForeignKey readForeignKey(const QString &table, const QJsonObject &constraint);
    QString typeText(const QJsonObject &typeName) const;
    // The source text of an expression (a DEFAULT), from its first token to where it ends.
    QString expressionText(const QJsonValue &expression) const;
    QString groupsText(int location, int groups) const;
    QString partitionSpecText(const QJsonObject &spec) const;
    QString partitionBoundText(const QJsonObject &bound) const;

    DdlCollector *m_collector;
    ImportReport *m_report;
    QByteArray m_statement;
    std::function<QPair<int, int>(int)> m_where;
    QVector<ImportedCheck> m_columnChecks;
};
