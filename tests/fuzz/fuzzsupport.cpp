#include "fuzzsupport.h"

#include "import/importer.h"
#include "import/importreport.h"
#include "integritycheck.h"
#include "schema.h"
#include "schemareader.h"
#include "schemawriter.h"
#include "worklimit.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

void quiet(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

} // namespace

void FuzzSupport::initialize()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "joinery-fuzz";
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv); // lives as long as the process
    qInstallMessageHandler(quiet);
}

// The first line where two texts part, with its number: what a broken round trip lost.
static QString firstDifference(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> left = a.split('\n'), right = b.split('\n');
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        const QByteArray l = i < left.size() ? left.at(i) : QByteArray("(end)");
        const QByteArray r = i < right.size() ? right.at(i) : QByteArray("(end)");
        if (l != r)
            return QStringLiteral("line %1:\n  first:  %2\n  second: %3")
                .arg(i + 1)
                .arg(QString::fromUtf8(l), QString::fromUtf8(r));
    }
    return QString();
}

void FuzzSupport::check(bool condition, const char *what, const QString &detail)
{
    if (condition)
        return;
    std::fprintf(stderr, "Invariant broken: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

bool FuzzSupport::decodeScript(const uint8_t *data, size_t size, QString *script)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (bytes.contains('\0'))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8);
    *script = decoder.decode(bytes);
    if (decoder.hasError())
        *script = QString::fromLatin1(bytes);
    if (script->startsWith(QChar(0xfeff)))
        script->remove(0, 1);
    return true;
}

void FuzzSupport::checkImport(const Schema &schema, const ImportReport &report)
{
    if (report.isFatal())
        check(schema.tableCount() == 0, "a fatal import returns an empty schema");
    const QStringList broken = IntegrityCheck::check(schema);
    check(broken.isEmpty(), "an imported schema passes IntegrityCheck",
          broken.join(QLatin1Char('\n')));
    check(!report.toText().isEmpty(), "an import report has text");
    const QByteArray written = SchemaWriter::toJson(schema);
    SchemaReader reader;
    check(reader.read(written), "an imported schema, written, reads back", reader.error());
    const QByteArray rewritten = SchemaWriter::toJson(reader.schema());
    check(rewritten == written, "an imported schema, written and read back, writes the same file",
          firstDifference(written, rewritten));
}

int FuzzSupport::importScript(const uint8_t *data, size_t size, const char *dialect)
{
    QString script;
    if (!decodeScript(data, size, &script))
        return 0;
    ImportReport report;
    WorkLimit limit;
    limit.setStatementSteps(StatementSteps);
    limit.setStepsPerByte(StepsPerByte);
    const Schema schema = Importer::importScript(script, QLatin1String(dialect), &report, &limit);
    checkImport(schema, report);
    return 0;
}

QByteArray FuzzSupport::sample(const char *name)
{
    QFile file(QStringLiteral(JOINERY_SAMPLES_DIR "/") + QLatin1String(name));
    check(file.open(QIODevice::ReadOnly), "the samples are readable", file.fileName());
    return file.readAll();
}
