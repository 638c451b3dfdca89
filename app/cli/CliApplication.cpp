// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApplication.h"

#include "BuildInfo.h"
#include "ExitCode.h"
#include "InputRules.h"
#include "OmsClient.h"
#include "ProfileSession.h"
#include "ProfileStore.h"
#include "Region.h"
#include "SecretStore.h"
#include "StartCredentials.h"
#include "TextTable.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QSaveFile>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace OmsSync::Cli {

namespace {

QString env(const char* name)
{
    return qEnvironmentVariable(name);
}

QString displayTime(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(Qt::ISODate) : u"-"_s;
}

QString taskStatusText(const SyncTask& task)
{
    switch (task.status) {
    case SyncTaskStatus::Synchronizing:
        return CliApplication::tr("synchronizing");
    case SyncTaskStatus::Stopped:
        return CliApplication::tr("paused");
    case SyncTaskStatus::Unknown:
        break;
    }
    return task.statusText.isEmpty() ? u"-"_s : task.statusText;
}

} // namespace

CliApplication::CliApplication(QObject* parent)
    : QObject(parent)
{
    setUpOptions();
}

CliApplication::~CliApplication() = default;

void CliApplication::setUpOptions()
{
    m_parser.setApplicationDescription(
        tr("Lists, starts and stops Huawei Cloud OMS sync tasks.\n\n"
           "Commands:\n"
           "  profile add NAME --region ID [options]   save a region profile\n"
           "  profile list | show NAME | remove NAME | test NAME\n"
           "  profile export [FILE] | import FILE      share profiles, never secrets\n"
           "  task list [--status STOPPED|SYNCHRONIZING]\n"
           "  task show ID\n"
           "  task start ID [ID...] [--remember]\n"
           "  task stop ID [ID...]\n\n"
           "Secrets are never arguments. The profile's secret comes from the keychain, from\n"
           "--secret-stdin at profile add, or from OMS_SYNC_PASSWORD, OMS_SYNC_TOKEN or\n"
           "OMS_SYNC_SK. Start keys come from OMS_SYNC_SRC_AK, OMS_SYNC_SRC_SK,\n"
           "OMS_SYNC_DST_AK, OMS_SYNC_DST_SK and OMS_SYNC_CDN_KEY, or from the keychain;\n"
           "a proxy's password from OMS_SYNC_PROXY_PASSWORD.\n\n"
           "Exit codes: 0 success, 2 usage or invalid input, 3 sign-in refused, 4 refused\n"
           "by the service, 5 network, timeout or service failure, 6 no keychain."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    // Value names stay apart from the table headers of the same words: --help
    // aligns its columns by characters, so they keep to ASCII in any language.
    m_parser.addOptions({
        {u"profile"_s, tr("Use the profile NAME (default: the last used, or the only one)."),
         tr("NAME", "option value")},
        {u"json"_s, tr("Print machine-readable JSON.")},
        {u"verbose"_s, tr("Log each request's method, URL, status and time to stderr.")},
        {u"timeout"_s, tr("Give up on a request after SECONDS without progress (default 30)."),
         tr("SECONDS", "option value")},
        {u"region"_s, tr("profile add: the region id, e.g. cn-north-4."), tr("ID", "option value")},
        {u"project-id"_s, tr("profile add: the project id (default: found from the region)."),
         tr("ID", "option value")},
        {u"auth"_s, tr("profile add: sign in with password, token or aksk (default password)."),
         tr("METHOD", "option value")},
        {u"user"_s, tr("profile add: the IAM user name."), tr("NAME", "option value")},
        {u"account"_s, tr("profile add: the account (IAM domain) name."),
         tr("NAME", "option value")},
        {u"ak"_s, tr("profile add: the access key id for aksk sign-in."), tr("AK", "option value")},
        {u"oms-endpoint"_s, tr("profile add: use this OMS endpoint instead of the region's."),
         tr("URL", "option value")},
        {u"iam-endpoint"_s, tr("profile add: use this IAM endpoint instead of the region's."),
         tr("URL", "option value")},
        {u"ca-file"_s, tr("profile add: also trust the certificates in this PEM file."),
         tr("PEM", "option value")},
        {u"proxy"_s,
         tr("profile add: connect through this proxy (http://[user@]host:port or socks5://...; "
            "its password comes from OMS_SYNC_PROXY_PASSWORD or the keychain)."),
         tr("URL", "option value")},
        {u"secret-stdin"_s,
         tr("profile add: read the password, token or SK from standard input and keep it in "
            "the keychain.")},
        {u"status"_s, tr("task list: only tasks in this state (STOPPED or SYNCHRONIZING)."),
         tr("STATUS", "option value")},
        {u"remember"_s, tr("task start: keep the start keys in the keychain for next time.")},
    });
}

std::optional<int> CliApplication::start(const QStringList& arguments)
{
    if (!m_parser.parse(arguments)) {
        Console(false).message(tr("oms-sync: %1").arg(m_parser.errorText()));
        return UsageError;
    }
    if (m_parser.isSet(u"help"_s)) {
        m_parser.showHelp(Success);
    }
    if (m_parser.isSet(u"version"_s)) {
        m_parser.showVersion();
    }
    m_console = std::make_unique<Console>(m_parser.isSet(u"json"_s));
    if (m_parser.isSet(u"verbose"_s)) {
        QLoggingCategory::setFilterRules(u"omssync.*.debug=true\nomssync.*.info=true"_s);
        qSetMessagePattern(u"%{category}: %{message}"_s);
    }
    if (m_parser.isSet(u"timeout"_s)) {
        bool ok = false;
        const double seconds = m_parser.value(u"timeout"_s).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            fail(ApiError::validation(u"--timeout"_s,
                                      tr("--timeout must be a number of seconds from 0 to 3600.")));
            return m_exitCode;
        }
        m_policy.timeout = std::chrono::milliseconds(qRound64(seconds * 1000));
    }

    const QStringList command = m_parser.positionalArguments();
    if (command.isEmpty()) {
        fail(ApiError::validation(u"command"_s, tr("No command given; see oms-sync --help.")));
        return m_exitCode;
    }
    if (const ApiError error = checkOptionsFor(command); error.isError()) {
        fail(error);
        return m_exitCode;
    }

    m_store = std::make_unique<ProfileStore>();
    m_secrets = new SecretStore(this);
    for (const QString& problem : m_store->problems()) {
        m_console->message(tr("oms-sync: warning: %1").arg(problem));
    }
    return dispatch(command);
}

ApiError CliApplication::checkOptionsFor(const QStringList& command) const
{
    static const QStringList profileAddOptions {u"region"_s,       u"project-id"_s,   u"auth"_s,
                                                u"user"_s,         u"account"_s,      u"ak"_s,
                                                u"oms-endpoint"_s, u"iam-endpoint"_s, u"ca-file"_s,
                                                u"secret-stdin"_s, u"proxy"_s};
    const QString verb = command.mid(0, 2).join(u' ');
    QStringList allowed;
    if (verb == u"profile add") {
        allowed = profileAddOptions;
    } else if (verb == u"task list") {
        allowed = {u"status"_s};
    } else if (verb == u"task start") {
        allowed = {u"remember"_s};
    }
    for (const QString& option : profileAddOptions + QStringList {u"status"_s, u"remember"_s}) {
        if (m_parser.isSet(option) && !allowed.contains(option)) {
            return ApiError::validation(u"--"_s + option,
                                        tr("--%1 does not belong to \"%2\".").arg(option, verb));
        }
    }
    return {};
}

std::optional<int> CliApplication::dispatch(const QStringList& command)
{
    const QString group = command.value(0);
    const QString verb = command.value(1);
    const QStringList rest = command.mid(2);
    auto wantArguments = [&](qsizetype min, qsizetype max) {
        if (rest.size() < min || rest.size() > max) {
            fail(ApiError::validation(
                u"command"_s,
                (min == max
                     ? tr("\"%1 %2\" takes %n argument(s); see oms-sync --help.", nullptr, int(min))
                     : tr("\"%1 %2\" takes %n or more arguments; see oms-sync --help.", nullptr,
                          int(min)))
                    .arg(group, verb)));
            return false;
        }
        return true;
    };
    constexpr qsizetype many = 1000;

    if (group == u"profile") {
        if (verb == u"add" && wantArguments(1, 1)) {
            return profileAdd(rest.first());
        }
        if (verb == u"list" && wantArguments(0, 0)) {
            return profileList();
        }
        if (verb == u"show" && wantArguments(1, 1)) {
            return profileShow(rest.first());
        }
        if (verb == u"remove" && wantArguments(1, 1)) {
            return profileRemove(rest.first());
        }
        if (verb == u"test" && wantArguments(1, 1)) {
            return profileTest(rest.first());
        }
        if (verb == u"export" && wantArguments(0, 1)) {
            return profileExport(rest.value(0));
        }
        if (verb == u"import" && wantArguments(1, 1)) {
            return profileImport(rest.first());
        }
    } else if (group == u"task") {
        if (verb == u"list" && wantArguments(0, 0)) {
            return taskList();
        }
        if (verb == u"show" && wantArguments(1, 1)) {
            return taskShow(rest.first());
        }
        if (verb == u"start" && wantArguments(1, many)) {
            return taskStart(rest);
        }
        if (verb == u"stop" && wantArguments(1, many)) {
            return taskStop(rest);
        }
    }
    if (m_exitCode == Success) {
        fail(ApiError::validation(
            u"command"_s,
            tr("Unknown command \"%1\"; see oms-sync --help.").arg(command.join(u' '))));
    }
    return m_exitCode;
}

// --- profiles ---------------------------------------------------------------

std::optional<int> CliApplication::profileAdd(const QString& name)
{
    Profile profile;
    profile.name = name;
    profile.regionId = m_parser.value(u"region"_s);
    profile.projectId = m_parser.value(u"project-id"_s);
    const auto method = authMethodFromName(
        m_parser.value(u"auth"_s).isEmpty() ? u"password"_s : m_parser.value(u"auth"_s));
    if (!method) {
        fail(ApiError::validation(u"--auth"_s, tr("--auth must be password, token or aksk.")));
        return m_exitCode;
    }
    profile.authMethod = *method;
    profile.userName = m_parser.value(u"user"_s);
    profile.accountName = m_parser.value(u"account"_s);
    profile.accessKeyId = m_parser.value(u"ak"_s);
    profile.omsEndpoint = QUrl(m_parser.value(u"oms-endpoint"_s), QUrl::StrictMode);
    profile.iamEndpoint = QUrl(m_parser.value(u"iam-endpoint"_s), QUrl::StrictMode);
    profile.caFile = m_parser.value(u"ca-file"_s);
    profile.proxy = QUrl(m_parser.value(u"proxy"_s), QUrl::StrictMode);
    if (!profile.caFile.isEmpty() && !QFile::exists(profile.caFile)) {
        fail(ApiError::validation(u"--ca-file"_s,
                                  tr("The CA file %1 does not exist.").arg(profile.caFile)));
        return m_exitCode;
    }
    if (!profile.regionId.isEmpty() && !Region::find(profile.regionId)
        && profile.omsEndpoint.isEmpty()) {
        m_console->message(tr("oms-sync: warning: region %1 is not in the region table; its "
                              "endpoints are guessed from the documented pattern.")
                               .arg(profile.regionId));
    }

    QString secret;
    if (m_parser.isSet(u"secret-stdin"_s)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            fail(ApiError::validation(u"--secret-stdin"_s, tr("Standard input cannot be read.")));
            return m_exitCode;
        }
        QByteArray line = in.readLine(64 * 1024);
        while (line.endsWith('\n') || line.endsWith('\r')) {
            line.chop(1);
        }
        secret = QString::fromUtf8(line);
        wipeBytes(line);
        if (secret.isEmpty()) {
            fail(ApiError::validation(u"--secret-stdin"_s, tr("Standard input held no secret.")));
            return m_exitCode;
        }
    }

    if (const ApiError error = m_store->add(profile); error.isError()) {
        wipeString(secret);
        fail(error);
        return m_exitCode;
    }
    if (m_store->profiles().size() == 1) {
        if (const ApiError error = m_store->setLastSelected(profile.id); error.isError()) {
            m_console->message(tr("oms-sync: warning: %1").arg(error.summary()));
        }
    }
    auto report = [this, profile] {
        if (m_console->isJson()) {
            m_console->result(QJsonValue(profile.toJson()));
        } else {
            m_console->result(tr("Profile \"%1\" added.").arg(profile.name));
        }
    };
    if (secret.isEmpty()) {
        report();
        return Success;
    }
    m_secrets->write(
        SecretStore::signInKey(profile.id), secret.toUtf8(), this,
        [this, report, profile](const SecretStore::Result& result) {
            report();
            if (result.status == SecretStore::Status::Ok) {
                finish(Success);
                return;
            }
            fail(ApiError::keychain(tr("Profile \"%1\" was saved without its secret: no keychain "
                                       "answers (%2). Set OMS_SYNC_PASSWORD, OMS_SYNC_TOKEN or "
                                       "OMS_SYNC_SK when you use it.")
                                        .arg(profile.name, result.errorString)));
            finish(m_exitCode);
        });
    wipeString(secret);
    return std::nullopt;
}

