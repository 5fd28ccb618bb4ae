#pragma once

#include <QString>
#include <QStringList>

// Node.js, npm and one pinned npm package set (tests/drizzle/npm/<set>) installed with `npm ci`
// into the build folder. The install is kept and reused while package.json and
// package-lock.json are unchanged, so only the first run pays for the download.
class DrizzleToolchain
{
public:
    struct Result
    {
        int exitCode = -1;
        QString output; // standard output
        QString errors; // standard error, or why the program could not run
        bool ok() const { return exitCode == 0; }
    };

    DrizzleToolchain(const QString &packageSet, const QString &sourceDir,
                     const QString &installDir);

    // Empty when node and npm are on the PATH, else what is missing.
    static QString missingTools();
    // Runs `npm ci` unless the same lock file is already installed. False with *error set on
    // failure.
    bool install(QString *error);

    QString packageSet() const { return m_set; }
    // A scratch folder inside the install, emptied by install(): modules written there find
    // node_modules by Node's usual upward search.
    QString runDir() const;

    Result typeCheck(const QString &tsconfig) const;
    // `drizzle-kit export` with a drizzle.config.ts written for the module; the SQL it printed,
    // without drizzle-kit's progress lines.
    Result exportSql(const QString &modulePath, const QString &kitDialect) const;

    static Result run(const QString &program, const QStringList &arguments,
                      const QString &workingDirectory, int timeoutSeconds);
    // Statements of a drizzle-kit script, without the trailing semicolons.
    static QStringList statements(const QString &sql);

private:
    QString m_set;
    QString m_sourceDir;
    QString m_installDir;
};
