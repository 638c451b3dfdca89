// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskCreateCommand.h"

#include "CommandContext.h"
#include "InputRules.h"
#include "OmsClient.h"
#include "TaskCommand.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace OmsSync::Cli {

namespace {

// A spec file is a few hundred bytes; anything far larger is a mistake.
constexpr qint64 maxSpecFileBytes = 1 << 20;

struct TextOption
{
    QString option;
    QString field; // the CreateSyncTask field it sets, for --help
};

const QList<TextOption>& textOptions()
{
    static const QList<TextOption> options {
        {u"src-cloud"_s, u"src_cloud_type"_s},
        {u"src-region"_s, u"src_region"_s},
        {u"src-bucket"_s, u"src_bucket"_s},
        {u"dst-region"_s, u"dst_region"_s},
        {u"dst-bucket"_s, u"dst_bucket"_s},
        {u"description"_s, u"description"_s},
        {u"app-id"_s, u"app_id"_s},
        {u"storage-class"_s, u"dst_storage_policy"_s},
        {u"consistency-check"_s, u"consistency_check"_s},
        {u"cdn-domain"_s, u"source_cdn.domain"_s},
        {u"cdn-protocol"_s, u"source_cdn.protocol"_s},
        {u"cdn-auth-type"_s, u"source_cdn.authentication_type"_s},
    };
    return options;
}

struct SwitchOption
{
    QString option; // --NAME turns it on, --no-NAME off
    QString field;
    bool SyncTaskSpec::*member;
};

const QList<SwitchOption>& switchOptions()
{
    static const QList<SwitchOption> options {
        {u"metadata"_s, u"enable_metadata_migration"_s, &SyncTaskSpec::metadataMigration},
        {u"kms"_s, u"enable_kms"_s, &SyncTaskSpec::kms},
        {u"restore"_s, u"enable_restore"_s, &SyncTaskSpec::restoreArchived},
    };
    return options;
}

std::optional<QByteArray> readSpecFile(const QString& path, ApiError* error)
{
    QFile file;
    const bool opened = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly)
                                       : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        *error = ApiError::validation(
            u"--from"_s,
            TaskCreateCommand::tr("Cannot read %1: %2.").arg(path, file.errorString()));
        return std::nullopt;
    }
    QByteArray data = file.read(maxSpecFileBytes + 1);
    if (data.size() > maxSpecFileBytes) {
        *error = ApiError::validation(
            u"--from"_s,
            TaskCreateCommand::tr("%1 is larger than %2 bytes.").arg(path).arg(maxSpecFileBytes));
        return std::nullopt;
    }
    return data;
}

} // namespace

TaskCreateCommand::TaskCreateCommand(Verb verb)
    : Command(u"task"_s, verb == Verb::Create ? u"create"_s : u"clone"_s,
              verb == Verb::Create ? 0 : 1, verb == Verb::Create ? 0 : 1)
    , m_verb(verb)
{ }

QString TaskCreateCommand::description() const
{
    return m_verb == Verb::Create
        ? tr("Create a sync task from a JSON file or options; prints its id.")
        : tr("Create a sync task like an existing one, with the options changed.");
}

QString TaskCreateCommand::details() const
{
    QString text = m_verb == Verb::Create
        ? tr("The fields come from --from FILE (a JSON object with the CreateSyncTask\n"
             "fields, \"-\" for standard input) and the options, which win over the file.\n"
             "--src-region, --src-bucket and --dst-bucket are required; --dst-region is\n"
             "the profile's region.\n")
        : tr("The new task takes every setting OMS reports of task ID; the options change\n"
             "them. OMS allows 5 sync tasks: at the quota, delete the original first.\n");
    text += tr("\nThe keys never come from a file or an argument: OMS_SYNC_SRC_AK,\n"
               "OMS_SYNC_SRC_SK, OMS_SYNC_DST_AK and OMS_SYNC_DST_SK, and OMS_SYNC_CDN_KEY\n"
               "for a CDN that needs one.");
    if (m_verb == Verb::Clone) {
        text += tr(" Without them, the keys remembered for ID are used.");
    }
    text += tr("\n\nThe create is sent once. When its answer is lost, the task list tells\n"
               "whether the task was made: it is reported created (exit 0) or not created\n"
               "(exit 4, safe to retry); exit 5 only when that cannot be known.");
    return text;
}

