#include "enginecatalog.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

// MariaDB's catalog through information_schema, for one database. Every index is listed, the
// ones InnoDB made for keys included (a script must reproduce them); a UNIQUE constraint is a
// unique index there. Types are COLUMN_TYPE, defaults COLUMN_DEFAULT as MariaDB prints them
// (10.2.7 and later quote string literals and write NULL for none).

EngineCatalog EngineCatalog::readMariaDb(QSqlDatabase db, const QString &database)
{
    EngineCatalog catalog;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto run = [&](const QString &sql) {
        if (!q.prepare(sql)) {
            catalog.error = q.lastError().text() + QStringLiteral("\nin: ") + sql;
            return false;
        }
        q.addBindValue(database);
        if (q.exec())
            return true;
        catalog.error = q.lastError().text() + QStringLiteral("\nin: ") + sql;
        return false;
    };
    QStringList facts;
    QHash<QString, QString> tableCollation;

    if (!run(QStringLiteral("SELECT TABLE_NAME, ENGINE, TABLE_COLLATION, ROW_FORMAT, "
                            "CREATE_OPTIONS, TABLE_COMMENT FROM information_schema.TABLES "
                            "WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'")))
        return catalog;
    while (q.next()) {
        const QString table = q.value(0).toString();
        const QString collation = q.value(2).toString();
        tableCollation.insert(table, collation);
        QStringList fact{QStringLiteral("table"), table,
                         QStringLiteral("charset=") + collation.section(QLatin1Char('_'), 0, 0),
                         QStringLiteral("collation=") + collation};
        if (!q.value(5).toString().isEmpty())
            fact << QStringLiteral("comment=") + EngineCatalog::quoted(q.value(5).toString());
        fact << QStringLiteral("engine=") + q.value(1).toString();
        // Only a row format the script asked for (CREATE_OPTIONS names it), not the default.
        if (q.value(4).toString().contains(QLatin1String("row_format"), Qt::CaseInsensitive))
            fact << QStringLiteral("row_format=") + q.value(3).toString().toLower();
        facts << fact.join(QLatin1Char(' '));
    }

    if (!run(QStringLiteral("SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, COLUMN_TYPE, "
                            "IS_NULLABLE, COLUMN_DEFAULT, EXTRA, GENERATION_EXPRESSION, "
                            "COLLATION_NAME, COLUMN_COMMENT FROM information_schema.COLUMNS "
                            "WHERE TABLE_SCHEMA = ?")))
        return catalog;
    while (q.next()) {
        const QString table = q.value(0).toString();
        if (!tableCollation.contains(table))
            continue; // a view's column
        QStringList fact{QStringLiteral("column"), table + QLatin1Char('.') + q.value(1).toString(),
                         q.value(2).toString(),
                         QStringLiteral("type=") + EngineCatalog::quoted(q.value(3).toString()),
                         QStringLiteral("null=")
                             + (q.value(4).toString() == QLatin1String("YES")
                                    ? QStringLiteral("yes")
                                    : QStringLiteral("no"))};
        const QString extra = q.value(6).toString().toLower();
        const bool generated = extra.contains(QLatin1String("generated"));
        if (!q.value(5).isNull() && q.value(5).toString() != QLatin1String("NULL") && !generated)
            fact << QStringLiteral("default=") + EngineCatalog::quoted(q.value(5).toString());
        if (extra.contains(QLatin1String("auto_increment")))
            fact << QStringLiteral("auto_increment=yes");
        if (extra.contains(QLatin1String("on update")))
            fact << QStringLiteral("on_update=")
                    + EngineCatalog::quoted(
                        extra.mid(extra.indexOf(QLatin1String("on update")) + 10).trimmed());
        if (generated)
            fact << QStringLiteral("generated=") + EngineCatalog::quoted(q.value(7).toString())
                    + QStringLiteral(" stored=")
                    + (extra.contains(QLatin1String("stored")) ? QStringLiteral("yes")
                                                               : QStringLiteral("no"));
        const QString collation = q.value(8).toString();
        if (!collation.isEmpty() && collation != tableCollation.value(table))
            fact << QStringLiteral("collation=") + collation;
        if (!q.value(9).toString().isEmpty())
            fact << QStringLiteral("comment=") + EngineCatalog::quoted(q.value(9).toString());
        facts << fact.join(QLatin1Char(' '));
    }

    if (!run(
            QStringLiteral("SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, "
                           "COLLATION, INDEX_TYPE FROM information_schema.STATISTICS "
                           "WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX")))
        return catalog;
    struct Index
    {
        QString table, name, method;
        bool unique = false;
        QStringList parts;
    };
    QMap<QString, Index> indexes;
    while (q.next()) {
        Index &index = indexes[q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString()];
        index.table = q.value(0).toString();
        index.name = q.value(1).toString();
        index.unique = q.value(2).toInt() == 0;
        index.method = q.value(6).toString().toLower();
        QString part = q.value(3).toString();
        if (!q.value(4).isNull())
            part += QStringLiteral(":prefix=") + q.value(4).toString();
        if (q.value(5).toString() == QLatin1String("D"))
            part += QStringLiteral(":desc");
        index.parts << part;
    }
    for (const Index &index : std::as_const(indexes)) {
        const QString columns
            = QLatin1Char('(') + index.parts.join(QLatin1Char(',')) + QLatin1Char(')');
        if (index.name == QLatin1String("PRIMARY"))
            facts << QStringLiteral("pk %1 name=PRIMARY %2").arg(index.table, columns);
        else
            facts << QStringLiteral("index %1 name=%2 unique=%3 method=%4 %5")
                         .arg(index.table, index.name,
                              index.unique ? QStringLiteral("yes") : QStringLiteral("no"),
                              index.method, columns);
    }

    if (!run(QStringLiteral(
            "SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_NAME, "
            "k.REFERENCED_COLUMN_NAME, r.DELETE_RULE, r.UPDATE_RULE, r.MATCH_OPTION "
            "FROM information_schema.KEY_COLUMN_USAGE k "
            "JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = "
            "k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = "
            "k.TABLE_NAME WHERE k.CONSTRAINT_SCHEMA = ? "
            "ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION")))
        return catalog;
    struct Key
    {
        QString table, name, parent, onDelete, onUpdate, match;
        QStringList from, to;
    };
    QMap<QString, Key> keys;
    while (q.next()) {
        Key &key = keys[q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString()];
        key.table = q.value(0).toString();
        key.name = q.value(1).toString();
        key.from << q.value(2).toString();
        key.parent = q.value(3).toString();
        key.to << q.value(4).toString();
        key.onDelete = EngineCatalog::actionName(q.value(5).toString());
        key.onUpdate = EngineCatalog::actionName(q.value(6).toString());
        key.match = q.value(7).toString().toLower();
    }
    for (const Key &key : std::as_const(keys))
        facts << QStringLiteral("fk %1 name=%2 (%3) -> %4 (%5) delete=%6 update=%7 match=%8 "
                                "deferrable=not-deferrable")
                     .arg(key.table, key.name, key.from.join(QLatin1Char(',')), key.parent,
                          key.to.join(QLatin1Char(',')), key.onDelete, key.onUpdate, key.match);

    if (!run(QStringLiteral("SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE "
                            "FROM information_schema.CHECK_CONSTRAINTS "
                            "WHERE CONSTRAINT_SCHEMA = ?")))
        return catalog;
    while (q.next())
        facts << QStringLiteral("check %1 name=%2 %3")
                     .arg(q.value(0).toString(), q.value(1).toString(),
                          EngineCatalog::quoted(q.value(2).toString()));

    if (!run(QStringLiteral("SELECT EVENT_OBJECT_TABLE, TRIGGER_NAME FROM "
                            "information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ?")))
        return catalog;
    while (q.next())
        facts << QStringLiteral("trigger %1 name=%2")
                     .arg(q.value(0).toString(), q.value(1).toString());
    if (!run(QStringLiteral(
            "SELECT TABLE_NAME FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ?")))
        return catalog;
    while (q.next())
        facts << QStringLiteral("view ") + q.value(0).toString();
    if (!run(QStringLiteral("SELECT ROUTINE_NAME, ROUTINE_TYPE FROM information_schema.ROUTINES "
                            "WHERE ROUTINE_SCHEMA = ?")))
        return catalog;
    while (q.next())
        facts << QStringLiteral("routine %1 kind=%2")
                     .arg(q.value(0).toString(), q.value(1).toString().toLower());
    facts.sort();
    catalog.facts = facts;
    return catalog;
}
