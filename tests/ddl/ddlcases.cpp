#include "ddlcases.h"

#include "schemareader.h"

#include <QDir>

Id SchemaBuilder::addTable(const QString &name, const QStringList &columnSpecs)
{
    Table table;
    table.id = schema.allocateId();
    table.name = name;
    for (const QString &spec : columnSpecs) {
        const QStringList parts = spec.split(QLatin1Char('|'));
        Column column;
        column.id = schema.allocateId();
        column.name = parts.value(0);
        column.type = DataType::parse(parts.value(1));
        for (const QString &flag : parts.mid(2)) {
            if (flag == QLatin1String("notnull"))
                column.nullable = false;
            else if (flag == QLatin1String("pk")) {
                column.nullable = false;
                table.primaryKey << column.id;
            } else if (flag == QLatin1String("auto"))
                column.autoIncrement = true;
            else if (flag == QLatin1String("unsigned"))
                column.isUnsigned = true;
            else if (flag.startsWith(QLatin1String("default=")))
                column.defaultValue = flag.mid(8);
            else if (flag.startsWith(QLatin1String("collate=")))
                column.collation = flag.mid(8);
            else
                qFatal("SchemaBuilder: unknown flag %s", qPrintable(flag));
        }
        table.columns << column;
    }
    schema.insertTable(schema.tableCount(), table);
    return table.id;
}

Id SchemaBuilder::column(Id tableId, const QString &name) const
{
    for (const Column &c : schema.table(tableId)->columns) {
        if (c.name == name)
            return c.id;
    }
    qFatal("SchemaBuilder: no column %s", qPrintable(name));
    return 0;
}

QVector<Id> SchemaBuilder::columnIds(Id tableId, const QStringList &names) const
{
    QVector<Id> ids;
    for (const QString &name : names)
        ids << column(tableId, name);
    return ids;
}

Id SchemaBuilder::addKey(const QString &name, Id child, const QStringList &childColumns, Id parent,
                         const QStringList &parentColumns, ReferentialAction onDelete,
                         ReferentialAction onUpdate, Deferrability deferrability)
{
    ForeignKey key;
    key.id = schema.allocateId();
    key.name = name;
    key.childTable = child;
    key.childColumns = columnIds(child, childColumns);
    key.parentTable = parent;
    key.parentColumns = columnIds(parent, parentColumns);
    key.onDelete = onDelete;
    key.onUpdate = onUpdate;
    key.deferrability = deferrability;
    schema.insertForeignKey(schema.foreignKeyCount(), key);
    return key.id;
}

void SchemaBuilder::addUnique(Id tableId, const QString &name, const QStringList &columns)
{
    Table table = *schema.table(tableId);
    table.uniqueConstraints << UniqueConstraint{schema.allocateId(), name,
                                                columnIds(tableId, columns)};
    schema.replaceTable(table);
}

void SchemaBuilder::addIndex(Id tableId, const QString &name, const QStringList &columns,
                             bool unique)
{
    Table table = *schema.table(tableId);
    table.indexes << TableIndex{schema.allocateId(), name, columnIds(tableId, columns), unique};
    schema.replaceTable(table);
}

