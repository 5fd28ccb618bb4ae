#include "drizzlegenerator.h"

#include "drizzlemssqlgenerator.h"
#include "drizzlemysqlgenerator.h"
#include "drizzlenames.h"
#include "drizzlepggenerator.h"
#include "drizzlesqlitegenerator.h"
#include "schema.h"
#include "tabledependencyorder.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {
const QString indent = QStringLiteral("    ");

QString quote(const QString &text)
{
    QString result = QStringLiteral("'");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            result += QLatin1String("\\\\");
            break;
        case '\'':
            result += QLatin1String("\\'");
            break;
        case '\n':
            result += QLatin1String("\\n");
            break;
        case '\r':
            result += QLatin1String("\\r");
            break;
        case '\t':
            result += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x2028 || c.unicode() == 0x2029)
                result += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                result += c;
        }
    }
    return result + QLatin1Char('\'');
}

// Comment lines never break out of a `//` comment: one per line of text, wrapped at words to
// keep lines near 100 columns.
QStringList commentLines(const QString &text, const QString &prefix)
{
    static const QRegularExpression lineBreak(QStringLiteral("[\\r\\n\\x{2028}\\x{2029}]"));
    const int width = 100 - prefix.size() - 3;
    QStringList lines;
    for (const QString &line : text.split(lineBreak)) {
        QString current;
        for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!current.isEmpty() && current.size() + 1 + word.size() > width) {
                lines << prefix + QStringLiteral("// ") + current;
                current.clear();
            }
            current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        if (!current.isEmpty())
            lines << prefix + QStringLiteral("// ") + current;
    }
    return lines;
}

// The default as Drizzle's .default() wants it: a TypeScript literal when the SQL is a plain
// literal of the column's own kind, else the SQL expression as written, through sql``.
QString defaultArgument(const Column &column, const QString &sqlExpression, bool *usesSql)
{
    const QString expression = column.defaultValue.trimmed();
    static const QRegularExpression integer(QStringLiteral("^-?[0-9]{1,15}$"));
    static const QRegularExpression decimal(QStringLiteral("^-?[0-9]{1,15}(\\.[0-9]{1,15})?$"));
    static const QRegularExpression quoted(QStringLiteral("^'((?:[^']|'')*)'$"));
    switch (column.type.kind()) {
    case LogicalType::SmallInt:
    case LogicalType::Integer:
    case LogicalType::BigInt:
        if (integer.match(expression).hasMatch())
            return expression;
        break;
    case LogicalType::Real:
    case LogicalType::Double:
        if (decimal.match(expression).hasMatch())
            return expression;
        break;
    case LogicalType::Boolean:
        if (expression.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("true");
        if (expression.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return QStringLiteral("false");
        break;
    case LogicalType::Char:
    case LogicalType::Varchar:
    case LogicalType::Text:
    case LogicalType::Uuid: {
        const QRegularExpressionMatch match = quoted.match(expression);
        if (match.hasMatch()) {
            QString text = match.captured(1);
            text.replace(QLatin1String("''"), QLatin1String("'"));
            return quote(text);
        }
        break;
    }
    default:
        break;
    }
    QString escaped = sqlExpression;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('`'), QLatin1String("\\`"));
    escaped.replace(QLatin1String("${"), QLatin1String("\\${"));
    *usesSql = true;
    return QStringLiteral("sql`%1`").arg(escaped);
}

// "t.a, t.b"
QString refs(const QString &owner, const QStringList &keys)
{
    QStringList result;
    for (const QString &key : keys)
        result << owner + QLatin1Char('.') + key;
    return result.join(QLatin1String(", "));
}

QString joinedRefs(const QString &owner, const QStringList &keys)
{
    return QLatin1Char('[') + refs(owner, keys) + QLatin1Char(']');
}

// Members of Drizzle's table objects: a column key must not shadow them.
const QSet<QString> &tableMembers()
{
    static const QSet<QString> members = {
        QStringLiteral("_"),
        QStringLiteral("getSQL"),
        QStringLiteral("enableRLS"),
        QStringLiteral("shouldOmitSQLParens"),
        QStringLiteral("$inferSelect"),
        QStringLiteral("$inferInsert"),
        QStringLiteral("$columns"),
    };
    return members;
}
} // namespace

// Holds what one generate() call needs: names of tables and columns, imports, order.
class DrizzleGenerator::Writer
{
public:
    Writer(const DrizzleGenerator &generator, const Schema &schema)
        : m_generator(generator)
        , m_schema(schema)
        , m_order(schema)
    {
    }

