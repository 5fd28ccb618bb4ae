#include "simulator/scratchdatabase.h"
#include "simulator/sqlinsertfile.h"
#include "testschema.h"
#include "worklimit.h"

#include <QTest>

// Loading a sample-data file of one-line INSERTs (Sample data → Load, `joinery simulate
// --data`): 10,000, 20,000, 40,000 and 80,000 rows. The time must grow linearly with the
// rows; it grew quadratically (2.3 s, 8.7 s, 41.6 s for the first three) when every statement
// recounted the lines before it and SQLite was handed a copy of the rest of the file.
// Run: build/test/tests/benchmarks/simulator/bench_sqlinsertfile
class bench_SqlInsertFile : public QObject
{
    Q_OBJECT

private slots:
    void load_data()
    {
        QTest::addColumn<int>("rows");
        for (int rows : {10'000, 20'000, 40'000, 80'000})
            QTest::newRow(qPrintable(QStringLiteral("%1 rows").arg(rows))) << rows;
    }

    void load()
    {
        QFETCH(int, rows);
        TestSchema s;
        s.table(QStringLiteral("customer"),
                {QStringLiteral("id integer pk"), QStringLiteral("name text")});
        s.table(QStringLiteral("invoice"),
                {QStringLiteral("id integer pk"), QStringLiteral("customer_id integer"),
                 QStringLiteral("note text")});
        s.key(QStringLiteral("fk_invoice_customer"), QStringLiteral("invoice"),
              {QStringLiteral("customer_id")}, QStringLiteral("customer"), {QStringLiteral("id")},
              ReferentialAction::Cascade, ReferentialAction::NoAction);
        QByteArray text = "-- generated\n";
        const int customers = rows / 10;
        for (int i = 1; i <= customers; ++i)
            text += "INSERT INTO customer (id, name) VALUES (" + QByteArray::number(i)
                + ", 'customer " + QByteArray::number(i) + "');\n";
        for (int i = 1; i <= rows - customers; ++i)
            text += "INSERT INTO invoice (id, customer_id, note) VALUES (" + QByteArray::number(i)
                + ", " + QByteArray::number(1 + i % customers) + ", 'a note; with a semicolon');\n";
        WorkLimit limit;
        QBENCHMARK
        {
            ScratchDatabase db;
            QVERIFY(db.createFromSchema(s.schema));
            QString error;
            QVERIFY2(
                SqlInsertFile::loadText(&db, text, QStringLiteral("bench.sql"), &error, &limit),
                qPrintable(error));
        }
        // What the work limit's budget per byte is measured against.
        qInfo("%lld bytes, about %lld steps of SQLite's work (%.2f per byte)", qint64(text.size()),
              limit.totalSteps(), double(limit.totalSteps()) / double(text.size()));
    }
};

QTEST_GUILESS_MAIN(bench_SqlInsertFile)
#include "bench_sqlinsertfile.moc"
