#include "postgresimporter.h"
#include "../worklimit.h"
#include "ddlcollector.h"
#include "importreport.h"
#include "postgrestreereader.h"
#include "schemaassembler.h"

#include <pg_query.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace {

// Positions in the script: libpg_query reports byte offsets into the UTF-8 text.
class Positions
{
public:
    explicit Positions(const QByteArray &text)
        : m_text(text)
    {
        m_lineStarts.append(0);
        for (int i = 0; i < text.size(); ++i) {
            if (text.at(i) == '\n')
                m_lineStarts.append(i + 1);
        }
    }
    QPair<int, int> at(int offset) const
    {
        offset = std::clamp(offset, 0, int(m_text.size()));
        const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
        const int line = int(it - m_lineStarts.cbegin());
        const int start = m_lineStarts.at(line - 1);
        const int column = QString::fromUtf8(m_text.constData() + start, offset - start).size() + 1;
        return {line, column};
    }

private:
    const QByteArray &m_text;
    QVector<int> m_lineStarts;
};

// psql meta-commands (\c db, \set ...) and the data lines of COPY ... FROM stdin are not SQL;
// blank them (keeping offsets and line numbers) so that the scanner sees only SQL.
int blankNonSql(QByteArray *text)
{
    int blanked = 0;
    int lineStart = 0;
    bool inCopyData = false;
    while (lineStart < text->size()) {
        int lineEnd = text->indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text->size();
        const QByteArray line = text->mid(lineStart, lineEnd - lineStart).trimmed();
        bool blank = false;
        if (inCopyData) {
            blank = true;
            if (line == "\\.")
                inCopyData = false;
        } else if (line.startsWith('\\')) {
            blank = true;
            ++blanked;
        } else {
            const QByteArray lower = line.toLower();
            if (lower.startsWith("copy ") && lower.contains(" from stdin") && lower.endsWith(';'))
                inCopyData = true;
        }
        if (blank) {
            for (int i = lineStart; i < lineEnd; ++i)
                (*text)[i] = ' ';
        }
        lineStart = lineEnd + 1;
    }
    return blanked;
}

} // namespace

Schema PostgresImporter::importScript(const QString &script, ImportReport *report, WorkLimit *limit)
{
    report->dialect = QStringLiteral("postgresql");
    QByteArray text = script.toUtf8();
    const int metaCommands = blankNonSql(&text);
    for (int i = 0; i < metaCommands; ++i)
        report->skipStatement(QStringLiteral("psql meta-command"));
    const Positions positions(text);
    DdlCollector collector(report);
    PostgresTreeReader reader(&collector, report);

    // (byte offset, length) of each statement. On a scanner error (an unterminated string,
    // quoted name, comment or dollar quote) libpg_query returns the error without statements;
    // the script is then split again up to the error, so that what precedes it is read, and
    // the statement the error is in is reported once, by the note on the error.
    QVector<QPair<int, int>> statements;
    int end = 0;
    QByteArray scanned = text;
    bool complete = true;
    for (int attempt = 0; attempt < 2; ++attempt) {
        PgQuerySplitResult split = pg_query_split_with_scanner(scanned.constData());
        if (split.error) {
            const int cursor = std::clamp(split.error->cursorpos - 1, 0, int(scanned.size()));
            if (attempt == 0) {
                const auto where = positions.at(cursor);
                report->addNote(ImportReport::Severity::Error,
                                tr("The script cannot be split into statements: %1")
                                    .arg(QString::fromUtf8(split.error->message)),
                                where.first, where.second);
            }
            complete = false;
            pg_query_free_split_result(split);
            if (cursor >= scanned.size())
                break;
            scanned.truncate(cursor);
            continue;
        }
        for (int s = 0; split.stmts && s < split.n_stmts; ++s) {
            const int location = split.stmts[s]->stmt_location;
            const int length = split.stmts[s]->stmt_len;
            // Before the error, only statements that end with their ';': the last one may be
            // the start of the statement the error is in.
            if (!complete
                && (location + length >= scanned.size() || scanned.at(location + length) != ';'))
                continue;
            statements.append({location, length});
            end = location + length + 1;
        }
        pg_query_free_split_result(split);
        break;
    }
    // The scanner drops a last statement that has no ';' (a truncated script): parse the rest
    // too, so that it is either read or reported. After a scanner error, the rest is the
    // statement the error is in, already reported.
    if (complete && end < text.size() && !text.mid(end).trimmed().isEmpty())
        statements.append({end, int(text.size()) - end});

    WorkLimit fallback;
    if (!limit)
        limit = &fallback;
    int done = 0;
    for (const auto &entry : std::as_const(statements)) {
        limit->progress(done++, statements.size());
        if (limit->shouldStop()) {
            report->fatalError = tr("%1 Nothing is imported.").arg(limit->message());
            return {};
        }
        // Plain variables, not a structured binding: the lambda below captures them.
        const int offset = std::clamp(entry.first, 0, int(text.size()));
        const int length = entry.second;
        QByteArray statement = text.mid(offset, length);
        // Skip leading blanks so the position names the statement's first word.
        int lead = 0;
        while (lead < statement.size()
               && std::isspace(static_cast<unsigned char>(statement.at(lead))))
            ++lead;
        if (lead == statement.size())
            continue;
        const auto where = positions.at(offset + lead);
        collector.setPosition(where.first, where.second);
        PgQueryParseResult parsed = pg_query_parse(statement.constData());
        if (parsed.error) {
            const int cursor = parsed.error->cursorpos > 0 ? parsed.error->cursorpos - 1 : lead;
            const auto at = positions.at(offset + std::min(cursor, int(statement.size())));
            report->addNote(ImportReport::Severity::Error,
                            tr("PostgreSQL cannot parse this statement (%1); it is left out.")
                                .arg(QString::fromUtf8(parsed.error->message)),
                            at.first, at.second);
        } else {
            const QJsonObject tree = QJsonDocument::fromJson(parsed.parse_tree).object();
            reader.read(tree, statement, [&](int location) {
                return positions.at(offset + std::clamp(location, 0, int(statement.size())));
            });
        }
        pg_query_free_parse_result(parsed);
    }
    return SchemaAssembler::assemble(collector.schema(), report);
}