    QString write();

private:
    void nameEverything();
    QStringList writeTable(const Table &table);
    QString columnKey(Id columnId) const { return m_columnKeys.value(columnId); }
    QStringList columnKeys(const QVector<Id> &columnIds) const;
    QString keyActions(const ForeignKey &key, QStringList *notes, bool chained) const;
    QStringList keyNotes(const ForeignKey &key) const;
    QString keyLabel(const ForeignKey &key) const;
    bool writesAsReference(const ForeignKey &key) const;

    const DrizzleGenerator &m_generator;
    const Schema &m_schema;
    TableDependencyOrder m_order;
    QHash<Id, int> m_keyPosition; // document order of the keys
    QHash<Id, QString> m_tableConsts;
    QHash<Id, QString> m_columnKeys;
    Imports m_imports;
};

void DrizzleGenerator::Writer::nameEverything()
{
    const QVector<Id> &keys = m_schema.foreignKeyIds();
    for (int i = 0; i < keys.size(); ++i)
        m_keyPosition.insert(keys.at(i), i);

    // Every identifier the module may import is reserved, used or not, so that adding a
    // column of another type never renames a table.
    QSet<QString> reserved = {
        m_generator.tableFunction(),   m_generator.anyColumnType(),  m_generator.extraConfigType(),
        QStringLiteral("sql"),         QStringLiteral("t"),          QStringLiteral("customType"),
        QStringLiteral("primaryKey"),  QStringLiteral("foreignKey"), QStringLiteral("index"),
        QStringLiteral("uniqueIndex"), QStringLiteral("unique")};
    for (const QString &name : m_generator.moduleIdentifiers())
        reserved.insert(name);
    DrizzleNames tableNames(reserved, QStringLiteral("Table"));
    for (Id tableId : m_order.tables()) {
        const Table *table = m_schema.table(tableId);
        m_tableConsts.insert(tableId, tableNames.take(table->name, QStringLiteral("table")));
        DrizzleNames columnNames(tableMembers(), QStringLiteral("Column"), false);
        for (const Column &column : table->columns)
            m_columnKeys.insert(column.id, columnNames.take(column.name, QStringLiteral("column")));
    }
}

QStringList DrizzleGenerator::Writer::columnKeys(const QVector<Id> &columnIds) const
{
    QStringList keys;
    for (Id id : columnIds)
        keys << columnKey(id);
    return keys;
}

bool DrizzleGenerator::Writer::writesAsReference(const ForeignKey &key) const
{
    // .references() has one column and no name: Drizzle names the key itself. So a key is
    // written that way only when nothing is lost: it has no name, or the very name Drizzle
    // gives it. Every other key is a foreignKey() builder carrying its name.
    if (key.childColumns.size() != 1 || key.parentColumns.size() != 1)
        return false;
    return key.name.isEmpty() || key.name == DrizzleGenerator::defaultKeyName(m_schema, key);
}

// "fk_orders_user" or, for an unnamed key, "orders(user_id) → users(id)".
QString DrizzleGenerator::Writer::keyLabel(const ForeignKey &key) const
{
    if (!key.name.isEmpty())
        return key.name;
    const Table *child = m_schema.table(key.childTable);
    const Table *parent = m_schema.table(key.parentTable);
    const auto columns = [](const Table *table, const QVector<Id> &ids) {
        QStringList names;
        for (Id id : ids)
            names << (table->column(id) ? table->column(id)->name : QString());
        return names.join(QLatin1String(", "));
    };
    return QStringLiteral("%1(%2) → %3(%4)")
        .arg(child->name, columns(child, key.childColumns), parent->name,
             columns(parent, key.parentColumns));
}

QStringList DrizzleGenerator::Writer::keyNotes(const ForeignKey &key) const
{
    QStringList notes;
    if (key.deferrability != Deferrability::NotDeferrable)
        notes << DrizzleGenerator::tr("%1 is %2 in Joinery; Drizzle cannot declare deferrable "
                                      "keys, so it is created NOT DEFERRABLE.")
                     .arg(keyLabel(key),
                          key.deferrability == Deferrability::DeferrableDeferred
                              ? QStringLiteral("DEFERRABLE INITIALLY DEFERRED")
                              : QStringLiteral("DEFERRABLE INITIALLY IMMEDIATE"));
    if (key.match == MatchType::Full)
        notes << DrizzleGenerator::tr("%1 is MATCH FULL in Joinery; Drizzle cannot declare it, so "
                                      "it is created MATCH SIMPLE.")
                     .arg(keyLabel(key));
    return notes;
}

