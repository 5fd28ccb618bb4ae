#include "crossdialectschema.h"

#include "baseddlgenerator.h"
#include "ddlgenerator.h"
#include "dialectrules.h"
#include "expressiontranslator.h"
#include "generatednames.h"

#include "../table.h"

#include <QHash>
#include <QSet>

namespace {

enum class Comparison { Binary, CaseInsensitive, Unknown };

Comparison comparisonOf(const QString &collation)
{
    const QString c = collation.trimmed().toLower().remove(QLatin1Char('"'));
    if (c == QLatin1String("binary") || c == QLatin1String("c") || c == QLatin1String("posix")
        || c == QLatin1String("ucs_basic") || c.endsWith(QLatin1String("_bin"))
        || c.contains(QLatin1String("_bin2")) || c.contains(QLatin1String("_cs_"))
        || c.endsWith(QLatin1String("_cs")))
        return Comparison::Binary;
    if (c == QLatin1String("nocase") || c.endsWith(QLatin1String("_ci"))
        || c.contains(QLatin1String("_ci_")))
        return Comparison::CaseInsensitive;
    return Comparison::Unknown;
}

// The target's own collation that compares as `collation` does; empty when it has none.
QString collationFor(const QString &collation, Dialect target)
{
    switch (comparisonOf(collation)) {
    case Comparison::Binary:
        switch (target) {
        case Dialect::SQLite:
            return QStringLiteral("BINARY");
        case Dialect::PostgreSQL:
            return QStringLiteral("C");
        case Dialect::MySQL:
        case Dialect::MariaDB:
            return QStringLiteral("utf8mb4_bin");
        case Dialect::SqlServer:
            return QStringLiteral("Latin1_General_BIN2");
        }
        break;
    case Comparison::CaseInsensitive:
        switch (target) {
        case Dialect::SQLite:
            return QStringLiteral("NOCASE");
        case Dialect::PostgreSQL:
            return {}; // only nondeterministic ICU collations, which must be created first
        case Dialect::MySQL:
        case Dialect::MariaDB:
            return QStringLiteral("utf8mb4_general_ci");
        case Dialect::SqlServer:
            return QStringLiteral("SQL_Latin1_General_CP1_CI_AS");
        }
        break;
    case Comparison::Unknown:
        break;
    }
    return {};
}

class Preparer
{
    Q_DECLARE_TR_FUNCTIONS(CrossDialectSchema)
public:
    Preparer(CrossDialectSchema *out, Dialect source, Dialect target)
        : m_out(out)
        , m_source(source)
        , m_target(target)
        , m_targetName(Dialects::displayName(target))
    {
    }
    void run();

private:
    void collations(Table *table);
    void indexes(Table *table);
    void autoIncrement(Table *table);
    void names();
    QString mappedCollation(const QString &collation, Id objectId, const QString &object);

