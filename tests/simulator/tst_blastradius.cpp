#include "simulator/blastradius.h"
#include "simulator/samplegenerator.h"
#include "simulator/simulator.h"
#include "simulatortestsupport.h"

#include <QRandomGenerator>
#include <QTest>

using RA = ReferentialAction;

// The static blast radius on fixed schemas, then a randomized differential test: on random
// schemas and data, everything the engine touched (table, action, key) must have been
// predicted, and every key that made the engine refuse must be a predicted stop.
class tst_BlastRadius : public QObject
{
    Q_OBJECT

private:
    static QStringList lines(const BlastRadius &b, const Schema &schema)
    {
        QStringList out;
        for (const BlastRadius::Reach &r : b.reaches)
            out << QStringLiteral("%1 %2 %3 %4")
                       .arg(schema.table(r.table)->name, EffectActions::jsonName(r.action),
                            schema.foreignKey(r.viaKey)->name)
                       .arg(r.depth);
        for (const BlastRadius::Stop &s : b.stops)
            out << QStringLiteral("stop %1 %2%3")
                       .arg(schema.foreignKey(s.key)->name, ActionNames::fileName(s.action),
                            s.notNull ? QStringLiteral(" not-null") : QString());
        return out;
    }

private slots:
    void fixedSchema()
    {
        TestSchema s;
        s.table(QStringLiteral("customer"), {QStringLiteral("id integer pk")});
        s.table(QStringLiteral("orders"),
                {QStringLiteral("id integer pk"), QStringLiteral("customer integer")});
        s.table(QStringLiteral("line"),
                {QStringLiteral("id integer pk"), QStringLiteral("orders integer")});
        s.table(QStringLiteral("note"),
                {QStringLiteral("id integer pk"), QStringLiteral("orders integer notnull")});
        s.table(QStringLiteral("audit"),
                {QStringLiteral("id integer pk"), QStringLiteral("customer integer")});
        s.key(QStringLiteral("fk_orders_customer"), QStringLiteral("orders"),
              {QStringLiteral("customer")}, QStringLiteral("customer"), {QStringLiteral("id")},
              RA::Cascade, RA::Cascade);
        s.key(QStringLiteral("fk_line_orders"), QStringLiteral("line"), {QStringLiteral("orders")},
              QStringLiteral("orders"), {QStringLiteral("id")}, RA::SetNull, RA::Cascade);
        s.key(QStringLiteral("fk_note_orders"), QStringLiteral("note"), {QStringLiteral("orders")},
              QStringLiteral("orders"), {QStringLiteral("id")}, RA::SetNull, RA::Restrict);
        s.key(QStringLiteral("fk_audit_customer"), QStringLiteral("audit"),
              {QStringLiteral("customer")}, QStringLiteral("customer"), {QStringLiteral("id")},
              RA::Restrict, RA::NoAction);
        const BlastRadius del = BlastRadius::analyse(s.schema, s.id(QStringLiteral("customer")),
                                                     BlastRadius::Operation::Delete);
        QCOMPARE(lines(del, s.schema),
                 (QStringList{"orders deleted fk_orders_customer 1",
                              "line set-null fk_line_orders 2", "stop fk_audit_customer restrict",
                              "stop fk_note_orders set-null not-null"}));
        QCOMPARE(del.reachedTables(),
                 (QSet<Id>{s.id(QStringLiteral("customer")), s.id(QStringLiteral("orders")),
                           s.id(QStringLiteral("line"))}));
        const BlastRadius upd = BlastRadius::analyse(s.schema, s.id(QStringLiteral("customer")),
                                                     BlastRadius::Operation::Update);
        QCOMPARE(lines(upd, s.schema),
                 (QStringList{"orders updated fk_orders_customer 1",
                              "stop fk_audit_customer no-action"}));
        // Updating a column no key uses reaches nothing.
        const Table *orders = s.schema.tableByName(QStringLiteral("orders"));
        const BlastRadius none = BlastRadius::analyse(
            s.schema, orders->id, BlastRadius::Operation::Update, {orders->columns.at(1).id});
        QVERIFY(none.reaches.isEmpty());
        QVERIFY(none.stops.isEmpty());
        const SimulationHighlight h = del.highlight();
        QVERIFY(h.predicted);
        QVERIFY(h.keys.value(s.keyId(QStringLiteral("fk_audit_customer"))).blocked);
        QCOMPARE(h.tables.value(s.id(QStringLiteral("line"))).dominant(),
                 SimulationHighlight::Effect::NulledOrDefaulted);
    }

    void cycleTerminates()
    {
        TestSchema s;
        s.table(QStringLiteral("a"),
                {QStringLiteral("id integer pk"), QStringLiteral("b integer")});
        s.table(QStringLiteral("b"),
                {QStringLiteral("id integer pk"), QStringLiteral("a integer")});
        s.key(QStringLiteral("fk_a_b"), QStringLiteral("a"), {QStringLiteral("b")},
              QStringLiteral("b"), {QStringLiteral("id")}, RA::Cascade, RA::Cascade);
        s.key(QStringLiteral("fk_b_a"), QStringLiteral("b"), {QStringLiteral("a")},
              QStringLiteral("a"), {QStringLiteral("id")}, RA::Cascade, RA::Cascade);
        const BlastRadius b = BlastRadius::analyse(s.schema, s.id(QStringLiteral("a")),
                                                   BlastRadius::Operation::Delete);
        QCOMPARE(lines(b, s.schema), (QStringList{"b deleted fk_b_a 1", "a deleted fk_a_b 2"}));
    }

