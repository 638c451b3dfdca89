// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultInjector.h"

#include <QJsonDocument>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace OmsSync::Sim {

namespace {

constexpr QByteArrayView oversizedPrefix(R"({"tasks":[],"count":0,"padding":")");
constexpr QByteArrayView oversizedSuffix("\"}");

const QList<std::pair<QString, Fault::Kind>>& kindNames()
{
    static const QList<std::pair<QString, Fault::Kind>> names {
        {u"status"_s, Fault::Kind::Status},
        {u"delay"_s, Fault::Kind::Delay},
        {u"hang"_s, Fault::Kind::Hang},
        {u"reset_before"_s, Fault::Kind::ResetBefore},
        {u"reset_after"_s, Fault::Kind::ResetAfter},
        {u"truncate"_s, Fault::Kind::Truncate},
        {u"oversized"_s, Fault::Kind::Oversized},
    };
    return names;
}

std::optional<qint64> integerValue(const QJsonValue& value, qint64 minimum, qint64 maximum)
{
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::trunc(number) != number || number < double(minimum)
        || number > double(maximum)) {
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

} // namespace

QString Fault::kindName(Kind kind)
{
    for (const auto& [name, candidate] : kindNames()) {
        if (candidate == kind) {
            return name;
        }
    }
    return {};
}

QJsonObject Fault::toJson() const
{
    QJsonObject object {{u"id"_s, id}, {u"kind"_s, kindName(kind)}, {u"count"_s, remaining}};
    if (!method.isEmpty()) {
        object.insert(u"method"_s, QString::fromLatin1(method));
    }
    if (!pathPattern.isEmpty()) {
        object.insert(u"path"_s, pathPattern);
    }
    if (!route.isEmpty()) {
        object.insert(u"route"_s, route);
    }
    if (status) {
        object.insert(u"status"_s, status);
    }
    if (delayMs) {
        object.insert(u"delay_ms"_s, delayMs);
    }
    if (size) {
        object.insert(u"size"_s, size);
    }
    return object;
}

QRegularExpression FaultInjector::globToRegularExpression(const QString& glob)
{
    QString pattern;
    for (qsizetype i = 0; i < glob.size(); ++i) {
        const QChar c = glob.at(i);
        if (c == u'*' && i + 1 < glob.size() && glob.at(i + 1) == u'*') {
            pattern += u".*"_s;
            ++i;
        } else if (c == u'*') {
            pattern += u"[^/]*"_s;
        } else if (c == u'?') {
            pattern += u"[^/]"_s;
        } else {
            pattern += QRegularExpression::escape(QString(c));
        }
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

std::optional<Fault> FaultInjector::parse(const QJsonObject& object, QString* error)
{
    static const QSet<QString> known {
        u"kind"_s,        u"method"_s,   u"path"_s, u"path_regex"_s,   u"route"_s,
        u"count"_s,       u"status"_s,   u"body"_s, u"content_type"_s, u"headers"_s,
        u"retry_after"_s, u"delay_ms"_s, u"size"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = u"unknown fault key %1"_s.arg(it.key());
            return std::nullopt;
        }
    }
    Fault fault;
    const QString kind = object.value(u"kind"_s).toString();
    bool kindKnown = false;
    for (const auto& [name, candidate] : kindNames()) {
        if (name == kind) {
            fault.kind = candidate;
            kindKnown = true;
        }
    }
    if (!kindKnown) {
        *error =
            u"kind must be one of status, delay, hang, reset_before, reset_after, truncate, oversized"_s;
        return std::nullopt;
    }
    if (object.contains(u"method"_s)) {
        const QString method = object.value(u"method"_s).toString();
        if (method.isEmpty()) {
            *error = u"method must be a non-empty string"_s;
            return std::nullopt;
        }
        fault.method = method == u"*"_s ? QByteArray() : method.toUpper().toLatin1();
    }
    if (object.contains(u"path"_s) && object.contains(u"path_regex"_s)) {
        *error = u"give path (a glob) or path_regex, not both"_s;
        return std::nullopt;
    }
    if (object.contains(u"path"_s)) {
        fault.pathPattern = object.value(u"path"_s).toString();
        fault.path = globToRegularExpression(fault.pathPattern);
    } else if (object.contains(u"path_regex"_s)) {
        fault.pathPattern = object.value(u"path_regex"_s).toString();
        fault.path = QRegularExpression(QRegularExpression::anchoredPattern(fault.pathPattern));
        if (!fault.path.isValid()) {
            *error = u"path_regex is not a valid regular expression: "_s + fault.path.errorString();
            return std::nullopt;
        }
    }
    fault.route = object.value(u"route"_s).toString();
    if (object.contains(u"count"_s)) {
        const auto count = integerValue(object.value(u"count"_s), -1, 1'000'000);
        if (!count || *count == 0) {
            *error = u"count must be a positive integer, or -1 for every matching request"_s;
            return std::nullopt;
        }
        fault.remaining = int(*count);
    }
    if (object.contains(u"status"_s) || fault.kind == Fault::Kind::Status) {
        const auto status = integerValue(object.value(u"status"_s), 100, 599);
        if (!status) {
            *error = u"status must be an HTTP status from 100 to 599"_s;
            return std::nullopt;
        }
        fault.status = int(*status);
    }
    if (fault.kind == Fault::Kind::Oversized && !fault.status) {
        fault.status = 200;
    }
    const QJsonValue body = object.value(u"body"_s);
    if (body.isString()) {
        fault.body = body.toString().toUtf8();
        fault.contentType = "text/plain;charset=UTF-8";
    } else if (body.isObject() || body.isArray()) {
        fault.body = body.isObject() ? QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
        fault.contentType = "application/json;charset=UTF-8";
    } else if (!body.isUndefined()) {
        *error = u"body must be a string, an object or an array"_s;
        return std::nullopt;
    }
    if (object.contains(u"content_type"_s)) {
        fault.contentType = object.value(u"content_type"_s).toString().toUtf8();
    }
    const QJsonObject headers = object.value(u"headers"_s).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (!it.value().isString()) {
            *error = u"headers must map names to strings"_s;
            return std::nullopt;
        }
        fault.headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
    }
    const QJsonValue retryAfter = object.value(u"retry_after"_s);
    if (retryAfter.isString() || retryAfter.isDouble()) {
        fault.headers.append({"Retry-After",
                              retryAfter.isString() ? retryAfter.toString().toUtf8()
                                                    : QByteArray::number(retryAfter.toInteger())});
    } else if (!retryAfter.isUndefined()) {
        *error = u"retry_after must be a string or a number"_s;
        return std::nullopt;
    }
    if (fault.kind == Fault::Kind::Delay) {
        const auto delay = integerValue(object.value(u"delay_ms"_s), 1, 600'000);
        if (!delay) {
            *error = u"a delay fault needs delay_ms from 1 to 600000"_s;
            return std::nullopt;
        }
        fault.delayMs = int(*delay);
    }
    if (fault.kind == Fault::Kind::Oversized) {
        const auto size = object.contains(u"size"_s)
            ? integerValue(object.value(u"size"_s), 0, 1LL << 40)
            : std::optional<qint64>(defaultOversizedBytes);
        if (!size) {
            *error = u"size must be a number of bytes"_s;
            return std::nullopt;
        }
        fault.size = oversizedLength(*size);
    }
    return fault;
}

std::optional<QList<int>> FaultInjector::add(const QJsonValue& specification, QString* error)
{
    QJsonArray list;
    if (specification.isArray()) {
        list = specification.toArray();
    } else if (specification.isObject() && specification.toObject().contains(u"faults"_s)) {
        list = specification.toObject().value(u"faults"_s).toArray();
    } else if (specification.isObject()) {
        list.append(specification);
    } else {
        *error = u"expected a fault object or a list of them"_s;
        return std::nullopt;
    }
    QList<Fault> parsed;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject()) {
            *error = u"fault %1: not an object"_s.arg(i);
            return std::nullopt;
        }
        auto fault = parse(list.at(i).toObject(), error);
        if (!fault) {
            *error = u"fault %1: %2"_s.arg(QString::number(i), *error);
            return std::nullopt;
        }
        parsed.append(*fault);
    }
    QList<int> ids;
    for (Fault& fault : parsed) {
        fault.id = m_nextId++;
        ids.append(fault.id);
        m_faults.append(fault);
    }
    return ids;
}

