#include "simulator/scratchdatabase.h"
#include "simulator/scratchschema.h"
#include "testschema.h"

#include <QRegularExpression>
#include <QSqlRecord>
#include <QtTest>

// The scratch database of a schema imported from another dialect: what SQLite can evaluate
// with the same meaning is kept and behaves as SQLite runs it; the rest is left out, named,
// and never costs a table.
class tst_ScratchSchema : public QObject
{
    Q_OBJECT

private:
    // Column specs as TestSchema's; then defaults, checks etc. set on the result.
    static Column *column(Schema *schema, const QString &table, const QString &name, Table *out)
    {
        *out = *schema->tableByName(table);
        for (Column &c : out->columns) {
            if (c.name == name)
                return &c;
        }
        return nullptr;
    }
    static void addCheck(Schema *schema, const QString &table, const QString &expression)
    {
        Table t = *schema->tableByName(table);
        CheckConstraint check;
        check.id = schema->allocateId();
        check.expression = expression;
        t.checks.append(check);
        schema->replaceTable(t);
    }
    static void setColumn(Schema *schema, const QString &table, const QString &name,
                          const std::function<void(Column &)> &change)
    {
        Table t;
        Column *c = column(schema, table, name, &t);
        QVERIFY(c);
        change(*c);
        schema->replaceTable(t);
    }
    static QVariantMap insertAndRead(ScratchDatabase &db, const QString &table,
                                     const QString &values)
    {
        if (!db.exec(QStringLiteral("INSERT INTO %1 %2").arg(table, values)))
            return {};
        QSqlQuery q(db.database());
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid DESC LIMIT 1").arg(table));
        QVariantMap row;
        if (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                row.insert(q.record().fieldName(i), q.value(i));
        }
        return row;
    }

private slots:
    // A large schema's empty tables cost a page each: from SmallPagesFromTables tables the
    // scratch database uses 512-byte pages, and behaves the same; smaller ones keep SQLite's
    // default.
    void largeSchemaUsesSmallPages()
    {
        for (const int tables : {3, ScratchDatabase::SmallPagesFromTables}) {
            TestSchema s;
            s.table(QStringLiteral("parent"),
                    {QStringLiteral("id integer pk"), QStringLiteral("name text")});
            for (int i = 1; i < tables; ++i)
                s.table(QStringLiteral("child%1").arg(i),
                        {QStringLiteral("id integer pk"), QStringLiteral("parent_id integer")});
            s.key(QStringLiteral("child1_parent"), QStringLiteral("child1"),
                  {QStringLiteral("parent_id")}, QStringLiteral("parent"), {QStringLiteral("id")},
                  ReferentialAction::Cascade);
            ScratchDatabase db;
            QVERIFY2(db.createFromSchema(s.schema), qPrintable(db.error()));
            QCOMPARE(db.scalar(QStringLiteral("PRAGMA page_size")).toInt(),
                     tables >= ScratchDatabase::SmallPagesFromTables ? 512 : 4096);
            // A row longer than a page, and a cascade through the keys.
            QVERIFY(db.exec(QStringLiteral("INSERT INTO parent VALUES (1, '%1')")
                                .arg(QString(3000, QLatin1Char('x')))));
            QVERIFY(db.exec(QStringLiteral("INSERT INTO child1 VALUES (7, 1)")));
            QVERIFY(db.exec(QStringLiteral("DELETE FROM parent WHERE id = 1")));
            QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM child1")).toInt(), 0);
        }
    }

