#pragma once

#include "ddlgenerator.h"
#include "expressiontranslator.h"
#include "typetranslator.h"

#include "../datatype.h"
#include "../referentialaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

class GeneratedNames;
class Schema;
struct CheckConstraint;
struct Column;
struct ForeignKey;
struct Problem;
struct Table;
struct TableIndex;
struct UniqueConstraint;

// The statement skeleton every dialect shares: the schema's own objects (extensions, types,
// sequences), then tables in creation order with their columns, primary key, unique and CHECK
// constraints and the keys whose parent already exists; the model's indexes; the late keys as
// ALTER TABLE; then what must follow the tables (triggers, sequence ownership).
//
// Export is the model, exactly: no index the model does not have, no name the user did not give
// (an unnamed key is written unnamed and the engine names it). When the schema's texts are
// written in this generator's own dialect ("native"), declared types, defaults and expressions
// are written as they are. Dialects override quoting, types and what their engine accepts.
class BaseDdlGenerator : public DdlGenerator
{
    Q_DECLARE_TR_FUNCTIONS(BaseDdlGenerator)
public:
    DdlScript createScript(const Schema &schema, const DdlOptions &options = {}) const override;
    DdlScript dropScript(const Schema &schema, const DdlOptions &options = {}) const override;
    QString quoteIdentifier(const QString &name, bool force = false) const override;

    // The SQL type this dialect writes for a column's logical type, e.g. "BIGINT UNSIGNED".
    virtual QString typeName(const Column &column) const = 0;
    // The type written for a column of `schema`: its declared type when the schema's texts are
    // in this dialect and the column has one (possibly empty: a SQLite column without a type),
    // otherwise typeName().
    QString columnType(const Schema &schema, const Column &column) const;
    // True when texts written in `sourceDialect` are this dialect's own (MySQL and MariaDB
    // share their spelling).
    virtual bool isNative(const QString &sourceDialect) const;
    // The action as this dialect writes it after ON DELETE / ON UPDATE; empty: write no clause
    // (the dialect's default, or an action it cannot express, which the checker reports).
    virtual QString actionClause(ReferentialAction action) const;
    // Longest identifier the engine keeps, in bytes of UTF-8 (0: no practical limit).
    virtual int maxIdentifierBytes() const { return 0; }
    // The name the engine gives an unnamed key (PostgreSQL "<table>_<columns>_fkey", MySQL
    // "<table>_ibfk_<n>"), for messages and for statements that must name it; empty when the
    // engine keeps none (SQLite).
    virtual QString engineForeignKeyName(const Schema &schema, const ForeignKey &key) const;

    // Single objects of a schema as createScript writes them, for migrations that restate them
    // in ALTER statements: the table's qualified name, a column definition, a key, UNIQUE and
    // CHECK elements, an index (CREATE INDEX, or the INDEX element where indexes live inside
    // CREATE TABLE) and the statement that drops a key.
    QString qualifiedTableName(const Schema &schema, const Table &table,
                               const DdlOptions &options = {}) const;
    QString columnSql(const Schema &schema, const Table &table, const Column &column,
                      const DdlOptions &options = {}) const;
    QString foreignKeySql(const Schema &schema, const ForeignKey &key,
                          const DdlOptions &options = {}) const;
    QString uniqueSql(const Schema &schema, const Table &table, const UniqueConstraint &unique,
                      const DdlOptions &options = {}) const;
    QString checkSql(const Schema &schema, const CheckConstraint &check,
                     const DdlOptions &options = {}) const;
    QString indexSql(const Schema &schema, const Table &table, const TableIndex &index,
                     const DdlOptions &options = {}) const;
    QString dropForeignKeyStatement(const Schema &schema, const ForeignKey &key,
                                    const DdlOptions &options = {}) const;

protected:
    // What every hook of one script needs.
    struct Context
    {
        const Schema &schema;
        const DdlOptions &options;
        bool native; // the schema's texts are this dialect's own
        GeneratedNames *names; // for the few names a dialect cannot do without
        // The schema's texts are another known dialect's (`source`): types, defaults and
        // expressions are translated (TypeTranslator, ExpressionTranslator). A schema designed
        // in Joinery has no source dialect, and its texts are written as the user typed them.
        bool translated = false;
        Dialect source = Dialect::SQLite;
        QSet<Id> keyColumns; // TypeTranslator::keyColumns(), when translated
    };
    // The context of one script over `schema`.
    Context makeContext(const Schema &schema, const DdlOptions &options,
                        GeneratedNames *names) const;
    // The column's type in this dialect when translated.
    TypeTranslation translatedType(const Context &context, const Column &column) const;
    ExpressionTranslator::Quote quoter(const DdlOptions &options) const;

