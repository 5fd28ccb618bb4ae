#include "benchmarkprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace {

// "VmRSS:    123456 kB" → 123456
qint64 statusField(const QByteArray &status, const QByteArray &name)
{
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(name))
            return line.mid(name.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

BenchmarkProbe::BenchmarkProbe(QWidget *canvas, const QElapsedTimer &sinceStart)
    : QObject(canvas)
    , m_canvas(canvas)
    , m_sinceStart(sinceStart)
{
}

void BenchmarkProbe::install(QWidget *canvas, const QElapsedTimer &sinceStart)
{
    if (!qEnvironmentVariableIsSet("JOINERY_BENCHMARK_PROBE"))
        return;
    canvas->installEventFilter(new BenchmarkProbe(canvas, sinceStart));
}

bool BenchmarkProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_canvas && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // After this paint event has been handled and the frame flushed.
        QTimer::singleShot(0, this, &BenchmarkProbe::reportFirstFrame);
    }
    return QObject::eventFilter(watched, event);
}

void BenchmarkProbe::reportFirstFrame()
{
    std::fprintf(stderr, "first-frame %lld\n", m_sinceStart.elapsed());
    std::fflush(stderr);
    bool ok = false;
    const int quitAfter = qEnvironmentVariableIntValue("JOINERY_BENCHMARK_QUIT_AFTER", &ok);
    if (!ok)
        return;
    QTimer::singleShot(quitAfter, this, [] {
        QFile file(QStringLiteral("/proc/self/status"));
        const QByteArray status = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        std::fprintf(stderr, "rss %lld\npeak-rss %lld\n", statusField(status, "VmRSS:"),
                     statusField(status, "VmHWM:"));
        std::fflush(stderr);
        QCoreApplication::exit(0);
    });
}