QList<Command::Argument> TaskCreateCommand::arguments() const
{
    if (m_verb == Verb::Create) {
        return {};
    }
    return {{u"ID"_s, tr("The sync task to copy."), u"ID"_s}};
}

QList<QCommandLineOption> TaskCreateCommand::options() const
{
    QList<QCommandLineOption> options;
    if (m_verb == Verb::Create) {
        options.append({u"from"_s,
                        tr("task create: read the fields from a JSON file (\"-\": standard "
                           "input)."),
                        tr("FILE", "option value")});
    }
    for (const TextOption& text : textOptions()) {
        options.append({text.option, tr("task create, clone: set %1.").arg(text.field),
                        tr("VALUE", "option value")});
    }
    for (const SwitchOption& each : switchOptions()) {
        options.append({each.option, tr("task create, clone: set %1 to true.").arg(each.field)});
        options.append(
            {u"no-"_s + each.option, tr("task create, clone: set %1 to false.").arg(each.field)});
    }
    options.append(
        {u"no-cdn"_s, tr("task create, clone: sync from the bucket itself, not through a CDN.")});
    options.append(
        {u"remember"_s, tr("task create, clone: keep the keys in the keychain for the new task.")});
    return options;
}

ApiError TaskCreateCommand::check(const QCommandLineParser& parser,
                                  const QStringList& arguments) const
{
    for (const SwitchOption& each : switchOptions()) {
        if (parser.isSet(each.option) && parser.isSet(u"no-"_s + each.option)) {
            return ApiError::validation(
                u"--"_s + each.option,
                tr("--%1 and --no-%1 contradict each other.").arg(each.option));
        }
    }
    if (parser.isSet(u"no-cdn"_s)) {
        for (const QString& option : {u"cdn-domain"_s, u"cdn-protocol"_s, u"cdn-auth-type"_s}) {
            if (parser.isSet(option)) {
                return ApiError::validation(
                    u"--no-cdn"_s, tr("--no-cdn and --%1 contradict each other.").arg(option));
            }
        }
    }
    if (m_verb == Verb::Clone) {
        if (const ApiError error = InputRules::checkTaskId(arguments.value(0)); error.isError()) {
            return error;
        }
    }
    ApiError error;
    TaskCommand::environmentStartKeys(&error);
    return error;
}

TaskCreateCommand::FieldOptions TaskCreateCommand::fieldOptions(const QCommandLineParser& parser)
{
    FieldOptions given;
    for (const TextOption& text : textOptions()) {
        if (parser.isSet(text.option)) {
            given.insert(text.option, parser.value(text.option));
        }
    }
    for (const SwitchOption& each : switchOptions()) {
        for (const QString& name : {each.option, QString(u"no-"_s + each.option)}) {
            if (parser.isSet(name)) {
                given.insert(name, {});
            }
        }
    }
    if (parser.isSet(u"no-cdn"_s)) {
        given.insert(u"no-cdn"_s, {});
    }
    return given;
}

ApiError TaskCreateCommand::applyOptions(const FieldOptions& given, SyncTaskSpec& spec)
{
    QString* const targets[] = {
        &spec.sourceCloud,       &spec.sourceRegion, &spec.sourceBucket, &spec.destinationRegion,
        &spec.destinationBucket, &spec.description,  &spec.appId,        &spec.storageClass,
        &spec.consistencyCheck,
    };
    for (qsizetype i = 0; i < qsizetype(std::size(targets)); ++i) {
        if (given.contains(textOptions()[i].option)) {
            *targets[i] = given.value(textOptions()[i].option);
        }
    }
    for (const SwitchOption& each : switchOptions()) {
        if (given.contains(each.option) || given.contains(u"no-"_s + each.option)) {
            spec.*each.member = given.contains(each.option);
        }
    }
    if (given.contains(u"no-cdn"_s)) {
        spec.cdn.reset();
    }
    const QString cdnOptions[] = {u"cdn-domain"_s, u"cdn-protocol"_s, u"cdn-auth-type"_s};
    if (std::any_of(std::begin(cdnOptions), std::end(cdnOptions),
                    [&given](const QString& option) { return given.contains(option); })) {
        SourceCdn cdn = spec.cdn.value_or(SourceCdn {{}, u"https"_s, u"NONE"_s});
        cdn.domain = given.value(cdnOptions[0], cdn.domain);
        cdn.protocol = given.value(cdnOptions[1], cdn.protocol);
        cdn.authenticationType = given.value(cdnOptions[2], cdn.authenticationType);
        spec.cdn = cdn;
    }
    return spec.validate();
}

