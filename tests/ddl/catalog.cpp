#include "catalog.h"

#include "enginecatalog.h"
#include "enginecatalogshape.h"
#include "schema.h"

namespace {

QString nullability(bool notNull)
{
    return notNull ? QStringLiteral("NOT NULL") : QStringLiteral("NULL");
}

// The action the engine ends up storing for the model's action. MySQL/MariaDB treat RESTRICT
// and NO ACTION alike and report an omitted clause as RESTRICT (reference §2.2), and the
// generator leaves out SET DEFAULT there (an error the checker reports), so all three read back
// as one value. SQL Server has no RESTRICT: the generator writes NO ACTION.
QString realized(ReferentialAction action, Dialect dialect)
{
    if ((dialect == Dialect::MySQL || dialect == Dialect::MariaDB)
        && (action == ReferentialAction::Restrict || action == ReferentialAction::SetDefault))
        return QStringLiteral("NO ACTION");
    if (dialect == Dialect::SqlServer && action == ReferentialAction::Restrict)
        return QStringLiteral("NO ACTION");
    return ActionNames::sqlKeyword(action);
}

QString normalizedRule(const QString &rule, Dialect dialect)
{
    const QString upper = rule.toUpper();
    if ((dialect == Dialect::MySQL || dialect == Dialect::MariaDB)
        && upper == QLatin1String("RESTRICT"))
        return QStringLiteral("NO ACTION");
    return upper;
}

QString fkLine(const QString &name, const QString &child, const QStringList &childColumns,
               const QString &parent, const QStringList &parentColumns, const QString &onDelete,
               const QString &onUpdate, const QString &extra = {})
{
    QString line = QStringLiteral("fk ");
    if (!name.isEmpty())
        line += name + QLatin1Char(' ');
    line += QStringLiteral("%1 (%2) -> %3 (%4) ON DELETE %5 ON UPDATE %6")
                .arg(child, childColumns.join(QStringLiteral(", ")), parent,
                     parentColumns.join(QStringLiteral(", ")), onDelete, onUpdate);
    return extra.isEmpty() ? line : line + QLatin1Char(' ') + extra;
}

QStringList columnNamesOf(const Table &table, const QVector<Id> &ids)
{
    QStringList result;
    for (Id id : ids)
        result << table.column(id)->name;
    return result;
}

// The table, column and primary key lines the three engines share.
QStringList tablesAndKeys(const EngineCatalogShape &shape)
{
    QStringList lines;
    for (const QString &table : shape.tables) {
        lines << QStringLiteral("table ") + table;
        for (const EngineCatalogShape::Column &column : shape.columns.value(table))
            lines << QStringLiteral("column %1.%2 %3")
                         .arg(table, column.name, nullability(!column.nullable));
        if (shape.primaryKeys.contains(table))
            lines << QStringLiteral("pk %1 (%2)")
                         .arg(table, shape.primaryKeys.value(table).join(QStringLiteral(", ")));
    }
    return lines;
}

} // namespace

