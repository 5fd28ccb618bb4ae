#include "commands/editcolumncommand.h"
#include "document.h"
#include "problemtracker.h"
#include "schemabuilder.h"
#include "validator.h"

#include <QTest>

// A 5,000-table, 10,000-key schema: how long a full validation takes, and how long the
// incremental tracker takes to bring its problems up to date after one edit (what every
// keystroke in a property panel costs).
class BenchValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fullValidation();
    void incrementalAfterOneEdit_data();
    void incrementalAfterOneEdit();

private:
    Schema m_schema;
};

void BenchValidation::initTestCase()
{
    SchemaBuilder b;
    for (int i = 0; i < 5000; ++i) {
        b.table(QStringLiteral("t%1").arg(i),
                {QStringLiteral("id bigint pk auto"), QStringLiteral("a_id bigint"),
                 QStringLiteral("b_id bigint notnull"), QStringLiteral("name varchar(100) notnull"),
                 QStringLiteral("created timestamp default=now()")});
        b.index(QStringLiteral("t%1").arg(i), QStringLiteral("ix_t%1_a").arg(i), {QStringLiteral("a_id")});
    }
    for (int i = 1; i < 5000; ++i) {
        b.key(QStringLiteral("fk_t%1_a").arg(i), QStringLiteral("t%1").arg(i), {QStringLiteral("a_id")},
              QStringLiteral("t%1").arg(i / 2), {QStringLiteral("id")}, ReferentialAction::SetNull);
        b.key(QStringLiteral("fk_t%1_b").arg(i), QStringLiteral("t%1").arg(i), {QStringLiteral("b_id")},
              QStringLiteral("t%1").arg((i * 7) % i), {QStringLiteral("id")}, ReferentialAction::Cascade);
    }
    m_schema = b.schema;
    QVERIFY(m_schema.foreignKeyCount() >= 9998);
}

void BenchValidation::fullValidation()
{
    int count = 0;
    QBENCHMARK {
        count = int(Validator::validate(m_schema).size());
    }
    QVERIFY(count > 0); // every b_id key lacks an index: warnings
}

void BenchValidation::incrementalAfterOneEdit_data()
{
    // The target dialect's checks read the whole key graph, so they are rerun in full.
    QTest::addColumn<QString>("dialect");
    QTest::newRow("no target dialect") << QString();
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
    QTest::newRow("sqlserver") << QStringLiteral("sqlserver");
}

void BenchValidation::incrementalAfterOneEdit()
{
    QFETCH(QString, dialect);
    Document document;
    Schema schema = m_schema;
    schema.targetDialect = dialect;
    document.resetSchema(schema);
    ProblemTracker tracker(&document);
    tracker.problems();
    const Table *table = document.schema().tableByName(QStringLiteral("t2500"));
    Column column = table->columns.at(1);
    bool nullable = false;
    QBENCHMARK {
        column.nullable = nullable;
        nullable = !nullable;
        document.undoStack()->push(new EditColumnCommand(&document, table->id, column,
                                                         EditColumnCommand::Property::Nullable));
        tracker.problems();
    }
}

QTEST_GUILESS_MAIN(BenchValidation)
#include "bench_validation.moc"
