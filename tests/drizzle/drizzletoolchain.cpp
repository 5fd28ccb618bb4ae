#include "drizzletoolchain.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

DrizzleToolchain::DrizzleToolchain(const QString &packageSet, const QString &sourceDir,
                                   const QString &installDir)
    : m_set(packageSet)
    , m_sourceDir(sourceDir)
    , m_installDir(installDir)
{
}

QString DrizzleToolchain::missingTools()
{
    QStringList missing;
    for (const char *tool : {"node", "npm"}) {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            missing << QLatin1String(tool);
    }
    if (missing.isEmpty())
        return {};
    return QStringLiteral("%1 not found on the PATH (Debian: apt-get install nodejs npm)")
        .arg(missing.join(QLatin1String(" and ")));
}

QString DrizzleToolchain::runDir() const
{
    return m_installDir + QStringLiteral("/run");
}

DrizzleToolchain::Result DrizzleToolchain::run(const QString &program, const QStringList &arguments,
                                               const QString &workingDirectory, int timeoutSeconds)
{
    Result result;
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        result.errors = QStringLiteral("cannot start %1: %2").arg(program, process.errorString());
        return result;
    }
    if (!process.waitForFinished(timeoutSeconds * 1000)) {
        process.kill();
        process.waitForFinished(5000);
        result.errors = QStringLiteral("%1 %2 did not finish within %3 s")
                            .arg(program, arguments.join(QLatin1Char(' ')))
                            .arg(timeoutSeconds);
        return result;
    }
    result.output = QString::fromUtf8(process.readAllStandardOutput());
    result.errors = QString::fromUtf8(process.readAllStandardError());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

bool DrizzleToolchain::install(QString *error)
{
    QByteArray inputs;
    for (const char *name : {"package.json", "package-lock.json"}) {
        QFile file(m_sourceDir + QLatin1Char('/') + QLatin1String(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        inputs += file.readAll();
    }
    const QByteArray stamp = QCryptographicHash::hash(inputs, QCryptographicHash::Sha256).toHex();
    const QString stampPath = m_installDir + QStringLiteral("/.joinery-installed");
    QFile stampFile(stampPath);
    const bool installed = stampFile.open(QIODevice::ReadOnly) && stampFile.readAll() == stamp
        && QFileInfo::exists(m_installDir + QStringLiteral("/node_modules/drizzle-kit"));
    stampFile.close();

    if (!installed) {
        QDir(m_installDir).removeRecursively();
        QDir().mkpath(m_installDir);
        for (const char *name : {"package.json", "package-lock.json"}) {
            if (!QFile::copy(m_sourceDir + QLatin1Char('/') + QLatin1String(name),
                             m_installDir + QLatin1Char('/') + QLatin1String(name))) {
                *error = QStringLiteral("cannot copy %1 into %2")
                             .arg(QLatin1String(name), m_installDir);
                return false;
            }
        }
        // No install scripts: esbuild finds its platform binary without its postinstall check,
        // and nothing else in the set has one.
        const Result npm = run(QStringLiteral("npm"),
                               {QStringLiteral("ci"), QStringLiteral("--ignore-scripts"),
                                QStringLiteral("--no-audit"), QStringLiteral("--no-fund")},
                               m_installDir, 600);
        if (!npm.ok()) {
            *error = QStringLiteral("npm ci in %1 failed (exit %2):\n%3\n%4")
                         .arg(m_installDir)
                         .arg(npm.exitCode)
                         .arg(npm.output, npm.errors);
            return false;
        }
        QFile out(stampPath);
        if (!out.open(QIODevice::WriteOnly) || out.write(stamp) != stamp.size()) {
            *error = QStringLiteral("%1: %2").arg(stampPath, out.errorString());
            return false;
        }
    }
    QDir(runDir()).removeRecursively();
    if (!QDir().mkpath(runDir())) {
        *error = QStringLiteral("cannot create %1").arg(runDir());
        return false;
    }
    return true;
}

DrizzleToolchain::Result DrizzleToolchain::typeCheck(const QString &tsconfig) const
{
    return run(QStringLiteral("node"),
               {m_installDir + QStringLiteral("/node_modules/typescript/bin/tsc"),
                QStringLiteral("-p"), tsconfig},
               runDir(), 300);
}

DrizzleToolchain::Result DrizzleToolchain::exportSql(const QString &modulePath,
                                                     const QString &kitDialect) const
{
    const QFileInfo module(modulePath);
    const QString configPath = module.absolutePath() + QLatin1Char('/') + module.completeBaseName()
        + QStringLiteral(".config.ts");
    QFile config(configPath);
    Result result;
    if (!config.open(QIODevice::WriteOnly)) {
        result.errors = QStringLiteral("%1: %2").arg(configPath, config.errorString());
        return result;
    }
    // No credentials: `export` only turns the schema into SQL.
    config.write(QStringLiteral("import { defineConfig } from 'drizzle-kit';\n"
                                "export default defineConfig({ dialect: '%1', schema: './%2' });\n")
                     .arg(kitDialect, module.fileName())
                     .toUtf8());
    config.close();
    result = run(QStringLiteral("node"),
                 {m_installDir + QStringLiteral("/node_modules/drizzle-kit/bin.cjs"),
                  QStringLiteral("export"), QStringLiteral("--config"), configPath},
                 module.absolutePath(), 120);
    // drizzle-kit 0.31 prints "Reading schema files:" and the file list before the SQL.
    QStringList lines = result.output.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && !lines.first().startsWith(QLatin1String("CREATE"))
           && !lines.first().startsWith(QLatin1String("ALTER")))
        lines.removeFirst();
    result.output = lines.join(QLatin1Char('\n'));
    return result;
}

QStringList DrizzleToolchain::statements(const QString &sql)
{
    QString text = sql;
    text.remove(QStringLiteral("--> statement-breakpoint"));
    QStringList result;
    for (const QString &part :
         text.split(QRegularExpression(QStringLiteral(";[ \\t]*(\\r?\\n|$)")))) {
        const QString statement = part.trimmed();
        if (!statement.isEmpty())
            result << statement;
    }
    return result;
}
