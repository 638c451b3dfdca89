// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "CallPolicy.h"
#include "Profile.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "StartCredentials.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include <functional>
#include <optional>

class QFileSystemWatcher;
class QTimer;

namespace OmsSync {
class ProfileSession;
} // namespace OmsSync

namespace OmsSync::Gui {

// The desktop application's side of the profiles: the list from
// ProfileStore (followed when oms-sync edits it), one ProfileSession per
// profile opened on first use, each profile's sign-in state, and every
// keychain operation the windows need. Widgets ask this class; it is the
// only one in the GUI that reaches ProfileStore, SecretStore and sessions.
class ProfileController : public QObject
{
    Q_OBJECT

public:
    enum class SignInState {
        Idle, // nothing asked yet
        Connecting,
        Connected, // the last request succeeded
        Failed, // the last request failed; signInError() says why
    };
    Q_ENUM(SignInState)

    using Done = std::function<void(const ApiError&)>;
    using SessionReady = std::function<void(ProfileSession*, const ApiError&)>;
    // ProfileSession::Recalled, spelt out: this header stays free of Qt Network.
    using RecalledKeys =
        std::function<void(const std::optional<StartCredentials>&, const ApiError&)>;
    using Tested = std::function<void(const ApiError&, const QString& projectId, int taskCount)>;
    using KeyPair = std::function<void(const QString& ak, const QString& sk, const ApiError&)>;

    ProfileController(ProfileStore* store, SecretStore* secrets, QObject* parent = nullptr);
    ~ProfileController() override;

    ProfileStore* store() const { return m_store; }
    SecretStore* secrets() const { return m_secrets; }
    // Tests shorten timeouts and retries.
    void setCallPolicy(const CallPolicy& policy) { m_policy = policy; }
    const CallPolicy& callPolicy() const { return m_policy; }

    const QList<Profile>& profiles() const { return m_profiles; }
    std::optional<Profile> profile(const QUuid& id) const;
    int indexOf(const QUuid& id) const;
    // Reads the store again (also done when the file changes on disk).
    void reload();
    QUuid lastSelected() const;
    void setLastSelected(const QUuid& id);
    // Settings problems to tell the user once (a newer version's file, ...).
    QStringList settingsProblems() const;

    // A sign-in secret that wins over the keychain for this run (the demo).
    void setSecretOverride(const QUuid& id, const QString& secret);

    SignInState signInState(const QUuid& id) const;
    ApiError signInError(const QUuid& id) const;
    void markConnecting(const QUuid& id);
    // Every request of a profile reports here, so its state shows whether
    // signing in and reaching OMS work.
    void reportOutcome(const QUuid& id, const ApiError& error);

    // The profile's session with its client, opened (secret read, client
    // built) on first use. `ready` runs once, unless `context` is gone.
    void withSession(const QUuid& id, QObject* context, SessionReady ready);

    // Adds the profile (when its id is unknown to the store) or updates it.
    // A non-empty `secret` replaces the stored sign-in secret; `secretDone`
    // reports the keychain's answer (a keychain that does not answer keeps it
    // for this session only and says so).
    ApiError saveProfile(Profile& profile, const QString& secret, QObject* context,
                         Done secretDone);
    std::optional<Profile> duplicateProfile(const QUuid& id, QObject* context, Done secretDone);
    ApiError moveProfile(const QUuid& id, int newIndex);
    // Removes the profile and every secret filed under it: the sign-in
    // secret, the cached token and the remembered start keys.
    void removeProfile(const QUuid& id, QObject* context, Done done);

    // Signs in with what the profile editor holds (the typed secret, or the
    // stored one when none was typed) and lists the tasks, without touching
    // the keychain entries of any profile. Reports the project id found.
    void testConnection(const Profile& profile, const QString& typedSecret, QObject* context,
                        Tested done);

    bool hasRememberedKeys(const QUuid& id, const QString& taskId) const;
    void recallStartKeys(const QUuid& id, const QString& taskId, QObject* context,
                         RecalledKeys done);
    void rememberStartKeys(const QUuid& id, const QString& taskId, const StartCredentials& keys,
                           QObject* context, Done done);
    void forgetStartKeys(const QUuid& id, const QString& taskId, QObject* context, Done done);
    // Every task's remembered keys of the profile.
    void forgetAllStartKeys(const QUuid& id, QObject* context, Done done);
    // The AK and SK an AK/SK profile signs in with, for "Use this profile's
    // AK/SK for the destination".
    void profileKeyPair(const QUuid& id, QObject* context, KeyPair done);

Q_SIGNALS:
    void profilesChanged();
    void signInStateChanged(const QUuid& id);

private:
    struct Entry
    {
        Profile profile; // as the session was made from it
        QPointer<ProfileSession> session;
        bool opened = false;
        bool opening = false;
        QList<std::pair<QPointer<QObject>, SessionReady>> waiters;
        SignInState state = SignInState::Idle;
        ApiError error;
    };

    Entry& entry(const Profile& profile);
    void dropSession(const QUuid& id);
    void setState(const QUuid& id, SignInState state, const ApiError& error = {});
    void readSignInSecret(const QUuid& id, QObject* context,
                          std::function<void(const QString&, const ApiError&)> done);
    void watchStoreFile();

    QPointer<ProfileStore> m_store;
    QPointer<SecretStore> m_secrets;
    CallPolicy m_policy;
    QList<Profile> m_profiles;
    QHash<QUuid, Entry> m_entries;
    QHash<QUuid, QString> m_secretOverrides;
    QFileSystemWatcher* m_watcher;
    QTimer* m_reloadTimer;
};

} // namespace OmsSync::Gui
