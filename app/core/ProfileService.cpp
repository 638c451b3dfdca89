// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileService.h"

#include "OmsClient.h"
#include "OmsJob.h"
#include "ProfileSession.h"
#include "ProfileStore.h"
#include "SecretStore.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcProfiles, "omssync.profiles", QtWarningMsg)

namespace OmsSync {

namespace {

// Sign-ins of many profiles answer within moments of each other (the desktop
// application opens them together): their project ids go into one write.
constexpr int projectIdBatchMs = 200;

// An export is a few KiB; anything much larger is not one.
constexpr qint64 maxImportBytes = 16 * 1024 * 1024;

void later(QObject* context, std::function<void()> call)
{
    QMetaObject::invokeMethod(context, std::move(call), Qt::QueuedConnection);
}

// Whether a token signed in as `before` may still be used for `after`.
bool sameIdentity(const Profile& before, const Profile& after)
{
    return before.authMethod == after.authMethod && before.userName == after.userName
        && before.accountName == after.accountName && before.accessKeyId == after.accessKeyId
        && before.regionId == after.regionId && before.projectId == after.projectId
        && before.effectiveIamEndpoint() == after.effectiveIamEndpoint();
}

ApiError keychainAnswer(const SecretStore::Result& result, const SecretStore& secrets)
{
    switch (result.status) {
    case SecretStore::Status::Ok:
    case SecretStore::Status::NotFound:
        return {};
    case SecretStore::Status::Unavailable:
        return ApiError::keychain(
            ProfileService::tr("No keychain answers (%1). The secret is kept in memory for this "
                               "session only.")
                .arg(result.errorString.isEmpty() ? secrets.unavailableReason()
                                                  : result.errorString));
    case SecretStore::Status::Failed:
        break;
    }
    return ApiError::keychain(result.errorString);
}

// Answers `done` once all `count` answers are in, with the first error.
class Countdown
{
public:
    Countdown(qsizetype count, QPointer<QObject> context, ProfileService::Done done)
        : m_left(count)
        , m_context(std::move(context))
        , m_done(std::move(done))
    { }

