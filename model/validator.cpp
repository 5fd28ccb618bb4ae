#include "validator.h"
#include "schema.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

QString columnList(const Table *table, const QVector<Id> &ids)
{
    QStringList names;
    for (Id id : ids) {
        const Column *c = table ? table->column(id) : nullptr;
        names << (c ? c->name : QStringLiteral("?"));
    }
    return names.join(QStringLiteral(", "));
}

// Integer in some dialect: the logical integers, and the integer types that the model keeps as
// written (MySQL's TINYINT and MEDIUMINT, SQL Server's TINYINT, PostgreSQL's int2/int4/int8),
// all of which take AUTO_INCREMENT or IDENTITY on their engine.
bool isIntegerType(const DataType &type)
{
    if (type.isInteger())
        return true;
    if (type.kind() != LogicalType::Custom)
        return false;
    static const QRegularExpression integer(
        QStringLiteral(
            "^(tinyint|mediumint|int[248]|integer|int|smallint|bigint)(\\s*\\(\\s*\\d+\\s*\\))?"
            "(\\s+(unsigned|signed|zerofill))*$"),
        QRegularExpression::CaseInsensitiveOption);
    return integer.match(type.customText().simplified()).hasMatch();
}

// SQLite's INTEGER PRIMARY KEY: the rowid, never NULL. Only that exact type name makes one.
bool isRowidAlias(const Table &table, const Column &column)
{
    if (table.primaryKey.size() != 1 || table.primaryKey.first() != column.id)
        return false;
    if (column.typeDeclared)
        return column.declaredType.simplified().compare(QLatin1String("integer"),
                                                        Qt::CaseInsensitive)
            == 0;
    return column.type.kind() == LogicalType::Integer;
}

} // namespace

QVector<Problem> Validator::validate(const Schema &schema)
{
    QVector<Problem> problems;
    for (Id id : schema.tableIds())
        problems += checkTable(schema, *schema.table(id));
    for (Id id : schema.foreignKeyIds())
        problems += checkForeignKey(schema, *schema.foreignKey(id));
    problems += checkNames(schema);
    sort(&problems);
    return problems;
}

QVector<Problem> Validator::checkTable(const Schema &schema, const Table &table)
{
    QVector<Problem> problems;
    const QString name = table.name;
    // A partition has its partitioned parent's primary key: PostgreSQL makes it on each one.
    const Table *partitioned = schema.table(table.options.partitionOf);
    const bool keyedByParent = partitioned && !partitioned->primaryKey.isEmpty();
    if (table.name.trimmed().isEmpty())
        problems << Problem::make(Severity::Error, "table-name-empty", table.id,
                                  tr("(unnamed table)"), tr("The table has no name."));
    if (table.columns.isEmpty())
        problems << Problem::make(
            Severity::Warning, "table-without-columns", table.id, name,
            tr("Table \"%1\" has no columns; most engines reject it.").arg(name));
    else if (table.primaryKey.isEmpty() && !keyedByParent)
        problems << Problem::make(
            Severity::Info, "table-without-primary-key", table.id, name,
            tr("Table \"%1\" has no primary key, so no other table can reference "
               "its rows by key.")
                .arg(name));

    QHash<QString, int> columnNames;
    for (const Column &c : table.columns) {
        const QString object = name + QLatin1Char('.') + c.name;
        if (c.name.trimmed().isEmpty()) {
            problems << Problem::make(Severity::Error, "column-name-empty", c.id,
                                      name + QStringLiteral(".?"),
                                      tr("A column of table \"%1\" has no name.").arg(name));
        } else if (++columnNames[c.name.toLower()] == 2) {
            problems << Problem::make(
                Severity::Error, "column-name-duplicate", c.id, object,
                tr("Table \"%1\" has more than one column named \"%2\" (names are "
                   "compared without case).")
                    .arg(name, c.name));
        }
        // Declared without a type (SQLite; a SQL Server computed column): the engine's choice.
        if (c.type.kind() == LogicalType::Custom && c.type.customText().trimmed().isEmpty()
            && !c.typeDeclared)
            problems << Problem::make(Severity::Error, "column-type-empty", c.id, object,
                                      tr("Column \"%1\" has no type.").arg(object));
        if (c.type.hasLength() && c.type.length() == 0)
            problems << Problem::make(Severity::Error, "column-length-zero", c.id, object,
                                      tr("Column \"%1\" has length 0.").arg(object));
        if (c.type.kind() == LogicalType::Varchar && c.type.length() < 0)
            problems << Problem::make(
                Severity::Warning, "column-varchar-without-length", c.id, object,
                tr("Column \"%1\" is varchar without a length; MySQL, MariaDB and SQL "
                   "Server need one.")
                    .arg(object));
        if (c.type.hasPrecision() && c.type.scale() > c.type.length() && c.type.length() >= 0)
            problems << Problem::make(
                Severity::Error, "column-scale-exceeds-precision", c.id, object,
                tr("Column \"%1\": the scale %2 is larger than the precision %3.")
                    .arg(object)
                    .arg(c.type.scale())
                    .arg(c.type.length()));
        if (c.autoIncrement && !isIntegerType(c.type))
            problems << Problem::make(
                Severity::Error, "column-auto-increment-not-integer", c.id, object,
                tr("Column \"%1\" is auto-increment but of type %2; only integer "
                   "columns can be.")
                    .arg(object, c.type.toString()));
        if (c.isUnsigned && !c.type.isNumeric())
            problems << Problem::make(
                Severity::Warning, "column-unsigned-not-numeric", c.id, object,
                tr("Column \"%1\" is marked unsigned but is not a number.").arg(object));
        // Every engine takes it: PostgreSQL, MySQL, MariaDB and SQL Server make the column NOT
        // NULL; SQLite keeps the column nullable and stores NULL in the key (its old quirk),
        // except in a WITHOUT ROWID table and in an INTEGER PRIMARY KEY, the rowid itself.
        if (table.isPrimaryKeyColumn(c.id) && c.nullable && !table.options.withoutRowid
            && !isRowidAlias(table, c))
            problems << Problem::make(
                Severity::Warning, "primary-key-nullable", c.id, object,
                tr("Column \"%1\" is part of the primary key but allows NULL: SQLite "
                   "then stores NULL in the key; the other engines make the column "
                   "NOT NULL.")
                    .arg(object));
    }
    return problems;
}

