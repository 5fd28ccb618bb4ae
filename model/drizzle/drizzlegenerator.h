#pragma once

#include "drizzletarget.h"
#include "referentialaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class Schema;
class TableDependencyOrder;
struct Column;
struct ForeignKey;
struct Table;

// Writes a schema as a Drizzle ORM module in TypeScript: one `xxxTable(...)` per table, in
// dependency order, with columns, keys, constraints and indexes in Drizzle's own API.
//
// A pure function from a schema to text. The base class holds the module's skeleton (names,
// imports, the table call, keys, constraints, indexes); one subclass per drizzle-orm core
// module says which builder each logical type uses, how auto-increment is spelled and which
// actions it accepts.
class DrizzleGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DrizzleGenerator)
public:
    virtual ~DrizzleGenerator() = default;
    static std::unique_ptr<DrizzleGenerator> create(DrizzleTarget target);

    virtual DrizzleTarget target() const = 0;
    QString generate(const Schema &schema) const;

    // The name Drizzle gives a key declared without one ("orders_user_id_users_id_fk", as
    // drizzle-orm 0.45 and mssql-core spell it). A single-column key that has no name or this
    // one is written as .references(), every other key as foreignKey({ name, ... }).
    static QString defaultKeyName(const Schema &schema, const ForeignKey &key);

protected:
    // What the module imports; filled while the tables are written.
    struct Imports
    {
        QSet<QString> values;
        QSet<QString> types;
        bool sql = false; // `sql` from 'drizzle-orm'
    };

    virtual QString tableFunction() const = 0; // "pgTable"
    virtual QString anyColumnType() const = 0; // "AnyPgColumn"
    virtual QString extraConfigType() const = 0; // "PgTableExtraConfigValue"
    // Every builder this target may import: no table's const may take one of these names.
    virtual QStringList moduleIdentifiers() const = 0;
    // The builder call for a column's type, e.g. `varchar('email', { length: 255 })`.
    // Adds what it uses to imports; explains any loss in notes.
    virtual QString columnBuilder(const Column &column, Imports *imports,
                                  QStringList *notes) const = 0;
    // The call that makes the column auto-increment ("" with a note when it cannot).
    virtual QString autoIncrementCall(const Column &column, bool soleKey,
                                      QStringList *notes) const = 0;
    // How the only primary key column is declared. SQLite overrides it: its auto-increment is
    // an option of primaryKey().
    virtual QString primaryKeyCall(const Column &column, QStringList *notes) const;
    // A default that is not a plain literal, as the dialect's SQL needs it (through sql``).
    // The same translations as Joinery's SQL export, e.g. CURRENT_DATE for SQL Server.
    virtual QString sqlDefault(const Column &column) const;
    // The action as the core module spells it, or an empty string for NO ACTION (Drizzle's
    // default, never written). A dialect that lacks the action maps it and adds a note.
    virtual QString actionSpelling(ReferentialAction action, const QString &event,
                                   QStringList *notes) const;

    // Helpers for the subclasses.
    static QString stringLiteral(const QString &text); // a single-quoted TypeScript string
    // `name('sql_name')` or `name('sql_name', { options })`.
    static QString call(const QString &function, const QString &sqlName,
                        const QString &options = {});
    // A column of a type the core module has no builder for: Drizzle's customType with the
    // SQL type written as is.
    static QString customBuilder(const QString &sqlName, const QString &sqlType,
                                 const QString &dataType, Imports *imports);

private:
    class Writer;
};
