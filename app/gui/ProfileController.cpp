// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileController.h"

#include "OmsClient.h"
#include "OmsJob.h"
#include "ProfileStore.h"
#include "SecretStore.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLoggingCategory>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcProfiles, "omssync.gui.profiles", QtWarningMsg)

namespace OmsSync::Gui {

namespace {

// Whether a session built from `built` still serves `stored`. A rename or a
// project id found by the session itself needs no new sign-in.
bool sameConnection(const Profile& built, Profile stored)
{
    stored.name = built.name;
    if (stored.projectId.isEmpty()) {
        stored.projectId = built.projectId;
    }
    return stored == built;
}

// Whether a token signed in as `before` may still be used for `after`.
bool sameIdentity(const Profile& before, const Profile& after)
{
    return before.authMethod == after.authMethod && before.userName == after.userName
        && before.accountName == after.accountName && before.accessKeyId == after.accessKeyId
        && before.regionId == after.regionId && before.projectId == after.projectId
        && before.effectiveIamEndpoint() == after.effectiveIamEndpoint();
}

void later(QObject* context, std::function<void()> call)
{
    QMetaObject::invokeMethod(context, std::move(call), Qt::QueuedConnection);
}

ApiError keychainAnswer(const SecretStore::Result& result, const SecretStore* secrets)
{
    switch (result.status) {
    case SecretStore::Status::Ok:
    case SecretStore::Status::NotFound:
        return {};
    case SecretStore::Status::Unavailable:
        return ApiError::keychain(
            ProfileController::tr("No keychain answers (%1). The secret is kept in memory until "
                                  "OMS Sync Desk quits.")
                .arg(result.errorString.isEmpty() ? secrets->unavailableReason()
                                                  : result.errorString));
    case SecretStore::Status::Failed:
        break;
    }
    return ApiError::keychain(result.errorString);
}

} // namespace

ProfileController::ProfileController(ProfileStore* store, SecretStore* secrets, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_watcher(new QFileSystemWatcher(this))
    , m_reloadTimer(new QTimer(this))
{
    connect(m_store, &ProfileStore::changed, this, &ProfileController::reload);
    // oms-sync may edit the same file while the window is open.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(250);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        reload();
        watchStoreFile();
    });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reloadTimer,
            qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_reloadTimer,
            qOverload<>(&QTimer::start));
    watchStoreFile();
    m_profiles = m_store->profiles();
}

ProfileController::~ProfileController()
{
    for (QString& secret : m_secretOverrides) {
        wipeString(secret);
    }
}

void ProfileController::watchStoreFile()
{
    const QString file = m_store->fileName();
    // QSettings replaces the file on save, which ends a watch on the file
    // itself; the directory watch notices the new one.
    const QString directory = QFileInfo(file).absolutePath();
    if (QFileInfo::exists(directory) && !m_watcher->directories().contains(directory)) {
        m_watcher->addPath(directory);
    }
    if (QFileInfo::exists(file) && !m_watcher->files().contains(file)) {
        m_watcher->addPath(file);
    }
}

std::optional<Profile> ProfileController::profile(const QUuid& id) const
{
    for (const Profile& profile : m_profiles) {
        if (profile.id == id) {
            return profile;
        }
    }
    return std::nullopt;
}

int ProfileController::indexOf(const QUuid& id) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id) {
            return int(i);
        }
    }
    return -1;
}

void ProfileController::reload()
{
    const QList<Profile> profiles = m_store->profiles();
    if (profiles == m_profiles) {
        return;
    }
    m_profiles = profiles;
    const QList<QUuid> ids = m_entries.keys();
    for (const QUuid& id : ids) {
        const std::optional<Profile> stored = profile(id);
        if (!stored) {
            dropSession(id);
            m_entries.remove(id);
        } else if (!sameConnection(m_entries.value(id).profile, *stored)) {
            dropSession(id);
        }
    }
    Q_EMIT profilesChanged();
}

QUuid ProfileController::lastSelected() const
{
    return m_store->lastSelected();
}

void ProfileController::setLastSelected(const QUuid& id)
{
    if (m_store->lastSelected() != id) {
        if (const ApiError error = m_store->setLastSelected(id); error.isError()) {
            qCWarning(lcProfiles).noquote() << "could not save the selection:" << error.summary();
        }
    }
}

QStringList ProfileController::settingsProblems() const
{
    return m_store->problems();
}

void ProfileController::setSecretOverride(const QUuid& id, const QString& secret)
{
    m_secretOverrides.insert(id, secret);
    dropSession(id);
}

