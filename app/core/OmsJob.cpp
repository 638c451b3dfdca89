// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmsJob.h"

#include "ApiCall.h"
#include "InputRules.h"
#include "JsonFields.h"
#include "OmsClient.h"
#include "StartCredentials.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QUrl>
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

const QByteArray* OmsJob::answeredBody(ApiCall* call)
{
    if (call->error().isError()) {
        finish(call->error());
        return nullptr;
    }
    return &call->body();
}

void OmsJob::finishMalformed(ApiCall* call, const QString& problem)
{
    finish(ApiError::malformedReply(problem, call->httpStatus(), call->requestId()));
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
        ApiCall* call = nullptr;
        if (m_action == Action::Delete) {
            call = client()->call("DELETE", {m_taskId}, {});
        } else {
            const bool starting = m_action == Action::Start;
            // The documented content types: start carries a JSON body.
            call = client()->call("POST", {m_taskId, starting ? u"start"_s : u"stop"_s}, {}, m_body,
                                  starting ? "application/json;charset=UTF-8"_ba
                                           : "application/json"_ba);
        }
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
        if (m_action == Action::Delete) {
            // Gone is what a delete leaves; still there means it was not deleted.
            const bool gone = call->error().kind() == ApiError::Kind::Service
                && call->error().httpStatus() == 404;
            const bool there = !call->error().isError()
                && JsonFields::parseObject(call->body(), nullptr).has_value();
            if (gone || there) {
                m_outcome = gone ? Outcome::DoneAnswerLost : Outcome::NotDoneAnswerLost;
                finish(gone ? ApiError() : lost);
            } else {
                finish(lost);
            }
            return;
        }
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

TaskCreateJob::TaskCreateJob(OmsClient* client, SyncTaskSpec spec, QByteArray body)
    : OmsJob(client)
    , m_spec(std::move(spec))
    , m_body(std::move(body))
{ }

TaskCreateJob::~TaskCreateJob()
{
    wipeBytes(m_body);
}

void TaskCreateJob::start()
{
    whenReady(nullptr, [this] {
        TaskListJob* list = client()->listTasks();
        connect(list, &OmsJob::finished, this, [this, list] {
            if (list->error().isError()) {
                finish(list->error());
                return;
            }
            for (const SyncTask& task : list->tasks()) {
                m_before.append(task.id);
            }
            if (m_before.size() >= maxTasks) {
                wipeBytes(m_body);
                finish(ApiError::validation(
                    u"sync_tasks"_s,
                    tr("This project already has %1 sync tasks and OMS allows at most %2: "
                       "delete one first.")
                        .arg(m_before.size())
                        .arg(maxTasks)));
                return;
            }
            send();
        });
    });
}

void TaskCreateJob::send()
{
    ApiCall* call = client()->call("POST", {}, {}, m_body, "application/json;charset=UTF-8"_ba);
    wipeBytes(m_body);
    run(call, [this](ApiCall* answered) { onAnswer(answered); });
}

void TaskCreateJob::onAnswer(ApiCall* call)
{
    if (call->fateUnknown()) {
        reconcile(call->error());
        return;
    }
    if (call->error().isError()) {
        finish(call->error());
        return;
    }
    const auto object = JsonFields::parseObject(call->body(), nullptr);
    const QString id = object ? object->value("sync_task_id"_L1).toString() : QString();
    if (id.isEmpty() || InputRules::checkTaskId(id).isError()) {
        // OMS said yes but not to what: the task exists or not, the list tells.
        reconcile(ApiError::malformedReply(tr("The answer to the create names no valid task id."),
                                           call->httpStatus(), call->requestId()));
        return;
    }
    m_taskId = id;
    m_outcome = Outcome::Created;
    finish();
}

bool TaskCreateJob::isTheAskedForTask(const SyncTask& task) const
{
    return !m_before.contains(task.id) && task.srcBucket == m_spec.sourceBucket
        && task.srcRegion == m_spec.sourceRegion && task.dstBucket == m_spec.destinationBucket
        && task.dstRegion == m_spec.destinationRegion;
}

void TaskCreateJob::reconcile(const ApiError& lost)
{
    // Sending the create again could make a second task; reading the list is
    // always safe and tells what the lost answer would have.
    TaskListJob* list = client()->listTasks();
    connect(list, &OmsJob::finished, this, [this, list, lost] {
        if (list->error().isError()) {
            m_outcome = Outcome::Unknown;
            finish(lost);
            return;
        }
        const SyncTask* found = nullptr;
        for (const SyncTask& task : list->tasks()) {
            if (isTheAskedForTask(task)
                && (!found || (task.createTime.isValid() && task.createTime > found->createTime))) {
                found = &task;
            }
        }
        if (found) {
            m_taskId = found->id;
            m_outcome = Outcome::CreatedAnswerLost;
            finish();
        } else {
            m_outcome = Outcome::NotCreatedAnswerLost;
            finish(lost);
        }
    });
}

// ---------------------------------------------------------------------------

SyncEventsJob::SyncEventsJob(OmsClient* client, QString taskId, const QStringList& keys)
    : OmsJob(client)
    , m_taskId(std::move(taskId))
{
    for (qsizetype first = 0; first < keys.size(); first += keysPerCall) {
        m_batches.append(Batch {keys.mid(first, keysPerCall), {}, false});
    }
}

ApiError SyncEventsJob::validateKeys(const QStringList& keys)
{
    if (keys.isEmpty()) {
        return ApiError::validation(u"object_keys"_s, tr("object_keys needs at least one key."));
    }
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString field = u"object_keys[%1]"_s.arg(i);
        if (keys[i].isEmpty()) {
            return ApiError::validation(field, tr("%1 is empty.").arg(field));
        }
        if (QUrl::toPercentEncoding(keys[i]).size() > maxEncodedKeyLength) {
            return ApiError::validation(field,
                                        tr("%1 is longer than %2 characters once URL-encoded.")
                                            .arg(field)
                                            .arg(maxEncodedKeyLength));
        }
    }
    return {};
}

