#pragma once

#include "baseddlgenerator.h"

// SQLite: every key inline (forward references are allowed and there is no ALTER TABLE ADD
// CONSTRAINT), tables in the model's own order, declared types kept (they decide affinity),
// otherwise logical types reduced to the storage classes; INTEGER PRIMARY KEY for a
// single-column integer key written inline, AUTOINCREMENT, WITHOUT ROWID and STRICT kept.
class SqliteGenerator : public BaseDdlGenerator
{
public:
    Dialect dialect() const override { return Dialect::SQLite; }
    QString typeName(const Column &column) const override;

protected:
    const QSet<QString> &reservedWords() const override;
    bool allowsForwardReferences() const override { return true; }
    bool requiresIndexName() const override { return true; }
    bool isInlinePrimaryKey(const Context &context, const Table &table,
                            const Column &column) const override;
    QString columnDefinition(const Context &context, const Table &table,
                             const Column &column) const override;
    QString tableOptions(const Context &context, const Table &table) const override;
};
