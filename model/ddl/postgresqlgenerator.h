#pragma once

#include "baseddlgenerator.h"

// PostgreSQL 15: lower-case folding (names with capitals are quoted), 63-byte names, identity
// columns, jsonb/bytea/uuid, MATCH FULL and DEFERRABLE kept; extensions, enums, domains and
// sequences before the tables; partitions, inheritance, UNLOGGED and storage options.
class PostgreSqlGenerator : public BaseDdlGenerator
{
public:
    Dialect dialect() const override { return Dialect::PostgreSQL; }
    QString typeName(const Column &column) const override;
    int maxIdentifierBytes() const override { return 63; }
    QString engineForeignKeyName(const Schema &schema, const ForeignKey &key) const override;

protected:
    const QSet<QString> &reservedWords() const override;
    bool foldsUnquotedToLowerCase() const override { return true; }
    QVector<DdlStatement> schemaObjectStatements(const Context &context) const override;
    QVector<DdlStatement> closingStatements(const Context &context) const override;
    QString createTableHead(const Context &context, const Table &table) const override;
    QStringList tableElements(const Context &context, const Table &table,
                              const QVector<Id> &keys) const override;
    QString tableOptions(const Context &context, const Table &table) const override;
    QString autoIncrementClause(const Context &context, const Column &column) const override;
    QString generatedClause(const Context &context, const Column &column) const override;
    QString checkClause(const Context &context, const CheckConstraint &check) const override;
    QString uniqueClause(const Context &context, const Table &table,
                         const UniqueConstraint &unique) const override;
    QString foreignKeyClause(const Context &context, const ForeignKey &key) const override;
    QString matchClause(MatchType match) const override;
    QString collateClause(const QString &collation, const DdlOptions &options) const override;
};
