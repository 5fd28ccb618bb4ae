#include "schemareader.h"
#include "simulator/samplegenerator.h"
#include "simulator/samplegeneratorspread.h"
#include "simulator/simulator.h"
#include "simulatortestsupport.h"

#include <QDate>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

using RA = ReferentialAction;

// Generated rows must load into the engine with every key and constraint checked, the same
// seed must give the same rows, and cancelling must stop it.
class tst_SampleGenerator : public QObject
{
    Q_OBJECT

private:
    static Schema sample(const QString &name)
    {
        SchemaReader reader;
        if (!reader.readFile(QStringLiteral(JOINERY_SAMPLES_DIR "/%1.joinery").arg(name)))
            qWarning("%s", qPrintable(reader.error()));
        return reader.schema();
    }

    static bool isOneToOneChild(const Schema &schema, Id tableId)
    {
        const Table *table = schema.table(tableId);
        for (Id keyId : schema.foreignKeysOfTable(tableId)) {
            const ForeignKey *key = schema.foreignKey(keyId);
            if (key->childTable != tableId || key->isSelfReference())
                continue;
            if (key->childColumns.size() == 1
                && (table->isUniqueColumn(key->childColumns.first())
                    || table->primaryKey == key->childColumns))
                return true;
        }
        return false;
    }

    static QVector<QVariant> column(const SampleData &data, const Schema &schema,
                                    const QString &table, const QString &column)
    {
        const Table *t = schema.tableByName(table);
        const SampleTable sample = data.tables.value(t->id);
        const int index = int(sample.columns.indexOf(t->columnByName(column)->id));
        QVector<QVariant> values;
        for (const QVector<QVariant> &row : sample.rows)
            values << row.value(index);
        return values;
    }

    // Children per parent key value.
    static QHash<QString, int> childrenPerParent(const QVector<QVariant> &parentKeys,
                                                 const QVector<QVariant> &childKeys)
    {
        QHash<QString, int> counts;
        for (const QVariant &p : parentKeys)
            counts.insert(p.toString(), 0);
        for (const QVariant &c : childKeys) {
            if (!c.isNull())
                ++counts[c.toString()];
        }
        return counts;
    }

private slots:
    void samplesLoadStrictly_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"shop", "employees", "composite-key", "cycle"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void samplesLoadStrictly()
    {
        QFETCH(QString, name);
        const Schema schema = sample(name);
        QVERIFY(schema.tableCount() > 0);
        SampleGenerator generator(schema, 200, 42);
        SampleData data;
        QVERIFY(generator.generate(&data));
        QCOMPARE(generator.skipped(), 0);
        // Every table gets its rows, except a one-to-one child (unique key columns), which
        // leaves some parents without a child.
        for (Id t : schema.tableIds()) {
            const int rows = int(data.tables.value(t).rows.size());
            if (isOneToOneChild(schema, t))
                QVERIFY2(rows >= 100 && rows < 200, qPrintable(QString::number(rows)));
            else
                QCOMPARE(rows, 200);
        }
        ScratchDatabase db;
        QVERIFY2(db.createFromSchema(schema), qPrintable(db.error()));
        QVERIFY2(db.load(schema, data, ScratchDatabase::LoadMode::Strict), qPrintable(db.error()));
        QVector<ScratchDatabase::Violation> violations;
        QVERIFY(db.foreignKeyViolations(&violations));
        QVERIFY(violations.isEmpty());
        SampleData back;
        QVERIFY(db.read(schema, &back));
        QCOMPARE(back.rowCount(), data.rowCount());
    }

    void deterministic()
    {
        const Schema schema = sample(QStringLiteral("shop"));
        SampleData a, b, c;
        QVERIFY(SampleGenerator(schema, 30, 7).generate(&a));
        QVERIFY(SampleGenerator(schema, 30, 7).generate(&b));
        QVERIFY(SampleGenerator(schema, 30, 8).generate(&c));
        QCOMPARE(a, b);
        QVERIFY(a != c);
    }

