#pragma once

#include "baseddlgenerator.h"

// PostgreSQL 15: lower-case folding (names with capitals are quoted), 63-byte names, identity
// columns, jsonb/bytea/uuid, MATCH FULL and DEFERRABLE kept.
class PostgreSqlGenerator : public BaseDdlGenerator
{
public:
    Dialect dialect() const override { return Dialect::PostgreSQL; }
    QString typeName(const Column &column) const override;
    int maxIdentifierBytes() const override { return 63; }

protected:
    const QSet<QString> &reservedWords() const override;
    bool foldsUnquotedToLowerCase() const override { return true; }
    QString autoIncrementClause(const Column &column) const override;
    QString matchClause(MatchType match) const override;
    QString collateClause(const QString &collation, const DdlOptions &options) const override;
};
