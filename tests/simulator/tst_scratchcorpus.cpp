#include "import/importer.h"
#include "import/importreport.h"
#include "schema.h"
#include "simulator/scratchdatabase.h"

#include <QDir>
#include <QtTest>

// Every corpus script Joinery reads (SQLite, PostgreSQL, MySQL, SQL Server) gives a scratch
// database with every table of the imported schema; what SQLite cannot evaluate is named.
class tst_ScratchCorpus : public QObject
{
    Q_OBJECT

private:
    QString m_corpus;

private slots:
    void initTestCase()
    {
        m_corpus = qEnvironmentVariable("JOINERY_CORPUS_DIR");
        if (m_corpus.isEmpty())
            m_corpus = QStringLiteral(JOINERY_DEFAULT_CORPUS_DIR);
        if (!QFileInfo(m_corpus).isDir())
            QSKIP(qPrintable(
                QStringLiteral("No corpus at %1; set JOINERY_CORPUS_DIR.").arg(m_corpus)));
    }

    void build_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("dialect");
        if (!QFileInfo(m_corpus).isDir())
            return;
        const QDir root(m_corpus);
        for (const QString &folder :
             root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QDir dir(root.filePath(folder));
            for (const QString &file :
                 dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
                const QString base = QFileInfo(file).baseName();
                QString dialect;
                if (base.startsWith(QLatin1String("sqlite")))
                    dialect = QStringLiteral("sqlite");
                else if (base == QLatin1String("postgresql") || base == QLatin1String("mysql")
                         || base == QLatin1String("sqlserver"))
                    dialect = base;
                else
                    continue; // a dialect Joinery does not read, or a data file
                QTest::newRow(qPrintable(folder + QLatin1Char('/') + file))
                    << dir.filePath(file) << dialect;
            }
        }
    }
    void build()
    {
        QFETCH(QString, path);
        QFETCH(QString, dialect);
        ImportReport report;
        const Schema schema = Importer::importSource(path, dialect, &report);
        QVERIFY2(!report.isFatal(), qPrintable(report.fatalError));
        ScratchDatabase db;
        QVERIFY2(db.createFromSchema(schema), qPrintable(db.error()));
        QStringList missing;
        for (Id tableId : schema.tableIds()) {
            const QString name = schema.table(tableId)->name;
            if (db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                         "AND name = ?"),
                          {name})
                    .toInt()
                != 1)
                missing << name;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
        qInfo("%d tables, %d clauses not simulated", schema.tableCount(),
              int(db.notSimulated().size()));
    }
};

QTEST_GUILESS_MAIN(tst_ScratchCorpus)
#include "tst_scratchcorpus.moc"
