#pragma once

#include "ddlgenerator.h"

#include "../datatype.h"
#include "../referentialaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

struct Column;
struct ForeignKey;
struct Table;
struct Problem;

// The statement skeleton every dialect shares: tables in creation order with their columns,
// primary key, unique constraints and the keys whose parent already exists; indexes (the
// model's and one per key whose child columns no index leads with); then the late keys as
// ALTER TABLE. Dialects override quoting, types and what their engine accepts.
class BaseDdlGenerator : public DdlGenerator
{
    Q_DECLARE_TR_FUNCTIONS(BaseDdlGenerator)
public:
    DdlScript createScript(const Schema &schema, const DdlOptions &options = {}) const override;
    DdlScript dropScript(const Schema &schema, const DdlOptions &options = {}) const override;
    QString quoteIdentifier(const QString &name, bool force = false) const override;

    // The SQL type written for a column, e.g. "BIGINT UNSIGNED", "NVARCHAR(40)".
    virtual QString typeName(const Column &column) const = 0;
    // The action as this dialect writes it after ON DELETE / ON UPDATE; empty: write no clause
    // (the dialect's default, or an action it cannot express, which the checker reports).
    virtual QString actionClause(ReferentialAction action) const;
    // Longest identifier the engine keeps, in bytes of UTF-8 (0: no practical limit).
    virtual int maxIdentifierBytes() const { return 0; }

protected:
    struct Context; // names allocated while one script is built

    virtual QChar openQuote() const { return QLatin1Char('"'); }
    virtual QChar closeQuote() const { return QLatin1Char('"'); }
    // Upper-case keywords that must be quoted when used as names.
    virtual const QSet<QString> &reservedWords() const = 0;
    // PostgreSQL folds unquoted names to lower case, so a name with capitals needs quotes.
    virtual bool foldsUnquotedToLowerCase() const { return false; }

    // SQLite allows references to tables created later; the server dialects need ALTER TABLE.
    virtual bool allowsForwardReferences() const { return false; }
    // MySQL/MariaDB declare indexes inside CREATE TABLE, so that the engine reuses them for
    // foreign keys instead of creating its own.
    virtual bool indexesInsideCreateTable() const { return false; }
    virtual QString autoIncrementClause(const Column &column) const;
    // The standard DEFERRABLE clauses; dialects without deferrable keys write nothing.
    virtual QString deferrableClause(Deferrability deferrability) const;
    virtual QString collateClause(const QString &collation, const DdlOptions &options) const;
    virtual QString matchClause(MatchType match) const;
    virtual QString tableOptions() const { return {}; }
    virtual QString dropForeignKeySql(const QString &table, const QString &key) const;
    virtual QString defaultExpression(const Column &column) const;
    // SQLite writes a single-column integer primary key inline as INTEGER PRIMARY KEY.
    virtual bool isInlinePrimaryKey(const Table &table, const Column &column) const;
    virtual QString columnDefinition(const Table &table, const Column &column,
                                     const DdlOptions &options) const;

    QString quoted(const QString &name, const DdlOptions &options) const
    {
        return quoteIdentifier(name, options.quoteAllIdentifiers);
    }
    QString columnList(const Table &table, const QVector<Id> &columnIds,
                       const DdlOptions &options) const;
    QString foreignKeyClause(const Schema &schema, const ForeignKey &key,
                             const DdlOptions &options) const;
    QString foreignKeyName(const Schema &schema, const ForeignKey &key) const;
    QStringList headerLines(const Schema &schema, const QString &what) const;
    // Attaches every problem to the first statement that defines its object.
    static void attachNotes(DdlScript *script, const Schema &schema,
                            const QVector<Problem> &problems);
};
