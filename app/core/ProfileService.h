// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "CallPolicy.h"
#include "Profile.h"
#include "StartCredentials.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThreadPool>
#include <QUuid>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace OmsSync {

class ProfileSession;
class ProfileStore;
class SecretStore;

// The one door to the region profiles and everything filed under them: the
// profiles in the settings file, their sign-in secrets, proxy passwords,
// cached IAM tokens and remembered start keys in the keychain. The desktop
// application and oms-sync both go through it, so a rule about profiles or
// secrets exists once (docs/architecture.md lists them). Nothing else opens
// ProfileStore or SecretStore.
//
// Calls that touch the keychain answer later, on `context`'s thread, and not
// at all once `context` is gone; calls that only touch the settings file
// answer at once with an ApiError (Storage when the file could not be saved).
class ProfileService : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ApiError&)>;
    using SecretRead = std::function<void(const QString& secret, const ApiError&)>;
    using KeyPair = std::function<void(const QString& ak, const QString& sk, const ApiError&)>;
    using Tested = std::function<void(const ApiError&, const QString& projectId, int taskCount)>;
    using Recalled = std::function<void(const std::optional<StartCredentials>&, const ApiError&)>;

    enum class KeychainMode {
        Keychain, // the OS keychain answers
        SessionOnly, // chosen: the demo and tests keep secrets in memory only
        Unavailable, // no keychain answers; secrets are kept for this session only
    };

    struct Options
    {
        // Empty: the user's settings file (XDG_CONFIG_HOME moves it).
        QString settingsFile;
        bool sessionOnlySecrets = false;
    };

    explicit ProfileService(const Options& options, QObject* parent = nullptr);
    explicit ProfileService(QObject* parent = nullptr);
    // Borrows both (neither is owned): tests and benchmarks that look inside.
    ProfileService(ProfileStore* store, SecretStore* secrets, QObject* parent = nullptr);
    ~ProfileService() override;

    // --- the settings file ---------------------------------------------------
    QString settingsFile() const;
    // Written by a newer version: shown, never changed.
    bool isReadOnly() const;
    // What could not be read and was left out, for the user to see once.
    QStringList settingsProblems() const;

    // --- profiles --------------------------------------------------------------
    QList<Profile> profiles() const;
    std::optional<Profile> find(const QUuid& id) const;
    std::optional<Profile> findByName(const QString& name) const;
    QUuid lastSelected() const;
    ApiError setLastSelected(const QUuid& id);

    // Adds the profile (a new id when it has none) or updates the stored one.
    // A non-empty `secret` replaces the sign-in secret in the keychain and
    // the cached token with it; a change of who signs in (method, user,
    // account, AK, region, project, IAM endpoint) also drops the cached
    // token. Returns the settings error at once; `secretDone` reports the
    // keychain's answer (also when there was nothing to write).
    ApiError saveProfile(Profile& profile, const QString& secret, QObject* context,
                         Done secretDone);
    // A copy under a free name after the original, with the original's
    // sign-in secret (and proxy password) filed under the copy.
    ApiError duplicateProfile(const QUuid& id, Profile* copy, QObject* context, Done secretDone);
    // New profiles without secrets, in one write.
    ApiError addProfiles(QList<Profile>& profiles);
    ApiError moveProfile(const QUuid& id, int newIndex);
    // The profile goes first (when that fails, its secrets stay usable), then
    // every secret filed under it. `done` reports the first keychain error.
    void removeProfile(const QUuid& id, QObject* context, Done done);

    // A team's set-up as JSON, never with a secret.
    QByteArray exportJson(const QList<QUuid>& ids = {}) const;
    ApiError exportToFile(const QString& path, const QList<QUuid>& ids = {}) const;
    // Adds the profiles of an export under new ids and free names. `problems`
    // lists the entries that were refused.
    ApiError importJson(const QByteArray& json, int* added, QStringList* problems);
    ApiError importFromFile(const QString& path, int* added, QStringList* problems);

    // --- sign-in secrets ---------------------------------------------------------
    // A secret that wins over the keychain for this run and is never stored:
    // an environment variable of oms-sync, the demo's password.
    void setSecretOverride(const QUuid& id, const QString& secret);
    void setProxyPasswordOverride(const QUuid& id, const QString& password);
    // The stored (or overriding) sign-in secret.
    void readSignInSecret(const QUuid& id, QObject* context, SecretRead done);
    // The AK and SK an AK/SK profile signs in with.
    void profileKeyPair(const QUuid& id, QObject* context, KeyPair done);
    // Empty removes it.
    void setProxyPassword(const QUuid& id, const QString& password, QObject* context, Done done);

    // A session for the profile: its secret read when opened, its token
    // cached in the keychain, a project id it discovers saved with the
    // others found at the same time in one write of the settings.
    ProfileSession* createSession(const Profile& profile, const CallPolicy& policy,
                                  QObject* parent);
    // Signs in with `typedSecret` (or the stored one when empty), through the
    // proxy with `typedProxyPassword` (or the stored one), and lists the
    // tasks, writing nothing to the keychain or the settings.
    void testConnection(const Profile& profile, const QString& typedSecret,
                        const QString& typedProxyPassword, const CallPolicy& policy,
                        QObject* context, Tested done);

    // --- remembered start keys -----------------------------------------------------
    // Which tasks have remembered keys is kept in the settings (ids are not
    // secret, and a keychain cannot list its entries), so that asking about
    // it never prompts a locked keychain.
    bool hasRememberedKeys(const QUuid& id, const QString& taskId) const;
    QStringList rememberedTasks(const QUuid& id) const;
    // Answers nullopt without asking the keychain when none are remembered.
    void recallStartKeys(const QUuid& id, const QString& taskId, QObject* context, Recalled done);
    void rememberStartKeys(const QUuid& id, const QString& taskId, const StartCredentials& keys,
                           QObject* context, Done done);
    void forgetStartKeys(const QUuid& id, const QString& taskId, QObject* context, Done done);
    void forgetAllStartKeys(const QUuid& id, QObject* context, Done done);
    // The one rule both faces follow after a task started with keys the user
    // supplied (typed in the dialog, or from the environment): `remember`
    // files them for the next start; without it, keys remembered before are
    // forgotten, since they are not the ones the task now runs with. Keys
    // recalled from the keychain and used as they were change nothing.
    void keysUsedForStart(const QUuid& id, const QString& taskId, const StartCredentials& keys,
                          bool remember, QObject* context, Done done);

    // --- the keychain ----------------------------------------------------------------
    KeychainMode keychainMode() const;
    QString keychainUnavailableReason() const;
    // Asks the keychain again (the user unlocked a wallet).
    void retryKeychain();
    // Keychain writes still under way; oms-sync waits for them before it exits.
    bool hasPendingWrites() const;
    // Saves the project ids found at sign-in now rather than at the end of
    // the batch: a command-line run that is about to exit.
    void saveDiscoveredProjectIds();
    // How long project ids found at sign-in are collected before they are
    // saved together (tests lengthen it to make "together" certain).
    void setProjectIdBatchDelay(std::chrono::milliseconds delay);

