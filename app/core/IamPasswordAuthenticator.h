// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Authenticator.h"
#include "CallPolicy.h"

#include <QDateTime>
#include <QList>
#include <QPointer>

#include <optional>

namespace OmsSync {

class ApiCall;
class HttpTransport;

// Signs in to IAM with a user's password and sends the token it gets as
// X-Auth-Token. The token is fetched once for any number of concurrent
// requests, reused until five minutes before it expires, and fetched again
// once when OMS refuses it.
class IamPasswordAuthenticator : public Authenticator
{
    Q_OBJECT

public:
    struct Account
    {
        QUrl iamEndpoint;
        QString accountName; // the IAM domain
        QString userName;
        QString regionId; // token scope, unless projectId is set
        QString projectId;
    };

    IamPasswordAuthenticator(HttpTransport* transport, Account account, const QString& password,
                             CallPolicy policy, QObject* parent = nullptr);
    ~IamPasswordAuthenticator() override;

    static constexpr std::chrono::minutes renewBeforeExpiry {5};

    void setSslConfiguration(const QSslConfiguration& configuration) override;
    // A token kept from an earlier run (the keychain's cache).
    void setToken(const QString& token, const QDateTime& expiresAt, const QString& projectId);
    bool hasUsableToken() const;

    void prepare(QObject* context, ReadyCallback ready) override;
    ApiError authorize(QNetworkRequest& request, QByteArrayView verb,
                       QByteArrayView body) const override;
    bool renew() override;
    QString projectId() const override { return m_projectId; }

    // How many times a token was requested from IAM (for diagnostics and tests).
    int signInCount() const { return m_signIns; }

Q_SIGNALS:
    // A new token arrived: worth caching so that the next run need not sign in.
    void tokenIssued(const QString& token, const QDateTime& expiresAt, const QString& projectId);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        ReadyCallback ready;
    };

    void signIn();
    void onSignedIn();
    QByteArray requestBody() const;

    HttpTransport* m_transport;
    Account m_account;
    QString m_password;
    CallPolicy m_policy;
    // Empty unless one was given: even a default-constructed
    // QSslConfiguration loads the TLS backend, which a plain-http endpoint
    // never needs.
    std::optional<QSslConfiguration> m_ssl;

    QByteArray m_token;
    QDateTime m_expiresAt;
    QString m_projectId;
    QPointer<ApiCall> m_signIn;
    QList<Waiter> m_waiters;
    int m_signIns = 0;
};

} // namespace OmsSync
