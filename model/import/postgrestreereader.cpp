#include "postgrestreereader.h"
#include "ddlcollector.h"
#include "importreport.h"
#include "pgtreejson.h"
#include "sqltokenizer.h"
#include "typemapper.h"

#include <QHash>
#include <QRegularExpression>

using namespace PgTreeJson;

namespace {

using ReportSeverity = ImportReport::Severity;

ReferentialAction action(const QString &code)
{
    if (code == QLatin1String("r"))
        return ReferentialAction::Restrict;
    if (code == QLatin1String("c"))
        return ReferentialAction::Cascade;
    if (code == QLatin1String("n"))
        return ReferentialAction::SetNull;
    if (code == QLatin1String("d"))
        return ReferentialAction::SetDefault;
    return ReferentialAction::NoAction; // "a"
}

// The smallest "location" anywhere in a subtree: where an expression's text starts (a
// TypeCast's own location is that of its "::").
int firstLocation(const QJsonValue &value)
{
    int best = -1;
    auto consider = [&best](int location) {
        if (location >= 0 && (best < 0 || location < best))
            best = location;
    };
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key() == QLatin1String("location"))
                consider(it.value().toInt(-1));
            else if (it.value().isObject() || it.value().isArray())
                consider(firstLocation(it.value()));
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            consider(firstLocation(item));
    }
    return best;
}

QString statementLabel(const QString &node, const QJsonObject &body)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("ViewStmt"), QStringLiteral("CREATE VIEW")},
        {QStringLiteral("CreateTableAsStmt"),
         QStringLiteral("CREATE MATERIALIZED VIEW / TABLE AS")},
        {QStringLiteral("CreateFunctionStmt"), QStringLiteral("CREATE FUNCTION")},
        {QStringLiteral("CreateTrigStmt"), QStringLiteral("CREATE TRIGGER")},
        {QStringLiteral("InsertStmt"), QStringLiteral("INSERT")},
        {QStringLiteral("UpdateStmt"), QStringLiteral("UPDATE")},
        {QStringLiteral("DeleteStmt"), QStringLiteral("DELETE")},
        {QStringLiteral("SelectStmt"), QStringLiteral("SELECT")},
        {QStringLiteral("CopyStmt"), QStringLiteral("COPY")},
        {QStringLiteral("CreateSeqStmt"), QStringLiteral("CREATE SEQUENCE")},
        {QStringLiteral("AlterSeqStmt"), QStringLiteral("ALTER SEQUENCE")},
        {QStringLiteral("CreateSchemaStmt"), QStringLiteral("CREATE SCHEMA")},
        {QStringLiteral("VariableSetStmt"), QStringLiteral("SET")},
        {QStringLiteral("CreateExtensionStmt"), QStringLiteral("CREATE EXTENSION")},
        {QStringLiteral("GrantStmt"), QStringLiteral("GRANT/REVOKE")},
        {QStringLiteral("CreateEnumStmt"), QStringLiteral("CREATE TYPE")},
        {QStringLiteral("CompositeTypeStmt"), QStringLiteral("CREATE TYPE")},
        {QStringLiteral("CreateDomainStmt"), QStringLiteral("CREATE DOMAIN")},
        {QStringLiteral("DefineStmt"), QStringLiteral("CREATE TYPE/AGGREGATE/COLLATION")},
        {QStringLiteral("CreatedbStmt"), QStringLiteral("CREATE DATABASE")},
        {QStringLiteral("DropdbStmt"), QStringLiteral("DROP DATABASE")},
        {QStringLiteral("TransactionStmt"), QStringLiteral("BEGIN/COMMIT")},
        {QStringLiteral("AlterOwnerStmt"), QStringLiteral("ALTER … OWNER TO")},
        {QStringLiteral("RuleStmt"), QStringLiteral("CREATE RULE")},
        {QStringLiteral("DoStmt"), QStringLiteral("DO")},
        {QStringLiteral("AlterFunctionStmt"), QStringLiteral("ALTER FUNCTION")},
        {QStringLiteral("VariableShowStmt"), QStringLiteral("SHOW")},
    };
    if (node == QLatin1String("DropStmt"))
        return QStringLiteral("DROP ")
            + body.value(QLatin1String("removeType"))
                  .toString()
                  .mid(7)
                  .replace(QLatin1Char('_'), QLatin1Char(' '));
    return labels.value(node, node);
}

} // namespace

