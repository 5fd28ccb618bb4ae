#include "baseddlgenerator.h"

#include "creationorder.h"
#include "crossdialectschema.h"
#include "dialectchecker.h"
#include "generatednames.h"

#include "../problem.h"
#include "../schema.h"

#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

QString BaseDdlGenerator::quoteIdentifier(const QString &name, bool force) const
{
    // One scan of the name, with no regular expression and no case-converted copies: a script
    // of 5,000 tables quotes some 100,000 names, five dialects at once (bench_endtoend).
    // A plain name is [A-Za-z_][A-Za-z0-9_]*; PostgreSQL folds it to lower case, so there a
    // capital needs quotes too.
    bool needsQuotes = force || name.isEmpty();
    QVarLengthArray<char16_t, 64> upper; // the name in capitals, for the reserved words
    for (qsizetype i = 0; !needsQuotes && i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        if (c >= u'a' && c <= u'z') {
            upper.append(char16_t(c - u'a' + u'A'));
        } else if ((c >= u'A' && c <= u'Z') || c == u'_' || (i > 0 && c >= u'0' && c <= u'9')) {
            needsQuotes = c >= u'A' && c <= u'Z' && foldsUnquotedToLowerCase();
            upper.append(c);
        } else {
            needsQuotes = true;
        }
    }
    if (!needsQuotes)
        needsQuotes = reservedWords().contains(
            QString::fromRawData(reinterpret_cast<const QChar *>(upper.constData()), upper.size()));
    if (!needsQuotes)
        return name;
    const QString close(closeQuote());
    QString escaped = name;
    escaped.replace(close, close + close);
    return openQuote() + escaped + close;
}

bool BaseDdlGenerator::isNative(const QString &sourceDialect) const
{
    Dialect source;
    if (!Dialects::fromId(sourceDialect, &source))
        return false;
    auto family = [](Dialect d) {
        return d == Dialect::MariaDB ? Dialect::MySQL : d;
    };
    return family(source) == family(dialect());
}

QString BaseDdlGenerator::columnType(const Schema &schema, const Column &column) const
{
    if (column.typeDeclared && isNative(schema.sourceDialect))
        return column.declaredType;
    return typeName(column);
}

BaseDdlGenerator::Context BaseDdlGenerator::makeContext(const Schema &schema,
                                                        const DdlOptions &options,
                                                        GeneratedNames *names) const
{
    Context context{schema,          options, isNative(schema.sourceDialect), names, false,
                    Dialect::SQLite, {}};
    Dialect source;
    if (!context.native && Dialects::fromId(schema.sourceDialect, &source)) {
        context.translated = true;
        context.source = source;
        context.keyColumns = TypeTranslator::keyColumns(schema);
    }
    return context;
}

TypeTranslation BaseDdlGenerator::translatedType(const Context &context, const Column &column) const
{
    return TypeTranslator::translate(context.schema, context.keyColumns, column, context.source,
                                     dialect());
}

ExpressionTranslator::Quote BaseDdlGenerator::quoter(const DdlOptions &options) const
{
    return [this, &options](const QString &name) {
        return quoted(name, options);
    };
}

QString BaseDdlGenerator::actionClause(ReferentialAction action) const
{
    return action == ReferentialAction::NoAction ? QString() : ActionNames::sqlKeyword(action);
}

QString BaseDdlGenerator::engineForeignKeyName(const Schema &, const ForeignKey &) const
{
    return {};
}

QVector<DdlStatement> BaseDdlGenerator::schemaObjectStatements(const Context &) const
{
    return {};
}

QVector<DdlStatement> BaseDdlGenerator::closingStatements(const Context &context) const
{
    // Triggers are the source dialect's own code: written back only in that dialect.
    QVector<DdlStatement> statements;
    if (!context.native)
        return statements;
    for (Id tableId : context.schema.tableIds()) {
        for (const Trigger &trigger : context.schema.table(tableId)->triggers) {
            DdlStatement statement;
            statement.sql = trigger.sql.trimmed();
            while (statement.sql.endsWith(QLatin1Char(';')))
                statement.sql.chop(1);
            statement.objects << trigger.id;
            statements << statement;
        }
    }
    return statements;
}

