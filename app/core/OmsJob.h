// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "SyncTask.h"
#include "SyncTaskSpec.h"
#include "SyncTaskStatistics.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace OmsSync {

class ApiCall;
class OmsClient;

// One operation of OmsClient. It finishes exactly once, always
// asynchronously (also when validation refuses it), emits finished() and
// then deletes itself; read the result in the slot connected to finished().
class OmsJob : public QObject
{
    Q_OBJECT

public:
    const ApiError& error() const { return m_error; }
    // Finishes later with this (validation) error: nothing is sent.
    void refuse(const ApiError& error);

Q_SIGNALS:
    void finished();

protected:
    explicit OmsJob(OmsClient* client);
    void finish(const ApiError& error = {});
    OmsClient* client() const { return m_client; }

    // Checks the task id (when one is given), waits until the project is
    // known, then calls `send`; finishes with the reason when either fails.
    void whenReady(const QString* taskId, std::function<void()> send);
    // Starts a call owned by this job and hands it to `done` once finished.
    void run(ApiCall* call, std::function<void(ApiCall*)> done);
    // ShowSyncTask of one task, as of now.
    ApiCall* showCall(const QString& taskId);
    // The reply parsed by `parse`, or nullopt after finishing the job with the
    // call's error or with a malformed-reply error.
    template<typename Parse>
    auto replyOrFinish(ApiCall* call, Parse parse) -> decltype(parse(QByteArray(), nullptr));

private:
    // For replyOrFinish: the body of a successful answer, or nullptr after
    // finishing with the call's error; and the end of an answer not understood.
    const QByteArray* answeredBody(ApiCall* call);
    void finishMalformed(ApiCall* call, const QString& problem);

    OmsClient* m_client; // the parent: a job never outlives its client
    ApiError m_error;
    bool m_done = false;
};

// In the header for the jobs of other files; what it needs of ApiCall is
// out of line, so that including this header does not include Qt Network.
template<typename Parse>
auto OmsJob::replyOrFinish(ApiCall* call, Parse parse) -> decltype(parse(QByteArray(), nullptr))
{
    const QByteArray* body = answeredBody(call);
    if (!body) {
        return std::nullopt;
    }
    QString parseError;
    auto parsed = parse(*body, &parseError);
    if (!parsed) {
        finishMalformed(call, parseError);
    }
    return parsed;
}

// Every task of the profile, page after page (100 a page) until `count`.
class TaskListJob : public OmsJob
{
    Q_OBJECT

public:
    TaskListJob(OmsClient* client, std::optional<SyncTaskStatus> status);
    void start();

    const QList<SyncTask>& tasks() const { return m_tasks; }
    int pages() const { return m_pages; }

    static constexpr int pageSize = 100;
    static constexpr int maxOffset = 10000;

private:
    void requestPage();
    void onPage(ApiCall* call);

    std::optional<SyncTaskStatus> m_status;
    QList<SyncTask> m_tasks;
    int m_pages = 0;
};

// One task with this month's statistics.
class TaskJob : public OmsJob
{
    Q_OBJECT

public:
    TaskJob(OmsClient* client, QString taskId);
    void start();

    const QString& taskId() const { return m_taskId; }
    const SyncTask& task() const { return m_task; }

private:
    QString m_taskId;
    SyncTask m_task;
};

// Start, stop or delete. Never sent twice: when the answer is lost on the
// way, the job reads the task and reports what really happened.
class TaskActionJob : public OmsJob
{
    Q_OBJECT

public:
    enum class Action { Start, Stop, Delete };
    enum class Outcome {
        NotDone, // failed; error() says why
        Done,
        DoneAnswerLost, // the reply was lost, the task's state shows it worked
        NotDoneAnswerLost, // the reply was lost, the task's state shows it did not: safe to retry
    };

    TaskActionJob(OmsClient* client, Action action, QString taskId, QByteArray body);
    void start();

    Action action() const { return m_action; }
    const QString& taskId() const { return m_taskId; }
    Outcome outcome() const { return m_outcome; }

private:
    void onAnswer(ApiCall* call);
    void checkState(const ApiError& lost);