    void answer(const ApiError& error)
    {
        if (error.isError() && !m_firstError.isError()) {
            m_firstError = error;
        }
        if (--m_left == 0 && m_context) {
            m_done(m_firstError);
        }
    }

private:
    qsizetype m_left;
    QPointer<QObject> m_context;
    ProfileService::Done m_done;
    ApiError m_firstError;
};

} // namespace

ProfileService::ProfileService(QObject* parent)
    : ProfileService(Options {}, parent)
{ }

ProfileService::ProfileService(const Options& options, QObject* parent)
    : QObject(parent)
    , m_ownedStore(options.settingsFile.isEmpty()
                       ? std::make_unique<ProfileStore>()
                       : std::make_unique<ProfileStore>(options.settingsFile))
    , m_store(m_ownedStore.get())
    , m_secrets(new SecretStore(this))
    , m_projectIdTimer(new QTimer(this))
{
    m_secrets->setSessionOnly(options.sessionOnlySecrets);
    connectParts();
}

ProfileService::ProfileService(ProfileStore* store, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_projectIdTimer(new QTimer(this))
{
    connectParts();
}

void ProfileService::connectParts()
{
    connect(m_store, &ProfileStore::changed, this, &ProfileService::profilesChanged);
    connect(m_secrets, &SecretStore::availabilityChanged, this,
            [this] { Q_EMIT keychainModeChanged(keychainMode()); });
    m_projectIdTimer->setObjectName(u"projectIdBatch"_s);
    m_projectIdTimer->setSingleShot(true);
    m_projectIdTimer->setInterval(projectIdBatchMs);
    connect(m_projectIdTimer, &QTimer::timeout, this,
            &ProfileService::saveDiscoveredProjectIdsInBackground);
    m_settingsWriter.setMaxThreadCount(1);
}

ProfileService::~ProfileService()
{
    // Its result is posted to this object, and dropped with it.
    m_settingsWriter.waitForDone();
    for (QString& secret : m_secretOverrides) {
        wipeString(secret);
    }
    for (QString& secret : m_proxyPasswordOverrides) {
        wipeString(secret);
    }
}

// --- the settings file ------------------------------------------------------

QString ProfileService::settingsFile() const
{
    return m_store->fileName();
}

bool ProfileService::isReadOnly() const
{
    return m_store->isReadOnly();
}

QStringList ProfileService::settingsProblems() const
{
    return m_store->problems();
}

// --- profiles -----------------------------------------------------------------

QList<Profile> ProfileService::profiles() const
{
    return m_store->profiles();
}

std::optional<Profile> ProfileService::find(const QUuid& id) const
{
    return m_store->find(id);
}

std::optional<Profile> ProfileService::findByName(const QString& name) const
{
    return m_store->findByName(name);
}

QUuid ProfileService::lastSelected() const
{
    return m_store->lastSelected();
}

ApiError ProfileService::setLastSelected(const QUuid& id)
{
    return m_store->setLastSelected(id);
}

ApiError ProfileService::saveProfile(Profile& profile, const QString& secret, QObject* context,
                                     Done secretDone)
{
    const std::optional<Profile> before =
        profile.id.isNull() ? std::nullopt : m_store->find(profile.id);
    const ApiError error = before ? m_store->update(profile) : m_store->add(profile);
    if (error.isError()) {
        return error;
    }
    const QUuid id = profile.id;
    const bool otherIdentity = before && !sameIdentity(*before, profile);
    if (otherIdentity || !secret.isEmpty()) {
        // A token signed in as someone else, or with the old secret, must not
        // be reused.
        removeSecrets({SecretStore::tokenKey(id)}, this, [](const ApiError&) {});
        Q_EMIT signInChanged(id);
    }
    if (secret.isEmpty()) {
        later(context, [secretDone] { secretDone({}); });
        return {};
    }
    if (auto it = m_secretOverrides.find(id); it != m_secretOverrides.end()) {
        wipeString(*it);
        m_secretOverrides.erase(it);
    }
    QByteArray bytes = secret.toUtf8();
    writeSecret(SecretStore::signInKey(id), bytes, context, std::move(secretDone));
    wipeBytes(bytes);
    return {};
}

ApiError ProfileService::addProfiles(QList<Profile>& profiles)
{
    return m_store->add(profiles);
}

ApiError ProfileService::duplicateProfile(const QUuid& id, Profile* copy, QObject* context,
                                          Done secretDone)
{
    if (const ApiError error = m_store->duplicate(id, copy); error.isError()) {
        return error;
    }
    const QUuid copyId = copy->id;
    if (const auto it = m_secretOverrides.constFind(id); it != m_secretOverrides.cend()) {
        m_secretOverrides.insert(copyId, *it);
    }
    if (const auto it = m_proxyPasswordOverrides.constFind(id);
        it != m_proxyPasswordOverrides.cend()) {
        m_proxyPasswordOverrides.insert(copyId, *it);
    }
    // The copy signs in like the original: its secrets go along.
    auto countdown = std::make_shared<Countdown>(2, context, std::move(secretDone));
    auto copySecret = [this, countdown](const QString& from, const QString& to) {
        m_secrets->read(from, this, [this, countdown, to](const SecretStore::Result& result) {
            if (result.status != SecretStore::Status::Ok) {
                countdown->answer(keychainAnswer(result, *m_secrets));
                return;
            }
            writeSecret(to, result.data, this,
                        [countdown](const ApiError& error) { countdown->answer(error); });
        });
    };
    copySecret(SecretStore::signInKey(id), SecretStore::signInKey(copyId));
    copySecret(SecretStore::proxyPasswordKey(id), SecretStore::proxyPasswordKey(copyId));
    return {};
}

ApiError ProfileService::moveProfile(const QUuid& id, int newIndex)
{
    return m_store->move(id, newIndex);
}

void ProfileService::removeProfile(const QUuid& id, QObject* context, Done done)
{
    QStringList keys {SecretStore::signInKey(id), SecretStore::tokenKey(id),
                      SecretStore::proxyPasswordKey(id)};
    for (const QString& task : m_store->rememberedTasks(id)) {
        keys.append(SecretStore::startKeysKey(id, task));
    }
    // The profile goes first: when that fails, its secrets stay usable.
    if (const ApiError error = m_store->remove(id); error.isError()) {
        later(context, [done, error] { done(error); });
        return;
    }
    if (auto it = m_secretOverrides.find(id); it != m_secretOverrides.end()) {
        wipeString(*it);
        m_secretOverrides.erase(it);
    }
    if (auto it = m_proxyPasswordOverrides.find(id); it != m_proxyPasswordOverrides.end()) {
        wipeString(*it);
        m_proxyPasswordOverrides.erase(it);
    }
    m_discoveredProjectIds.remove(id);
    removeSecrets(keys, context, std::move(done));
}

QByteArray ProfileService::exportJson(const QList<QUuid>& ids) const
{
    return m_store->exportJson(ids);
}

ApiError ProfileService::exportToFile(const QString& path, const QList<QUuid>& ids) const
{
    const QByteArray json = exportJson(ids);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
        return ApiError::validation(u"file"_s,
                                    tr("%1 could not be written: %2").arg(path, out.errorString()));
    }
    return {};
}

ApiError ProfileService::importJson(const QByteArray& json, int* added, QStringList* problems)
{
    return m_store->importJson(json, added, problems);
}

ApiError ProfileService::importFromFile(const QString& path, int* added, QStringList* problems)
{
    *added = 0;
    problems->clear();
    // The file is the field: "FILE: it could not be read" names it once.
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        return ApiError::validation(path, tr("It could not be read: %1").arg(in.errorString()));
    }
    const ApiError error = importJson(in.read(maxImportBytes), added, problems);
    if (error.kind() == ApiError::Kind::Validation) {
        return ApiError::validation(path, error.message());
    }
    return error;
}

