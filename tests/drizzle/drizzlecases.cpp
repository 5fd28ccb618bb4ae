#include "drizzlecases.h"

#include "schemabuilder.h"

namespace {
// Composite primary key, composite named key, composite unnamed key, unique constraints of
// one and two columns, unique and plain indexes.
Schema compositeKeys()
{
    SchemaBuilder b;
    b.schema.name = QStringLiteral("composite");
    b.table(QStringLiteral("regions"),
            {QStringLiteral("country char(2) pk"), QStringLiteral("code varchar(10) pk"),
             QStringLiteral("label varchar(80) notnull")});
    b.table(QStringLiteral("sites"),
            {QStringLiteral("id integer pk auto"), QStringLiteral("country char(2) notnull"),
             QStringLiteral("region varchar(10) notnull"), QStringLiteral("home_country char(2)"),
             QStringLiteral("home_region varchar(10)"),
             QStringLiteral("slug varchar(40) notnull")});
    b.key(QStringLiteral("fk_sites_region"), QStringLiteral("sites"),
          {QStringLiteral("country"), QStringLiteral("region")}, QStringLiteral("regions"),
          {QStringLiteral("country"), QStringLiteral("code")}, ReferentialAction::Cascade,
          ReferentialAction::Cascade);
    b.key(QString(), QStringLiteral("sites"),
          {QStringLiteral("home_country"), QStringLiteral("home_region")},
          QStringLiteral("regions"), {QStringLiteral("country"), QStringLiteral("code")},
          ReferentialAction::SetNull);
    b.unique(QStringLiteral("sites"), QString(), {QStringLiteral("slug")});
    b.unique(QStringLiteral("sites"), QStringLiteral("uq_sites_region_slug"),
             {QStringLiteral("country"), QStringLiteral("region"), QStringLiteral("slug")});
    b.index(QStringLiteral("sites"), QStringLiteral("ix_sites_home"),
            {QStringLiteral("home_country"), QStringLiteral("home_region")});
    b.index(QStringLiteral("regions"), QStringLiteral("ux_regions_label"),
            {QStringLiteral("label")}, true);
    return b.schema;
}

// Self-references, unnamed (.references() with AnyXxxColumn) and named (foreignKey() on `t`).
Schema selfReference()
{
    SchemaBuilder b;
    b.schema.name = QStringLiteral("self-reference");
    b.table(QStringLiteral("categories"),
            {QStringLiteral("id integer pk"), QStringLiteral("parent_id integer"),
             QStringLiteral("moved_from integer"), QStringLiteral("name varchar(60) notnull")});
    // Named as Drizzle would name it: written as .references(), and the name survives.
    b.key(QStringLiteral("categories_parent_id_categories_id_fk"), QStringLiteral("categories"),
          {QStringLiteral("parent_id")}, QStringLiteral("categories"), {QStringLiteral("id")},
          ReferentialAction::Cascade);
    b.key(QStringLiteral("fk_categories_moved_from"), QStringLiteral("categories"),
          {QStringLiteral("moved_from")}, QStringLiteral("categories"), {QStringLiteral("id")},
          ReferentialAction::SetNull, ReferentialAction::Cascade);
    return b.schema;
}

// Three tables in a cycle (a child before its parent in the document), plus a table outside
// the cycle that hangs off it and is listed first.
Schema cycle()
{
    SchemaBuilder b;
    b.schema.name = QStringLiteral("cycle3");
    b.table(QStringLiteral("audits"),
            {QStringLiteral("id integer pk"), QStringLiteral("team_id integer notnull")});
    b.table(QStringLiteral("teams"),
            {QStringLiteral("id integer pk"), QStringLiteral("lead_id integer")});
    b.table(QStringLiteral("people"),
            {QStringLiteral("id integer pk"), QStringLiteral("desk_id integer"),
             QStringLiteral("desk_floor integer")});
    b.table(QStringLiteral("desks"),
            {QStringLiteral("id integer pk"), QStringLiteral("floor integer pk"),
             QStringLiteral("team_id integer")});
    b.key(QString(), QStringLiteral("audits"), {QStringLiteral("team_id")}, QStringLiteral("teams"),
          {QStringLiteral("id")}, ReferentialAction::Cascade);
    b.key(QString(), QStringLiteral("teams"), {QStringLiteral("lead_id")}, QStringLiteral("people"),
          {QStringLiteral("id")}, ReferentialAction::SetNull);
    b.key(QStringLiteral("fk_people_desk"), QStringLiteral("people"),
          {QStringLiteral("desk_id"), QStringLiteral("desk_floor")}, QStringLiteral("desks"),
          {QStringLiteral("id"), QStringLiteral("floor")}, ReferentialAction::SetNull);
    b.key(QString(), QStringLiteral("desks"), {QStringLiteral("team_id")}, QStringLiteral("teams"),
          {QStringLiteral("id")});
    return b.schema;
}

// Every action on both events: key i has ON DELETE actions[i] and ON UPDATE actions[i + 1],
// so each action appears once per event; even keys carry Drizzle's own name (.references()),
// odd ones another name (foreignKey()).
Schema allActions()
{
    const ReferentialAction actions[]
        = {ReferentialAction::NoAction, ReferentialAction::Restrict, ReferentialAction::Cascade,
           ReferentialAction::SetNull, ReferentialAction::SetDefault};
    SchemaBuilder b;
    b.schema.name = QStringLiteral("actions");
    b.table(QStringLiteral("parents"), {QStringLiteral("id integer pk")});
    QStringList columns{QStringLiteral("id integer pk")};
    for (int i = 0; i < 5; ++i)
        columns << QStringLiteral("p%1 integer").arg(i);
    b.table(QStringLiteral("children"), columns);
    for (int i = 0; i < 5; ++i) {
        b.key(i % 2 ? QStringLiteral("fk_children_p%1").arg(i)
                    : QStringLiteral("children_p%1_parents_id_fk").arg(i),
              QStringLiteral("children"), {QStringLiteral("p%1").arg(i)}, QStringLiteral("parents"),
              {QStringLiteral("id")}, actions[i], actions[(i + 1) % 5]);
    }
    return b.schema;
}

Column column(Schema &schema, const QString &name, const QString &type, bool nullable = true)
{
    Column c;
    c.id = schema.allocateId();
    c.name = name;
    c.type = DataType::parse(type);
    c.nullable = nullable;
    return c;
}

// Names that are reserved words, Drizzle's own identifiers, collide once camel-cased, start with
// a digit, hold spaces, quotes and non-ASCII letters.
Schema hostileNames()
{
    Schema s;
    s.name = QStringLiteral("hostile 'names'");
    const QStringList tableNames
        = {QStringLiteral("order"),  QStringLiteral("order_lines"), QStringLiteral("OrderLines"),
           QStringLiteral("delete"), QStringLiteral("2fa codes"),   QStringLiteral("integer"),
           QStringLiteral("t"),      QStringLiteral("sql"),         QStringLiteral("user's data"),
           QStringLiteral("Größe")};
    QVector<Id> firstColumn;
    for (const QString &name : tableNames) {
        Table t;
        t.id = s.allocateId();
        t.name = name;
        t.columns << column(s, QStringLiteral("id"), QStringLiteral("integer"), false);
        t.primaryKey << t.columns.first().id;
        firstColumn << t.columns.first().id;
        s.insertTable(-1, t);
    }
    // One table whose columns fight Drizzle's table members and each other.
    Table t = *s.tableByName(QStringLiteral("order_lines"));
    for (const QString &name :
         {QStringLiteral("_"), QStringLiteral("getSQL"), QStringLiteral("enableRLS"),
          QStringLiteral("delete"), QStringLiteral("class"), QStringLiteral("order id"),
          QStringLiteral("ORDER_ID"), QStringLiteral("naïve 'quote'")})
        t.columns << column(s, name, QStringLiteral("integer"));
    t.columns.last().defaultValue = QStringLiteral("7");
    Column label = column(s, QStringLiteral("label"), QStringLiteral("varchar(40)"), false);
    label.defaultValue = QStringLiteral("'it''s \\ `${here}`'");
    t.columns << label;
    t.comment = QStringLiteral("Comment with */ and\nsecond line");
    s.replaceTable(t);

    const Table *order = s.tableByName(QStringLiteral("order"));
    const Table *lines = s.tableByName(QStringLiteral("order_lines"));
    ForeignKey k;
    k.id = s.allocateId();
    k.childTable = lines->id;
    k.childColumns << lines->columnByName(QStringLiteral("order id"))->id;
    k.parentTable = order->id;
    k.parentColumns << order->primaryKey.first();
    k.onDelete = ReferentialAction::Cascade;
    s.insertForeignKey(-1, k);
    ForeignKey k2 = k;
    k2.id = s.allocateId();
    // No double quote: drizzle-kit 0.31 writes constraint names unescaped into "...".
    k2.name = QStringLiteral("fk 'quoted' name");
    k2.childColumns = {lines->columnByName(QStringLiteral("delete"))->id};
    k2.parentTable = s.tableByName(QStringLiteral("delete"))->id;
    k2.parentColumns = {s.tableByName(QStringLiteral("delete"))->primaryKey.first()};
    k2.onDelete = ReferentialAction::SetNull;
    s.insertForeignKey(-1, k2);
    return s;
}

// Every logical type, with lengths, precision, unsigned, defaults and auto-increment.
Schema everyType()
{
    SchemaBuilder b;
    b.schema.name = QStringLiteral("types");
    b.table(QStringLiteral("everything"),
            {QStringLiteral("id bigint pk auto"),
             QStringLiteral("small smallint notnull default=-3"),
             QStringLiteral("whole integer unsigned default=42"),
             QStringLiteral("big bigint"),
             QStringLiteral("money decimal(12,2) notnull default=0"),
             QStringLiteral("ratio decimal(5)"),
             QStringLiteral("plain_decimal decimal"),
             QStringLiteral("approx real default=1.5"),
             QStringLiteral("precise double"),
             QStringLiteral("flag boolean notnull default=true"),
             QStringLiteral("code char(3)"),
             QStringLiteral("title varchar(120) notnull default='untitled'"),
             QStringLiteral("body text"),
             QStringLiteral("born date"),
             QStringLiteral("alarm time"),
             QStringLiteral("seen timestamp"),
             QStringLiteral("seen_tz timestamptz notnull default=CURRENT_TIMESTAMP"),
             QStringLiteral("token uuid"),
             QStringLiteral("doc json"),
             QStringLiteral("raw blob")});
    Table t = *b.schema.tableByName(QStringLiteral("everything"));
    Column custom;
    custom.id = b.schema.allocateId();
    custom.name = QStringLiteral("custom_code");
    custom.type = DataType::custom(QStringLiteral("varchar(7)"));
    t.columns << custom;
    t.comment = QStringLiteral("One column per logical type.");
    t.columns[4].comment = QStringLiteral("Two decimals, never rounded.");
    b.schema.replaceTable(t);
    return b.schema;
}
} // namespace

QVector<DrizzleCase> drizzleCases()
{
    QVector<DrizzleCase> cases;
    for (const char *sample : {"shop", "employees", "composite-key", "cycle"})
        cases.append({QLatin1String(sample),
                      loadSample(QLatin1String(sample) + QStringLiteral(".joinery"))});
    cases.append({QStringLiteral("composite"), compositeKeys()});
    cases.append({QStringLiteral("self-reference"), selfReference()});
    cases.append({QStringLiteral("cycle3"), cycle()});
    cases.append({QStringLiteral("actions"), allActions()});
    cases.append({QStringLiteral("hostile-names"), hostileNames()});
    cases.append({QStringLiteral("types"), everyType()});
    return cases;
}
