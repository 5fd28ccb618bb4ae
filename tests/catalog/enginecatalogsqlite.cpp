#include "enginecatalog.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

// SQLite's catalog through its pragmas (table_list, table_xinfo, index_list, index_xinfo,
// foreign_key_list) and sqlite_schema for what no pragma reports: AUTOINCREMENT, and the text
// of triggers and views, which SQLite keeps exactly as written. What the pragmas do not expose
// (CHECK expressions, a key's DEFERRABLE, an expression index's expression) is left to the
// model-level comparisons of tst_importroundtrip.

namespace {

QString pragmaArgument(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

EngineCatalog EngineCatalog::readSqlite(QSqlDatabase db)
{
    EngineCatalog catalog;
    QSqlQuery q(db);
    auto run = [&](const QString &sql) {
        if (q.exec(sql))
            return true;
        catalog.error = q.lastError().text() + QStringLiteral("\nin: ") + sql;
        return false;
    };
    struct TableInfo
    {
        QString name;
        QString sql;
        bool strict = false;
        bool withoutRowid = false;
    };
    QVector<TableInfo> tables;
    if (!run(QStringLiteral(
            "SELECT name, \"strict\", wr FROM pragma_table_list "
            "WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite\\_%' "
            "ESCAPE '\\' ORDER BY name")))
        return catalog;
    while (q.next())
        tables.append({q.value(0).toString(), QString(), q.value(1).toBool(), q.value(2).toBool()});
    for (TableInfo &t : tables) {
        if (!run(QStringLiteral("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = %1")
                     .arg(pragmaArgument(t.name))))
            return catalog;
        if (q.next())
            t.sql = q.value(0).toString();
    }
    static const QRegularExpression autoincrement(QStringLiteral("\\bAUTOINCREMENT\\b"),
                                                  QRegularExpression::CaseInsensitiveOption);
    QStringList facts;
    for (const TableInfo &t : std::as_const(tables)) {
        QStringList table{QStringLiteral("table"), t.name};
        if (autoincrement.match(t.sql).hasMatch())
            table << QStringLiteral("autoincrement=1");
        if (t.strict)
            table << QStringLiteral("strict=1");
        if (t.withoutRowid)
            table << QStringLiteral("without_rowid=1");
        facts << table.join(QLatin1Char(' '));

        // Columns, and the primary key's columns in key order.
        if (!run(QStringLiteral("SELECT cid, name, type, \"notnull\", dflt_value, pk, hidden "
                                "FROM pragma_table_xinfo(%1) ORDER BY cid")
                     .arg(pragmaArgument(t.name))))
            return catalog;
        QMap<int, QString> pk;
        QStringList columnNames;
        int position = 0;
        while (q.next()) {
            const QString name = q.value(1).toString();
            columnNames << name;
            QStringList column{
                QStringLiteral("column"), t.name + QLatin1Char('.') + name,
                QString::number(++position),
                QStringLiteral("type=") + EngineCatalog::quoted(q.value(2).toString()),
                QStringLiteral("null=")
                    + (q.value(3).toBool() ? QStringLiteral("no") : QStringLiteral("yes"))};
            if (!q.value(4).isNull())
                column << QStringLiteral("default=") + EngineCatalog::quoted(q.value(4).toString());
            const int hidden = q.value(6).toInt();
            if (hidden == 2 || hidden == 3)
                column << QStringLiteral("generated=yes stored=")
                        + (hidden == 3 ? QStringLiteral("yes") : QStringLiteral("no"));
            if (q.value(5).toInt() > 0)
                pk.insert(q.value(5).toInt(), name);
            facts << column.join(QLatin1Char(' '));
        }
        if (!pk.isEmpty())
            facts << QStringLiteral("pk %1 name= (%2)")
                         .arg(t.name, pk.values().join(QLatin1Char(',')));

        // Indexes: the ones SQLite makes for UNIQUE constraints are the constraints; those made
        // for the primary key are the key's.
        struct IndexInfo
        {
            QString name;
            bool unique = false;
            QString origin;
            bool partial = false;
        };
        QVector<IndexInfo> indexes;
        if (!run(QStringLiteral(
                     "SELECT name, \"unique\", origin, partial FROM pragma_index_list(%1)")
                     .arg(pragmaArgument(t.name))))
            return catalog;
        while (q.next())
            indexes.append({q.value(0).toString(), q.value(1).toBool(), q.value(2).toString(),
                            q.value(3).toBool()});
        for (const IndexInfo &index : std::as_const(indexes)) {
            if (index.origin == QLatin1String("pk"))
                continue;
            if (!run(QStringLiteral("SELECT cid, name, \"desc\", coll FROM pragma_index_xinfo(%1) "
                                    "WHERE key = 1 ORDER BY seqno")
                         .arg(pragmaArgument(index.name))))
                return catalog;
            QStringList parts;
            while (q.next()) {
                QString part = q.value(0).toInt() == -2 ? QStringLiteral("(expression)")
                                                        : q.value(1).toString();
                const QString collation = q.value(3).toString();
                if (collation.compare(QLatin1String("BINARY"), Qt::CaseInsensitive) != 0)
                    part += QStringLiteral(":collation=") + collation;
                if (q.value(2).toBool())
                    part += QStringLiteral(":desc");
                parts << part;
            }
            const QString columns
                = QLatin1Char('(') + parts.join(QLatin1Char(',')) + QLatin1Char(')');
            if (index.origin == QLatin1String("u")) {
                facts << QStringLiteral("unique %1 name= %2").arg(t.name, columns);
                continue;
            }
            QString fact
                = QStringLiteral("index %1 name=%2 unique=%3 method=btree %4")
                      .arg(t.name, index.name,
                           index.unique ? QStringLiteral("yes") : QStringLiteral("no"), columns);
            if (index.partial)
                fact += QStringLiteral(" where=yes");
            facts << fact;
        }

        // Keys: one row per column pair; a NULL "to" means the parent's primary key.
        if (!run(QStringLiteral("SELECT id, seq, \"table\", \"from\", \"to\", on_update, "
                                "on_delete, match FROM pragma_foreign_key_list(%1) "
                                "ORDER BY id, seq")
                     .arg(pragmaArgument(t.name))))
            return catalog;
        struct Key
        {
            QStringList from, to;
            QString parent, onUpdate, onDelete, match;
        };
        QMap<int, Key> keys;
        while (q.next()) {
            Key &key = keys[q.value(0).toInt()];
            key.parent = q.value(2).toString();
            key.from << q.value(3).toString();
            key.to << (q.value(4).isNull() ? QString() : q.value(4).toString());
            key.onUpdate = EngineCatalog::actionName(q.value(5).toString());
            key.onDelete = EngineCatalog::actionName(q.value(6).toString());
            key.match = q.value(7).toString().toLower();
        }
        for (Key key : std::as_const(keys)) {
            if (key.to.contains(QString())) {
                QMap<int, QString> parentPk;
                if (!run(QStringLiteral("SELECT pk, name FROM pragma_table_xinfo(%1) WHERE pk > 0")
                             .arg(pragmaArgument(key.parent))))
                    return catalog;
                while (q.next())
                    parentPk.insert(q.value(0).toInt(), q.value(1).toString());
                key.to = parentPk.values();
            }
            facts << QStringLiteral("fk %1 name= (%2) -> %3 (%4) delete=%5 update=%6 match=%7")
                         .arg(t.name, key.from.join(QLatin1Char(',')), key.parent,
                              key.to.join(QLatin1Char(',')), key.onDelete, key.onUpdate, key.match);
        }
    }

    // Triggers and views as stored (SQLite keeps the text as written).
    if (!run(QStringLiteral("SELECT type, tbl_name, name, sql FROM sqlite_schema "
                            "WHERE type IN ('trigger', 'view')")))
        return catalog;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("trigger"))
            facts << QStringLiteral("trigger %1 name=%2 %3")
                         .arg(q.value(1).toString(), q.value(2).toString(),
                              EngineCatalog::quoted(q.value(3).toString()));
        else
            facts << QStringLiteral("view %1 %2")
                         .arg(q.value(2).toString(), EngineCatalog::quoted(q.value(3).toString()));
    }
    facts.sort();
    catalog.facts = facts;
    return catalog;
}
