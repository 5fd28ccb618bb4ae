#include "simulator/rowdiff.h"
#include "testschema.h"

#include <QTest>

using RA = ReferentialAction;
using Rows = QVector<QVector<QVariant>>;

// RowDiff without an engine: which changed rows are set-null, set-default or updated, rows
// matched by primary key even when it changed, and tables without one.
class tst_RowDiff : public QObject
{
    Q_OBJECT

private slots:
    void classifiesByKeyColumnsAndDefaults()
    {
        TestSchema s;
        s.table(QStringLiteral("p"), {QStringLiteral("id integer pk")});
        s.table(QStringLiteral("c"),
                {QStringLiteral("id integer pk"), QStringLiteral("a integer"),
                 QStringLiteral("b integer default=0"), QStringLiteral("note text")});
        s.key(QStringLiteral("fk_a"), QStringLiteral("c"), {QStringLiteral("a")},
              QStringLiteral("p"), {QStringLiteral("id")}, RA::SetNull, RA::Cascade);
        s.key(QStringLiteral("fk_b"), QStringLiteral("c"), {QStringLiteral("b")},
              QStringLiteral("p"), {QStringLiteral("id")}, RA::SetDefault);
        const Table &c = *s.schema.table(s.id(QStringLiteral("c")));
        const QVariant null;
        const Rows before{{1, 5, 5, QStringLiteral("x")},
                          {2, 5, 5, QStringLiteral("y")},
                          {3, 6, 6, QStringLiteral("z")},
                          {4, 7, 7, QStringLiteral("w")},
                          {5, 8, 8, QStringLiteral("v")}};
        const Rows after{{1, null, 5, QStringLiteral("x")}, // key column to NULL: set-null
                         {2, 5, 0, QStringLiteral("y")}, // to its default 0: set-default
                         {3, 6, 6, QStringLiteral("changed")}, // other column: updated
                         {5, 8, 8, QStringLiteral("v")}}; // unchanged; 4 is gone
        const RowDiff diff = RowDiff::compare(s.schema, c, before, after, true);
        QCOMPARE(diff.setNull.size(), 1);
        QCOMPARE(diff.setNull.first().before.first(), QVariant(1));
        QCOMPARE(diff.setDefault.size(), 1);
        QCOMPARE(diff.setDefault.first().after.value(2), QVariant(0));
        QCOMPARE(diff.updated.size(), 1);
        QCOMPARE(diff.updated.first().after.value(3), QVariant(QStringLiteral("changed")));
        QCOMPARE(diff.deleted.size(), 1);
        QCOMPARE(diff.deleted.first().before.first(), QVariant(4));
        QVERIFY(diff.deleted.first().after.isEmpty());
    }

    void nullDefaultFollowsTheKeysAction()
    {
        // A SET DEFAULT key over a column without a default writes NULL: set-default, not
        // set-null, because the key says so.
        TestSchema s;
        s.table(QStringLiteral("p"), {QStringLiteral("id integer pk")});
        s.table(QStringLiteral("c"),
                {QStringLiteral("id integer pk"), QStringLiteral("a integer")});
        s.key(QStringLiteral("fk_a"), QStringLiteral("c"), {QStringLiteral("a")},
              QStringLiteral("p"), {QStringLiteral("id")}, RA::SetDefault, RA::SetNull);
        const Table &c = *s.schema.table(s.id(QStringLiteral("c")));
        const Rows before{{1, 5}};
        const Rows after{{1, QVariant()}};
        QCOMPARE(RowDiff::compare(s.schema, c, before, after, true).setDefault.size(), 1);
        // On UPDATE the same key sets NULL.
        QCOMPARE(RowDiff::compare(s.schema, c, before, after, false).setNull.size(), 1);
    }

    void changedPrimaryKeyIsAnUpdate()
    {
        TestSchema s;
        s.table(QStringLiteral("t"),
                {QStringLiteral("a integer pk"), QStringLiteral("b integer pk"),
                 QStringLiteral("v text")});
        const Table &t = *s.schema.table(s.id(QStringLiteral("t")));
        const Rows before{
            {1, 1, QStringLiteral("x")}, {1, 2, QStringLiteral("y")}, {2, 1, QStringLiteral("z")}};
        const Rows after{{1, 11, QStringLiteral("x")},
                         {1, 12, QStringLiteral("y")},
                         {2, 1, QStringLiteral("z")}};
        const RowDiff diff = RowDiff::compare(s.schema, t, before, after, false);
        QVERIFY(diff.deleted.isEmpty());
        QCOMPARE(diff.updated.size(), 2);
        QCOMPARE(diff.updated.at(0).before.value(1), QVariant(1));
        QCOMPARE(diff.updated.at(0).after.value(1), QVariant(11));
        QCOMPARE(diff.updated.at(1).after.value(1), QVariant(12));
    }

    void withoutPrimaryKeyDuplicatesCount()
    {
        TestSchema s;
        s.table(QStringLiteral("p"), {QStringLiteral("id integer pk")});
        s.table(QStringLiteral("log"), {QStringLiteral("p integer"), QStringLiteral("v text")});
        s.key(QStringLiteral("fk_log"), QStringLiteral("log"), {QStringLiteral("p")},
              QStringLiteral("p"), {QStringLiteral("id")}, RA::SetNull);
        const Table &log = *s.schema.table(s.id(QStringLiteral("log")));
        const QVariant null;
        // Two equal rows, one deleted and one set NULL; the third untouched.
        const Rows before{
            {1, QStringLiteral("a")}, {1, QStringLiteral("a")}, {2, QStringLiteral("b")}};
        const Rows after{{2, QStringLiteral("b")}, {null, QStringLiteral("a")}};
        const RowDiff diff = RowDiff::compare(s.schema, log, before, after, true);
        QCOMPARE(diff.deleted.size(), 1);
        QCOMPARE(diff.setNull.size(), 1);
        QVERIFY(diff.updated.isEmpty());
    }

    void defaultValues_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("isDefault");
        QTest::newRow("integer") << "0" << QVariant(0) << true;
        QTest::newRow("other integer") << "0" << QVariant(1) << false;
        QTest::newRow("quoted") << "'none'" << QVariant(QStringLiteral("none")) << true;
        QTest::newRow("postgres cast")
            << "'none'::text" << QVariant(QStringLiteral("none")) << true;
        QTest::newRow("parenthesised") << "(7)" << QVariant(7) << true;
        QTest::newRow("no default, NULL") << "" << QVariant() << true;
        QTest::newRow("no default, value") << "" << QVariant(3) << false;
        QTest::newRow("boolean") << "true" << QVariant(true) << true;
        QTest::newRow("double") << "1.50" << QVariant(1.5) << true;
    }

    void defaultValues()
    {
        QFETCH(QString, expression);
        QFETCH(QVariant, value);
        QFETCH(bool, isDefault);
        QCOMPARE(RowDiff::isDefaultValue(expression, value), isDefault);
    }
};

QTEST_APPLESS_MAIN(tst_RowDiff)
#include "tst_rowdiff.moc"