int CliApplication::profileList()
{
    const QList<Profile> profiles = m_store->profiles();
    if (m_console->isJson()) {
        QJsonArray array;
        for (const Profile& profile : profiles) {
            array.append(profile.toJson());
        }
        m_console->result(QJsonValue(array));
        return Success;
    }
    TextTable table({tr("NAME"), tr("REGION"), tr("PROJECT"), tr("SIGN-IN")});
    const QUuid last = m_store->lastSelected();
    for (const Profile& profile : profiles) {
        table.addRow({(profile.id == last ? u"* "_s : u"  "_s) + profile.name, profile.regionId,
                      profile.projectId.isEmpty() ? tr("(from region)") : profile.projectId,
                      authMethodName(profile.authMethod)});
    }
    m_console->result(table.render());
    return Success;
}

int CliApplication::profileShow(const QString& name)
{
    const auto profile = selectedProfile(name);
    if (!profile) {
        return m_exitCode;
    }
    if (m_console->isJson()) {
        m_console->result(QJsonValue(profile->toJson()));
        return Success;
    }
    const QJsonObject object = profile->toJson();
    TextTable table({});
    for (auto it = object.begin(); it != object.end(); ++it) {
        table.addRow({it.key(), it.value().toString()});
    }
    // The keys are the JSON field names; only the note is the user's language.
    table.addRow(
        {tr("%1 (effective)").arg(u"oms_endpoint"_s), profile->effectiveOmsEndpoint().toString()});
    table.addRow(
        {tr("%1 (effective)").arg(u"iam_endpoint"_s), profile->effectiveIamEndpoint().toString()});
    m_console->result(table.render());
    return Success;
}