// --- sign-in secrets ----------------------------------------------------------

void ProfileService::setSecretOverride(const QUuid& id, const QString& secret)
{
    m_secretOverrides.insert(id, secret);
    Q_EMIT signInChanged(id);
}

void ProfileService::setProxyPasswordOverride(const QUuid& id, const QString& password)
{
    m_proxyPasswordOverrides.insert(id, password);
    Q_EMIT signInChanged(id);
}

void ProfileService::readSignInSecret(const QUuid& id, QObject* context, SecretRead done)
{
    if (const auto it = m_secretOverrides.constFind(id); it != m_secretOverrides.cend()) {
        later(context, [done, secret = *it] { done(secret, {}); });
        return;
    }
    m_secrets->read(
        SecretStore::signInKey(id), context, [this, done](const SecretStore::Result& result) {
            switch (result.status) {
            case SecretStore::Status::Ok: {
                QString secret = QString::fromUtf8(result.data);
                done(secret, {});
                wipeString(secret);
                return;
            }
            case SecretStore::Status::NotFound:
                done({},
                     ApiError::validation(
                         u"secret"_s, tr("No password, token or SK is stored for the profile.")));
                return;
            case SecretStore::Status::Unavailable:
            case SecretStore::Status::Failed:
                done({}, keychainAnswer(result, *m_secrets));
                return;
            }
        });
}

void ProfileService::profileKeyPair(const QUuid& id, QObject* context, KeyPair done)
{
    const std::optional<Profile> found = find(id);
    if (!found || found->authMethod != AuthMethod::AkSk) {
        const ApiError error = ApiError::validation(
            u"profile"_s, tr("The profile does not sign in with an access key."));
        later(context, [done, error] { done({}, {}, error); });
        return;
    }
    readSignInSecret(id, context,
                     [done, ak = found->accessKeyId](const QString& sk, const ApiError& error) {
                         done(ak, sk, error);
                     });
}

void ProfileService::setProxyPassword(const QUuid& id, const QString& password, QObject* context,
                                      Done done)
{
    // A session holds the password it connected with: the next one must
    // connect with this one.
    Q_EMIT signInChanged(id);
    if (password.isEmpty()) {
        removeSecrets({SecretStore::proxyPasswordKey(id)}, context, std::move(done));
        return;
    }
    QByteArray bytes = password.toUtf8();
    writeSecret(SecretStore::proxyPasswordKey(id), bytes, context, std::move(done));
    wipeBytes(bytes);
}

