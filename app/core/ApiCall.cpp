// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiCall.h"

#include "Authenticator.h"
#include "BuildInfo.h"
#include "StartCredentials.h"

#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcNet, "omssync.net", QtWarningMsg)

namespace OmsSync {

namespace {

bool isRetriableStatus(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}

// Errors that leave no doubt that the request never reached the service.
bool failedBeforeSending(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}

bool isTransportRetriable(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

QString describeTransportError(QNetworkReply::NetworkError error, const QString& qtText,
                               const QByteArray& verb, const QUrl& url)
{
    QString what;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        what = ApiCall::tr("The connection was refused");
        break;
    case QNetworkReply::RemoteHostClosedError:
        what = ApiCall::tr("The connection was closed before the answer arrived");
        break;
    case QNetworkReply::HostNotFoundError:
        what = ApiCall::tr("The host name could not be resolved");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        what = ApiCall::tr("The TLS certificate was not accepted (%1)").arg(qtText);
        break;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        what = ApiCall::tr("The proxy asks for credentials");
        break;
    default:
        what = qtText;
        break;
    }
    return ApiCall::tr("%1: %2 %3").arg(what, QString::fromLatin1(verb), url.toDisplayString());
}

} // namespace

ApiCall::ApiCall(HttpTransport* transport, Authenticator* authenticator, ApiRequest request,
                 CallPolicy policy, QObject* parent)
    : QObject(parent)
    , m_transport(transport)
    , m_authenticator(authenticator)
    , m_request(std::move(request))
    , m_policy(policy)
{ }

// The exchange in flight, a child, goes with the call and cancels its request.
ApiCall::~ApiCall()
{
    // A start's body holds keys; whoever lets go of them last wipes them.
    wipeBytes(m_request.body);
}

void ApiCall::setSslConfiguration(const QSslConfiguration& configuration)
{
    m_ssl = configuration;
}

void ApiCall::start()
{
    m_elapsed.start();
    send();
}

void ApiCall::abort()
{
    delete m_exchange;
    finish(ApiError::network(tr("The request was cancelled.")));
}

QByteArray ApiCall::rawHeader(QByteArrayView name) const
{
    for (const auto& [key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QString ApiCall::requestId() const
{
    return QString::fromLatin1(rawHeader("X-Request-Id"));
}

void ApiCall::send()
{
    if (m_finished) {
        return;
    }
    auto transmit = [this](const ApiError& authError) {
        if (m_finished) {
            return;
        }
        if (authError.isError()) {
            finish(authError);
            return;
        }
        QNetworkRequest request(m_request.url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
        request.setHeader(QNetworkRequest::UserAgentHeader,
                          QByteArray(QByteArray("oms-sync-desk/") + BuildInfo::version));
        if (m_ssl) {
            request.setSslConfiguration(*m_ssl);
        }
        if (!m_request.contentType.isEmpty()) {
            request.setRawHeader("Content-Type"_ba, m_request.contentType);
        }
        for (const auto& [name, value] : m_request.headers) {
            request.setRawHeader(name, value);
        }
        if (m_authenticator) {
            if (const ApiError error =
                    m_authenticator->authorize(request, m_request.verb, m_request.body);
                error.isError()) {
                finish(error);
                return;
            }
        }

        if (!m_transport) {
            finish(ApiError::network(tr("The request was cancelled.")));
            return;
        }
        ++m_attempts;
        // Qt must not send a start or stop twice behind our back: only reads
        // may be sent again from a buffer (see OneShotBody).
        m_exchange =
            m_transport->send(request, m_request.verb, m_request.body, !m_request.idempotent,
                              {m_policy.timeout, m_policy.maxReplyBytes}, this);
        connect(m_exchange, &HttpExchange::finished, this, &ApiCall::onFinished);
    };

    if (m_authenticator) {
        m_authenticator->prepare(this, transmit);
    } else {
        transmit({});
    }
}

void ApiCall::onFinished()
{
    HttpExchange* exchange = m_exchange;
    if (!exchange) {
        return;
    }
    m_exchange = nullptr;
    exchange->deleteLater();
    const HttpAnswer& answer = exchange->answer();

    const QNetworkReply::NetworkError networkError = answer.error;
    m_httpStatus = answer.status;
    m_headers = answer.headers;
    m_body = answer.body;
    qCDebug(lcNet).noquote() << m_request.verb << m_request.url.toDisplayString() << "->"
                             << (m_httpStatus ? QString::number(m_httpStatus) : answer.errorString)
                             << u"%1 ms"_s.arg(m_elapsed.elapsed());

    if (answer.tooLarge) {
        // An answer that could not be read is no answer: a start or stop must
        // be checked, not taken as done or failed.
        m_fateUnknown = !m_request.idempotent;
        finish(ApiError::malformedReply(tr("The reply is larger than %1 MiB and was not read.")
                                            .arg(m_policy.maxReplyBytes / (1024 * 1024)),
                                        m_httpStatus, requestId()));
        return;
    }

    if (answer.timedOut) {
        if (m_request.idempotent && m_timeoutRetries < m_policy.maxTimeoutRetries) {
            ++m_timeoutRetries;
            retryLater(0ms);
            return;
        }
        m_fateUnknown = !m_request.idempotent;
        finish(ApiError::timeout(
            tr("No answer within %1 s: %2 %3")
                .arg(m_policy.timeout.count() / 1000.0)
                .arg(QString::fromLatin1(m_request.verb), m_request.url.toDisplayString())));
        return;
    }

    // The proxy's 407 is not the service's answer: the request never got there.
    if (m_httpStatus == 0 || networkError == QNetworkReply::ProxyAuthenticationRequiredError) {
        if (m_request.idempotent && isTransportRetriable(networkError)
            && m_retries < m_policy.maxRetries) {
            ++m_retries;
            retryLater(backoff());
            return;
        }
        m_fateUnknown = !m_request.idempotent && !failedBeforeSending(networkError);
        finish(ApiError::network(describeTransportError(networkError, answer.errorString,
                                                        m_request.verb, m_request.url)));
        return;
    }

    if (m_httpStatus >= 200 && m_httpStatus < 300) {
        finish({});
        return;
    }

    if (m_httpStatus == 401 && m_authenticator && !m_renewed && m_authenticator->renew()) {
        // A revoked or expired token: sign in again once. OMS refused the
        // request, so sending it again cannot repeat its effect.
        m_renewed = true;
        send();
        return;
    }

    if (m_request.idempotent && isRetriableStatus(m_httpStatus)
        && m_retries < m_policy.maxRetries) {
        bool ok = false;
        const int retryAfter = rawHeader("Retry-After").trimmed().toInt(&ok);
        const auto asked = std::chrono::milliseconds(std::chrono::seconds(ok ? retryAfter : 0));
        // A service that asks for a longer pause than anyone would wait gets
        // its error reported instead.
        if (asked >= 0ms && asked <= m_policy.maxRetryAfter) {
            ++m_retries;
            retryLater(std::max(backoff(), asked));
            return;
        }
    }

    finish(ApiError::fromHttpReply(m_httpStatus, m_body, rawHeader("X-Request-Id")));
}

std::chrono::milliseconds ApiCall::backoff() const
{
    // Called after counting the retry: 1x, 2x, 4x ... the first backoff.
    return m_policy.firstBackoff * (1 << std::clamp(m_retries - 1, 0, 6));
}

void ApiCall::retryLater(std::chrono::milliseconds delay)
{
    QTimer::singleShot(delay, this, &ApiCall::send);
}

void ApiCall::finish(const ApiError& error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
}

} // namespace OmsSync