// `{ onDelete: 'cascade' }` for .references(), or `.onDelete('cascade')` for foreignKey().
QString DrizzleGenerator::Writer::keyActions(const ForeignKey &key, QStringList *notes,
                                             bool chained) const
{
    QStringList actionNotes;
    const QString onDelete
        = m_generator.actionSpelling(key.onDelete, QStringLiteral("DELETE"), &actionNotes);
    const QString onUpdate
        = m_generator.actionSpelling(key.onUpdate, QStringLiteral("UPDATE"), &actionNotes);
    for (const QString &note : std::as_const(actionNotes))
        *notes << keyLabel(key) + QStringLiteral(": ") + note;
    if (chained) {
        QString text;
        if (!onDelete.isEmpty())
            text += QStringLiteral(".onDelete(%1)").arg(quote(onDelete));
        if (!onUpdate.isEmpty())
            text += QStringLiteral(".onUpdate(%1)").arg(quote(onUpdate));
        return text;
    }
    QStringList options;
    if (!onDelete.isEmpty())
        options << QStringLiteral("onDelete: %1").arg(quote(onDelete));
    if (!onUpdate.isEmpty())
        options << QStringLiteral("onUpdate: %1").arg(quote(onUpdate));
    return options.isEmpty() ? QString()
                             : QStringLiteral(", { %1 }").arg(options.join(QLatin1String(", ")));
}

