#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// What an engine's catalog says about a database, one fact per line, sorted, in a grammar shared
// by the three engines so that two catalogs compare line by line and a failure prints exactly the
// facts that differ. Every round trip, DDL and Drizzle test compares catalogs through this.
//
// Grammar (fields separated by one space; a field whose value may contain spaces comes last or
// is written key=value with the value in double quotes, `"` inside doubled). Names are written
// as the engine stores them, schema-qualified where the engine has schemas (PostgreSQL
// "public.orders"; SQLite and MariaDB plain). Lists in parentheses, comma-separated, no spaces.
//
//   table <t> [options…]                       one per table; options as key=value, sorted:
//        SQLite: without_rowid=1 strict=1 autoincrement=1; MariaDB: engine= charset= collation=
//        row_format= (and auto_increment= only where a test asks for it); PostgreSQL:
//        persistence=unlogged, partition_by="…", partition_of=<t> bound="…", inherits=(…),
//        options="…", tablespace=
//   column <t>.<c> <position> type="<engine's type>" null=<yes|no> [default="…"]
//        [identity=<always|by-default> identity_options="…"] [generated="<expr>" stored=<yes|no>]
//        [collation=<c>] [on_update="…"] [comment="…"]   (type as the engine reports it:
//        SQLite the declared text, PostgreSQL format_type(), MariaDB COLUMN_TYPE)
//   pk <t> name=<n> (<cols>)                   name: the engine's (SQLite: none, so name=)
//   unique <t> name=<n> (<cols>) [deferrable=…] [nulls_not_distinct=yes]
//   index <t> name=<n> unique=<yes|no> method=<m> (<part>,…) [include=(…)] [where="…"]
//        part: column or (expression), then optional :collation=…, :opclass=…, :desc,
//        :nulls=first|last, :prefix=<n>
//   fk <t> name=<n> (<cols>) -> <parent> (<cols>) delete=<a> update=<a> match=<m> deferrable=<d>
//        [delete_set=(…)]   actions as the engine reports them, lower case with '-'
//   check <t> name=<n> "<expression as the engine prints it>"
//   type enum <name> (<'a','b'>) | type domain <name> base="…" [null=no] [default="…"]
//        [check="…"]… | type other <name> "…"
//   sequence <name> type= start= increment= min= max= cache= cycle=<yes|no> [owned_by=<t>.<c>]
//   extension <name>
//   trigger <t> name=<n> "<sql as stored>"
//
// Index facts leave out the indexes the engine creates by itself for a primary key or unique
// constraint (PostgreSQL's constraint indexes, SQLite's sqlite_autoindex_*); MariaDB lists every
// index, because InnoDB's own key indexes are part of what a script must reproduce.
struct EngineCatalog
{
    QStringList facts; // sorted
    QString error; // set when the catalog could not be read

    bool isValid() const { return error.isEmpty(); }
    // Lines only in `expected` ("- …") and only in `actual` ("+ …"); empty when equal.
    static QString difference(const EngineCatalog &expected, const EngineCatalog &actual);
    // A value that may hold spaces or quotes, for the grammar above: "…" with " doubled.
    static QString quoted(const QString &value);
    // A referential action as the engine spells it ("SET NULL") in the grammar's form ("set-null").
    static QString actionName(const QString &engineSpelling);

    // Readers: an open connection of the matching driver. PostgreSQL reads every schema except
    // the system ones; MariaDB reads the named database.
    static EngineCatalog readSqlite(QSqlDatabase db);
    static EngineCatalog readPostgres(QSqlDatabase db);
    static EngineCatalog readMariaDb(QSqlDatabase db, const QString &database);
};
