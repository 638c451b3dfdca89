// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileStore.h"

#include "BuildInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace OmsSync {

namespace {

const QString schemaKey = u"schema"_s;
const QString orderKey = u"profiles/order"_s;
const QString lastSelectedKey = u"profiles/last_selected"_s;

QString profileGroup(const QUuid& id)
{
    return u"profile-"_s + id.toString(QUuid::WithoutBraces);
}

} // namespace

ProfileStore::ProfileStore(QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                             QString::fromLatin1(BuildInfo::organizationName),
                                             u"oms-sync-desk"_s))
{
    load();
}

ProfileStore::ProfileStore(const QString& iniPath, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
    load();
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

void ProfileStore::load() const
{
    m_settings->sync();
    const int schema = m_settings->value(schemaKey, schemaVersion).toInt();
    auto* self = const_cast<ProfileStore*>(this);
    if (schema > schemaVersion && !m_readOnly) {
        self->m_readOnly = true;
        m_problems.append(
            tr("The settings were written by a newer version of OMS Sync Desk (format %1); "
               "they are shown but not changed.")
                .arg(schema));
    }
}

std::optional<Profile> ProfileStore::readProfile(const QString& idText) const
{
    const QUuid id = QUuid::fromString(idText);
    if (id.isNull()) {
        m_problems.append(tr("Ignored a profile entry with an invalid id: %1").arg(idText));
        return std::nullopt;
    }
    m_settings->beginGroup(profileGroup(id));
    Profile profile;
    profile.id = id;
    profile.name = m_settings->value(u"name"_s).toString();
    profile.regionId = m_settings->value(u"region"_s).toString();
    profile.projectId = m_settings->value(u"project_id"_s).toString();
    const auto method = authMethodFromName(m_settings->value(u"auth"_s).toString());
    profile.userName = m_settings->value(u"user"_s).toString();
    profile.accountName = m_settings->value(u"account"_s).toString();
    profile.accessKeyId = m_settings->value(u"ak"_s).toString();
    profile.omsEndpoint = QUrl(m_settings->value(u"oms_endpoint"_s).toString(), QUrl::StrictMode);
    profile.iamEndpoint = QUrl(m_settings->value(u"iam_endpoint"_s).toString(), QUrl::StrictMode);
    profile.caFile = m_settings->value(u"ca_file"_s).toString();
    profile.proxy = QUrl(m_settings->value(u"proxy"_s).toString(), QUrl::StrictMode);
    m_settings->endGroup();

    if (!method) {
        m_problems.append(tr("Ignored profile \"%1\": unknown sign-in method.").arg(profile.name));
        return std::nullopt;
    }
    profile.authMethod = *method;
    if (const ApiError error = profile.validate(); error.isError()) {
        m_problems.append(tr("Ignored profile \"%1\": %2").arg(profile.name, error.summary()));
        return std::nullopt;
    }
    return profile;
}

void ProfileStore::writeProfile(const Profile& profile)
{
    m_settings->beginGroup(profileGroup(profile.id));
    m_settings->setValue(u"name"_s, profile.name);
    m_settings->setValue(u"region"_s, profile.regionId);
    m_settings->setValue(u"project_id"_s, profile.projectId);
    m_settings->setValue(u"auth"_s, authMethodName(profile.authMethod));
    m_settings->setValue(u"user"_s, profile.userName);
    m_settings->setValue(u"account"_s, profile.accountName);
    m_settings->setValue(u"ak"_s, profile.accessKeyId);
    m_settings->setValue(u"oms_endpoint"_s, profile.omsEndpoint.toString());
    m_settings->setValue(u"iam_endpoint"_s, profile.iamEndpoint.toString());
    m_settings->setValue(u"ca_file"_s, profile.caFile);
    m_settings->setValue(u"proxy"_s, profile.proxy.toString());
    m_settings->endGroup();
}

QList<Profile> ProfileStore::profiles() const
{
    m_settings->sync();
    m_problems.clear();
    load();
    QList<Profile> result;
    const QStringList order = m_settings->value(orderKey).toStringList();
    for (const QString& id : order) {
        if (auto profile = readProfile(id)) {
            result.append(*profile);
        }
    }
    return result;
}

std::optional<Profile> ProfileStore::find(const QUuid& id) const
{
    const QList<Profile> all = profiles();
    const auto it =
        std::find_if(all.cbegin(), all.cend(), [&id](const Profile& p) { return p.id == id; });
    return it == all.cend() ? std::nullopt : std::optional<Profile>(*it);
}

std::optional<Profile> ProfileStore::findByName(const QString& name) const
{
    const QList<Profile> all = profiles();
    const auto it = std::find_if(all.cbegin(), all.cend(),
                                 [&name](const Profile& p) { return p.name == name; });
    return it == all.cend() ? std::nullopt : std::optional<Profile>(*it);
}

template<typename Edit>
ApiError ProfileStore::edit(Edit&& edit)
{
    if (m_readOnly) {
        return ApiError::validation(
            u"settings"_s, tr("The settings belong to a newer version and are not changed."));
    }
    // QSettings merges single keys; the order list and name uniqueness need
    // the whole read-modify-write to be atomic across processes.
    QDir().mkpath(QFileInfo(m_settings->fileName()).absolutePath());
    // Not "<file>.lock": QSettings takes that one itself inside sync().
    QLockFile lock(m_settings->fileName() + u".edit-lock"_s);
    lock.setStaleLockTime(10000);
    if (!lock.tryLock(5000)) {
        return ApiError::validation(
            u"settings"_s,
            tr("Another program keeps the settings locked: %1").arg(m_settings->fileName()));
    }
    m_settings->sync();
    QStringList order = m_settings->value(orderKey).toStringList();
    const ApiError error = edit(order);
    if (!error.isError()) {
        m_settings->setValue(schemaKey, schemaVersion);
        m_settings->setValue(orderKey, order);
        m_settings->sync();
        if (m_settings->status() != QSettings::NoError) {
            return ApiError::validation(
                u"settings"_s, tr("The settings could not be written: %1").arg(fileName()));
        }
        Q_EMIT changed();
    }
    return error;
}

ApiError ProfileStore::add(Profile& profile)
{
    if (profile.id.isNull()) {
        profile.id = QUuid::createUuid();
    }
    if (const ApiError error = profile.validate(); error.isError()) {
        return error;
    }
    return edit([this, &profile](QStringList& order) -> ApiError {
        for (const Profile& other : profiles()) {
            if (other.name == profile.name) {
                return ApiError::validation(
                    u"name"_s, tr("A profile named \"%1\" exists already.").arg(profile.name));
            }
        }
        writeProfile(profile);
        order.append(profile.id.toString(QUuid::WithoutBraces));
        return {};
    });
}

ApiError ProfileStore::update(const Profile& profile)
{
    if (const ApiError error = profile.validate(); error.isError()) {
        return error;
    }
    return edit([this, &profile](QStringList& order) -> ApiError {
        if (!order.contains(profile.id.toString(QUuid::WithoutBraces))) {
            return ApiError::validation(u"profile"_s, tr("The profile no longer exists."));
        }
        for (const Profile& other : profiles()) {
            if (other.name == profile.name && other.id != profile.id) {
                return ApiError::validation(
                    u"name"_s, tr("A profile named \"%1\" exists already.").arg(profile.name));
            }
        }
        writeProfile(profile);
        return {};
    });
}

ApiError ProfileStore::remove(const QUuid& id)
{
    return edit([this, &id](QStringList& order) -> ApiError {
        if (!order.removeOne(id.toString(QUuid::WithoutBraces))) {
            return ApiError::validation(u"profile"_s, tr("The profile no longer exists."));
        }
        m_settings->remove(profileGroup(id));
        if (m_settings->value(lastSelectedKey).toString() == id.toString(QUuid::WithoutBraces)) {
            m_settings->remove(lastSelectedKey);
        }
        return {};
    });
}

ApiError ProfileStore::move(const QUuid& id, int newIndex)
{
    return edit([&id, newIndex](QStringList& order) -> ApiError {
        const qsizetype from = order.indexOf(id.toString(QUuid::WithoutBraces));
        if (from < 0) {
            return ApiError::validation(u"profile"_s, tr("The profile no longer exists."));
        }
        order.move(from, std::clamp<qsizetype>(newIndex, 0, order.size() - 1));
        return {};
    });
}

QString ProfileStore::uniqueName(const QString& wanted, const QList<Profile>& taken) const
{
    auto isTaken = [&taken](const QString& name) {
        return std::any_of(taken.cbegin(), taken.cend(),
                           [&name](const Profile& p) { return p.name == name; });
    };
    if (!isTaken(wanted)) {
        return wanted;
    }
    for (int n = 2;; ++n) {
        const QString suffix = u" (%1)"_s.arg(n);
        const QString candidate = wanted.left(Profile::maxNameLength - suffix.size()) + suffix;
        if (!isTaken(candidate)) {
            return candidate;
        }
    }
}

ApiError ProfileStore::duplicate(const QUuid& id, Profile* copy)
{
    return edit([this, &id, copy](QStringList& order) -> ApiError {
        const QList<Profile> all = profiles();
        const auto it =
            std::find_if(all.cbegin(), all.cend(), [&id](const Profile& p) { return p.id == id; });
        if (it == all.cend()) {
            return ApiError::validation(u"profile"_s, tr("The profile no longer exists."));
        }
        *copy = *it;
        copy->id = QUuid::createUuid();
        copy->name = uniqueName(it->name, all);
        writeProfile(*copy);
        order.insert(order.indexOf(id.toString(QUuid::WithoutBraces)) + 1,
                     copy->id.toString(QUuid::WithoutBraces));
        return {};
    });
}

ApiError ProfileStore::setProjectIds(const QHash<QUuid, QString>& found)
{
    bool anyMissing = false;
    for (const Profile& profile : profiles()) {
        anyMissing = anyMissing || (profile.projectId.isEmpty() && found.contains(profile.id));
    }
    if (!anyMissing) {
        return {};
    }
    return edit([this, &found](QStringList&) -> ApiError {
        for (Profile profile : profiles()) {
            if (profile.projectId.isEmpty() && !found.value(profile.id).isEmpty()) {
                profile.projectId = found.value(profile.id);
                writeProfile(profile);
            }
        }
        return {};
    });
}

QUuid ProfileStore::lastSelected() const
{
    m_settings->sync();
    return QUuid::fromString(m_settings->value(lastSelectedKey).toString());
}

ApiError ProfileStore::setLastSelected(const QUuid& id)
{
    // oms-sync records the profile it used on every run: writing (and
    // syncing) an unchanged value would cost a file write each time.
    if (m_readOnly || lastSelected() == id) {
        return {};
    }
    return edit([this, &id](QStringList&) -> ApiError {
        m_settings->setValue(lastSelectedKey, id.toString(QUuid::WithoutBraces));
        return {};
    });
}

QStringList ProfileStore::rememberedTasks(const QUuid& id) const
{
    m_settings->sync();
    return m_settings->value(profileGroup(id) + u"/remembered_tasks"_s).toStringList();
}

ApiError ProfileStore::setTaskRemembered(const QUuid& id, const QString& taskId, bool remembered)
{
    return edit([this, &id, &taskId, remembered](QStringList&) -> ApiError {
        const QString key = profileGroup(id) + u"/remembered_tasks"_s;
        QStringList tasks = m_settings->value(key).toStringList();
        tasks.removeAll(taskId);
        if (remembered) {
            tasks.append(taskId);
        }
        if (tasks.isEmpty()) {
            m_settings->remove(key);
        } else {
            m_settings->setValue(key, tasks);
        }
        return {};
    });
}

QByteArray ProfileStore::exportJson(const QList<QUuid>& ids) const
{
    QJsonArray array;
    for (const Profile& profile : profiles()) {
        if (ids.isEmpty() || ids.contains(profile.id)) {
            QJsonObject object = profile.toJson();
            object.remove("id"_L1);
            array.append(object);
        }
    }
    const QJsonObject document {
        {"format"_L1, u"oms-sync-desk-profiles"_s},
        {"version"_L1, schemaVersion},
        {"profiles"_L1, array},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

ApiError ProfileStore::importJson(const QByteArray& json, int* added, QStringList* problems)
{
    *added = 0;
    problems->clear();
    QJsonParseError parseError;
    const QJsonObject document = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError
        || document.value("format"_L1).toString() != u"oms-sync-desk-profiles") {
        return ApiError::validation(u"file"_s,
                                    tr("The file is not an OMS Sync Desk profile export."));
    }
    QList<Profile> incoming;
    for (const QJsonValue& value : document.value("profiles"_L1).toArray()) {
        QJsonObject object = value.toObject();
        object.remove("id"_L1);
        QString why;
        if (auto profile = Profile::fromJson(object, &why)) {
            profile->id = QUuid::createUuid();
            incoming.append(*profile);
        } else {
            problems->append(why);
        }
    }
    if (incoming.isEmpty()) {
        return {};
    }
    const ApiError error = edit([this, &incoming](QStringList& order) -> ApiError {
        QList<Profile> taken = profiles();
        for (Profile& profile : incoming) {
            profile.name = uniqueName(profile.name, taken);
            writeProfile(profile);
            order.append(profile.id.toString(QUuid::WithoutBraces));
            taken.append(profile);
        }
        return {};
    });
    if (!error.isError()) {
        *added = int(incoming.size());
    }
    return error;
}

} // namespace OmsSync
