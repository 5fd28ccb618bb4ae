#pragma once

#include "ddl/ddloptions.h"
#include "ddl/dialect.h"
#include "drizzle/drizzletarget.h"
#include "problem.h"

#include <QList>
#include <QString>
#include <QVector>

class Schema;

// What an export writes: the DDL script of one SQL dialect or a Drizzle ORM module for one
// drizzle-orm core module. The command line, the DDL preview and the export dialog all choose
// among these nine, so they share one list, one set of ids and one way to produce the text.
class ExportTarget
{
public:
    enum class Script { Create, Drop }; // Drop has no meaning for a Drizzle module

    ExportTarget() = default; // SQLite
    ExportTarget(Dialect dialect); // implicit: every dialect is a target
    ExportTarget(DrizzleTarget target);

    // The five SQL dialects, then the four Drizzle targets.
    static QList<ExportTarget> all();
    // "postgresql", "drizzle-pg", ...; fromId also takes the dialects' other spellings ("pg").
    QString id() const;
    static bool fromId(const QString &id, ExportTarget *target);
    QString displayName() const;

    bool isDrizzle() const { return m_isDrizzle; }
    Dialect dialect() const { return m_dialect; } // the SQL dialect; only when !isDrizzle()
    DrizzleTarget drizzleTarget() const { return m_drizzle; } // only when isDrizzle()
    // The SQL dialect whose rules and problems apply: the dialect itself, or the one the Drizzle
    // module runs on (DrizzleTargets::sqlDialect).
    Dialect checkDialect() const;
    QString fileSuffix() const; // "sql" or "ts", without the dot

    // The generated text, a pure function of its arguments. For a Drizzle module the options
    // and the script kind are ignored.
    QString generate(const Schema &schema, const DdlOptions &options = {},
                     Script script = Script::Create) const;
    // What an export writes to its file: generate()'s text, and for SQL the dialect-independent
    // errors as comments at the top (the dialect's own are already above their statements).
    QString exportText(const Schema &schema, const DdlOptions &options = {},
                       Script script = Script::Create) const;
    // The errors that make the exported text fail on the engine: the dialect-independent ones,
    // then those of checkDialect(), in the order `joinery export` prints them.
    QVector<Problem> errors(const Schema &schema) const;

    // exportText() and errors() at once, from one run of the checks; `validation` is
    // Validator::validate(schema), which exports of several targets share.
    struct Export
    {
        QString text;
        QVector<Problem> errors;
    };
    Export exportWithErrors(const Schema &schema, const QVector<Problem> &validation,
                            const DdlOptions &options = {}, Script script = Script::Create) const;

    bool operator==(const ExportTarget &o) const
    {
        return m_isDrizzle == o.m_isDrizzle
               && (m_isDrizzle ? m_drizzle == o.m_drizzle : m_dialect == o.m_dialect);
    }
    bool operator!=(const ExportTarget &o) const { return !(*this == o); }

private:
    bool m_isDrizzle = false;
    Dialect m_dialect = Dialect::SQLite;
    DrizzleTarget m_drizzle = DrizzleTarget::SQLite;
};