std::optional<int> CliApplication::profileRemove(const QString& name)
{
    const auto profile = selectedProfile(name);
    if (!profile) {
        return m_exitCode;
    }
    QStringList keys {SecretStore::signInKey(profile->id), SecretStore::tokenKey(profile->id)};
    for (const QString& taskId : m_store->rememberedTasks(profile->id)) {
        keys.append(SecretStore::startKeysKey(profile->id, taskId));
    }
    if (const ApiError error = m_store->remove(profile->id); error.isError()) {
        fail(error);
        return m_exitCode;
    }
    auto remaining = std::make_shared<qsizetype>(keys.size());
    auto keychainFailed = std::make_shared<QString>();
    for (const QString& key : keys) {
        m_secrets->remove(
            key, this, [this, remaining, keychainFailed, profile](const SecretStore::Result& r) {
                if (r.status != SecretStore::Status::Ok) {
                    *keychainFailed = r.errorString;
                }
                if (--*remaining > 0) {
                    return;
                }
                if (!keychainFailed->isEmpty()) {
                    m_console->message(tr("oms-sync: warning: the keychain did not answer; "
                                          "secrets of \"%1\" may remain there (%2).")
                                           .arg(profile->name, *keychainFailed));
                }
                if (!m_console->isJson()) {
                    m_console->result(tr("Profile \"%1\" removed.").arg(profile->name));
                }
                finish(Success);
            });
    }
    return std::nullopt;
}