QStringList DrizzleGenerator::Writer::writeTable(const Table &table)
{
    QStringList lines;
    const QString tableConst = m_tableConsts.value(table.id);
    lines += commentLines(table.comment, QString());
    lines << QStringLiteral("export const %1 = %2(%3, {")
                 .arg(tableConst, m_generator.tableFunction(), quote(table.name));

    const bool solePrimaryKey = table.primaryKey.size() == 1 && table.primaryKeyName.isEmpty();
    QVector<const ForeignKey *> tableKeys;
    QHash<Id, QVector<const ForeignKey *>> columnReferences;
    for (Id keyId : m_schema.foreignKeysOfTable(table.id)) {
        const ForeignKey *key = m_schema.foreignKey(keyId);
        if (key->childTable != table.id || !m_schema.table(key->parentTable))
            continue;
        if (writesAsReference(*key))
            columnReferences[key->childColumns.first()] << key;
        else
            tableKeys << key;
    }
    std::sort(tableKeys.begin(), tableKeys.end(), [this](const ForeignKey *a, const ForeignKey *b) {
        return m_keyPosition.value(a->id) < m_keyPosition.value(b->id);
    });
    QSet<Id> uniqueColumns; // unnamed single-column unique constraints, written as .unique()
    for (const UniqueConstraint &unique : table.uniqueConstraints) {
        if (unique.name.isEmpty() && unique.columns.size() == 1)
            uniqueColumns.insert(unique.columns.first());
    }

    for (const Column &column : table.columns) {
        QStringList notes;
        QString code = m_generator.columnBuilder(column, &m_imports, &notes);
        const bool isSoleKey = solePrimaryKey && table.primaryKey.first() == column.id;
        if (isSoleKey)
            code += m_generator.primaryKeyCall(column, &notes);
        else if (!column.nullable)
            code += QStringLiteral(".notNull()");
        if (column.autoIncrement)
            code += m_generator.autoIncrementCall(column, isSoleKey, &notes);
        if (column.hasDefault())
            code += QStringLiteral(".default(%1)")
                        .arg(defaultArgument(column, m_generator.sqlDefault(column),
                                             &m_imports.sql));
        if (uniqueColumns.contains(column.id))
            code += QStringLiteral(".unique()");
        for (const ForeignKey *key : columnReferences.value(column.id)) {
            notes += keyNotes(*key);
            const QString parent = m_tableConsts.value(key->parentTable) + QLatin1Char('.')
                + columnKey(key->parentColumns.first());
            // Inside a cycle the type checker would need the parent's type to infer the
            // child's: the explicit return type breaks the circle.
            QString returnType;
            if (m_order.inCycle(key->childTable, key->parentTable)) {
                m_imports.types.insert(m_generator.anyColumnType());
                returnType = QStringLiteral(": ") + m_generator.anyColumnType();
            }
            code += QStringLiteral(".references(()%1 => %2%3)")
                        .arg(returnType, parent, keyActions(*key, &notes, false));
        }
        if (!column.comment.trimmed().isEmpty())
            lines += commentLines(column.comment, indent);
        for (const QString &note : std::as_const(notes))
            lines += commentLines(DrizzleGenerator::tr("Note: %1").arg(note), indent);
        lines << indent + QStringLiteral("%1: %2,").arg(columnKey(column.id), code);
    }

    QStringList extras;
    bool extrasNeedType = false;
    if (!table.primaryKey.isEmpty() && !solePrimaryKey) {
        m_imports.values.insert(QStringLiteral("primaryKey"));
        const QString name = table.primaryKeyName.isEmpty()
            ? QString()
            : QStringLiteral("name: %1, ").arg(quote(table.primaryKeyName));
        extras << indent
                + QStringLiteral("primaryKey({ %1columns: %2 }),")
                      .arg(name, joinedRefs(QStringLiteral("t"), columnKeys(table.primaryKey)));
    }
    for (const UniqueConstraint &unique : table.uniqueConstraints) {
        if (unique.columns.isEmpty() || (unique.name.isEmpty() && unique.columns.size() == 1))
            continue;
        m_imports.values.insert(QStringLiteral("unique"));
        const QString keys = refs(QStringLiteral("t"), columnKeys(unique.columns));
        extras << indent
                + QStringLiteral("unique(%1).on(%2),")
                      .arg(unique.name.isEmpty() ? QString() : quote(unique.name), keys);
    }
    for (const TableIndex &index : table.indexes) {
        if (index.columns.isEmpty())
            continue;
        const QString function
            = index.unique ? QStringLiteral("uniqueIndex") : QStringLiteral("index");
        m_imports.values.insert(function);
        QStringList columnNames;
        for (Id id : index.columns)
            columnNames << (table.column(id) ? table.column(id)->name : QString());
        // Drizzle requires an index name; an unnamed index gets the usual one.
        const QString name = index.name.isEmpty()
            ? QStringLiteral("ix_%1_%2").arg(table.name, columnNames.join(QLatin1Char('_')))
            : index.name;
        const QString keys = refs(QStringLiteral("t"), columnKeys(index.columns));
        extras << indent + QStringLiteral("%1(%2).on(%3),").arg(function, quote(name), keys);
    }
    for (const ForeignKey *key : std::as_const(tableKeys)) {
        m_imports.values.insert(QStringLiteral("foreignKey"));
        QStringList notes = keyNotes(*key);
        // A self-reference names its parent columns through `t`, which needs no annotation.
        const bool self = key->isSelfReference();
        const QString parent = self ? QStringLiteral("t") : m_tableConsts.value(key->parentTable);
        if (!self && m_order.inCycle(key->childTable, key->parentTable))
            extrasNeedType = true;
        const QString actions = keyActions(*key, &notes, true);
        for (const QString &note : std::as_const(notes))
            extras += commentLines(DrizzleGenerator::tr("Note: %1").arg(note), indent);
        extras << indent + QStringLiteral("foreignKey({");
        if (!key->name.isEmpty())
            extras << indent + indent + QStringLiteral("name: %1,").arg(quote(key->name));
        extras << indent + indent
                + QStringLiteral("columns: %1,")
                      .arg(joinedRefs(QStringLiteral("t"), columnKeys(key->childColumns)));
        extras << indent + indent
                + QStringLiteral("foreignColumns: %1,")
                      .arg(joinedRefs(parent, columnKeys(key->parentColumns)));
        extras << indent + QStringLiteral("})%1,").arg(actions);
    }

    if (extras.isEmpty()) {
        lines << QStringLiteral("});");
        return lines;
    }
    // Same reason as for .references(): a key into the table's own cycle needs the callback's
    // type spelled out, or the checker goes round in circles.
    QString returnType;
    if (extrasNeedType) {
        m_imports.types.insert(m_generator.extraConfigType());
        returnType = QStringLiteral(": %1[]").arg(m_generator.extraConfigType());
    }
    lines << QStringLiteral("}, (t)%1 => [").arg(returnType);
    lines += extras;
    lines << QStringLiteral("]);");
    return lines;
}

