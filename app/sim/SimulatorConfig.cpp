// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimulatorConfig.h"

#include <QCryptographicHash>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace OmsSync::Sim {

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;
constexpr int maxSyntheticTasks = 100'000;

// Reads one JSON object, remembering where it is for error messages and
// which keys were read, so that unknown (misspelt) keys are reported.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject& object, QString path, QString* error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error)
    { }

    bool failed() const { return !m_error->isEmpty(); }
    QString path(const QString& key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }

    void fail(const QString& key, const QString& message)
    {
        if (m_error->isEmpty()) {
            *m_error = path(key) + u": "_s + message;
        }
    }

    QJsonValue value(const QString& key)
    {
        m_known.insert(key);
        return m_object.value(key);
    }

    std::optional<QString> string(const QString& key, bool required = false)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined()) {
            if (required) {
                fail(key, u"is required"_s);
            }
            return std::nullopt;
        }
        if (!v.isString()) {
            fail(key, u"must be a string"_s);
            return std::nullopt;
        }
        return v.toString();
    }

    std::optional<qint64> integer(const QString& key, qint64 minimum, qint64 maximum)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined()) {
            return std::nullopt;
        }
        const double number = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::trunc(number) != number || number < double(minimum)
            || number > double(maximum)) {
            fail(key, u"must be an integer from %1 to %2"_s.arg(minimum).arg(maximum));
            return std::nullopt;
        }
        return static_cast<qint64>(number);
    }

    QJsonArray array(const QString& key)
    {
        const QJsonValue v = value(key);
        if (!v.isUndefined() && !v.isArray()) {
            fail(key, u"must be an array"_s);
        }
        return v.toArray();
    }

    std::optional<QJsonObject> object(const QString& key)
    {
        const QJsonValue v = value(key);
        if (v.isUndefined()) {
            return std::nullopt;
        }
        if (!v.isObject()) {
            fail(key, u"must be an object"_s);
            return std::nullopt;
        }
        return v.toObject();
    }

    // Call last: every key not read so far is unknown. Keys starting with
    // '_' are comments.
    void rejectUnknownKeys()
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_known.contains(it.key()) && !it.key().startsWith(u'_')) {
                fail(it.key(), u"unknown key"_s);
            }
        }
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString* m_error;
    QSet<QString> m_known;
};