int CliApplication::profileExport(const QString& file)
{
    const QByteArray json = m_store->exportJson();
    if (file.isEmpty() || file == u"-") {
        QFile out;
        if (out.open(stdout, QIODevice::WriteOnly)) {
            out.write(json);
        }
        return Success;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
        fail(ApiError::validation(u"file"_s, tr("%1 could not be written.").arg(file)));
        return m_exitCode;
    }
    if (!m_console->isJson()) {
        m_console->result(tr("Profiles exported to %1 (without secrets).").arg(file));
    }
    return Success;
}

int CliApplication::profileImport(const QString& file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        fail(ApiError::validation(u"file"_s, tr("%1 could not be read.").arg(file)));
        return m_exitCode;
    }
    int added = 0;
    QStringList problems;
    const ApiError error = m_store->importJson(in.read(16 * 1024 * 1024), &added, &problems);
    if (!problems.isEmpty()) {
        m_console->message(tr("oms-sync: warning: %1").arg(problems.join(u'\n')));
    }
    if (error.isError()) {
        fail(error);
        return m_exitCode;
    }
    if (added == 0 && !problems.isEmpty()) {
        fail(
            ApiError::validation(u"file"_s, tr("No profile could be imported from %1.").arg(file)));
        return m_exitCode;
    }
    if (m_console->isJson()) {
        m_console->result(QJsonValue(QJsonObject {{"imported"_L1, added}}));
    } else {
        m_console->result(tr("Imported %n profile(s); their secrets are set with profile add "
                             "or the environment.",
                             nullptr, added));
    }
    return Success;
}

