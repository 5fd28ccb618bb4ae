#include "ddl/ddlgenerator.h"
#include "ddl/dialectchecker.h"
#include "import/importer.h"
#include "import/importreport.h"
#include "validator.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

Q_DECLARE_METATYPE(Dialect)

// One case per translation rule of a cross-dialect export (types, defaults, CHECKs, names,
// collations, index features), each a small script in its own dialect under crossdialect/,
// exported to every other dialect and compared with a golden file: the script with its notes,
// which are exactly the problems `check --dialect` lists. JOINERY_UPDATE_GOLDEN=1 rewrites the
// files instead; a reviewer reads the diff. A SQLite script written without errors must also
// load on SQLite (the server engines: tst_crossdialect).
class TestCrossDialectGolden : public QObject
{
    Q_OBJECT
private slots:
    void scripts_data();
    void scripts();
};

void TestCrossDialectGolden::scripts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("source");
    QTest::addColumn<Dialect>("target");
    const QDir dir(QStringLiteral(JOINERY_CROSS_DIALECT_DIR));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const QStringList parts = name.split(QLatin1Char('.'));
        if (parts.size() != 3)
            continue; // a golden file: <case>.<source>.to.<target>.sql
        for (Dialect target :
             {Dialect::SQLite, Dialect::PostgreSQL, Dialect::MySQL, Dialect::SqlServer}) {
            if (Dialects::id(target) == parts.at(1))
                continue;
            QTest::newRow(qPrintable(name + QStringLiteral(" → ") + Dialects::id(target)))
                << dir.filePath(name) << parts.at(1) << target;
        }
    }
}

void TestCrossDialectGolden::scripts()
{
    QFETCH(QString, input);
    QFETCH(QString, source);
    QFETCH(Dialect, target);
    ImportReport report;
    const Schema schema = Importer::importSource(input, source, &report);
    QVERIFY2(schema.tableCount() > 0, qPrintable(report.toText()));
    DdlOptions options;
    options.includeHeader = false;
    const DdlScript script = DdlGenerator::create(target)->createScript(schema, options);
    // The script's notes are what `check --dialect` says, no more and no less.
    QCOMPARE(script.problems, DialectChecker::check(schema, target));
    const QString actual = script.text();

    const QString path
        = input.chopped(4) + QStringLiteral(".to.") + Dialects::id(target) + QStringLiteral(".sql");
    if (qEnvironmentVariableIntValue("JOINERY_UPDATE_GOLDEN") == 1) {
        QFile out(path);
        QVERIFY2(out.open(QIODevice::WriteOnly | QIODevice::Truncate),
                 qPrintable(out.errorString()));
        out.write(actual.toUtf8());
    } else {
        QFile in(path);
        QVERIFY2(in.open(QIODevice::ReadOnly),
                 qPrintable(path + QStringLiteral(": ") + in.errorString()));
        QCOMPARE(actual, QString::fromUtf8(in.readAll()));
    }

    bool errors = false;
    for (const Problem &p : Validator::validate(schema) + script.problems)
        errors = errors || p.severity == Severity::Error;
    if (target != Dialect::SQLite || errors)
        return;
    const QString connection = QString::fromLatin1(QTest::currentDataTag());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const DdlStatement &statement : script.statements)
            QVERIFY2(query.exec(statement.sql),
                     qPrintable(statement.sql + QStringLiteral("\n") + query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QTEST_GUILESS_MAIN(TestCrossDialectGolden)
#include "tst_crossdialectgolden.moc"
