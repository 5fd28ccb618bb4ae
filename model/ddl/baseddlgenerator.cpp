#include "baseddlgenerator.h"

#include "creationorder.h"
#include "dialectchecker.h"
#include "generatednames.h"

#include "../problem.h"
#include "../schema.h"

#include <QRegularExpression>

QString BaseDdlGenerator::quoteIdentifier(const QString &name, bool force) const
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    bool needsQuotes
        = force || !plain.match(name).hasMatch() || reservedWords().contains(name.toUpper());
    if (!needsQuotes && foldsUnquotedToLowerCase())
        needsQuotes = name != name.toLower();
    if (!needsQuotes)
        return name;
    const QString close(closeQuote());
    QString escaped = name;
    escaped.replace(close, close + close);
    return openQuote() + escaped + close;
}

QString BaseDdlGenerator::actionClause(ReferentialAction action) const
{
    return action == ReferentialAction::NoAction ? QString() : ActionNames::sqlKeyword(action);
}

QString BaseDdlGenerator::autoIncrementClause(const Column &) const
{
    return {};
}

QString BaseDdlGenerator::deferrableClause(Deferrability deferrability) const
{
    switch (deferrability) {
    case Deferrability::NotDeferrable:
        return {};
    case Deferrability::DeferrableImmediate:
        return QStringLiteral("DEFERRABLE INITIALLY IMMEDIATE");
    case Deferrability::DeferrableDeferred:
        return QStringLiteral("DEFERRABLE INITIALLY DEFERRED");
    }
    return {};
}

QString BaseDdlGenerator::collateClause(const QString &collation, const DdlOptions &) const
{
    return QStringLiteral("COLLATE ") + collation;
}

QString BaseDdlGenerator::matchClause(MatchType) const
{
    return {};
}

QString BaseDdlGenerator::dropForeignKeySql(const QString &table, const QString &key) const
{
    return QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(table, key);
}

QString BaseDdlGenerator::defaultExpression(const Column &column) const
{
    return column.defaultValue.trimmed();
}

bool BaseDdlGenerator::isInlinePrimaryKey(const Table &, const Column &) const
{
    return false;
}

QString BaseDdlGenerator::columnDefinition(const Table &table, const Column &column,
                                           const DdlOptions &options) const
{
    QString sql = quoted(column.name, options) + QLatin1Char(' ') + typeName(column);
    if (!column.collation.trimmed().isEmpty())
        sql += QLatin1Char(' ') + collateClause(column.collation.trimmed(), options);
    // Every primary key column is NOT NULL, whatever the model says: engines either imply it
    // (and may then differ from the model) or, like SQLite, accept NULL keys.
    if (!column.nullable || table.isPrimaryKeyColumn(column.id))
        sql += QStringLiteral(" NOT NULL");
    const QString identity = column.autoIncrement ? autoIncrementClause(column) : QString();
    if (!identity.isEmpty())
        sql += QLatin1Char(' ') + identity;
    else if (column.hasDefault())
        sql += QStringLiteral(" DEFAULT ") + defaultExpression(column);
    return sql;
}

QString BaseDdlGenerator::columnList(const Table &table, const QVector<Id> &columnIds,
                                     const DdlOptions &options) const
{
    QStringList names;
    for (Id id : columnIds) {
        const Column *c = table.column(id);
        names << quoted(c ? c->name : QStringLiteral("?"), options);
    }
    return names.join(QStringLiteral(", "));
}

QString BaseDdlGenerator::foreignKeyName(const Schema &schema, const ForeignKey &key) const
{
    if (!key.name.trimmed().isEmpty())
        return key.name;
    const Table *child = schema.table(key.childTable);
    return GeneratedNames::fit(
        QStringLiteral("fk_%1_%2").arg(child ? child->name : QString()).arg(key.id),
        maxIdentifierBytes());
}

