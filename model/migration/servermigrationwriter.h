#pragma once

#include "migrationscript.h"
#include "schemadiff.h"

#include "../ddl/baseddlgenerator.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <memory>

// The migration for the server dialects, PostgreSQL, MySQL, MariaDB and SQL Server, which
// alter tables in place. Order: PostgreSQL extensions, types and sequences created or altered,
// keys that must go (dropped, re-pointed, or over a column whose type changes: MariaDB refuses
// the type change with ER 1833 even with checks off), indexes and constraints that go, tables
// that go (children first), renames, column work, table options, column order (MySQL/MariaDB),
// new primary keys and constraints, new tables, new indexes, keys, and last the PostgreSQL
// OWNED BY and the types, sequences and extensions that go. Keys are restated whole by the
// dialect's generator: name, columns, both actions, deferrability, MATCH.
// - PostgreSQL: a key whose actions or MATCH changed is one ALTER TABLE … DROP CONSTRAINT …,
//   ADD CONSTRAINT … (drop and add apart would lose DEFERRABLE if not restated); deferrability
//   alone is ALTER CONSTRAINT.
// - MySQL/MariaDB: drop and add of one key name in separate statements (MariaDB rejects them in
//   one ALTER with errno 121); foreign_key_checks is never touched, so every added key is checked.
// - SQL Server: drop and re-create; the error-1785 check runs on the resulting schema.
class ServerMigrationWriter
{
    Q_DECLARE_TR_FUNCTIONS(ServerMigrationWriter)
public:
    ServerMigrationWriter(const SchemaDiff &diff, Dialect dialect);
    void write(MigrationScript *script);
    // PostgreSQL: keys added to tables that already exist go in NOT VALID, validated at the end.
    void setValidateLater(bool on) { m_validateLater = on; }

private:
    bool isMySql() const { return m_dialect == Dialect::MySQL || m_dialect == Dialect::MariaDB; }
    QString name(const QString &identifier) const
    {
        return m_generator->quoteIdentifier(identifier);
    }
    QString oldTableName(Id oldTable) const;
    QString newTableName(Id newTable) const;
    QString keyName(const Schema &schema, const ForeignKey &key) const;
    // An altered key whose deferrability alone changed (nothing to do where keys cannot defer).
    bool onlyDeferrability(const SchemaChange &change) const;
    QString dropConstraint(const QString &table, const QString &kind, const QString &name) const;
    void writeKeyDrops(MigrationScript *script);
    void writeConstraintDrops(MigrationScript *script);
    void writeTableDrops(MigrationScript *script);
    void writeRenames(MigrationScript *script);
    void writeColumns(MigrationScript *script);
    void writeColumnChange(MigrationScript *script, int change);
    // PostgreSQL: "GENERATED … AS IDENTITY (…)" as the generator writes the column, or "".
    QString identityClause(const Schema &schema, const Column &column) const;
    void writeGeneratedColumnRedo(MigrationScript *script, const Table &table, const Column &column,
                                  const QVector<int> &changes);
    void writeConstraintAdds(MigrationScript *script);
    // Table options and column order (servertableoptions.cpp).
    void writeTableOptions(MigrationScript *script);
    void writeColumnOrder(MigrationScript *script);
    void writeNewTables(MigrationScript *script);
    void writeKeyAdds(MigrationScript *script);
    void writeNotes(MigrationScript *script);
    // PostgreSQL extensions, user types and sequences (serverschemaobjects.cpp).
    int schemaObjectsChange() const; // the ChangeSchemaObjects change, or -1
    QString qualifiedObjectName(const QString &schemaName, const QString &objectName) const;
    // The create script's statement for a new schema object that starts with `start`.
    QString createdStatement(Id object, const QString &start) const;
    void writeSchemaObjectsBefore(MigrationScript *script);
    void writeSchemaObjectsAfter(MigrationScript *script);
    void writeTypeChange(MigrationScript *script, const UserType &old, const UserType &now,
                         int change);
    void writeEnumChange(MigrationScript *script, const QString &typeName, const UserType &old,
                         const UserType &now, int change);
    void writeSequenceChange(MigrationScript *script, const Sequence &old, const Sequence &now,
                             int change);

    bool m_validateLater = false;
    const SchemaDiff &m_diff;
    const Schema &m_old;
    const Schema &m_new;
    Dialect m_dialect;
    std::unique_ptr<BaseDdlGenerator> m_generator;
    DdlScript m_created;
    // Unchanged keys dropped for the column or constraint work around them, re-added at the end:
    // new key id → the change index that made it necessary.
    QMap<Id, int> m_reAdded; // ordered: the script is the same on every run
    // New column id → the indexes of its AlterColumn* changes, in the diff's order: looked up
    // per changed column instead of scanning every change for each.
    QHash<Id, QVector<int>> m_columnAlterations;
};
