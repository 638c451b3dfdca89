// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskCommand.h"

#include "CommandContext.h"
#include "InputRules.h"
#include "OmsClient.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace OmsSync::Cli {

namespace {

QString displayTime(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(Qt::ISODate) : u"-"_s;
}

QString taskStatusText(const SyncTask& task)
{
    // These two stay in the application's context, where the catalogs and
    // the translations test have always found them.
    switch (task.status) {
    case SyncTaskStatus::Synchronizing:
        return QCoreApplication::translate("OmsSync::Cli::CliApplication", "synchronizing");
    case SyncTaskStatus::Stopped:
        return QCoreApplication::translate("OmsSync::Cli::CliApplication", "paused");
    case SyncTaskStatus::Unknown:
        break;
    }
    return task.statusText.isEmpty() ? u"-"_s : task.statusText;
}

QString verbName(TaskCommand::Verb verb)
{
    switch (verb) {
    case TaskCommand::Verb::List:
        return u"list"_s;
    case TaskCommand::Verb::Show:
        return u"show"_s;
    case TaskCommand::Verb::Start:
        return u"start"_s;
    case TaskCommand::Verb::Stop:
        return u"stop"_s;
    }
    return {};
}

std::pair<qsizetype, qsizetype> argumentRange(TaskCommand::Verb verb)
{
    switch (verb) {
    case TaskCommand::Verb::List:
        return {0, 0};
    case TaskCommand::Verb::Show:
        return {1, 1};
    case TaskCommand::Verb::Start:
    case TaskCommand::Verb::Stop:
        break;
    }
    return {1, Command::manyArguments};
}

} // namespace

TaskCommand::TaskCommand(Verb verb)
    : Command(u"task"_s, verbName(verb), argumentRange(verb).first, argumentRange(verb).second)
    , m_verb(verb)
{ }

std::vector<std::unique_ptr<Command>> TaskCommand::all()
{
    std::vector<std::unique_ptr<Command>> commands;
    for (Verb verb : {Verb::List, Verb::Show, Verb::Start, Verb::Stop}) {
        commands.push_back(std::make_unique<TaskCommand>(verb));
    }
    return commands;
}

QString TaskCommand::description() const
{
    switch (m_verb) {
    case Verb::List:
        return tr("List every sync task of the profile, all pages.");
    case Verb::Show:
        return tr("Show one task with this month's statistics.");
    case Verb::Start:
        return tr("Start paused tasks concurrently with one sign-in.");
    case Verb::Stop:
        return tr("Stop running tasks; OMS discards their access keys.");
    }
    return {};
}

QString TaskCommand::details() const
{
    if (m_verb != Verb::List) {
        return {};
    }
    return tr("With --all-profiles every profile is listed at once, in one table whose first\n"
              "column is the profile (with --json, a \"profile\" field in each task). A\n"
              "profile that fails is reported on standard error while the others are listed;\n"
              "the exit code is then that of its error (the highest when several fail).");
}

QList<Command::Argument> TaskCommand::arguments() const
{
    switch (m_verb) {
    case Verb::List:
        return {};
    case Verb::Show:
        return {{u"ID"_s, tr("A sync task id."), u"ID"_s}};
    case Verb::Start:
    case Verb::Stop:
        break;
    }
    return {{u"ID"_s, tr("Sync task ids; each gets its own result."), u"ID [ID...]"_s}};
}

QList<QCommandLineOption> TaskCommand::options() const
{
    switch (m_verb) {
    case Verb::List:
        return {{u"status"_s, tr("task list: only tasks in this state (STOPPED or SYNCHRONIZING)."),
                 tr("STATUS", "option value")},
                allProfilesOption()};
    case Verb::Start:
        return {
            {u"remember"_s, tr("task start: keep the start keys in the keychain for next time.")}};
    case Verb::Show:
    case Verb::Stop:
        break;
    }
    return {};
}

