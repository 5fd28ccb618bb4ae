#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

// What the end-to-end benchmarks (tests/benchmarks/endtoend) read from the designer, which
// they run as a user would. Only with JOINERY_BENCHMARK_PROBE set:
// - "first-frame MS" on stderr once the canvas has painted for the first time, MS counted
//   from the start of main();
// - with JOINERY_BENCHMARK_QUIT_AFTER=MS, that long after the first frame, "rss KB" and
//   "peak-rss KB" (the process's resident memory now and at most), then the program quits.
class BenchmarkProbe : public QObject
{
    Q_OBJECT
public:
    static void install(QWidget *canvas, const QElapsedTimer &sinceStart);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    BenchmarkProbe(QWidget *canvas, const QElapsedTimer &sinceStart);
    void reportFirstFrame();

    QWidget *m_canvas;
    QElapsedTimer m_sinceStart;
    bool m_painted = false;
};
