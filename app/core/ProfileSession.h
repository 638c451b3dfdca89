// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "CallPolicy.h"
#include "OmsClient.h"
#include "Profile.h"
#include "StartCredentials.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace OmsSync {

class SecretStore;

// A profile made ready to talk to OMS: its secret fetched from the keychain
// (or given), an OmsClient with the right sign-in, and the IAM token cached in
// the keychain between runs. ProfileService makes them, for the desktop
// application and oms-sync alike.
class ProfileSession : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ApiError&)>;

    ProfileSession(Profile profile, SecretStore* secrets, CallPolicy policy,
                   QObject* parent = nullptr);
    ~ProfileSession() override;

    const Profile& profile() const { return m_profile; }
    // A secret that wins over the keychain (an environment variable, a field
    // the user just typed). Not stored.
    void setSecretOverride(const QString& secret);
    // The password of the profile's proxy when it names a user; otherwise it
    // is read from the keychain.
    void setProxyPasswordOverride(const QString& password);

    // Reads what the keychain holds for the profile and builds the client.
    // Fails with a Keychain error when the secret was needed from a keychain
    // that does not answer, and with Authentication when none is stored.
    void open(QObject* context, Done done);
    OmsClient* client() const { return m_client; }

    // A new token still on its way into the keychain: a command-line run
    // waits for it before it exits.
    bool hasPendingWrites() const { return m_pendingWrites > 0; }

Q_SIGNALS:
    void pendingWritesDone();
    // The project id was found from the region: worth saving in the profile.
    void projectDiscovered(const QString& projectId);

private:
    void withProxyPassword(std::function<void()> then);
    void build(const QString& secret, QObject* context, Done done);
    void cacheToken(const QString& token, const QDateTime& expiresAt, const QString& projectId);
    void writeDone();

    Profile m_profile;
    QPointer<SecretStore> m_secrets;
    CallPolicy m_policy;
    QString m_secretOverride;
    QString m_proxyPassword;
    QPointer<OmsClient> m_client;
    int m_pendingWrites = 0;
};

} // namespace OmsSync