    Action m_action;
    QString m_taskId;
    QByteArray m_body;
    Outcome m_outcome = Outcome::NotDone;
};

// Creates one sync task from a checked body. Never sent twice. The task list
// read before sending refuses a task over the quota and is what a lost answer
// is reconciled against: a task just like the one asked for that was not
// there before is the one this create made.
class TaskCreateJob : public OmsJob
{
    Q_OBJECT

public:
    enum class Outcome {
        NotCreated, // refused or failed; error() says why
        Created,
        CreatedAnswerLost, // the reply was lost, the task list shows the new task
        NotCreatedAnswerLost, // the reply was lost, the task list shows none: safe to retry
        Unknown, // the reply was lost and the task list could not be read either
    };

    // OMS keeps at most this many sync tasks for a tenant.
    static constexpr int maxTasks = 5;

    TaskCreateJob(OmsClient* client, SyncTaskSpec spec, QByteArray body);
    ~TaskCreateJob() override;
    void start();

    const SyncTaskSpec& spec() const { return m_spec; }
    Outcome outcome() const { return m_outcome; }
    // The new task's id once created.
    const QString& taskId() const { return m_taskId; }
    // How many tasks the project had before this create.
    int tasksBefore() const { return int(m_before.size()); }

private:
    void send();
    void onAnswer(ApiCall* call);
    void reconcile(const ApiError& lost);
    bool isTheAskedForTask(const SyncTask& task) const;

    SyncTaskSpec m_spec;
    QByteArray m_body; // holds the keys: wiped once handed to the call
    QStringList m_before; // ids of the tasks that existed before sending
    QString m_taskId;
    Outcome m_outcome = Outcome::NotCreated;
};

// Asks OMS to sync the named objects of a task now, in calls of at most ten
// keys, one after the other, with a result for each call (OMS reports none
// per key). Syncing an object twice is harmless, so a call may be retried.
class SyncEventsJob : public OmsJob
{
    Q_OBJECT

public:
    struct Batch
    {
        QStringList keys; // as given, not encoded
        ApiError error; // of this call; "not sent" when an earlier one failed for all
        bool sent = false;
    };

    static constexpr int keysPerCall = 10;
    static constexpr int maxEncodedKeyLength = 16384;

    SyncEventsJob(OmsClient* client, QString taskId, const QStringList& keys);
    void start();

    const QString& taskId() const { return m_taskId; }
    const QList<Batch>& batches() const { return m_batches; }
    int failedCalls() const;

    // The first key that cannot be sent, with its position and the limit;
    // no error when all of them can.
    static ApiError validateKeys(const QStringList& keys);

Q_SIGNALS:
    void batchFinished(int index);

private:
    void sendBatch(int index);

    QString m_taskId;
    QList<Batch> m_batches;
};

// The 5-minute (or hourly) series of one task between two moments. OMS
// answers a range of at most a month: a longer one is asked for in pieces of
// at most maxPieceMs, one after the other, split on whole hours, and joined
// (SyncTaskStatistics::join). The first failing piece ends the job with its
// error; nothing partial is reported.
class StatisticsJob : public OmsJob
{
    Q_OBJECT

public:
    static constexpr qint64 maxPieceMs = 30LL * 24 * SyncTaskStatistics::oneHourMs;

    StatisticsJob(OmsClient* client, QString taskId, QDateTime from, QDateTime to,
                  QList<StatisticType> types);
    void start();

    const QString& taskId() const { return m_taskId; }
    const SyncTaskStatistics& statistics() const { return m_statistics; }

private:
    void requestPiece(qsizetype index);

    QString m_taskId;
    QDateTime m_from;
    QDateTime m_to;
    QList<StatisticType> m_types;
    QList<std::pair<qint64, qint64>> m_pieces; // [start, end) in epoch ms
    QList<SyncTaskStatistics> m_answers;
    SyncTaskStatistics m_statistics;
};

} // namespace OmsSync
