// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileStore.h"

#include "BuildInfo.h"
#include "InputRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

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

struct ProfileStore::Contents
{
    QVariantMap values;
    int schema = schemaVersion;
    QList<Profile> profiles;
    QStringList problems;
};

namespace {

std::optional<Profile> readProfile(const QVariantMap& values, const QString& idText,
                                   QStringList* problems)
{
    const QUuid id = QUuid::fromString(idText);
    if (id.isNull()) {
        problems->append(
            ProfileStore::tr("Ignored a profile entry with an invalid id: %1").arg(idText));
        return std::nullopt;
    }
    const QString group = profileGroup(id) + u'/';
    auto value = [&values, &group](const QString& key) {
        return values.value(group + key).toString();
    };
    Profile profile;
    profile.id = id;
    profile.name = value(u"name"_s);
    profile.regionId = value(u"region"_s);
    profile.projectId = value(u"project_id"_s);
    const auto method = authMethodFromName(value(u"auth"_s));
    profile.userName = value(u"user"_s);
    profile.accountName = value(u"account"_s);
    profile.accessKeyId = value(u"ak"_s);
    profile.omsEndpoint = QUrl(value(u"oms_endpoint"_s), QUrl::StrictMode);
    profile.iamEndpoint = QUrl(value(u"iam_endpoint"_s), QUrl::StrictMode);
    profile.caFile = value(u"ca_file"_s);
    profile.proxy = QUrl(value(u"proxy"_s), QUrl::StrictMode);

    if (!method) {
        problems->append(
            ProfileStore::tr("Ignored profile \"%1\": unknown sign-in method.").arg(profile.name));
        return std::nullopt;
    }
    profile.authMethod = *method;
    if (const ApiError error = profile.validate(); error.isError()) {
        problems->append(
            ProfileStore::tr("Ignored profile \"%1\": %2").arg(profile.name, error.summary()));
        return std::nullopt;
    }
    return profile;
}

void writeProfile(QVariantMap& values, const Profile& profile)
{
    const QString group = profileGroup(profile.id) + u'/';
    values.insert(group + u"name"_s, profile.name);
    values.insert(group + u"region"_s, profile.regionId);
    values.insert(group + u"project_id"_s, profile.projectId);
    values.insert(group + u"auth"_s, authMethodName(profile.authMethod));
    values.insert(group + u"user"_s, profile.userName);
    values.insert(group + u"account"_s, profile.accountName);
    values.insert(group + u"ak"_s, profile.accessKeyId);
    values.insert(group + u"oms_endpoint"_s, profile.omsEndpoint.toString());
    values.insert(group + u"iam_endpoint"_s, profile.iamEndpoint.toString());
    values.insert(group + u"ca_file"_s, profile.caFile);
    values.insert(group + u"proxy"_s, profile.proxy.toString());
}

void removeGroup(QVariantMap& values, const QString& group)
{
    const QString prefix = group + u'/';
    for (auto it = values.lowerBound(prefix); it != values.end() && it.key().startsWith(prefix);) {
        it = values.erase(it);
    }
}

ApiError noSuchProfile()
{
    return ApiError::validation(u"profile"_s, ProfileStore::tr("The profile no longer exists."));
}

ApiError nameTaken(const QString& name)
{
    return ApiError::validation(
        u"name"_s, ProfileStore::tr("A profile named \"%1\" exists already.").arg(name));
}

// The user's settings file, where Qt puts it on this platform.
QString userSettingsFile()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope,
                     QString::fromLatin1(BuildInfo::organizationName), u"oms-sync-desk"_s)
        .fileName();
}

} // namespace

ProfileStore::ProfileStore(QObject* parent)
    : ProfileStore(userSettingsFile(), parent)
{ }

ProfileStore::ProfileStore(const QString& iniPath, QObject* parent)
    : QObject(parent)
    , m_file(iniPath)
{ }

ProfileStore::~ProfileStore() = default;

QString ProfileStore::fileName() const
{
    return m_file.fileName();
}

void ProfileStore::setLockTimeout(std::chrono::milliseconds timeout)
{
    m_file.setLockTimeout(timeout);
}

ProfileStore::Contents ProfileStore::parse(const QVariantMap& values)
{
    Contents contents;
    contents.values = values;
    contents.schema = values.value(schemaKey, schemaVersion).toInt();
    if (contents.schema > schemaVersion) {
        contents.problems.append(
            tr("The settings were written by a newer version of OMS Sync Desk (format %1); "
               "they are shown but not changed.")
                .arg(contents.schema));
    }
    const QStringList order = values.value(orderKey).toStringList();
    for (const QString& id : order) {
        if (auto profile = readProfile(values, id, &contents.problems)) {
            contents.profiles.append(*profile);
        }
    }
    return contents;
}

