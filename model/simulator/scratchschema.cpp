#include "scratchschema.h"

#include "../ddl/baseddlgenerator.h"
#include "../ddl/dialect.h"
#include "../schema.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <sqlite3.h>

namespace {

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

// After a literal: "::type" casts, each skipped. A cast of a literal to a type only tells the
// engine how to read the literal; SQLite reads it by the column's affinity instead.
int skipCasts(const QString &text, int i)
{
    static const QRegularExpression cast(
        QStringLiteral("\\G\\s*::\\s*(?:\"[^\"]+\"|[A-Za-z_][\\w.]*)"
                       "(?:\\s+(?:varying|precision|without|with|time|zone))*"
                       "(?:\\s*\\(\\s*\\d+(?:\\s*,\\s*\\d+)?\\s*\\))?(?:\\s*\\[\\s*\\])*"),
        QRegularExpression::CaseInsensitiveOption);
    for (;;) {
        const QRegularExpressionMatch m = cast.match(text, i);
        if (!m.hasMatch() || m.capturedLength() == 0)
            return i;
        i = m.capturedEnd();
    }
}

QString stripOuterParentheses(QString text)
{
    for (;;) {
        text = text.trimmed();
        if (!text.startsWith(QLatin1Char('(')) || !text.endsWith(QLatin1Char(')')))
            return text;
        // Only when the first parenthesis closes at the very end.
        int depth = 0;
        bool inString = false;
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('\''))
                inString = !inString;
            if (inString)
                continue;
            if (c == QLatin1Char('('))
                ++depth;
            else if (c == QLatin1Char(')') && --depth == 0 && i != text.size() - 1)
                return text;
        }
        text = text.mid(1, text.size() - 2);
    }
}

// SQLite's affinity of a declared type (section 3.1 of its datatype documentation).
char affinity(const QString &type)
{
    const QString t = type.toUpper();
    if (t.contains(QLatin1String("INT")))
        return 'i';
    if (t.contains(QLatin1String("CHAR")) || t.contains(QLatin1String("CLOB"))
        || t.contains(QLatin1String("TEXT")))
        return 't';
    if (t.isEmpty() || t.contains(QLatin1String("BLOB")))
        return 'b';
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA"))
        || t.contains(QLatin1String("DOUB")))
        return 'r';
    return 'n';
}

QString dialectName(const QString &id)
{
    Dialect d;
    return Dialects::fromId(id, &d) ? Dialects::displayName(d) : QStringLiteral("SQL");
}

} // namespace

ScratchSchema::ScratchSchema(const Schema &schema, sqlite3 *probe)
    : m_probe(probe)
{
    if (!m_probe) {
        m_ownProbe = sqlite3_open(":memory:", &m_probe) == SQLITE_OK;
        if (!m_ownProbe) {
            sqlite3_close(m_probe);
            m_probe = nullptr;
        }
    }
    plan(schema);
}

ScratchSchema::~ScratchSchema()
{
    if (m_ownProbe)
        sqlite3_close(m_probe);
}

QStringList ScratchSchema::fingerprint() const
{
    QStringList texts;
    for (const ScratchStatement &s : m_statements)
        texts << s.sql << s.fallbackSql;
    return texts;
}

