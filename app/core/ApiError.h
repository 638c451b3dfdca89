// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace OmsSync {

// Why a request did not succeed. The kind decides what a front end does with
// it (the CLI's exit code, whether the GUI asks for credentials again); the
// rest is what the user reads and quotes to support.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(OmsSync::ApiError)

public:
    enum class Kind {
        None,
        Validation, // refused before anything was sent
        Authentication, // sign-in refused, or a 401 a fresh sign-in did not cure
        Service, // the service answered 4xx or 5xx
        Network, // DNS, refused, reset, TLS, proxy
        Timeout,
        MalformedReply,
        Keychain, // a secret was needed and no keychain answered
        Storage, // the settings file could not be locked, read or written
    };

    ApiError() = default;

    static ApiError validation(const QString& field, const QString& message);
    static ApiError network(const QString& message);
    static ApiError timeout(const QString& message);
    static ApiError malformedReply(const QString& message, int httpStatus = 0,
                                   const QString& requestId = {});
    static ApiError keychain(const QString& message);
    // `file` is the path the user can go and look at; `cause` says what the
    // system refused ("No space left on device", "locked by another program").
    static ApiError storage(const QString& file, const QString& cause);

    // Interprets an HTTP error reply of OMS, the API gateway or IAM. The
    // X-Request-Id header wins over a request_id in the body.
    static ApiError fromHttpReply(int httpStatus, const QByteArray& body,
                                  const QByteArray& requestIdHeader);

    // Bodies that are not JSON become the message, cut to this many characters.
    static constexpr qsizetype maxPlainMessageLength = 300;

    // The same error, classed differently (IAM's 400 for a wrong password is a
    // refused sign-in, not a fault of the service).
    ApiError withKind(Kind kind) const
    {
        ApiError copy = *this;
        copy.m_kind = kind;
        return copy;
    }

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QString errorCode() const { return m_errorCode; }
    QString message() const { return m_message; }
    QString requestId() const { return m_requestId; }
    QString field() const { return m_field; }

    // "OMS.1009: Task not found (HTTP 404, request id 5f2c...)": one line that
    // carries everything a user needs to quote.
    QString summary() const;
    // http_status, error_code, error_msg, request_id (and field for validation).
    QJsonObject toJson() const;

    bool operator==(const ApiError&) const = default;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_errorCode;
    QString m_message;
    QString m_requestId;
    QString m_field;
};

} // namespace OmsSync
