#include "sqlinsertfile.h"

#include "../schema.h"
#include "../worklimit.h"
#include "scratchdatabase.h"
#include "tableorder.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sqlite3.h>

namespace {

constexpr qint64 MaximumFileSize = 1024ll * 1024 * 1024;

struct InsertOnly
{
    QString denied;
    bool transaction = false;
};

int insertOnly(void *data, int action, const char *table, const char *, const char *database,
               const char *trigger)
{
    auto *state = static_cast<InsertOnly *>(data);
    if (trigger)
        return SQLITE_OK;
    switch (action) {
    case SQLITE_INSERT:
        if (database && qstrcmp(database, "main") == 0 && qstrncmp(table, "sqlite_", 7) != 0)
            return SQLITE_OK;
        state->denied = SqlInsertFile::tr("only the schema's own tables can be filled");
        return SQLITE_DENY;
    case SQLITE_READ:
    case SQLITE_SELECT:
    case SQLITE_FUNCTION:
    case SQLITE_RECURSIVE:
        return SQLITE_OK;
    case SQLITE_TRANSACTION:
        state->transaction = true;
        return SQLITE_OK;
    default:
        state->denied = SqlInsertFile::tr("only INSERT statements are allowed");
        return SQLITE_DENY;
    }
}

// Line numbers for offsets that only grow: each byte is counted once, however many
// statements the file holds.
class LineCounter
{
public:
    explicit LineCounter(const QByteArray &text)
        : m_text(text)
    {
    }
    int lineAt(qsizetype offset)
    {
        offset = std::min(offset, m_text.size());
        if (offset > m_counted) {
            m_line += int(
                QByteArrayView(m_text.constData() + m_counted, offset - m_counted).count('\n'));
            m_counted = offset;
        }
        return m_line;
    }

private:
    const QByteArray &m_text;
    qsizetype m_counted = 0;
    int m_line = 1;
};

} // namespace

bool SqlInsertFile::load(ScratchDatabase *db, const QString &path, QString *error, WorkLimit *limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > MaximumFileSize) {
        *error = tr("%1 is larger than 1 GB.").arg(path);
        return false;
    }
    return loadText(db, file.readAll(), QFileInfo(path).fileName(), error, limit);
}