PostgresTreeReader::PostgresTreeReader(DdlCollector *collector, ImportReport *report)
    : m_collector(collector)
    , m_report(report)
{
}

void PostgresTreeReader::read(const QJsonObject &parseResult, const QByteArray &statement,
                              const std::function<QPair<int, int>(int)> &where)
{
    m_statement = statement;
    m_where = where;
    for (const QJsonValue &entry : parseResult.value(QLatin1String("stmts")).toArray()) {
        const auto [node, body] = unwrap(entry.toObject().value(QLatin1String("stmt")));
        if (node == QLatin1String("CreateStmt"))
            createTable(body);
        else if (node == QLatin1String("AlterTableStmt"))
            alterTable(body);
        else if (node == QLatin1String("IndexStmt"))
            createIndex(body);
        else if (node == QLatin1String("DropStmt")
                 && body.value(QLatin1String("removeType")).toString()
                     == QLatin1String("OBJECT_TABLE"))
            drop(body);
        else if (node == QLatin1String("CommentStmt"))
            comment(body);
        else if (node == QLatin1String("CreateSeqStmt"))
            createSequence(body);
        else if (node == QLatin1String("AlterSeqStmt") && alterSequence(body)) {
            // applied to the sequence; one of an unknown sequence falls through to "skipped"
        } else if (node == QLatin1String("CreateEnumStmt"))
            createEnum(body);
        else if (node == QLatin1String("CreateDomainStmt"))
            createDomain(body);
        else if (!node.isEmpty()) {
            if (node == QLatin1String("ViewStmt"))
                m_collector->addView(body.value(QLatin1String("view"))
                                         .toObject()
                                         .value(QLatin1String("relname"))
                                         .toString());
            else if (node == QLatin1String("CreateTableAsStmt"))
                m_collector->addView(body.value(QLatin1String("into"))
                                         .toObject()
                                         .value(QLatin1String("rel"))
                                         .toObject()
                                         .value(QLatin1String("relname"))
                                         .toString());
            m_report->skipStatement(statementLabel(node, body));
        }
    }
}

QString PostgresTreeReader::typeText(const QJsonObject &typeName) const
{
    QStringList names = strings(typeName.value(QLatin1String("names")).toArray());
    QString text;
    const bool builtin = names.size() == 2 && names.first() == QLatin1String("pg_catalog");
    if (builtin) {
        static const QHash<QString, QString> internal = {
            {QStringLiteral("int2"), QStringLiteral("smallint")},
            {QStringLiteral("int4"), QStringLiteral("integer")},
            {QStringLiteral("int8"), QStringLiteral("bigint")},
            {QStringLiteral("float4"), QStringLiteral("real")},
            {QStringLiteral("float8"), QStringLiteral("double precision")},
            {QStringLiteral("bool"), QStringLiteral("boolean")},
            {QStringLiteral("bpchar"), QStringLiteral("char")},
            {QStringLiteral("timestamptz"), QStringLiteral("timestamp")},
            {QStringLiteral("timetz"), QStringLiteral("time")},
        };
        text = internal.value(names.last(), names.last());
    } else {
        text = names.join(QLatin1Char('.'));
    }
    QStringList modifiers;
    for (const QJsonValue &mod : typeName.value(QLatin1String("typmods")).toArray()) {
        const QJsonObject constant = mod.toObject().value(QLatin1String("A_Const")).toObject();
        if (constant.contains(QLatin1String("ival")))
            modifiers << QString::number(constant.value(QLatin1String("ival"))
                                             .toObject()
                                             .value(QLatin1String("ival"))
                                             .toInt());
        else if (constant.contains(QLatin1String("sval")))
            modifiers << constant.value(QLatin1String("sval"))
                             .toObject()
                             .value(QLatin1String("sval"))
                             .toString();
    }
    if (!modifiers.isEmpty() && names.last() != QLatin1String("interval"))
        text += QLatin1Char('(') + modifiers.join(QLatin1Char(',')) + QLatin1Char(')');
    // pg_catalog.timestamptz is how the grammar spells "timestamp with time zone"; a bare
    // timestamptz was written so by the user and TypeMapper reads it as it is.
    if (builtin
        && (names.last() == QLatin1String("timestamptz")
            || names.last() == QLatin1String("timetz")))
        text += QStringLiteral(" with time zone");
    if (typeName.contains(QLatin1String("arrayBounds")))
        text += QStringLiteral("[]");
    return text;
}