void TaskCreateCommand::execute(CommandContext& context, const QCommandLineParser& parser,
                                const QStringList& arguments)
{
    ApiError unused;
    const auto environmentKeys = TaskCommand::environmentStartKeys(&unused); // check()ed
    const bool remember = parser.isSet(u"remember"_s);
    const auto profile = context.selectedProfile(parser.value(u"profile"_s));
    if (!profile) {
        context.finish();
        return;
    }
    const auto refuse = [&context](const ApiError& error) {
        context.fail(error);
        context.finish();
    };
    // Sync tasks live in the destination's region, which is the profile's.
    const auto checkRegion = [region = profile->regionId](const SyncTaskSpec& spec) -> ApiError {
        if (spec.destinationRegion != region) {
            return ApiError::validation(
                u"dst_region"_s,
                tr("dst_region must be the profile's region, %1 (it is %2).")
                    .arg(region, spec.destinationRegion));
        }
        return {};
    };

    if (m_verb == Verb::Create) {
        SyncTaskSpec spec;
        if (parser.isSet(u"from"_s)) {
            ApiError error;
            const auto data = readSpecFile(parser.value(u"from"_s), &error);
            QJsonParseError parseError;
            const QJsonDocument document =
                data ? QJsonDocument::fromJson(*data, &parseError) : QJsonDocument();
            if (data && !document.isObject()) {
                error = ApiError::validation(u"--from"_s,
                                             tr("%1 is not a JSON object (%2 at byte %3).")
                                                 .arg(parser.value(u"from"_s),
                                                      parseError.error == QJsonParseError::NoError
                                                          ? tr("another JSON value")
                                                          : parseError.errorString())
                                                 .arg(parseError.offset));
            }
            const auto read =
                error.isError() ? std::nullopt : SyncTaskSpec::fromJson(document.object(), &error);
            if (!read) {
                refuse(error);
                return;
            }
            spec = *read;
        }
        if (spec.destinationRegion.isEmpty() && !parser.isSet(u"dst-region"_s)) {
            spec.destinationRegion = profile->regionId;
        }
        ApiError error = applyOptions(fieldOptions(parser), spec);
        if (!error.isError()) {
            error = checkRegion(spec);
        }
        if (!error.isError() && !environmentKeys) {
            error = ApiError::validation(
                u"OMS_SYNC_SRC_AK"_s,
                tr("A new task needs its keys: set OMS_SYNC_SRC_AK, OMS_SYNC_SRC_SK, "
                   "OMS_SYNC_DST_AK and OMS_SYNC_DST_SK."));
        }
        if (error.isError()) {
            refuse(error);
            return;
        }
        context.withSession(*profile, [this, &context, spec, keys = *environmentKeys, remember] {
            create(context, spec, keys, remember);
        });
        return;
    }

    const QString originalId = arguments.first();
    const QUuid profileId = profile->id;
    const FieldOptions given = fieldOptions(parser);
    context.withSession(
        *profile,
        [this, &context, originalId, profileId, environmentKeys, remember, given, refuse,
         checkRegion] {
            TaskJob* job = context.session()->client()->showTask(originalId);
            QObject::connect(job, &OmsJob::finished, &context, [=, this, &context] {
                if (job->error().isError()) {
                    refuse(job->error());
                    return;
                }
                SyncTaskSpec spec = SyncTaskSpec::fromTask(job->task());
                ApiError error = applyOptions(given, spec);
                if (!error.isError()) {
                    error = checkRegion(spec);
                }
                if (error.isError()) {
                    refuse(error);
                    return;
                }
                if (environmentKeys) {
                    create(context, spec, *environmentKeys, remember);
                    return;
                }
                context.profiles().recallStartKeys(
                    profileId, originalId, &context,
                    [=, this, &context](const std::optional<StartCredentials>& recalled,
                                        const ApiError& keychainError) {
                        if (keychainError.isError()) {
                            refuse(ApiError::keychain(
                                tr("The keys of %1 are in the keychain, and no keychain answers: "
                                   "%2")
                                    .arg(originalId, context.keychainReason(keychainError))));
                        } else if (!recalled) {
                            refuse(ApiError::validation(
                                u"OMS_SYNC_SRC_AK"_s,
                                tr("No keys are remembered for %1: set OMS_SYNC_SRC_AK, "
                                   "OMS_SYNC_SRC_SK, OMS_SYNC_DST_AK and OMS_SYNC_DST_SK.")
                                    .arg(originalId)));
                        } else {
                            // Keys the user chose to keep stay kept for the new task.
                            create(context, spec, *recalled, true);
                        }
                    });
            });
        });
}