ProfileStore::Contents ProfileStore::contents() const
{
    QVariantMap values;
    quint64 generation = 0;
    const ApiError error = m_file.read(&values, &generation);
    if (generation != 0 && generation == m_contentsGeneration && m_contents) {
        return *m_contents;
    }
    Contents contents = parse(values);
    if (error.isError()) {
        contents.problems.prepend(error.message());
    }
    if (generation != 0) {
        m_contents = std::make_shared<const Contents>(contents);
        m_contentsGeneration = generation;
    }
    return contents;
}

bool ProfileStore::isReadOnly() const
{
    return contents().schema > schemaVersion;
}

QStringList ProfileStore::problems() const
{
    return contents().problems;
}

QList<Profile> ProfileStore::profiles() const
{
    return contents().profiles;
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

ApiError ProfileStore::edit(const Change& change)
{
    bool written = false;
    const ApiError error = m_file.edit(
        [&change](QVariantMap& values) -> ApiError {
            if (values.value(schemaKey, schemaVersion).toInt() > schemaVersion) {
                return ApiError::validation(
                    u"settings"_s,
                    tr("The settings belong to a newer version and are not changed."));
            }
            const QVariantMap before = values;
            const QStringList orderBefore = values.value(orderKey).toStringList();
            QStringList order = orderBefore;
            if (const ApiError changeError = change(values, order); changeError.isError()) {
                return changeError;
            }
            if (order != orderBefore) {
                values.insert(orderKey, order);
            }
            // Stamped only on a real change: an edit that changes nothing
            // writes nothing.
            if (values != before && values.value(schemaKey).toInt() != schemaVersion) {
                values.insert(schemaKey, schemaVersion);
            }
            return {};
        },
        &written);
    if (written) {
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
    return edit([&profile](QVariantMap& values, QStringList& order) -> ApiError {
        for (const Profile& other : parse(values).profiles) {
            if (other.name == profile.name) {
                return nameTaken(profile.name);
            }
        }
        writeProfile(values, profile);
        order.append(profile.id.toString(QUuid::WithoutBraces));
        return {};
    });
}

ApiError ProfileStore::add(QList<Profile>& profiles)
{
    for (Profile& profile : profiles) {
        if (profile.id.isNull()) {
            profile.id = QUuid::createUuid();
        }
        if (const ApiError error = profile.validate(); error.isError()) {
            return error;
        }
    }
    return edit([&profiles](QVariantMap& values, QStringList& order) -> ApiError {
        QStringList taken;
        for (const Profile& other : parse(values).profiles) {
            taken.append(other.name);
        }
        for (const Profile& profile : std::as_const(profiles)) {
            if (taken.contains(profile.name)) {
                return nameTaken(profile.name);
            }
            taken.append(profile.name);
            writeProfile(values, profile);
            order.append(profile.id.toString(QUuid::WithoutBraces));
        }
        return {};
    });
}

ApiError ProfileStore::update(const Profile& profile)
{
    if (const ApiError error = profile.validate(); error.isError()) {
        return error;
    }
    return edit([&profile](QVariantMap& values, QStringList& order) -> ApiError {
        if (!order.contains(profile.id.toString(QUuid::WithoutBraces))) {
            return noSuchProfile();
        }
        for (const Profile& other : parse(values).profiles) {
            if (other.name == profile.name && other.id != profile.id) {
                return nameTaken(profile.name);
            }
        }
        writeProfile(values, profile);
        return {};
    });
}

ApiError ProfileStore::remove(const QUuid& id)
{
    return edit([&id](QVariantMap& values, QStringList& order) -> ApiError {
        if (!order.removeOne(id.toString(QUuid::WithoutBraces))) {
            return noSuchProfile();
        }
        removeGroup(values, profileGroup(id));
        if (values.value(lastSelectedKey).toString() == id.toString(QUuid::WithoutBraces)) {
            values.remove(lastSelectedKey);
        }
        return {};
    });
}

ApiError ProfileStore::move(const QUuid& id, int newIndex)
{
    return edit([&id, newIndex](QVariantMap&, QStringList& order) -> ApiError {
        const qsizetype from = order.indexOf(id.toString(QUuid::WithoutBraces));
        if (from < 0) {
            return noSuchProfile();
        }
        order.move(from, std::clamp<qsizetype>(newIndex, 0, order.size() - 1));
        return {};
    });
}

QString ProfileStore::uniqueName(const QString& wanted, const QList<Profile>& taken)
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
    Profile made;
    const ApiError error = edit([&id, &made](QVariantMap& values, QStringList& order) -> ApiError {
        const QList<Profile> all = parse(values).profiles;
        const auto it =
            std::find_if(all.cbegin(), all.cend(), [&id](const Profile& p) { return p.id == id; });
        if (it == all.cend()) {
            return noSuchProfile();
        }
        made = *it;
        made.id = QUuid::createUuid();
        made.name = uniqueName(it->name, all);
        writeProfile(values, made);
        order.insert(order.indexOf(id.toString(QUuid::WithoutBraces)) + 1,
                     made.id.toString(QUuid::WithoutBraces));
        return {};
    });
    if (!error.isError() && copy) {
        *copy = made;
    }
    return error;
}

ApiError ProfileStore::setProjectIds(const QHash<QUuid, QString>& found)
{
    for (const QString& projectId : found) {
        if (projectId.isEmpty()) {
            continue;
        }
        if (const ApiError error = InputRules::checkProjectId(projectId); error.isError()) {
            return error;
        }
    }
    // Fills what is still empty; says whether anything was.
    auto fill = [&found](QVariantMap& values) {
        bool filled = false;
        for (const Profile& profile : parse(values).profiles) {
            const auto it = found.constFind(profile.id);
            if (it != found.cend() && !it->isEmpty() && profile.projectId.isEmpty()) {
                values.insert(profileGroup(profile.id) + u"/project_id"_s, *it);
                filled = true;
            }
        }
        return filled;
    };
    // Most sign-ins find nothing new: then neither lock nor write.
    QVariantMap now = contents().values;
    if (!fill(now)) {
        return {};
    }
    return edit([&fill](QVariantMap& values, QStringList&) -> ApiError {
        fill(values);
        return {};
    });
}

QUuid ProfileStore::lastSelected() const
{
    return QUuid::fromString(contents().values.value(lastSelectedKey).toString());
}

ApiError ProfileStore::setLastSelected(const QUuid& id)
{
    // oms-sync records the profile it used on every run: writing an
    // unchanged value would cost a locked file write each time. A newer
    // version's file keeps its own choice.
    if (lastSelected() == id || isReadOnly()) {
        return {};
    }
    return edit([&id](QVariantMap& values, QStringList&) -> ApiError {
        values.insert(lastSelectedKey, id.toString(QUuid::WithoutBraces));
        return {};
    });
}

QStringList ProfileStore::rememberedTasks(const QUuid& id) const
{
    return contents().values.value(profileGroup(id) + u"/remembered_tasks"_s).toStringList();
}

ApiError ProfileStore::setTaskRemembered(const QUuid& id, const QString& taskId, bool remembered)
{
    return edit([&id, &taskId, remembered](QVariantMap& values, QStringList&) -> ApiError {
        const QString key = profileGroup(id) + u"/remembered_tasks"_s;
        QStringList tasks = values.value(key).toStringList();
        const QStringList before = tasks;
        tasks.removeAll(taskId);
        if (remembered) {
            tasks.append(taskId);
        }
        if (tasks == before) {
            return {};
        }
        if (tasks.isEmpty()) {
            values.remove(key);
        } else {
            values.insert(key, tasks);
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
    if (added) {
        *added = 0;
    }
    if (problems) {
        problems->clear();
    }
    QJsonParseError parseError;
    const QJsonObject document = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError
        || document.value("format"_L1).toString() != u"oms-sync-desk-profiles") {
        return ApiError::validation(u"file"_s,
                                    tr("The file is not an OMS Sync Desk profile export."));
    }
    QStringList refused;
    QList<Profile> incoming;
    for (const QJsonValue& value : document.value("profiles"_L1).toArray()) {
        QJsonObject object = value.toObject();
        object.remove("id"_L1);
        QString why;
        if (auto profile = Profile::fromJson(object, &why)) {
            profile->id = QUuid::createUuid();
            incoming.append(*profile);
        } else {
            refused.append(why);
        }
    }
    if (problems) {
        *problems = refused;
    }
    if (incoming.isEmpty()) {
        return {};
    }
    const ApiError error = edit([&incoming](QVariantMap& values, QStringList& order) -> ApiError {
        QList<Profile> taken = parse(values).profiles;
        for (Profile& profile : incoming) {
            profile.name = uniqueName(profile.name, taken);
            writeProfile(values, profile);
            order.append(profile.id.toString(QUuid::WithoutBraces));
            taken.append(profile);
        }
        return {};
    });
    if (!error.isError() && added) {
        *added = int(incoming.size());
    }
    return error;
}

} // namespace OmsSync
