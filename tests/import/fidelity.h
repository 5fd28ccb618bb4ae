#pragma once

#include "referentialaction.h"
#include "schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

// Shared by the fidelity and round-trip tests over ../shared/corpus.

// What fidelity compares, one line per fact, sorted where the engines' order is their own:
// tables with their columns in order and primary key; foreign keys with columns, parent and
// actions. `restrictIsNoAction`: MySQL/MariaDB treat the two alike and report RESTRICT for an
// absent clause.
inline QString fidelityText(const Schema &schema, bool restrictIsNoAction)
{
    QStringList tables;
    auto names = [&](const QVector<Id> &ids) {
        QStringList list;
        for (Id id : ids)
            list << schema.column(id)->name;
        return list.join(QLatin1Char(','));
    };
    for (Id id : schema.tableIds()) {
        const Table &table = *schema.table(id);
        QStringList columns;
        for (const Column &column : table.columns)
            columns << column.name;
        tables << QStringLiteral("table %1 (%2) pk(%3)")
                      .arg(table.name, columns.join(QLatin1Char(',')), names(table.primaryKey));
    }
    tables.sort();
    QStringList keys;
    auto action = [&](ReferentialAction a) {
        if (restrictIsNoAction && a == ReferentialAction::Restrict)
            a = ReferentialAction::NoAction;
        return ActionNames::fileName(a);
    };
    for (Id id : schema.foreignKeyIds()) {
        const ForeignKey &key = *schema.foreignKey(id);
        keys << QStringLiteral("key %1(%2) -> %3(%4) delete %5 update %6")
                    .arg(schema.table(key.childTable)->name, names(key.childColumns),
                         schema.table(key.parentTable)->name, names(key.parentColumns),
                         action(key.onDelete), action(key.onUpdate));
    }
    keys.sort();
    return (tables + keys).join(QLatin1Char('\n'));
}

// True when the program ran to its end; its exit code goes to `exitCode` when asked for.
inline bool runProcess(const QString &program, const QStringList &arguments, const QString &input,
                       const QProcessEnvironment &environment, QString *output,
                       int *exitCode = nullptr)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!input.isEmpty())
        process.setStandardInputFile(input);
    process.start(program, arguments);
    if (!process.waitForFinished(300000)) {
        *output = QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
        return false;
    }
    *output = QString::fromLocal8Bit(process.readAll());
    if (exitCode)
        *exitCode = process.exitCode();
    return process.exitStatus() == QProcess::NormalExit;
}

// OMOP's files carry SqlRender's template placeholder; like OMOP's own tooling, substitute it
// (by nothing) before any engine or Joinery sees the file.
inline QString preparedCopy(const QString &path, QTemporaryDir *dir)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return path;
    QByteArray data = file.readAll();
    if (!data.contains("@cdmDatabaseSchema."))
        return path;
    data.replace("@cdmDatabaseSchema.", "");
    const QString copy = dir->filePath(QFileInfo(path).fileName());
    QFile out(copy);
    if (!out.open(QIODevice::WriteOnly))
        return path;
    out.write(data);
    return copy;
}