ApiError TaskCommand::check(const QCommandLineParser& parser, const QStringList& arguments) const
{
    if (m_verb == Verb::List && parser.isSet(u"status"_s)
        && syncTaskStatusFromWireName(parser.value(u"status"_s)) == SyncTaskStatus::Unknown) {
        return ApiError::validation(u"--status"_s,
                                    tr("--status must be STOPPED or SYNCHRONIZING."));
    }
    if (m_verb == Verb::List) {
        if (const ApiError error = checkAllProfiles(parser); error.isError()) {
            return error;
        }
    }
    if (m_verb == Verb::Start) {
        ApiError error;
        environmentStartKeys(&error);
        if (error.isError()) {
            return error;
        }
    }
    if (m_verb == Verb::Start || m_verb == Verb::Stop) {
        for (const QString& id : arguments) {
            if (const ApiError error = InputRules::checkTaskId(id); error.isError()) {
                return error;
            }
        }
    }
    return {};
}

std::optional<StartCredentials> TaskCommand::environmentStartKeys(ApiError* error)
{
    // A partial set in the environment is a mistake worth naming.
    const char* names[] = {"OMS_SYNC_SRC_AK", "OMS_SYNC_SRC_SK", "OMS_SYNC_DST_AK",
                           "OMS_SYNC_DST_SK"};
    QStringList missing;
    for (const char* name : names) {
        if (qEnvironmentVariableIsEmpty(name)) {
            missing.append(QString::fromLatin1(name));
        }
    }
    if (missing.size() == qsizetype(std::size(names))) {
        return std::nullopt;
    }
    if (!missing.isEmpty()) {
        *error = ApiError::validation(
            missing.first(),
            tr("Set all four start keys; missing: %1.").arg(missing.join(u", "_s)));
        return std::nullopt;
    }
    StartCredentials keys {
        qEnvironmentVariable("OMS_SYNC_SRC_AK"), qEnvironmentVariable("OMS_SYNC_SRC_SK"),
        qEnvironmentVariable("OMS_SYNC_DST_AK"), qEnvironmentVariable("OMS_SYNC_DST_SK"),
        qEnvironmentVariable("OMS_SYNC_CDN_KEY")};
    if (const ApiError invalid = keys.validate(); invalid.isError()) {
        *error = invalid;
        return std::nullopt;
    }
    return keys;
}

void TaskCommand::execute(CommandContext& context, const QCommandLineParser& parser,
                          const QStringList& arguments)
{
    if (m_verb == Verb::List) {
        list(context, parser);
        return;
    }
    const auto profile = context.selectedProfile(parser.value(u"profile"_s));
    if (!profile) {
        context.finish();
        return;
    }
    switch (m_verb) {
    case Verb::List:
        break;
    case Verb::Show:
        context.withSession(*profile,
                            [this, &context, id = arguments.first()] { show(context, id); });
        break;
    case Verb::Start: {
        ApiError unused;
        const auto keys = environmentStartKeys(&unused); // check() refused a partial set
        const bool remember = parser.isSet(u"remember"_s);
        context.withSession(*profile, [this, &context, arguments, keys, remember] {
            runActions(context, arguments, keys, remember);
        });
        break;
    }
    case Verb::Stop:
        context.withSession(*profile, [this, &context, arguments] {
            runActions(context, arguments, std::nullopt, false);
        });
        break;
    }
}

