// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileService.h"

#include "ProfileStore.h"
#include "SecretStore.h"

#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace OmsSync::Cli {

ProfileService::ProfileService(QObject* parent)
    : QObject(parent)
    , m_store(std::make_unique<ProfileStore>())
    , m_secrets(new SecretStore(this))
{ }

ProfileService::~ProfileService() = default;

QStringList ProfileService::settingsProblems() const
{
    return m_store->problems();
}

QList<Profile> ProfileService::profiles() const
{
    return m_store->profiles();
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
    m_store->setLastSelected(id);
    return {};
}

ApiError ProfileService::saveProfile(Profile& profile, const QString& secret, QObject* context,
                                     Done secretDone)
{
    if (const ApiError error = m_store->add(profile); error.isError()) {
        return error;
    }
    if (secret.isEmpty()) {
        secretDone({});
        return {};
    }
    m_secrets->write(SecretStore::signInKey(profile.id), secret.toUtf8(), context,
                     [secretDone](const SecretStore::Result& result) {
                         secretDone(result.status == SecretStore::Status::Ok
                                        ? ApiError()
                                        : ApiError::keychain(result.errorString));
                     });
    return {};
}

void ProfileService::removeProfile(const QUuid& id, QObject* context, Done done)
{
    QStringList keys {SecretStore::signInKey(id), SecretStore::tokenKey(id)};
    for (const QString& taskId : m_store->rememberedTasks(id)) {
        keys.append(SecretStore::startKeysKey(id, taskId));
    }
    if (const ApiError error = m_store->remove(id); error.isError()) {
        done(error);
        return;
    }
    auto remaining = std::make_shared<qsizetype>(keys.size());
    auto first = std::make_shared<ApiError>();
    for (const QString& key : keys) {
        m_secrets->remove(key, context,
                          [remaining, first, done](const SecretStore::Result& result) {
                              if (result.status != SecretStore::Status::Ok && !first->isError()) {
                                  *first = ApiError::keychain(result.errorString);
                              }
                              if (--*remaining == 0) {
                                  done(*first);
                              }
                          });
    }
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
        return ApiError::storage(path, out.errorString());
    }
    return {};
}

ApiError ProfileService::importFromFile(const QString& path, int* added, QStringList* problems)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        return ApiError::validation(u"file"_s, in.errorString());
    }
    QString refused;
    *added = m_store->importJson(in.read(16 * 1024 * 1024), &refused);
    *problems = refused.isEmpty() ? QStringList() : refused.split(u'\n');
    return {};
}

void ProfileService::setSecretOverride(const QUuid&, const QString& secret)
{
    m_secretOverride = secret;
}

void ProfileService::setProxyPasswordOverride(const QUuid&, const QString& password)
{
    m_proxyPasswordOverride = password;
}

ProfileSession* ProfileService::createSession(const Profile& profile, const CallPolicy& policy,
                                              QObject* parent)
{
    m_session = new ProfileSession(profile, m_secrets, policy, parent);
    if (!m_secretOverride.isEmpty()) {
        m_session->setSecretOverride(m_secretOverride);
        wipeString(m_secretOverride);
        m_secretOverride.clear();
    }
    if (!m_proxyPasswordOverride.isEmpty()) {
        m_session->setProxyPasswordOverride(m_proxyPasswordOverride);
        wipeString(m_proxyPasswordOverride);
        m_proxyPasswordOverride.clear();
    }
    const QUuid id = profile.id;
    connect(m_session, &ProfileSession::projectDiscovered, this,
            [this, id](const QString& projectId) {
                if (auto stored = m_store->find(id)) {
                    stored->projectId = projectId;
                    if (const ApiError error = m_store->update(*stored); error.isError()) {
                        Q_EMIT storageFailed(error);
                    }
                }
            });
    connect(m_session, &ProfileSession::pendingWritesDone, this,
            &ProfileService::pendingWritesDone);
    return m_session;
}

void ProfileService::keysUsedForStart(const QUuid& id, const QString& taskId,
                                      const StartCredentials& keys, bool remember, QObject* context,
                                      Done done)
{
    if (!m_session) {
        done({});
        return;
    }
    if (remember) {
        m_session->rememberStartKeys(taskId, keys, context,
                                     [this, id, taskId, done](const ApiError& error) {
                                         if (!error.isError()) {
                                             m_store->setTaskRemembered(id, taskId, true);
                                         }
                                         done(error);
                                     });
        return;
    }
    if (!m_store->rememberedTasks(id).contains(taskId)) {
        done({});
        return;
    }
    m_session->forgetStartKeys(taskId, context, [this, id, taskId, done](const ApiError& error) {
        if (!error.isError()) {
            m_store->setTaskRemembered(id, taskId, false);
        }
        done(error);
    });
}

bool ProfileService::hasPendingWrites() const
{
    return m_session && m_session->hasPendingWrites();
}

} // namespace OmsSync::Cli
