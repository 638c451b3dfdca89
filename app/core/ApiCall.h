// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AkSkSigner.h"
#include "ApiError.h"
#include "CallPolicy.h"
#include "HttpTransport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <chrono>
#include <optional>

namespace OmsSync {

class Authenticator;

struct ApiRequest
{
    QByteArray verb; // GET, POST, DELETE
    QUrl url; // path and query already encoded
    QByteArray body;
    QByteArray contentType; // empty: no Content-Type header
    HeaderList headers; // further headers to send (and sign)
    // Safe to send twice. Only such requests are retried: a start or stop
    // whose answer was lost must be checked, not repeated.
    bool idempotent = false;
};

// One request to OMS or IAM until it has a final answer: authorization
// (signing in first when needed), the timeout, retries of reads, one renewed
// sign-in after a 401, and a cap on what is read. Emits finished() once.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ApiCall(HttpTransport* transport, Authenticator* authenticator, ApiRequest request,
            CallPolicy policy, QObject* parent = nullptr);
    ~ApiCall() override;

    void setSslConfiguration(const QSslConfiguration& configuration);
    // Before start(): a request that does no harm when it arrives twice may
    // be retried like a read.
    void setIdempotent(bool idempotent) { m_request.idempotent = idempotent; }
    void start();
    void abort(); // finishes with a network error "cancelled"

    const ApiError& error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    const QByteArray& body() const { return m_body; }
    QByteArray rawHeader(QByteArrayView name) const;
    QString requestId() const;
    int attempts() const { return m_attempts; }
    // A non-idempotent request failed after it may have reached the service:
    // whether it took effect is unknown until someone looks.
    bool fateUnknown() const { return m_fateUnknown; }

Q_SIGNALS:
    void finished();

private:
    void send();
    void onFinished();
    void retryLater(std::chrono::milliseconds delay);
    void finish(const ApiError& error);
    std::chrono::milliseconds backoff() const;

    QPointer<HttpTransport> m_transport;
    QPointer<Authenticator> m_authenticator;
    ApiRequest m_request;
    CallPolicy m_policy;
    // Empty unless one was given: even a default-constructed
    // QSslConfiguration loads the TLS backend, which a plain-http endpoint
    // never needs.
    std::optional<QSslConfiguration> m_ssl;

    QPointer<HttpExchange> m_exchange;
    QElapsedTimer m_elapsed;
    QByteArray m_body;
    QList<QNetworkReply::RawHeaderPair> m_headers;
    ApiError m_error;
    int m_httpStatus = 0;
    int m_attempts = 0;
    int m_retries = 0;
    int m_timeoutRetries = 0;
    bool m_renewed = false;
    bool m_fateUnknown = false;
    bool m_finished = false;
};

} // namespace OmsSync
