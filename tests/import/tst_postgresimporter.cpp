#include "ddl/dialectchecker.h"
#include "import/importer.h"
#include "import/importreport.h"
#include "import/serverddlreader.h"
#include "integritycheck.h"
#include "schemadump.h"
#include "validator.h"

#include <QtTest>

// PostgreSQL scripts through libpg_query: every construct the reader handles, and the ways a
// script goes wrong.
class TestPostgresImporter : public QObject
{
    Q_OBJECT
private slots:
    void features();
    void skippedStatements();
    void brokenStatementCostsOnlyItself();
    void detection();
    void declaredTypesAsWritten();
    void pgDumpSerial();
    void optionsIdentityGenerated();
    void restorableCheck_data();
    void restorableCheck();
};

static const char featureScript[] = R"sql(\set ON_ERROR_STOP on
-- comments -- and /* nested /* comments */ */ are fine
DROP TABLE IF EXISTS shop.customer CASCADE;
CREATE TABLE shop.customer (
    id serial PRIMARY KEY,
    "E-mail" character varying(200) NOT NULL CONSTRAINT customer_email_key UNIQUE,
    created timestamp(3) with time zone DEFAULT now(),
    kind text DEFAULT 'retail'::text COLLATE "C",
    referrer integer REFERENCES shop.customer DEFERRABLE INITIALLY DEFERRED
);
COMMENT ON TABLE shop.customer IS 'People who buy';
COMMENT ON COLUMN shop.customer."E-mail" IS 'Where receipts go';
CREATE FUNCTION not_a_table() RETURNS void AS $body$
    CREATE TABLE fake (id int);
$body$ LANGUAGE sql;
CREATE TABLE "order" (
    id bigint NOT NULL,
    customer_id integer NOT NULL,
    total numeric(12,2) DEFAULT 0,
    tags text[]
);
CREATE SEQUENCE order_id_seq;
ALTER TABLE ONLY "order" ALTER COLUMN id SET DEFAULT nextval('order_id_seq'::regclass);
ALTER TABLE ONLY "order" ADD CONSTRAINT order_pkey PRIMARY KEY (id);
ALTER TABLE ONLY "order"
    ADD CONSTRAINT order_customer_fk FOREIGN KEY (customer_id) REFERENCES shop.customer(id)
    MATCH FULL ON DELETE CASCADE ON UPDATE RESTRICT;
CREATE UNIQUE INDEX order_customer_total ON "order" USING btree (customer_id, total);
CREATE INDEX order_big ON "order" (total) WHERE total > 1000;
CREATE INDEX order_lower ON "order" (lower(tags::text));
CREATE TABLE line (
    order_id bigint REFERENCES "order" ON DELETE SET NULL,
    position int,
    PRIMARY KEY (order_id, position)
) PARTITION BY RANGE (order_id);
CREATE TABLE line_2026 PARTITION OF line FOR VALUES FROM (0) TO (1000000);
COPY "order" (id, customer_id) FROM stdin;
1	1
\.
INSERT INTO shop.customer ("E-mail") VALUES ('a@b.c');
)sql";

void TestPostgresImporter::features()
{
    ImportReport report;
    const Schema schema = Importer::importScript(QString::fromUtf8(featureScript),
                                                 QStringLiteral("postgresql"), &report);
    QVERIFY2(IntegrityCheck::check(schema).isEmpty(),
             qPrintable(IntegrityCheck::check(schema).join('\n')));
    // The partial index keeps its predicate as written.
    const Table *order = schema.tableByName(QStringLiteral("order"));
    QVERIFY(order);
    const auto big = std::find_if(order->indexes.cbegin(), order->indexes.cend(),
                                  [](const TableIndex &i) { return i.name == "order_big"; });
    QVERIFY(big != order->indexes.cend());
    QCOMPARE(big->predicate, QStringLiteral("total > 1000"));
    // The named sequence behind the nextval() default is a schema object of its own.
    QCOMPARE(schema.sequences.size(), 1);
    QCOMPARE(schema.sequences.first().name, QStringLiteral("order_id_seq"));
    JOINERY_COMPARE_LINES(
        dumpSchema(schema),
        QStringLiteral("table customer -- People who buy\n"
                       "  id integer not null auto\n"
                       "  E-mail varchar(200) not null -- Where receipts go\n"
                       "  created timestamp with time zone default now()\n"
                       "  kind text default 'retail'::text\n"
                       "  referrer integer\n"
                       "  primary key (id)\n"
                       "  unique customer_email_key(E-mail)\n"
                       "table order\n"
                       "  id bigint not null default nextval('order_id_seq'::regclass) auto\n"
                       "  customer_id integer not null\n"
                       "  total decimal(12,2) default 0\n"
                       "  tags text[]\n"
                       "  primary key order_pkey(id)\n"
                       "  unique index order_customer_total(customer_id,total)\n"
                       "  index order_big(total)\n"
                       "table line\n"
                       "  order_id bigint not null\n"
                       "  position integer not null\n"
                       "  primary key (order_id,position)\n"
                       "table line_2026\n"
                       "  order_id bigint not null\n"
                       "  position integer not null\n"
                       "key : customer(referrer) -> customer(id) deferrable-initially-deferred\n"
                       "key order_customer_fk: order(customer_id) -> customer(id) on delete "
                       "cascade on update restrict match full\n"
                       "key : line(order_id) -> order(id) on delete set-null\n"));
    // A partition keeps its parent and bound; the keys stay declared once, on the parent.
    const Table *line = schema.tableByName(QStringLiteral("line"));
    const Table *partition = schema.tableByName(QStringLiteral("line_2026"));
    QVERIFY(line && partition);
    QCOMPARE(line->options.partitionBy, QStringLiteral("RANGE (order_id)"));
    QCOMPARE(partition->options.partitionOf, line->id);
    QCOMPARE(partition->options.partitionBound, QStringLiteral("FOR VALUES FROM (0) TO (1000000)"));
    JOINERY_COMPARE_LINES(
        dumpNotes(report),
        QStringLiteral(
            "30:1: skipped: Index order_lower on \"order\" is on an expression, not only on "
            "columns; "
            "Joinery does not model such indexes."));
}