namespace {

using RA = ReferentialAction;

Schema selfReference()
{
    SchemaBuilder b;
    const Id nodes
        = b.addTable(QStringLiteral("nodes"),
                     {QStringLiteral("id|bigint|pk|auto"), QStringLiteral("parent_id|bigint"),
                      QStringLiteral("label|varchar(80)|notnull")});
    b.addKey(QStringLiteral("fk_nodes_parent"), nodes, {QStringLiteral("parent_id")}, nodes,
             {QStringLiteral("id")}, RA::Cascade, RA::NoAction);
    b.schema.name = QStringLiteral("tree");
    return b.schema;
}

Schema everyAction()
{
    SchemaBuilder b;
    const Id parent = b.addTable(QStringLiteral("parent"), {QStringLiteral("id|integer|pk")});
    const QList<QPair<QString, RA>> actions = {{QStringLiteral("no_action"), RA::NoAction},
                                               {QStringLiteral("restrict"), RA::Restrict},
                                               {QStringLiteral("cascade"), RA::Cascade},
                                               {QStringLiteral("set_null"), RA::SetNull},
                                               {QStringLiteral("set_default"), RA::SetDefault}};
    // One child table per action, so that the cascade paths do not meet (SQL Server would
    // reject several cascading keys between one pair of tables, which is its own case).
    for (const auto &action : actions) {
        const QString table = QStringLiteral("child_") + action.first;
        const Id child = b.addTable(table,
                                    {QStringLiteral("id|integer|pk"),
                                     QStringLiteral("on_delete_id|integer|default=1"),
                                     QStringLiteral("on_update_id|integer|default=1")});
        b.addKey(QStringLiteral("fk_%1_delete").arg(action.first), child,
                 {QStringLiteral("on_delete_id")}, parent, {QStringLiteral("id")}, action.second,
                 RA::NoAction);
        b.addKey(QStringLiteral("fk_%1_update").arg(action.first), child,
                 {QStringLiteral("on_update_id")}, parent, {QStringLiteral("id")}, RA::NoAction,
                 action.second);
    }
    b.schema.name = QStringLiteral("actions");
    return b.schema;
}

Schema deferrable()
{
    SchemaBuilder b;
    const Id a
        = b.addTable(QStringLiteral("invoices"),
                     {QStringLiteral("id|bigint|pk"), QStringLiteral("first_line_id|bigint")});
    const Id l
        = b.addTable(QStringLiteral("invoice_lines"),
                     {QStringLiteral("id|bigint|pk"), QStringLiteral("invoice_id|bigint|notnull")});
    b.addKey(QStringLiteral("fk_invoices_first_line"), a, {QStringLiteral("first_line_id")}, l,
             {QStringLiteral("id")}, RA::NoAction, RA::NoAction,
             Deferrability::DeferrableImmediate);
    b.addKey(QStringLiteral("fk_lines_invoice"), l, {QStringLiteral("invoice_id")}, a,
             {QStringLiteral("id")}, RA::Cascade, RA::NoAction, Deferrability::DeferrableDeferred);
    return b.schema;
}

Schema hostileNames()
{
    SchemaBuilder b;
    // Quotes of every dialect, brackets, a semicolon, a dash, spaces, non-ASCII letters,
    // reserved words and capitals (PostgreSQL folds unquoted names).
    const Id parent = b.addTable(QStringLiteral("Order \"Items\"; DROP"),
                                 {QStringLiteral("select|integer|pk"),
                                  QStringLiteral("we`ird]name|varchar(20)|notnull"),
                                  QStringLiteral("größe-€|integer")});
    const Id child
        = b.addTable(QStringLiteral("user"),
                     {QStringLiteral("id|integer|pk"), QStringLiteral("Order Ref|integer"),
                      QStringLiteral("[x]|varchar(20)")});
    b.addUnique(parent, QStringLiteral("uq \"weird\""), {QStringLiteral("we`ird]name")});
    b.addKey(QStringLiteral("fk-user;order \"x\""), child, {QStringLiteral("Order Ref")}, parent,
             {QStringLiteral("select")}, RA::Cascade);
    b.addKey(QStringLiteral("fk_user_weird"), child, {QStringLiteral("[x]")}, parent,
             {QStringLiteral("we`ird]name")});
    b.schema.name = QStringLiteral("hostile");
    return b.schema;
}

Schema everyType()
{
    SchemaBuilder b;
    b.addTable(
        QStringLiteral("all_types"),
        {QStringLiteral("c_smallint|smallint"), QStringLiteral("c_integer|integer|pk|auto"),
         QStringLiteral("c_bigint|bigint|unsigned"), QStringLiteral("c_decimal|decimal(12,2)"),
         QStringLiteral("c_real|real"), QStringLiteral("c_double|double"),
         QStringLiteral("c_boolean|boolean|notnull|default=false"),
         QStringLiteral("c_char|char(3)"), QStringLiteral("c_varchar|varchar(120)|default='none'"),
         QStringLiteral("c_text|text"), QStringLiteral("c_date|date"),
         QStringLiteral("c_time|time"), QStringLiteral("c_timestamp|timestamp"),
         QStringLiteral("c_timestamptz|timestamp with time zone"), QStringLiteral("c_uuid|uuid"),
         QStringLiteral("c_json|json"), QStringLiteral("c_blob|blob")});
    return b.schema;
}

// SQL Server Msg 1785 cases from the reference (§4.1).
Schema selfSetNull()
{
    SchemaBuilder b;
    const Id e
        = b.addTable(QStringLiteral("employees"),
                     {QStringLiteral("id|bigint|pk|auto"), QStringLiteral("manager_id|bigint")});
    b.addKey(QStringLiteral("fk_employees_manager"), e, {QStringLiteral("manager_id")}, e,
             {QStringLiteral("id")}, RA::SetNull);
    return b.schema;
}

Schema twoSetNull()
{
    SchemaBuilder b;
    const Id u = b.addTable(QStringLiteral("users"), {QStringLiteral("id|bigint|pk|auto")});
    const Id n
        = b.addTable(QStringLiteral("notes"),
                     {QStringLiteral("id|bigint|pk|auto"), QStringLiteral("created_by|bigint"),
                      QStringLiteral("updated_by|bigint")});
    b.addKey(QStringLiteral("fk_notes_created_by"), n, {QStringLiteral("created_by")}, u,
             {QStringLiteral("id")}, RA::SetNull);
    b.addKey(QStringLiteral("fk_notes_updated_by"), n, {QStringLiteral("updated_by")}, u,
             {QStringLiteral("id")}, RA::SetNull);
    return b.schema;
}

Schema diamond()
{
    SchemaBuilder b;
    const Id a = b.addTable(QStringLiteral("a"), {QStringLiteral("id|integer|pk")});
    const Id bb = b.addTable(QStringLiteral("b"),
                             {QStringLiteral("id|integer|pk"), QStringLiteral("a_id|integer")});
    const Id c = b.addTable(QStringLiteral("c"),
                            {QStringLiteral("id|integer|pk"), QStringLiteral("a_id|integer")});
    const Id d = b.addTable(QStringLiteral("d"),
                            {QStringLiteral("id|integer|pk"), QStringLiteral("b_id|integer"),
                             QStringLiteral("c_id|integer")});
    b.addKey(QStringLiteral("fk_b_a"), bb, {QStringLiteral("a_id")}, a, {QStringLiteral("id")},
             RA::Cascade);
    b.addKey(QStringLiteral("fk_c_a"), c, {QStringLiteral("a_id")}, a, {QStringLiteral("id")},
             RA::Cascade);
    b.addKey(QStringLiteral("fk_d_b"), d, {QStringLiteral("b_id")}, bb, {QStringLiteral("id")},
             RA::Cascade);
    b.addKey(QStringLiteral("fk_d_c"), d, {QStringLiteral("c_id")}, c, {QStringLiteral("id")},
             RA::Cascade);
    return b.schema;
}

// MSSQLSERVER_1785's own example: two UPDATE cascade paths table1 → table2.
Schema microsoftTwoUpdatePaths()
{
    SchemaBuilder b;
    const Id t1 = b.addTable(QStringLiteral("table1"), {QStringLiteral("code|varchar(10)|pk")});
    const Id t2
        = b.addTable(QStringLiteral("table2"),
                     {QStringLiteral("id|integer|pk"), QStringLiteral("lastModifiedBy|varchar(10)"),
                      QStringLiteral("addedby|varchar(10)")});
    b.addKey(QStringLiteral("fk_one"), t2, {QStringLiteral("lastModifiedBy")}, t1,
             {QStringLiteral("code")}, RA::Cascade, RA::Cascade);
    b.addKey(QStringLiteral("fk_two"), t2, {QStringLiteral("addedby")}, t1,
             {QStringLiteral("code")}, RA::NoAction, RA::Cascade);
    return b.schema;
}

} // namespace