    CrossDialectSchema *m_out;
    const Dialect m_source;
    const Dialect m_target;
    const QString m_targetName;
};

void Preparer::autoIncrement(Table *table)
{
    // One generated key per table, leading an index (what MySQL and SQL Server accept): a
    // PostgreSQL serial or nextval() default elsewhere in the table stays a plain column, and its
    // default (a sequence call) is what the checker reports.
    bool seen = false;
    for (Column &column : table->columns) {
        if (!column.autoIncrement)
            continue;
        if (seen || !table->hasIndexLeadingWith({column.id})) {
            column.autoIncrement = false;
            const QString object = table->name + QLatin1Char('.') + column.name;
            m_out->problems << Problem::make(
                Severity::Warning, "dialect-auto-increment-dropped", column.id, object,
                tr("%1 is numbered by the engine, but %2 allows one such column per table, "
                   "leading an index: it is written as a plain column, without numbers of "
                   "its own.")
                    .arg(object, m_targetName));
        }
        seen = seen || column.autoIncrement;
    }
}

void Preparer::run()
{
    Schema &schema = m_out->schema;
    for (Id tableId : schema.tableIds()) {
        Table table = *schema.table(tableId);
        collations(&table);
        indexes(&table);
        autoIncrement(&table);
        schema.replaceTable(table);
    }
    names();
}

QString Preparer::mappedCollation(const QString &collation, Id objectId, const QString &object)
{
    if (collation.trimmed().isEmpty())
        return collation;
    const QString mapped = collationFor(collation, m_target);
    if (mapped.isEmpty())
        m_out->problems << Problem::make(
            Severity::Warning, "dialect-collation-dropped", objectId, object,
            tr("%1: the collation %2 has no counterpart in %3 and is left "
               "out; values compare by the database's default.")
                .arg(object, collation, m_targetName));
    return mapped;
}

void Preparer::collations(Table *table)
{
    const Schema &schema = m_out->schema;
    for (Column &column : table->columns)
        column.collation = mappedCollation(column.collation, column.id, schema.describe(column.id));
    for (TableIndex &index : table->indexes) {
        for (IndexPart &part : index.parts)
            part.collation = mappedCollation(part.collation, index.id,
                                             table->name + QLatin1Char('.') + index.name);
    }
    // Table options are the source dialect's own; the generators write them natively only.
    table->options.collation.clear();
}

void Preparer::indexes(Table *table)
{
    QVector<TableIndex> kept;
    for (TableIndex index : table->indexes) {
        const QString object = table->name + QLatin1Char('.')
            + (index.name.isEmpty() ? tr("(unnamed index)") : index.name);
        QStringList dropped;
        if (index.hasExpressions()) {
            bool translatable = m_target == Dialect::PostgreSQL || m_target == Dialect::SQLite;
            for (int i = 0; i < index.columns.size() && translatable; ++i) {
                if (index.columns.at(i) != 0)
                    continue;
                IndexPart part = index.part(i);
                const ExpressionTranslation t = ExpressionTranslator::translate(
                    part.expression, m_source, m_target, ExpressionTranslator::Use::Generated,
                    [](const QString &name) { return name; });
                translatable = t.failure.isEmpty();
            }
            if (!translatable) {
                m_out->problems << Problem::make(
                    Severity::Warning, "dialect-index-dropped", table->id, object,
                    tr("%1 indexes an expression, which Joinery does not "
                       "write for %2: the index is left out.")
                        .arg(object, m_targetName));
                continue;
            }
        }
        if (!index.kind.isEmpty() && !Dialects::isMySqlFamily(m_target)) {
            // A FULLTEXT or SPATIAL index searches differently from any plain index: as a
            // plain one it would only limit the column's length.
            m_out->problems << Problem::make(
                Severity::Warning, "dialect-index-dropped", table->id, object,
                tr("%1 is a %2 index, which %3 does not have: the index is "
                   "left out.")
                    .arg(object, index.kind.toUpper(), m_targetName));
            continue;
        }
        const QString method = index.method.toLower();
        if (!method.isEmpty() && method != QLatin1String("btree")
            && method != QLatin1String("hash")) {
            // GIN, GiST, BRIN … index what is inside a value (array elements, ranges, words):
            // as a plain index they would only limit the column's length.
            m_out->problems << Problem::make(
                Severity::Warning, "dialect-index-dropped", table->id, object,
                tr("%1 is a %2 index, which %3 does not have: the index is "
                   "left out.")
                    .arg(object, index.method, m_targetName));
            continue;
        }
        if (m_target != Dialect::PostgreSQL)
            index.method.clear(); // only PostgreSQL writes USING before the columns
        for (IndexPart &part : index.parts) {
            if (!part.operatorClass.isEmpty() && m_target != Dialect::PostgreSQL) {
                dropped << tr("the operator class %1").arg(part.operatorClass);
                part.operatorClass.clear();
            }
            if (!part.nullsOrder.isEmpty() && m_target != Dialect::PostgreSQL)
                part.nullsOrder.clear();
            if (part.prefixLength > 0 && !Dialects::isMySqlFamily(m_target))
                part.prefixLength = 0;
        }
        if (!index.includeColumns.isEmpty() && m_target != Dialect::PostgreSQL
            && m_target != Dialect::SqlServer) {
            dropped << tr("INCLUDE");
            index.includeColumns.clear();
        }
        if (index.isPartial()) {
            const ExpressionTranslation t = ExpressionTranslator::translate(
                index.predicate, m_source, m_target, ExpressionTranslator::Use::Check,
                [](const QString &name) { return name; });
            // SQL Server's filtered indexes take only simple comparisons.
            if (Dialects::isMySqlFamily(m_target) || m_target == Dialect::SqlServer
                || !t.failure.isEmpty()) {
                dropped << tr("the condition WHERE %1 (the index covers every row)")
                               .arg(index.predicate.simplified().left(60));
                index.predicate.clear();
            }
        }
        if (!index.options.isEmpty()) {
            dropped << index.options.simplified().left(40);
            index.options.clear();
        }
        if (!dropped.isEmpty())
            m_out->problems << Problem::make(
                Severity::Warning, "dialect-index-changed", index.id, object,
                tr("%1: written without %2, which %3 does not have.")
                    .arg(object, dropped.join(QStringLiteral(", ")), m_targetName));
        kept << index;
    }
    table->indexes = kept;
}

void Preparer::names()
{
    // Which names share one namespace for the whole schema in the target (see
    // DialectChecker::checkNames and foreign-keys-by-dialect.md §6): a name unique per table in
    // the source may clash there.
    Schema &schema = m_out->schema;
    const bool indexWide = m_target == Dialect::PostgreSQL || m_target == Dialect::SQLite;
    const bool uniqueWide = m_target == Dialect::PostgreSQL || m_target == Dialect::SqlServer;
    const bool keyWide = Dialects::isMySqlFamily(m_target) || m_target == Dialect::SqlServer;
    const int limit = DialectRules::maxIdentifierLength(m_target);
    const bool exact = m_target == Dialect::PostgreSQL; // the others compare without case
    QSet<QString> used;
    auto spelled = [&](const Table &table, const QString &name) {
        return table.schemaName + QChar(0x1f) + (exact ? name : name.toLower());
    };
    for (Id tableId : schema.tableIds())
        used.insert(spelled(*schema.table(tableId), schema.table(tableId)->name));

    auto rename = [&](const Table &table, const QString &name, bool wide, Id id,
                      const QString &object) -> QString {
        if (name.isEmpty())
            return name;
        QString result = GeneratedNames::fit(name, limit);
        const bool tooLong = result != name;
        bool clash = false;
        if (wide && used.contains(spelled(table, result))) {
            clash = true;
            const QString base = table.name + QLatin1Char('_') + name;
            result = GeneratedNames::fit(base, limit);
            for (int n = 2; used.contains(spelled(table, result)); ++n)
                result = GeneratedNames::fit(base + QLatin1Char('_') + QString::number(n), limit);
        }
        if (wide)
            used.insert(spelled(table, result));
        if (clash)
            m_out->problems << Problem::make(
                Severity::Info, "dialect-name-changed", id, object,
                tr("\"%1\" is also used in another table, and %2 has one "
                   "namespace for such names: it is called \"%3\" here.")
                    .arg(name, m_targetName, result));
        else if (tooLong)
            m_out->problems << Problem::make(Severity::Info, "dialect-name-changed", id, object,
                                             tr("\"%1\" is over %2's limit of %3 characters: it is "
                                                "called \"%4\" here.")
                                                 .arg(name, m_targetName)
                                                 .arg(limit)
                                                 .arg(result));
        return result;
    };
    for (Id tableId : schema.tableIds()) {
        Table table = *schema.table(tableId);
        table.primaryKeyName
            = rename(table, table.primaryKeyName, uniqueWide, table.id, table.name);
        for (UniqueConstraint &u : table.uniqueConstraints)
            u.name
                = rename(table, u.name, uniqueWide, u.id, table.name + QLatin1Char('.') + u.name);
        for (TableIndex &index : table.indexes)
            index.name = rename(table, index.name, indexWide, index.id,
                                table.name + QLatin1Char('.') + index.name);
        schema.replaceTable(table);
    }
    for (Id keyId : schema.foreignKeyIds()) {
        ForeignKey key = *schema.foreignKey(keyId);
        const Table *child = schema.table(key.childTable);
        if (!child)
            continue;
        key.name = rename(*child, key.name, keyWide, key.id, schema.describe(key.id));
        schema.replaceForeignKey(key);
    }
}

} // namespace

bool CrossDialectSchema::isTranslated(const Schema &schema, Dialect target)
{
    Dialect source;
    if (!Dialects::fromId(schema.sourceDialect, &source))
        return false;
    const auto generator = DdlGenerator::create(target);
    return !static_cast<const BaseDdlGenerator *>(generator.get())->isNative(schema.sourceDialect);
}

CrossDialectSchema CrossDialectSchema::prepare(const Schema &schema, Dialect target)
{
    CrossDialectSchema result;
    result.schema = schema;
    Dialect source;
    if (!isTranslated(schema, target) || !Dialects::fromId(schema.sourceDialect, &source))
        return result;
    Preparer(&result, source, target).run();
    for (Problem &p : result.problems)
        p.dialect = Dialects::id(target);
    return result;
}