void TestPostgresImporter::skippedStatements()
{
    ImportReport report;
    Importer::importScript(QString::fromUtf8(featureScript), QStringLiteral("postgresql"), &report);
    QCOMPARE(report.skippedStatements,
             (QVector<QPair<QString, int>>{{QStringLiteral("psql meta-command"), 1},
                                           {QStringLiteral("CREATE FUNCTION"), 1},
                                           {QStringLiteral("COPY"), 1},
                                           {QStringLiteral("INSERT"), 1}}));
}

void TestPostgresImporter::brokenStatementCostsOnlyItself()
{
    const QString script
        = QStringLiteral("CREATE TABLE a (id int PRIMARY KEY);\n"
                         "CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a,\n"
                         "    oops int int);\n"
                         "CREATE TABLE c (id int PRIMARY KEY, b_id int REFERENCES b);\n"
                         "ALTER TABLE missing ADD PRIMARY KEY (id);\n"
                         "CREATE TABLE d (x int");
    ImportReport report;
    const Schema schema = Importer::importScript(script, QStringLiteral("postgresql"), &report);
    JOINERY_COMPARE_LINES(
        dumpSchema(schema),
        QStringLiteral("table a\n  id integer not null\n  primary key (id)\n"
                       "table c\n  id integer not null\n  b_id integer\n  primary key (id)\n"));
    JOINERY_COMPARE_LINES(
        dumpNotes(report),
        QStringLiteral(
            "3:14: error: PostgreSQL cannot parse this statement (syntax error at or near "
            "\"int\"); it is left out.\n"
            "5:1: error: The statement refers to table \"missing\", which the script has not "
            "created; it is ignored.\n"
            "6:22: error: PostgreSQL cannot parse this statement (syntax error at end of input); "
            "it is left out.\n"
            "4:46: error: Foreign key from \"c\" to \"b\" is left out: there is no table \"b\"."));
    QVERIFY(report.isIncomplete());
}

void TestPostgresImporter::detection()
{
    QCOMPARE(Importer::detectDialect(QString::fromUtf8(featureScript)),
             QStringLiteral("postgresql"));
}

void TestPostgresImporter::declaredTypesAsWritten()
{
    // The tree keeps only numeric type modifiers; the declared type is the text as written
    // (field report §3: geometry(Polygon,4326) lost "Polygon", json became jsonb).
    ImportReport report;
    const Schema schema = Importer::importScript(
        QStringLiteral("CREATE TABLE g (id serial PRIMARY KEY, shape geometry(Polygon,4326) NOT "
                       "NULL, v vector(3), tags text[] DEFAULT '{}', n numeric(10, 2), "
                       "ts timestamp(3) with time zone, j json, e \"MyEnum\");"),
        QStringLiteral("postgresql"), &report);
    const Table *g = schema.tableByName(QStringLiteral("g"));
    QVERIFY(g);
    QStringList declared;
    for (const Column &column : g->columns) {
        QVERIFY(column.typeDeclared);
        declared << column.declaredType;
    }
    QCOMPARE(declared,
             (QStringList{"serial", "geometry(Polygon,4326)", "vector(3)", "text[]",
                          "numeric(10, 2)", "timestamp(3) with time zone", "json", "\"MyEnum\""}));
}

