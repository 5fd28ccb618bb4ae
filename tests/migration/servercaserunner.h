#pragma once

#include "enginesupport.h"

#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

class ServerScratch;

// Runs numbered cases of one engine ahead of the test rows, on a few threads with a scratch
// database and connection each, so that one case's waits on the server (MariaDB writes its DDL
// log on every statement, PostgreSQL plans catalog queries) overlap with another's. The test
// rows stay one per case, in order, and report the outcome they take; a row run alone computes
// a few cases more than it needs. Cases must not use QTest's macros (they run off the test
// thread): they return what went wrong, empty when everything held.
class ServerCaseRunner
{
public:
    using Case = std::function<QString(ServerScratch *scratch, quint32 number)>;

    ServerCaseRunner(const EngineServer &server, int threads, Case run);
    ~ServerCaseRunner(); // waits for the cases running, drops the ones only queued
    ServerCaseRunner(const ServerCaseRunner &) = delete;
    ServerCaseRunner &operator=(const ServerCaseRunner &) = delete;

    // Queues the cases first … last not queued yet, to run in that order.
    void queue(quint32 first, quint32 last);
    // The outcome of case `number`: queues it first and the next few up to `last` after the
    // queue, then waits for it.
    QString take(quint32 number, quint32 last);

private:
    void work(const EngineServer &server);

    const Case m_run;
    const quint32 m_ahead;
    std::mutex m_mutex;
    std::condition_variable m_queued; // a case was queued, or the runner stops
    std::condition_variable m_finished; // a case finished
    std::deque<quint32> m_queue;
    std::set<quint32> m_pending; // queued or running, not taken yet
    std::map<quint32, QString> m_done;
    bool m_stopping = false;
    std::vector<std::thread> m_threads; // last: started once everything above exists
};
