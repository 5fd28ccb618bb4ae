#include "schemareader.h"
#include "schemawriter.h"
#include "simulator/editsampledatacommand.h"
#include "simulator/sampledatastore.h"
#include "simulator/sqlinsertfile.h"
#include "simulatortestsupport.h"

#include <QJsonDocument>
#include <QUndoStack>

// Sample data kept with the document: JSON in the .joinery file, .sql INSERT files both ways,
// the undoable command.
class tst_SampleData : public QObject
{
    Q_OBJECT

private:
    TestSchema m_s;
    SampleData m_data;

private slots:
    void initTestCase()
    {
        m_s.table(QStringLiteral("p"),
                  {QStringLiteral("id integer pk"), QStringLiteral("name text"),
                   QStringLiteral("price double"), QStringLiteral("photo blob")});
        m_s.table(QStringLiteral("c"),
                  {QStringLiteral("id integer pk"), QStringLiteral("pid integer")});
        m_s.key(QStringLiteral("fk_c_p"), QStringLiteral("c"), {QStringLiteral("pid")},
                QStringLiteral("p"), {QStringLiteral("id")});
        const Table *p = m_s.schema.tableByName(QStringLiteral("p"));
        const Table *c = m_s.schema.tableByName(QStringLiteral("c"));
        m_data.tables.insert(
            p->id,
            {{p->columns.at(0).id, p->columns.at(1).id, p->columns.at(2).id, p->columns.at(3).id},
             {{qlonglong(1), QStringLiteral("it's"), 2.5, QByteArray("\x00\x01", 2)},
              {qlonglong(9007199254740993LL), QVariant(), 3.0, QVariant()},
              {qlonglong(-4), QStringLiteral("ünï \"q\""), QVariant(), QByteArray()}}});
        m_data.tables.insert(c->id,
                             {{c->columns.at(1).id, c->columns.at(0).id}, // another order
                              {{qlonglong(1), qlonglong(10)}, {QVariant(), qlonglong(11)}}});
    }

    void jsonRoundTrip()
    {
        const QJsonObject json = m_data.toJson(m_s.schema);
        SampleData back;
        QString error;
        QVERIFY2(SampleData::fromJson(json, &back, &error), qPrintable(error));
        QCOMPARE(back, m_data);
        // Through the file, as an extra top-level member.
        const QByteArray file = SchemaWriter::toJson(
            m_s.schema, QJsonObject{{QLatin1String(SampleData::JsonMember), json}});
        SchemaReader reader;
        QVERIFY2(reader.read(file), qPrintable(reader.error()));
        QVERIFY(SampleData::fromJson(reader.extra().value(QLatin1String(SampleData::JsonMember)),
                                     &back, &error));
        QCOMPARE(back, m_data);
    }

    void badJson()
    {
        SampleData data;
        QString error;
        const QJsonObject bad
            = QJsonDocument::fromJson(R"({"tables":[{"table":3,"columns":[1,2],"rows":[[1]]}]})")
                  .object();
        QVERIFY(!SampleData::fromJson(bad, &data, &error));
        QCOMPARE(error,
                 QStringLiteral("sampleData › tables[0] › rows[0]: 1 values for 2 columns."));
        QVERIFY(SampleData::fromJson(QJsonValue(), &data, &error)); // absent: no data
        QVERIFY(data.isEmpty());
    }

    void sqlRoundTrip()
    {
        const QString text = SqlInsertFile::toText(m_s.schema, m_data);
        QVERIFY(text.contains(
            QLatin1String("INSERT INTO \"p\" (\"id\", \"name\", \"price\", \"photo\") "
                          "VALUES (1, 'it''s', 2.5, X'0001');")));
        ScratchDatabase db;
        QVERIFY(db.createFromSchema(m_s.schema));
        QString error;
        QVERIFY2(SqlInsertFile::loadText(&db, text.toUtf8(), QStringLiteral("x.sql"), &error),
                 qPrintable(error));
        SampleData back;
        QVERIFY(db.read(m_s.schema, &back));
        // Read back in the schema's column order.
        const Table *c = m_s.schema.tableByName(QStringLiteral("c"));
        QCOMPARE(back.tables.value(c->id).columns,
                 (QVector<Id>{c->columns.at(0).id, c->columns.at(1).id}));
        QCOMPARE(back.tables.value(c->id).rows.at(1),
                 (QVector<QVariant>{qlonglong(11), QVariant()}));
        const SampleTable p = back.tables.value(m_s.id(QStringLiteral("p")));
        // An INTEGER PRIMARY KEY is the rowid: rows come back in key order.
        const QVector<QVector<QVariant>> written
            = m_data.tables.value(m_s.id(QStringLiteral("p"))).rows;
        QCOMPARE(p.rows, (QVector<QVector<QVariant>>{written.at(2), written.at(0), written.at(1)}));
    }