QString PostgresTreeReader::expressionText(const QJsonValue &expression) const
{
    int start = firstLocation(expression);
    if (start < 0)
        return {};
    // The tree's locations skip grouping parentheses: "DEFAULT ('now'::text)::date" starts at
    // 'now'. Only the expression can have opened parentheses right before it (after DEFAULT).
    for (int at = start - 1; at >= 0; --at) {
        const char c = m_statement.at(at);
        if (c == '(')
            start = at;
        else if (!std::isspace(static_cast<unsigned char>(c)))
            break;
    }
    const QString rest = QString::fromUtf8(m_statement.mid(start));
    SqlTokenizer tokenizer(rest, SqlTokenizer::Flavor::PostgreSQL);
    const SqlTokens tokens = tokenizer.tokenize();
    int depth = 0;
    int end = 0;
    for (const SqlToken &t : tokens) {
        if (t.kind == SqlToken::Kind::End)
            break;
        if (t.isPunctuation('('))
            ++depth;
        else if (t.isPunctuation(')') && --depth < 0)
            break;
        if (depth == 0
            && (t.isPunctuation(',') || t.isPunctuation(';') || t.isWord("NOT") || t.isWord("NULL")
                || t.isWord("CONSTRAINT") || t.isWord("PRIMARY") || t.isWord("UNIQUE")
                || t.isWord("REFERENCES") || t.isWord("CHECK") || t.isWord("COLLATE")
                || t.isWord("GENERATED") || t.isWord("DEFAULT"))
            && end > 0)
            break;
        end = t.offset + t.length;
    }
    return rest.left(end).trimmed();
}

ImportedForeignKey PostgresTreeReader::readForeignKey(const QString &table, const QJsonObject &c)
{
    ImportedForeignKey key;
    key.name = c.value(QLatin1String("conname")).toString();
    key.childTable = table;
    key.childColumns = strings(c.value(QLatin1String("fk_attrs")).toArray());
    key.parentTable
        = c.value(QLatin1String("pktable")).toObject().value(QLatin1String("relname")).toString();
    key.parentColumns = strings(c.value(QLatin1String("pk_attrs")).toArray());
    key.onDelete = action(c.value(QLatin1String("fk_del_action")).toString());
    key.onUpdate = action(c.value(QLatin1String("fk_upd_action")).toString());
    key.match = c.value(QLatin1String("fk_matchtype")).toString() == QLatin1String("f")
        ? MatchType::Full
        : MatchType::Simple;
    const int location = c.value(QLatin1String("location")).toInt(-1);
    if (location >= 0) {
        const auto at = m_where(location);
        key.line = at.first;
        key.column = at.second;
    }
    if (c.value(QLatin1String("deferrable")).toBool())
        key.deferrability = c.value(QLatin1String("initdeferred")).toBool()
            ? Deferrability::DeferrableDeferred
            : Deferrability::DeferrableImmediate;
    return key;
}