    void postgresqlClauses()
    {
        TestSchema s;
        s.schema.sourceDialect = QStringLiteral("postgresql");
        s.table(QStringLiteral("t"),
                {QStringLiteral("id integer pk"), QStringLiteral("created timestamp"),
                 QStringLiteral("name varchar(20)"), QStringLiteral("seq integer"),
                 QStringLiteral("qty integer"), QStringLiteral("note text"),
                 QStringLiteral("day date")});
        auto set = [&](const char *name, const char *value) {
            setColumn(&s.schema, QStringLiteral("t"), QLatin1String(name),
                      [&](Column &c) { c.defaultValue = QLatin1String(value); });
        };
        set("created", "now()");
        set("name", "''::character varying");
        set("seq", "nextval('t_seq_seq'::regclass)");
        set("qty", "(1 + 2)");
        set("note", "'it''s'::text");
        set("day", "CURRENT_DATE");
        addCheck(&s.schema, QStringLiteral("t"), QStringLiteral("qty >= 0"));
        addCheck(&s.schema, QStringLiteral("t"), QStringLiteral("(name)::text ~ '^[a-z]*$'::text"));

        ScratchDatabase db;
        QVERIFY2(db.createFromSchema(s.schema), qPrintable(db.error()));
        QCOMPARE(db.notSimulated(),
                 QStringList({QStringLiteral("t.seq DEFAULT nextval('t_seq_seq'::regclass) "
                                             "(PostgreSQL syntax SQLite cannot evaluate: no such "
                                             "function: nextval)"),
                              QStringLiteral("t CHECK ((name)::text ~ '^[a-z]*$'::text) "
                                             "(PostgreSQL syntax SQLite cannot evaluate: "
                                             "unrecognized token: \":\")")}));
        const QVariantMap row
            = insertAndRead(db, QStringLiteral("t"), QStringLiteral("(id) VALUES (1)"));
        QCOMPARE(row.value(QStringLiteral("name")).toString(), QString());
        QVERIFY(!row.value(QStringLiteral("name")).isNull());
        QCOMPARE(row.value(QStringLiteral("qty")).toInt(), 3);
        QCOMPARE(row.value(QStringLiteral("note")).toString(), QStringLiteral("it's"));
        QVERIFY(row.value(QStringLiteral("seq")).isNull());
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"))
                    .match(row.value(QStringLiteral("created")).toString())
                    .hasMatch());
        QCOMPARE(row.value(QStringLiteral("day")).toString(),
                 QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
        // The CHECK that was kept is enforced.
        QVERIFY(!db.exec(QStringLiteral("INSERT INTO t (id, qty) VALUES (2, -1)")));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO t (id, name) VALUES (3, 'X')")));
    }