bool SqlInsertFile::loadText(ScratchDatabase *db, const QByteArray &input, const QString &where,
                             QString *error, WorkLimit *limit)
{
    // SQLite reads a statement up to a NUL byte and no further; a NUL is not SQL text at all.
    if (const qsizetype nul = input.indexOf('\0'); nul >= 0) {
        *error = tr("%1, line %2: the file holds a NUL byte; it is not an SQL text file.")
                     .arg(where)
                     .arg(LineCounter(input).lineAt(nul));
        return false;
    }
    // SQLite copies whatever it is given unless it ends in NUL; handing it the rest of the file
    // with its terminating NUL lets it read one statement without copying the rest (which made
    // loading quadratic). A QByteArray that owns its data is always NUL-terminated; one made
    // with fromRawData is copied once here.
    QByteArray text = input;
    if (!text.isEmpty() && !text.data_ptr().isMutable())
        text = QByteArray(input.constData(), input.size());

    WorkLimit fallback;
    if (!limit)
        limit = &fallback;
    limit->start(text.size());
    if (!db->exec(QStringLiteral("BEGIN"))
        || !db->exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"))) {
        *error = db->error();
        db->exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    sqlite3 *handle = db->handle();
    const char *begin = text.constData();
    const char *end = begin + text.size();
    const char *next = begin;
    LineCounter lines(text);
    bool ok = true;
    {
        const WorkLimit::Guard guard(limit, handle);
        while (ok && next < end) {
            limit->progress(next - begin, text.size());
            // Where the statement really starts: after the white space before it.
            qsizetype start = next - begin;
            while (start < text.size() && QChar::isSpace(uchar(text.at(start))))
                ++start;
            const int line = lines.lineAt(start);
            if (limit->shouldStop()) {
                *error = tr("%1, line %2: %3").arg(where).arg(line).arg(limit->message());
                ok = false;
                break;
            }
            InsertOnly state;
            sqlite3_stmt *statement = nullptr;
            const char *tail = nullptr;
            limit->startStatement();
            sqlite3_set_authorizer(handle, insertOnly, &state);
            int rc = sqlite3_prepare_v2(handle, next, int(end - next) + 1, &statement, &tail);
            sqlite3_set_authorizer(handle, nullptr, nullptr);
            if (rc != SQLITE_OK) {
                *error = tr("%1, line %2: %3")
                             .arg(where)
                             .arg(line)
                             .arg(limit->stopped() ? limit->message()
                                      : state.denied.isEmpty()
                                      ? QString::fromUtf8(sqlite3_errmsg(handle))
                                      : state.denied);
                ok = false;
                break;
            }
            // SQLite always moves on, but a loop over the user's file must never depend on it.
            if (!tail || tail <= next)
                tail = end;
            next = tail;
            if (!statement)
                continue; // only white space or comments were left
            if (!state.transaction) {
                while ((rc = sqlite3_step(statement)) == SQLITE_ROW) { }
                if (rc != SQLITE_DONE) {
                    *error = tr("%1, line %2: %3")
                                 .arg(where)
                                 .arg(line)
                                 .arg(limit->stopped() ? limit->message()
                                                       : QString::fromUtf8(sqlite3_errmsg(handle)));
                    ok = false;
                }
            }
            limit->finishStatement(statement);
            sqlite3_finalize(statement);
        }
    }
    if (ok) {
        QVector<ScratchDatabase::Violation> violations;
        if (!db->foreignKeyViolations(&violations)) {
            *error = db->error();
            ok = false;
        } else if (!violations.isEmpty()) {
            const ScratchDatabase::Violation &v = violations.first();
            *error = tr("%1: %n row(s) reference missing parent rows; the first: row %2 of "
                        "\"%3\" has no parent in \"%4\".",
                        nullptr, violations.size())
                         .arg(where)
                         .arg(v.rowId)
                         .arg(v.table, v.parent);
            ok = false;
        }
    }
    if (!ok) {
        db->exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!db->exec(QStringLiteral("COMMIT"))) {
        *error = db->error();
        db->exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

QString SqlInsertFile::literal(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float: {
        QString text = QString::number(value.toDouble(), 'g', 17);
        if (!text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char('e'))
            && !text.contains(QLatin1Char('n')))
            text += QLatin1String(".0");
        return text;
    }
    case QMetaType::QByteArray:
        return QStringLiteral("X'%1'").arg(QString::fromLatin1(value.toByteArray().toHex()));
    default: {
        QString text = value.toString();
        text.replace(QLatin1Char('\''), QLatin1String("''"));
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    }
    }
}

QString SqlInsertFile::toText(const Schema &schema, const SampleData &data)
{
    QString text = QStringLiteral("-- Sample data for %1, written by Joinery.\n")
                       .arg(schema.name.isEmpty() ? QStringLiteral("a schema") : schema.name);
    for (Id tableId : TableOrder::parentsFirst(schema)) {
        const auto found = data.tables.constFind(tableId);
        if (found == data.tables.cend() || found->rows.isEmpty())
            continue;
        const Table *table = schema.table(tableId);
        QVector<int> positions;
        QStringList names;
        for (int c = 0; c < found->columns.size(); ++c) {
            if (const Column *column = table->column(found->columns.at(c))) {
                positions.append(c);
                names.append(ScratchDatabase::quote(column->name));
            }
        }
        const QString head
            = QStringLiteral("INSERT INTO %1 (%2) VALUES (")
                  .arg(ScratchDatabase::quote(table->name), names.join(QLatin1String(", ")));
        text += QLatin1Char('\n');
        for (const QVector<QVariant> &row : found->rows) {
            QStringList values;
            for (int p : positions)
                values.append(literal(row.value(p)));
            text += head + values.join(QLatin1String(", ")) + QLatin1String(");\n");
        }
    }
    return text;
}

bool SqlInsertFile::save(const Schema &schema, const SampleData &data, const QString &path,
                         QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = toText(schema, data).toUtf8();
    // A short write (a full disk) must not be committed: see SchemaWriter::save.
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        file.cancelWriting();
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