    void differential()
    {
        QRandomGenerator random(20261122);
        const RA actions[] = {RA::NoAction, RA::Restrict, RA::Cascade, RA::SetNull, RA::SetDefault};
        int runs = 0, cascaded = 0, refused = 0;
        for (int round = 0; round < 600; ++round) {
            TestSchema s;
            const int tableCount = 2 + int(random.bounded(4));
            QVector<QStringList> columns(tableCount);
            struct Planned
            {
                int child, parent;
                QString column;
                RA del, upd;
            };
            QVector<Planned> keys;
            for (int t = 0; t < tableCount; ++t) {
                columns[t] << QStringLiteral("id integer pk") << QStringLiteral("v text");
                const int keyCount = int(random.bounded(3));
                for (int k = 0; k < keyCount; ++k) {
                    const QString name = QStringLiteral("f%1").arg(k);
                    const RA del = actions[random.bounded(5)];
                    const RA upd = actions[random.bounded(5)];
                    QString spec = name + QStringLiteral(" integer");
                    if (random.bounded(4) == 0)
                        spec += QStringLiteral(" notnull");
                    if (del == RA::SetDefault || upd == RA::SetDefault)
                        spec += random.bounded(2) ? QStringLiteral(" default=1") : QString();
                    columns[t] << spec;
                    keys.append({t, int(random.bounded(tableCount)), name, del, upd});
                }
            }
            for (int t = 0; t < tableCount; ++t)
                s.table(QStringLiteral("t%1").arg(t), columns.at(t));
            for (int k = 0; k < keys.size(); ++k) {
                const Planned &p = keys.at(k);
                s.key(QStringLiteral("k%1").arg(k), QStringLiteral("t%1").arg(p.child), {p.column},
                      QStringLiteral("t%1").arg(p.parent), {QStringLiteral("id")}, p.del, p.upd);
            }
            SampleData data;
            SampleGenerator generator(s.schema, 3 + int(random.bounded(10)), random.generate());
            QVERIFY(generator.generate(&data));
            ScratchDatabase db;
            QVERIFY2(db.createFromSchema(s.schema), qPrintable(db.error()));
            QVERIFY2(db.load(s.schema, data, ScratchDatabase::LoadMode::Lenient),
                     qPrintable(db.error()));

            const int target = int(random.bounded(tableCount));
            const Table *table = s.schema.tableByName(QStringLiteral("t%1").arg(target));
            const bool isDelete = random.bounded(2) == 0;
            const QString sql = isDelete
                ? QStringLiteral("DELETE FROM t%1 WHERE id % %2 = 0")
                      .arg(target)
                      .arg(1 + random.bounded(3))
                : QStringLiteral("UPDATE t%1 SET id = id + 1000 WHERE id % %2 = 0")
                      .arg(target)
                      .arg(1 + random.bounded(3));
            const BlastRadius predicted = BlastRadius::analyse(
                s.schema, table->id,
                isDelete ? BlastRadius::Operation::Delete : BlastRadius::Operation::Update,
                isDelete ? QVector<Id>() : QVector<Id>{table->columns.first().id});
            Simulator simulator(&db, s.schema);
            const SimulationResult r = simulator.run({sql, false, false});
            ++runs;
            const QString context = QStringLiteral("round %1: %2\n%3")
                                        .arg(round)
                                        .arg(sql, predicted.toText(s.schema));
            if (r.ok) {
                QSet<QString> allowed;
                for (const BlastRadius::Reach &reach : predicted.reaches)
                    allowed.insert(QStringLiteral("%1 %2 %3")
                                       .arg(reach.table)
                                       .arg(int(reach.action))
                                       .arg(reach.viaKey));
                for (const EffectNode &node : r.nodes) {
                    if (node.viaKey == 0) {
                        QVERIFY2(node.table == table->id, qPrintable(context));
                        continue;
                    }
                    ++cascaded;
                    QVERIFY2(allowed.contains(QStringLiteral("%1 %2 %3")
                                                  .arg(node.table)
                                                  .arg(int(node.action))
                                                  .arg(node.viaKey)),
                             qPrintable(context + r.toText(s.schema)));
                }
                for (Id touched : r.highlight().tables.keys())
                    QVERIFY2(predicted.reachedTables().contains(touched),
                             qPrintable(context + r.toText(s.schema)));
            } else {
                ++refused;
                QVERIFY2(!r.badInput, qPrintable(context + r.error.message));
                QVERIFY2(r.error.foreignKey != 0, qPrintable(context + r.toText(s.schema)));
                QSet<Id> possible = predicted.stoppingKeys();
                for (const BlastRadius::Reach &reach : predicted.reaches) {
                    if (reach.action == EffectAction::SetDefault)
                        possible.insert(reach.viaKey);
                }
                QVERIFY2(possible.contains(r.error.foreignKey),
                         qPrintable(context + r.toText(s.schema)));
            }
        }
        qInfo("%d random runs: %d cascaded effects compared, %d refusals explained", runs, cascaded,
              refused);
        QVERIFY(cascaded > 150);
        QVERIFY(refused > 50);
    }
};

QTEST_GUILESS_MAIN(tst_BlastRadius)
#include "tst_blastradius.moc"