QString BaseDdlGenerator::tableName(const Context &context, const Table &table) const
{
    const QString name = quoted(table.name, context.options);
    if (table.schemaName.isEmpty())
        return name;
    return quoted(table.schemaName, context.options) + QLatin1Char('.') + name;
}

QString BaseDdlGenerator::createTableHead(const Context &context, const Table &table) const
{
    return QStringLiteral("CREATE TABLE ") + tableName(context, table);
}

QString BaseDdlGenerator::tableOptions(const Context &, const Table &) const
{
    return {};
}

QString BaseDdlGenerator::autoIncrementClause(const Context &, const Column &) const
{
    return {};
}

QString BaseDdlGenerator::generatedClause(const Context &context, const Column &column) const
{
    QString expression = column.generatedExpression.trimmed();
    if (context.translated) {
        // Written as it is when it has no counterpart: the column cannot go without it, and
        // the checker's error names it.
        const ExpressionTranslation translation = ExpressionTranslator::translate(
            expression, context.source, dialect(), ExpressionTranslator::Use::Generated,
            quoter(context.options));
        if (translation.failure.isEmpty())
            expression = translation.sql;
    }
    return QStringLiteral("GENERATED ALWAYS AS (%1) %2")
        .arg(expression,
             column.generatedStored ? QStringLiteral("STORED") : QStringLiteral("VIRTUAL"));
}

QString BaseDdlGenerator::defaultExpression(const Context &, const Column &column) const
{
    return column.defaultValue.trimmed();
}

QString BaseDdlGenerator::onUpdateClause(const Context &, const Column &) const
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

bool BaseDdlGenerator::isInlinePrimaryKey(const Context &, const Table &, const Column &) const
{
    return false;
}

QString BaseDdlGenerator::constraintPrefix(const QString &name, const DdlOptions &options) const
{
    return name.isEmpty() ? QString() : QStringLiteral("CONSTRAINT %1 ").arg(quoted(name, options));
}