QVector<Problem> Validator::checkForeignKey(const Schema &schema, const ForeignKey &key)
{
    QVector<Problem> problems;
    const Table *child = schema.table(key.childTable);
    const Table *parent = schema.table(key.parentTable);
    const QString object = (child ? child->name : QStringLiteral("?")) + QLatin1Char('.')
        + (key.name.isEmpty() ? QStringLiteral("?") : key.name);
    auto add = [&](Severity severity, const char *code, const QString &message) {
        problems << Problem::make(severity, code, key.id, object, message);
    };
    if (!child || !parent)
        return problems; // IntegrityCheck's business; cannot happen in a loaded document

    const QString keyName = key.name;
    // An unnamed key is not a problem: every engine names it (foreign-keys-by-dialect.md §6).
    if (key.childColumns.isEmpty()) {
        add(Severity::Error, "fk-without-columns",
            tr("Foreign key \"%1\" has no columns.").arg(keyName));
        return problems;
    }
    if (key.childColumns.size() != key.parentColumns.size()) {
        add(Severity::Error, "fk-column-count-mismatch",
            tr("Foreign key \"%1\" has %2 child columns but %3 parent columns.")
                .arg(keyName)
                .arg(key.childColumns.size())
                .arg(key.parentColumns.size()));
        return problems;
    }

    if (!parent->hasUniqueKey(key.parentColumns)) {
        add(Severity::Error, "fk-parent-not-unique",
            tr("Foreign key \"%1\" references %2(%3), which is not the primary key or a unique "
               "constraint of \"%2\" (in that column order).")
                .arg(keyName, parent->name, columnList(parent, key.parentColumns)));
    }

    if (key.isSelfReference() && key.childColumns == key.parentColumns)
        add(Severity::Error, "fk-references-itself",
            tr("Foreign key \"%1\" makes columns (%2) reference themselves.")
                .arg(keyName, columnList(child, key.childColumns)));

    for (int i = 0; i < key.childColumns.size(); ++i) {
        const Column *c = child->column(key.childColumns.at(i));
        const Column *p = parent->column(key.parentColumns.at(i));
        if (!c || !p)
            continue;
        const QString pair
            = QStringLiteral("%1.%2 → %3.%4").arg(child->name, c->name, parent->name, p->name);
        if (c->type.family() != p->type.family()) {
            add(Severity::Error, "fk-type-mismatch",
                tr("Foreign key \"%1\": %2 pairs %3 with %4; the engines cannot compare them.")
                    .arg(keyName, pair, c->type.toString(), p->type.toString()));
        } else if (c->type != p->type || c->isUnsigned != p->isUnsigned) {
            add(Severity::Warning, "fk-type-differs",
                tr("Foreign key \"%1\": %2 pairs %3%4 with %5%6; MySQL, MariaDB and SQL Server "
                   "need the exact same type.")
                    .arg(keyName, pair, c->type.toString(),
                         c->isUnsigned ? QStringLiteral(" unsigned") : QString(),
                         p->type.toString(),
                         p->isUnsigned ? QStringLiteral(" unsigned") : QString()));
        }
        if (c->collation != p->collation && (c->type.isString() || p->type.isString()))
            add(Severity::Warning, "fk-collation-differs",
                tr("Foreign key \"%1\": %2 has collation \"%3\" but the parent column has "
                   "\"%4\".")
                    .arg(keyName, pair, c->collation, p->collation));
    }

    struct Event
    {
        ReferentialAction action;
        const char *label;
    };
    for (const Event &event :
         {Event{key.onDelete, "ON DELETE"}, Event{key.onUpdate, "ON UPDATE"}}) {
        const QString when = QLatin1String(event.label);
        for (Id columnId : key.childColumns) {
            const Column *c = child->column(columnId);
            if (!c)
                continue;
            if (event.action == ReferentialAction::SetNull && !c->nullable)
                add(Severity::Error, "fk-set-null-not-nullable",
                    tr("Foreign key \"%1\" is %2 SET NULL but %3.%4 is NOT NULL: every such "
                       "change of a referenced parent row will fail.")
                        .arg(keyName, when, child->name, c->name));
            if (event.action == ReferentialAction::SetDefault && !c->hasDefault())
                add(c->nullable ? Severity::Warning : Severity::Error, "fk-set-default-no-default",
                    c->nullable ? tr("Foreign key \"%1\" is %2 SET DEFAULT but %3.%4 has no "
                                     "default: the engines will set it to NULL.")
                                      .arg(keyName, when, child->name, c->name)
                                : tr("Foreign key \"%1\" is %2 SET DEFAULT but %3.%4 has no "
                                     "default and is NOT NULL: every such change will fail.")
                                      .arg(keyName, when, child->name, c->name));
        }
    }
    if (!child->hasIndexLeadingWith(key.childColumns))
        problems << Problem::make(
            Severity::Warning, "fk-child-not-indexed", key.id, object,
            tr("No index on %1(%2): every delete or key update in \"%3\" scans "
               "\"%1\".")
                .arg(child->name, columnList(child, key.childColumns), parent->name));
    return problems;
}