ProfileController::SignInState ProfileController::signInState(const QUuid& id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.cend() ? SignInState::Idle : it->state;
}

ApiError ProfileController::signInError(const QUuid& id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.cend() ? ApiError() : it->error;
}

void ProfileController::setState(const QUuid& id, SignInState state, const ApiError& error)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || (it->state == state && it->error == error)) {
        return;
    }
    it->state = state;
    it->error = error;
    Q_EMIT signInStateChanged(id);
}

void ProfileController::markConnecting(const QUuid& id)
{
    if (const auto found = profile(id)) {
        Entry& e = entry(*found);
        if (e.state != SignInState::Connected) {
            setState(id, SignInState::Connecting);
        }
    }
}

void ProfileController::reportOutcome(const QUuid& id, const ApiError& error)
{
    if (!error.isError()) {
        setState(id, SignInState::Connected);
        return;
    }
    // A task the service refuses to start says nothing about the sign-in.
    const bool aboutConnection = error.kind() == ApiError::Kind::Authentication
        || error.kind() == ApiError::Kind::Keychain || error.kind() == ApiError::Kind::Network
        || error.kind() == ApiError::Kind::Timeout || error.httpStatus() == 401
        || error.httpStatus() == 403 || error.httpStatus() == 418;
    if (aboutConnection) {
        setState(id, SignInState::Failed, error);
    }
}

ProfileController::Entry& ProfileController::entry(const Profile& profile)
{
    Entry& e = m_entries[profile.id];
    if (!e.session) {
        e.profile = profile;
        e.opened = false;
        e.opening = false;
        e.session = new ProfileSession(profile, m_secrets, m_policy, this);
        if (const auto it = m_secretOverrides.constFind(profile.id);
            it != m_secretOverrides.cend()) {
            e.session->setSecretOverride(*it);
        }
        const QUuid id = profile.id;
        connect(e.session, &ProfileSession::projectDiscovered, this,
                [this, id](const QString& projectId) {
                    // Saved so that the next run skips the lookup; the running
                    // session keeps serving (see sameConnection()).
                    if (const auto it = m_entries.find(id); it != m_entries.end()) {
                        it->profile.projectId = projectId;
                    }
                    std::optional<Profile> stored = m_store->find(id);
                    if (stored && stored->projectId.isEmpty() && !m_store->isReadOnly()) {
                        stored->projectId = projectId;
                        if (const ApiError error = m_store->update(*stored); error.isError()) {
                            qCWarning(lcProfiles).noquote()
                                << "could not save the discovered project id:" << error.summary();
                        }
                    }
                });
    }
    return e;
}

void ProfileController::dropSession(const QUuid& id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end()) {
        return;
    }
    const auto waiters = std::exchange(it->waiters, {});
    if (it->session) {
        // Its jobs go with it; their owners notice through QObject::destroyed.
        it->session->deleteLater();
    }
    it->session.clear();
    it->opened = false;
    it->opening = false;
    const bool stateChanged = it->state != SignInState::Idle;
    it->state = SignInState::Idle;
    it->error = {};
    const ApiError changed =
        ApiError::validation(u"profile"_s, tr("The profile was changed while it was in use."));
    for (const auto& [context, ready] : waiters) {
        if (context) {
            later(context, [ready, changed] { ready(nullptr, changed); });
        }
    }
    if (stateChanged) {
        Q_EMIT signInStateChanged(id);
    }
}

void ProfileController::withSession(const QUuid& id, QObject* context, SessionReady ready)
{
    const std::optional<Profile> found = profile(id);
    if (!found) {
        const ApiError error =
            ApiError::validation(u"profile"_s, tr("The profile no longer exists."));
        later(context, [ready, error] { ready(nullptr, error); });
        return;
    }
    Entry& e = entry(*found);
    if (e.opened) {
        later(context, [ready, session = e.session] {
            if (session) {
                ready(session, {});
            } else {
                ready(nullptr,
                      ApiError::validation(u"profile"_s,
                                           tr("The profile was changed while it was in use.")));
            }
        });
        return;
    }
    e.waiters.append({context, std::move(ready)});
    if (e.opening) {
        return;
    }
    e.opening = true;
    QPointer<ProfileSession> session = e.session;
    session->open(this, [this, id, session](const ApiError& error) {
        const auto it = m_entries.find(id);
        if (!session || it == m_entries.end() || it->session != session) {
            return; // dropped meanwhile; its waiters were answered then
        }
        it->opening = false;
        it->opened = !error.isError();
        if (error.isError()) {
            setState(id, SignInState::Failed, error);
        }
        const auto waiters = std::exchange(it->waiters, {});
        for (const auto& [context, ready] : waiters) {
            if (context) {
                ready(error.isError() ? nullptr : session.data(), error);
            }
        }
    });
}

