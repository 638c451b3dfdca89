// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskListCache.h"

#include "Profile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace OmsSync {

namespace {

Q_LOGGING_CATEGORY(lcCache, "omssync.cache", QtWarningMsg)

constexpr int schema = 1;
constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QByteArray serialize(const QByteArray& source, const TaskListCache::Entry& entry)
{
    QJsonArray tasks;
    for (const SyncTask& task : entry.tasks) {
        tasks.append(task.toJson());
    }
    QJsonObject object;
    object.insert("schema"_L1, schema);
    object.insert("source"_L1, QString::fromLatin1(source));
    object.insert("as_of"_L1, entry.asOf.toUTC().toString(Qt::ISODateWithMs));
    object.insert("tasks"_L1, tasks);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool makeDirectory(const QString& directory)
{
    if (!QDir().mkpath(directory)) {
        return false;
    }
    // Set every time: a folder made by an older version, or by hand, may be
    // open to others.
    return QFile::setPermissions(directory, ownerOnly | QFileDevice::ExeOwner);
}

bool write(const QString& directory, const QString& fileName, const QByteArray& bytes)
{
    if (!makeDirectory(directory)) {
        qCWarning(lcCache) << "cannot create" << directory;
        return false;
    }
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnly)
        || file.write(bytes) != bytes.size() || !file.commit()) {
        qCWarning(lcCache) << "cannot write" << fileName << file.errorString();
        return false;
    }
    return true;
}

} // namespace

TaskListCache::TaskListCache(const QString& directory)
    : m_directory(directory)
    , m_writer(std::make_unique<QThreadPool>())
    , m_writes(std::make_shared<std::atomic<int>>(0))
{
    // One writer: the writes of one profile land in the order they were made.
    m_writer->setMaxThreadCount(1);
}

TaskListCache::~TaskListCache()
{
    waitForWrites();
}

QString TaskListCache::standardDirectory(const QString& subfolder)
{
    QString directory =
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/task-lists"_s;
    if (!subfolder.isEmpty()) {
        directory += u'/' + subfolder;
    }
    return directory;
}

QString TaskListCache::fileName(const QUuid& profileId) const
{
    return m_directory + u'/' + profileId.toString(QUuid::WithoutBraces) + u".json"_s;
}

QByteArray TaskListCache::sourceOf(const Profile& profile)
{
    // What decides which tasks a profile sees; not the endpoints (the same
    // region through a proxy or a mirror lists the same tasks) and not the
    // project id, which a profile finds at its first sign-in.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString& part : {profile.regionId, QString::number(int(profile.authMethod)),
                                profile.accountName, profile.userName, profile.accessKeyId}) {
        hash.addData(part.toUtf8());
        hash.addData(QByteArrayView("\n"));
    }
    return hash.result().toHex();
}

std::optional<TaskListCache::Entry> TaskListCache::recall(const Profile& profile)
{
    QFile file(fileName(profile.id));
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    if (file.size() > maxFileSize) {
        qCWarning(lcCache) << "ignoring" << file.fileName() << "of" << file.size() << "bytes";
        return std::nullopt;
    }
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    const QJsonObject object = document.object();
    const QByteArray source = sourceOf(profile);
    if (error.error != QJsonParseError::NoError || object.value("schema"_L1).toInt() != schema) {
        qCWarning(lcCache) << "ignoring unreadable" << file.fileName();
        return std::nullopt;
    }
    if (object.value("source"_L1).toString().toLatin1() != source) {
        return std::nullopt; // the profile points elsewhere now
    }
    Entry entry;
    entry.asOf = QDateTime::fromString(object.value("as_of"_L1).toString(), Qt::ISODateWithMs);
    if (!entry.asOf.isValid()) {
        return std::nullopt;
    }
    for (const QJsonValue& task : object.value("tasks"_L1).toArray()) {
        entry.tasks.append(SyncTask::fromJson(task.toObject()));
    }
    m_kept.insert(profile.id, {source, entry});
    return entry;
}

void TaskListCache::remember(const Profile& profile, const QList<SyncTask>& tasks,
                             const QDateTime& asOf)
{
    const QByteArray source = sourceOf(profile);
    const auto kept = m_kept.constFind(profile.id);
    if (kept != m_kept.cend() && kept->source == source && kept->entry.tasks == tasks
        && kept->entry.asOf.secsTo(asOf) < std::chrono::seconds(rewriteAfter).count()) {
        return;
    }
    const Entry entry {tasks, asOf};
    m_kept.insert(profile.id, {source, entry});
    // Serialized on the writer's thread too: the list is shared, not copied,
    // and the UI thread only ever replaces it.
    run([directory = m_directory, fileName = fileName(profile.id), source, entry,
         writes = m_writes] {
        if (write(directory, fileName, serialize(source, entry))) {
            ++*writes;
        }
    });
}

void TaskListCache::forget(const QUuid& profileId)
{
    m_kept.remove(profileId);
    run([fileName = fileName(profileId)] { QFile::remove(fileName); });
}

void TaskListCache::retainOnly(const QList<QUuid>& profileIds)
{
    QStringList keep;
    for (const QUuid& id : profileIds) {
        keep.append(id.toString(QUuid::WithoutBraces) + u".json"_s);
    }
    m_kept.removeIf([&profileIds](const auto& kept) { return !profileIds.contains(kept.key()); });
    run([directory = m_directory, keep] {
        const QDir dir(directory);
        // Matched by hand: a name filter is a regular expression, and PCRE's
        // JIT would be mapped and run for it at every start.
        for (const QString& name : dir.entryList(QDir::Files)) {
            if (name.endsWith(u".json"_s) && !keep.contains(name)) {
                QFile::remove(dir.filePath(name));
            }
        }
    });
}

void TaskListCache::waitForWrites()
{
    m_writer->waitForDone();
}

int TaskListCache::writes() const
{
    return m_writes->load();
}

void TaskListCache::run(std::function<void()> work)
{
    m_writer->start(std::move(work));
}

} // namespace OmsSync
