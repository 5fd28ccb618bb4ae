#pragma once

#include "baseddlgenerator.h"

// SQLite: every key inline (forward references are allowed and there is no ALTER TABLE ADD
// CONSTRAINT), INTEGER PRIMARY KEY for single-column integer keys so that they alias the rowid,
// types reduced to the storage classes, DEFERRABLE INITIALLY DEFERRED kept.
class SqliteGenerator : public BaseDdlGenerator
{
public:
    Dialect dialect() const override { return Dialect::SQLite; }
    QString typeName(const Column &column) const override;

protected:
    const QSet<QString> &reservedWords() const override;
    bool allowsForwardReferences() const override { return true; }
    bool isInlinePrimaryKey(const Table &table, const Column &column) const override;
};