void SyncEventsJob::start()
{
    QStringList keys;
    for (const Batch& batch : std::as_const(m_batches)) {
        keys.append(batch.keys);
    }
    if (const ApiError error = validateKeys(keys); error.isError()) {
        refuse(error);
        return;
    }
    whenReady(&m_taskId, [this] { sendBatch(0); });
}

int SyncEventsJob::failedCalls() const
{
    return int(std::count_if(m_batches.begin(), m_batches.end(),
                             [](const Batch& batch) { return batch.error.isError(); }));
}

void SyncEventsJob::sendBatch(int index)
{
    if (index >= m_batches.size()) {
        // The job's own error is the first call's that failed.
        const auto failed = std::find_if(m_batches.cbegin(), m_batches.cend(),
                                         [](const Batch& batch) { return batch.error.isError(); });
        finish(failed == m_batches.cend() ? ApiError() : failed->error);
        return;
    }
    QJsonArray encoded;
    for (const QString& key : std::as_const(m_batches[index].keys)) {
        // OMS reads each key URL-encoded: "a/b c" travels as "a%2Fb%20c".
        encoded.append(QString::fromLatin1(QUrl::toPercentEncoding(key)));
    }
    const QByteArray body =
        QJsonDocument(QJsonObject {{"object_keys"_L1, encoded}}).toJson(QJsonDocument::Compact);
    ApiCall* call = client()->call("POST", {m_taskId, u"events"_s}, {}, body,
                                   "application/json;charset=UTF-8"_ba);
    call->setIdempotent(true);
    run(call, [this, index](ApiCall* answered) {
        Batch& batch = m_batches[index];
        batch.sent = true;
        batch.error = answered->error();
        Q_EMIT batchFinished(index);
        // A refusal of one call (a 4xx) leaves the others worth sending; a
        // sign-in, network or server failure would only repeat itself.
        const ApiError& error = batch.error;
        const bool onlyThisCall = !error.isError()
            || (error.kind() == ApiError::Kind::Service && error.httpStatus() < 500);
        if (!onlyThisCall) {
            for (int rest = index + 1; rest < m_batches.size(); ++rest) {
                m_batches[rest].error = ApiError::network(
                    tr("Not sent: an earlier call failed (%1).").arg(error.summary()));
            }
        }
        sendBatch(onlyThisCall ? index + 1 : int(m_batches.size()));
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
    // Later pieces start on a whole hour so that an hourly answer's points
    // are exactly the hours of its piece: no point falls into two pieces.
    const qint64 end = m_to.toMSecsSinceEpoch();
    qint64 pieceStart = m_from.toMSecsSinceEpoch();
    while (pieceStart < end) {
        qint64 pieceEnd = end;
        if (end - pieceStart > maxPieceMs) {
            pieceEnd = pieceStart + maxPieceMs;
            pieceEnd -= pieceEnd % SyncTaskStatistics::oneHourMs;
        }
        m_pieces.append({pieceStart, pieceEnd});
        pieceStart = pieceEnd;
    }
    whenReady(&m_taskId, [this] { requestPiece(0); });
}

void StatisticsJob::requestPiece(qsizetype index)
{
    if (index == m_pieces.size()) {
        m_statistics =
            m_answers.size() == 1 ? m_answers.constFirst() : SyncTaskStatistics::join(m_answers);
        m_answers.clear();
        finish();
        return;
    }
    QStringList names;
    for (StatisticType type : m_types) {
        names.append(statisticTypeWireName(type));
    }
    const auto [pieceStart, pieceEnd] = m_pieces.at(index);
    QUrlQuery query;
    query.addQueryItem(u"data_type"_s, names.join(u','));
    query.addQueryItem(u"start_time"_s, QString::number(pieceStart));
    query.addQueryItem(u"end_time"_s, QString::number(pieceEnd));
    run(client()->call("GET", {m_taskId, u"statistics"_s}, query), [this, index](ApiCall* call) {
        if (const auto statistics = replyOrFinish(call, &SyncTaskStatistics::parse)) {
            m_answers.append(*statistics);
            requestPiece(index + 1);
        }
    });
}

} // namespace OmsSync
