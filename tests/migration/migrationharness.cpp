#include "migrationharness.h"

#include "ddl/ddlgenerator.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace MigrationHarness {

bool execAll(QSqlDatabase db, const QStringList &statements, QString *error)
{
    QSqlQuery query(db);
    for (const QString &sql : statements) {
        if (sql.trimmed().isEmpty())
            continue;
        if (!query.exec(sql)) {
            *error = query.lastError().text() + QStringLiteral("\nin: ") + sql;
            return false;
        }
    }
    return true;
}

QStringList dataStatements(const QString &data)
{
    QStringList statements;
    for (QString line : data.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        line = line.trimmed();
        if (line.endsWith(QLatin1Char(';')))
            line.chop(1);
        if (!line.isEmpty())
            statements << line;
    }
    return statements;
}

QString keptRows(QSqlDatabase db, const SchemaDiff &diff, bool before,
                 const DdlGenerator &generator, QString *error)
{
    QString text;
    for (Id newId : diff.newSchema().tableIds()) {
        const Table &newTable = *diff.newSchema().table(newId);
        const Table *oldTable = diff.oldSchema().table(diff.match().toOld(newId));
        if (!oldTable)
            continue;
        QStringList columns;
        for (const Column &column : newTable.columns) {
            const Column *old = oldTable->column(diff.match().toOld(column.id));
            if (old && old->type == column.type && !column.isGenerated())
                columns << generator.quoteIdentifier(before ? old->name : column.name);
        }
        const QString table = generator.quoteIdentifier(before ? oldTable->name : newTable.name);
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT %1 FROM %2")
                            .arg(columns.isEmpty() ? QStringLiteral("1")
                                                   : columns.join(QStringLiteral(", ")),
                                 table))) {
            *error = query.lastError().text();
            return {};
        }
        QStringList rows;
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < columns.size(); ++i)
                values << (query.value(i).isNull() ? QStringLiteral("\\N")
                                                   : query.value(i).toString());
            rows << values.join(QLatin1Char('|'));
        }
        rows.sort();
        text += QStringLiteral("%1 %2 %3\n")
                    .arg(newTable.name)
                    .arg(rows.size())
                    .arg(QString::fromLatin1(
                        QCryptographicHash::hash(rows.join(QLatin1Char('\n')).toUtf8(),
                                                 QCryptographicHash::Sha1)
                            .toHex()));
    }
    return text;
}

QStringList orphans(QSqlDatabase db, const Schema &schema, const DdlGenerator &generator,
                    QString *error)
{
    QStringList result;
    for (Id keyId : schema.foreignKeyIds()) {
        const ForeignKey &key = *schema.foreignKey(keyId);
        const Table &child = *schema.table(key.childTable);
        const Table &parent = *schema.table(key.parentTable);
        QStringList notNull;
        QStringList joins;
        for (int i = 0; i < key.childColumns.size(); ++i) {
            const QString c = generator.quoteIdentifier(child.column(key.childColumns.at(i))->name);
            const QString p
                = generator.quoteIdentifier(parent.column(key.parentColumns.at(i))->name);
            notNull << QStringLiteral("c.%1 IS NOT NULL").arg(c);
            joins << QStringLiteral("x.%1 = c.%2").arg(p, c);
        }
        QSqlQuery query(db);
        const QString sql
            = QStringLiteral("SELECT count(*) FROM %1 c WHERE %2 AND NOT EXISTS "
                             "(SELECT 1 FROM %3 x WHERE %4)")
                  .arg(generator.quoteIdentifier(child.name), notNull.join(QStringLiteral(" AND ")),
                       generator.quoteIdentifier(parent.name), joins.join(QStringLiteral(" AND ")));
        if (!query.exec(sql) || !query.next()) {
            *error = query.lastError().text() + QStringLiteral("\nin: ") + sql;
            return {};
        }
        if (query.value(0).toLongLong() > 0)
            result << QStringLiteral("%1: %2").arg(child.name).arg(query.value(0).toLongLong());
    }
    return result;
}

} // namespace MigrationHarness
