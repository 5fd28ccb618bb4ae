#include "rehearsaldata.h"

#include "schemadiff.h"

#include "../simulator/sampledata.h"
#include "../simulator/scratchdatabase.h"
#include "../simulator/sqlinsertfile.h"

#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

QByteArray RehearsalData::fromSampleData(const SchemaDiff &diff, const SampleData &data,
                                         bool dataIsNew)
{
    if (!dataIsNew)
        return SqlInsertFile::toText(diff.oldSchema(), data).toUtf8();
    const SchemaMatch &match = diff.match();
    SampleData old;
    for (auto it = data.tables.cbegin(); it != data.tables.cend(); ++it) {
        const Id oldTable = match.toOld(it.key());
        if (!oldTable)
            continue;
        // Columns without an old counterpart keep id 0, which no column has: toText skips them.
        SampleTable rows = it.value();
        for (Id &column : rows.columns)
            column = match.toOld(column);
        old.tables.insert(oldTable, rows);
    }
    return SqlInsertFile::toText(diff.oldSchema(), old).toUtf8();
}

namespace {

bool readRows(QSqlDatabase db, const Schema &oldSchema, SampleData *data, QString *error)
{
    for (Id tableId : oldSchema.tableIds()) {
        const Table &table = *oldSchema.table(tableId);
        QSqlQuery info(db);
        if (!info.exec(QStringLiteral("PRAGMA table_info(%1)")
                           .arg(ScratchDatabase::quote(table.name)))) {
            *error = info.lastError().text();
            return false;
        }
        QSet<QString> present;
        while (info.next())
            present.insert(info.value(1).toString().toLower());
        if (present.isEmpty())
            continue; // the file has no such table
        SampleTable rows;
        QStringList names;
        for (const Column &column : table.columns) {
            if (present.contains(column.name.toLower()) && !column.isGenerated()) {
                rows.columns << column.id;
                names << ScratchDatabase::quote(column.name);
            }
        }
        if (names.isEmpty())
            continue;
        QSqlQuery select(db);
        if (!select.exec(QStringLiteral("SELECT %1 FROM %2")
                             .arg(names.join(QStringLiteral(", ")),
                                  ScratchDatabase::quote(table.name)))) {
            *error = select.lastError().text();
            return false;
        }
        while (select.next()) {
            QVector<QVariant> row;
            for (int i = 0; i < names.size(); ++i)
                row << select.value(i);
            rows.rows << row;
        }
        data->tables.insert(tableId, rows);
    }
    return true;
}

} // namespace

bool RehearsalData::fromSqliteFile(const QString &path, const Schema &oldSchema, QByteArray *sql,
                                   QString *error)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("rehearsal.sqlite"));
    if (!dir.isValid() || !QFile::copy(path, copy)) {
        *error = tr("%1: cannot make a copy to read.").arg(path);
        return false;
    }
    const QString connection
        = QStringLiteral("rehearsaldata-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    SampleData data;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(copy);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            *error = tr("%1: %2").arg(path, db.lastError().text());
        else if (readRows(db, oldSchema, &data, error))
            ok = true;
        else
            *error = tr("%1: %2").arg(path, *error);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (ok)
        *sql = SqlInsertFile::toText(oldSchema, data).toUtf8();
    return ok;
}