ProfileSession* ProfileService::createSession(const Profile& profile, const CallPolicy& policy,
                                              QObject* parent)
{
    auto* session = new ProfileSession(profile, m_secrets, policy, parent);
    if (const auto it = m_secretOverrides.constFind(profile.id); it != m_secretOverrides.cend()) {
        session->setSecretOverride(*it);
    }
    if (const auto it = m_proxyPasswordOverrides.constFind(profile.id);
        it != m_proxyPasswordOverrides.cend()) {
        session->setProxyPasswordOverride(*it);
    }
    const QUuid id = profile.id;
    connect(session, &ProfileSession::projectDiscovered, this,
            [this, id](const QString& projectId) { noteProjectDiscovered(id, projectId); });
    connect(session, &ProfileSession::pendingWritesDone, this, &ProfileService::checkWritesDone);
    m_sessions.append(session);
    return session;
}

void ProfileService::testConnection(const Profile& profile, const QString& typedSecret,
                                    const QString& typedProxyPassword, const CallPolicy& policy,
                                    QObject* context, Tested done)
{
    // Everything of the test lives under `run`: a session-only secret store
    // (so the token it gets is never written to the keychain under some
    // profile's name) and a session that is thrown away afterwards.
    auto* run = new QObject(this);
    auto* secrets = new SecretStore(run);
    secrets->setSessionOnly(true);
    QPointer<QObject> guard(context);
    auto finished = std::make_shared<bool>(false);
    auto finish = [run, guard, done, finished](const ApiError& error, const QString& projectId,
                                               int count) {
        if (std::exchange(*finished, true)) {
            return;
        }
        if (guard) {
            done(error, projectId, count);
        }
        run->deleteLater();
    };
    auto go = [run, secrets, profile, policy, finish](const QString& secret,
                                                      const QString& proxyPassword) {
        Profile tested = profile;
        if (tested.id.isNull()) {
            tested.id = QUuid::createUuid();
        }
        auto* session = new ProfileSession(tested, secrets, policy, run);
        session->setSecretOverride(secret);
        session->setProxyPasswordOverride(proxyPassword);
        session->open(run, [session, run, finish](const ApiError& error) {
            if (error.isError()) {
                finish(error, {}, 0);
                return;
            }
            TaskListJob* job = session->client()->listTasks();
            connect(job, &OmsJob::finished, run, [session, job, finish] {
                finish(job->error(), session->client()->projectId(), int(job->tasks().size()));
            });
        });
    };
    const bool stored = !profile.id.isNull() && find(profile.id).has_value();
    // The proxy password typed, or the stored one of a saved profile: the
    // test's own secret store knows none.
    auto withProxyPassword = [this, run, profile, stored,
                              typedProxyPassword](std::function<void(const QString&)> then) {
        if (!typedProxyPassword.isEmpty() || !stored || profile.proxy.userName().isEmpty()) {
            then(typedProxyPassword);
            return;
        }
        if (const auto it = m_proxyPasswordOverrides.constFind(profile.id);
            it != m_proxyPasswordOverrides.cend()) {
            then(*it);
            return;
        }
        m_secrets->read(SecretStore::proxyPasswordKey(profile.id), run,
                        [then](const SecretStore::Result& result) {
                            then(result.status == SecretStore::Status::Ok
                                     ? QString::fromUtf8(result.data)
                                     : QString());
                        });
    };
    if (const ApiError error = profile.validate(); error.isError()) {
        later(run, [finish, error] { finish(error, {}, 0); });
    } else if (!typedSecret.isEmpty()) {
        withProxyPassword(
            [go, typedSecret](const QString& proxyPassword) { go(typedSecret, proxyPassword); });
    } else if (stored) {
        readSignInSecret(profile.id, run,
                         [go, finish, withProxyPassword](const QString& secret, const ApiError& e) {
                             if (e.isError()) {
                                 finish(e, {}, 0);
                                 return;
                             }
                             withProxyPassword([go, secret](const QString& proxyPassword) {
                                 go(secret, proxyPassword);
                             });
                         });
    } else {
        const ApiError error = ApiError::validation(
            u"secret"_s, tr("Enter the password, token or SK to test the connection."));
        later(run, [finish, error] { finish(error, {}, 0); });
    }
}