ImportedColumn
PostgresTreeReader::readColumn(const QJsonObject &def, const QString &table,
                               QVector<ImportedForeignKey> *keys,
                               QVector<QPair<QString, ImportedConstraint>> *constraints)
{
    ImportedColumn column;
    column.name = def.value(QLatin1String("colname")).toString();
    const QJsonObject typeName = def.value(QLatin1String("typeName")).toObject();
    // The logical type from the tree's names; the declared type as written, since the tree
    // loses modifiers that are not numbers (geometry(Polygon,4326)).
    const TypeMapper::Mapped mapped
        = TypeMapper::map(typeText(typeName), QStringLiteral("postgresql"));
    QString declared = typeSourceText(typeName);
    if (declared.isEmpty())
        declared = typeText(typeName);
    column.type = mapped.type;
    // What an export to PostgreSQL writes back: a serial stays a serial (its own sequence and
    // default), a domain or extension type keeps its name and modifiers.
    column.declaredType = declared;
    column.typeDeclared = !declared.isEmpty();
    column.autoIncrement = mapped.autoIncrement;
    if (def.value(QLatin1String("is_not_null")).toBool())
        column.nullable = false;
    const QStringList collation = strings(def.value(QLatin1String("collClause"))
                                              .toObject()
                                              .value(QLatin1String("collname"))
                                              .toArray());
    if (!collation.isEmpty())
        column.collation = collation.last();
    int lastKey = -1;
    for (const QJsonValue &value : def.value(QLatin1String("constraints")).toArray()) {
        const QJsonObject c = value.toObject().value(QLatin1String("Constraint")).toObject();
        const QString type = c.value(QLatin1String("contype")).toString();
        ImportedConstraint single;
        single.name = c.value(QLatin1String("conname")).toString();
        single.columns = QStringList{column.name};
        if (type == QLatin1String("CONSTR_NOTNULL")) {
            column.nullable = false;
        } else if (type == QLatin1String("CONSTR_DEFAULT")) {
            const QJsonValue expression = c.value(QLatin1String("raw_expr"));
            const auto [node, body] = unwrap(expression);
            // nextval('a_seq'): numbered by a named sequence. Kept as written (the export to
            // PostgreSQL writes it back), and auto-increment for the other dialects.
            if (node == QLatin1String("FuncCall")
                && strings(body.value(QLatin1String("funcname")).toArray()).last()
                    == QLatin1String("nextval"))
                column.autoIncrement = true;
            column.defaultValue = expressionText(expression);
        } else if (type == QLatin1String("CONSTR_CHECK")) {
            ImportedCheck check;
            check.name = single.name;
            check.columnName = column.name;
            check.expression = checkText(c);
            check.noInherit = c.value(QLatin1String("is_no_inherit")).toBool();
            m_columnChecks.append(check);
        } else if (type == QLatin1String("CONSTR_IDENTITY")) {
            column.autoIncrement = true;
            column.identity
                = c.value(QLatin1String("generated_when")).toString() == QLatin1String("a")
                ? IdentityGeneration::Always
                : IdentityGeneration::ByDefault;
            // The sequence options as written: "START WITH 10 INCREMENT BY 5".
            if (c.contains(QLatin1String("options")))
                column.identityOptions
                    = groupAfterWord(c.value(QLatin1String("location")).toInt(-1), "IDENTITY");
        } else if (type == QLatin1String("CONSTR_GENERATED")) {
            // PostgreSQL 12 to 17 have stored generated columns only.
            column.generatedExpression
                = groupAfterWord(c.value(QLatin1String("location")).toInt(-1), "AS");
            if (column.generatedExpression.isEmpty())
                column.generatedExpression = expressionText(c.value(QLatin1String("raw_expr")));
            column.generatedStored = true;
        } else if (type == QLatin1String("CONSTR_PRIMARY")) {
            constraints->append({QStringLiteral("primary"), single});
        } else if (type == QLatin1String("CONSTR_UNIQUE")) {
            constraints->append({QStringLiteral("unique"), single});
        } else if (type == QLatin1String("CONSTR_FOREIGN")) {
            ImportedForeignKey key = readForeignKey(table, c);
            key.childColumns = QStringList{column.name};
            keys->append(key);
            lastKey = keys->size() - 1;
        } else if (type == QLatin1String("CONSTR_ATTR_DEFERRABLE") && lastKey >= 0) {
            (*keys)[lastKey].deferrability = Deferrability::DeferrableImmediate;
        } else if (type == QLatin1String("CONSTR_ATTR_DEFERRED") && lastKey >= 0) {
            (*keys)[lastKey].deferrability = Deferrability::DeferrableDeferred;
        } else if (type == QLatin1String("CONSTR_ATTR_NOT_DEFERRABLE") && lastKey >= 0) {
            (*keys)[lastKey].deferrability = Deferrability::NotDeferrable;
        }
    }
    return column;
}

void PostgresTreeReader::applyConstraint(const QString &table, const QJsonObject &c)
{
    const QString type = c.value(QLatin1String("contype")).toString();
    ImportedConstraint constraint;
    constraint.name = c.value(QLatin1String("conname")).toString();
    constraint.columns = strings(c.value(QLatin1String("keys")).toArray());
    const int location = c.value(QLatin1String("location")).toInt(-1);
    if (location >= 0)
        std::tie(constraint.line, constraint.column) = m_where(location);
    if (type == QLatin1String("CONSTR_PRIMARY"))
        m_collector->setPrimaryKey(table, constraint);
    else if (type == QLatin1String("CONSTR_UNIQUE"))
        m_collector->addUnique(table, constraint);
    else if (type == QLatin1String("CONSTR_FOREIGN"))
        m_collector->addForeignKey(readForeignKey(table, c));
    else if (type == QLatin1String("CONSTR_EXCLUSION"))
        m_report->skipStatement(QStringLiteral("EXCLUDE constraint"));
    else if (type == QLatin1String("CONSTR_CHECK")) {
        ImportedCheck check;
        check.name = constraint.name;
        check.expression = checkText(c);
        check.noInherit = c.value(QLatin1String("is_no_inherit")).toBool();
        if (ImportedTable *target = m_collector->schema().findTable(table))
            target->checks.append(check);
    }
}