void TaskCommand::list(CommandContext& context, const QCommandLineParser& parser)
{
    std::optional<SyncTaskStatus> status;
    if (parser.isSet(u"status"_s)) {
        status = syncTaskStatusFromWireName(parser.value(u"status"_s));
    }
    if (parser.isSet(u"all-profiles"_s)) {
        listAllProfiles(context, status);
        return;
    }
    const auto profile = context.selectedProfile(parser.value(u"profile"_s));
    if (!profile) {
        context.finish();
        return;
    }
    context.withSession(*profile, [&context, status] {
        TaskListJob* job = context.session()->client()->listTasks(status);
        QObject::connect(job, &OmsJob::finished, &context, [&context, job] {
            if (job->error().isError()) {
                context.fail(job->error());
                context.finish();
                return;
            }
            if (context.isJson()) {
                QJsonArray array;
                for (const SyncTask& task : job->tasks()) {
                    array.append(task.toJson());
                }
                context.console().result(QJsonValue(array));
            } else {
                TextTable table({tr("ID"), tr("STATUS"), tr("SOURCE"), tr("DESTINATION"),
                                 tr("LAST STARTED"), tr("DESCRIPTION")});
                for (const SyncTask& task : job->tasks()) {
                    table.addRow({task.id, taskStatusText(task),
                                  task.srcCloudType + u':' + task.srcRegion + u'/' + task.srcBucket,
                                  task.dstRegion + u'/' + task.dstBucket,
                                  displayTime(task.lastStartTime), task.description});
                }
                context.console().result(table.render());
            }
            context.finish();
        });
    });
}

void TaskCommand::listAllProfiles(CommandContext& context, std::optional<SyncTaskStatus> status)
{
    const QList<Profile> profiles = context.profiles().profiles();
    if (profiles.isEmpty()) {
        context.selectedProfile({}); // says how to add one
        context.finish();
        return;
    }
    struct Listing
    {
        QList<Profile> profiles;
        QList<QList<SyncTask>> tasks;
        QList<ApiError> errors;
        qsizetype pending = 0;
    };
    auto listing = std::make_shared<Listing>();
    listing->profiles = profiles;
    listing->tasks.resize(profiles.size());
    listing->errors.resize(profiles.size());
    listing->pending = profiles.size();

    // In the order of the profiles, whichever answers first.
    auto done = [&context, listing] {
        if (--listing->pending > 0) {
            return;
        }
        int worst = Success;
        bool anyListed = false;
        for (qsizetype i = 0; i < listing->profiles.size(); ++i) {
            const ApiError& error = listing->errors.at(i);
            if (error.isError()) {
                // Also with --json: standard output holds the listing alone.
                context.console().message(
                    tr("oms-sync: %1: %2").arg(listing->profiles.at(i).name, error.summary()));
                worst = std::max(worst, exitCodeFor(error));
            } else {
                anyListed = true;
            }
        }
        if (anyListed && context.isJson()) {
            QJsonArray array;
            for (qsizetype i = 0; i < listing->profiles.size(); ++i) {
                for (const SyncTask& task : listing->tasks.at(i)) {
                    QJsonObject object = task.toJson();
                    object.insert("profile"_L1, listing->profiles.at(i).name);
                    array.append(object);
                }
            }
            context.console().result(QJsonValue(array));
        } else if (anyListed) {
            TextTable table({tr("PROFILE"), tr("ID"), tr("STATUS"), tr("SOURCE"), tr("DESTINATION"),
                             tr("LAST STARTED"), tr("DESCRIPTION")});
            for (qsizetype i = 0; i < listing->profiles.size(); ++i) {
                for (const SyncTask& task : listing->tasks.at(i)) {
                    table.addRow({listing->profiles.at(i).name, task.id, taskStatusText(task),
                                  task.srcCloudType + u':' + task.srcRegion + u'/' + task.srcBucket,
                                  task.dstRegion + u'/' + task.dstBucket,
                                  displayTime(task.lastStartTime), task.description});
                }
            }
            context.console().result(table.render());
        }
        context.finish(worst);
    };

    for (qsizetype i = 0; i < profiles.size(); ++i) {
        ProfileSession* session = context.createSession(profiles.at(i), &context);
        session->open(
            &context, [&context, listing, session, status, done, i](const ApiError& error) {
                if (error.isError()) {
                    listing->errors[i] = error;
                    done();
                    return;
                }
                TaskListJob* job = session->client()->listTasks(status);
                QObject::connect(job, &OmsJob::finished, &context, [listing, job, done, i] {
                    listing->errors[i] = job->error();
                    listing->tasks[i] = job->tasks();
                    done();
                });
            });
    }
}