// --- remembered start keys -------------------------------------------------------

bool ProfileService::hasRememberedKeys(const QUuid& id, const QString& taskId) const
{
    return rememberedTasks(id).contains(taskId);
}

QStringList ProfileService::rememberedTasks(const QUuid& id) const
{
    return m_store->rememberedTasks(id);
}

void ProfileService::recallStartKeys(const QUuid& id, const QString& taskId, QObject* context,
                                     ProfileService::Recalled done)
{
    // Only a task known to be remembered asks the keychain: a locked wallet
    // should not prompt for nothing.
    if (!hasRememberedKeys(id, taskId)) {
        later(context, [done] { done(std::nullopt, {}); });
        return;
    }
    m_secrets->read(SecretStore::startKeysKey(id, taskId), context,
                    [done](const SecretStore::Result& result) {
                        switch (result.status) {
                        case SecretStore::Status::Ok:
                            done(StartCredentials::fromStorage(result.data), {});
                            return;
                        case SecretStore::Status::NotFound:
                            done(std::nullopt, {});
                            return;
                        case SecretStore::Status::Unavailable:
                        case SecretStore::Status::Failed:
                            done(std::nullopt, ApiError::keychain(result.errorString));
                            return;
                        }
                    });
}

void ProfileService::rememberStartKeys(const QUuid& id, const QString& taskId,
                                       const StartCredentials& keys, QObject* context, Done done)
{
    QByteArray stored = keys.toStorage();
    QPointer<QObject> guard(context);
    writeSecret(SecretStore::startKeysKey(id, taskId), stored, this,
                [this, id, taskId, guard, done](ApiError error) {
                    // Recorded only once the keychain has them: a record
                    // without keys would send the next start looking for
                    // nothing.
                    if (!error.isError()) {
                        error = m_store->setTaskRemembered(id, taskId, true);
                    }
                    if (guard) {
                        done(error);
                    }
                });
    wipeBytes(stored);
}

void ProfileService::forgetStartKeys(const QUuid& id, const QString& taskId, QObject* context,
                                     Done done)
{
    QPointer<QObject> guard(context);
    removeSecrets({SecretStore::startKeysKey(id, taskId)}, this,
                  [this, id, taskId, guard, done](ApiError error) {
                      if (!error.isError()) {
                          error = m_store->setTaskRemembered(id, taskId, false);
                      }
                      if (guard) {
                          done(error);
                      }
                  });
}

void ProfileService::forgetAllStartKeys(const QUuid& id, QObject* context, Done done)
{
    const QStringList tasks = rememberedTasks(id);
    if (tasks.isEmpty()) {
        later(context, [done] { done({}); });
        return;
    }
    auto countdown = std::make_shared<Countdown>(tasks.size(), context, std::move(done));
    for (const QString& task : tasks) {
        forgetStartKeys(id, task, this,
                        [countdown](const ApiError& error) { countdown->answer(error); });
    }
}

void ProfileService::keysUsedForStart(const QUuid& id, const QString& taskId,
                                      const StartCredentials& keys, bool remember, QObject* context,
                                      Done done)
{
    if (remember) {
        rememberStartKeys(id, taskId, keys, context, std::move(done));
    } else if (hasRememberedKeys(id, taskId)) {
        forgetStartKeys(id, taskId, context, std::move(done));
    } else {
        later(context, [done] { done({}); });
    }
}

// --- the keychain ---------------------------------------------------------------------

ProfileService::KeychainMode ProfileService::keychainMode() const
{
    if (m_secrets->isSessionOnly()) {
        return KeychainMode::SessionOnly;
    }
    return m_secrets->isAvailable() ? KeychainMode::Keychain : KeychainMode::Unavailable;
}

QString ProfileService::keychainUnavailableReason() const
{
    return m_secrets->unavailableReason();
}

