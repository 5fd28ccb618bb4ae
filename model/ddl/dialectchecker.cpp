#include "dialectchecker.h"
#include "tableoptionschecker.h"

#include "cascadegraph.h"
#include "creationorder.h"
#include "crossdialectschema.h"
#include "ddlgenerator.h"
#include "dialectrules.h"

#include "baseddlgenerator.h"

#include "../schema.h"
#include "../validator.h"

#include <QHash>

namespace {

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

// Whether a name is empty or only white space, without trimming a copy of every name.
bool isBlankName(const QString &name)
{
    for (const QChar c : name) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

} // namespace

QVector<Problem> DialectChecker::check(const Schema &schema, Dialect dialect)
{
    // A schema in another dialect is checked as the script writes it.
    if (CrossDialectSchema::isTranslated(schema, dialect)) {
        const CrossDialectSchema prepared = CrossDialectSchema::prepare(schema, dialect);
        QVector<Problem> problems = prepared.problems + checkSchema(prepared.schema, dialect);
        Validator::sort(&problems);
        return problems;
    }
    return checkSchema(schema, dialect);
}

QVector<Problem> DialectChecker::checkSchema(const Schema &schema, Dialect dialect)
{
    QVector<Problem> problems = checkKeys(schema, dialect);
    if (dialect == Dialect::SqlServer)
        problems += CascadeGraph::sqlServerCascadePaths(schema, keysInCreationOrder(schema));
    if (Dialects::isMySqlFamily(dialect))
        problems += CascadeGraph::mysqlCascadeDepth(schema);
    problems += checkNames(schema, dialect);
    problems += checkTranslations(schema, dialect);
    problems += TableOptionsChecker::check(schema, dialect);
    if (Dialects::isMySqlFamily(dialect))
        problems += checkAutoIncrement(schema, dialect);
    else if (dialect == Dialect::SqlServer || dialect == Dialect::SQLite)
        problems += checkSingleAutoIncrement(schema, dialect);
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
    // A schema in another dialect is compared as the script writes it: translated types.
    Dialect source;
    const bool translated
        = Dialects::fromId(schema.sourceDialect, &source) && !base->isNative(schema.sourceDialect);
    const QSet<Id> keyColumns = translated ? TypeTranslator::keyColumns(schema) : QSet<Id>();
    auto effective = [&](const Column &column) {
        if (!translated)
            return column;
        const TypeTranslation t
            = TypeTranslator::translate(schema, keyColumns, column, source, dialect);
        return t.failure.isEmpty() ? t.column : column;
    };
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
                problems << Problem::make(Severity::Error, "dialect-action-unsupported", key.id,
                                          object, tr("\"%1\": %2").arg(key.name, support.reason));
            else if (support.kind == ActionSupport::Changed)
                problems << Problem::make(
                    Severity::Warning, "dialect-action-changed", key.id, object,
                    tr("\"%1\" %2 %3: %4")
                        .arg(key.name, DialectRules::eventKeyword(event),
                             ActionNames::sqlKeyword(action), support.reason));
            if (Dialects::isMySqlFamily(dialect) && event == KeyEvent::Update
                && key.isSelfReference()
                && (action == ReferentialAction::Cascade || action == ReferentialAction::SetNull))
                problems << Problem::make(
                    Severity::Warning, "mysql-self-reference-update", key.id, object,
                    tr("\"%1\" refers to its own table with ON UPDATE %2: %3 acts as "
                       "RESTRICT when the cascade comes back to the same table, so "
                       "changing a referenced key fails.")
                        .arg(key.name, ActionNames::sqlKeyword(action), dialectName));
        }
        if (key.deferrability != Deferrability::NotDeferrable
            && !DialectRules::supportsDeferrable(dialect))
            problems << Problem::make(
                Severity::Warning, "dialect-deferrable-unsupported", key.id, object,
                tr("\"%1\" is deferrable, but %2 checks every key at once: the key "
                   "is created without DEFERRABLE.")
                    .arg(key.name, dialectName));
        if (key.match == MatchType::Full && !DialectRules::supportsMatchFull(dialect))
            problems << Problem::make(
                Severity::Warning, "dialect-match-full-ignored", key.id, object,
                tr("\"%1\" is MATCH FULL, which %2 does not enforce: a row with "
                   "some key columns NULL is not checked.")
                    .arg(key.name, dialectName));