namespace DdlCases {

QVector<DdlCase> all()
{
    QVector<DdlCase> cases;
    const QDir samples(QStringLiteral(JOINERY_SAMPLES_DIR));
    for (const QString &file :
         samples.entryList({QStringLiteral("*.joinery")}, QDir::Files, QDir::Name)) {
        SchemaReader reader;
        if (!reader.readFile(samples.filePath(file)))
            qFatal("cannot read sample %s: %s", qPrintable(file), qPrintable(reader.error()));
        cases << DdlCase{QStringLiteral("sample-") + file.section(QLatin1Char('.'), 0, 0),
                         reader.schema()};
    }
    cases << DdlCase{QStringLiteral("self-reference"), selfReference()};
    cases << DdlCase{QStringLiteral("every-action"), everyAction()};
    cases << DdlCase{QStringLiteral("deferrable"), deferrable()};
    cases << DdlCase{QStringLiteral("hostile-names"), hostileNames()};
    cases << DdlCase{QStringLiteral("every-type"), everyType()};
    cases << DdlCase{QStringLiteral("mssql-self-set-null"), selfSetNull()};
    cases << DdlCase{QStringLiteral("mssql-two-set-null"), twoSetNull()};
    cases << DdlCase{QStringLiteral("mssql-diamond"), diamond()};
    cases << DdlCase{QStringLiteral("mssql-two-update-paths"), microsoftTwoUpdatePaths()};
    return cases;
}

DdlCase byName(const QString &name)
{
    for (const DdlCase &c : all()) {
        if (c.name == name)
            return c;
    }
    qFatal("no DDL case %s", qPrintable(name));
    return {};
}

} // namespace DdlCases