void PostgresTreeReader::takeColumnChecks(const QString &table)
{
    const QVector<ImportedCheck> checks = std::exchange(m_columnChecks, {});
    if (ImportedTable *target = m_collector->schema().findTable(table))
        target->checks += checks;
}

void PostgresTreeReader::createTable(const QJsonObject &node)
{
    ImportedTable table;
    table.name = node.value(QLatin1String("relation"))
                     .toObject()
                     .value(QLatin1String("relname"))
                     .toString();
    QVector<ImportedForeignKey> keys;
    QVector<QPair<QString, ImportedConstraint>> columnConstraints;
    QVector<QJsonObject> tableConstraints;
    // INHERITS and PARTITION OF: the parents' columns come first.
    const bool partition = node.contains(QLatin1String("partbound"));
    for (const QJsonValue &parent : node.value(QLatin1String("inhRelations")).toArray()) {
        const QString parentName = parent.toObject()
                                       .value(QLatin1String("RangeVar"))
                                       .toObject()
                                       .value(QLatin1String("relname"))
                                       .toString();
        if (const ImportedTable *inherited = m_collector->table(parentName)) {
            table.columns += inherited->columns;
            if (partition) {
                // A partition is the parent's: its keys stay declared once, on the parent
                // (PostgreSQL clones them onto every partition by itself).
                table.partitionOf = inherited->name;
                table.options.partitionBound
                    = partitionBoundText(node.value(QLatin1String("partbound")).toObject());
            } else {
                table.inherits << inherited->name; // INHERITS (parent, ...), in order
            }
        }
    }
    // UNLOGGED, WITH (storage parameters) and TABLESPACE, kept to be written back.
    table.options.unlogged = node.value(QLatin1String("relation"))
                                 .toObject()
                                 .value(QLatin1String("relpersistence"))
                                 .toString()
        == QLatin1String("u");
    QStringList parameters;
    for (const QJsonValue &value : node.value(QLatin1String("options")).toArray()) {
        const QJsonObject option = value.toObject().value(QLatin1String("DefElem")).toObject();
        const QString name = option.value(QLatin1String("defname")).toString();
        const QString namespaceName = option.value(QLatin1String("defnamespace")).toString();
        const QString argument = optionText(option.value(QLatin1String("arg")));
        QString parameter
            = namespaceName.isEmpty() ? name : namespaceName + QLatin1Char('.') + name;
        if (!argument.isEmpty())
            parameter += QLatin1Char('=') + argument;
        parameters << parameter;
    }
    table.options.storageParameters = parameters.join(QStringLiteral(", "));
    table.options.tablespace = node.value(QLatin1String("tablespacename")).toString();
    const QJsonObject partitionSpec = node.value(QLatin1String("partspec")).toObject();
    if (!partitionSpec.isEmpty())
        table.options.partitionBy = partitionSpecText(partitionSpec);
    for (const QJsonValue &element : node.value(QLatin1String("tableElts")).toArray()) {
        const auto [kind, body] = unwrap(element);
        if (kind == QLatin1String("ColumnDef")) {
            const ImportedColumn column = readColumn(body, table.name, &keys, &columnConstraints);
            const int existing = table.columnIndex(column.name);
            if (existing >= 0 && body.value(QLatin1String("is_from_type")).toBool() == false
                && !body.contains(QLatin1String("typeName")))
                table.columns[existing].nullable
                    = table.columns[existing].nullable && column.nullable;
            else
                table.columns.append(column);
        } else if (kind == QLatin1String("Constraint")) {
            tableConstraints.append(body);
        } else if (kind == QLatin1String("TableLikeClause")) {
            m_collector->note(
                ReportSeverity::Warning,
                tr("CREATE TABLE \"%1\" (LIKE ...) is read without the copied columns.")
                    .arg(table.name));
        }
    }
    m_collector->createTable(table);
    takeColumnChecks(table.name);
    for (const auto &entry : std::as_const(columnConstraints)) {
        if (entry.first == QLatin1String("primary"))
            m_collector->setPrimaryKey(table.name, entry.second);
        else
            m_collector->addUnique(table.name, entry.second);
    }
    for (const QJsonObject &constraint : std::as_const(tableConstraints))
        applyConstraint(table.name, constraint);
    for (const ImportedForeignKey &key : std::as_const(keys))
        m_collector->addForeignKey(key);
}