void TaskCommand::show(CommandContext& context, const QString& id)
{
    TaskJob* job = context.session()->client()->showTask(id);
    QObject::connect(job, &OmsJob::finished, &context, [&context, job] {
        if (job->error().isError()) {
            context.fail(job->error());
            context.finish();
            return;
        }
        const SyncTask& task = job->task();
        if (context.isJson()) {
            context.console().result(QJsonValue(task.toJson()));
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
            table.addRow(
                {tr("failed object lists"), task.dstBucket + u'/' + task.failedObjectListPrefix()});
            table.addRow({tr("skipped object lists"),
                          task.dstBucket + u'/' + task.skippedObjectListPrefix()});
            context.console().result(table.render());
        }
        context.finish();
    });
}

void TaskCommand::runActions(CommandContext& context, QStringList ids,
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
    const bool starting = m_verb == Verb::Start;
    const QUuid profileId = context.session()->profile().id;

    auto record = [&context, run](const QString& id, const QJsonObject& json, const QString& text,
                                  int exitCode) {
        run->results[id] = {json, text, exitCode == Success};
        run->worst = std::max(run->worst, exitCode);
        if (--run->pending > 0) {
            return;
        }
        if (context.isJson()) {
            QJsonArray array;
            for (const QString& each : run->ids) {
                array.append(run->results[each].json);
            }
            context.console().result(QJsonValue(array));
        } else {
            // Successes are results; failures are messages, as for one task.
            for (const QString& each : run->ids) {
                const auto& result = run->results[each];
                if (result.ok) {
                    context.console().result(result.text);
                } else {
                    context.console().message(tr("oms-sync: %1").arg(result.text));
                }
            }
        }
        context.finish(run->worst);
    };
    auto recordError = [record](const QString& id, const QString& result, const ApiError& error,
                                bool answerLost) {
        QJsonObject json = error.toJson();
        json.insert("sync_task_id"_L1, id);
        json.insert("result"_L1, result);
        json.insert("answer_lost"_L1, answerLost);
        record(id, json, tr("%1: %2").arg(id, error.summary()), exitCodeFor(error));
    };

    auto launch = [&context, profileId, starting, remember, record, recordError](
                      const QString& id, const std::optional<StartCredentials>& credentials,
                      bool fromKeychain) {
        TaskActionJob* job = starting ? context.session()->client()->startTask(id, *credentials)
                                      : context.session()->client()->stopTask(id);
        QObject::connect(
            job, &OmsJob::finished, &context,
            [&context, job, id, profileId, starting, remember, fromKeychain, credentials, record,
             recordError] {
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
                if (!starting || fromKeychain) {
                    record(id, json, text, Success);
                    return;
                }
                // Keys from the environment: --remember files them; without
                // it, keys remembered before are no longer the task's.
                context.profiles().keysUsedForStart(
                    profileId, id, *credentials, remember, &context,
                    [&context, id, json, text, remember, record](const ApiError& error) {
                        if (error.isError() && error.kind() != ApiError::Kind::Keychain) {
                            context.warn(error.summary());
                        } else if (error.isError() && remember) {
                            context.console().message(
                                tr("oms-sync: warning: the keys of %1 were not remembered: "
                                   "no keychain answers (%2).")
                                    .arg(id, context.keychainReason(error)));
                        } else if (error.isError()) {
                            context.console().message(
                                tr("oms-sync: warning: the keys remembered before for %1 "
                                   "could not be forgotten: no keychain answers (%2).")
                                    .arg(id, context.keychainReason(error)));
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
        context.profiles().recallStartKeys(
            profileId, id, &context,
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

} // namespace OmsSync::Cli
