// SPDX-License-Identifier: GPL-3.0-or-later
#include "IamPasswordAuthenticator.h"

#include "ApiCall.h"
#include "IamToken.h"
#include "StartCredentials.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAuth, "omssync.auth", QtWarningMsg)

namespace OmsSync {

IamPasswordAuthenticator::IamPasswordAuthenticator(HttpTransport* transport, Account account,
                                                   const QString& password, CallPolicy policy,
                                                   QObject* parent)
    : Authenticator(parent)
    , m_transport(transport)
    , m_account(std::move(account))
    , m_password(password)
    , m_policy(policy)
    , m_projectId(m_account.projectId)
{ }

IamPasswordAuthenticator::~IamPasswordAuthenticator()
{
    wipeString(m_password);
    wipeBytes(m_token);
}

void IamPasswordAuthenticator::setSslConfiguration(const QSslConfiguration& configuration)
{
    m_ssl = configuration;
}

void IamPasswordAuthenticator::setToken(const QString& token, const QDateTime& expiresAt,
                                        const QString& projectId)
{
    m_token = token.toUtf8();
    m_expiresAt = expiresAt;
    if (m_projectId.isEmpty()) {
        m_projectId = projectId;
    }
}

bool IamPasswordAuthenticator::hasUsableToken() const
{
    return !m_token.isEmpty() && m_expiresAt.isValid()
        && QDateTime::currentDateTimeUtc().addSecs(
               std::chrono::duration_cast<std::chrono::seconds>(renewBeforeExpiry).count())
        < m_expiresAt;
}

void IamPasswordAuthenticator::prepare(QObject* context, ReadyCallback ready)
{
    if (hasUsableToken()) {
        callLater(context, std::move(ready), {});
        return;
    }
    m_waiters.append({context, std::move(ready)});
    if (!m_signIn) {
        signIn();
    }
}

ApiError IamPasswordAuthenticator::authorize(QNetworkRequest& request, QByteArrayView,
                                             QByteArrayView) const
{
    request.setRawHeader("X-Auth-Token"_ba, m_token);
    return {};
}

bool IamPasswordAuthenticator::renew()
{
    qCInfo(lcAuth) << "the service refused the token; signing in again";
    wipeBytes(m_token);
    m_expiresAt = {};
    return true;
}

QByteArray IamPasswordAuthenticator::requestBody() const
{
    const QJsonObject user {
        {"name"_L1, m_account.userName},
        {"password"_L1, m_password},
        {"domain"_L1, QJsonObject {{"name"_L1, m_account.accountName}}},
    };
    const QJsonObject project = m_account.projectId.isEmpty()
        ? QJsonObject {{"name"_L1, m_account.regionId}}
        : QJsonObject {{"id"_L1, m_account.projectId}};
    const QJsonObject auth {
        {"identity"_L1,
         QJsonObject {{"methods"_L1, QJsonArray {u"password"_s}},
                      {"password"_L1, QJsonObject {{"user"_L1, user}}}}},
        {"scope"_L1, QJsonObject {{"project"_L1, project}}},
    };
    return QJsonDocument(QJsonObject {{"auth"_L1, auth}}).toJson(QJsonDocument::Compact);
}

void IamPasswordAuthenticator::signIn()
{
    ++m_signIns;
    QUrl url = m_account.iamEndpoint;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + u"/v3/auth/tokens"_s);
    url.setQuery(u"nocatalog=true"_s);

    ApiRequest request;
    request.verb = "POST";
    request.url = url;
    request.body = requestBody();
    request.contentType = "application/json;charset=UTF-8";
    // Asking for a token has no effect on the account: safe to repeat.
    request.idempotent = true;

    m_signIn = new ApiCall(m_transport, nullptr, std::move(request), m_policy, this);
    if (m_ssl) {
        m_signIn->setSslConfiguration(*m_ssl);
    }
    connect(m_signIn, &ApiCall::finished, this, &IamPasswordAuthenticator::onSignedIn);
    m_signIn->start();
}

void IamPasswordAuthenticator::onSignedIn()
{
    ApiCall* call = m_signIn;
    m_signIn = nullptr;
    call->deleteLater();

    ApiError error = call->error();
    if (!error.isError()) {
        QString why;
        const auto issued = IamToken::fromReply(
            call->httpStatus(), call->rawHeader("X-Subject-Token"), call->body(), &why);
        if (!issued) {
            error = ApiError::malformedReply(why, call->httpStatus(), call->requestId());
        } else {
            m_token = issued->token;
            m_expiresAt = issued->expiresAt;
            if (!issued->projectId.isEmpty()) {
                m_projectId = issued->projectId;
            }
            qCInfo(lcAuth) << "signed in; token valid until" << m_expiresAt;
            Q_EMIT tokenIssued(QString::fromUtf8(m_token), m_expiresAt, m_projectId);
        }
    } else if (error.kind() == ApiError::Kind::Service && error.httpStatus() >= 400
               && error.httpStatus() < 500 && error.httpStatus() != 429) {
        // IAM refusing the password is a sign-in problem, not a service fault.
        error = error.withKind(ApiError::Kind::Authentication);
    }

    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter& waiter : waiters) {
        if (waiter.context) {
            callLater(waiter.context, waiter.ready, error);
        }
    }
}

} // namespace OmsSync