Q_SIGNALS:
    void profilesChanged();
    void keychainModeChanged(OmsSync::ProfileService::KeychainMode mode);
    // Every pending keychain write has been answered.
    void pendingWritesDone();
    // A profile's sign-in changed (new secret, other identity): sessions made
    // from it must be rebuilt.
    void signInChanged(const QUuid& id);
    // A settings write that nobody waited for failed (a project id found at
    // sign-in, the record of remembered keys): the front end tells the user.
    void storageFailed(const OmsSync::ApiError& error);

private:
    void writeSecret(const QString& key, const QByteArray& data, QObject* context, Done done);
    void removeSecrets(const QStringList& keys, QObject* context, Done done);
    void noteProjectDiscovered(const QUuid& id, const QString& projectId);
    void saveDiscoveredProjectIdsInBackground();
    void checkWritesDone();

    void connectParts();

    std::unique_ptr<ProfileStore> m_ownedStore;
    ProfileStore* m_store;
    SecretStore* m_secrets;
    QHash<QUuid, QString> m_secretOverrides;
    QHash<QUuid, QString> m_proxyPasswordOverrides;
    QHash<QUuid, QString> m_discoveredProjectIds;
    QTimer* m_projectIdTimer;
    QList<QPointer<ProfileSession>> m_sessions;
    int m_pendingWrites = 0;
    // The batch of project ids is written here, off the UI thread: a locked,
    // synced rewrite of the whole file at the moment 50 profiles first
    // report their tasks. Last member: it waits for that write first.
    QThreadPool m_settingsWriter;
};

} // namespace OmsSync
