// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "Profile.h"
#include "SettingsFile.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUuid>
#include <QVariantMap>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace OmsSync {

// The region profiles in a QSettings IniFormat file, shared by the desktop
// application and oms-sync. Holds only what Profile holds: nothing secret.
// Every change is a locked read-modify-write of the whole file (see
// SettingsFile), so processes editing at once lose nothing; a file that
// cannot be locked, read or written is an ApiError::Kind::Storage.
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
    // How long a change waits for another program's change to end.
    void setLockTimeout(std::chrono::milliseconds timeout);

    // The file was written by a newer version: it is read but never written.
    bool isReadOnly() const;
    // What could not be read and was left out, for the user to see.
    QStringList problems() const;

    QList<Profile> profiles() const;
    std::optional<Profile> find(const QUuid& id) const;
    std::optional<Profile> findByName(const QString& name) const;

    // Gives the profile a new id when it has none; names must be unique.
    ApiError add(Profile& profile);
    // Several in one write (the demo's, at start-up): all or none.
    ApiError add(QList<Profile>& profiles);
    ApiError update(const Profile& profile);
    ApiError remove(const QUuid& id);
    ApiError move(const QUuid& id, int newIndex);
    // A copy under a free name ("Name (2)"), inserted after the original.
    ApiError duplicate(const QUuid& id, Profile* copy);
    // Project ids found at sign-in, saved in one write: only profiles whose
    // project id is still empty take one. Writes nothing when nothing changes.
    ApiError setProjectIds(const QHash<QUuid, QString>& found);

    QUuid lastSelected() const;
    // Writes nothing when the id is the last selected one already, or when
    // the file belongs to a newer version.
    ApiError setLastSelected(const QUuid& id);

    // Task ids whose start keys are remembered in the keychain: ids are not
    // secret, and the keychain cannot list its entries.
    QStringList rememberedTasks(const QUuid& id) const;
    ApiError setTaskRemembered(const QUuid& id, const QString& taskId, bool remembered);

    // A team's set-up as JSON, without any secret.
    QByteArray exportJson(const QList<QUuid>& ids = {}) const;
    // Adds the profiles of an export (new ids, names made unique). A
    // validation error when `json` is no export; *added counts the profiles
    // saved (0 on any error), *problems the entries refused.
    ApiError importJson(const QByteArray& json, int* added, QStringList* problems);

Q_SIGNALS:
    void changed();

private:
    struct Contents;
    using Change = std::function<ApiError(QVariantMap& values, QStringList& order)>;

    ApiError edit(const Change& change);
    // The file as it is now; a read failure is one of the problems.
    Contents contents() const;
    static Contents parse(const QVariantMap& values);
    static QString uniqueName(const QString& wanted, const QList<Profile>& taken);

    SettingsFile m_file;
    // What the file's values of one generation make: parsing 50 profiles
    // on every look at the window's actions would cost milliseconds.
    mutable std::shared_ptr<const Contents> m_contents;
    mutable quint64 m_contentsGeneration = 0;
};

} // namespace OmsSync
