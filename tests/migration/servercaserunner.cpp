#include "servercaserunner.h"

#include "serverscratch.h"

ServerCaseRunner::ServerCaseRunner(const EngineServer &server, int threads, Case run)
    : m_run(std::move(run))
    , m_ahead(quint32(2 * threads))
{
    for (int i = 0; i < threads; ++i)
        m_threads.emplace_back([this, server] { work(server); });
}

ServerCaseRunner::~ServerCaseRunner()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_queued.notify_all();
    for (std::thread &thread : m_threads)
        thread.join();
}

void ServerCaseRunner::work(const EngineServer &server)
{
    // Made, used and closed on this thread: a Qt SQL connection belongs to its thread.
    ServerScratch scratch(server);
    QString openError;
    const bool open = scratch.open(&openError);
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_queued.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_stopping)
            return; // the lock goes first, then the scratch database
        const quint32 number = m_queue.front();
        m_queue.pop_front();
        lock.unlock();
        const QString failure
            = open ? m_run(&scratch, number) : QStringLiteral("no scratch database: ") + openError;
        lock.lock();
        m_done[number] = failure;
        m_finished.notify_all();
    }
}

void ServerCaseRunner::queue(quint32 first, quint32 last)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        for (quint32 next = first; next <= last; ++next) {
            if (m_pending.insert(next).second)
                m_queue.push_back(next);
        }
    }
    m_queued.notify_all();
}

QString ServerCaseRunner::take(quint32 number, quint32 last)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    // The case asked for goes first (a row run alone, or out of order, does not wait for the
    // ones queued ahead of it), the next ones after the queue.
    if (m_pending.insert(number).second)
        m_queue.push_front(number);
    for (quint32 next = number + 1; next <= last && next < number + m_ahead; ++next) {
        if (m_pending.insert(next).second)
            m_queue.push_back(next);
    }
    m_queued.notify_all();
    m_finished.wait(lock, [&] { return m_done.count(number) > 0; });
    const QString failure = m_done[number];
    m_done.erase(number);
    m_pending.erase(number);
    return failure;
}
