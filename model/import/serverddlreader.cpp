#include "serverddlreader.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVersionNumber>

namespace {

QString quotedName(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('`'), QStringLiteral("``"));
    return QLatin1Char('`') + escaped + QLatin1Char('`');
}

} // namespace

ServerDdlReader::Result ServerDdlReader::mySql(QSqlDatabase &db, const QString &database)
{
    Result result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    auto fail = [&](const QString &what) {
        result.error = tr("%1 failed: %2").arg(what, query.lastError().text().trimmed());
        result.script.clear();
        return result;
    };
    if (query.exec(QStringLiteral("SELECT VERSION()")) && query.next())
        result.mariaDb
            = query.value(0).toString().contains(QLatin1String("MariaDB"), Qt::CaseInsensitive);
    // Names as stored, in the order the server lists them; SHOW CREATE TABLE writes each
    // table's keys inline, which the importer resolves once every table is read.
    QStringList tables;
    query.prepare(QStringLiteral("SELECT table_name, table_type FROM information_schema.tables "
                                 "WHERE table_schema = ? ORDER BY table_name"));
    query.addBindValue(database);
    if (!query.exec())
        return fail(QStringLiteral("information_schema.tables"));
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (query.value(1).toString() == QLatin1String("BASE TABLE"))
            tables << name;
        else
            result.skipped << QStringLiteral("CREATE VIEW");
    }
    for (const QString &table : std::as_const(tables)) {
        if (!query.exec(QStringLiteral("SHOW CREATE TABLE %1.%2")
                            .arg(quotedName(database), quotedName(table)))
            || !query.next())
            return fail(QStringLiteral("SHOW CREATE TABLE %1").arg(table));
        result.script += query.value(1).toString() + QStringLiteral(";\n\n");
    }
    query.prepare(QStringLiteral("SELECT trigger_name FROM information_schema.triggers "
                                 "WHERE trigger_schema = ? ORDER BY trigger_name"));
    query.addBindValue(database);
    if (query.exec()) {
        while (query.next())
            result.skipped << QStringLiteral("CREATE TRIGGER");
    }
    query.prepare(QStringLiteral("SELECT routine_type, routine_name FROM "
                                 "information_schema.routines WHERE routine_schema = ? "
                                 "ORDER BY routine_name"));
    query.addBindValue(database);
    if (query.exec()) {
        while (query.next())
            result.skipped << QStringLiteral("CREATE ") + query.value(0).toString().toUpper();
    }
    query.prepare(QStringLiteral("SELECT event_name FROM information_schema.events "
                                 "WHERE event_schema = ? ORDER BY event_name"));
    query.addBindValue(database);
    if (query.exec()) {
        while (query.next())
            result.skipped << QStringLiteral("CREATE EVENT");
    }
    return result;
}

QString ServerDdlReader::restorableCheck(const QString &deparsed)
{
    static const QRegularExpression list(
        QStringLiteral("\\((\\w+|\"(?:[^\"]|\"\")+\")\\)::text (= ANY|<> ALL) \\(\\(ARRAY\\[("
                       "'(?:[^']|'')*'::character varying(?:, '(?:[^']|'')*'::character varying)*"
                       ")\\]\\)::text\\[\\]\\)"));
    QString text = deparsed;
    QRegularExpressionMatch match;
    int from = 0;
    while ((match = list.match(text, from)).hasMatch()) {
        const QString in = match.captured(2) == QLatin1String("= ANY") ? QStringLiteral("IN")
                                                                         : QStringLiteral("NOT IN");
        const QString replacement
            = QStringLiteral("%1 %2 (%3)").arg(match.captured(1), in, match.captured(3));
        text.replace(match.capturedStart(), match.capturedLength(), replacement);
        from = match.capturedStart() + replacement.size();
    }
    return text;
}

QString ServerDdlReader::pgDumpProgram()
{
    // Debian installs each major version under /usr/lib/postgresql/N/bin; a pg_dump reads
    // servers of its own major version and older ones only, so the newest is the one to use.
    QVersionNumber best;
    QString program;
    const QDir versions(QStringLiteral("/usr/lib/postgresql"));
    for (const QString &entry : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString candidate = versions.filePath(entry + QStringLiteral("/bin/pg_dump"));
        const QVersionNumber version = QVersionNumber::fromString(entry);
        if (QFileInfo(candidate).isExecutable() && version > best) {
            best = version;
            program = candidate;
        }
    }
    if (program.isEmpty())
        program = QStandardPaths::findExecutable(QStringLiteral("pg_dump"));
    return program;
}

ServerDdlReader::Result ServerDdlReader::postgres(const QUrl &url, const QString &password,
                                                  int timeoutSeconds)
{
    Result result;
    const QString program = pgDumpProgram();
    if (program.isEmpty()) {
        result.error = tr("pg_dump is not installed");
        return result;
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), password);
    environment.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    process.setProcessEnvironment(environment);
    // Ownership and grants are not part of a design; comments are (Joinery keeps them).
    process.start(program,
                  {QStringLiteral("--schema-only"), QStringLiteral("--no-owner"),
                   QStringLiteral("--no-privileges"), QStringLiteral("--host"), url.host(),
                   QStringLiteral("--port"), QString::number(url.port(5432)),
                   QStringLiteral("--username"), url.userName(), QStringLiteral("--no-password"),
                   QStringLiteral("--dbname"), url.path().mid(1)});
    if (!process.waitForStarted(10000)) {
        result.error = tr("%1 could not be started: %2").arg(program, process.errorString());
        return result;
    }
    if (!process.waitForFinished(timeoutSeconds * 1000)) {
        process.kill();
        process.waitForFinished(2000);
        result.error = tr("pg_dump did not finish within %n second(s)", nullptr, timeoutSeconds);
        return result;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        result.error = tr("pg_dump failed: %1")
                           .arg(QString::fromUtf8(process.readAllStandardError()).trimmed());
        return result;
    }
    result.script = QString::fromUtf8(process.readAllStandardOutput());
    if (result.script.trimmed().isEmpty())
        result.error = tr("pg_dump wrote nothing");
    return result;
}
