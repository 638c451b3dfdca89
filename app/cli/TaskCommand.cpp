// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskCommand.h"

#include "CommandContext.h"
#include "Csv.h"
#include "InputRules.h"
#include "OmsClient.h"
#include "TaskExport.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <map>
#include <unistd.h>

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
    case TaskCommand::Verb::Delete:
        return u"delete"_s;
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
    case TaskCommand::Verb::Delete:
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
    for (Verb verb : {Verb::List, Verb::Show, Verb::Start, Verb::Stop, Verb::Delete}) {
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
    case Verb::Delete:
        return tr("Delete paused tasks, after a confirmation, and forget their keys.");
    }
    return {};
}

QString TaskCommand::details() const
{
    if (m_verb == Verb::Delete) {
        return tr("Without --yes, each task is named with its buckets and the deletion waits\n"
                  "for a \"yes\" on the terminal; when standard input is not a terminal it is\n"
                  "refused (exit 2) and nothing is sent. OMS refuses to delete a running task:\n"
                  "stop it first. The keys remembered for a deleted task are forgotten.");
    }
    // Apart from the text before it, whose translations stay valid.
    const QString csv =
        tr("--format csv prints the API's field names as the header, sync_task_id\n"
           "first, and a row per task, with CRLF line ends and no byte order mark:\n"
           "standard output feeds other programs, where a mark would be a stray\n"
           "character (the desktop application writes one in the files it saves).");
    if (m_verb == Verb::Show) {
        return csv;
    }
    if (m_verb != Verb::List) {
        return {};
    }
    return tr("With --all-profiles every profile is listed at once, in one table whose first\n"
              "column is the profile (with --json, a \"profile\" field in each task). A\n"
              "profile that fails is reported on standard error while the others are listed;\n"
              "the exit code is then that of its error (the highest when several fail).")
        + u"\n\n"_s + csv + u'\n'
        + tr("With --all-profiles the CSV's first column is the profile.");
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
    case Verb::Delete:
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
                allProfilesOption(),
                formatOption()};
    case Verb::Show:
        return {formatOption()};
    case Verb::Start:
        return {
            {u"remember"_s, tr("task start: keep the start keys in the keychain for next time.")}};
    case Verb::Delete:
        return {{u"yes"_s, tr("task delete: delete without asking.")}};
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
    if (m_verb == Verb::List || m_verb == Verb::Show) {
        ApiError error;
        if (!outputFormat(parser, &error)) {
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
    if (m_verb == Verb::Delete && !parser.isSet(u"yes"_s) && !isatty(STDIN_FILENO)) {
        return ApiError::validation(
            u"--yes"_s,
            tr("Standard input is not a terminal to confirm on: add --yes to delete. Nothing "
               "was sent."));
    }
    if (m_verb == Verb::Start || m_verb == Verb::Stop || m_verb == Verb::Delete) {
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
    case Verb::Show: {
        const OutputFormat format = checkedOutputFormat(parser);
        context.withSession(*profile, [this, &context, id = arguments.first(), format] {
            show(context, id, format);
        });
        break;
    }
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
    case Verb::Delete:
        context.withSession(*profile, [this, &context, arguments, yes = parser.isSet(u"yes"_s)] {
            if (yes) {
                runActions(context, arguments, std::nullopt, false);
            } else {
                confirmDelete(context, arguments);
            }
        });
        break;
    }
}

void TaskCommand::confirmDelete(CommandContext& context, const QStringList& ids)
{
    TaskListJob* job = context.session()->client()->listTasks();
    QObject::connect(job, &OmsJob::finished, &context, [this, &context, job, ids] {
        if (job->error().isError()) {
            context.fail(job->error());
            context.finish();
            return;
        }
        QTextStream err(stderr);
        err << tr("Delete these sync tasks? This cannot be undone.") << u'\n';
        for (const QString& id : ids) {
            const auto& tasks = job->tasks();
            const auto task = std::find_if(tasks.begin(), tasks.end(),
                                           [&id](const SyncTask& each) { return each.id == id; });
            if (task == tasks.end()) {
                err << tr("  %1 (no such task)").arg(id) << u'\n';
                continue;
            }
            err << tr("  %1 %2: %3 (%4) to %5 (%6), %7")
                       .arg(task->id, task->description.isEmpty() ? u"-"_s : task->description,
                            task->srcBucket, task->srcRegion, task->dstBucket, task->dstRegion,
                            taskStatusText(*task))
                << u'\n';
        }
        err << tr("Type yes to delete: ") << Qt::flush;
        // Nothing else runs meanwhile: the requests wait for this answer.
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != u"yes"_s && answer != u"y"_s && answer != tr("yes").toLower()) {
            context.console().message(tr("oms-sync: nothing was deleted."));
            context.finish(UsageError);
            return;
        }
        runActions(context, ids, std::nullopt, false);
    });
}

