#include "simulator/scratchdatabase.h"
#include "simulator/statementguard.h"

#include <QTest>

// The guard lets exactly one DELETE or UPDATE on a main table through; everything else is
// refused with a message, before anything runs. Hand-written DDL: no generator involved.
class tst_StatementGuard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_db.isOpen(), qPrintable(m_db.error()));
        QVERIFY(m_db.create({QStringLiteral("CREATE TABLE p (id INTEGER PRIMARY KEY, name TEXT)"),
                             QStringLiteral("CREATE TABLE c (id INTEGER PRIMARY KEY, pid INTEGER "
                                            "REFERENCES p(id) ON DELETE CASCADE)"),
                             QStringLiteral("INSERT INTO p VALUES (1, 'a')"),
                             QStringLiteral("INSERT INTO c VALUES (1, 1)")}));
        QCOMPARE(m_db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    }

    void accepted_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("table");
        QTest::addColumn<int>("kind");
        QTest::newRow("delete") << "DELETE FROM p WHERE id = 1"
                                << "p" << int(StatementGuard::Kind::Delete);
        QTest::newRow("delete, trailing semicolon and comment")
            << "delete from p where name = 'x;y'; -- done\n"
            << "p" << int(StatementGuard::Kind::Delete);
        QTest::newRow("update") << "UPDATE c SET pid = NULL WHERE id IN (SELECT id FROM p)"
                                << "c" << int(StatementGuard::Kind::Update);
        QTest::newRow("delete cascading") << "DELETE FROM p"
                                          << "p" << int(StatementGuard::Kind::Delete);
    }
    void accepted()
    {
        QFETCH(QString, sql);
        QFETCH(QString, table);
        QFETCH(int, kind);
        StatementGuard guard(m_db.handle());
        QVERIFY2(guard.prepare(sql), qPrintable(guard.error()));
        QCOMPARE(guard.tableName(), table);
        QCOMPARE(int(guard.kind()), kind);
        QVERIFY(guard.statement());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("message");
        QTest::newRow("second statement") << "DELETE FROM p; DELETE FROM c"
                                          << "Only one statement can be simulated; found more "
                                             "after the semicolon at character 14.";
        QTest::newRow("second statement, pragma") << "DELETE FROM p; PRAGMA foreign_keys = OFF"
                                                  << "Only one statement can be simulated; found "
                                                     "more after the semicolon at character 14.";
        QTest::newRow("pragma") << "PRAGMA foreign_keys = OFF"
                                << "The statement cannot be run: PRAGMA is not allowed.";
        QTest::newRow("attach")
            << "ATTACH DATABASE '/tmp/x.db' AS x"
            << "The statement cannot be run: ATTACH and DETACH are not allowed.";
        QTest::newRow("insert")
            << "INSERT INTO p VALUES (2, 'b')"
            << "The statement cannot be run: only DELETE and UPDATE can be simulated.";
        QTest::newRow("select") << "SELECT * FROM p"
                                << "Only DELETE and UPDATE can be simulated.";
        QTest::newRow("begin")
            << "BEGIN"
            << "The statement cannot be run: transactions are Joinery's to manage.";
        QTest::newRow("drop")
            << "DROP TABLE c"
            << "The statement cannot be run: only the schema's own tables can be changed.";
        QTest::newRow("schema table")
            << "DELETE FROM sqlite_master"
            << "The statement cannot be run: table sqlite_master may not be modified.";
        QTest::newRow("unknown table") << "DELETE FROM nosuch"
                                       << "The statement cannot be run: no such table: nosuch.";
        QTest::newRow("unknown column")
            << "DELETE FROM p WHERE nosuch = 1"
            << "The statement cannot be run: no such column: nosuch (at character 21).";
        QTest::newRow("bad where") << "DELETE FROM p WHERE ("
                                   << "The statement cannot be run: incomplete input.";
        QTest::newRow("empty") << "  "
                               << "The statement is empty.";
        QTest::newRow("comment only") << "-- nothing"
                                      << "The statement is empty.";
    }
    void refused()
    {
        QFETCH(QString, sql);
        QFETCH(QString, message);
        StatementGuard guard(m_db.handle());
        QVERIFY(!guard.prepare(sql));
        QCOMPARE(guard.error(), message);
        QVERIFY(!guard.statement());
        // Nothing ran.
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM p")).toInt(), 1);
        QCOMPARE(m_db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(m_db.scalar(QStringLiteral("PRAGMA database_list")).toString(),
                 QStringLiteral("0"));
    }

    void argumentsBecomeStatements()
    {
        QCOMPARE(StatementGuard::deleteStatement(QStringLiteral("p WHERE id = 1")),
                 QStringLiteral("DELETE FROM p WHERE id = 1"));
        QCOMPARE(StatementGuard::updateStatement(QStringLiteral("p SET id = 2")),
                 QStringLiteral("UPDATE p SET id = 2"));
    }

private:
    ScratchDatabase m_db;
};

QTEST_GUILESS_MAIN(tst_StatementGuard)
#include "tst_statementguard.moc"
