// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "SyncTask.h"
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
    OmsClient* m_client; // the parent: a job never outlives its client
    ApiError m_error;
    bool m_done = false;
};

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

// Start or stop. Never sent twice: when the answer is lost on the way, the
// job reads the task and reports what really happened.
class TaskActionJob : public OmsJob
{
    Q_OBJECT

public:
    enum class Action { Start, Stop };
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

// The 5-minute (or hourly) series of one task between two moments.
class StatisticsJob : public OmsJob
{
    Q_OBJECT

public:
    StatisticsJob(OmsClient* client, QString taskId, QDateTime from, QDateTime to,
                  QList<StatisticType> types);
    void start();

    const QString& taskId() const { return m_taskId; }
    const SyncTaskStatistics& statistics() const { return m_statistics; }

private:
    QString m_taskId;
    QDateTime m_from;
    QDateTime m_to;
    QList<StatisticType> m_types;
    SyncTaskStatistics m_statistics;
};

} // namespace OmsSync
