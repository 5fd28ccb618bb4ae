#include "ddl/cascadegraph.h"
#include "ddl/creationorder.h"
#include "drizzletoolchain.h"
#include "schemareader.h"
#include "schemawriter.h"
#include "syntheticschema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

// What a user waits for on a generated 5,000-table / 11,000-key document
// (SyntheticSchema::largeDocument), measured on the joinery binary as a user runs it, and
// beside drizzle-kit 0.31 where a peer does the same job. Figures, not assertions; build
// Release and run, e.g.:
//   cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release && cmake --build build/release
//   xvfb-run -s "-screen 0 1600x1000x24" build/release/tests/benchmarks/endtoend/bench_endtoend
// JOINERY_BENCH_DOCUMENT=FILE uses a document of one's own instead of generating one.
//
// - openToFirstFrame: process start until the canvas has painted (BenchmarkProbe), 3 runs;
// - residentMemory: the process's resident memory 15 s after the first frame, when the
//   background work (dialect checks, scratch database, DDL preview) is done;
// - exportAllDialects: `joinery export DOC --dialect all -o DIR`, 3 runs, and beside it
//   drizzleKitExport: drizzle-kit's `export` of the same schema as a Drizzle PostgreSQL
//   module (written by `joinery export --dialect drizzle-pg`), 3 runs; their ratio is printed;
// - loadFile and sqlServerCascadePaths: in process, QBENCHMARK.
class BenchEndToEnd : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void openToFirstFrame();
    void residentMemory();
    void exportAllDialects();
    void drizzleKitExport();
    void exportRatio();
    void loadFile();
    void sqlServerCascadePaths();

private:
    struct Run
    {
        qint64 wallMs = -1;
        QMap<QString, qint64> probe; // "first-frame", "rss", "peak-rss"
        int exitCode = -1;
        QByteArray err;
    };
    Run runDesigner(int quitAfterMs);
    static qint64 median(QVector<qint64> values);

    QTemporaryDir m_dir;
    QString m_document;
    qint64 m_allDialectsMs = -1;
    qint64 m_drizzleMs = -1;
};

qint64 BenchEndToEnd::median(QVector<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

void BenchEndToEnd::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_document = qEnvironmentVariable("JOINERY_BENCH_DOCUMENT");
    if (m_document.isEmpty()) {
        m_document = m_dir.filePath(QStringLiteral("large.joinery"));
        QString error;
        QVERIFY2(SchemaWriter::save(SyntheticSchema::largeDocument(5000), m_document, &error),
                 qPrintable(error));
    }
    SchemaReader reader;
    QVERIFY2(reader.readFile(m_document), qPrintable(reader.error()));
    qInfo("%s: %d tables, %d keys, %lld bytes", qPrintable(m_document),
          reader.schema().tableCount(), reader.schema().foreignKeyCount(),
          QFileInfo(m_document).size());
}

BenchEndToEnd::Run BenchEndToEnd::runDesigner(int quitAfterMs)
{
    Run run;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("JOINERY_BENCHMARK_PROBE"), QStringLiteral("1"));
    environment.insert(QStringLiteral("JOINERY_BENCHMARK_QUIT_AFTER"),
                       QString::number(quitAfterMs));
    if (!environment.contains(QStringLiteral("DISPLAY"))
        && !environment.contains(QStringLiteral("WAYLAND_DISPLAY")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(JOINERY_BINARY), {m_document});
    // The wall time stops when the first-frame line arrives, not when the process ends.
    QByteArray err;
    while (process.state() != QProcess::NotRunning || process.bytesAvailable()) {
        process.waitForReadyRead(50);
        err += process.readAllStandardError();
        if (run.wallMs < 0 && err.contains("first-frame "))
            run.wallMs = timer.elapsed();
        if (timer.elapsed() > 120000) {
            process.kill();
            break;
        }
        if (process.state() == QProcess::NotRunning)
            err += process.readAllStandardError();
    }
    process.waitForFinished();
    run.exitCode = process.exitCode();
    run.err = err;
    for (const QByteArray &line : err.split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2
            && (parts.at(0) == "first-frame" || parts.at(0) == "rss" || parts.at(0) == "peak-rss"))
            run.probe.insert(QString::fromLatin1(parts.at(0)), parts.at(1).toLongLong());
    }
    return run;
}

void BenchEndToEnd::openToFirstFrame()
{
    QVector<qint64> walls, inside;
    for (int i = 0; i < 3; ++i) {
        const Run run = runDesigner(0);
        QVERIFY2(run.wallMs >= 0, run.err.constData());
        walls << run.wallMs;
        inside << run.probe.value(QStringLiteral("first-frame"));
        qInfo("run %d: first frame %lld ms after start (%lld ms after main())", i + 1, run.wallMs,
              run.probe.value(QStringLiteral("first-frame")));
    }
    qInfo("open to first painted canvas: median %lld ms (target 1000 ms)", median(walls));
}