        // Column pairs: type rules of the engines that have them.
        for (int i = 0; i < key.childColumns.size() && i < key.parentColumns.size(); ++i) {
            const Column *childColumn = child->column(key.childColumns.at(i));
            const Column *parentColumn = parent->column(key.parentColumns.at(i));
            if (!childColumn || !parentColumn)
                continue;
            const Column childEffective = effective(*childColumn);
            const Column parentEffective = effective(*parentColumn);
            const Column *c = &childEffective;
            const Column *p = &parentEffective;
            const QString pair
                = QStringLiteral("%1.%2 → %3.%4").arg(child->name, c->name, parent->name, p->name);
            // Compared through the logical types: the declared spellings of one type differ
            // in case and display width ("INT(11)", "int"), and the engines compare the types.
            const QString childType = base->typeName(*c);
            const QString parentType = base->typeName(*p);
            if (Dialects::isMySqlFamily(dialect)) {
                // String lengths may differ; integer size and sign, decimal precision may not.
                const bool bothStrings = (c->type.kind() == LogicalType::Char
                                          || c->type.kind() == LogicalType::Varchar)
                    && (p->type.kind() == LogicalType::Char
                        || p->type.kind() == LogicalType::Varchar);
                if (!bothStrings && childType != parentType)
                    problems << Problem::make(
                        Severity::Error, "mysql-key-type-mismatch", key.id, object,
                        tr("%1: %2 needs the same type and signedness on both sides, "
                           "but they are %3 and %4 (error 150).")
                            .arg(pair, dialectName, childType, parentType));
                if (c->collation.trimmed().compare(p->collation.trimmed(), Qt::CaseInsensitive)
                    != 0)
                    problems << Problem::make(
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
                        problems << Problem::make(
                            Severity::Error, "mysql-key-text-column", key.id, object,
                            tr("%1: %2 cannot index the %3 column \"%4\" without a "
                               "prefix length, so it cannot be part of a key.")
                                .arg(pair, dialectName,
                                     translated ? base->typeName(*column)
                                                : base->columnType(schema, *column),
                                     column->name));
                }
            } else if (dialect == Dialect::SqlServer && childType != parentType) {
                problems << Problem::make(
                    Severity::Error, "sqlserver-key-type-mismatch", key.id, object,
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
            if (name.size() * 3 <= limit) // at most 3 UTF-8 bytes per UTF-16 unit
                return name;
            QByteArray bytes = name.toUtf8();
            if (bytes.size() > limit) {
                bytes.truncate(limit);
                return QString::fromUtf8(bytes);
            }
            return name;
        }
        return name.toLower();
    };
    // `object` is called only for a finding: describing every name up front cost more than the
    // check itself on large schemas.
    auto checkLength = [&](const QString &name, Id id, auto object) {
        if (limit <= 0 || name.isEmpty()
            || name.size() * (dialect == Dialect::PostgreSQL ? 3 : 1) <= limit)
            return;
        const int length = dialect == Dialect::PostgreSQL ? name.toUtf8().size() : name.size();
        if (length <= limit)
            return;
        problems << Problem::make(
            Severity::Error, "dialect-name-too-long", id, object(),
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
        Id id;
        Kind kind;
        Id table;
    };
    // "orders", "orders.ix_orders_date", or the key as Schema::describe() words it.
    auto describeClaim = [&schema](const QString &name, Id id, Kind kind, const Table &table) {
        switch (kind) {
        case Kind::Table:
        case Kind::PrimaryKey:
            return table.name;
        case Kind::Unique:
        case Kind::Index:
            return QString(table.name + QLatin1Char('.') + name);
        case Kind::ForeignKey:
            break;
        }
        return schema.describe(id);
    };
    QHash<QString, Claim> claims;
    claims.reserve(schema.tableCount() * 2 + schema.foreignKeyCount());
    QString key; // reused: one claim's place in one namespace
    auto claim = [&](const QString &name, Id id, Kind kind, const Table &table) {
        if (isBlankName(name))
            return;
        checkLength(name, id, [&] { return describeClaim(name, id, kind, table); });
        for (const Space &space : spacesOf(kind)) {
            key.clear();
            key += QLatin1String(space.name);
            key += QChar(0x1f);
            if (space.perTable)
                key += QString::number(table.id);
            else
                key += table.schemaName;
            key += QChar(0x1f);
            key += stored(name);
            const auto it = claims.constFind(key);
            if (it == claims.constEnd()) {
                claims.insert(key, Claim{name, id, kind, table.id});
                continue;
            }
            // The Validator's findings, not repeated: two tables of one name, two indexes of
            // one name in one table.
            const bool sameName = it->name.compare(name, Qt::CaseInsensitive) == 0;
            if (sameName && it->kind == kind
                && (kind == Kind::Table || (kind == Kind::Index && it->table == table.id)))
                return;
            const Table *otherTable = schema.table(it->table);
            const QString other
                = otherTable ? describeClaim(it->name, it->id, it->kind, *otherTable) : QString();
            problems << Problem::make(
                Severity::Error, "dialect-name-clash", id, describeClaim(name, id, kind, table),
                tr("In %1, \"%2\" and \"%3\" (%4) are the same name in one namespace.")
                    .arg(dialectName, name, it->name, other));
            return; // one finding per object
        }
    };

    for (Id id : schema.tableIds()) {
        const Table &table = *schema.table(id);
        claim(table.name, table.id, Kind::Table, table);
        for (const Column &c : table.columns)
            checkLength(c.name, c.id, [&] { return table.name + QLatin1Char('.') + c.name; });
    }
    for (Id id : schema.tableIds()) {
        const Table &table = *schema.table(id);
        claim(table.primaryKeyName, table.id, Kind::PrimaryKey, table);
        for (const UniqueConstraint &u : table.uniqueConstraints)
            claim(u.name, u.id, Kind::Unique, table);
        for (const TableIndex &i : table.indexes)
            claim(i.name, i.id, Kind::Index, table);
    }
    for (Id id : schema.foreignKeyIds()) {
        const ForeignKey &key = *schema.foreignKey(id);
        if (const Table *child = schema.table(key.childTable))
            claim(key.name, key.id, Kind::ForeignKey, *child);
    }
    return problems;
}

QVector<Problem> DialectChecker::checkAutoIncrement(const Schema &schema, Dialect dialect)
{
    // InnoDB: one AUTO_INCREMENT column per table, and it must lead an index (error 1075).
    QVector<Problem> problems;
    for (Id tableId : schema.tableIds()) {
        const Table &table = *schema.table(tableId);
        int count = 0;
        for (const Column &column : table.columns) {
            if (!column.autoIncrement)
                continue;
            ++count;
            const QString object = schema.describe(column.id);
            if (!table.hasIndexLeadingWith({column.id}))
                problems << Problem::make(
                    Severity::Error, "mysql-auto-increment-not-key", column.id, object,
                    tr("%1 is auto-increment, but no index starts with it: %2 "
                       "refuses the table (error 1075).")
                        .arg(object, Dialects::displayName(dialect)));
            else if (count == 2)
                problems << Problem::make(
                    Severity::Error, "mysql-auto-increment-twice", column.id, object,
                    tr("%1 is the second auto-increment column of %2: %3 allows "
                       "one per table (error 1075).")
                        .arg(object, table.name, Dialects::displayName(dialect)));
        }
    }
    return problems;
}

QVector<Problem> DialectChecker::checkSingleAutoIncrement(const Schema &schema, Dialect dialect)
{
    // SQL Server: one IDENTITY per table (error 2744). SQLite numbers only the rowid, through
    // the INTEGER PRIMARY KEY column: a second column gets no numbers. PostgreSQL has any
    // number of identity and serial columns.
    QVector<Problem> problems;
    for (Id tableId : schema.tableIds()) {
        const Table &table = *schema.table(tableId);
        int count = 0;
        for (const Column &column : table.columns) {
            if (!column.autoIncrement || ++count != 2)
                continue;
            const QString object = schema.describe(column.id);
            if (dialect == Dialect::SqlServer)
                problems << Problem::make(
                    Severity::Error, "sqlserver-identity-twice", column.id, object,
                    tr("%1 is the second IDENTITY column of %2: SQL Server allows one per "
                       "table (error 2744).")
                        .arg(object, table.name));
            else
                problems << Problem::make(
                    Severity::Warning, "sqlite-auto-increment-twice", column.id, object,
                    tr("%1 is the second auto-increment column of %2: SQLite numbers only "
                       "the INTEGER PRIMARY KEY column, so %1 gets no numbers of its own.")
                        .arg(object, table.name));
        }
    }
    return problems;
}

QVector<Problem> DialectChecker::checkTranslations(const Schema &schema, Dialect dialect)
{
    QVector<Problem> problems;
    Dialect source;
    if (!Dialects::fromId(schema.sourceDialect, &source))
        return problems; // designed in Joinery: the expressions are the user's, for any target
    const auto generator = DdlGenerator::create(dialect);
    const auto *base = static_cast<const BaseDdlGenerator *>(generator.get());
    if (base->isNative(schema.sourceDialect))
        return problems;
    const QString to = Dialects::displayName(dialect);
    const QSet<Id> keyColumns = TypeTranslator::keyColumns(schema);
    // Failures do not depend on quoting.
    const ExpressionTranslator::Quote quote = [](const QString &name) {
        return name;
    };
    for (Id tableId : schema.tableIds()) {
        const Table &table = *schema.table(tableId);
        for (const Column &column : table.columns) {
            const QString object = schema.describe(column.id);
            const TypeTranslation type
                = TypeTranslator::translate(schema, keyColumns, column, source, dialect);
            if (!type.failure.isEmpty())
                problems << Problem::make(
                    Severity::Error, "dialect-type-untranslatable", column.id, object,
                    tr("%1 cannot be created in %2: %3.").arg(object, to, type.failure));
            else if (!type.loss.isEmpty())
                problems << Problem::make(
                    Severity::Warning, "dialect-type-lossy", column.id, object,
                    tr("%1 is written as %2 in %3: %4.")
                        .arg(object, base->typeName(type.column), to, type.loss));
            if (!column.onUpdateValue.trimmed().isEmpty() && !Dialects::isMySqlFamily(dialect))
                problems << Problem::make(
                    Severity::Warning, "dialect-on-update-dropped", column.id, object,
                    tr("%1 is ON UPDATE %2, which %3 does not have (it needs a "
                       "trigger): the column is no longer updated by itself.")
                        .arg(object, column.onUpdateValue.simplified(), to));
            // As the generator decides: a sequence default of an auto-increment column is the
            // target's own auto-increment.
            const bool sequenceDefault = column.autoIncrement
                && column.defaultValue.trimmed().startsWith(QLatin1String("nextval("),
                                                            Qt::CaseInsensitive);
            if (column.hasDefault() && !column.isGenerated() && !sequenceDefault) {
                const ExpressionTranslation value = ExpressionTranslator::translateDefault(
                    column.defaultValue, source, dialect, type.column.type, quote);
                if (!value.failure.isEmpty())
                    problems << Problem::make(
                        Severity::Error, "dialect-default-untranslatable", column.id, object,
                        tr("DEFAULT %1 of %2 is left out of the %3 script: %4.")
                            .arg(column.defaultValue.simplified().left(80), object, to,
                                 value.failure));
            }
            if (column.isGenerated()) {
                const ExpressionTranslation value
                    = ExpressionTranslator::translate(column.generatedExpression, source, dialect,
                                                      ExpressionTranslator::Use::Generated, quote);
                if (!value.failure.isEmpty())
                    problems << Problem::make(
                        Severity::Error, "dialect-expression-untranslatable", column.id, object,
                        tr("The generated column %1 (%2) cannot be written for %3: "
                           "%4.")
                            .arg(object, column.generatedExpression.simplified().left(80), to,
                                 value.failure));
            }
        }
        for (const CheckConstraint &check : table.checks) {
            const ExpressionTranslation value = ExpressionTranslator::translate(
                check.expression, source, dialect, ExpressionTranslator::Use::Check, quote);
            if (!value.failure.isEmpty())
                problems << Problem::make(
                    Severity::Error, "dialect-check-untranslatable", table.id,
                    schema.describe(table.id),
                    tr("CHECK (%1) is left out of the %2 script: %3.")
                        .arg(check.expression.simplified().left(80), to, value.failure));
        }
    }
    return problems;
}