void PostgresTreeReader::alterTable(const QJsonObject &node)
{
    const QString objectType = node.value(QLatin1String("objtype")).toString();
    if (objectType != QLatin1String("OBJECT_TABLE")) {
        m_report->skipStatement(QStringLiteral("ALTER ")
                                + objectType.mid(7).replace(QLatin1Char('_'), QLatin1Char(' ')));
        return;
    }
    const QString tableName = node.value(QLatin1String("relation"))
                                  .toObject()
                                  .value(QLatin1String("relname"))
                                  .toString();
    for (const QJsonValue &value : node.value(QLatin1String("cmds")).toArray()) {
        const QJsonObject cmd = value.toObject().value(QLatin1String("AlterTableCmd")).toObject();
        const QString subtype = cmd.value(QLatin1String("subtype")).toString();
        const auto [defKind, def] = unwrap(cmd.value(QLatin1String("def")));
        const QString columnName = cmd.value(QLatin1String("name")).toString();
        if (subtype == QLatin1String("AT_AddConstraint")) {
            applyConstraint(tableName, def);
        } else if (subtype == QLatin1String("AT_AddColumn")) {
            QVector<ImportedForeignKey> keys;
            QVector<QPair<QString, ImportedConstraint>> constraints;
            m_collector->addColumn(tableName, readColumn(def, tableName, &keys, &constraints));
            takeColumnChecks(tableName);
            for (const auto &entry : std::as_const(constraints)) {
                if (entry.first == QLatin1String("primary"))
                    m_collector->setPrimaryKey(tableName, entry.second);
                else
                    m_collector->addUnique(tableName, entry.second);
            }
            for (const ImportedForeignKey &key : std::as_const(keys))
                m_collector->addForeignKey(key);
        } else if (subtype == QLatin1String("AT_AttachPartition")) {
            // Attached partitions get the partitioned table's keys, as with PARTITION OF.
            const QString partition = def.value(QLatin1String("name"))
                                          .toObject()
                                          .value(QLatin1String("relname"))
                                          .toString();
            ImportedTable *attached = m_collector->table(partition);
            if (attached && m_collector->table(tableName)) {
                attached->partitionOf = tableName;
                attached->options.partitionBound
                    = partitionBoundText(def.value(QLatin1String("bound")).toObject());
            }
        } else if (subtype == QLatin1String("AT_DropConstraint")) {
            m_collector->dropConstraint(tableName, columnName);
        } else if (subtype == QLatin1String("AT_ColumnDefault")
                   || subtype == QLatin1String("AT_SetNotNull")
                   || subtype == QLatin1String("AT_DropNotNull")
                   || subtype == QLatin1String("AT_AddIdentity")) {
            ImportedTable *table = m_collector->table(tableName);
            const int index = table ? table->columnIndex(columnName) : -1;
            if (index < 0) {
                if (table)
                    m_collector->note(
                        ReportSeverity::Error,
                        tr("Table \"%1\" has no column \"%2\"; the ALTER TABLE is ignored.")
                            .arg(tableName, columnName));
                continue;
            }
            ImportedColumn &column = table->columns[index];
            if (subtype == QLatin1String("AT_SetNotNull")) {
                column.nullable = false;
            } else if (subtype == QLatin1String("AT_DropNotNull")) {
                column.nullable = true;
            } else if (subtype == QLatin1String("AT_AddIdentity")) {
                column.autoIncrement = true;
            } else if (defKind == QLatin1String("FuncCall")
                       && strings(def.value(QLatin1String("funcname")).toArray()).last()
                           == QLatin1String("nextval")) {
                column.autoIncrement = true;
                column.defaultValue = expressionText(cmd.value(QLatin1String("def")));
            } else {
                column.defaultValue = defKind.isEmpty()
                    ? QString()
                    : expressionText(cmd.value(QLatin1String("def")));
            }
        } else {
            const QString what = subtype == QLatin1String("AT_ChangeOwner")
                ? QStringLiteral("OWNER TO")
                : subtype.mid(3);
            m_report->skipStatement(QStringLiteral("ALTER TABLE … ") + what);
        }
    }
}