QString BaseDdlGenerator::foreignKeyClause(const Schema &schema, const ForeignKey &key,
                                           const DdlOptions &options) const
{
    const Table *child = schema.table(key.childTable);
    const Table *parent = schema.table(key.parentTable);
    QString sql = QStringLiteral("CONSTRAINT %1 FOREIGN KEY (%2) REFERENCES %3 (%4)")
                      .arg(quoted(foreignKeyName(schema, key), options),
                           child ? columnList(*child, key.childColumns, options) : QString(),
                           quoted(parent ? parent->name : QString(), options),
                           parent ? columnList(*parent, key.parentColumns, options) : QString());
    const QString match = matchClause(key.match);
    if (!match.isEmpty())
        sql += QLatin1Char(' ') + match;
    const QString onDelete = actionClause(key.onDelete);
    if (!onDelete.isEmpty())
        sql += QStringLiteral(" ON DELETE ") + onDelete;
    const QString onUpdate = actionClause(key.onUpdate);
    if (!onUpdate.isEmpty())
        sql += QStringLiteral(" ON UPDATE ") + onUpdate;
    const QString deferrable = deferrableClause(key.deferrability);
    if (!deferrable.isEmpty())
        sql += QLatin1Char(' ') + deferrable;
    return sql;
}

QStringList BaseDdlGenerator::headerLines(const Schema &schema, const QString &what) const
{
    QStringList lines;
    lines << tr("%1 generated by Joinery %2 for %3")
                 .arg(what, QStringLiteral(JOINERY_VERSION), Dialects::displayName(dialect()));
    if (!schema.name.trimmed().isEmpty())
        lines << tr("Schema: %1").arg(schema.name);
    return lines;
}

DdlScript BaseDdlGenerator::createScript(const Schema &schema, const DdlOptions &options) const
{
    DdlScript script;
    if (options.includeHeader)
        script.header = headerLines(schema, tr("Create script"));
    const CreationOrder order = CreationOrder::compute(schema);
    GeneratedNames names(schema, maxIdentifierBytes());
    const QString indent = QStringLiteral("    ");
    QHash<Id, QVector<Id>> keysByChild; // in document order
    for (Id keyId : schema.foreignKeyIds())
        keysByChild[schema.foreignKey(keyId)->childTable] << keyId;

    QVector<DdlStatement> lateKeys;
    for (Id tableId : order.tables) {
        const Table &table = *schema.table(tableId);
        const QString tableName = quoted(table.name, options);
        DdlStatement create;
        create.objects << table.id;
        QStringList parts;
        bool primaryKeyInline = false;
        for (const Column &column : table.columns) {
            QString definition = columnDefinition(table, column, options);
            if (isInlinePrimaryKey(table, column)) {
                primaryKeyInline = true;
                definition += table.primaryKeyName.trimmed().isEmpty()
                    ? QStringLiteral(" PRIMARY KEY")
                    : QStringLiteral(" CONSTRAINT %1 PRIMARY KEY")
                          .arg(quoted(table.primaryKeyName, options));
            }
            parts << indent + definition;
        }
        if (!table.primaryKey.isEmpty() && !primaryKeyInline) {
            const QString name = table.primaryKeyName.trimmed();
            parts << indent
                    + (name.isEmpty() ? QString()
                                      : QStringLiteral("CONSTRAINT %1 ").arg(quoted(name, options)))
                    + QStringLiteral("PRIMARY KEY (%1)")
                          .arg(columnList(table, table.primaryKey, options));
        }
        for (const UniqueConstraint &unique : table.uniqueConstraints) {
            const QString name = unique.name.trimmed();
            parts << indent
                    + (name.isEmpty() ? QString()
                                      : QStringLiteral("CONSTRAINT %1 ").arg(quoted(name, options)))
                    + QStringLiteral("UNIQUE (%1)").arg(columnList(table, unique.columns, options));
            create.objects << unique.id;
        }

        // Indexes: the model's own, then one per key whose child columns nothing leads with.
        QVector<DdlStatement> indexStatements;
        QVector<QVector<Id>> generatedIndexColumns;
        auto addIndex = [&](const QString &name, const QVector<Id> &columns, bool unique,
                            const QVector<Id> &objects) {
            if (indexesInsideCreateTable()) {
                parts << indent
                        + QStringLiteral("%1INDEX %2 (%3)")
                              .arg(unique ? QStringLiteral("UNIQUE ") : QString(),
                                   quoted(name, options), columnList(table, columns, options));
                create.objects += objects;
                return;
            }
            DdlStatement statement;
            statement.sql
                = QStringLiteral("CREATE %1INDEX %2 ON %3 (%4)")
                      .arg(unique ? QStringLiteral("UNIQUE ") : QString(), quoted(name, options),
                           tableName, columnList(table, columns, options));
            statement.objects = objects;
            statement.objects << table.id;
            indexStatements << statement;
        };
        for (const TableIndex &index : table.indexes)
            addIndex(index.name.trimmed().isEmpty() ? names.indexName(table, index.columns)
                                                    : index.name,
                     index.columns, index.unique, {index.id});
        const QVector<Id> ownKeys = keysByChild.value(table.id);
        for (Id keyId : ownKeys) {
            const ForeignKey &key = *schema.foreignKey(keyId);
            if (key.childColumns.isEmpty() || table.hasIndexLeadingWith(key.childColumns))
                continue;
            QVector<Id> sorted = key.childColumns;
            std::sort(sorted.begin(), sorted.end());
            if (generatedIndexColumns.contains(sorted))
                continue;
            generatedIndexColumns << sorted;
            // The index statement does not claim the key: its notes belong on the key's clause.
            addIndex(names.indexName(table, key.childColumns), key.childColumns, false, {});
        }

        // Keys in document order: inline when the parent exists by now, else ALTER TABLE later.
        for (Id keyId : ownKeys) {
            const ForeignKey &key = *schema.foreignKey(keyId);
            if (allowsForwardReferences() || !order.lateKeys.contains(keyId)) {
                parts << indent + foreignKeyClause(schema, key, options);
                create.objects << key.id;
            } else {
                DdlStatement alter;
                alter.sql = QStringLiteral("ALTER TABLE %1 ADD %2")
                                .arg(tableName, foreignKeyClause(schema, key, options));
                alter.objects << key.id << table.id;
                lateKeys << alter;
            }
        }

        create.sql = QStringLiteral("CREATE TABLE %1 (\n%2\n)")
                         .arg(tableName, parts.join(QStringLiteral(",\n")));
        const QString tableOptionsText = tableOptions();
        if (!tableOptionsText.isEmpty())
            create.sql += QLatin1Char(' ') + tableOptionsText;
        script.statements << create;
        script.statements += indexStatements;
    }
    script.statements += lateKeys;
    script.problems = DialectChecker::check(schema, dialect());
    attachNotes(&script, schema, script.problems);
    return script;
}

