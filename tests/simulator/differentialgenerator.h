#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

// One random case of the differential test: an SQLite script, the rows, one statement. The
// description of the keys is kept beside the text so that the reference run can name what a
// changed row went through (SET NULL, SET DEFAULT, an update) from the rows alone.
struct DifferentialCase
{
    struct Key
    {
        QString parent;
        QStringList childColumns;
        QString onDelete; // "CASCADE", "SET NULL", … ; "NO ACTION" when not written
        QString onUpdate;
        bool deferred = false;
    };
    struct Table
    {
        QString name; // as written in the script, unquoted
        QStringList columns;
        QVariantList defaults; // parallel to columns; invalid QVariant: none (NULL)
        QVector<Key> keys;
    };
    int seed = 0;
    QString script; // CREATE TABLE statements, each ended by ";\n"
    QVector<Table> tables; // in script order
    QStringList inserts; // consistent with every key
    QString statement;
    QString table; // the statement's table
    QString where; // its WHERE condition, empty for none
    QString setColumn; // an UPDATE's column (quoted) and value; empty for a DELETE
    QString setValue;
    bool defer = false; // PRAGMA defer_foreign_keys for the statement
    QStringList features; // what the case exercises, for the report
};

// Schemas of 2 to 6 tables (sometimes a chain of up to 9) whose keys reference any table:
// earlier, later (children before parents), themselves, in cycles and diamonds; the primary
// key, a UNIQUE constraint, composite keys with NULL parts; all five actions on both events,
// deferred keys, quoted and Unicode names and names of the change log's own objects. The data
// is random and then made consistent by SQLite itself (rows that violate a key removed).
//
// For a run against a real server (Engine::PostgreSQL, Engine::MariaDB) the cases stay what
// they are, in forms the target can take too: primary-key columns NOT NULL, a key's columns of
// its parent's type (both engines refuse a key between other types), VARCHAR for the text
// column of a UNIQUE pair (MariaDB keys no TEXT), the statement quoted for the target (MariaDB
// reads "x" as a string), text columns compared with text, and no UPDATE OR REPLACE.
class DifferentialGenerator
{
public:
    enum class Engine { SQLite, PostgreSQL, MariaDB };
    explicit DifferentialGenerator(quint32 seed, Engine target = Engine::SQLite);
    // False with `error` when SQLite could not build the case (a bug of the generator).
    bool generate(int index, DifferentialCase *out, QString *error);

    static QString quote(const QString &name);
    // The name SQLite gives the rowid in a table that may have columns named rowid or oid.
    static QString rowidName(const QStringList &columns);

private:
    QString pick(const QStringList &from);
    bool chance(int percent);
    QString randomValue(bool allowNull);
    QString action();
    bool fillRows(DifferentialCase *out, QString *error);
    static bool loads(const DifferentialCase &c);
    bool forEngine() const { return m_target != Engine::SQLite; }
    // A name in the statement, as the target quotes it.
    QString quoteForTarget(const QString &name) const;

    QRandomGenerator m_random;
    Engine m_target = Engine::SQLite;
};