std::optional<int> CliApplication::profileTest(const QString& name)
{
    const auto profile = selectedProfile(name);
    if (!profile) {
        return m_exitCode;
    }
    withSession(*profile, [this] {
        TaskListJob* job = m_session->client()->listTasks();
        connect(job, &OmsJob::finished, this, [this, job] {
            if (job->error().isError()) {
                fail(job->error());
            } else if (m_console->isJson()) {
                m_console->result(QJsonValue(QJsonObject {
                    {"ok"_L1, true},
                    {"project_id"_L1, m_session->client()->projectId()},
                    {"tasks"_L1, job->tasks().size()},
                }));
            } else {
                m_console->result(tr("Signed in to project %1 and listed %n task(s).", nullptr,
                                     int(job->tasks().size()))
                                      .arg(m_session->client()->projectId()));
            }
            finish(exitCodeFor(job->error()));
        });
    });
    return std::nullopt;
}

std::optional<Profile> CliApplication::selectedProfile(const QString& name)
{
    const QList<Profile> profiles = m_store->profiles();
    if (!name.isEmpty()) {
        for (const Profile& profile : profiles) {
            if (profile.name == name) {
                return profile;
            }
        }
        fail(ApiError::validation(u"profile"_s, tr("There is no profile \"%1\".").arg(name)));
    } else if (profiles.size() == 1) {
        return profiles.first();
    } else {
        const QUuid last = m_store->lastSelected();
        for (const Profile& profile : profiles) {
            if (profile.id == last) {
                return profile;
            }
        }
        fail(ApiError::validation(u"--profile"_s,
                                  profiles.isEmpty()
                                      ? tr("There is no profile yet; add one with "
                                           "\"oms-sync profile add\".")
                                      : tr("Several profiles exist; choose one with --profile.")));
    }
    return std::nullopt;
}

QString CliApplication::environmentSecret(AuthMethod method) const
{
    switch (method) {
    case AuthMethod::Password:
        return env("OMS_SYNC_PASSWORD");
    case AuthMethod::Token:
        return env("OMS_SYNC_TOKEN");
    case AuthMethod::AkSk:
        return env("OMS_SYNC_SK");
    }
    return {};
}