DdlScript BaseDdlGenerator::dropScript(const Schema &schema, const DdlOptions &options) const
{
    DdlScript script;
    if (options.includeHeader)
        script.header = headerLines(schema, tr("Drop script"));
    const CreationOrder order = CreationOrder::compute(schema);
    if (!allowsForwardReferences()) {
        // Late keys close cycles; dropping them first lets every table go children first.
        for (Id keyId : schema.foreignKeyIds()) {
            if (!order.lateKeys.contains(keyId))
                continue;
            const ForeignKey &key = *schema.foreignKey(keyId);
            DdlStatement statement;
            statement.sql = dropForeignKeySql(quoted(schema.table(key.childTable)->name, options),
                                              quoted(foreignKeyName(schema, key), options));
            statement.objects << key.id << key.childTable;
            script.statements << statement;
        }
    }
    for (auto it = order.tables.crbegin(); it != order.tables.crend(); ++it) {
        DdlStatement statement;
        statement.sql
            = QStringLiteral("DROP TABLE %1").arg(quoted(schema.table(*it)->name, options));
        statement.objects << *it;
        script.statements << statement;
    }
    return script;
}

void BaseDdlGenerator::attachNotes(DdlScript *script, const Schema &schema,
                                   const QVector<Problem> &problems)
{
    QHash<Id, int> statementOf;
    for (int i = script->statements.size() - 1; i >= 0; --i) {
        for (Id id : script->statements.at(i).objects)
            statementOf.insert(id, i);
    }
    for (const Problem &problem : problems) {
        Id objectId = problem.objectId;
        if (!statementOf.contains(objectId)) {
            const Id table = schema.tableOfColumn(objectId);
            objectId = table ? table : schema.tableOfConstraint(objectId);
        }
        const auto it = statementOf.constFind(objectId);
        const QString note = QStringLiteral("%1 %2: %3")
                                 .arg(Problem::severityName(problem.severity).toUpper(),
                                      problem.code, problem.message);
        if (it != statementOf.constEnd())
            script->statements[*it].notes << note;
        else
            script->header << note;
    }
}
