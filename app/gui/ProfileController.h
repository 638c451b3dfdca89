// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "CallPolicy.h"
#include "Profile.h"
#include "ProfileService.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include <functional>
#include <optional>

class QFileSystemWatcher;
class QTimer;

namespace OmsSync::Gui {

// The desktop application's side of the profiles: the list from
// ProfileService (followed when oms-sync edits the file), one ProfileSession
// per profile opened on first use, and each profile's sign-in state. What is
// a rule about profiles and secrets (what a removal takes along, when keys
// are remembered) is the service's; this class only keeps the windows' view
// of it.
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

    using Done = ProfileService::Done;
    using SessionReady = std::function<void(ProfileSession*, const ApiError&)>;
    using Tested = ProfileService::Tested;
    using KeyPair = ProfileService::KeyPair;

    explicit ProfileController(ProfileService* service, QObject* parent = nullptr);
    ~ProfileController() override;

    ProfileService* service() const { return m_service; }
    // Tests shorten timeouts and retries.
    void setCallPolicy(const CallPolicy& policy) { m_policy = policy; }
    const CallPolicy& callPolicy() const { return m_policy; }

    const QList<Profile>& profiles() const { return m_profiles; }
    std::optional<Profile> profile(const QUuid& id) const;
    int indexOf(const QUuid& id) const;
    // Reads the store again (also done when the file changes on disk).
    void reload();
    QUuid lastSelected() const;
    // Saved once the choice has settled for a second (arrowing through the
    // list writes once), and at the latest when the controller goes. A
    // failure to save it is reported through storageFailed().
    void setLastSelected(const QUuid& id);
    void saveLastSelected();
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
    ApiError duplicateProfile(const QUuid& id, Profile* copy, QObject* context, Done secretDone);
    // New profiles without secrets, in one write (the demo's).
    ApiError addProfiles(QList<Profile>& profiles);
    ApiError moveProfile(const QUuid& id, int newIndex);
    // Removes the profile and every secret filed under it: the sign-in
    // secret, the cached token and the remembered start keys.
    void removeProfile(const QUuid& id, QObject* context, Done done);

    // Signs in with what the profile editor holds (the typed secret, or the
    // stored one when none was typed) and lists the tasks, without touching
    // the keychain entries of any profile. Reports the project id found.
    void testConnection(const Profile& profile, const QString& typedSecret,
                        const QString& typedProxyPassword, QObject* context, Tested done);

    bool hasRememberedKeys(const QUuid& id, const QString& taskId) const;
    QStringList rememberedTasks(const QUuid& id) const;
    void recallStartKeys(const QUuid& id, const QString& taskId, QObject* context,
                         ProfileService::Recalled done);
    // ProfileService::keysUsedForStart(): the rule after a start.
    void keysUsedForStart(const QUuid& id, const QString& taskId, const StartCredentials& keys,
                          bool remember, QObject* context, Done done);
    void forgetStartKeys(const QUuid& id, const QString& taskId, QObject* context, Done done);
    // Every task's remembered keys of the profile.
    void forgetAllStartKeys(const QUuid& id, QObject* context, Done done);
    // The AK and SK an AK/SK profile signs in with, for "Use this profile's
    // AK/SK for the destination".
    void profileKeyPair(const QUuid& id, QObject* context, KeyPair done);

    // The password of the user the profile's proxy URL names, in the
    // keychain; empty removes it. Never in the settings.
    void setProxyPassword(const QUuid& id, const QString& password, QObject* context, Done done);
    // The profiles (every one when `ids` is empty) as `oms-sync profile
    // export` writes them: never a secret.
    ApiError exportToFile(const QString& path, const QList<QUuid>& ids = {}) const;
    // Adds the profiles of such a file under new ids and free names;
    // `problems` lists the entries that were refused.
    ApiError importFromFile(const QString& path, int* added, QStringList* problems);

Q_SIGNALS:
    void profilesChanged();
    void signInStateChanged(const QUuid& id);
    // A settings write nobody waited for failed: the window shows it.
    void storageFailed(const OmsSync::ApiError& error);

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
    void watchSettingsFile();

    ProfileService* m_service;
    CallPolicy m_policy;
    QList<Profile> m_profiles;
    QHash<QUuid, Entry> m_entries;
    QFileSystemWatcher* m_watcher;
    QTimer* m_reloadTimer;
    QTimer* m_lastSelectedTimer;
    std::optional<QUuid> m_unsavedLastSelected;
};

} // namespace OmsSync::Gui
