#pragma once

#include "baseddlgenerator.h"

// MySQL 8 (InnoDB): back-quoted names, 64-character limit, UNSIGNED integers, indexes declared
// inside CREATE TABLE so InnoDB reuses them for keys, no SET DEFAULT, no DEFERRABLE, no MATCH
// (MySQL ignores a key's actions when MATCH is given). RESTRICT is its default, so only
// CASCADE and SET NULL are written.
class MySqlGenerator : public BaseDdlGenerator
{
public:
    Dialect dialect() const override { return Dialect::MySQL; }
    QString typeName(const Column &column) const override;
    QString actionClause(ReferentialAction action) const override;
    int maxIdentifierBytes() const override { return 64; }

protected:
    QChar openQuote() const override { return QLatin1Char('`'); }
    QChar closeQuote() const override { return QLatin1Char('`'); }
    const QSet<QString> &reservedWords() const override;
    bool indexesInsideCreateTable() const override { return true; }
    QString autoIncrementClause(const Column &column) const override;
    QString deferrableClause(Deferrability) const override { return {}; }
    QString tableOptions() const override;
    QString dropForeignKeySql(const QString &table, const QString &key) const override;
    QString defaultExpression(const Column &column) const override;
    virtual QString uuidType() const { return QStringLiteral("CHAR(36)"); }
};
