#include "migratecommand.h"

#include "migration/migrationrehearsal.h"
#include "migration/migrationsource.h"
#include "migration/migrationwriter.h"
#include "migration/wranglerfolder.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace {

constexpr int Safe = 0;
constexpr int NotSafe = 1;
constexpr int MigrationBadInput = 2;

int badInput(const QString &message)
{
    QTextStream(stderr) << MigrateCommand::tr("joinery migrate: %1").arg(message) << '\n';
    return MigrationBadInput;
}

} // namespace

int MigrateCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the migration from the schema OLD to the schema NEW (.joinery files, SQL "
           "scripts or SQLite databases) for a dialect, with the problems found before "
           "anything runs.\n"
           "Exit status: 0 safe (written), 1 refused, needs --allow-data-loss, or the rehearsal "
           "failed (nothing written), 2 bad input."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("old"), tr("The schema as it is."));
    parser.addPositionalArgument(QStringLiteral("new"), tr("The schema as it should be."));
    const QCommandLineOption dialectOption(QStringLiteral("dialect"),
                                           tr("sqlite, postgresql, mysql, mariadb or sqlserver."),
                                           QStringLiteral("D"));
    const QCommandLineOption d1Option(
        QStringLiteral("d1"), tr("SQLite for Cloudflare D1: one transaction, keys always on."));
    const QCommandLineOption renameOption(
        QStringLiteral("rename"),
        tr("A renamed table (old=new) or column (table.old=new), when OLD and NEW do not share "
           "ids; repeat for several."),
        QStringLiteral("OLD=NEW"));
    const QCommandLineOption allowOption(QStringLiteral("allow-data-loss"),
                                         tr("Write the migration even if it drops data."));
    const QCommandLineOption rehearseOption(
        QStringLiteral("rehearse"),
        tr("Run the SQLite migration (plain and D1 shape) on a scratch copy of this data (a .sql "
           "file of INSERTs) first."),
        QStringLiteral("DATA.sql"));
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        tr("Write the script to FILE, or with --d1 into the wrangler migrations folder DIR."),
        QStringLiteral("FILE|DIR"));
    const QCommandLineOption messageOption(QStringLiteral("message"),
                                           tr("The name of the wrangler migration file."),
                                           QStringLiteral("TEXT"), QStringLiteral("migration"));
    const QCommandLineOption validateLaterOption(
        QStringLiteral("validate-later"),
        tr("PostgreSQL: add keys to existing tables NOT VALID and validate them at the end, so "
           "that a big table is scanned without blocking its writes."));
    parser.addOptions({dialectOption, d1Option, renameOption, allowOption, rehearseOption,
                       outputOption, messageOption, validateLaterOption});
    if (!parser.parse(arguments))
        return badInput(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Safe;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2)
        return badInput(tr("give two schemas, OLD and NEW."));
    Dialect dialect = Dialect::SQLite;
    if (!parser.isSet(dialectOption) || !Dialects::fromId(parser.value(dialectOption), &dialect)) {
        QStringList known;
        for (Dialect d : Dialects::all())
            known << Dialects::id(d);
        return badInput(tr("--dialect needs one of %1.").arg(known.join(QStringLiteral(", "))));
    }
    const bool d1 = parser.isSet(d1Option);
    if (parser.isSet(validateLaterOption) && dialect != Dialect::PostgreSQL)
        return badInput(tr("--validate-later goes with --dialect postgresql."));
    if (d1 && dialect != Dialect::SQLite)
        return badInput(tr("--d1 goes with --dialect sqlite."));

    Schema oldSchema;
    Schema newSchema;
    QString error;
    if (!MigrationSource::read(files.at(0), &oldSchema, &error)
        || !MigrationSource::read(files.at(1), &newSchema, &error))
        return badInput(error);
    const SchemaMatch::Mode mode = MigrationSource::matchMode(
        MigrationSource::isJoineryFile(files.at(0)) && MigrationSource::isJoineryFile(files.at(1)),
        oldSchema, newSchema);
    SchemaMatch match;
    if (!match.compute(oldSchema, newSchema, mode, parser.values(renameOption), &error))
        return badInput(error);
    const SchemaDiff diff(oldSchema, newSchema, match);
    // The report goes to stdout when the script goes to a file, to stderr when it is printed.
    QTextStream &report = parser.isSet(outputOption) ? out : err;
    if (diff.isEmpty()) {
        report << tr("No changes: the schemas are the same.") << '\n';
        return Safe;
    }
    report << tr("Changes (matched by %1):")
                  .arg(mode == SchemaMatch::Mode::ById ? tr("id") : tr("name"))
           << '\n'
           << diff.toText();
    const MigrationScript script
        = MigrationWriter::write(diff, dialect, d1, parser.isSet(validateLaterOption));
    if (!script.problems.isEmpty())
        report << tr("Problems:") << '\n' << script.problemsText();

    bool rehearsalFailed = false;
    if (parser.isSet(rehearseOption)) {
        QFile data(parser.value(rehearseOption));
        if (!data.open(QIODevice::ReadOnly))
            return badInput(tr("%1: %2").arg(data.fileName(), data.errorString()));
        const QByteArray text = data.readAll();
        for (bool shape : {false, true}) {
            const MigrationScript sqlite = MigrationWriter::write(diff, Dialect::SQLite, shape);
            if (sqlite.isRefused()) {
                report << tr("Rehearsal (%1): not run, the migration is refused.")
                              .arg(shape ? tr("D1 shape") : tr("plain SQLite"))
                       << '\n';
                continue;
            }
            const MigrationRehearsal::Result result
                = MigrationRehearsal::run(diff, sqlite, text, data.fileName());
            if (result.badInput)
                return badInput(result.failure);
            report << tr("Rehearsal (%1):").arg(shape ? tr("D1 shape") : tr("plain SQLite")) << '\n'
                   << result.toText();
            rehearsalFailed = rehearsalFailed || !result.ok;
        }
    }
    if (script.isRefused()) {
        report << tr("Refused: the migration cannot be written safely (see above); nothing "
                     "written.")
               << '\n';
        return NotSafe;
    }
    if (script.losesData() && !parser.isSet(allowOption)) {
        report << tr("The migration destroys data (see above): run again with "
                     "--allow-data-loss to write it; nothing written.")
               << '\n';
        return NotSafe;
    }
    if (rehearsalFailed) {
        report << tr("The rehearsal failed (see above); nothing written.") << '\n';
        return NotSafe;
    }
    if (!parser.isSet(outputOption)) {
        out << script.text();
        return Safe;
    }
    QString path = parser.value(outputOption);
    if (d1 && (QFileInfo(path).isDir() || !path.endsWith(QLatin1String(".sql")))) {
        QString written;
        if (!WranglerFolder::write(path, parser.value(messageOption), script.text(), &written,
                                   &error))
            return badInput(error);
        out << tr("Wrote %1.").arg(QDir::toNativeSeparators(written)) << '\n';
        return Safe;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(script.text().toUtf8()) < 0)
        return badInput(tr("%1: %2").arg(path, file.errorString()));
    out << tr("Wrote %1.").arg(QDir::toNativeSeparators(path)) << '\n';
    return Safe;
}
