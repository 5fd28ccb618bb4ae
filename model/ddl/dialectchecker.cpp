#include "dialectchecker.h"

#include "cascadegraph.h"
#include "creationorder.h"
#include "ddlgenerator.h"
#include "dialectrules.h"

#include "baseddlgenerator.h"

#include "../schema.h"
#include "../validator.h"

#include <QHash>

namespace {

Problem make(Severity severity, const char *code, Id objectId, const QString &object,
             const QString &message)
{
    Problem p;
    p.severity = severity;
    p.code = QLatin1String(code);
    p.objectId = objectId;
    p.object = object;
    p.message = message;
    return p;
}

bool isMySqlFamily(Dialect dialect)
{
    return dialect == Dialect::MySQL || dialect == Dialect::MariaDB;
}

// The keys in the order the dialect's script adds them: inline ones with their table, then the
// late ones. SQL Server checks each key against those added before it.
QVector<Id> keysInCreationOrder(const Schema &schema)
{
    const CreationOrder order = CreationOrder::compute(schema);
    QHash<Id, QVector<Id>> byChild;
    for (Id keyId : schema.foreignKeyIds())
        byChild[schema.foreignKey(keyId)->childTable] << keyId;
    QVector<Id> keys;
    QVector<Id> late;
    for (Id tableId : order.tables) {
        for (Id keyId : byChild.value(tableId))
            (order.lateKeys.contains(keyId) ? late : keys) << keyId;
    }
    return keys + late;
}

} // namespace

QVector<Problem> DialectChecker::check(const Schema &schema, Dialect dialect)
{
    QVector<Problem> problems = checkKeys(schema, dialect);
    if (dialect == Dialect::SqlServer)
        problems += CascadeGraph::sqlServerCascadePaths(schema, keysInCreationOrder(schema));
    if (isMySqlFamily(dialect))
        problems += CascadeGraph::mysqlCascadeDepth(schema);
    problems += checkNames(schema, dialect);
    problems += checkExpressions(schema, dialect);
    for (Problem &p : problems)
        p.dialect = Dialects::id(dialect);
    Validator::sort(&problems);
    return problems;
}

QVector<Problem> DialectChecker::checkKeys(const Schema &schema, Dialect dialect)
{
    QVector<Problem> problems;
    const QString dialectName = Dialects::displayName(dialect);
    const auto generator = DdlGenerator::create(dialect);
    const auto *base = static_cast<const BaseDdlGenerator *>(generator.get());
    for (Id keyId : schema.foreignKeyIds()) {
        const ForeignKey &key = *schema.foreignKey(keyId);
        const Table *child = schema.table(key.childTable);
        const Table *parent = schema.table(key.parentTable);
        if (!child || !parent)
            continue; // the Validator reports broken references
        const QString object = schema.describe(key.id);

        for (KeyEvent event : {KeyEvent::Delete, KeyEvent::Update}) {
            const ReferentialAction action
                = event == KeyEvent::Delete ? key.onDelete : key.onUpdate;
            const ActionSupport support = DialectRules::action(dialect, event, action);
            if (support.kind == ActionSupport::Rejected)
                problems << make(Severity::Error, "dialect-action-unsupported", key.id, object,
                                 tr("\"%1\": %2").arg(key.name, support.reason));
            else if (support.kind == ActionSupport::Changed)
                problems << make(Severity::Warning, "dialect-action-changed", key.id, object,
                                 tr("\"%1\" %2 %3: %4")
                                     .arg(key.name, DialectRules::eventKeyword(event),
                                          ActionNames::sqlKeyword(action), support.reason));
            if (isMySqlFamily(dialect) && event == KeyEvent::Update && key.isSelfReference()
                && (action == ReferentialAction::Cascade || action == ReferentialAction::SetNull))
                problems << make(Severity::Warning, "mysql-self-reference-update", key.id, object,
                                 tr("\"%1\" refers to its own table with ON UPDATE %2: %3 acts as "
                                    "RESTRICT when the cascade comes back to the same table, so "
                                    "changing a referenced key fails.")
                                     .arg(key.name, ActionNames::sqlKeyword(action), dialectName));
        }
        if (key.deferrability != Deferrability::NotDeferrable
            && !DialectRules::supportsDeferrable(dialect))
            problems << make(Severity::Warning, "dialect-deferrable-unsupported", key.id, object,
                             tr("\"%1\" is deferrable, but %2 checks every key at once: the key "
                                "is created without DEFERRABLE.")
                                 .arg(key.name, dialectName));
        if (key.match == MatchType::Full && !DialectRules::supportsMatchFull(dialect))
            problems << make(Severity::Warning, "dialect-match-full-ignored", key.id, object,
                             tr("\"%1\" is MATCH FULL, which %2 does not enforce: a row with "
                                "some key columns NULL is not checked.")
                                 .arg(key.name, dialectName));

        // Column pairs: type rules of the engines that have them.
        for (int i = 0; i < key.childColumns.size() && i < key.parentColumns.size(); ++i) {
            const Column *c = child->column(key.childColumns.at(i));
            const Column *p = parent->column(key.parentColumns.at(i));
            if (!c || !p)
                continue;
            const QString pair
                = QStringLiteral("%1.%2 → %3.%4").arg(child->name, c->name, parent->name, p->name);
            // Compared through the logical types: the declared spellings of one type differ
            // in case and display width ("INT(11)", "int"), and the engines compare the types.
            const QString childType = base->typeName(*c);
            const QString parentType = base->typeName(*p);
            if (isMySqlFamily(dialect)) {
                // String lengths may differ; integer size and sign, decimal precision may not.
                const bool bothStrings = (c->type.kind() == LogicalType::Char
                                          || c->type.kind() == LogicalType::Varchar)
                    && (p->type.kind() == LogicalType::Char
                        || p->type.kind() == LogicalType::Varchar);
                if (!bothStrings && childType != parentType)
                    problems << make(Severity::Error, "mysql-key-type-mismatch", key.id, object,
                                     tr("%1: %2 needs the same type and signedness on both sides, "
                                        "but they are %3 and %4 (error 150).")
                                         .arg(pair, dialectName, childType, parentType));
                if (c->collation.trimmed().compare(p->collation.trimmed(), Qt::CaseInsensitive)
                    != 0)
                    problems << make(
                        Severity::Error, "mysql-key-collation-mismatch", key.id, object,
                        tr("%1: %2 needs the same collation on both sides, but they "
                           "are \"%3\" and \"%4\".")
                            .arg(pair, dialectName,
                                 c->collation.isEmpty() ? tr("default") : c->collation,
                                 p->collation.isEmpty() ? tr("default") : p->collation));
                for (const Column *column : {c, p}) {
                    const LogicalType kind = column->type.kind();
                    if (kind == LogicalType::Text || kind == LogicalType::Blob
                        || kind == LogicalType::Json)
                        problems << make(Severity::Error, "mysql-key-text-column", key.id, object,
                                         tr("%1: %2 cannot index the %3 column \"%4\" without a "
                                            "prefix length, so it cannot be part of a key.")
                                             .arg(pair, dialectName,
                                                  base->columnType(schema, *column), column->name));
                }
            } else if (dialect == Dialect::SqlServer && childType != parentType) {
                problems << make(Severity::Error, "sqlserver-key-type-mismatch", key.id, object,
                                 tr("%1: SQL Server needs the same type and length on both sides, "
                                    "but they are %2 and %3 (errors 1778, 1753).")
                                     .arg(pair, childType, parentType));
            }
        }
    }
    return problems;
}

