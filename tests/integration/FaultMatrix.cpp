// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultMatrix.h"

using namespace Qt::StringLiterals;

namespace OmsSync::Test::FaultMatrix {

namespace {

QJsonObject kind(const QString& name, QJsonObject extra = {})
{
    extra.insert(u"kind"_s, name);
    extra.insert(u"count"_s, extra.value(u"count"_s).toInt(1));
    return extra;
}

QJsonObject status(int code, QJsonObject extra = {})
{
    extra.insert(u"status"_s, code);
    return kind(u"status"_s, extra);
}

QJsonObject omsError(const char* code, const char* message)
{
    return QJsonObject {{u"error_code"_s, QString::fromLatin1(code)},
                        {u"error_msg"_s, QString::fromLatin1(message)}};
}

} // namespace

QString operationName(Operation operation)
{
    switch (operation) {
    case Operation::List:
        return u"list"_s;
    case Operation::Show:
        return u"show"_s;
    case Operation::Start:
        return u"start"_s;
    case Operation::Stop:
        return u"stop"_s;
    case Operation::Create:
        return u"create"_s;
    case Operation::Delete:
        return u"delete"_s;
    }
    return {};
}

QJsonObject faultFor(Operation operation, QJsonObject fault)
{
    if (fault.isEmpty()) {
        return fault;
    }
    switch (operation) {
    case Operation::List:
        fault.insert(u"method"_s, u"GET"_s);
        fault.insert(u"path"_s, u"/v2/*/sync-tasks"_s);
        break;
    case Operation::Show:
        fault.insert(u"method"_s, u"GET"_s);
        fault.insert(u"path"_s, u"/v2/*/sync-tasks/*"_s);
        break;
    case Operation::Start:
        fault.insert(u"method"_s, u"POST"_s);
        fault.insert(u"path"_s, u"/v2/*/sync-tasks/*/start"_s);
        break;
    case Operation::Stop:
        fault.insert(u"method"_s, u"POST"_s);
        fault.insert(u"path"_s, u"/v2/*/sync-tasks/*/stop"_s);
        break;
    case Operation::Create:
        fault.insert(u"method"_s, u"POST"_s);
        fault.insert(u"path"_s, u"/v2/*/sync-tasks"_s);
        break;
    case Operation::Delete:
        fault.insert(u"method"_s, u"DELETE"_s);
        fault.insert(u"path"_s, u"/v2/*/sync-tasks/*"_s);
        break;
    }
    return fault;
}

QList<Row> rows()
{
    const QJsonObject hang = kind(u"hang"_s, {{u"count"_s, -1}});
    const QJsonObject resetBefore = kind(u"reset_before"_s);
    const QJsonObject resetAfter = kind(u"reset_after"_s);
    const QJsonObject error500 = status(500, {{u"body"_s, omsError("OMS.2004", "Internal")}});
    const QJsonObject error502 = status(502, {{u"body"_s, u"Bad Gateway"_s}});
    const QJsonObject error503 =
        status(503, {{u"retry_after"_s, 1}, {u"body"_s, omsError("OMS.2004", "Service busy")}});
    const QJsonObject error429 = status(429, {{u"body"_s, omsError("APIGW.0308", "Too many")}});
    const QJsonObject truncated = kind(u"truncate"_s);
    const QJsonObject oversized = kind(u"oversized"_s, {{u"size"_s, 16 * 1024 * 1024}});
    const QJsonObject error403 = status(403, {{u"body"_s, omsError("OMS.0206", "No permission")}});
    const QJsonObject error404 = status(404, {{u"body"_s, omsError("OMS.1009", "Not found")}});
    const QJsonObject error418 = status(418);
    const QJsonObject slow = kind(u"delay"_s, {{u"delay_ms"_s, 1500}});

    using O = Operation;
    using E = Expect;
    QList<Row> all;
    for (Operation read : {O::List, O::Show}) {
        all += QList<Row> {
            {"hang past the timeout", read, hang, false, 3, E::Failure, "Timeout", 0, 5},
            {"reset before the request was read", read, resetBefore, false, 2, E::Success, "", 0,
             0},
            {"reset after the request was applied", read, resetAfter, false, 2, E::Success, "", 0,
             0},
            {"500", read, error500, false, 1, E::Failure, "Service", 500, 5},
            {"502", read, error502, false, 2, E::Success, "", 0, 0},
            {"503 with Retry-After", read, error503, false, 2, E::Success, "", 0, 0},
            {"429", read, error429, false, 2, E::Success, "", 0, 0},
            {"truncated JSON", read, truncated, false, 1, E::Failure, "MalformedReply", 200, 5},
            {"oversized body", read, oversized, false, 1, E::Failure, "MalformedReply", 200, 5},
            {"expired token", read, {}, true, 2, E::Success, "", 0, 0},
            {"403", read, error403, false, 1, E::Failure, "Service", 403, 4},
            {"404", read, error404, false, 1, E::Failure, "Service", 404, 4},
            {"418", read, error418, false, 1, E::Failure, "Service", 418, 4},
            {"slow but successful", read, slow, false, 1, E::Success, "", 0, 0},
        };
    }
    for (Operation write : {O::Start, O::Stop}) {
        all += QList<Row> {
            {"hang past the timeout", write, hang, false, 1, E::AnswerLostNotDone, "Timeout", 0, 5},
            {"reset before the request was read", write, resetBefore, false, 1,
             E::AnswerLostNotDone, "Network", 0, 5},
            {"reset after the request was applied", write, resetAfter, false, 1, E::AnswerLostDone,
             "", 0, 0},
            {"500", write, error500, false, 1, E::Failure, "Service", 500, 5},
            {"502", write, error502, false, 1, E::Failure, "Service", 502, 5},
            {"503 with Retry-After", write, error503, false, 1, E::Failure, "Service", 503, 5},
            {"429", write, error429, false, 1, E::Failure, "Service", 429, 4},
            {"truncated JSON", write, truncated, false, 1, E::Success, "", 0, 0},
            {"oversized body", write, oversized, false, 1, E::AnswerLostNotDone, "MalformedReply",
             200, 5},
            {"expired token", write, {}, true, 2, E::Success, "", 0, 0},
            {"403", write, error403, false, 1, E::Failure, "Service", 403, 4},
            {"404", write, error404, false, 1, E::Failure, "Service", 404, 4},
            {"418", write, error418, false, 1, E::Failure, "Service", 418, 4},
            {"slow but successful", write, slow, false, 1, E::Success, "", 0, 0},
        };
    }
    // A create whose answer is lost is looked for in the task list: found, it
    // is created; not found, it is not, and safe to retry (exit 4, not 5:
    // nothing is unknown). A truncated answer names no id, so it is looked
    // for too.
    all += QList<Row> {
        {"hang past the timeout", O::Create, hang, false, 1, E::AnswerLostNotDone, "Timeout", 0, 4},
        {"reset before the request was read", O::Create, resetBefore, false, 1,
         E::AnswerLostNotDone, "Network", 0, 4},
        {"reset after the request was applied", O::Create, resetAfter, false, 1, E::AnswerLostDone,
         "", 0, 0},
        {"500", O::Create, error500, false, 1, E::Failure, "Service", 500, 5},
        {"502", O::Create, error502, false, 1, E::Failure, "Service", 502, 5},
        {"503 with Retry-After", O::Create, error503, false, 1, E::Failure, "Service", 503, 5},
        {"429", O::Create, error429, false, 1, E::Failure, "Service", 429, 4},
        {"truncated JSON", O::Create, truncated, false, 1, E::AnswerLostDone, "", 0, 0},
        {"oversized body", O::Create, oversized, false, 1, E::AnswerLostNotDone, "MalformedReply",
         200, 4},
        {"expired token", O::Create, {}, true, 2, E::Success, "", 0, 0},
        {"403", O::Create, error403, false, 1, E::Failure, "Service", 403, 4},
        {"418", O::Create, error418, false, 1, E::Failure, "Service", 418, 4},
        {"slow but successful", O::Create, slow, false, 1, E::Success, "", 0, 0},
    };
    // A delete whose answer is lost reads the task: gone is deleted.
    all += QList<Row> {
        {"hang past the timeout", O::Delete, hang, false, 1, E::AnswerLostNotDone, "Timeout", 0, 5},
        {"reset before the request was read", O::Delete, resetBefore, false, 1,
         E::AnswerLostNotDone, "Network", 0, 5},
        {"reset after the request was applied", O::Delete, resetAfter, false, 1, E::AnswerLostDone,
         "", 0, 0},
        {"500", O::Delete, error500, false, 1, E::Failure, "Service", 500, 5},
        {"503 with Retry-After", O::Delete, error503, false, 1, E::Failure, "Service", 503, 5},
        {"429", O::Delete, error429, false, 1, E::Failure, "Service", 429, 4},
        {"truncated JSON", O::Delete, truncated, false, 1, E::Success, "", 0, 0},
        {"oversized body", O::Delete, oversized, false, 1, E::AnswerLostNotDone, "MalformedReply",
         200, 5},
        {"expired token", O::Delete, {}, true, 2, E::Success, "", 0, 0},
        {"403", O::Delete, error403, false, 1, E::Failure, "Service", 403, 4},
        {"404", O::Delete, error404, false, 1, E::Failure, "Service", 404, 4},
        {"slow but successful", O::Delete, slow, false, 1, E::Success, "", 0, 0},
    };
    return all;
}

QString taskIn(const QJsonObject& simulatorState, const QString& region, const QString& status)
{
    for (const QJsonValue& project : simulatorState.value(u"projects"_s).toArray()) {
        if (project.toObject().value(u"name"_s).toString() != region) {
            continue;
        }
        for (const QJsonValue& task : project.toObject().value(u"tasks"_s).toArray()) {
            if (task.toObject().value(u"status"_s).toString() == status) {
                return task.toObject().value(u"sync_task_id"_s).toString();
            }
        }
    }
    return {};
}

int requestsOf(Operation operation, const QJsonArray& log)
{
    int count = 0;
    for (const QJsonValue& value : log) {
        const QString method = value.toObject().value(u"method"_s).toString();
        const QStringList parts = value.toObject().value(u"path"_s).toString().split(u'/');
        const qsizetype tasks = parts.indexOf(u"sync-tasks"_s);
        if (tasks < 0) {
            continue;
        }
        const qsizetype after = parts.size() - tasks - 1;
        switch (operation) {
        case Operation::List:
            count += method == u"GET" && after == 0;
            break;
        case Operation::Show:
            count += method == u"GET" && after == 1;
            break;
        case Operation::Start:
            count += method == u"POST" && parts.last() == u"start";
            break;
        case Operation::Stop:
            count += method == u"POST" && parts.last() == u"stop";
            break;
        case Operation::Create:
            count += method == u"POST" && after == 0;
            break;
        case Operation::Delete:
            count += method == u"DELETE" && after == 1;
            break;
        }
    }
    return count;
}

} // namespace OmsSync::Test::FaultMatrix
