// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmsJob.h"

#include "ApiCall.h"
#include "InputRules.h"
#include "JsonFields.h"
#include "OmsClient.h"

#include <QStringList>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace OmsSync {

OmsJob::OmsJob(OmsClient* client)
    : QObject(client)
    , m_client(client)
{ }

void OmsJob::refuse(const ApiError& error)
{
    QMetaObject::invokeMethod(
        this, [this, error] { finish(error); }, Qt::QueuedConnection);
}

void OmsJob::finish(const ApiError& error)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_error = error;
    Q_EMIT finished();
    deleteLater();
}

void OmsJob::whenReady(const QString* taskId, std::function<void()> send)
{
    if (taskId) {
        if (const ApiError error = InputRules::checkTaskId(*taskId); error.isError()) {
            refuse(error);
            return;
        }
    }
    client()->whenProjectKnown(this, [this, send = std::move(send)](const ApiError& error) {
        if (error.isError()) {
            finish(error);
        } else {
            send();
        }
    });
}

void OmsJob::run(ApiCall* call, std::function<void(ApiCall*)> done)
{
    call->setParent(this);
    connect(call, &ApiCall::finished, this, [call, done = std::move(done)] {
        call->deleteLater();
        done(call);
    });
    call->start();
}

ApiCall* OmsJob::showCall(const QString& taskId)
{
    QUrlQuery query;
    query.addQueryItem(u"query_time"_s, QString::number(QDateTime::currentMSecsSinceEpoch()));
    return client()->call("GET", {taskId}, query);
}

template<typename Parse>
auto OmsJob::replyOrFinish(ApiCall* call, Parse parse) -> decltype(parse(QByteArray(), nullptr))
{
    if (call->error().isError()) {
        finish(call->error());
        return std::nullopt;
    }
    QString parseError;
    auto parsed = parse(call->body(), &parseError);
    if (!parsed) {
        finish(ApiError::malformedReply(parseError, call->httpStatus(), call->requestId()));
    }
    return parsed;
}

// ---------------------------------------------------------------------------

TaskListJob::TaskListJob(OmsClient* client, std::optional<SyncTaskStatus> status)
    : OmsJob(client)
    , m_status(status)
{ }

void TaskListJob::start()
{
    whenReady(nullptr, [this] { requestPage(); });
}

void TaskListJob::requestPage()
{
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(pageSize));
    query.addQueryItem(u"offset"_s, QString::number(m_tasks.size()));
    if (m_status) {
        query.addQueryItem(u"status"_s, syncTaskStatusWireName(*m_status));
    }
    run(client()->call("GET", {}, query), [this](ApiCall* call) { onPage(call); });
}

void TaskListJob::onPage(ApiCall* call)
{
    const auto page = replyOrFinish(call, &SyncTaskPage::parse);
    if (!page) {
        return;
    }
    ++m_pages;
    m_tasks.append(page->tasks);
    // An empty page ends the walk even when `count` promised more, and the
    // documented offset limit bounds it: a confused service cannot make the
    // client loop.
    const bool more =
        m_tasks.size() < page->count && !page->tasks.isEmpty() && m_tasks.size() <= maxOffset;
    if (more) {
        requestPage();
    } else {
        finish();
    }
}

// ---------------------------------------------------------------------------

TaskJob::TaskJob(OmsClient* client, QString taskId)
    : OmsJob(client)
    , m_taskId(std::move(taskId))
{ }

void TaskJob::start()
{
    whenReady(&m_taskId, [this] {
        run(showCall(m_taskId), [this](ApiCall* call) {
            if (const auto object = replyOrFinish(call, &JsonFields::parseObject)) {
                m_task = SyncTask::fromJson(*object);
                finish();
            }
        });
    });
}

// ---------------------------------------------------------------------------

TaskActionJob::TaskActionJob(OmsClient* client, Action action, QString taskId, QByteArray body)
    : OmsJob(client)
    , m_action(action)
    , m_taskId(std::move(taskId))
    , m_body(std::move(body))
{ }

void TaskActionJob::start()
{
    whenReady(&m_taskId, [this] {
        const bool starting = m_action == Action::Start;
        // The documented content types: start carries a JSON body.
        ApiCall* call =
            client()->call("POST", {m_taskId, starting ? u"start"_s : u"stop"_s}, {}, m_body,
                           starting ? "application/json;charset=UTF-8"_ba : "application/json"_ba);
        wipeBytes(m_body);
        run(call, [this](ApiCall* answered) { onAnswer(answered); });
    });
}

void TaskActionJob::onAnswer(ApiCall* call)
{
    if (!call->error().isError()) {
        m_outcome = Outcome::Done;
        finish();
        return;
    }
    if (call->fateUnknown()) {
        checkState(call->error());
        return;
    }
    finish(call->error());
}

void TaskActionJob::checkState(const ApiError& lost)
{
    // Sending a start again could start a task twice or with stale keys;
    // reading it is always safe and tells what the lost reply would have.
    run(showCall(m_taskId), [this, lost](ApiCall* call) {
        const auto object =
            call->error().isError() ? std::nullopt : JsonFields::parseObject(call->body(), nullptr);
        if (!object) {
            // Still unknown: report the original loss, which says so.
            finish(lost);
            return;
        }
        const SyncTaskStatus status = SyncTask::fromJson(*object).status;
        const SyncTaskStatus wanted =
            m_action == Action::Start ? SyncTaskStatus::Synchronizing : SyncTaskStatus::Stopped;
        if (status == wanted) {
            m_outcome = Outcome::DoneAnswerLost;
            finish();
        } else {
            m_outcome = Outcome::NotDoneAnswerLost;
            finish(lost);
        }
    });
}

// ---------------------------------------------------------------------------

StatisticsJob::StatisticsJob(OmsClient* client, QString taskId, QDateTime from, QDateTime to,
                             QList<StatisticType> types)
    : OmsJob(client)
    , m_taskId(std::move(taskId))
    , m_from(std::move(from))
    , m_to(std::move(to))
    , m_types(std::move(types))
{ }

void StatisticsJob::start()
{
    if (!m_from.isValid() || !m_to.isValid() || m_from >= m_to) {
        refuse(ApiError::validation(u"start_time"_s, tr("start_time must be before end_time.")));
        return;
    }
    if (m_types.isEmpty()) {
        refuse(ApiError::validation(u"data_type"_s, tr("data_type needs at least one type.")));
        return;
    }
    whenReady(&m_taskId, [this] {
        QStringList names;
        for (StatisticType type : m_types) {
            names.append(statisticTypeWireName(type));
        }
        QUrlQuery query;
        query.addQueryItem(u"data_type"_s, names.join(u','));
        query.addQueryItem(u"start_time"_s, QString::number(m_from.toMSecsSinceEpoch()));
        query.addQueryItem(u"end_time"_s, QString::number(m_to.toMSecsSinceEpoch()));
        run(client()->call("GET", {m_taskId, u"statistics"_s}, query), [this](ApiCall* call) {
            if (const auto statistics = replyOrFinish(call, &SyncTaskStatistics::parse)) {
                m_statistics = *statistics;
                finish();
            }
        });
    });
}

} // namespace OmsSync
