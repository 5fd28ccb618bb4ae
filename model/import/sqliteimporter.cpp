#include "sqliteimporter.h"
#include "../worklimit.h"
#include "importreport.h"
#include "schemaassembler.h"
#include "sqlitetabletext.h"
#include "sqltokenizer.h"
#include "typemapper.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace {

using ReportSeverity = ImportReport::Severity;

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("joinery-import-sqlite-%1").arg(counter.fetchAndAddRelaxed(1));
}

ReferentialAction actionFromPragma(const QString &text)
{
    const QString t = text.toUpper();
    if (t == QLatin1String("CASCADE"))
        return ReferentialAction::Cascade;
    if (t == QLatin1String("RESTRICT"))
        return ReferentialAction::Restrict;
    if (t == QLatin1String("SET NULL"))
        return ReferentialAction::SetNull;
    if (t == QLatin1String("SET DEFAULT"))
        return ReferentialAction::SetDefault;
    return ReferentialAction::NoAction;
}

// The connection is removed when this goes out of scope, after every QSqlQuery on it is gone.
class ScopedConnection
{
public:
    explicit ScopedConnection(const QString &name)
        : m_name(name)
    {
    }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

private:
    QString m_name;
};

// CREATE [TEMP] TABLE [IF NOT EXISTS] [schema.]name AS select, with the select wrapped as
// SELECT * FROM (select) LIMIT 0: SQLite derives the same column names and types from it as
// from the select itself, without running the query (which may never end). Empty for any
// other statement.
QString tableAsSelectColumnsOnly(const QString &script, const SqlTokens &tokens, int start, int end)
{
    auto token = [&](int i) -> const SqlToken & {
        return i < end ? tokens.at(i) : tokens.at(end);
    };
    int k = start + 1;
    while (token(k).isWord("TEMP") || token(k).isWord("TEMPORARY"))
        ++k;
    if (!token(k).isWord("TABLE"))
        return {};
    ++k;
    if (token(k).isWord("IF") && token(k + 1).isWord("NOT") && token(k + 2).isWord("EXISTS"))
        k += 3;
    auto isName = [](const SqlToken &t) {
        return t.isIdentifier() || t.kind == SqlToken::Kind::String;
    };
    if (!isName(token(k)))
        return {};
    ++k;
    if (token(k).isPunctuation('.') && isName(token(k + 1)))
        k += 2;
    if (!token(k).isWord("AS") || k + 1 >= end)
        return {};
    const int selectStart = tokens.at(k + 1).offset;
    const int selectEnd = tokens.at(end).offset;
    return script.mid(tokens.at(start).offset, selectStart - tokens.at(start).offset)
        + QLatin1String("SELECT * FROM (") + script.mid(selectStart, selectEnd - selectStart)
        + QLatin1String("\n) LIMIT 0");
}

} // namespace

bool SqliteImporter::isDatabaseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