void CliApplication::withSession(const Profile& profile, std::function<void()> then)
{
    m_session = new ProfileSession(profile, m_secrets, m_policy, this);
    QString secret = environmentSecret(profile.authMethod);
    if (!secret.isEmpty()) {
        m_session->setSecretOverride(secret);
        wipeString(secret);
    }
    QString proxyPassword = env("OMS_SYNC_PROXY_PASSWORD");
    if (!proxyPassword.isEmpty()) {
        m_session->setProxyPasswordOverride(proxyPassword);
        wipeString(proxyPassword);
    }
    connect(m_session, &ProfileSession::projectDiscovered, this, [this](const QString& projectId) {
        if (auto stored = m_store->find(m_session->profile().id)) {
            stored->projectId = projectId;
            if (const ApiError error = m_store->update(*stored); error.isError()) {
                m_console->message(tr("oms-sync: warning: %1").arg(error.summary()));
            }
        }
    });
    m_session->open(this, [this, then = std::move(then)](const ApiError& error) {
        if (error.isError()) {
            fail(error);
            finish(m_exitCode);
            return;
        }
        if (const ApiError stored = m_store->setLastSelected(m_session->profile().id);
            stored.isError()) {
            m_console->message(tr("oms-sync: warning: %1").arg(stored.summary()));
        }
        then();
    });
}

// --- tasks ------------------------------------------------------------------

std::optional<int> CliApplication::taskList()
{
    std::optional<SyncTaskStatus> status;
    if (m_parser.isSet(u"status"_s)) {
        const SyncTaskStatus wanted = syncTaskStatusFromWireName(m_parser.value(u"status"_s));
        if (wanted == SyncTaskStatus::Unknown) {
            fail(ApiError::validation(u"--status"_s,
                                      tr("--status must be STOPPED or SYNCHRONIZING.")));
            return m_exitCode;
        }
        status = wanted;
    }
    const auto profile = selectedProfile(m_parser.value(u"profile"_s));
    if (!profile) {
        return m_exitCode;
    }
    withSession(*profile, [this, status] {
        TaskListJob* job = m_session->client()->listTasks(status);
        connect(job, &OmsJob::finished, this, [this, job] {
            if (job->error().isError()) {
                fail(job->error());
                finish(m_exitCode);
                return;
            }
            if (m_console->isJson()) {
                QJsonArray array;
                for (const SyncTask& task : job->tasks()) {
                    array.append(task.toJson());
                }
                m_console->result(QJsonValue(array));
            } else {
                TextTable table({tr("ID"), tr("STATUS"), tr("SOURCE"), tr("DESTINATION"),
                                 tr("LAST STARTED"), tr("DESCRIPTION")});
                for (const SyncTask& task : job->tasks()) {
                    table.addRow({task.id, taskStatusText(task),
                                  task.srcCloudType + u':' + task.srcRegion + u'/' + task.srcBucket,
                                  task.dstRegion + u'/' + task.dstBucket,
                                  displayTime(task.lastStartTime), task.description});
                }
                m_console->result(table.render());
            }
            finish(Success);
        });
    });
    return std::nullopt;
}

std::optional<int> CliApplication::taskShow(const QString& id)
{
    const auto profile = selectedProfile(m_parser.value(u"profile"_s));
    if (!profile) {
        return m_exitCode;
    }
    withSession(*profile, [this, id] {
        TaskJob* job = m_session->client()->showTask(id);
        connect(job, &OmsJob::finished, this, [this, job] {
            if (job->error().isError()) {
                fail(job->error());
                finish(m_exitCode);
                return;
            }
            const SyncTask& task = job->task();
            if (m_console->isJson()) {
                m_console->result(QJsonValue(task.toJson()));
            } else {
                TextTable table({});
                const QJsonObject object = task.toJson();
                for (auto it = object.begin(); it != object.end(); ++it) {
                    QString value = it.value().isObject()
                        ? QString::fromUtf8(
                            QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact))
                        : it.value().toVariant().toString();
                    table.addRow({it.key(), value});
                }
                table.addRow({tr("failed object lists"),
                              task.dstBucket + u'/' + task.failedObjectListPrefix()});
                table.addRow({tr("skipped object lists"),
                              task.dstBucket + u'/' + task.skippedObjectListPrefix()});
                m_console->result(table.render());
            }
            finish(Success);
        });
    });
    return std::nullopt;
}