QString BaseDdlGenerator::columnDefinition(const Context &context, const Table &table,
                                           const Column &column) const
{
    const DdlOptions &options = context.options;
    QString sql = quoted(column.name, options);
    TypeTranslation translation;
    if (context.translated)
        translation = translatedType(context, column);
    // An untranslatable type is written as declared: the checker's error names it.
    const bool untranslated
        = translation.column.type.kind() == LogicalType::Custom && !translation.failure.isEmpty();
    const QString type = !context.translated ? columnType(context.schema, column)
        : !untranslated                      ? typeName(translation.column)
        : column.typeDeclared                ? column.declaredType
                                             : column.type.customText();
    if (!type.isEmpty())
        sql += QLatin1Char(' ') + type;
    if (column.isGenerated())
        sql += QLatin1Char(' ') + generatedClause(context, column);
    if (!column.collation.trimmed().isEmpty())
        sql += QLatin1Char(' ') + collateClause(column.collation.trimmed(), options);
    // The model's nullability, never more: engines that make key columns NOT NULL do so
    // themselves, and SQLite keeps NULL in a non-INTEGER key column when it was declared so.
    if (!column.nullable)
        sql += QStringLiteral(" NOT NULL");
    const QString identity = column.autoIncrement
        ? autoIncrementClause(context, context.translated ? translation.column : column)
        : QString();
    if (!identity.isEmpty())
        sql += QLatin1Char(' ') + identity;
    // A PostgreSQL sequence default (nextval('a_seq')) is the auto-increment itself: written
    // only where the sequence exists, a same-dialect PostgreSQL export.
    const bool sequenceDefault = column.autoIncrement
        && column.defaultValue.trimmed().startsWith(QLatin1String("nextval("), Qt::CaseInsensitive);
    if (column.hasDefault() && !column.isGenerated()
        && (!sequenceDefault || (context.native && dialect() == Dialect::PostgreSQL))) {
        if (!context.translated) {
            sql += QStringLiteral(" DEFAULT ") + defaultExpression(context, column);
        } else {
            // What has no counterpart is left out; the checker's error says why.
            const ExpressionTranslation value = ExpressionTranslator::translateDefault(
                column.defaultValue, context.source, dialect(), translation.column.type,
                quoter(options));
            if (value.failure.isEmpty())
                sql += QStringLiteral(" DEFAULT ") + value.sql;
        }
    }
    const QString onUpdate = onUpdateClause(context, column);
    if (!onUpdate.isEmpty())
        sql += QLatin1Char(' ') + onUpdate;
    if (isInlinePrimaryKey(context, table, column))
        sql += QLatin1Char(' ') + constraintPrefix(table.primaryKeyName, options)
            + QStringLiteral("PRIMARY KEY");
    // What the source type allowed and the target's type does not restrict by itself.
    if (!translation.allowedValues.isEmpty()) {
        QStringList values;
        for (const QString &value : translation.allowedValues)
            values << ExpressionTranslator::translateDefault(
                          QLatin1Char('\'')
                              + QString(value).replace(QLatin1Char('\''), QStringLiteral("''"))
                              + QLatin1Char('\''),
                          Dialect::PostgreSQL, dialect(), DataType(LogicalType::Varchar),
                          quoter(options))
                          .sql;
        sql += QStringLiteral(" CHECK (%1 IN (%2))")
                   .arg(quoted(column.name, options), values.join(QStringLiteral(", ")));
    }
    if (translation.nonNegative)
        sql += QStringLiteral(" CHECK (%1 >= 0)").arg(quoted(column.name, options));
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

QString BaseDdlGenerator::uniqueClause(const Context &context, const Table &table,
                                       const UniqueConstraint &unique) const
{
    QString sql = constraintPrefix(unique.name, context.options)
        + QStringLiteral("UNIQUE (%1)").arg(columnList(table, unique.columns, context.options));
    const QString deferrable = deferrableClause(unique.deferrability);
    if (!deferrable.isEmpty())
        sql += QLatin1Char(' ') + deferrable;
    return sql;
}

bool BaseDdlGenerator::isColumnCheck(const CheckConstraint &check) const
{
    return check.column != 0;
}

QString BaseDdlGenerator::checkClause(const Context &context, const CheckConstraint &check) const
{
    QString expression = check.expression.trimmed();
    if (context.translated) {
        // Left out when it has no counterpart; the checker's error says why.
        const ExpressionTranslation translation = ExpressionTranslator::translate(
            expression, context.source, dialect(), ExpressionTranslator::Use::Check,
            quoter(context.options));
        if (!translation.failure.isEmpty())
            return {};
        expression = translation.sql;
    }
    return constraintPrefix(check.name, context.options)
        + QStringLiteral("CHECK (%1)").arg(expression);
}

QString BaseDdlGenerator::foreignKeyClause(const Context &context, const ForeignKey &key) const
{
    const Schema &schema = context.schema;
    const DdlOptions &options = context.options;
    const Table *child = schema.table(key.childTable);
    const Table *parent = schema.table(key.parentTable);
    QString sql = constraintPrefix(key.name, options)
        + QStringLiteral("FOREIGN KEY (%1) REFERENCES %2 (%3)")
              .arg(child ? columnList(*child, key.childColumns, options) : QString(),
                   parent ? tableName(context, *parent) : QString(),
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

QString BaseDdlGenerator::indexPartSql(const Context &context, const Table &table,
                                       const TableIndex &index, int i) const
{
    const IndexPart part = index.part(i);
    const Column *column = table.column(index.columns.at(i));
    QString sql = column ? quoted(column->name, context.options)
                         : QLatin1Char('(') + part.expression.trimmed() + QLatin1Char(')');
    if (!part.collation.isEmpty())
        sql += QLatin1Char(' ') + collateClause(part.collation, context.options);
    if (!part.operatorClass.isEmpty())
        sql += QLatin1Char(' ') + part.operatorClass;
    if (part.descending)
        sql += QStringLiteral(" DESC");
    if (!part.nullsOrder.isEmpty())
        sql += QStringLiteral(" NULLS ") + part.nullsOrder;
    return sql;
}

QString BaseDdlGenerator::indexDefinition(const Context &context, const Table &table,
                                          const TableIndex &index, const QString &name) const
{
    QStringList parts;
    for (int i = 0; i < index.columns.size(); ++i)
        parts << indexPartSql(context, table, index, i);
    const QString quotedName = name.isEmpty() ? QString() : quoted(name, context.options);
    if (indexesInsideCreateTable()) {
        const QString kind = !index.kind.isEmpty() ? index.kind + QLatin1Char(' ')
            : index.unique                         ? QStringLiteral("UNIQUE ")
                                                   : QString();
        QString sql = kind + QStringLiteral("INDEX");
        if (!quotedName.isEmpty())
            sql += QLatin1Char(' ') + quotedName;
        return sql + QStringLiteral(" (%1)").arg(parts.join(QStringLiteral(", ")));
    }
    QString sql = QStringLiteral("CREATE %1INDEX ")
                      .arg(index.unique ? QStringLiteral("UNIQUE ") : QString());
    if (!quotedName.isEmpty())
        sql += quotedName + QLatin1Char(' ');
    sql += QStringLiteral("ON ") + tableName(context, table);
    if (!index.method.isEmpty())
        sql += QStringLiteral(" USING ") + index.method;
    sql += QStringLiteral(" (%1)").arg(parts.join(QStringLiteral(", ")));
    if (!index.includeColumns.isEmpty())
        sql += QStringLiteral(" INCLUDE (%1)")
                   .arg(columnList(table, index.includeColumns, context.options));
    if (!index.options.isEmpty())
        sql += QLatin1Char(' ') + index.options;
    if (index.isPartial())
        sql += QStringLiteral(" WHERE ") + index.predicate.trimmed();
    return sql;
}

QStringList BaseDdlGenerator::tableElements(const Context &context, const Table &table,
                                            const QVector<Id> &keys) const
{
    const DdlOptions &options = context.options;
    QStringList parts;
    bool primaryKeyInline = false;
    QHash<Id, QStringList> columnChecks;
    for (const CheckConstraint &check : table.checks) {
        const QString clause = isColumnCheck(check) ? checkClause(context, check) : QString();
        if (!clause.isEmpty())
            columnChecks[check.column] << clause;
    }
    QSet<Id> uniquesInline;
    for (const Column &column : table.columns) {
        QString definition = columnDefinition(context, table, column);
        primaryKeyInline = primaryKeyInline || isInlinePrimaryKey(context, table, column);
        if (options.singleColumnKeysInline) {
            if (!primaryKeyInline && table.primaryKey == QVector<Id>{column.id}) {
                definition += QLatin1Char(' ') + constraintPrefix(table.primaryKeyName, options)
                    + QStringLiteral("PRIMARY KEY");
                primaryKeyInline = true;
            }
            for (const UniqueConstraint &unique : table.uniqueConstraints) {
                if (unique.columns != QVector<Id>{column.id})
                    continue;
                definition += QLatin1Char(' ') + constraintPrefix(unique.name, options)
                    + QStringLiteral("UNIQUE");
                uniquesInline.insert(unique.id);
            }
        }
        for (const QString &check : columnChecks.value(column.id))
            definition += QLatin1Char(' ') + check;
        parts << definition;
    }
    if (!table.primaryKey.isEmpty() && !primaryKeyInline)
        parts << constraintPrefix(table.primaryKeyName, options)
                + QStringLiteral("PRIMARY KEY (%1)")
                      .arg(columnList(table, table.primaryKey, options));
    for (const UniqueConstraint &unique : table.uniqueConstraints) {
        if (!uniquesInline.contains(unique.id))
            parts << uniqueClause(context, table, unique);
    }
    for (const CheckConstraint &check : table.checks) {
        const QString clause = isColumnCheck(check) ? QString() : checkClause(context, check);
        if (!clause.isEmpty())
            parts << clause;
    }
    for (Id keyId : keys)
        parts << foreignKeyClause(context, *context.schema.foreignKey(keyId));
    return parts;
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

DdlScript BaseDdlGenerator::createScript(const Schema &original, const DdlOptions &options) const
{
    // A schema in another dialect is written as it must be in this one: names, collations and
    // index features adapted (CrossDialectSchema), types and expressions translated below.
    CrossDialectSchema prepared;
    const bool crossDialect = CrossDialectSchema::isTranslated(original, dialect());
    if (crossDialect)
        prepared = CrossDialectSchema::prepare(original, dialect());
    const Schema &schema = crossDialect ? prepared.schema : original;
    DdlScript script;
    if (options.includeHeader)
        script.header = headerLines(schema, tr("Create script"));
    GeneratedNames names(schema, maxIdentifierBytes());
    const Context context = makeContext(schema, options, &names);
    // SQLite accepts keys to tables created later, so it keeps the model's order, which is the
    // order the user's own script created them in (and SQLite runs key actions in that order).
    const CreationOrder order = allowsForwardReferences() ? CreationOrder{schema.tableIds(), {}}
                                                          : CreationOrder::compute(schema);
    const QString indent = QStringLiteral("    ");
    QHash<Id, QVector<Id>> keysByChild; // in document order
    for (Id keyId : schema.foreignKeyIds())
        keysByChild[schema.foreignKey(keyId)->childTable] << keyId;

    script.statements += schemaObjectStatements(context);
    QVector<DdlStatement> lateKeys;
    for (Id tableId : order.tables) {
        const Table &table = *schema.table(tableId);
        DdlStatement create;
        create.objects << table.id;
        for (const UniqueConstraint &unique : table.uniqueConstraints)
            create.objects << unique.id;
        for (const CheckConstraint &check : table.checks)
            create.objects << check.id;

        // Keys in document order: inline when the parent exists by now, else ALTER TABLE later.
        QVector<Id> inlineKeys;
        for (Id keyId : keysByChild.value(table.id)) {
            if (allowsForwardReferences() || !order.lateKeys.contains(keyId)) {
                inlineKeys << keyId;
                create.objects << keyId;
            } else {
                DdlStatement alter;
                alter.sql = QStringLiteral("ALTER TABLE %1 ADD %2")
                                .arg(tableName(context, table),
                                     foreignKeyClause(context, *schema.foreignKey(keyId)));
                alter.objects << keyId << table.id;
                lateKeys << alter;
            }
        }
        QStringList parts = tableElements(context, table, inlineKeys);

        QVector<DdlStatement> indexStatements;
        for (const TableIndex &index : table.indexes) {
            QString name = index.name;
            if (name.isEmpty() && requiresIndexName()) {
                name = names.indexName(table, index.columns);
            }
            const QString sql = indexDefinition(context, table, index, name);
            if (indexesInsideCreateTable()) {
                parts << sql;
                create.objects << index.id;
            } else {
                DdlStatement statement;
                statement.sql = sql;
                statement.objects << index.id << table.id;
                if (name != index.name)
                    statement.notes << tr("The index has no name; %1 needs one, so it is called "
                                          "\"%2\" here.")
                                           .arg(Dialects::displayName(dialect()), name);
                indexStatements << statement;
            }
        }

        create.sql = createTableHead(context, table);
        if (!parts.isEmpty())
            create.sql += QStringLiteral(" (\n%1%2\n)")
                              .arg(indent, parts.join(QStringLiteral(",\n") + indent));
        const QString tableOptionsText = tableOptions(context, table);
        if (!tableOptionsText.isEmpty())
            create.sql += QLatin1Char(' ') + tableOptionsText;
        script.statements << create;
        script.statements += indexStatements;
    }
    script.statements += lateKeys;
    script.statements += closingStatements(context);
    script.problems = DialectChecker::check(original, dialect());
    attachNotes(&script, schema, script.problems);
    return script;
}

DdlScript BaseDdlGenerator::dropScript(const Schema &original, const DdlOptions &options) const
{
    // The names the create script gave, for another dialect's schema.
    CrossDialectSchema prepared;
    const bool crossDialect = CrossDialectSchema::isTranslated(original, dialect());
    if (crossDialect)
        prepared = CrossDialectSchema::prepare(original, dialect());
    const Schema &schema = crossDialect ? prepared.schema : original;
    DdlScript script;
    if (options.includeHeader)
        script.header = headerLines(schema, tr("Drop script"));
    GeneratedNames names(schema, maxIdentifierBytes());
    const Context context = makeContext(schema, options, &names);
    const CreationOrder order = CreationOrder::compute(schema);
    if (!allowsForwardReferences()) {
        // Late keys close cycles; dropping them first lets every table go children first.
        for (Id keyId : schema.foreignKeyIds()) {
            if (!order.lateKeys.contains(keyId))
                continue;
            const ForeignKey &key = *schema.foreignKey(keyId);
            const QString name = key.name.isEmpty() ? engineForeignKeyName(schema, key) : key.name;
            if (name.isEmpty())
                continue;
            DdlStatement statement;
            statement.sql = dropForeignKeySql(tableName(context, *schema.table(key.childTable)),
                                              quoted(name, options));
            statement.objects << key.id << key.childTable;
            script.statements << statement;
        }
    }
    for (auto it = order.tables.crbegin(); it != order.tables.crend(); ++it) {
        DdlStatement statement;
        statement.sql = QStringLiteral("DROP TABLE %1").arg(tableName(context, *schema.table(*it)));
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

QString BaseDdlGenerator::qualifiedTableName(const Schema &schema, const Table &table,
                                             const DdlOptions &options) const
{
    GeneratedNames names(schema, maxIdentifierBytes());
    const Context context = makeContext(schema, options, &names);
    return tableName(context, table);
}

QString BaseDdlGenerator::columnSql(const Schema &schema, const Table &table, const Column &column,
                                    const DdlOptions &options) const
{
    GeneratedNames names(schema, maxIdentifierBytes());
    const Context context = makeContext(schema, options, &names);
    return columnDefinition(context, table, column);
}

QString BaseDdlGenerator::foreignKeySql(const Schema &schema, const ForeignKey &key,
                                        const DdlOptions &options) const
{
    GeneratedNames names(schema, maxIdentifierBytes());
    const Context context = makeContext(schema, options, &names);
    return foreignKeyClause(context, key);
}

QString BaseDdlGenerator::uniqueSql(const Schema &schema, const Table &table,
                                    const UniqueConstraint &unique, const DdlOptions &options) const
{
    GeneratedNames names(schema, maxIdentifierBytes());
    const Context context = makeContext(schema, options, &names);
    return uniqueClause(context, table, unique);
}

QString BaseDdlGenerator::checkSql(const Schema &schema, const CheckConstraint &check,
                                   const DdlOptions &options) const
{
    GeneratedNames names(schema, maxIdentifierBytes());
    const Context context = makeContext(schema, options, &names);
    return checkClause(context, check);
}

QString BaseDdlGenerator::indexSql(const Schema &schema, const Table &table,
                                   const TableIndex &index, const DdlOptions &options) const
{
    GeneratedNames names(schema, maxIdentifierBytes());
    const Context context = makeContext(schema, options, &names);
    QString name = index.name;
    if (name.isEmpty() && requiresIndexName())
        name = names.indexName(table, index.columns);
    return indexDefinition(context, table, index, name);
}

QString BaseDdlGenerator::dropForeignKeyStatement(const Schema &schema, const ForeignKey &key,
                                                  const DdlOptions &options) const
{
    const Table *child = schema.table(key.childTable);
    const QString name = key.name.isEmpty() ? engineForeignKeyName(schema, key) : key.name;
    if (!child || name.isEmpty())
        return {};
    return dropForeignKeySql(qualifiedTableName(schema, *child, options), quoted(name, options));
}