std::optional<Fault> FaultInjector::take(QByteArrayView method, QByteArrayView path,
                                         const QString& route)
{
    const QString pathText = QString::fromLatin1(path);
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault& fault = m_faults[i];
        if ((!fault.method.isEmpty() && fault.method != method)
            || (!fault.route.isEmpty() && fault.route != route)
            || (!fault.pathPattern.isEmpty() && !fault.path.match(pathText).hasMatch())) {
            continue;
        }
        const Fault taken = fault;
        if (fault.remaining > 0 && --fault.remaining == 0) {
            m_faults.removeAt(i);
        }
        return taken;
    }
    return std::nullopt;
}

qsizetype FaultInjector::clear()
{
    const qsizetype count = m_faults.size();
    m_faults.clear();
    return count;
}

QJsonArray FaultInjector::toJson() const
{
    QJsonArray list;
    for (const Fault& fault : m_faults) {
        list.append(fault.toJson());
    }
    return list;
}

qint64 FaultInjector::oversizedLength(qint64 size)
{
    return qMax(size, qint64(oversizedPrefix.size() + oversizedSuffix.size()));
}

QByteArray FaultInjector::oversizedChunk(qint64 size, qint64 offset, qint64 maxBytes)
{
    const qint64 length = oversizedLength(size);
    const qint64 suffixStart = length - oversizedSuffix.size();
    QByteArray chunk;
    const qint64 end = qMin(length, offset + maxBytes);
    chunk.reserve(end - offset);
    for (qint64 at = offset; at < end;) {
        if (at < oversizedPrefix.size()) {
            const qint64 n = qMin(end, qint64(oversizedPrefix.size())) - at;
            chunk += oversizedPrefix.sliced(at, n);
            at += n;
        } else if (at < suffixStart) {
            const qint64 n = qMin(end, suffixStart) - at;
            chunk += QByteArray(n, 'x');
            at += n;
        } else {
            const qint64 n = end - at;
            chunk += oversizedSuffix.sliced(at - suffixStart, n);
            at += n;
        }
    }
    return chunk;
}

} // namespace OmsSync::Sim
