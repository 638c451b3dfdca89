// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiError.h"

#include "JsonFields.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace OmsSync {

namespace {

// A body that is not JSON (an HTML page of a proxy, a gateway's plain text)
// is shown as it is, on one line and not longer than a line should be.
QString plainMessage(const QByteArray& body)
{
    QString text = QString::fromUtf8(body).simplified();
    text.removeIf([](QChar c) { return c.category() == QChar::Other_Control; });
    if (text.size() > ApiError::maxPlainMessageLength) {
        qsizetype keep = ApiError::maxPlainMessageLength - 1;
        // Never keep half of a surrogate pair.
        if (text.at(keep - 1).isHighSurrogate()) {
            --keep;
        }
        text.truncate(keep);
        text.append(QChar(0x2026)); // …
    }
    return text;
}

} // namespace

ApiError ApiError::validation(const QString& field, const QString& message)
{
    ApiError error;
    error.m_kind = Kind::Validation;
    error.m_field = field;
    error.m_message = message;
    return error;
}

ApiError ApiError::network(const QString& message)
{
    ApiError error;
    error.m_kind = Kind::Network;
    error.m_message = message;
    return error;
}

ApiError ApiError::timeout(const QString& message)
{
    ApiError error;
    error.m_kind = Kind::Timeout;
    error.m_message = message;
    return error;
}

ApiError ApiError::malformedReply(const QString& message, int httpStatus, const QString& requestId)
{
    ApiError error;
    error.m_kind = Kind::MalformedReply;
    error.m_message = message;
    error.m_httpStatus = httpStatus;
    error.m_requestId = requestId;
    return error;
}

ApiError ApiError::keychain(const QString& message)
{
    ApiError error;
    error.m_kind = Kind::Keychain;
    error.m_message = message;
    return error;
}

ApiError ApiError::storage(const QString& file, const QString& cause)
{
    ApiError error;
    error.m_kind = Kind::Storage;
    error.m_field = file;
    error.m_message = tr("The settings file %1 could not be saved: %2").arg(file, cause);
    return error;
}

ApiError ApiError::fromHttpReply(int httpStatus, const QByteArray& body,
                                 const QByteArray& requestIdHeader)
{
    ApiError error;
    error.m_kind = httpStatus == 401 ? Kind::Authentication : Kind::Service;
    error.m_httpStatus = httpStatus;
    error.m_requestId = QString::fromLatin1(requestIdHeader.trimmed());

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        // OMS and the API gateway: {"error_code", "error_msg", "request_id"?}
        error.m_errorCode = JsonFields::text(object, "error_code"_L1);
        error.m_message = JsonFields::text(object, "error_msg"_L1);
        if (error.m_requestId.isEmpty()) {
            error.m_requestId = JsonFields::text(object, "request_id"_L1);
        }
        // IAM: {"error": {"code": 401, "message": "...", "title": "Unauthorized"}}
        const QJsonObject nested = object.value("error"_L1).toObject();
        if (error.m_errorCode.isEmpty() && error.m_message.isEmpty() && !nested.isEmpty()) {
            error.m_errorCode = JsonFields::text(nested, "title"_L1);
            if (error.m_errorCode.isEmpty()) {
                error.m_errorCode = JsonFields::text(nested, "code"_L1);
            }
            error.m_message = JsonFields::text(nested, "message"_L1);
        }
        if (error.m_errorCode.isEmpty() && error.m_message.isEmpty()) {
            error.m_message = plainMessage(body);
        }
    } else {
        error.m_message = plainMessage(body);
    }

    if (error.m_message.isEmpty()) {
        switch (httpStatus) {
        case 418:
            error.m_message = tr("The service refused this computer's IP address (blacklisted).");
            break;
        default:
            error.m_message = tr("The service answered with HTTP status %1.").arg(httpStatus);
            break;
        }
    }
    return error;
}

QString ApiError::summary() const
{
    if (m_kind == Kind::None) {
        return {};
    }
    QString line = m_errorCode.isEmpty() ? m_message : m_errorCode + u": "_s + m_message;
    if (m_kind == Kind::Validation && !m_field.isEmpty() && !m_message.contains(m_field)) {
        line = m_field + u": "_s + line;
    }
    QStringList details;
    if (m_httpStatus > 0) {
        details.append(tr("HTTP %1").arg(m_httpStatus));
    }
    if (!m_requestId.isEmpty()) {
        details.append(tr("request id %1").arg(m_requestId));
    }
    if (!details.isEmpty()) {
        // The punctuation is the language's too: Chinese takes full-width
        // parentheses and commas.
        line = tr("%1 (%2)", "message (HTTP status, request id)")
                   .arg(line, details.join(tr(", ", "between HTTP status and request id")));
    }
    return line;
}

QJsonObject ApiError::toJson() const
{
    QJsonObject object {
        {"http_status"_L1, m_httpStatus},
        {"error_code"_L1, m_errorCode},
        {"error_msg"_L1, m_message},
        {"request_id"_L1, m_requestId},
    };
    if (!m_field.isEmpty()) {
        object.insert("field"_L1, m_field);
    }
    return object;
}

} // namespace OmsSync