QVector<Problem> Validator::checkNames(const Schema &schema)
{
    QVector<Problem> problems;
    QHash<QString, Id> tables;
    // Which other names must differ depends on the dialect (DialectChecker: PostgreSQL's key
    // names are per table, MySQL's per database, SQLite checks none); here only what every
    // engine rejects: two tables of one name, two indexes of one name on one table.
    for (Id id : schema.tableIds()) {
        const Table *t = schema.table(id);
        if (!t->name.trimmed().isEmpty()) {
            const QString folded = t->name.toLower();
            if (tables.contains(folded))
                problems << Problem::make(Severity::Error, "table-name-duplicate", t->id, t->name,
                                          tr("There is more than one table named \"%1\" (names are "
                                             "compared without case).")
                                              .arg(t->name));
            else
                tables.insert(folded, t->id);
        }
        QSet<QString> indexes;
        for (const TableIndex &i : t->indexes) {
            if (i.name.trimmed().isEmpty())
                continue;
            const QString folded = i.name.toLower();
            if (indexes.contains(folded))
                problems << Problem::make(
                    Severity::Error, "index-name-duplicate", i.id,
                    t->name + QLatin1Char('.') + i.name,
                    tr("Table \"%1\" has more than one index named \"%2\".").arg(t->name, i.name));
            else
                indexes.insert(folded);
        }
    }
    return problems;
}

void Validator::sort(QVector<Problem> *problems)
{
    std::stable_sort(problems->begin(), problems->end(), [](const Problem &a, const Problem &b) {
        if (a.severity != b.severity)
            return int(a.severity) < int(b.severity);
        if (a.object != b.object)
            return a.object < b.object;
        return a.code < b.code;
    });
}
