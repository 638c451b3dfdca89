// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "Profile.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSettings>
#include <QStringList>

#include <memory>
#include <optional>

namespace OmsSync {

// The region profiles in QSettings, shared by the desktop application and
// oms-sync. Holds only what Profile holds: nothing secret. Every change is a
// locked read-modify-write of the file, so two processes editing at once lose
// nothing.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int schemaVersion = 1;

    // The user's settings file (XDG_CONFIG_HOME moves it, as Qt does).
    explicit ProfileStore(QObject* parent = nullptr);
    // A settings file of its own: the demo and tests.
    explicit ProfileStore(const QString& iniPath, QObject* parent = nullptr);
    ~ProfileStore() override;

    QString fileName() const;
    // The file was written by a newer version: it is read but never written.
    bool isReadOnly() const { return m_readOnly; }
    // What could not be read and was left out, for the user to see once.
    const QStringList& problems() const { return m_problems; }

    QList<Profile> profiles() const;
    std::optional<Profile> find(const QUuid& id) const;
    std::optional<Profile> findByName(const QString& name) const;

    // Gives the profile a new id when it has none; names must be unique.
    ApiError add(Profile& profile);
    ApiError update(const Profile& profile);
    ApiError remove(const QUuid& id);
    ApiError move(const QUuid& id, int newIndex);
    // A copy under a free name ("Name (2)"), inserted after the original.
    ApiError duplicate(const QUuid& id, Profile* copy);
    // Project ids found at sign-in, saved in one write; only profiles that
    // have none yet take theirs.
    ApiError setProjectIds(const QHash<QUuid, QString>& found);

    QUuid lastSelected() const;
    ApiError setLastSelected(const QUuid& id);

    // Task ids whose start keys are remembered in the keychain: ids are not
    // secret, and the keychain cannot list its entries.
    QStringList rememberedTasks(const QUuid& id) const;
    ApiError setTaskRemembered(const QUuid& id, const QString& taskId, bool remembered);

    // A team's set-up as JSON, without any secret.
    QByteArray exportJson(const QList<QUuid>& ids = {}) const;
    // Adds the profiles of an export (new ids, names made unique); `problems`
    // lists the entries that were refused.
    ApiError importJson(const QByteArray& json, int* added, QStringList* problems);

Q_SIGNALS:
    void changed();

private:
    template<typename Edit>
    ApiError edit(Edit&& edit);
    void load() const;
    std::optional<Profile> readProfile(const QString& key) const;
    void writeProfile(const Profile& profile);
    QString uniqueName(const QString& wanted, const QList<Profile>& taken) const;

    std::unique_ptr<QSettings> m_settings;
    bool m_readOnly = false;
    mutable QStringList m_problems;
};

} // namespace OmsSync