// pg_dump writes a serial column as a plain column, its sequence, ALTER SEQUENCE ... OWNED BY and
// the nextval() default; the ownership is part of the sequence, not a skipped statement.
void TestPostgresImporter::pgDumpSerial()
{
    ImportReport report;
    const Schema schema = Importer::importScript(
        QStringLiteral("CREATE TABLE public.x (id integer NOT NULL, name text);\n"
                       "CREATE SEQUENCE public.x_id_seq AS integer START WITH 1 INCREMENT BY 1 "
                       "NO MINVALUE NO MAXVALUE CACHE 1;\n"
                       "ALTER SEQUENCE public.x_id_seq OWNED BY public.x.id;\n"
                       "ALTER TABLE ONLY public.x ALTER COLUMN id SET DEFAULT "
                       "nextval('public.x_id_seq'::regclass);\n"
                       "ALTER SEQUENCE public.elsewhere OWNED BY public.x.id;\n"),
        QStringLiteral("postgresql"), &report);
    QCOMPARE(schema.sequences.size(), 1);
    const Table *x = schema.tableByName(QStringLiteral("x"));
    QVERIFY(x);
    QCOMPARE(schema.sequences.first().ownedBy, x->columns.first().id);
    QCOMPARE(schema.sequences.first().dataType, QStringLiteral("integer"));
    // The one of a sequence the script does not create is reported, not applied.
    QCOMPARE(report.skippedStatementCount(), 1);
}

void TestPostgresImporter::restorableCheck_data()
{
    QTest::addColumn<QString>("deparsed");
    QTest::addColumn<QString>("restorable");
    QTest::newRow("in") << QStringLiteral(
        "((active)::text = ANY ((ARRAY['Y'::character varying, 'N'::character varying])::text[]))")
                        << QStringLiteral(
                               "(active IN ('Y'::character varying, 'N'::character varying))");
    QTest::newRow("not in, quoted name, quote in a value")
        << QStringLiteral("((\"Kind\")::text <> ALL ((ARRAY['it''s'::character varying])::text[]))")
        << QStringLiteral("(\"Kind\" NOT IN ('it''s'::character varying))");
    QTest::newRow("inside AND")
        << QStringLiteral("(((a)::text = ANY ((ARRAY['x'::character varying])::text[])) AND "
                          "((b)::text = ANY ((ARRAY['y'::character varying])::text[])))")
        << QStringLiteral("((a IN ('x'::character varying)) AND (b IN ('y'::character varying)))");
    // Other forms are stored as they are printed: left alone.
    QTest::newRow("text array") << QStringLiteral("((a)::text = ANY (ARRAY['Y'::text, 'N'::text]))")
                                << QStringLiteral(
                                       "((a)::text = ANY (ARRAY['Y'::text, 'N'::text]))");
    QTest::newRow("numbers") << QStringLiteral("(n > 0)") << QStringLiteral("(n > 0)");
}

void TestPostgresImporter::restorableCheck()
{
    QFETCH(QString, deparsed);
    QFETCH(QString, restorable);
    QCOMPARE(ServerDdlReader::restorableCheck(deparsed), restorable);
}

// UNLOGGED, WITH (...), TABLESPACE, identity kind and options, and stored generated columns are
// the table as PostgreSQL has it: kept, so that the export gives them back.
void TestPostgresImporter::optionsIdentityGenerated()
{
    ImportReport report;
    const Schema schema = Importer::importScript(
        QStringLiteral("CREATE UNLOGGED TABLE t (a int GENERATED BY DEFAULT AS IDENTITY "
                       "(START WITH 10 INCREMENT BY 5) PRIMARY KEY, b bigint GENERATED ALWAYS "
                       "AS IDENTITY, c int GENERATED ALWAYS AS ((a + 1) * 2) STORED) "
                       "WITH (fillfactor=70, autovacuum_enabled=false) TABLESPACE pg_default;"),
        QStringLiteral("postgresql"), &report);
    const Table *t = schema.tableByName(QStringLiteral("t"));
    QVERIFY(t);
    QVERIFY(t->options.unlogged);
    QCOMPARE(t->options.storageParameters,
             QStringLiteral("fillfactor=70, autovacuum_enabled=false"));
    QCOMPARE(t->options.tablespace, QStringLiteral("pg_default"));
    QCOMPARE(t->columns.at(0).identity, IdentityGeneration::ByDefault);
    QCOMPARE(t->columns.at(0).identityOptions, QStringLiteral("START WITH 10 INCREMENT BY 5"));
    QCOMPARE(t->columns.at(1).identity, IdentityGeneration::Always);
    QVERIFY(t->columns.at(1).identityOptions.isEmpty());
    QCOMPARE(t->columns.at(2).generatedExpression, QStringLiteral("(a + 1) * 2"));
    QVERIFY(t->columns.at(2).generatedStored);
    // Two identity columns are PostgreSQL's to have: no error for its own dialect.
    for (const Problem &p :
         DialectChecker::check(schema, Dialect::PostgreSQL) + Validator::validate(schema))
        QVERIFY2(p.severity != Severity::Error, qPrintable(p.toLine()));
    // SQL Server has one IDENTITY per table: the translated script keeps the first and says so
    // of the second.
    QStringList sqlServer;
    for (const Problem &p : DialectChecker::check(schema, Dialect::SqlServer)) {
        if (p.code.contains(QLatin1String("auto-increment"))
            || p.code.contains(QLatin1String("identity")))
            sqlServer << p.code + QLatin1Char(' ') + p.object;
    }
    QCOMPARE(sqlServer, QStringList{QStringLiteral("dialect-auto-increment-dropped t.b")});
}

QTEST_GUILESS_MAIN(TestPostgresImporter)
#include "tst_postgresimporter.moc"