void BenchEndToEnd::residentMemory()
{
    const Run run = runDesigner(15000);
    QVERIFY2(run.probe.contains(QStringLiteral("rss")), run.err.constData());
    qInfo("resident memory 15 s after the first frame: %lld MB (peak %lld MB; target 250 MB)",
          run.probe.value(QStringLiteral("rss")) / 1024,
          run.probe.value(QStringLiteral("peak-rss")) / 1024);
}

void BenchEndToEnd::exportAllDialects()
{
    QVector<qint64> times;
    for (int i = 0; i < 3; ++i) {
        const QString folder = m_dir.filePath(QStringLiteral("all-%1").arg(i));
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(JOINERY_BINARY),
                      {QStringLiteral("export"), m_document, QStringLiteral("--dialect"),
                       QStringLiteral("all"), QStringLiteral("-o"), folder});
        QVERIFY(process.waitForFinished(300000));
        times << timer.elapsed();
        QVERIFY2(process.exitCode() <= 1, process.readAllStandardError().constData());
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 5);
    }
    m_allDialectsMs = median(times);
    qInfo("joinery export --dialect all (five scripts): %lld / %lld / %lld ms, median %lld ms",
          times.at(0), times.at(1), times.at(2), m_allDialectsMs);
}

void BenchEndToEnd::drizzleKitExport()
{
    const QString missing = DrizzleToolchain::missingTools();
    if (!missing.isEmpty())
        QSKIP(qPrintable(missing));
    DrizzleToolchain toolchain(QStringLiteral("stable"),
                               QStringLiteral(JOINERY_SOURCE_DIR "/tests/drizzle/npm/stable"),
                               QStringLiteral(JOINERY_DRIZZLE_NPM_DIR "/stable"));
    QString error;
    QVERIFY2(toolchain.install(&error), qPrintable(error));
    const QString module = QDir(toolchain.runDir()).filePath(QStringLiteral("schema.ts"));
    QProcess joinery;
    joinery.start(QStringLiteral(JOINERY_BINARY),
                  {QStringLiteral("export"), m_document, QStringLiteral("--dialect"),
                   QStringLiteral("drizzle-pg"), QStringLiteral("-o"), module});
    QVERIFY(joinery.waitForFinished(300000));
    QVERIFY2(joinery.exitCode() <= 1, joinery.readAllStandardError().constData());
    QVector<qint64> times;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        const DrizzleToolchain::Result result
            = toolchain.exportSql(module, QStringLiteral("postgresql"));
        times << timer.elapsed();
        QVERIFY2(result.ok(), qPrintable(result.errors));
        QVERIFY(result.output.count(QLatin1String("CREATE TABLE")) >= 5000);
    }
    m_drizzleMs = median(times);
    qInfo(
        "drizzle-kit 0.31 export (one dialect, PostgreSQL): %lld / %lld / %lld ms, median %lld ms",
        times.at(0), times.at(1), times.at(2), m_drizzleMs);
}

void BenchEndToEnd::exportRatio()
{
    if (m_allDialectsMs < 0 || m_drizzleMs <= 0)
        QSKIP("needs both export figures");
    qInfo("five dialects by joinery / one dialect by drizzle-kit: %lld / %lld ms = 1/%.1f "
          "(target 1/20 or less)",
          m_allDialectsMs, m_drizzleMs, double(m_drizzleMs) / std::max<qint64>(1, m_allDialectsMs));
}

void BenchEndToEnd::loadFile()
{
    QBENCHMARK
    {
        SchemaReader reader;
        QVERIFY(reader.readFile(m_document));
    }
}

void BenchEndToEnd::sqlServerCascadePaths()
{
    SchemaReader reader;
    QVERIFY(reader.readFile(m_document));
    const Schema &schema = reader.schema();
    // The keys in the order SQL Server's script adds them, as DialectChecker passes them.
    const CreationOrder order = CreationOrder::compute(schema);
    QHash<Id, QVector<Id>> byChild;
    for (Id keyId : schema.foreignKeyIds())
        byChild[schema.foreignKey(keyId)->childTable] << keyId;
    QVector<Id> keys, late;
    for (Id tableId : order.tables) {
        for (Id keyId : byChild.value(tableId))
            (order.lateKeys.contains(keyId) ? late : keys) << keyId;
    }
    keys += late;
    int problems = 0;
    QBENCHMARK
    {
        problems = CascadeGraph::sqlServerCascadePaths(schema, keys).size();
    }
    qInfo("%d keys rejected by SQL Server's cascade-path rule", problems);
}

QTEST_GUILESS_MAIN(BenchEndToEnd)
#include "bench_endtoend.moc"
