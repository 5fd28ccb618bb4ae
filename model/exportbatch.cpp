#include "exportbatch.h"

#include "validator.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

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
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1)); // and this thread
    for (int i = 1; i < targets.size(); ++i)
        pool.start([&work, i] { work(i); });
    work(0);
    pool.waitForDone();
    return outputs;
}