    void loadFailsWhole()
    {
        ScratchDatabase db;
        QVERIFY(db.createFromSchema(m_s.schema));
        QString error;
        QVERIFY(!SqlInsertFile::loadText(
            &db, "INSERT INTO p (id) VALUES (1);\n\nINSERT INTO p (id) VALUES (1);\n",
            QStringLiteral("dup.sql"), &error));
        QCOMPARE(error, QStringLiteral("dup.sql, line 3: UNIQUE constraint failed: p.id"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM p")).toInt(), 0);
        QVERIFY(!SqlInsertFile::loadText(&db, "INSERT INTO p (id) VALUES (1);\nATTACH 'x' AS y;",
                                         QStringLiteral("a.sql"), &error));
        QCOMPARE(error, QStringLiteral("a.sql, line 2: only INSERT statements are allowed"));
        QVERIFY(!SqlInsertFile::loadText(
            &db, "INSERT INTO p (id) VALUES (1);\nPRAGMA foreign_keys = OFF;",
            QStringLiteral("a.sql"), &error));
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QVERIFY(!SqlInsertFile::loadText(&db, "INSERT INTO nosuch VALUES (1);",
                                         QStringLiteral("a.sql"), &error));
        QCOMPARE(error, QStringLiteral("a.sql, line 1: no such table: nosuch"));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM p")).toInt(), 0);
    }

    void strictAndLenientLoads()
    {
        ScratchDatabase db;
        QVERIFY(db.createFromSchema(m_s.schema));
        SampleData orphan = m_data;
        const Table *c = m_s.schema.tableByName(QStringLiteral("c"));
        orphan.tables[c->id].rows.append({qlonglong(77), qlonglong(12)}); // pid 77: no such p
        QVERIFY(!db.load(m_s.schema, orphan, ScratchDatabase::LoadMode::Strict));
        QVERIFY2(db.error().contains(QLatin1String("no row in \"p\"")), qPrintable(db.error()));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM p")).toInt(), 0);
        QVector<RejectedRow> rejected;
        QVERIFY(db.load(m_s.schema, orphan, ScratchDatabase::LoadMode::Lenient, &rejected));
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().tableName, QStringLiteral("c"));
        QCOMPARE(rejected.first().values, (QVector<QVariant>{qlonglong(77), qlonglong(12)}));
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM c")).toInt(), 2);
    }

    void commandUndoRedo()
    {
        SampleDataStore store;
        QUndoStack stack;
        QSignalSpy spy(&store, &SampleDataStore::changed);
        stack.push(new EditSampleDataCommand(&store, m_data, QStringLiteral("Load rows")));
        QCOMPARE(store.data(), m_data);
        SampleData fewer = m_data;
        fewer.tables.remove(m_s.id(QStringLiteral("c")));
        stack.push(new EditSampleDataCommand(&store, fewer, QStringLiteral("Delete rows")));
        QCOMPARE(store.data(), fewer);
        stack.undo();
        QCOMPARE(store.data(), m_data);
        stack.undo();
        QVERIFY(store.data().isEmpty());
        stack.redo();
        stack.redo();
        QCOMPARE(store.data(), fewer);
        QCOMPARE(spy.count(), 6);
        QCOMPARE(stack.undoText(), QStringLiteral("Delete rows"));
    }
};

QTEST_GUILESS_MAIN(tst_SampleData)
#include "tst_sampledata.moc"
