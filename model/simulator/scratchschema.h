#pragma once

#include "../id.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

class Schema;
struct sqlite3;

// One statement of the scratch DDL. A CREATE TABLE carries a second form without the table's
// optional clauses (defaults, CHECKs, generated expressions, collations), tried when SQLite
// refuses the first, so that one clause never costs the table.
struct ScratchStatement
{
    QString sql;
    QString fallbackSql; // empty: not a CREATE TABLE
    QString label; // "table x", "index y", "trigger z" for messages
    bool createsTable = false;
};

// The scratch database's DDL for a schema, with every text of the source dialect that the
// scratch database carries (defaults, CHECKs, generated columns, collations, index
// expressions and predicates) written so that SQLite reads it with the same meaning, or left
// out and named in notSimulated(). SQLite itself judges: each text is prepared on `probe`
// (SELECT (<expr>), against the table's column names where the text may use them); what does
// not prepare is left out. Only sound rewrites are made: literal casts ('x'::text -> 'x'),
// N'…' strings, the CURRENT_TIMESTAMP family (now(), getdate() …), expression defaults in
// parentheses. Table order, declared types and indexes are the SQLite generator's, unchanged.
class ScratchSchema
{
    Q_DECLARE_TR_FUNCTIONS(ScratchSchema)
public:
    // `probe`: an SQLite connection to ask (nullptr: a private in-memory one).
    explicit ScratchSchema(const Schema &schema, sqlite3 *probe = nullptr);
    ~ScratchSchema();
    ScratchSchema(const ScratchSchema &) = delete;
    ScratchSchema &operator=(const ScratchSchema &) = delete;

    const QVector<ScratchStatement> &statements() const { return m_statements; }
    // "<table>.<column> DEFAULT now() (PostgreSQL syntax SQLite cannot evaluate: …)", one per
    // clause left out.
    const QStringList &notSimulated() const { return m_notSimulated; }
    // Every statement's text (both forms): what a rebuild compares.
    QStringList fingerprint() const;

    // `text`, written in `sourceDialect`, rewritten where a rewrite keeps its meaning in
    // SQLite (see the class comment); otherwise unchanged.
    static QString translate(const QString &text, const QString &sourceDialect);
    // True when `text` is a DEFAULT SQLite takes without parentheses (a literal, a signed
    // number, NULL, TRUE/FALSE, CURRENT_TIME/DATE/TIMESTAMP).
    static bool isPlainDefault(const QString &text);

private:
    void plan(const Schema &schema);
    // Empty when SQLite prepares the expression (over `columns`, when given), else its error.
    QString probeExpression(const QString &expression, const QStringList &columns) const;
    QString probeSql(const QString &sql) const;

    sqlite3 *m_probe = nullptr;
    bool m_ownProbe = false;
    QVector<ScratchStatement> m_statements;
    QStringList m_notSimulated;
};