QString indexed(const QString& path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString uuidLike(const QString& seed)
{
    const QString hex = SimulatorConfig::derivedId(seed);
    return hex.left(8) + u'-' + hex.mid(8, 4) + u"-4"_s + hex.mid(13, 3) + u"-8"_s + hex.mid(17, 3)
        + u'-' + hex.mid(20, 12);
}

std::optional<StartKeys> readStartKeys(const QJsonObject& object, const QString& path,
                                       QString* error)
{
    ObjectReader reader(object, path, error);
    StartKeys keys;
    keys.srcAk = reader.string(u"src_ak"_s, true).value_or(QString());
    keys.srcSk = reader.string(u"src_sk"_s, true).value_or(QString());
    keys.dstAk = reader.string(u"dst_ak"_s, true).value_or(QString());
    keys.dstSk = reader.string(u"dst_sk"_s, true).value_or(QString());
    keys.sourceCdnAuthenticationKey = reader.string(u"source_cdn_authentication_key"_s);
    reader.rejectUnknownKeys();
    if (reader.failed()) {
        return std::nullopt;
    }
    return keys;
}

std::optional<TaskConfig> readTask(const QJsonObject& object, const QString& path,
                                   const ProjectConfig& project, qsizetype index, qint64 nowMs,
                                   QString* error)
{
    ObjectReader reader(object, path, error);
    TaskConfig task;
    task.id = reader.string(u"sync_task_id"_s)
                  .value_or(uuidLike(u"task:"_s + project.id + u':' + QString::number(index)));
    task.status = reader.string(u"status"_s).value_or(u"STOPPED"_s);
    task.createTimeMs =
        reader.integer(u"create_time"_s, 0, 1LL << 50).value_or(nowMs - (index + 1) * 3 * dayMs);
    task.lastStartTimeMs = reader.integer(u"last_start_time"_s, 0, 1LL << 50);
    task.stopTimeMs = reader.integer(u"stop_time"_s, 0, 1LL << 50);
    task.pauseAfterSeconds =
        reader.integer(u"pause_after_s"_s, 0, SimulatorConfig::maxPauseAfterSeconds).value_or(0);

    const QString number = QString::number(index + 1);
    QJsonObject fields {
        {u"src_cloud_type"_s, u"Aliyun"_s},
        {u"src_region"_s, u"cn-hangzhou"_s},
        {u"src_bucket"_s, QString(u"source-bucket-"_s + number)},
        {u"dst_bucket"_s, QString(u"destination-bucket-"_s + number)},
        {u"dst_region"_s, project.name},
        {u"description"_s, QString()},
        {u"enable_kms"_s, false},
        {u"enable_metadata_migration"_s, false},
        {u"enable_restore"_s, false},
        {u"object_overwrite_mode"_s, u"SIZE_LAST_MODIFIED_COMPARISON_OVERWRITE"_s},
        {u"dst_storage_policy"_s, u"STANDARD"_s},
        {u"consistency_check"_s, u"size_last_modified"_s},
    };
    for (const QString& key :
         {u"src_cloud_type"_s, u"src_region"_s, u"src_bucket"_s, u"dst_bucket"_s, u"dst_region"_s,
          u"description"_s, u"app_id"_s, u"object_overwrite_mode"_s, u"dst_storage_policy"_s,
          u"consistency_check"_s}) {
        if (const auto text = reader.string(key)) {
            fields.insert(key, *text);
        }
    }
    for (const QString& key :
         {u"enable_kms"_s, u"enable_metadata_migration"_s, u"enable_restore"_s}) {
        const QJsonValue flag = reader.value(key);
        if (flag.isBool()) {
            fields.insert(key, flag);
        } else if (!flag.isUndefined()) {
            reader.fail(key, u"must be true or false"_s);
        }
    }
    if (const auto cdn = reader.object(u"source_cdn"_s)) {
        ObjectReader cdnReader(*cdn, reader.path(u"source_cdn"_s), error);
        QJsonObject wire;
        for (const QString& key : {u"domain"_s, u"protocol"_s, u"authentication_type"_s}) {
            wire.insert(key, cdnReader.string(key, true).value_or(QString()));
        }
        cdnReader.rejectUnknownKeys();
        fields.insert(u"source_cdn"_s, wire);
    }
    if (const auto keys = reader.object(u"expected_start_keys"_s)) {
        task.expectedStartKeys = readStartKeys(*keys, reader.path(u"expected_start_keys"_s), error);
    }
    if (const auto extra = reader.object(u"extra_fields"_s)) {
        for (auto it = extra->begin(); it != extra->end(); ++it) {
            fields.insert(it.key(), it.value());
        }
    }
    const QJsonArray omit = reader.array(u"omit_fields"_s);
    for (const QJsonValue& key : omit) {
        if (!key.isString()) {
            reader.fail(u"omit_fields"_s, u"must hold field names"_s);
        }
        fields.remove(key.toString());
    }
    reader.rejectUnknownKeys();
    if (reader.failed()) {
        return std::nullopt;
    }
    if (task.id.size() > 255) {
        reader.fail(u"sync_task_id"_s, u"is longer than 255 characters"_s);
        return std::nullopt;
    }
    if (task.status == u"STOPPED"_s && !task.stopTimeMs) {
        const qint64 ranFrom = task.lastStartTimeMs.value_or(task.createTimeMs);
        task.stopTimeMs = qMax(ranFrom, nowMs - dayMs);
    }
    task.fields = fields;
    return task;
}

// Enough synthetic tasks to page through: stable ids, one a minute apart,
// every third one paused, source clouds taking turns.
QList<TaskConfig> syntheticTasks(const ProjectConfig& project, int count, qint64 nowMs)
{
    static const QString clouds[] = {u"Aliyun"_s, u"AWS"_s,   u"Tencent"_s, u"Azure"_s,
                                     u"Qiniu"_s,  u"Baidu"_s, u"UCloud"_s};
    QList<TaskConfig> tasks;
    tasks.reserve(count);
    for (int i = 0; i < count; ++i) {
        TaskConfig task;
        const QString number = QString::number(i + 1).rightJustified(5, u'0');
        task.id = u"5e1ec7ed-0000-4000-8000-"_s + QString::number(i + 1).rightJustified(12, u'0');
        task.status = i % 3 == 2 ? u"STOPPED"_s : u"SYNCHRONIZING"_s;
        task.createTimeMs = nowMs - 2 * dayMs - qint64(i) * minuteMs;
        if (task.status == u"STOPPED"_s) {
            task.stopTimeMs = nowMs - hourMs;
        }
        task.fields = QJsonObject {
            {u"src_cloud_type"_s, clouds[i % std::size(clouds)]},
            {u"src_region"_s, QString(u"region-"_s + QString::number(i % 4 + 1))},
            {u"src_bucket"_s, QString(u"synthetic-source-"_s + number)},
            {u"dst_bucket"_s, QString(u"synthetic-destination-"_s + number)},
            {u"dst_region"_s, project.name},
            {u"description"_s, QString(u"Synthetic task "_s + number)},
            {u"enable_kms"_s, false},
            {u"enable_metadata_migration"_s, i % 2 == 0},
            {u"enable_restore"_s, false},
            {u"object_overwrite_mode"_s, u"SIZE_LAST_MODIFIED_COMPARISON_OVERWRITE"_s},
            {u"dst_storage_policy"_s, u"STANDARD"_s},
            {u"consistency_check"_s, u"size_last_modified"_s},
        };
        tasks.append(task);
    }
    return tasks;
}

} // namespace