Schema SqliteImporter::importFile(const QString &path, ImportReport *report, WorkLimit *limit)
{
    report->source = path;
    report->dialect = QStringLiteral("sqlite");
    const QFileInfo info(path);
    if (!info.exists()) {
        report->fatalError = tr("The file does not exist.");
        return {};
    }
    if (!isDatabaseFile(path)) {
        report->fatalError = tr("The file is not an SQLite database (it lacks SQLite's header).");
        return {};
    }
    const QString name = uniqueConnectionName();
    ScopedConnection scope(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    // mode=ro in the URI, and the read-only open flag besides: SQLite refuses every write.
    QUrl url = QUrl::fromLocalFile(info.absoluteFilePath());
    url.setQuery(QStringLiteral("mode=ro"));
    db.setDatabaseName(url.toString(QUrl::FullyEncoded));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    if (!db.open()) {
        report->fatalError = tr("SQLite cannot open the file: %1").arg(db.lastError().text());
        return {};
    }
    ImportedSchema imported;
    imported.name = info.completeBaseName();
    WorkLimit fallback;
    if (!limit)
        limit = &fallback;
    limit->start(info.size());
    bool read = false;
    {
        const WorkLimit::Guard guard(limit, WorkLimit::handle(db));
        read = readCatalog(db, &imported, report);
    }
    if (limit->stopped())
        report->fatalError = tr("%1 Nothing is imported.").arg(limit->message());
    if (!read || limit->stopped())
        return {};
    return SchemaAssembler::assemble(imported, report);
}

Schema SqliteImporter::importScript(const QString &script, ImportReport *report, WorkLimit *limit)
{
    report->dialect = QStringLiteral("sqlite");
    SqlTokenizer tokenizer(script, SqlTokenizer::Flavor::SQLite);
    const SqlTokens tokens = tokenizer.tokenize();
    // Looking ahead from the last words of a script ("CREATE" alone) must not read past the
    // End token.
    auto token = [&tokens](int i) -> const SqlToken & {
        return i < tokens.size() ? tokens.at(i) : tokens.last();
    };
    WorkLimit fallback;
    if (!limit)
        limit = &fallback;
    limit->start(script.size());

    const QString name = uniqueConnectionName();
    ScopedConnection scope(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(QStringLiteral(":memory:"));
    if (!db.open()) {
        report->fatalError
            = tr("Cannot open a scratch SQLite database: %1").arg(db.lastError().text());
        return {};
    }
    {
        const WorkLimit::Guard guard(limit, WorkLimit::handle(db));
        QSqlQuery query(db);
        int start = 0;
        while (token(start).kind != SqlToken::Kind::End) {
            limit->progress(token(start).offset, script.size());
            if (token(start).isPunctuation(';')) {
                ++start;
                continue;
            }
            if (limit->shouldStop()) {
                report->fatalError = tr("%1 Nothing is imported.").arg(limit->message());
                return {};
            }
            // A statement runs to the next ';' — for a trigger, to the ';' after its END.
            const bool trigger = token(start).isWord("CREATE")
                && (token(start + 1).isWord("TRIGGER") || token(start + 2).isWord("TRIGGER"));
            int end = start;
            while (token(end).kind != SqlToken::Kind::End) {
                if (token(end).isPunctuation(';') && (!trigger || token(end - 1).isWord("END")))
                    break;
                ++end;
            }
            const SqlToken &first = token(start);
            QString kind = first.text.toUpper();
            if (first.isWord("CREATE")) {
                int k = start + 1;
                while (token(k).isWord("TEMP") || token(k).isWord("TEMPORARY")
                       || token(k).isWord("UNIQUE") || token(k).isWord("VIRTUAL"))
                    ++k;
                kind += QLatin1Char(' ') + token(k).text.toUpper();
            }
            // Data, views and triggers are counted and not run; transaction control and
            // pragmas are dropped silently; ATTACH and VACUUM are not run since they can write
            // files. What defines the schema is run; anything else is only prepared, so that
            // SQLite says whether it is valid, and counted as skipped.
            static const QStringList skipped
                = {QStringLiteral("INSERT"),         QStringLiteral("UPDATE"),
                   QStringLiteral("DELETE"),         QStringLiteral("REPLACE"),
                   QStringLiteral("SELECT"),         QStringLiteral("WITH"),
                   QStringLiteral("VALUES"),         QStringLiteral("CREATE VIEW"),
                   QStringLiteral("CREATE VIRTUAL"), QStringLiteral("ANALYZE"),
                   QStringLiteral("VACUUM"),         QStringLiteral("ATTACH"),
                   QStringLiteral("DETACH"),         QStringLiteral("REINDEX"),
                   QStringLiteral("EXPLAIN")};
            static const QStringList ignored = {
                QStringLiteral("BEGIN"),    QStringLiteral("COMMIT"),    QStringLiteral("END"),
                QStringLiteral("ROLLBACK"), QStringLiteral("SAVEPOINT"), QStringLiteral("RELEASE"),
                QStringLiteral("PRAGMA")};
            // Triggers are kept verbatim (Table::triggers): creating one only stores it, and
            // no statement that could fire it is run here.
            static const QStringList definesSchema = {
                QStringLiteral("CREATE TABLE"), QStringLiteral("CREATE INDEX"),
                QStringLiteral("CREATE TRIGGER"), QStringLiteral("ALTER"), QStringLiteral("DROP")};
            const int endOffset = token(end).offset;
            if (first.kind == SqlToken::Kind::Word && skipped.contains(kind)) {
                report->skipStatement(kind == QLatin1String("CREATE VIRTUAL")
                                          ? QStringLiteral("CREATE VIRTUAL TABLE")
                                          : kind);
            } else if (first.kind == SqlToken::Kind::Word && ignored.contains(kind)) {
                // nothing to model, nothing to report
            } else {
                const QString statement = script.mid(first.offset, endOffset - first.offset);
                const bool run = first.kind == SqlToken::Kind::Word && definesSchema.contains(kind);
                limit->startStatement();
                bool ok = false;
                if (run) {
                    const QString columnsOnly
                        = tableAsSelectColumnsOnly(script, tokens, start, end);
                    ok = query.exec(columnsOnly.isEmpty() ? statement : columnsOnly);
                } else {
                    ok = query.prepare(statement);
                    if (ok)
                        report->skipStatement(kind);
                }
                if (!ok && limit->stopped()) {
                    report->fatalError = limit->stop() == WorkLimit::Stop::Cancelled
                        ? tr("%1 Nothing is imported.").arg(limit->message())
                        : tr("Line %1: %2 Nothing is imported.")
                              .arg(first.line)
                              .arg(limit->message());
                    return {};
                }
                if (!ok && kind == QLatin1String("CREATE TRIGGER")) {
                    // Typically a trigger on a view, which is not imported: the trigger is
                    // left out too, and said so.
                    report->skipStatement(kind);
                    report->addNote(
                        ReportSeverity::Warning,
                        tr("This trigger is not kept: %1").arg(query.lastError().databaseText()),
                        first.line, first.column);
                } else if (!ok) {
                    report->addNote(ReportSeverity::Error,
                                    tr("SQLite rejected this statement: %1")
                                        .arg(query.lastError().databaseText()),
                                    first.line, first.column);
                }
                limit->finishStatement();
                query.finish();
            }
            start = token(end).kind == SqlToken::Kind::End ? end : end + 1;
        }
    }
    if (tokenizer.hasError()) {
        report->addNote(ReportSeverity::Error,
                        tr("%1 The script is read up to here; the rest is not imported.")
                            .arg(tokenizer.error()),
                        tokenizer.errorLine(), tokenizer.errorColumn());
    }
    ImportedSchema imported;
    if (!readCatalog(db, &imported, report))
        return {};
    return SchemaAssembler::assemble(imported, report);
}

bool SqliteImporter::readCatalog(QSqlDatabase &db, ImportedSchema *schema, ImportReport *report)
{
    QSqlQuery query(db);
    auto run = [&](const QString &sql, const QVariant &bound = {}) {
        query.prepare(sql);
        if (bound.isValid())
            query.addBindValue(bound);
        if (query.exec())
            return true;
        report->fatalError = tr("Reading the catalog failed: %1").arg(query.lastError().text());
        return false;
    };
    // "table", "virtual", "shadow" (the hidden storage of a virtual table) per name.
    QHash<QString, QString> kinds;
    if (!run(QStringLiteral("SELECT name, type FROM pragma_table_list WHERE schema = 'main'")))
        return false;
    while (query.next())
        kinds.insert(query.value(0).toString(), query.value(1).toString());

    if (!run(QStringLiteral("SELECT type, name, sql, tbl_name FROM sqlite_schema "
                            "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid")))
        return false;
    QVector<QPair<QString, QString>> tables;
    QHash<QString, QVector<Trigger>> triggersOfTable; // in creation order
    while (query.next()) {
        const QString type = query.value(0).toString();
        const QString name = query.value(1).toString();
        if (type == QLatin1String("table")) {
            const QString kind = kinds.value(name, QStringLiteral("table"));
            if (kind == QLatin1String("table"))
                tables.append({name, query.value(2).toString()});
            else if (kind == QLatin1String("virtual"))
                report->skipStatement(QStringLiteral("CREATE VIRTUAL TABLE"));
        } else if (type == QLatin1String("view")) {
            report->skipStatement(QStringLiteral("CREATE VIEW"));
        } else if (type == QLatin1String("trigger")) {
            const QString table = query.value(3).toString();
            if (kinds.value(table) == QLatin1String("table")) {
                Trigger trigger;
                trigger.name = name;
                trigger.sql = query.value(2).toString();
                triggersOfTable[table].append(trigger);
            } else {
                report->skipStatement(QStringLiteral("CREATE TRIGGER")); // on a view
            }
        }
    }

    for (const auto &entry : std::as_const(tables)) {
        ImportedTable table;
        table.name = entry.first;
        const SqliteTableText text = SqliteTableText::read(entry.second);

        // Columns; pk is the 1-based position in the primary key, 0 when not part of it.
        if (!run(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk, hidden "
                                "FROM pragma_table_xinfo(?)"),
                 table.name))
            return false;
        QMap<int, QString> primaryKey;
        while (query.next()) {
            if (query.value(5).toInt() == 1)
                continue; // a virtual table's hidden column
            ImportedColumn column;
            column.name = query.value(0).toString();
            const QString declared = query.value(1).toString().trimmed();
            const TypeMapper::Mapped mapped = TypeMapper::map(declared, QStringLiteral("sqlite"));
            column.type = mapped.type;
            // Exactly as declared (SQLite's affinity comes from this text), so that an export
            // to SQLite writes it back unchanged.
            column.declaredType = declared;
            column.typeDeclared = true;
            // A column without a type (CREATE TABLE t (x), or a CREATE TABLE … AS SELECT of an
            // expression) has no affinity: BLOB is the logical type SQLite treats the same, for
            // the exports to other dialects. Nothing is lost, so nothing is reported.
            if (declared.isEmpty())
                column.type = DataType(LogicalType::Blob);
            column.isUnsigned = mapped.isUnsigned;
            column.nullable = query.value(2).toInt() == 0;
            column.defaultValue = query.value(3).isNull() ? QString() : query.value(3).toString();
            const int pk = query.value(4).toInt();
            if (pk > 0)
                primaryKey.insert(pk, column.name);
            table.columns.append(column);
        }
        table.primaryKey.columns = primaryKey.values();
        table.primaryKey.name = text.primaryKeyName;
        // What the pragmas do not give: collations, generated expressions, CHECKs (the
        // simulator's scratch database must refuse what SQLite refuses).
        for (const auto &written : text.columns) {
            const int index = table.columnIndex(written.first);
            if (index < 0)
                continue;
            table.columns[index].collation = written.second.collation;
            table.columns[index].generatedExpression = written.second.generatedExpression;
            table.columns[index].generatedStored = written.second.generatedStored;
            if (!written.second.generatedExpression.isEmpty())
                table.columns[index].defaultValue.clear();
        }
        for (const SqliteTableText::Check &check : text.checks) {
            ImportedCheck imported;
            imported.name = check.name;
            imported.expression = check.expression;
            imported.columnName = check.column;
            table.checks.append(imported);
        }
        // Only AUTOINCREMENT is taken as the user's wish for a self-numbering key; a plain
        // INTEGER PRIMARY KEY numbers itself too, but the text did not ask for it.
        if (primaryKey.size() == 1) {
            const int index = table.columnIndex(primaryKey.first());
            if (index >= 0 && table.columns.at(index).type == DataType(LogicalType::Integer))
                table.columns[index].autoIncrement = text.autoIncrement;
        }

        // Unique constraints and indexes; origin: c = CREATE INDEX, u = UNIQUE, pk = the key.
        if (!run(QStringLiteral("SELECT name, \"unique\", origin FROM pragma_index_list(?) "
                                "ORDER BY seq DESC"),
                 table.name))
            return false;
        QVector<QVector<QVariant>> indexes;
        while (query.next())
            indexes.append({query.value(0), query.value(1), query.value(2)});
        for (const auto &index : std::as_const(indexes)) {
            const QString origin = index.at(2).toString();
            if (origin == QLatin1String("pk"))
                continue;
            if (!run(QStringLiteral("SELECT cid, name, coll FROM pragma_index_xinfo(?) WHERE "
                                    "key = 1 ORDER BY seqno"),
                     index.at(0)))
                return false;
            ImportedConstraint constraint;
            bool expression = false;
            bool collated = false;
            QVector<IndexPart> parts;
            while (query.next()) {
                if (query.value(0).toInt() < 0) {
                    expression = true; // -2: an expression; -1: the rowid
                    continue;
                }
                constraint.columns << query.value(1).toString();
                // BINARY is the default; the column's own collation is what SQLite uses
                // unless the index names another.
                IndexPart part;
                const QString collation = query.value(2).toString();
                QString own;
                for (const auto &written : text.columns) {
                    if (written.first.compare(query.value(1).toString(), Qt::CaseInsensitive) == 0)
                        own = written.second.collation;
                }
                if (collation.compare(own.isEmpty() ? QStringLiteral("BINARY") : own,
                                      Qt::CaseInsensitive)
                    != 0) {
                    part.collation = collation;
                    collated = true;
                }
                parts << part;
            }
            if (collated && !expression)
                constraint.parts = parts;
            if (expression)
                constraint.columns.clear();
            if (origin == QLatin1String("u")) {
                // Automatic indexes are named sqlite_autoindex_T_N; the name the user gave
                // is in the CREATE TABLE text, matched by columns.
                for (const SqliteTableText::Named &named : text.uniqueConstraints) {
                    if (named.columns == constraint.columns)
                        constraint.name = named.name;
                }
                table.uniqueConstraints.append(constraint);
            } else {
                constraint.name = index.at(0).toString();
                constraint.unique = index.at(1).toInt() != 0;
                table.indexes.append(constraint);
            }
        }

        // Foreign keys: one row per column pair; `to` is NULL for "REFERENCES t" without a
        // column list. SQLite numbers them in reverse order of declaration.
        if (!run(QStringLiteral("SELECT id, seq, \"table\", \"from\", \"to\", on_update, "
                                "on_delete, match FROM pragma_foreign_key_list(?) "
                                "ORDER BY id DESC, seq"),
                 table.name))
            return false;
        QVector<ImportedForeignKey> keys;
        int currentId = -1;
        bool toMissing = false;
        while (query.next()) {
            const int id = query.value(0).toInt();
            if (id != currentId) {
                currentId = id;
                toMissing = false;
                ImportedForeignKey key;
                key.childTable = table.name;
                key.parentTable = query.value(2).toString();
                key.onUpdate = actionFromPragma(query.value(5).toString());
                key.onDelete = actionFromPragma(query.value(6).toString());
                key.match
                    = query.value(7).toString().compare(QLatin1String("FULL"), Qt::CaseInsensitive)
                        == 0
                    ? MatchType::Full
                    : MatchType::Simple;
                keys.append(key);
            }
            keys.last().childColumns << query.value(3).toString();
            if (query.value(4).isNull() || toMissing) {
                toMissing = true;
                keys.last().parentColumns.clear();
            } else {
                keys.last().parentColumns << query.value(4).toString();
            }
        }
        // Names and deferrability from the text, matched in order by columns and parent.
        QVector<bool> used(text.foreignKeys.size(), false);
        for (ImportedForeignKey &key : keys) {
            for (int k = 0; k < text.foreignKeys.size(); ++k) {
                const SqliteTableText::Key &declared = text.foreignKeys.at(k);
                if (used.at(k) || declared.childColumns.size() != key.childColumns.size()
                    || declared.parentTable.compare(key.parentTable, Qt::CaseInsensitive) != 0)
                    continue;
                bool same = true;
                for (int c = 0; c < declared.childColumns.size(); ++c)
                    same = same
                        && declared.childColumns.at(c).compare(key.childColumns.at(c),
                                                               Qt::CaseInsensitive)
                            == 0;
                if (!same)
                    continue;
                used[k] = true;
                key.name = declared.name;
                key.deferrability = declared.deferrability;
                break;
            }
            schema->foreignKeys.append(key);
        }
        table.triggers = triggersOfTable.value(table.name);
        schema->tables.append(table);
    }
    return true;
}
