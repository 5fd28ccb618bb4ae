#pragma once

#include "baseddlgenerator.h"

#include "../checkconstraint.h"

// MySQL 8 (InnoDB): back-quoted names, 64-character limit, UNSIGNED integers, indexes declared
// inside CREATE TABLE so InnoDB reuses them for keys, no SET DEFAULT, no DEFERRABLE, no MATCH
// (MySQL ignores a key's actions when MATCH is given). Every action is written, NO ACTION too: the
// catalog reports an absent clause as RESTRICT but an explicit NO ACTION as given. Table options
// (engine, character set, collation, row format) only as the model has them: the server's defaults
// otherwise.
class MySqlGenerator : public BaseDdlGenerator
{
public:
    Dialect dialect() const override { return Dialect::MySQL; }
    QString typeName(const Column &column) const override;
    QString actionClause(ReferentialAction action) const override;
    int maxIdentifierBytes() const override { return 64; }
    QString engineForeignKeyName(const Schema &schema, const ForeignKey &key) const override;

protected:
    QChar openQuote() const override { return QLatin1Char('`'); }
    QChar closeQuote() const override { return QLatin1Char('`'); }
    const QSet<QString> &reservedWords() const override;
    bool indexesInsideCreateTable() const override { return true; }
    bool isColumnCheck(const CheckConstraint &check) const override
    {
        return check.column != 0 && check.name.isEmpty();
    }
    QString autoIncrementClause(const Context &context, const Column &column) const override;
    QString deferrableClause(Deferrability) const override { return {}; }
    QString tableOptions(const Context &context, const Table &table) const override;
    QString dropForeignKeySql(const QString &table, const QString &key) const override;
    QString defaultExpression(const Context &context, const Column &column) const override;
    QString onUpdateClause(const Context &context, const Column &column) const override;
    QString columnDefinition(const Context &context, const Table &table,
                             const Column &column) const override;
    QString indexPartSql(const Context &context, const Table &table, const TableIndex &index,
                         int part) const override;
    QString indexDefinition(const Context &context, const Table &table, const TableIndex &index,
                            const QString &name) const override;
    virtual QString uuidType() const { return QStringLiteral("CHAR(36)"); }
};