void TaskCommand::list(CommandContext& context, const QCommandLineParser& parser)
{
    std::optional<SyncTaskStatus> status;
    if (parser.isSet(u"status"_s)) {
        status = syncTaskStatusFromWireName(parser.value(u"status"_s));
    }
    const OutputFormat format = checkedOutputFormat(parser);
    if (parser.isSet(u"all-profiles"_s)) {
        listAllProfiles(context, status, format);
        return;
    }
    const auto profile = context.selectedProfile(parser.value(u"profile"_s));
    if (!profile) {
        context.finish();
        return;
    }
    context.withSession(*profile, [&context, status, format] {
        TaskListJob* job = context.session()->client()->listTasks(status);
        QObject::connect(job, &OmsJob::finished, &context, [&context, job, format] {
            if (job->error().isError()) {
                context.fail(job->error());
                context.finish();
                return;
            }
            if (format == OutputFormat::Csv) {
                context.console().resultBytes(TaskExport::csv(job->tasks()));
            } else if (format == OutputFormat::Json) {
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

void TaskCommand::listAllProfiles(CommandContext& context, std::optional<SyncTaskStatus> status,
                                  OutputFormat format)
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
    auto done = [&context, listing, format] {
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
        if (anyListed && format == OutputFormat::Csv) {
            QString text = Csv::row(QStringList {u"profile"_s} + TaskExport::header());
            for (qsizetype i = 0; i < listing->profiles.size(); ++i) {
                for (const SyncTask& task : listing->tasks.at(i)) {
                    text += Csv::row(QStringList {listing->profiles.at(i).name}
                                     + TaskExport::fields(task));
                }
            }
            context.console().resultBytes(text.toUtf8());
        } else if (anyListed && format == OutputFormat::Json) {
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

void TaskCommand::show(CommandContext& context, const QString& id, OutputFormat format)
{
    TaskJob* job = context.session()->client()->showTask(id);
    QObject::connect(job, &OmsJob::finished, &context, [&context, job, format] {
        if (job->error().isError()) {
            context.fail(job->error());
            context.finish();
            return;
        }
        const SyncTask& task = job->task();
        if (format == OutputFormat::Csv) {
            context.console().resultBytes(TaskExport::csv({task}));
        } else if (format == OutputFormat::Json) {
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
    const bool deleting = m_verb == Verb::Delete;
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

    auto launch = [&context, profileId, starting, deleting, remember, record, recordError](
                      const QString& id, const std::optional<StartCredentials>& credentials,
                      bool fromKeychain) {
        OmsClient* client = context.session()->client();
        TaskActionJob* job = starting ? client->startTask(id, *credentials)
            : deleting                ? client->deleteTask(id)
                                      : client->stopTask(id);
        QObject::connect(
            job, &OmsJob::finished, &context,
            [&context, job, id, profileId, starting, deleting, remember, fromKeychain, credentials,
             record, recordError] {
                const auto outcome = job->outcome();
                const bool done = outcome == TaskActionJob::Outcome::Done
                    || outcome == TaskActionJob::Outcome::DoneAnswerLost;
                if (!done) {
                    const bool lost = outcome == TaskActionJob::Outcome::NotDoneAnswerLost;
                    ApiError error = job->error();
                    if (lost) {
                        const QString text = starting
                            ? tr("The answer was lost and the task is still paused: not "
                                 "started, safe to retry (%1).")
                            : deleting ? tr("The answer was lost and the task is still there: "
                                            "not deleted, safe to retry (%1).")
                                       : tr("The answer was lost and the task is still "
                                            "running: not stopped, safe to retry (%1).");
                        error = ApiError::network(text.arg(error.message()));
                    }
                    recordError(id,
                                starting       ? u"not_started"_s
                                    : deleting ? u"not_deleted"_s
                                               : u"not_stopped"_s,
                                error, lost);
                    return;
                }
                const bool lost = outcome == TaskActionJob::Outcome::DoneAnswerLost;
                const QJsonObject json {
                    {"sync_task_id"_L1, id},
                    {"result"_L1,
                     starting       ? u"started"_s
                         : deleting ? u"deleted"_s
                                    : u"stopped"_s},
                    {"answer_lost"_L1, lost},
                };
                QString text = starting ? tr("%1: started").arg(id)
                    : deleting          ? tr("%1: deleted").arg(id)
                                        : tr("%1: stopped").arg(id);
                if (lost) {
                    text += tr(" (the answer was lost; the task's state confirms it)");
                }
                if (deleting) {
                    // A deleted task's keys serve nothing any more.
                    if (!context.profiles().hasRememberedKeys(profileId, id)) {
                        record(id, json, text, Success);
                        return;
                    }
                    context.profiles().forgetStartKeys(
                        profileId, id, &context,
                        [&context, id, json, text, record](const ApiError& error) {
                            if (error.isError()) {
                                context.warn(tr("the keys remembered for %1 were not "
                                                "forgotten: %2")
                                                 .arg(id,
                                                      error.kind() == ApiError::Kind::Keychain
                                                          ? context.keychainReason(error)
                                                          : error.summary()));
                            }
                            record(id, json, text, Success);
                        });
                    return;
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