QString ScratchSchema::translate(const QString &text, const QString &sourceDialect)
{
    if (sourceDialect == QLatin1String("sqlite") || sourceDialect.isEmpty())
        return text;
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size();) {
        const QChar c = text.at(i);
        const bool atTokenStart = i == 0 || !isIdentifierChar(text.at(i - 1));
        int literalStart = -1;
        // N'…' (SQL Server, MySQL national strings) and _utf8mb4'…' (MySQL introducers) are
        // plain strings to SQLite, which stores all text in one encoding.
        if (atTokenStart && (c == QLatin1Char('N') || c == QLatin1Char('n'))
            && text.mid(i + 1, 1) == QLatin1String("'")) {
            literalStart = i + 1;
        } else if (atTokenStart && c == QLatin1Char('_')
                   && sourceDialect.startsWith(QLatin1String("m"))) {
            static const QRegularExpression introducer(QStringLiteral("\\G_[A-Za-z0-9]+(?=')"));
            const QRegularExpressionMatch m = introducer.match(text, i);
            if (m.hasMatch())
                literalStart = m.capturedEnd();
        } else if (c == QLatin1Char('\'')) {
            literalStart = i;
        }
        if (literalStart >= 0) {
            int j = literalStart + 1;
            while (j < text.size()) {
                if (text.at(j) == QLatin1Char('\'')) {
                    if (j + 1 < text.size() && text.at(j + 1) == QLatin1Char('\'')) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            const int end = qMin(j + 1, int(text.size()));
            out += text.mid(literalStart, end - literalStart);
            i = skipCasts(text, end);
            continue;
        }
        // MySQL bit literals b'101' are integers (5).
        if (atTokenStart && (c == QLatin1Char('b') || c == QLatin1Char('B'))
            && sourceDialect.startsWith(QLatin1String("m"))) {
            static const QRegularExpression bits(QStringLiteral("\\G[bB]'([01]{1,62})'"));
            const QRegularExpressionMatch m = bits.match(text, i);
            if (m.hasMatch()) {
                out += QString::number(m.captured(1).toLongLong(nullptr, 2));
                i = skipCasts(text, m.capturedEnd());
                continue;
            }
        }
        // NULL::character varying, true::boolean: keyword literals take casts too.
        if (atTokenStart && c.isLetter()) {
            static const QRegularExpression keyword(
                QStringLiteral("\\G(?:NULL|TRUE|FALSE)(?![\\w$])"),
                QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch m = keyword.match(text, i);
            if (m.hasMatch()) {
                out += m.captured(0);
                i = skipCasts(text, m.capturedEnd());
                continue;
            }
        }
        if (atTokenStart && c.isDigit()) {
            int j = i;
            while (j < text.size() && (text.at(j).isDigit() || text.at(j) == QLatin1Char('.')))
                ++j;
            if (j >= text.size() || !isIdentifierChar(text.at(j))) {
                out += text.mid(i, j - i);
                i = skipCasts(text, j);
                continue;
            }
        }
        out += c;
        ++i;
    }

    // The CURRENT_TIMESTAMP family: the same instant in every engine (SQLite writes it as
    // UTC text, "YYYY-MM-DD HH:MM:SS").
    static const QRegularExpression timestamp(
        QStringLiteral(
            "^(?:now\\s*\\(\\s*\\d*\\s*\\)|current_timestamp(?:\\s*\\(\\s*\\d*\\s*\\))?"
            "|localtimestamp(?:\\s*\\(\\s*\\d*\\s*\\))?|getdate\\s*\\(\\s*\\)"
            "|sysdatetime\\s*\\(\\s*\\)|sysdatetimeoffset\\s*\\(\\s*\\)"
            "|getutcdate\\s*\\(\\s*\\)|sysutcdatetime\\s*\\(\\s*\\)"
            "|transaction_timestamp\\s*\\(\\s*\\)|statement_timestamp\\s*\\(\\s*\\)"
            "|utc_timestamp(?:\\s*\\(\\s*\\d*\\s*\\))?|localtime\\s*\\(\\s*\\d*\\s*\\))$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression date(
        QStringLiteral("^(?:current_date(?:\\s*\\(\\s*\\))?|curdate\\s*\\(\\s*\\)"
                       "|utc_date(?:\\s*\\(\\s*\\))?)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression time(
        QStringLiteral("^(?:current_time(?:\\s*\\(\\s*\\d*\\s*\\))?|curtime\\s*\\(\\s*\\d*\\s*\\)"
                       "|localtime|utc_time(?:\\s*\\(\\s*\\d*\\s*\\))?)$"),
        QRegularExpression::CaseInsensitiveOption);
    // PostgreSQL's 'now'::date / ('now'::text)::timestamp: the special input 'now', read as
    // a date or timestamp when the default is evaluated.
    static const QRegularExpression nowInput(
        QStringLiteral(
            "^[(\\s]*'now'\\s*(?:::\\s*text\\s*)?[)\\s]*::\\s*(date|timestamp[\\w\\s()]*)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch now = nowInput.match(text.trimmed());
    if (sourceDialect == QLatin1String("postgresql") && now.hasMatch())
        return now.captured(1).compare(QLatin1String("date"), Qt::CaseInsensitive) == 0
            ? QStringLiteral("CURRENT_DATE")
            : QStringLiteral("CURRENT_TIMESTAMP");
    const QString bare = stripOuterParentheses(out);
    if (timestamp.match(bare).hasMatch())
        return QStringLiteral("CURRENT_TIMESTAMP");
    if (date.match(bare).hasMatch())
        return QStringLiteral("CURRENT_DATE");
    if (time.match(bare).hasMatch())
        return QStringLiteral("CURRENT_TIME");
    return out;
}

bool ScratchSchema::isPlainDefault(const QString &text)
{
    static const QRegularExpression plain(
        QStringLiteral(
            "^(?:'(?:[^']|'')*'|[+-]?\\s*\\d+(?:\\.\\d*)?(?:[eE][+-]?\\d+)?|NULL|TRUE|FALSE"
            "|CURRENT_TIME|CURRENT_DATE|CURRENT_TIMESTAMP|X'[0-9A-Fa-f]*')$"),
        QRegularExpression::CaseInsensitiveOption);
    return plain.match(text.trimmed()).hasMatch();
}

QString ScratchSchema::probeSql(const QString &sql) const
{
    if (!m_probe)
        return tr("no SQLite connection to check it");
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    const char *tail = nullptr;
    const int rc
        = sqlite3_prepare_v2(m_probe, utf8.constData(), int(utf8.size()), &statement, &tail);
    QString error;
    if (rc != SQLITE_OK)
        error = QString::fromUtf8(sqlite3_errmsg(m_probe));
    else if (tail && !QByteArray(tail).trimmed().isEmpty())
        error = tr("more than one expression");
    sqlite3_finalize(statement); // prepared only, never run
    return error;
}

QString ScratchSchema::probeExpression(const QString &expression, const QStringList &columns) const
{
    QString sql = QStringLiteral("SELECT (%1)").arg(expression);
    if (!columns.isEmpty()) {
        QStringList names;
        for (const QString &c : columns)
            names << QStringLiteral("NULL AS \"%1\"")
                         .arg(QString(c).replace(QLatin1Char('"'), QLatin1String("\"\"")));
        sql += QStringLiteral(" FROM (SELECT %1)").arg(names.join(QLatin1String(", ")));
    }
    return probeSql(sql);
}

void ScratchSchema::plan(const Schema &source)
{
    Schema schema = source; // the scratch database's copy, adapted below
    const QString dialect = source.sourceDialect;
    const bool native = dialect == QLatin1String("sqlite");
    const QString syntax = dialect.isEmpty() ? tr("portable SQL") : dialectName(dialect);
    auto leaveOut = [&](const QString &what, const QString &why) {
        m_notSimulated << tr("%1 (%2 syntax SQLite cannot evaluate: %3)").arg(what, syntax, why);
    };

    const auto generator = std::unique_ptr<BaseDdlGenerator>(
        static_cast<BaseDdlGenerator *>(DdlGenerator::create(Dialect::SQLite).release()));
    // Index names are one namespace with table names in SQLite, per table elsewhere.
    QSet<QString> usedNames;
    for (Id tableId : source.tableIds())
        usedNames.insert(source.table(tableId)->name.toLower());

    for (Id tableId : source.tableIds()) {
        Table table = *source.table(tableId);
        // SQLite has one namespace per database; the loaders use the bare name too.
        table.schemaName.clear();
        QStringList columnNames;
        for (const Column &c : table.columns)
            columnNames << c.name;
        QHash<Id, QString> columnName;
        for (const Column &c : table.columns)
            columnName.insert(c.id, c.name);

        for (Column &column : table.columns) {
            const QString place = table.name + QLatin1Char('.') + column.name;
            if (!native) {
                // A type SQLite cannot parse (ENUM('a','b'), public.vector(3), int[]) is
                // written as its leading words, or as the plain name of the same affinity.
                const QString type = generator->typeName(column);
                if (!type.isEmpty()
                    && !probeSql(QStringLiteral("SELECT CAST(NULL AS %1)").arg(type)).isEmpty()) {
                    static const QRegularExpression leading(
                        QStringLiteral("^[A-Za-z_]\\w*(?:\\s+[A-Za-z_]\\w*)*(?:\\s*\\(\\s*[+-]?\\d+"
                                       "(?:\\s*,\\s*[+-]?\\d+)?\\s*\\))?"));
                    const QString unqualified = type.mid(
                        type.lastIndexOf(QLatin1Char('.'), type.indexOf(QLatin1Char('('))) + 1);
                    QString written = leading.match(unqualified.trimmed()).captured(0);
                    if (affinity(written) != affinity(type)
                        || !probeSql(QStringLiteral("SELECT CAST(NULL AS %1)").arg(written))
                                .isEmpty()) {
                        static const char *const names[]
                            = {"INT", "TEXT", "BLOB", "REAL", "NUMERIC"};
                        written = QLatin1String(names[QByteArray("itbrn").indexOf(affinity(type))]);
                    }
                    m_notSimulated << tr("%1 type %2 written as %3 (the same affinity; SQLite "
                                         "cannot parse the type)")
                                          .arg(place, type, written);
                    column.type = DataType::custom(written);
                }
            }
            // A schema of SQLite's own is SQLite's text already, written as it is (some of it,
            // such as a bare-word DEFAULT, is valid DDL but no valid expression); only a
            // CREATE TABLE that SQLite refuses falls back (see ScratchDatabase).
            if (column.isGenerated() && !native) {
                const QString expression = translate(column.generatedExpression.trimmed(), dialect);
                const QString error = probeExpression(expression, columnNames);
                if (error.isEmpty()) {
                    column.generatedExpression = expression;
                } else {
                    leaveOut(tr("%1 GENERATED ALWAYS AS (%2)")
                                 .arg(place, column.generatedExpression.trimmed()),
                             error);
                    column.generatedExpression.clear();
                }
            }
            if (column.hasDefault() && !column.isGenerated() && !native) {
                const QString original = column.defaultValue.trimmed();
                QString expression = translate(original, dialect);
                const QString error = probeExpression(expression, {});
                if (error.isEmpty()) {
                    if (!isPlainDefault(expression)
                        && stripOuterParentheses(expression) == expression)
                        expression = QLatin1Char('(') + expression + QLatin1Char(')');
                    column.defaultValue = expression;
                } else {
                    leaveOut(tr("%1 DEFAULT %2").arg(place, original), error);
                    column.defaultValue.clear();
                }
            }
            if (!column.collation.trimmed().isEmpty() && !native) {
                const QString error = probeSql(
                    QStringLiteral("SELECT 'a' COLLATE %1 = 'b'").arg(column.collation.trimmed()));
                if (!error.isEmpty()) {
                    m_notSimulated << tr("%1 COLLATE %2 (SQLite has no such collation)")
                                          .arg(place, column.collation.trimmed());
                    column.collation.clear();
                }
            }
            if (!column.onUpdateValue.trimmed().isEmpty())
                m_notSimulated << tr("%1 ON UPDATE %2 (SQLite has no such clause)")
                                      .arg(place, column.onUpdateValue.trimmed());
        }

        QVector<CheckConstraint> checks;
        for (CheckConstraint check : table.checks) {
            if (native) {
                checks << check;
                continue;
            }
            const QString expression = translate(check.expression.trimmed(), dialect);
            const QString error = probeExpression(expression, columnNames);
            if (error.isEmpty()) {
                check.expression = expression;
                checks << check;
            } else {
                const QString where = check.column
                    ? table.name + QLatin1Char('.') + columnName.value(check.column)
                    : table.name;
                leaveOut(tr("%1 CHECK (%2)").arg(where, check.expression.trimmed()), error);
            }
        }
        table.checks = checks;

        for (UniqueConstraint &unique : table.uniqueConstraints) {
            if (unique.deferrability != Deferrability::NotDeferrable) {
                m_notSimulated << tr("%1: UNIQUE %2 DEFERRABLE (SQLite checks it at once)")
                                      .arg(table.name, unique.name);
                unique.deferrability = Deferrability::NotDeferrable;
            }
        }

        QVector<TableIndex> indexes;
        for (TableIndex index : table.indexes) {
            QString error;
            // SQLite's own indexes are written as they are; one it refuses is reported then.
            for (int p = 0; !native && p < index.columns.size() && error.isEmpty(); ++p) {
                IndexPart part = index.part(p);
                if (!part.expression.isEmpty()) {
                    part.expression = translate(part.expression.trimmed(), dialect);
                    error = probeExpression(part.expression, columnNames);
                }
                if (error.isEmpty() && !part.collation.isEmpty())
                    error = probeSql(
                        QStringLiteral("SELECT 'a' COLLATE %1 = 'b'").arg(part.collation));
                // Storage only: which rows exist and every verdict stay the same.
                part.operatorClass.clear();
                part.prefixLength = 0;
                if (p < index.parts.size())
                    index.parts[p] = part;
            }
            if (!native && error.isEmpty() && index.isPartial()) {
                index.predicate = translate(index.predicate.trimmed(), dialect);
                error = probeExpression(index.predicate, columnNames);
            }
            if (!native) {
                index.method.clear();
                index.kind.clear();
                index.includeColumns.clear();
                index.options.clear();
            }
            if (error.isEmpty() && !index.name.isEmpty()) {
                QString name = index.name;
                for (int n = 2; usedNames.contains(name.toLower()); ++n)
                    name = QStringLiteral("%1_%2_%3").arg(table.name, index.name).arg(n);
                usedNames.insert(name.toLower());
                index.name = name; // the name decides nothing the simulation shows
            }
            if (error.isEmpty())
                indexes << index;
            else
                leaveOut(tr("index %1 on %2").arg(index.name, table.name), error);
        }
        table.indexes = indexes;

        // SQLite has neither partitions nor inheritance: such a table is a table of its own.
        if (const Table *parent = source.table(table.options.partitionOf))
            m_notSimulated << tr("partition %1 of %2 (a table of its own in SQLite: its rows "
                                 "are not rows of %2, and the keys of %2 do not apply to it)")
                                  .arg(table.name, parent->name);
        for (Id inherited : table.options.inherits) {
            if (const Table *parent = source.table(inherited))
                m_notSimulated << tr("%1 INHERITS %2 (SQLite has no inheritance: the rows of "
                                     "%1 are not rows of %2)")
                                      .arg(table.name, parent->name);
        }
        if (!native) {
            for (const Trigger &trigger : table.triggers)
                m_notSimulated << tr("trigger %1 on %2 (%3 code; SQLite cannot run it)")
                                      .arg(trigger.name, table.name, syntax);
        }
        schema.replaceTable(table);
    }

    // The texts are adapted above, with SQLite as the judge: the generator must write them as
    // they now are, not translate them again as another dialect's (CrossDialectSchema).
    if (!native)
        schema.sourceDialect.clear();
    // The fallback of every table: the same without its optional clauses.
    Schema bare = schema;
    for (Id tableId : bare.tableIds()) {
        Table table = *bare.table(tableId);
        for (Column &column : table.columns) {
            column.defaultValue.clear();
            column.generatedExpression.clear();
            column.collation.clear();
        }
        table.checks.clear();
        bare.replaceTable(table);
    }

    DdlOptions options;
    options.includeHeader = false;
    options.singleColumnKeysInline = true;
    const DdlScript script = generator->createScript(schema, options);
    QHash<Id, QString> bareCreate;
    for (const DdlStatement &statement : generator->createScript(bare, options).statements) {
        if (!statement.objects.isEmpty() && bare.table(statement.objects.first()))
            bareCreate.insert(statement.objects.first(), statement.sql);
    }
    QHash<Id, QString> labels; // indexes and triggers
    for (Id tableId : schema.tableIds()) {
        const Table *table = schema.table(tableId);
        for (const TableIndex &index : table->indexes)
            labels.insert(index.id, tr("index %1 on %2").arg(index.name, table->name));
        for (const Trigger &trigger : table->triggers)
            labels.insert(trigger.id, tr("trigger %1 on %2").arg(trigger.name, table->name));
    }
    for (const DdlStatement &statement : script.statements) {
        ScratchStatement s;
        s.sql = statement.sql;
        const Id first = statement.objects.value(0);
        if (const Table *table = schema.table(first)) {
            s.fallbackSql = bareCreate.value(first);
            if (s.fallbackSql == s.sql)
                s.fallbackSql.clear();
            s.label = tr("table %1").arg(table->name);
            s.createsTable = true;
        } else {
            s.label = tr("statement");
        }
        if (labels.contains(first))
            s.label = labels.value(first);
        m_statements << s;
    }
}
