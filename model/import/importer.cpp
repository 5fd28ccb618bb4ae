#include "importer.h"
#include "importreport.h"
#include "parsedscriptimporter.h"
#include "postgresimporter.h"
#include "serverimporter.h"
#include "sqliteimporter.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

QStringList Importer::dialects()
{
    return {QStringLiteral("sqlite"), QStringLiteral("postgresql"), QStringLiteral("mysql"),
            QStringLiteral("sqlserver")};
}

bool Importer::isServerUrl(const QString &source)
{
    return source.startsWith(QLatin1String("postgresql://"))
        || source.startsWith(QLatin1String("postgres://"))
        || source.startsWith(QLatin1String("mysql://"))
        || source.startsWith(QLatin1String("mariadb://"));
}

QString Importer::detectDialect(const QString &script)
{
    // A sample is enough, and keeps detection cheap on dumps with megabytes of data. These are
    // spellings only one dialect accepts; counting them is a guess, which --dialect overrides.
    const QString text = script.left(512 * 1024);
    const QString lower = text.toLower();
    auto count = [&](const char *needle) {
        return int(lower.count(QLatin1String(needle)));
    };
    int mysql = 0, sqlserver = 0, postgres = 0, sqlite = 0;
    mysql += text.contains(QLatin1Char('`')) ? 5 : 0;
    mysql += count("engine=") + count("engine =") + count("auto_increment") + count("/*!") * 3
        + count("foreign_key_checks") * 3;
    sqlserver
        += (count("[dbo]") + count("clustered") + count("identity(") + count("identity (")) * 2;
    postgres += count("serial") + count("$$") * 2 + count("::") + count("owner to")
        + count("search_path") * 3 + count("create extension") * 3 + count("timestamptz")
        + count("bytea") + count("create sequence") * 2;
    sqlite += count("autoincrement") * 2 + count("pragma ") * 3 + count("without rowid") * 3
        + count("rowid") + count("datetime('now')");
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.compare(QLatin1String("GO"), Qt::CaseInsensitive) == 0)
            sqlserver += 3;
        else if (trimmed.startsWith(QLatin1String("\\c"))
                 || trimmed.startsWith(QLatin1String("\\set"))
                 || trimmed.startsWith(QLatin1String("\\connect")))
            postgres += 3; // psql meta-commands
    }
    // [x] quoting is shared by SQL Server and SQLite; a tie between them goes to SQLite, as
    // SQL Server scripts nearly always also have GO or [dbo].
    static const QRegularExpression bracketName(QStringLiteral("\\[[A-Za-z_][\\w ]*\\]"));
    const int brackets = text.count(bracketName) >= 2 ? 1 : 0;
    sqlserver += brackets;
    sqlite += brackets;
    const int best = std::max({mysql, sqlserver, postgres, sqlite});
    if (best == 0)
        return QStringLiteral("postgresql");
    if (best == mysql)
        return QStringLiteral("mysql");
    if (best == sqlite)
        return QStringLiteral("sqlite");
    if (best == sqlserver)
        return QStringLiteral("sqlserver");
    return QStringLiteral("postgresql");
}

Schema Importer::importScript(const QString &script, const QString &dialect, ImportReport *report,
                              WorkLimit *limit)
{
    QString chosen = dialect;
    if (chosen.isEmpty() || chosen == QLatin1String("auto"))
        chosen = detectDialect(script);
    if (chosen == QLatin1String("mariadb"))
        chosen = QStringLiteral("mysql");
    report->dialect = chosen;
    if (chosen == QLatin1String("sqlite"))
        return SqliteImporter::importScript(script, report, limit);
    if (chosen == QLatin1String("postgresql"))
        return PostgresImporter::importScript(script, report, limit);
    if (chosen == QLatin1String("mysql"))
        return ParsedScriptImporter::importScript(script, SqlTokenizer::Flavor::MySQL, report,
                                                  limit);
    if (chosen == QLatin1String("sqlserver"))
        return ParsedScriptImporter::importScript(script, SqlTokenizer::Flavor::SqlServer, report,
                                                  limit);
    report->fatalError = tr("Reading %1 scripts is not available in this build.").arg(chosen);
    return {};
}

Schema Importer::importSource(const QString &source, const QString &dialect, ImportReport *report,
                              const QString &password, WorkLimit *limit)
{
    report->source = source;
    if (!dialect.isEmpty() && dialect != QLatin1String("auto")
        && dialect != QLatin1String("mariadb") && !dialects().contains(dialect)) {
        report->fatalError = tr("Unknown dialect \"%1\"; use one of %2.")
                                 .arg(dialect, dialects().join(QStringLiteral(", ")));
        return {};
    }
    if (isServerUrl(source))
        return ServerImporter::importUrl(source, password, report);
    const QFileInfo info(source);
    if (!info.exists() || !info.isFile()) {
        report->fatalError = tr("There is no file \"%1\".").arg(source);
        return {};
    }
    if (SqliteImporter::isDatabaseFile(source))
        return SqliteImporter::importFile(source, report, limit);
    if (info.size() > MaximumScriptSize) {
        report->fatalError = tr("The file is %1 MB; scripts over %2 MB are not read.")
                                 .arg(info.size() / (1024 * 1024))
                                 .arg(MaximumScriptSize / (1024 * 1024));
        return {};
    }
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly)) {
        report->fatalError = tr("Cannot read the file: %1").arg(file.errorString());
        return {};
    }
    const QByteArray data = file.readAll();
    // A script is text: NUL bytes mean a binary file of some other kind.
    if (data.contains('\0')) {
        report->fatalError = tr("The file is neither an SQL script nor an SQLite database.");
        return {};
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString script = decoder.decode(data);
    if (decoder.hasError()) {
        // Old dumps in Latin-1 still hold readable DDL.
        script = QString::fromLatin1(data);
    }
    if (script.startsWith(QChar(0xfeff)))
        script.remove(0, 1);
    report->source = source;
    Schema schema = importScript(script, dialect, report, limit);
    if (!report->isFatal() && report->tables == 0 && report->skippedStatementCount() == 0
        && report->notes.isEmpty())
        report->fatalError = tr("The file holds no SQL statement Joinery can read.");
    if (schema.name.isEmpty())
        schema.name = info.completeBaseName();
    return schema;
}