    void mysqlClauses()
    {
        TestSchema s;
        s.schema.sourceDialect = QStringLiteral("mysql");
        s.table(QStringLiteral("m"),
                {QStringLiteral("id integer pk"), QStringLiteral("ts timestamp"),
                 QStringLiteral("status text"), QStringLiteral("label text"),
                 QStringLiteral("doc text")});
        setColumn(&s.schema, QStringLiteral("m"), QStringLiteral("ts"), [](Column &c) {
            c.defaultValue = QStringLiteral("CURRENT_TIMESTAMP(6)");
            c.onUpdateValue = QStringLiteral("CURRENT_TIMESTAMP(6)");
        });
        setColumn(&s.schema, QStringLiteral("m"), QStringLiteral("status"), [](Column &c) {
            c.type = DataType::custom(QStringLiteral("enum('a','b')"));
            c.defaultValue = QStringLiteral("'a'");
        });
        setColumn(&s.schema, QStringLiteral("m"), QStringLiteral("label"), [](Column &c) {
            c.defaultValue = QStringLiteral("_utf8mb4'abc'");
            c.collation = QStringLiteral("utf8mb4_0900_ai_ci");
        });
        addCheck(&s.schema, QStringLiteral("m"), QStringLiteral("json_valid(`doc`)"));
        addCheck(&s.schema, QStringLiteral("m"), QStringLiteral("`status` regexp '^[ab]$'"));

        ScratchDatabase db;
        QVERIFY2(db.createFromSchema(s.schema), qPrintable(db.error()));
        QCOMPARE(
            db.notSimulated(),
            QStringList({QStringLiteral("m.ts ON UPDATE CURRENT_TIMESTAMP(6) (SQLite has no such "
                                        "clause)"),
                         QStringLiteral("m.status type enum('a','b') written as enum (the same "
                                        "affinity; SQLite cannot parse the type)"),
                         QStringLiteral("m.label COLLATE utf8mb4_0900_ai_ci (SQLite has no such "
                                        "collation)"),
                         QStringLiteral("m CHECK (`status` regexp '^[ab]$') (MySQL syntax SQLite "
                                        "cannot evaluate: no such function: regexp)")}));
        const QVariantMap row
            = insertAndRead(db, QStringLiteral("m"), QStringLiteral("(id, doc) VALUES (1, '{}')"));
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("a"));
        QCOMPARE(row.value(QStringLiteral("label")).toString(), QStringLiteral("abc"));
        QVERIFY(!row.value(QStringLiteral("ts")).toString().isEmpty());
        QVERIFY(!db.exec(QStringLiteral("INSERT INTO m (id, doc) VALUES (2, '{')")));
    }

    void sqlServerClauses()
    {
        TestSchema s;
        s.schema.sourceDialect = QStringLiteral("sqlserver");
        s.table(QStringLiteral("o"),
                {QStringLiteral("id integer pk"), QStringLiteral("at timestamp"),
                 QStringLiteral("qty integer"), QStringLiteral("name text"),
                 QStringLiteral("guid text"), QStringLiteral("twice integer"),
                 QStringLiteral("safe integer")});
        auto set = [&](const char *name, const char *value) {
            setColumn(&s.schema, QStringLiteral("o"), QLatin1String(name),
                      [&](Column &c) { c.defaultValue = QLatin1String(value); });
        };
        set("at", "(getdate())");
        set("qty", "((0))");
        set("name", "(N'none')");
        set("guid", "(newid())");
        setColumn(&s.schema, QStringLiteral("o"), QStringLiteral("twice"),
                  [](Column &c) { c.generatedExpression = QStringLiteral("[qty]*(2)"); });
        setColumn(&s.schema, QStringLiteral("o"), QStringLiteral("safe"),
                  [](Column &c) { c.generatedExpression = QStringLiteral("isnull([qty],(0))"); });
        addCheck(&s.schema, QStringLiteral("o"), QStringLiteral("[qty]>=(0)"));

        ScratchDatabase db;
        QVERIFY2(db.createFromSchema(s.schema), qPrintable(db.error()));
        QCOMPARE(db.notSimulated(),
                 QStringList({QStringLiteral("o.guid DEFAULT (newid()) (SQL Server syntax SQLite "
                                             "cannot evaluate: no such function: newid)"),
                              QStringLiteral("o.safe GENERATED ALWAYS AS (isnull([qty],(0))) (SQL "
                                             "Server syntax SQLite cannot evaluate: near "
                                             "\"isnull\": syntax error)")}));
        const QVariantMap row
            = insertAndRead(db, QStringLiteral("o"), QStringLiteral("(id) VALUES (1)"));
        QCOMPARE(row.value(QStringLiteral("qty")).toInt(), 0);
        QCOMPARE(row.value(QStringLiteral("twice")).toInt(), 0);
        QCOMPARE(row.value(QStringLiteral("name")).toString(), QStringLiteral("none"));
        QVERIFY(!row.value(QStringLiteral("at")).toString().isEmpty());
        QVERIFY(db.exec(QStringLiteral("UPDATE o SET qty = 5 WHERE id = 1")));
        QCOMPARE(db.scalar(QStringLiteral("SELECT twice FROM o")).toInt(), 10);
        QVERIFY(!db.exec(QStringLiteral("UPDATE o SET qty = -5 WHERE id = 1")));
    }

    // A clause that prepares as an expression but that CREATE TABLE refuses (a subquery in a
    // CHECK) costs the table its optional clauses, not its existence.
    void tableRetriedWithoutOptionalClauses()
    {
        TestSchema s;
        s.schema.sourceDialect = QStringLiteral("postgresql");
        s.table(QStringLiteral("p"), {QStringLiteral("id integer pk")});
        s.table(QStringLiteral("c"),
                {QStringLiteral("id integer pk"), QStringLiteral("qty integer default=7")});
        addCheck(&s.schema, QStringLiteral("c"), QStringLiteral("qty < (SELECT 10)"));
        ScratchDatabase db;
        QVERIFY2(db.createFromSchema(s.schema), qPrintable(db.error()));
        QCOMPARE(db.notSimulated().size(), 1);
        QVERIFY2(db.notSimulated().first().startsWith(
                     QStringLiteral("table c built without its defaults, CHECK constraints, "
                                    "generated columns and collations (SQLite refuses them: ")),
                 qPrintable(db.notSimulated().first()));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO c (id, qty) VALUES (1, 100)")));
    }

    // SQLite's index names share one namespace with its tables; elsewhere they do not.
    void indexNamedLikeATable()
    {
        TestSchema s;
        s.schema.sourceDialect = QStringLiteral("sqlserver");
        s.table(QStringLiteral("a"),
                {QStringLiteral("id integer pk"), QStringLiteral("b integer")});
        Table a = *s.schema.tableByName(QStringLiteral("a"));
        a.indexes.append(
            TableIndex(s.schema.allocateId(), QStringLiteral("b"), {a.columns.at(1).id}));
        TableIndex partial(s.schema.allocateId(), QStringLiteral("ix_partial"),
                           {a.columns.at(1).id}, true);
        partial.predicate = QStringLiteral("[b] IS NOT NULL AND len([b]) > 0");
        a.indexes.append(partial);
        s.schema.replaceTable(a);
        s.table(QStringLiteral("b"), {QStringLiteral("id integer pk")});
        ScratchDatabase db;
        QVERIFY2(db.createFromSchema(s.schema), qPrintable(db.error()));
        QCOMPARE(db.notSimulated(),
                 QStringList({QStringLiteral("index ix_partial on a (SQL Server syntax SQLite "
                                             "cannot evaluate: no such function: len)")}));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                          "'index' AND tbl_name = 'a'"))
                     .toInt(),
                 1);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                          "'table'"))
                     .toInt(),
                 2);
    }

    // A schema of SQLite's own is written as it is.
    void sqliteSchemaUnchanged()
    {
        TestSchema s;
        s.schema.sourceDialect = QStringLiteral("sqlite");
        s.table(QStringLiteral("t"),
                {QStringLiteral("id integer pk"),
                 QStringLiteral("at text default=CURRENT_TIMESTAMP"),
                 QStringLiteral("word text default=abc")});
        addCheck(&s.schema, QStringLiteral("t"), QStringLiteral("length(at) > 0"));
        ScratchSchema plan(s.schema);
        QVERIFY(plan.notSimulated().isEmpty());
        QCOMPARE(plan.statements().size(), 1);
        QCOMPARE(plan.statements().first().sql,
                 QStringLiteral("CREATE TABLE t (\n    id INTEGER NOT NULL PRIMARY KEY,\n    at "
                                "TEXT DEFAULT CURRENT_TIMESTAMP,\n    word TEXT DEFAULT abc,\n    "
                                "CHECK (length(at) > 0)\n)"));
        // A bare word is a string default in SQLite's DDL, though no valid expression.
        ScratchDatabase db;
        QVERIFY2(db.createFromSchema(s.schema), qPrintable(db.error()));
        QVERIFY(db.notSimulated().isEmpty());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO t (id) VALUES (1)")));
        QCOMPARE(db.scalar(QStringLiteral("SELECT word FROM t")).toString(), QStringLiteral("abc"));
    }

    void translate_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pg cast") << "postgresql"
                                 << "'x'::text"
                                 << "'x'";
        QTest::newRow("pg varying") << "postgresql"
                                    << "'x'::character varying(20)"
                                    << "'x'";
        QTest::newRow("pg array cast") << "postgresql"
                                       << "'{}'::text[]"
                                       << "'{}'";
        QTest::newRow("pg number cast") << "postgresql"
                                        << "0::numeric(10,2)"
                                        << "0";
        QTest::newRow("pg column cast kept") << "postgresql"
                                             << "(a)::text"
                                             << "(a)::text";
        QTest::newRow("pg now") << "postgresql"
                                << "now()"
                                << "CURRENT_TIMESTAMP";
        QTest::newRow("pg string with ::") << "postgresql"
                                           << "'a::text'"
                                           << "'a::text'";
        QTest::newRow("ms getdate") << "sqlserver"
                                    << "(getdate())"
                                    << "CURRENT_TIMESTAMP";
        QTest::newRow("ms national") << "sqlserver"
                                     << "(N'a''b')"
                                     << "('a''b')";
        QTest::newRow("my curdate") << "mysql"
                                    << "curdate()"
                                    << "CURRENT_DATE";
        QTest::newRow("my introducer") << "mysql"
                                       << "_latin1'x'"
                                       << "'x'";
        QTest::newRow("pg null cast") << "postgresql"
                                      << "NULL::character varying"
                                      << "NULL";
        QTest::newRow("pg bool cast") << "postgresql"
                                      << "true::boolean"
                                      << "true";
        QTest::newRow("pg now input") << "postgresql"
                                      << "('now'::text)::date"
                                      << "CURRENT_DATE";
        QTest::newRow("pg now timestamp") << "postgresql"
                                          << "'now'::timestamp without time zone"
                                          << "CURRENT_TIMESTAMP";
        QTest::newRow("pg now text kept") << "postgresql"
                                          << "'now'::text"
                                          << "'now'";
        QTest::newRow("my bits") << "mysql"
                                 << "b'101'"
                                 << "5";
        QTest::newRow("my identifier b kept") << "mysql"
                                              << "ab'1'"
                                              << "ab'1'";
        QTest::newRow("sqlite untouched") << "sqlite"
                                          << "'x'::text"
                                          << "'x'::text";
    }
    void translate()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(ScratchSchema::translate(text, dialect), expected);
    }
};

QTEST_GUILESS_MAIN(tst_ScratchSchema)
#include "tst_scratchschema.moc"