    void hardCases()
    {
        TestSchema s;
        s.table(
            QStringLiteral("product"),
            {QStringLiteral("id integer pk"), QStringLiteral("code varchar(1) unique notnull")});
        s.table(QStringLiteral("orders"), {QStringLiteral("id integer pk")});
        // The primary key is made of two keys: pairs must stay unique.
        s.table(QStringLiteral("item"),
                {QStringLiteral("orders integer pk"), QStringLiteral("product integer pk")});
        s.table(QStringLiteral("node"),
                {QStringLiteral("id integer pk"), QStringLiteral("parent integer notnull")});
        s.table(QStringLiteral("a"),
                {QStringLiteral("id integer pk"), QStringLiteral("b integer notnull")});
        s.table(QStringLiteral("b"),
                {QStringLiteral("id integer pk"), QStringLiteral("a integer notnull")});
        s.key(QStringLiteral("fk_item_orders"), QStringLiteral("item"), {QStringLiteral("orders")},
              QStringLiteral("orders"), {QStringLiteral("id")}, RA::Cascade);
        s.key(QStringLiteral("fk_item_product"), QStringLiteral("item"),
              {QStringLiteral("product")}, QStringLiteral("product"), {QStringLiteral("id")},
              RA::Cascade);
        s.key(QStringLiteral("fk_node_parent"), QStringLiteral("node"), {QStringLiteral("parent")},
              QStringLiteral("node"), {QStringLiteral("id")}, RA::Cascade);
        s.key(QStringLiteral("fk_a_b"), QStringLiteral("a"), {QStringLiteral("b")},
              QStringLiteral("b"), {QStringLiteral("id")}, RA::Cascade, RA::NoAction,
              Deferrability::DeferrableDeferred);
        s.key(QStringLiteral("fk_b_a"), QStringLiteral("b"), {QStringLiteral("a")},
              QStringLiteral("a"), {QStringLiteral("id")}, RA::Cascade, RA::NoAction,
              Deferrability::DeferrableDeferred);
        SampleGenerator generator(s.schema, 60, 3);
        SampleData data;
        QVERIFY(generator.generate(&data));
        // varchar(1) holds 36 distinct codes (base 36); the other rows are left out.
        QCOMPARE(data.tables.value(s.id(QStringLiteral("product"))).rows.size(), 36);
        QCOMPARE(generator.skipped(), 24);
        QCOMPARE(data.tables.value(s.id(QStringLiteral("item"))).rows.size(), 60);
        ScratchDatabase db;
        QVERIFY(db.createFromSchema(s.schema));
        QVERIFY2(db.load(s.schema, data, ScratchDatabase::LoadMode::Strict),
                 qPrintable(db.error()));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM node")).toInt(), 60);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM a")).toInt(), 60);
    }

    // Values look like what the columns hold.
    void valuesLookReal()
    {
        const Schema schema = sample(QStringLiteral("shop"));
        SampleData data;
        QVERIFY(SampleGenerator(schema, 50, 1).generate(&data));
        const QRegularExpression email(QStringLiteral("^[a-z]+\\.[a-z]+\\d*@[a-z.]+\\.[a-z]+$"));
        const QVector<QVariant> emails
            = column(data, schema, QStringLiteral("users"), QStringLiteral("email"));
        QSet<QString> distinct;
        for (const QVariant &v : emails) {
            QVERIFY2(email.match(v.toString()).hasMatch(), qPrintable(v.toString()));
            distinct.insert(v.toString());
        }
        QCOMPARE(distinct.size(), emails.size()); // unique, as the constraint wants
        // A display name is a first and a last name, of the same person as the e-mail.
        const QVector<QVariant> names
            = column(data, schema, QStringLiteral("users"), QStringLiteral("display_name"));
        for (int i = 0; i < names.size(); ++i) {
            if (names.at(i).isNull())
                continue;
            const QStringList parts = names.at(i).toString().split(QLatin1Char(' '));
            QCOMPARE(parts.size(), 2);
            QVERIFY2(
                emails.at(i).toString().startsWith(parts.first().toLower() + QLatin1Char('.')),
                qPrintable(names.at(i).toString() + QLatin1Char(' ') + emails.at(i).toString()));
        }
        // Amounts: two decimals at most, positive, within decimal(12,2), never in exponent form.
        for (const QVariant &v :
             column(data, schema, QStringLiteral("orders"), QStringLiteral("total"))) {
            const double amount = v.toDouble();
            QVERIFY(amount > 0 && amount < 1e10);
            QVERIFY2(qAbs(amount * 100 - qRound64(amount * 100)) < 1e-6, qPrintable(v.toString()));
            QVERIFY(!v.toString().contains(QLatin1Char('e')));
        }
        for (const QVariant &v :
             column(data, schema, QStringLiteral("products"), QStringLiteral("price")))
            QVERIFY2(v.toDouble() >= 1 && v.toDouble() < 1000, qPrintable(v.toString()));
        // Ratings from 1 to 5, quantities small, dates in range, statuses from a short list.
        for (const QVariant &v :
             column(data, schema, QStringLiteral("reviews"), QStringLiteral("rating")))
            QVERIFY(v.toInt() >= 1 && v.toInt() <= 5);
        for (const QVariant &v :
             column(data, schema, QStringLiteral("order_items"), QStringLiteral("quantity")))
            QVERIFY(v.toInt() >= 1 && v.toInt() <= 10);
        for (const QVariant &v :
             column(data, schema, QStringLiteral("reviews"), QStringLiteral("written_on"))) {
            const QDate date = QDate::fromString(v.toString(), Qt::ISODate);
            QVERIFY2(date.isValid() && date.year() >= 2023 && date.year() <= 2024,
                     qPrintable(v.toString()));
        }
        QSet<QString> statuses;
        for (const QVariant &v :
             column(data, schema, QStringLiteral("orders"), QStringLiteral("status")))
            statuses.insert(v.toString());
        QVERIFY(statuses.size() >= 2 && statuses.size() <= 5);
        QVERIFY(statuses.contains(QStringLiteral("delivered")));
        // SKUs are unique codes; JSON is JSON.
        for (const QVariant &v :
             column(data, schema, QStringLiteral("products"), QStringLiteral("sku")))
            QVERIFY2(v.toString().startsWith(QStringLiteral("SKU-")), qPrintable(v.toString()));
        for (const QVariant &v :
             column(data, schema, QStringLiteral("products"), QStringLiteral("attributes"))) {
            if (!v.isNull())
                QVERIFY(!QJsonDocument::fromJson(v.toString().toUtf8()).isNull());
        }
    }

    // Parents have no child, one, or many; the front of each parent table is free to delete.
    void childrenAreSpread()
    {
        const Schema schema = sample(QStringLiteral("shop"));
        SampleData data;
        QVERIFY(SampleGenerator(schema, 40, 5).generate(&data));
        const QHash<QString, int> orders = childrenPerParent(
            column(data, schema, QStringLiteral("users"), QStringLiteral("id")),
            column(data, schema, QStringLiteral("orders"), QStringLiteral("user_id")));
        int none = 0, one = 0, many = 0;
        for (int n : orders)
            (n == 0 ? none : n == 1 ? one : many)++;
        QVERIFY2(none >= 3 && one >= 3 && many >= 3,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(none).arg(one).arg(many)));
        // Not every order is its user's only one (the field report's user_id = id).
        int sameAsId = 0;
        const QVector<QVariant> ids
            = column(data, schema, QStringLiteral("orders"), QStringLiteral("id"));
        const QVector<QVariant> users
            = column(data, schema, QStringLiteral("orders"), QStringLiteral("user_id"));
        for (int i = 0; i < ids.size(); ++i)
            sameAsId += ids.at(i) == users.at(i) ? 1 : 0;
        QVERIFY(sameAsId < ids.size() / 2);
        // One-to-one: profiles.user_id is unique; some users have no profile.
        const QHash<QString, int> profiles = childrenPerParent(
            column(data, schema, QStringLiteral("users"), QStringLiteral("id")),
            column(data, schema, QStringLiteral("profiles"), QStringLiteral("user_id")));
        int withProfile = 0;
        for (int n : profiles) {
            QVERIFY(n <= 1);
            withProfile += n;
        }
        QVERIFY(withProfile > 0 && withProfile < profiles.size());
    }

    void spreadPlans_data()
    {
        QTest::addColumn<bool>("refusing");
        QTest::addColumn<bool>("oneToOne");
        QTest::addColumn<bool>("nullable");
        QTest::newRow("restrict") << true << false << false;
        QTest::newRow("cascade") << false << false << false;
        QTest::newRow("set null") << false << false << true;
        QTest::newRow("one-to-one cascade") << false << true << false;
        QTest::newRow("one-to-one restrict") << true << true << false;
    }
    void spreadPlans()
    {
        QFETCH(bool, refusing);
        QFETCH(bool, oneToOne);
        QFETCH(bool, nullable);
        SampleGeneratorSpread::Key key;
        key.parents = 30;
        key.children = 30;
        key.refusing = refusing;
        key.oneToOne = oneToOne;
        key.nullable = nullable;
        QRandomGenerator random(9);
        const QVector<int> plan = SampleGeneratorSpread::plan(key, random);
        const int story = SampleGeneratorSpread::storyCount(30);
        QCOMPARE(story, 9);
        QVector<int> perParent(30);
        for (int p : plan) {
            QVERIFY(p >= -1 && p < 30);
            if (p >= 0)
                ++perParent[p];
        }
        QVERIFY(nullable || !plan.contains(-1));
        for (int p = 0; p < story; ++p)
            QVERIFY2(refusing ? perParent.at(p) == 0 : perParent.at(p) >= 1,
                     qPrintable(QString::number(p)));
        if (oneToOne) {
            QVERIFY(plan.size() < 30);
            for (int n : perParent)
                QVERIFY(n <= 1);
        } else {
            QCOMPARE(plan.size(), 30);
        }
        // The story parents' children come first.
        if (!refusing) {
            for (int i = 0; i < story; ++i)
                QVERIFY(plan.at(i) >= 0 && plan.at(i) < story);
        }
        QRandomGenerator again(9);
        QCOMPARE(SampleGeneratorSpread::plan(key, again), plan);
    }

    // The shop's "delete a user": one user's delete cascades to the profile and sets the
    // reviews' author to NULL; another's is refused because of orders (RESTRICT) — for
    // every seed, run on the real simulator.
    void shopStory_data()
    {
        QTest::addColumn<quint64>("seed");
        QTest::addColumn<int>("rows");
        for (quint64 seed : {1, 2, 7, 42})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed << 20;
        QTest::newRow("seed 3, 200 rows") << quint64(3) << 200;
    }
    void shopStory()
    {
        QFETCH(quint64, seed);
        QFETCH(int, rows);
        const Schema schema = sample(QStringLiteral("shop"));
        SampleData data;
        QVERIFY(SampleGenerator(schema, rows, seed).generate(&data));
        ScratchDatabase db;
        QVERIFY(db.createFromSchema(schema));
        QVERIFY2(db.load(schema, data, ScratchDatabase::LoadMode::Strict), qPrintable(db.error()));

        // User 1 (the first row): a profile, reviews, no orders.
        Simulator simulator(&db, schema);
        const SimulationResult story
            = simulator.run({QStringLiteral("DELETE FROM users WHERE id = 1"), false, false});
        QVERIFY2(story.ok, qPrintable(story.error.explanation));
        const QStringList effects = effectLines(story, schema);
        bool cascade = false, setNull = false;
        for (const QString &line : effects) {
            cascade
                = cascade || line.startsWith(QStringLiteral("profiles deleted 1 fk_profiles_user"));
            setNull = setNull || line.startsWith(QStringLiteral("reviews set-null"));
        }
        QVERIFY2(cascade && setNull, qPrintable(effects.join(QLatin1Char('\n'))));

        // A user with orders: refused by the RESTRICT key, which the result names.
        const QVariant withOrders
            = db.scalar(QStringLiteral("SELECT user_id FROM orders ORDER BY user_id LIMIT 1"));
        QVERIFY(withOrders.isValid());
        const SimulationResult refused = simulator.run(
            {QStringLiteral("DELETE FROM users WHERE id = %1").arg(withOrders.toLongLong()), false,
             false});
        QVERIFY(!refused.ok);
        QCOMPARE(refused.error.kind, SimulationError::Kind::ForeignKey);
        QCOMPARE(schema.foreignKey(refused.error.foreignKey)->name,
                 QStringLiteral("fk_orders_user"));
        // Most users are in that situation: the refusal is easy to find.
        const int refusing
            = db.scalar(QStringLiteral("SELECT count(DISTINCT user_id) FROM orders")).toInt();
        QVERIFY(refusing >= rows / 2);
    }

    void cancel()
    {
        const Schema schema = sample(QStringLiteral("shop"));
        SampleGenerator generator(schema, 100000, 1);
        SampleData data;
        int calls = 0;
        QVERIFY(!generator.generate(&data, [&](int done, int total) {
            ++calls;
            return done < total / 10; // stop after a tenth
        }));
        QCOMPARE(generator.error(), QStringLiteral("Cancelled."));
        QVERIFY(calls > 1);
        QVERIFY(data.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SampleGenerator)
#include "tst_samplegenerator.moc"