std::optional<int> CliApplication::taskStart(const QStringList& ids)
{
    // The start keys: all four from the environment, or per task from the
    // keychain. A partial set in the environment is a mistake worth naming.
    const char* names[] = {"OMS_SYNC_SRC_AK", "OMS_SYNC_SRC_SK", "OMS_SYNC_DST_AK",
                           "OMS_SYNC_DST_SK"};
    QStringList missing;
    int present = 0;
    for (const char* name : names) {
        if (env(name).isEmpty()) {
            missing.append(QString::fromLatin1(name));
        } else {
            ++present;
        }
    }
    if (present > 0 && !missing.isEmpty()) {
        fail(ApiError::validation(
            missing.first(),
            tr("Set all four start keys; missing: %1.").arg(missing.join(u", "_s))));
        return m_exitCode;
    }
    std::optional<StartCredentials> fromEnvironment;
    if (present == 4) {
        fromEnvironment = StartCredentials {env("OMS_SYNC_SRC_AK"), env("OMS_SYNC_SRC_SK"),
                                            env("OMS_SYNC_DST_AK"), env("OMS_SYNC_DST_SK"),
                                            env("OMS_SYNC_CDN_KEY")};
        if (const ApiError error = fromEnvironment->validate(); error.isError()) {
            fail(error);
            return m_exitCode;
        }
    }
    if (!checkTaskIds(ids)) {
        return m_exitCode;
    }
    const auto profile = selectedProfile(m_parser.value(u"profile"_s));
    if (!profile) {
        return m_exitCode;
    }
    const bool remember = m_parser.isSet(u"remember"_s);
    withSession(*profile, [this, ids, fromEnvironment, remember] {
        runActions(TaskActionJob::Action::Start, ids, fromEnvironment, remember);
    });
    return std::nullopt;
}

std::optional<int> CliApplication::taskStop(const QStringList& ids)
{
    if (!checkTaskIds(ids)) {
        return m_exitCode;
    }
    const auto profile = selectedProfile(m_parser.value(u"profile"_s));
    if (!profile) {
        return m_exitCode;
    }
    withSession(*profile,
                [this, ids] { runActions(TaskActionJob::Action::Stop, ids, std::nullopt, false); });
    return std::nullopt;
}

