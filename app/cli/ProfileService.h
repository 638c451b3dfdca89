// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiCall.h"
#include "ApiError.h"
#include "Profile.h"
#include "ProfileSession.h"
#include "StartCredentials.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace OmsSync {
class ProfileStore;
class SecretStore;
} // namespace OmsSync

namespace OmsSync::Cli {

// Stands in for the core's OmsSync::ProfileService until its implementation
// is merged: the part of its interface oms-sync uses, with the same names
// and signatures, so that the commands need no change when it goes.
class ProfileService : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const ApiError&)>;

    explicit ProfileService(QObject* parent = nullptr);
    ~ProfileService() override;

    QStringList settingsProblems() const;
    QList<Profile> profiles() const;
    std::optional<Profile> findByName(const QString& name) const;
    QUuid lastSelected() const;
    ApiError setLastSelected(const QUuid& id);

    ApiError saveProfile(Profile& profile, const QString& secret, QObject* context,
                         Done secretDone);
    void removeProfile(const QUuid& id, QObject* context, Done done);

    QByteArray exportJson(const QList<QUuid>& ids = {}) const;
    ApiError exportToFile(const QString& path, const QList<QUuid>& ids = {}) const;
    ApiError importFromFile(const QString& path, int* added, QStringList* problems);

    void setSecretOverride(const QUuid& id, const QString& secret);
    void setProxyPasswordOverride(const QUuid& id, const QString& password);
    ProfileSession* createSession(const Profile& profile, const CallPolicy& policy,
                                  QObject* parent);

    void keysUsedForStart(const QUuid& id, const QString& taskId, const StartCredentials& keys,
                          bool remember, QObject* context, Done done);

    bool hasPendingWrites() const;

Q_SIGNALS:
    void pendingWritesDone();
    void storageFailed(const OmsSync::ApiError& error);

private:
    std::unique_ptr<ProfileStore> m_store;
    SecretStore* m_secrets;
    QString m_secretOverride;
    QString m_proxyPasswordOverride;
    QPointer<ProfileSession> m_session;
};

} // namespace OmsSync::Cli