ApiError ProfileController::saveProfile(Profile& profile, const QString& secret, QObject* context,
                                        Done secretDone)
{
    const std::optional<Profile> before =
        profile.id.isNull() ? std::nullopt : m_store->find(profile.id);
    const ApiError error = before ? m_store->update(profile) : m_store->add(profile);
    if (error.isError()) {
        return error;
    }
    const QUuid id = profile.id;
    if (before && !sameIdentity(*before, profile)) {
        // A token signed in as someone else must not be reused.
        m_secrets->remove(SecretStore::tokenKey(id), this, [](const SecretStore::Result&) {});
        dropSession(id);
    }
    QPointer<QObject> guard(context);
    if (secret.isEmpty()) {
        later(context, [secretDone] { secretDone({}); });
        return {};
    }
    m_secrets->remove(SecretStore::tokenKey(id), this, [](const SecretStore::Result&) {});
    m_secretOverrides.remove(id);
    dropSession(id);
    QByteArray bytes = secret.toUtf8();
    m_secrets->write(SecretStore::signInKey(id), bytes, this,
                     [this, guard, secretDone](const SecretStore::Result& result) {
                         if (guard) {
                             secretDone(keychainAnswer(result, m_secrets));
                         }
                     });
    wipeBytes(bytes);
    return {};
}

std::optional<Profile> ProfileController::duplicateProfile(const QUuid& id, QObject* context,
                                                           Done secretDone)
{
    std::optional<Profile> copy = Profile();
    if (const ApiError error = m_store->duplicate(id, &*copy); error.isError()) {
        qCWarning(lcProfiles).noquote() << "could not duplicate the profile:" << error.summary();
        return std::nullopt;
    }
    if (const auto it = m_secretOverrides.constFind(id); it != m_secretOverrides.cend()) {
        m_secretOverrides.insert(copy->id, *it);
    }
    // The copy signs in like the original: take its secret along.
    QPointer<QObject> guard(context);
    const QUuid copyId = copy->id;
    readSignInSecret(id, this,
                     [this, copyId, guard, secretDone](const QString& secret, const ApiError&) {
                         if (secret.isEmpty()) {
                             if (guard) {
                                 secretDone({});
                             }
                             return;
                         }
                         QByteArray bytes = secret.toUtf8();
                         m_secrets->write(SecretStore::signInKey(copyId), bytes, this,
                                          [this, guard, secretDone](const SecretStore::Result& r) {
                                              if (guard) {
                                                  secretDone(keychainAnswer(r, m_secrets));
                                              }
                                          });
                         wipeBytes(bytes);
                     });
    return copy;
}

ApiError ProfileController::moveProfile(const QUuid& id, int newIndex)
{
    return m_store->move(id, newIndex);
}

void ProfileController::removeProfile(const QUuid& id, QObject* context, Done done)
{
    QStringList keys {SecretStore::signInKey(id), SecretStore::tokenKey(id)};
    const QStringList tasks = m_store->rememberedTasks(id);
    for (const QString& task : tasks) {
        keys.append(SecretStore::startKeysKey(id, task));
    }
    // The profile goes first: when that fails, its secrets stay usable.
    if (const ApiError error = m_store->remove(id); error.isError()) {
        later(context, [done, error] { done(error); });
        return;
    }
    dropSession(id);
    m_entries.remove(id);
    if (auto it = m_secretOverrides.find(id); it != m_secretOverrides.end()) {
        wipeString(*it);
        m_secretOverrides.erase(it);
    }
    struct Progress
    {
        qsizetype left;
        ApiError firstError;
    };
    auto progress = std::make_shared<Progress>(Progress {keys.size(), {}});
    QPointer<QObject> guard(context);
    for (const QString& key : keys) {
        m_secrets->remove(key, this,
                          [this, progress, guard, done](const SecretStore::Result& result) {
                              const ApiError error = keychainAnswer(result, m_secrets);
                              if (error.isError() && !progress->firstError.isError()) {
                                  progress->firstError = error;
                              }
                              if (--progress->left == 0 && guard) {
                                  done(progress->firstError);
                              }
                          });
    }
}