void CliApplication::runActions(TaskActionJob::Action action, QStringList ids,
                                const std::optional<StartCredentials>& keys, bool remember)
{
    ids.removeDuplicates();
    struct Run
    {
        QStringList ids;
        struct Result
        {
            QJsonObject json;
            QString text;
            bool ok = false;
        };
        std::map<QString, Result> results;
        qsizetype pending = 0;
        int worst = Success;
    };
    auto run = std::make_shared<Run>();
    run->ids = ids;
    run->pending = ids.size();
    const bool starting = action == TaskActionJob::Action::Start;

    auto record = [this, run](const QString& id, const QJsonObject& json, const QString& text,
                              int exitCode) {
        run->results[id] = {json, text, exitCode == Success};
        run->worst = std::max(run->worst, exitCode);
        if (--run->pending > 0) {
            return;
        }
        if (m_console->isJson()) {
            QJsonArray array;
            for (const QString& each : run->ids) {
                array.append(run->results[each].json);
            }
            m_console->result(QJsonValue(array));
        } else {
            // Successes are results; failures are messages, as for one task.
            for (const QString& each : run->ids) {
                const auto& result = run->results[each];
                if (result.ok) {
                    m_console->result(result.text);
                } else {
                    m_console->message(tr("oms-sync: %1").arg(result.text));
                }
            }
        }
        finish(run->worst);
    };
    auto recordError = [record](const QString& id, const QString& result, const ApiError& error,
                                bool answerLost) {
        QJsonObject json = error.toJson();
        json.insert("sync_task_id"_L1, id);
        json.insert("result"_L1, result);
        json.insert("answer_lost"_L1, answerLost);
        record(id, json, tr("%1: %2").arg(id, error.summary()), exitCodeFor(error));
    };

    auto launch = [this, starting, remember, record, recordError](
                      const QString& id, const std::optional<StartCredentials>& credentials,
                      bool fromKeychain) {
        TaskActionJob* job = starting ? m_session->client()->startTask(id, *credentials)
                                      : m_session->client()->stopTask(id);
        connect(
            job, &OmsJob::finished, this,
            [this, job, id, starting, remember, fromKeychain, credentials, record, recordError] {
                const auto outcome = job->outcome();
                const bool done = outcome == TaskActionJob::Outcome::Done
                    || outcome == TaskActionJob::Outcome::DoneAnswerLost;
                if (!done) {
                    const bool lost = outcome == TaskActionJob::Outcome::NotDoneAnswerLost;
                    ApiError error = job->error();
                    if (lost) {
                        error = ApiError::network(
                            starting ? tr("The answer was lost and the task is still "
                                          "paused: not started, safe to retry (%1).")
                                           .arg(error.message())
                                     : tr("The answer was lost and the task is still "
                                          "running: not stopped, safe to retry (%1).")
                                           .arg(error.message()));
                    }
                    recordError(id, starting ? u"not_started"_s : u"not_stopped"_s, error, lost);
                    return;
                }
                const bool lost = outcome == TaskActionJob::Outcome::DoneAnswerLost;
                const QJsonObject json {
                    {"sync_task_id"_L1, id},
                    {"result"_L1, starting ? u"started"_s : u"stopped"_s},
                    {"answer_lost"_L1, lost},
                };
                QString text = starting ? tr("%1: started").arg(id) : tr("%1: stopped").arg(id);
                if (lost) {
                    text += tr(" (the answer was lost; the task's state confirms it)");
                }
                if (!starting || !remember || fromKeychain) {
                    record(id, json, text, Success);
                    return;
                }
                m_session->rememberStartKeys(
                    id, *credentials, this, [this, id, json, text, record](const ApiError& error) {
                        if (error.isError()) {
                            m_console->message(
                                tr("oms-sync: warning: the keys of %1 were not remembered: "
                                   "no keychain answers (%2).")
                                    .arg(id, error.message()));
                        } else {
                            const ApiError stored =
                                m_store->setTaskRemembered(m_session->profile().id, id, true);
                            if (stored.isError()) {
                                m_console->message(
                                    tr("oms-sync: warning: %1").arg(stored.summary()));
                            }
                        }
                        record(id, json, text, Success);
                    });
            });
    };

    for (const QString& id : ids) {
        if (!starting || keys) {
            launch(id, keys, false);
            continue;
        }
        m_session->recallStartKeys(
            id, this,
            [id, launch, recordError](const std::optional<StartCredentials>& recalled,
                                      const ApiError& error) {
                if (error.isError()) {
                    recordError(
                        id, u"not_started"_s,
                        ApiError::keychain(tr("The start keys of %1 are in the keychain, and no "
                                              "keychain answers: %2")
                                               .arg(id, error.message())),
                        false);
                } else if (!recalled) {
                    recordError(id, u"not_started"_s,
                                ApiError::validation(
                                    u"OMS_SYNC_SRC_AK"_s,
                                    tr("No start keys for %1: set OMS_SYNC_SRC_AK, "
                                       "OMS_SYNC_SRC_SK, OMS_SYNC_DST_AK and OMS_SYNC_DST_SK "
                                       "(and --remember to keep them).")
                                        .arg(id)),
                                false);
                } else {
                    launch(id, recalled, true);
                }
            });
    }
}

bool CliApplication::checkTaskIds(const QStringList& ids)
{
    for (const QString& id : ids) {
        if (const ApiError error = InputRules::checkTaskId(id); error.isError()) {
            fail(error);
            return false;
        }
    }
    return true;
}

void CliApplication::fail(const ApiError& error)
{
    m_console->failure(error);
    m_exitCode = std::max(m_exitCode, exitCodeFor(error));
}

void CliApplication::finish(int exitCode)
{
    if (m_finishing) {
        return;
    }
    m_exitCode = std::max(m_exitCode, exitCode);
    // A new IAM token or remembered keys may still be on their way into the
    // keychain; leaving now would lose them.
    if (m_session && m_session->hasPendingWrites()) {
        connect(m_session, &ProfileSession::pendingWritesDone, this,
                [this] { QCoreApplication::exit(m_exitCode); });
        m_finishing = true;
        return;
    }
    m_finishing = true;
    QCoreApplication::exit(m_exitCode);
}

} // namespace OmsSync::Cli