    virtual QChar openQuote() const { return QLatin1Char('"'); }
    virtual QChar closeQuote() const { return QLatin1Char('"'); }
    // Upper-case keywords that must be quoted when used as names.
    virtual const QSet<QString> &reservedWords() const = 0;
    // PostgreSQL folds unquoted names to lower case, so a name with capitals needs quotes.
    virtual bool foldsUnquotedToLowerCase() const { return false; }
    // SQLite allows references to tables created later; the server dialects need ALTER TABLE.
    virtual bool allowsForwardReferences() const { return false; }
    // MySQL/MariaDB declare indexes inside CREATE TABLE.
    virtual bool indexesInsideCreateTable() const { return false; }
    // Written after its column's definition; MySQL/MariaDB take no CONSTRAINT name there.
    virtual bool isColumnCheck(const CheckConstraint &check) const;
    // SQLite and SQL Server cannot create an index without a name.
    virtual bool requiresIndexName() const { return false; }

    // Statements before the first table: extensions, user-defined types, sequences.
    virtual QVector<DdlStatement> schemaObjectStatements(const Context &context) const;
    // Statements after everything else: sequence ownership, triggers kept verbatim.
    virtual QVector<DdlStatement> closingStatements(const Context &context) const;

    // The table's qualified, quoted name.
    virtual QString tableName(const Context &context, const Table &table) const;
    // "CREATE TABLE name" and what precedes the element list (PostgreSQL UNLOGGED ...).
    virtual QString createTableHead(const Context &context, const Table &table) const;
    // The table's elements (columns, constraints) in order; `keys` are the keys written inline.
    virtual QStringList tableElements(const Context &context, const Table &table,
                                      const QVector<Id> &keys) const;
    // What follows the closing parenthesis (ENGINE=..., WITHOUT ROWID, INHERITS ...).
    virtual QString tableOptions(const Context &context, const Table &table) const;

    virtual QString columnDefinition(const Context &context, const Table &table,
                                     const Column &column) const;
    virtual QString autoIncrementClause(const Context &context, const Column &column) const;
    virtual QString generatedClause(const Context &context, const Column &column) const;
    virtual QString defaultExpression(const Context &context, const Column &column) const;
    // MySQL/MariaDB ON UPDATE CURRENT_TIMESTAMP; empty elsewhere.
    virtual QString onUpdateClause(const Context &context, const Column &column) const;
    virtual QString collateClause(const QString &collation, const DdlOptions &options) const;
    // SQLite writes a single-column INTEGER primary key inline as INTEGER PRIMARY KEY.
    virtual bool isInlinePrimaryKey(const Context &context, const Table &table,
                                    const Column &column) const;
    virtual QString uniqueClause(const Context &context, const Table &table,
                                 const UniqueConstraint &unique) const;
    virtual QString checkClause(const Context &context, const CheckConstraint &check) const;
    // The standard DEFERRABLE clauses; dialects without deferrable keys write nothing.
    virtual QString deferrableClause(Deferrability deferrability) const;
    virtual QString matchClause(MatchType match) const;
    virtual QString foreignKeyClause(const Context &context, const ForeignKey &key) const;
    // CREATE INDEX (or, inside CREATE TABLE, the INDEX element); `name` already decided.
    virtual QString indexDefinition(const Context &context, const Table &table,
                                    const TableIndex &index, const QString &name) const;
    // One index element: the column or expression with its collation, class and order.
    virtual QString indexPartSql(const Context &context, const Table &table,
                                 const TableIndex &index, int part) const;
    virtual QString dropForeignKeySql(const QString &table, const QString &key) const;

    QString quoted(const QString &name, const DdlOptions &options) const
    {
        return quoteIdentifier(name, options.quoteAllIdentifiers);
    }
    QString columnList(const Table &table, const QVector<Id> &columnIds,
                       const DdlOptions &options) const;
    // "CONSTRAINT name " or nothing for an unnamed constraint.
    QString constraintPrefix(const QString &name, const DdlOptions &options) const;
    QStringList headerLines(const Schema &schema, const QString &what) const;
    // Attaches every problem to the first statement that defines its object.
    static void attachNotes(DdlScript *script, const Schema &schema,
                            const QVector<Problem> &problems);
};