QVector<Problem> DialectChecker::checkNames(const Schema &schema, Dialect dialect)
{
    QVector<Problem> problems;
    const int limit = DialectRules::maxIdentifierLength(dialect);
    const QString dialectName = Dialects::displayName(dialect);
    // The name the engine ends up with: PostgreSQL truncates at 63 bytes (and compares exactly);
    // MySQL and SQL Server compare without case by default.
    auto stored = [&](const QString &name) {
        if (dialect == Dialect::PostgreSQL) {
            QByteArray bytes = name.toUtf8();
            if (bytes.size() > limit) {
                bytes.truncate(limit);
                return QString::fromUtf8(bytes);
            }
            return name;
        }
        return name.toLower();
    };
    auto checkLength = [&](const QString &name, Id id, const QString &object) {
        if (limit <= 0 || name.isEmpty())
            return;
        const int length = dialect == Dialect::PostgreSQL ? name.toUtf8().size() : name.size();
        if (length <= limit)
            return;
        problems << make(Severity::Error, "dialect-name-too-long", id, object,
                         dialect == Dialect::PostgreSQL
                             ? tr("\"%1\" is %2 bytes long; PostgreSQL silently truncates names to "
                                  "63 bytes, so the engine would create \"%3\".")
                                   .arg(name)
                                   .arg(length)
                                   .arg(stored(name))
                             : tr("\"%1\" is %2 characters long; %3 allows at most %4.")
                                   .arg(name)
                                   .arg(length)
                                   .arg(dialectName)
                                   .arg(limit));
    };

    // The namespaces of this dialect (foreign-keys-by-dialect.md §6, verified on the engines):
    // which kinds of name share one, and whether it is the schema's or one table's.
    // - SQLite: tables and indexes per schema; constraint names are never checked.
    // - PostgreSQL: tables, indexes and the indexes behind primary keys and unique constraints
    //   per schema ("relations"); constraint names (keys, unique, primary) per table.
    // - MySQL, MariaDB: index names (unique ones included) per table; foreign key names per
    //   database; the primary key is always PRIMARY.
    // - SQL Server: tables and constraints (primary, unique, foreign keys) per schema, as
    //   objects; index names (and the index of a unique constraint) per table.
    enum class Kind { Table, PrimaryKey, Unique, Index, ForeignKey };
    struct Space
    {
        const char *name;
        bool perTable;
    };
    auto spacesOf = [dialect](Kind kind) -> QVector<Space> {
        const Space relation{"relation", false}, constraint{"constraint", true},
            object{"object", false}, index{"index", true}, key{"foreign key", false};
        switch (dialect) {
        case Dialect::SQLite:
            return kind == Kind::Table || kind == Kind::Index ? QVector<Space>{relation}
                                                               : QVector<Space>{};
        case Dialect::PostgreSQL:
            if (kind == Kind::PrimaryKey || kind == Kind::Unique)
                return {relation, constraint};
            return kind == Kind::ForeignKey ? QVector<Space>{constraint} : QVector<Space>{relation};
        case Dialect::MySQL:
        case Dialect::MariaDB:
            if (kind == Kind::Unique || kind == Kind::Index)
                return {index};
            return kind == Kind::ForeignKey ? QVector<Space>{key} : QVector<Space>{};
        case Dialect::SqlServer:
            if (kind == Kind::Unique)
                return {object, index};
            return kind == Kind::Index ? QVector<Space>{index} : QVector<Space>{object};
        }
        return {};
    };
    struct Claim
    {
        QString name;
        QString object;
        Kind kind;
        Id table;
    };
    QHash<QString, Claim> claims;
    auto claim = [&](const QString &name, Id id, const QString &object, Kind kind,
                     const Table &table) {
        if (name.trimmed().isEmpty())
            return;
        checkLength(name, id, object);
        for (const Space &space : spacesOf(kind)) {
            const QString key = QLatin1String(space.name) + QChar(0x1f)
                + (space.perTable ? QString::number(table.id) : table.schemaName) + QChar(0x1f)
                + stored(name);
            const auto it = claims.constFind(key);
            if (it == claims.constEnd()) {
                claims.insert(key, Claim{name, object, kind, table.id});
                continue;
            }
            // The Validator's findings, not repeated: two tables of one name, two indexes of
            // one name in one table.
            const bool sameName = it->name.compare(name, Qt::CaseInsensitive) == 0;
            if (sameName && it->kind == kind
                && (kind == Kind::Table || (kind == Kind::Index && it->table == table.id)))
                return;
            problems << make(Severity::Error, "dialect-name-clash", id, object,
                             tr("In %1, \"%2\" and \"%3\" (%4) are the same name in one namespace.")
                                 .arg(dialectName, name, it->name, it->object));
            return; // one finding per object
        }
    };

    for (Id id : schema.tableIds()) {
        const Table &table = *schema.table(id);
        claim(table.name, table.id, table.name, Kind::Table, table);
        for (const Column &c : table.columns)
            checkLength(c.name, c.id, table.name + QLatin1Char('.') + c.name);
    }
    for (Id id : schema.tableIds()) {
        const Table &table = *schema.table(id);
        claim(table.primaryKeyName, table.id, table.name, Kind::PrimaryKey, table);
        for (const UniqueConstraint &u : table.uniqueConstraints)
            claim(u.name, u.id, table.name + QLatin1Char('.') + u.name, Kind::Unique, table);
        for (const TableIndex &i : table.indexes)
            claim(i.name, i.id, table.name + QLatin1Char('.') + i.name, Kind::Index, table);
    }
    for (Id id : schema.foreignKeyIds()) {
        const ForeignKey &key = *schema.foreignKey(id);
        if (const Table *child = schema.table(key.childTable))
            claim(key.name, key.id, schema.describe(key.id), Kind::ForeignKey, *child);
    }
    return problems;
}