QString DrizzleGenerator::Writer::write()
{
    nameEverything();
    m_imports.values.insert(m_generator.tableFunction());
    QStringList body;
    for (Id tableId : m_order.tables()) {
        body << QString();
        body += writeTable(*m_schema.table(tableId));
    }

    QStringList lines;
    const QString schemaName = m_schema.name.simplified();
    lines << QStringLiteral("// Drizzle ORM schema%1 for %2, written by Joinery.")
                 .arg(schemaName.isEmpty() ? QString() : QLatin1Char(' ') + quote(schemaName),
                      DrizzleTargets::coreModule(m_generator.target()));
    lines << QStringLiteral("// Tables come in dependency order: parents before their children.");
    if (m_order.tables().isEmpty()) {
        lines << QStringLiteral("export {};");
        return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    if (m_imports.sql)
        lines << QStringLiteral("import { sql } from 'drizzle-orm';");
    QStringList values = m_imports.values.values();
    std::sort(values.begin(), values.end());
    QStringList types = m_imports.types.values();
    std::sort(types.begin(), types.end());
    for (const QString &type : std::as_const(types))
        values << QStringLiteral("type ") + type;
    const QString module = quote(DrizzleTargets::coreModule(m_generator.target()));
    const QString single
        = QStringLiteral("import { %1 } from %2;").arg(values.join(QLatin1String(", ")), module);
    if (single.size() <= 100) {
        lines << single;
    } else {
        lines << QStringLiteral("import {");
        for (const QString &value : std::as_const(values))
            lines << indent + value + QLatin1Char(',');
        lines << QStringLiteral("} from %1;").arg(module);
    }
    lines += body;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

std::unique_ptr<DrizzleGenerator> DrizzleGenerator::create(DrizzleTarget target)
{
    switch (target) {
    case DrizzleTarget::SQLite:
        return std::make_unique<DrizzleSqliteGenerator>();
    case DrizzleTarget::PostgreSQL:
        return std::make_unique<DrizzlePgGenerator>();
    case DrizzleTarget::MySQL:
        return std::make_unique<DrizzleMySqlGenerator>();
    case DrizzleTarget::SqlServer:
        return std::make_unique<DrizzleMsSqlGenerator>();
    }
    return nullptr;
}

QString DrizzleGenerator::generate(const Schema &schema) const
{
    return Writer(*this, schema).write();
}

QString DrizzleGenerator::sqlDefault(const Column &column) const
{
    return column.defaultValue.trimmed();
}

QString DrizzleGenerator::primaryKeyCall(const Column &, QStringList *) const
{
    return QStringLiteral(".primaryKey()");
}

QString DrizzleGenerator::actionSpelling(ReferentialAction action, const QString &,
                                         QStringList *) const
{
    switch (action) {
    case ReferentialAction::NoAction:
        return {};
    case ReferentialAction::Restrict:
        return QStringLiteral("restrict");
    case ReferentialAction::Cascade:
        return QStringLiteral("cascade");
    case ReferentialAction::SetNull:
        return QStringLiteral("set null");
    case ReferentialAction::SetDefault:
        return QStringLiteral("set default");
    }
    return {};
}

QString DrizzleGenerator::defaultKeyName(const Schema &schema, const ForeignKey &key)
{
    const Table *child = schema.table(key.childTable);
    const Table *parent = schema.table(key.parentTable);
    if (!child || !parent)
        return {};
    QStringList chunks{child->name};
    for (Id id : key.childColumns)
        chunks << (child->column(id) ? child->column(id)->name : QString());
    chunks << parent->name;
    for (Id id : key.parentColumns)
        chunks << (parent->column(id) ? parent->column(id)->name : QString());
    return chunks.join(QLatin1Char('_')) + QStringLiteral("_fk");
}

QString DrizzleGenerator::stringLiteral(const QString &text)
{
    return quote(text);
}

QString DrizzleGenerator::call(const QString &function, const QString &sqlName,
                               const QString &options)
{
    if (options.isEmpty())
        return QStringLiteral("%1(%2)").arg(function, quote(sqlName));
    return QStringLiteral("%1(%2, { %3 })").arg(function, quote(sqlName), options);
}

QString DrizzleGenerator::customBuilder(const QString &sqlName, const QString &sqlType,
                                        const QString &dataType, Imports *imports)
{
    imports->values.insert(QStringLiteral("customType"));
    return QStringLiteral("customType<{ data: %1 }>({ dataType: () => %2 })(%3)")
        .arg(dataType, quote(sqlType), quote(sqlName));
}