namespace Catalog {

QStringList expected(const Schema &schema, Dialect dialect)
{
    QStringList lines;
    for (Id id : schema.tableIds()) {
        const Table &table = *schema.table(id);
        lines << QStringLiteral("table ") + table.name;
        for (const Column &c : table.columns)
            lines << QStringLiteral("column %1.%2 %3")
                         .arg(table.name, c.name,
                              nullability(!c.nullable || table.isPrimaryKeyColumn(c.id)));
        if (!table.primaryKey.isEmpty())
            lines << QStringLiteral("pk %1 (%2)")
                         .arg(table.name,
                              columnNamesOf(table, table.primaryKey).join(QStringLiteral(", ")));
    }
    for (Id id : schema.foreignKeyIds()) {
        const ForeignKey &key = *schema.foreignKey(id);
        const Table &child = *schema.table(key.childTable);
        const Table &parent = *schema.table(key.parentTable);
        QString extra;
        if (dialect == Dialect::PostgreSQL)
            extra = key.deferrability == Deferrability::NotDeferrable
                ? QStringLiteral("NOT DEFERRABLE")
                : key.deferrability == Deferrability::DeferrableDeferred
                ? QStringLiteral("DEFERRABLE INITIALLY DEFERRED")
                : QStringLiteral("DEFERRABLE INITIALLY IMMEDIATE");
        if (dialect == Dialect::SQLite) {
            // Only what the model indexes (the export adds no index of its own); an INTEGER
            // primary key is the rowid and needs none.
            const bool rowid = key.childColumns.size() == 1 && child.primaryKey == key.childColumns
                && child.column(key.childColumns.first())->type.isInteger();
            extra = rowid || child.hasIndexLeadingWith(key.childColumns)
                ? QStringLiteral("indexed")
                : QStringLiteral("not indexed");
        }
        lines << fkLine(dialect == Dialect::SQLite ? QString() : key.name, child.name,
                        columnNamesOf(child, key.childColumns), parent.name,
                        columnNamesOf(parent, key.parentColumns), realized(key.onDelete, dialect),
                        realized(key.onUpdate, dialect), extra);
    }
    lines.sort();
    return lines;
}

QStringList readSqlite(QSqlDatabase db, QString *error)
{
    const EngineCatalogShape shape
        = EngineCatalogShape::fromCatalog(EngineCatalog::readSqlite(db), {}, true);
    if (!shape.error.isEmpty()) {
        *error = shape.error;
        return {};
    }
    QStringList lines = tablesAndKeys(shape);
    for (const EngineCatalogShape::ForeignKey &key : shape.foreignKeys) {
        // Indexed when an index (or the primary key, the rowid alias included) leads with the
        // key's columns, in any order.
        QList<QStringList> indexed = shape.indexedColumns.value(key.table);
        if (shape.primaryKeys.contains(key.table))
            indexed << shape.primaryKeys.value(key.table);
        QStringList wanted = key.columns;
        wanted.sort();
        bool isIndexed = false;
        for (const QStringList &columns : std::as_const(indexed)) {
            QStringList lead = columns.mid(0, key.columns.size());
            lead.sort();
            isIndexed = isIndexed || lead == wanted;
        }
        lines << fkLine({}, key.table, key.columns, key.parent, key.parentColumns, key.onDelete,
                        key.onUpdate,
                        isIndexed ? QStringLiteral("indexed") : QStringLiteral("not indexed"));
    }
    lines.sort();
    return lines;
}

QStringList readPostgres(QSqlDatabase db, QString *error)
{
    const EngineCatalogShape shape = EngineCatalogShape::fromCatalog(
        EngineCatalog::readPostgres(db), QStringLiteral("public."));
    if (!shape.error.isEmpty()) {
        *error = shape.error;
        return {};
    }
    QStringList lines = tablesAndKeys(shape);
    for (const EngineCatalogShape::ForeignKey &key : shape.foreignKeys) {
        const QString deferrable = key.deferrable == QLatin1String("not-deferrable")
            ? QStringLiteral("NOT DEFERRABLE")
            : key.deferrable == QLatin1String("initially-deferred")
            ? QStringLiteral("DEFERRABLE INITIALLY DEFERRED")
            : key.deferrable == QLatin1String("initially-immediate")
            ? QStringLiteral("DEFERRABLE INITIALLY IMMEDIATE")
            : QStringLiteral("? ") + key.deferrable;
        lines << fkLine(key.name, key.table, key.columns, key.parent, key.parentColumns,
                        key.onDelete, key.onUpdate, deferrable);
    }
    lines.sort();
    return lines;
}

QStringList readMariaDb(QSqlDatabase db, const QString &database, QString *error)
{
    const EngineCatalogShape shape
        = EngineCatalogShape::fromCatalog(EngineCatalog::readMariaDb(db, database));
    if (!shape.error.isEmpty()) {
        *error = shape.error;
        return {};
    }
    QStringList lines = tablesAndKeys(shape);
    for (const EngineCatalogShape::ForeignKey &key : shape.foreignKeys)
        lines << fkLine(key.name, key.table, key.columns, key.parent, key.parentColumns,
                        normalizedRule(key.onDelete, Dialect::MariaDB),
                        normalizedRule(key.onUpdate, Dialect::MariaDB));
    lines.sort();
    return lines;
}

} // namespace Catalog
