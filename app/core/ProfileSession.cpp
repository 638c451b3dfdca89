// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileSession.h"

#include "AkSkAuthenticator.h"
#include "IamPasswordAuthenticator.h"
#include "OmsClient.h"
#include "SecretStore.h"
#include "TokenAuthenticator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>

#include <memory>

using namespace Qt::StringLiterals;

namespace OmsSync {

ProfileSession::ProfileSession(Profile profile, SecretStore* secrets, CallPolicy policy,
                               QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_secrets(secrets)
    , m_policy(policy)
{ }

ProfileSession::~ProfileSession()
{
    wipeString(m_secretOverride);
    wipeString(m_proxyPassword);
}

void ProfileSession::setProxyPasswordOverride(const QString& password)
{
    m_proxyPassword = password;
}

void ProfileSession::withProxyPassword(std::function<void()> then)
{
    if (m_profile.proxy.userName().isEmpty() || !m_proxyPassword.isEmpty()) {
        then();
        return;
    }
    // Without it the proxy answers 407, which the first request reports.
    m_secrets->read(SecretStore::proxyPasswordKey(m_profile.id), this,
                    [this, then = std::move(then)](const SecretStore::Result& result) {
                        if (result.status == SecretStore::Status::Ok) {
                            m_proxyPassword = QString::fromUtf8(result.data);
                        }
                        then();
                    });
}

void ProfileSession::setSecretOverride(const QString& secret)
{
    m_secretOverride = secret;
}

void ProfileSession::open(QObject* context, Done done)
{
    if (const ApiError error = m_profile.validate(); error.isError()) {
        QMetaObject::invokeMethod(
            context, [done, error] { done(error); }, Qt::QueuedConnection);
        return;
    }
    if (!m_secretOverride.isEmpty()) {
        withProxyPassword([this, context = QPointer<QObject>(context), done = std::move(done)] {
            if (context) {
                build(m_secretOverride, context, done);
            }
        });
        return;
    }
    m_secrets->read(SecretStore::signInKey(m_profile.id), this,
                    [this, context = QPointer<QObject>(context),
                     done = std::move(done)](const SecretStore::Result& result) {
                        if (!context) {
                            return;
                        }
                        switch (result.status) {
                        case SecretStore::Status::Ok: {
                            auto secret = std::make_shared<QString>(QString::fromUtf8(result.data));
                            withProxyPassword([this, secret, context, done] {
                                if (context) {
                                    build(*secret, context, done);
                                }
                                wipeString(*secret);
                            });
                            return;
                        }
                        case SecretStore::Status::NotFound:
                            done(ApiError::validation(
                                     u"secret"_s,
                                     tr("No password, token or SK is stored for profile \"%1\".")
                                         .arg(m_profile.name))
                                     .withKind(ApiError::Kind::Authentication));
                            return;
                        case SecretStore::Status::Unavailable:
                            done(ApiError::keychain(
                                tr("The secret of profile \"%1\" is in the keychain, and no "
                                   "keychain answers: %2")
                                    .arg(m_profile.name, result.errorString)));
                            return;
                        case SecretStore::Status::Failed:
                            done(ApiError::keychain(result.errorString));
                            return;
                        }
                    });
}

void ProfileSession::build(const QString& secret, QObject* context, Done done)
{
    OmsClient::Endpoints endpoints;
    endpoints.oms = m_profile.effectiveOmsEndpoint();
    endpoints.iam = m_profile.effectiveIamEndpoint();
    endpoints.regionId = m_profile.regionId;
    endpoints.projectId = m_profile.projectId;
    ApiError error = OmsClient::checkEndpoint(u"oms_endpoint"_s, endpoints.oms);
    if (!error.isError()) {
        error = OmsClient::checkEndpoint(u"iam_endpoint"_s, endpoints.iam);
    }

    auto* client = new OmsClient(endpoints, m_policy, this);
    if (!error.isError() && !m_profile.caFile.isEmpty()) {
        error = client->addCaFile(m_profile.caFile);
    }
    if (!m_profile.proxy.isEmpty()) {
        const bool socks = m_profile.proxy.scheme() == u"socks5";
        QNetworkProxy proxy(
            socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, m_profile.proxy.host(),
            quint16(m_profile.proxy.port(socks ? 1080 : 8080)),
            // A user without a password would be sent as wrong
            // credentials; without both the proxy asks, and the
            // request says so.
            m_proxyPassword.isEmpty() ? QString() : m_profile.proxy.userName(), m_proxyPassword);
        client->transport()->setProxy(proxy);
    }
    if (error.isError()) {
        delete client;
        QMetaObject::invokeMethod(
            context, [done, error] { done(error); }, Qt::QueuedConnection);
        return;
    }
    delete m_client;
    m_client = client;

    switch (m_profile.authMethod) {
    case AuthMethod::Token:
        client->setAuthenticator(std::make_unique<TokenAuthenticator>(secret));
        break;
    case AuthMethod::AkSk:
        client->setAuthenticator(
            std::make_unique<AkSkAuthenticator>(m_profile.accessKeyId, secret));
        break;
    case AuthMethod::Password: {
        IamPasswordAuthenticator::Account account {endpoints.iam, m_profile.accountName,
                                                   m_profile.userName, m_profile.regionId,
                                                   m_profile.projectId};
        auto owned = std::make_unique<IamPasswordAuthenticator>(client->transport(), account,
                                                                secret, m_policy);
        auto* password = owned.get();
        client->setAuthenticator(std::move(owned));
        connect(password, &IamPasswordAuthenticator::tokenIssued, this,
                &ProfileSession::cacheToken);
        // A token from an earlier run saves a sign-in; a stale one is simply
        // replaced at the first request.
        m_secrets->read(SecretStore::tokenKey(m_profile.id), this,
                        [password = QPointer(password), context = QPointer(context),
                         done](const SecretStore::Result& result) {
                            if (password && result.status == SecretStore::Status::Ok) {
                                const QJsonObject cached =
                                    QJsonDocument::fromJson(result.data).object();
                                password->setToken(
                                    cached.value("token"_L1).toString(),
                                    QDateTime::fromString(cached.value("expires_at"_L1).toString(),
                                                          Qt::ISODateWithMs),
                                    cached.value("project_id"_L1).toString());
                            }
                            if (context) {
                                done({});
                            }
                        });
        return;
    }
    }
    QMetaObject::invokeMethod(
        context, [done] { done({}); }, Qt::QueuedConnection);
}

void ProfileSession::cacheToken(const QString& token, const QDateTime& expiresAt,
                                const QString& projectId)
{
    if (m_profile.projectId.isEmpty() && !projectId.isEmpty()) {
        Q_EMIT projectDiscovered(projectId);
    }
    const QJsonObject cached {
        {"token"_L1, token},
        {"expires_at"_L1, expiresAt.toString(Qt::ISODateWithMs)},
        {"project_id"_L1, projectId},
    };
    ++m_pendingWrites;
    m_secrets->write(SecretStore::tokenKey(m_profile.id),
                     QJsonDocument(cached).toJson(QJsonDocument::Compact), this,
                     [this](const SecretStore::Result&) { writeDone(); });
}

void ProfileSession::writeDone()
{
    if (--m_pendingWrites == 0) {
        Q_EMIT pendingWritesDone();
    }
}

} // namespace OmsSync