QString SimulatorConfig::derivedId(const QString& seed)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Md5).toHex());
}

std::optional<SimulatorConfig> SimulatorConfig::fromJson(const QJsonObject& document, qint64 nowMs,
                                                         QString* error)
{
    QString problem;
    ObjectReader reader(document, QString(), &problem);
    SimulatorConfig config;
    config.tokenLifetimeSeconds = reader.integer(u"token_lifetime_s"_s, 1, 10LL * 365 * 86400)
                                      .value_or(config.tokenLifetimeSeconds);
    config.latencyMs = int(reader.integer(u"latency_ms"_s, 0, 600'000).value_or(0));
    config.maxTasksPerProject = int(reader.integer(u"max_tasks_per_project"_s, 0, 1'000'000)
                                        .value_or(config.maxTasksPerProject));
    config.faults = reader.array(u"faults"_s);

    QSet<QString> accessKeys;
    QSet<QString> projectIds;
    QSet<QString> accountNames;
    const QJsonArray accounts = reader.array(u"accounts"_s);
    for (qsizetype a = 0; a < accounts.size() && !reader.failed(); ++a) {
        const QString accountPath = indexed(u"accounts"_s, a);
        if (!accounts.at(a).isObject()) {
            reader.fail(accountPath, u"must be an object"_s);
            break;
        }
        ObjectReader accountReader(accounts.at(a).toObject(), accountPath, &problem);
        AccountConfig account;
        account.name = accountReader.string(u"name"_s, true).value_or(QString());
        account.id = accountReader.string(u"id"_s).value_or(derivedId(u"domain:"_s + account.name));
        if (accountNames.contains(account.name)) {
            accountReader.fail(u"name"_s, u"is used by another account"_s);
        }
        accountNames.insert(account.name);

        const QJsonArray users = accountReader.array(u"users"_s);
        for (qsizetype u = 0; u < users.size() && !accountReader.failed(); ++u) {
            ObjectReader userReader(users.at(u).toObject(),
                                    accountReader.path(indexed(u"users"_s, u)), &problem);
            UserConfig user;
            user.name = userReader.string(u"name"_s, true).value_or(QString());
            user.password = userReader.string(u"password"_s, true).value_or(QString());
            user.id = userReader.string(u"id"_s).value_or(
                derivedId(u"user:"_s + account.name + u':' + user.name));
            userReader.rejectUnknownKeys();
            account.users.append(user);
        }

        const QJsonArray keys = accountReader.array(u"access_keys"_s);
        for (qsizetype k = 0; k < keys.size() && !accountReader.failed(); ++k) {
            ObjectReader keyReader(keys.at(k).toObject(),
                                   accountReader.path(indexed(u"access_keys"_s, k)), &problem);
            AccessKeyConfig key;
            key.accessKey = keyReader.string(u"ak"_s, true).value_or(QString());
            key.secretKey = keyReader.string(u"sk"_s, true).value_or(QString());
            key.userName = keyReader.string(u"user"_s, true).value_or(QString());
            keyReader.rejectUnknownKeys();
            if (keyReader.failed()) {
                break;
            }
            const bool userExists =
                std::any_of(account.users.cbegin(), account.users.cend(),
                            [&](const UserConfig& user) { return user.name == key.userName; });
            if (!userExists) {
                keyReader.fail(u"user"_s, u"names no user of this account"_s);
            } else if (key.accessKey.isEmpty() || key.secretKey.isEmpty()) {
                keyReader.fail(u"ak"_s, u"access key and secret key may not be empty"_s);
            } else if (accessKeys.contains(key.accessKey)) {
                keyReader.fail(u"ak"_s, u"is used twice"_s);
            }
            accessKeys.insert(key.accessKey);
            account.accessKeys.append(key);
        }

        const QJsonArray projects = accountReader.array(u"projects"_s);
        for (qsizetype p = 0; p < projects.size() && !accountReader.failed(); ++p) {
            ObjectReader projectReader(projects.at(p).toObject(),
                                       accountReader.path(indexed(u"projects"_s, p)), &problem);
            ProjectConfig project;
            project.name = projectReader.string(u"name"_s, true).value_or(QString());
            project.id = projectReader.string(u"id"_s).value_or(
                derivedId(u"project:"_s + account.name + u':' + project.name));
            if (project.id.isEmpty() || project.id.size() > 1024
                || projectIds.contains(project.id)) {
                projectReader.fail(u"id"_s, u"must be unique and 1 to 1024 characters long"_s);
            }
            projectIds.insert(project.id);
            const QJsonArray tasks = projectReader.array(u"tasks"_s);
            QSet<QString> taskIds;
            for (qsizetype t = 0; t < tasks.size() && !projectReader.failed(); ++t) {
                const QString taskPath = projectReader.path(indexed(u"tasks"_s, t));
                if (!tasks.at(t).isObject()) {
                    projectReader.fail(indexed(u"tasks"_s, t), u"must be an object"_s);
                    break;
                }
                const auto task =
                    readTask(tasks.at(t).toObject(), taskPath, project, t, nowMs, &problem);
                if (!task) {
                    break;
                }
                if (taskIds.contains(task->id)) {
                    projectReader.fail(indexed(u"tasks"_s, t), u"repeats a sync_task_id"_s);
                }
                taskIds.insert(task->id);
                project.tasks.append(*task);
            }
            const int synthetic =
                int(projectReader.integer(u"synthetic_tasks"_s, 0, maxSyntheticTasks).value_or(0));
            projectReader.rejectUnknownKeys();
            if (!projectReader.failed()) {
                project.tasks.append(syntheticTasks(project, synthetic, nowMs));
            }
            account.projects.append(project);
        }
        accountReader.rejectUnknownKeys();
        config.accounts.append(account);
    }
    reader.rejectUnknownKeys();
    if (!problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    return config;
}

} // namespace OmsSync::Sim
