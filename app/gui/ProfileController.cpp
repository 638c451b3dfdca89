// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileController.h"

#include "ProfileSession.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

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

void later(QObject* context, std::function<void()> call)
{
    QMetaObject::invokeMethod(context, std::move(call), Qt::QueuedConnection);
}

} // namespace

ProfileController::ProfileController(ProfileService* service, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_watcher(new QFileSystemWatcher(this))
    , m_reloadTimer(new QTimer(this))
    , m_lastSelectedTimer(new QTimer(this))
{
    m_reloadTimer->setObjectName(u"settingsReload"_s);
    m_lastSelectedTimer->setObjectName(u"lastSelectedSave"_s);
    m_lastSelectedTimer->setSingleShot(true);
    m_lastSelectedTimer->setInterval(std::chrono::seconds(1));
    connect(m_lastSelectedTimer, &QTimer::timeout, this, &ProfileController::saveLastSelected);
    connect(m_service, &ProfileService::profilesChanged, this, &ProfileController::reload);
    connect(m_service, &ProfileService::signInChanged, this, &ProfileController::dropSession);
    connect(m_service, &ProfileService::storageFailed, this, &ProfileController::storageFailed);
    // oms-sync may edit the same file while the window is open.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(250);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        reload();
        watchSettingsFile();
    });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reloadTimer,
            qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_reloadTimer,
            qOverload<>(&QTimer::start));
    watchSettingsFile();
    m_profiles = m_service->profiles();
}

ProfileController::~ProfileController()
{
    saveLastSelected();
}

void ProfileController::watchSettingsFile()
{
    const QString file = m_service->settingsFile();
    // Every save replaces the file, which ends a watch on the file itself;
    // the directory watch notices the new one.
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
    const QList<Profile> profiles = m_service->profiles();
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
    return m_unsavedLastSelected.value_or(m_service->lastSelected());
}

void ProfileController::setLastSelected(const QUuid& id)
{
    m_unsavedLastSelected = id;
    m_lastSelectedTimer->start();
}

void ProfileController::saveLastSelected()
{
    m_lastSelectedTimer->stop();
    if (!m_unsavedLastSelected) {
        return;
    }
    const QUuid id = *std::exchange(m_unsavedLastSelected, std::nullopt);
    if (const ApiError error = m_service->setLastSelected(id); error.isError()) {
        Q_EMIT storageFailed(error);
    }
}

QStringList ProfileController::settingsProblems() const
{
    return m_service->settingsProblems();
}

void ProfileController::setSecretOverride(const QUuid& id, const QString& secret)
{
    // The service tells signInChanged(), which drops a session made without it.
    m_service->setSecretOverride(id, secret);
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
        e.session = m_service->createSession(profile, m_policy, this);
        const QUuid id = profile.id;
        // The service saves it; the running session keeps serving (see
        // sameConnection()).
        connect(e.session, &ProfileSession::projectDiscovered, this,
                [this, id](const QString& projectId) {
                    if (const auto it = m_entries.find(id); it != m_entries.end()) {
                        it->profile.projectId = projectId;
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
    // Whoever waited for the old sign-in (a first refresh of a profile whose
    // secret is being saved) waits for the new one; a profile removed
    // meanwhile answers so then.
    for (const auto& [context, ready] : waiters) {
        if (context) {
            later(context, [this, id, context = QPointer<QObject>(context), ready] {
                if (context) {
                    withSession(id, context, ready);
                }
            });
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
    return m_service->saveProfile(profile, secret, context, std::move(secretDone));
}

ApiError ProfileController::duplicateProfile(const QUuid& id, Profile* copy, QObject* context,
                                             Done secretDone)
{
    return m_service->duplicateProfile(id, copy, context, std::move(secretDone));
}

ApiError ProfileController::addProfiles(QList<Profile>& profiles)
{
    return m_service->addProfiles(profiles);
}

ApiError ProfileController::moveProfile(const QUuid& id, int newIndex)
{
    return m_service->moveProfile(id, newIndex);
}

void ProfileController::removeProfile(const QUuid& id, QObject* context, Done done)
{
    // Once the profile is gone from the file, reload() drops its session.
    m_service->removeProfile(id, context, std::move(done));
}

void ProfileController::testConnection(const Profile& profile, const QString& typedSecret,
                                       const QString& typedProxyPassword, QObject* context,
                                       Tested done)
{
    m_service->testConnection(profile, typedSecret, typedProxyPassword, m_policy, context,
                              std::move(done));
}

bool ProfileController::hasRememberedKeys(const QUuid& id, const QString& taskId) const
{
    return m_service->hasRememberedKeys(id, taskId);
}

QStringList ProfileController::rememberedTasks(const QUuid& id) const
{
    return m_service->rememberedTasks(id);
}

void ProfileController::recallStartKeys(const QUuid& id, const QString& taskId, QObject* context,
                                        ProfileService::Recalled done)
{
    m_service->recallStartKeys(id, taskId, context, std::move(done));
}

void ProfileController::keysUsedForStart(const QUuid& id, const QString& taskId,
                                         const StartCredentials& keys, bool remember,
                                         QObject* context, Done done)
{
    m_service->keysUsedForStart(id, taskId, keys, remember, context, std::move(done));
}

void ProfileController::forgetStartKeys(const QUuid& id, const QString& taskId, QObject* context,
                                        Done done)
{
    m_service->forgetStartKeys(id, taskId, context, std::move(done));
}

void ProfileController::forgetAllStartKeys(const QUuid& id, QObject* context, Done done)
{
    m_service->forgetAllStartKeys(id, context, std::move(done));
}

void ProfileController::profileKeyPair(const QUuid& id, QObject* context, KeyPair done)
{
    m_service->profileKeyPair(id, context, std::move(done));
}

void ProfileController::setProxyPassword(const QUuid& id, const QString& password, QObject* context,
                                         Done done)
{
    m_service->setProxyPassword(id, password, context, std::move(done));
}

ApiError ProfileController::exportToFile(const QString& path, const QList<QUuid>& ids) const
{
    return m_service->exportToFile(path, ids);
}

ApiError ProfileController::importFromFile(const QString& path, int* added, QStringList* problems)
{
    return m_service->importFromFile(path, added, problems);
}

} // namespace OmsSync::Gui