void ProfileController::readSignInSecret(const QUuid& id, QObject* context,
                                         std::function<void(const QString&, const ApiError&)> done)
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
                done({}, keychainAnswer(result, m_secrets));
                return;
            }
        });
}

void ProfileController::testConnection(const Profile& profile, const QString& typedSecret,
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
    const CallPolicy policy = m_policy;
    auto go = [run, secrets, profile, policy, finish](const QString& secret) {
        Profile tested = profile;
        if (tested.id.isNull()) {
            tested.id = QUuid::createUuid();
        }
        auto* session = new ProfileSession(tested, secrets, policy, run);
        session->setSecretOverride(secret);
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
    if (const ApiError error = profile.validate(); error.isError()) {
        later(run, [finish, error] { finish(error, {}, 0); });
    } else if (!typedSecret.isEmpty()) {
        go(typedSecret);
    } else if (!profile.id.isNull() && this->profile(profile.id)) {
        readSignInSecret(profile.id, run, [go, finish](const QString& secret, const ApiError& e) {
            if (e.isError()) {
                finish(e, {}, 0);
            } else {
                go(secret);
            }
        });
    } else {
        const ApiError error = ApiError::validation(
            u"secret"_s, tr("Enter the password, token or SK to test the connection."));
        later(run, [finish, error] { finish(error, {}, 0); });
    }
}

bool ProfileController::hasRememberedKeys(const QUuid& id, const QString& taskId) const
{
    return m_store->rememberedTasks(id).contains(taskId);
}

void ProfileController::recallStartKeys(const QUuid& id, const QString& taskId, QObject* context,
                                        ProfileSession::Recalled done)
{
    const std::optional<Profile> found = profile(id);
    // Only a task known to be remembered asks the keychain: a locked wallet
    // should not prompt for nothing.
    if (!found || !hasRememberedKeys(id, taskId)) {
        later(context, [done] { done(std::nullopt, {}); });
        return;
    }
    entry(*found).session->recallStartKeys(taskId, context, std::move(done));
}

void ProfileController::rememberStartKeys(const QUuid& id, const QString& taskId,
                                          const StartCredentials& keys, QObject* context, Done done)
{
    const std::optional<Profile> found = profile(id);
    if (!found) {
        later(context, [done] { done({}); });
        return;
    }
    QPointer<QObject> guard(context);
    entry(*found).session->rememberStartKeys(
        taskId, keys, this, [this, id, taskId, guard, done](const ApiError& e) {
            if (!e.isError()) {
                if (const ApiError stored = m_store->setTaskRemembered(id, taskId, true);
                    stored.isError()) {
                    qCWarning(lcProfiles).noquote()
                        << "could not save the remembered task:" << stored.summary();
                }
            }
            if (guard) {
                done(e);
            }
        });
}

void ProfileController::forgetStartKeys(const QUuid& id, const QString& taskId, QObject* context,
                                        Done done)
{
    const std::optional<Profile> found = profile(id);
    if (!found) {
        later(context, [done] { done({}); });
        return;
    }
    QPointer<QObject> guard(context);
    entry(*found).session->forgetStartKeys(
        taskId, this, [this, id, taskId, guard, done](const ApiError& e) {
            if (!e.isError()) {
                if (const ApiError stored = m_store->setTaskRemembered(id, taskId, false);
                    stored.isError()) {
                    qCWarning(lcProfiles).noquote()
                        << "could not save the remembered task:" << stored.summary();
                }
            }
            if (guard) {
                done(e);
            }
        });
}

void ProfileController::forgetAllStartKeys(const QUuid& id, QObject* context, Done done)
{
    const QStringList tasks = m_store->rememberedTasks(id);
    if (tasks.isEmpty()) {
        later(context, [done] { done({}); });
        return;
    }
    struct Progress
    {
        qsizetype left;
        ApiError firstError;
    };
    auto progress = std::make_shared<Progress>(Progress {tasks.size(), {}});
    QPointer<QObject> guard(context);
    for (const QString& task : tasks) {
        forgetStartKeys(id, task, this, [progress, guard, done](const ApiError& error) {
            if (error.isError() && !progress->firstError.isError()) {
                progress->firstError = error;
            }
            if (--progress->left == 0 && guard) {
                done(progress->firstError);
            }
        });
    }
}

void ProfileController::profileKeyPair(const QUuid& id, QObject* context, KeyPair done)
{
    const std::optional<Profile> found = profile(id);
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

} // namespace OmsSync::Gui