QVector<Problem> DialectChecker::checkExpressions(const Schema &schema, Dialect dialect)
{
    QVector<Problem> problems;
    Dialect source;
    if (!Dialects::fromId(schema.sourceDialect, &source))
        return problems; // designed in Joinery: the expressions are the user's, for any target
    const auto generator = DdlGenerator::create(dialect);
    if (static_cast<const BaseDdlGenerator *>(generator.get())->isNative(schema.sourceDialect))
        return problems;
    const QString from = Dialects::displayName(source);
    const QString to = Dialects::displayName(dialect);
    for (Id tableId : schema.tableIds()) {
        const Table &table = *schema.table(tableId);
        for (const CheckConstraint &check : table.checks)
            problems << make(Severity::Warning, "dialect-expression-copied", table.id,
                             schema.describe(table.id),
                             tr("CHECK (%1) is written as %2 has it; %3 may not read it the "
                                "same.")
                                 .arg(check.expression.simplified().left(80), from, to));
        for (const Column &column : table.columns) {
            if (column.isGenerated())
                problems << make(Severity::Warning, "dialect-expression-copied", column.id,
                                 schema.describe(column.id),
                                 tr("The generated column's expression (%1) is written as %2 "
                                    "has it; %3 may not read it the same.")
                                     .arg(column.generatedExpression.simplified().left(80), from,
                                          to));
        }
    }
    return problems;
}
