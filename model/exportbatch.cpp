#include "exportbatch.h"

#include "validator.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>
#include <atomic>

QVector<ExportBatch::Output> ExportBatch::run(const Schema &schema,
                                              const QList<ExportTarget> &targets,
                                              const DdlOptions &options,
                                              ExportTarget::Script script)
{
    const QVector<Problem> validation = Validator::validate(schema);
    QVector<Output> outputs(targets.size());
    auto work = [&](int i) {
        ExportTarget::Export result
            = targets.at(i).exportWithErrors(schema, validation, options, script);
        outputs[i].target = targets.at(i);
        outputs[i].text = result.text.toUtf8();
        outputs[i].errors = std::move(result.errors);
    };
    if (targets.size() == 1) {
        work(0);
        return outputs;
    }
    // A pool of its own, so that the wait below cannot queue behind unrelated work. The schema
    // is only read: its implicitly shared containers may be read from several threads.
    // Every thread, this one included, takes the next target until none is left: handing the
    // targets out up front left this thread one and the only worker of a two-core machine the
    // other four.
    std::atomic<int> next{0};
    auto drain = [&] {
        for (int i = next++; i < targets.size(); i = next++)
            work(i);
    };
    QThreadPool pool;
    const int helpers = std::min(int(targets.size()) - 1, QThread::idealThreadCount() - 1);
    pool.setMaxThreadCount(std::max(1, helpers));
    for (int i = 0; i < helpers; ++i)
        pool.start(drain);
    drain();
    pool.waitForDone();
    return outputs;
}