void ProfileService::retryKeychain()
{
    m_secrets->retryKeychain();
}

void ProfileService::setProjectIdBatchDelay(std::chrono::milliseconds delay)
{
    m_projectIdTimer->setInterval(delay);
}

bool ProfileService::hasPendingWrites() const
{
    if (m_pendingWrites > 0 || !m_discoveredProjectIds.isEmpty()) {
        return true;
    }
    return std::any_of(
        m_sessions.cbegin(), m_sessions.cend(),
        [](const QPointer<ProfileSession>& s) { return s && s->hasPendingWrites(); });
}

// --- inside ---------------------------------------------------------------------------

void ProfileService::writeSecret(const QString& key, const QByteArray& data, QObject* context,
                                 Done done)
{
    ++m_pendingWrites;
    QPointer<QObject> guard(context);
    m_secrets->write(key, data, this, [this, guard, done](const SecretStore::Result& result) {
        const ApiError error = keychainAnswer(result, *m_secrets);
        if (guard) {
            done(error);
        }
        --m_pendingWrites;
        checkWritesDone();
    });
}

void ProfileService::removeSecrets(const QStringList& keys, QObject* context, Done done)
{
    if (keys.isEmpty()) {
        later(context, [done] { done({}); });
        return;
    }
    m_pendingWrites += int(keys.size());
    auto countdown = std::make_shared<Countdown>(keys.size(), context, std::move(done));
    for (const QString& key : keys) {
        m_secrets->remove(key, this, [this, countdown](const SecretStore::Result& result) {
            ApiError error;
            if (result.status == SecretStore::Status::Unavailable) {
                error = ApiError::keychain(
                    tr("No keychain answers (%1); secrets filed there may remain.")
                        .arg(result.errorString.isEmpty() ? m_secrets->unavailableReason()
                                                          : result.errorString));
            } else {
                error = keychainAnswer(result, *m_secrets);
            }
            countdown->answer(error);
            --m_pendingWrites;
            checkWritesDone();
        });
    }
}

void ProfileService::noteProjectDiscovered(const QUuid& id, const QString& projectId)
{
    m_discoveredProjectIds.insert(id, projectId);
    if (!m_projectIdTimer->isActive()) {
        m_projectIdTimer->start();
    }
}

void ProfileService::saveDiscoveredProjectIds()
{
    m_projectIdTimer->stop();
    if (m_discoveredProjectIds.isEmpty()) {
        return;
    }
    const QHash<QUuid, QString> found = std::exchange(m_discoveredProjectIds, {});
    if (!m_store->isReadOnly()) {
        if (const ApiError error = m_store->setProjectIds(found); error.isError()) {
            qCWarning(lcProfiles).noquote()
                << "could not save the discovered project ids:" << error.summary();
            Q_EMIT storageFailed(error);
        }
    }
    checkWritesDone();
}

void ProfileService::saveDiscoveredProjectIdsInBackground()
{
    if (m_discoveredProjectIds.isEmpty() || m_store->isReadOnly()) {
        saveDiscoveredProjectIds();
        return;
    }
    const QHash<QUuid, QString> found = std::exchange(m_discoveredProjectIds, {});
    const QString file = m_store->fileName();
    ++m_pendingWrites;
    m_settingsWriter.start([this, file, found] {
        // A store of its own: the one of this thread is not to be used from
        // another, and the file's lock keeps the two writers apart.
        ProfileStore store(file);
        const ApiError error = store.setProjectIds(found);
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                --m_pendingWrites;
                if (error.isError()) {
                    qCWarning(lcProfiles).noquote()
                        << "could not save the discovered project ids:" << error.summary();
                    Q_EMIT storageFailed(error);
                } else {
                    // Written by the other store: this one reads it anew.
                    Q_EMIT profilesChanged();
                }
                checkWritesDone();
            },
            Qt::QueuedConnection);
    });
}

void ProfileService::checkWritesDone()
{
    m_sessions.removeAll(nullptr);
    if (!hasPendingWrites()) {
        Q_EMIT pendingWritesDone();
    }
}

} // namespace OmsSync