void TaskCreateCommand::create(CommandContext& context, SyncTaskSpec spec,
                               const StartCredentials& keys, bool remember)
{
    const QUuid profileId = context.session()->profile().id;
    TaskCreateJob* job = context.session()->client()->createTask(spec, keys);
    QObject::connect(job, &OmsJob::finished, &context, [&context, job, keys, remember, profileId] {
        const auto outcome = job->outcome();
        const bool lost = outcome == TaskCreateJob::Outcome::CreatedAnswerLost
            || outcome == TaskCreateJob::Outcome::NotCreatedAnswerLost;
        if (outcome == TaskCreateJob::Outcome::NotCreated) {
            ApiError error = job->error();
            if (error.field() == u"sync_tasks"_s) {
                // The quota, checked against the list before sending.
                error = ApiError::validation(
                    error.field(),
                    error.message() + u' '
                        + tr("Delete one with oms-sync task delete ID (stop it first)."));
            }
            context.fail(error);
            context.finish();
            return;
        }
        if (outcome == TaskCreateJob::Outcome::NotCreatedAnswerLost
            || outcome == TaskCreateJob::Outcome::Unknown) {
            const bool known = outcome == TaskCreateJob::Outcome::NotCreatedAnswerLost;
            const QString text = known
                ? tr("Not created: the answer was lost and the task list shows no such task; "
                     "safe to retry (%1).")
                      .arg(job->error().message())
                : tr("Whether the task was created is unknown: the answer was lost and the "
                     "task list could not be read (%1). Look with oms-sync task list before "
                     "retrying.")
                      .arg(job->error().message());
            if (context.isJson()) {
                QJsonObject json = job->error().toJson();
                json.insert("error_msg"_L1, text);
                json.insert("result"_L1, known ? u"not_created"_s : u"unknown"_s);
                json.insert("answer_lost"_L1, true);
                context.console().result(QJsonValue(json));
            } else {
                context.console().message(tr("oms-sync: %1").arg(text));
            }
            context.finish(known ? ServiceRefused : Unreachable);
            return;
        }
        const QString id = job->taskId();
        if (context.isJson()) {
            context.console().result(QJsonValue(QJsonObject {
                {"sync_task_id"_L1, id},
                {"result"_L1, u"created"_s},
                {"answer_lost"_L1, lost},
            }));
        } else {
            context.console().result(id);
            if (lost) {
                context.console().message(
                    tr("oms-sync: the answer was lost; the task list shows %1 was created.")
                        .arg(id));
            }
        }
        if (!remember) {
            context.finish();
            return;
        }
        context.profiles().rememberStartKeys(
            profileId, id, keys, &context, [&context, id](const ApiError& error) {
                if (error.isError()) {
                    context.console().message(
                        tr("oms-sync: warning: the keys of %1 were not remembered: %2")
                            .arg(id,
                                 error.kind() == ApiError::Kind::Keychain
                                     ? context.keychainReason(error)
                                     : error.summary()));
                }
                context.finish();
            });
    });
}

} // namespace OmsSync::Cli
