#pragma once

#include "baseddlgenerator.h"

// SQL Server 2019: [bracketed] names, 128-character limit, IDENTITY, Unicode string types,
// no RESTRICT (written as the default NO ACTION; the checker says so), no DEFERRABLE, no MATCH.
class SqlServerGenerator : public BaseDdlGenerator
{
public:
    Dialect dialect() const override { return Dialect::SqlServer; }
    QString typeName(const Column &column) const override;
    QString actionClause(ReferentialAction action) const override;
    int maxIdentifierBytes() const override { return 128; }

protected:
    // Alias types (CREATE TYPE name FROM base), in a same-dialect export.
    QVector<DdlStatement> schemaObjectStatements(const Context &context) const override;
    // A computed column: AS (expression) [PERSISTED].
    QString generatedClause(const Context &context, const Column &column) const override;
    QChar openQuote() const override { return QLatin1Char('['); }
    QChar closeQuote() const override { return QLatin1Char(']'); }
    const QSet<QString> &reservedWords() const override;
    bool requiresIndexName() const override { return true; }
    QString autoIncrementClause(const Context &context, const Column &column) const override;
    QString deferrableClause(Deferrability) const override { return {}; }
    QString defaultExpression(const Context &context, const Column &column) const override;
};