void PostgresTreeReader::createIndex(const QJsonObject &node)
{
    const QString tableName = node.value(QLatin1String("relation"))
                                  .toObject()
                                  .value(QLatin1String("relname"))
                                  .toString();
    ImportedConstraint index;
    index.name = node.value(QLatin1String("idxname")).toString();
    index.unique = node.value(QLatin1String("unique")).toBool();
    // The method as written (btree is the default and stays implicit).
    const QString method = node.value(QLatin1String("accessMethod")).toString();
    if (method.compare(QLatin1String("btree"), Qt::CaseInsensitive) != 0)
        index.method = method;
    index.nullsNotDistinct = node.value(QLatin1String("nulls_not_distinct")).toBool();
    for (const QJsonValue &param : node.value(QLatin1String("indexParams")).toArray()) {
        const QJsonObject element = param.toObject().value(QLatin1String("IndexElem")).toObject();
        if (!element.contains(QLatin1String("name"))) {
            index.columns.clear(); // on an expression; the assembler notes it
            index.parts.clear();
            break;
        }
        index.columns << element.value(QLatin1String("name")).toString();
        IndexPart part;
        part.descending
            = element.value(QLatin1String("ordering")).toString() == QLatin1String("SORTBY_DESC");
        const QString nulls = element.value(QLatin1String("nulls_ordering")).toString();
        if (nulls == QLatin1String("SORTBY_NULLS_FIRST"))
            part.nullsOrder = QStringLiteral("FIRST");
        else if (nulls == QLatin1String("SORTBY_NULLS_LAST"))
            part.nullsOrder = QStringLiteral("LAST");
        const QStringList opclass = strings(element.value(QLatin1String("opclass")).toArray());
        if (!opclass.isEmpty())
            part.operatorClass = opclass.join(QLatin1Char('.'));
        const QStringList collation = strings(element.value(QLatin1String("collation")).toArray());
        if (!collation.isEmpty())
            part.collation = collation.last();
        index.parts << part;
    }
    for (const QJsonValue &param : node.value(QLatin1String("indexIncludingParams")).toArray())
        index.includeColumns << param.toObject()
                                    .value(QLatin1String("IndexElem"))
                                    .toObject()
                                    .value(QLatin1String("name"))
                                    .toString();
    // A partial index: its predicate as written (a partial UNIQUE index on all rows would
    // refuse rows the schema accepts).
    if (node.contains(QLatin1String("whereClause")))
        index.predicate = expressionText(node.value(QLatin1String("whereClause")));
    m_collector->addIndex(tableName, index);
}

void PostgresTreeReader::drop(const QJsonObject &node)
{
    for (const QJsonValue &object : node.value(QLatin1String("objects")).toArray()) {
        const QStringList names = strings(object.toObject()
                                              .value(QLatin1String("List"))
                                              .toObject()
                                              .value(QLatin1String("items"))
                                              .toArray());
        if (!names.isEmpty())
            m_collector->dropTable(names.last());
    }
}

void PostgresTreeReader::comment(const QJsonObject &node)
{
    const QString type = node.value(QLatin1String("objtype")).toString();
    const QStringList names = strings(node.value(QLatin1String("object"))
                                          .toObject()
                                          .value(QLatin1String("List"))
                                          .toObject()
                                          .value(QLatin1String("items"))
                                          .toArray());
    const QString text = node.value(QLatin1String("comment")).toString();
    if (type == QLatin1String("OBJECT_TABLE") && !names.isEmpty()) {
        if (ImportedTable *table = m_collector->schema().findTable(names.last()))
            table->comment = text;
    } else if (type == QLatin1String("OBJECT_COLUMN") && names.size() >= 2) {
        if (ImportedTable *table = m_collector->schema().findTable(names.at(names.size() - 2))) {
            const int index = table->columnIndex(names.last());
            if (index >= 0)
                table->columns[index].comment = text;
        }
    } else {
        m_report->skipStatement(QStringLiteral("COMMENT ON ") + type.mid(7));
    }
}
