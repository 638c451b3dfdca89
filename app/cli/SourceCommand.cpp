// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourceCommand.h"

#include "CommandContext.h"
#include "InputRules.h"
#include "OmsClient.h"
#include "SourceAccess.h"
#include "SyncTaskSpec.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace OmsSync::Cli {

namespace {

QString verbName(SourceCommand::Verb verb)
{
    switch (verb) {
    case SourceCommand::Verb::Clouds:
        return u"clouds"_s;
    case SourceCommand::Verb::Regions:
        return u"regions"_s;
    case SourceCommand::Verb::Buckets:
        return u"buckets"_s;
    }
    return {};
}

// The keys of one run, shared by its calls and wiped after the last.
struct HeldAccess
{
    SourceAccess access;

    ~HeldAccess() { access.wipe(); }
};

ApiError checkCloud(const QCommandLineParser& parser, bool required)
{
    const QString cloud = parser.value(u"cloud"_s);
    if (cloud.isEmpty() && required) {
        return ApiError::validation(u"--cloud"_s,
                                    SourceCommand::tr("Name the cloud with --cloud, one of %1.")
                                        .arg(SyncTaskSpec::sourceClouds().join(u", "_s)));
    }
    if (!cloud.isEmpty() && !SyncTaskSpec::sourceClouds().contains(cloud)) {
        return ApiError::validation(u"--cloud"_s,
                                    SourceCommand::tr("--cloud must be one of %1, not “%2”.")
                                        .arg(SyncTaskSpec::sourceClouds().join(u", "_s), cloud));
    }
    return {};
}

// The keys of --cloud from the environment and --app-id; nullopt with the
// error, named as the user gives the value, when they cannot be sent.
std::optional<SourceAccess> sourceAccess(const QCommandLineParser& parser, ApiError* error)
{
    const bool noAk = qEnvironmentVariableIsEmpty("OMS_SYNC_SRC_AK");
    const bool noSk = qEnvironmentVariableIsEmpty("OMS_SYNC_SRC_SK");
    if (noAk || noSk) {
        *error = ApiError::validation(
            noAk ? u"OMS_SYNC_SRC_AK"_s : u"OMS_SYNC_SRC_SK"_s,
            noAk && noSk ? SourceCommand::tr("The buckets are those the cloud's keys open: set "
                                             "OMS_SYNC_SRC_AK and OMS_SYNC_SRC_SK.")
                         : SourceCommand::tr("Set both keys; missing: %1.")
                               .arg(noAk ? u"OMS_SYNC_SRC_AK"_s : u"OMS_SYNC_SRC_SK"_s));
        return std::nullopt;
    }
    SourceAccess access {parser.value(u"cloud"_s),
                         qEnvironmentVariable("OMS_SYNC_SRC_AK"),
                         qEnvironmentVariable("OMS_SYNC_SRC_SK"),
                         parser.value(u"app-id"_s),
                         {}};
    const ApiError invalid = access.validate();
    if (!invalid.isError()) {
        return access;
    }
    access.wipe();
    // The rule's words, and where the value came from.
    const QString field = invalid.field();
    if (field == u"ak"_s || field == u"sk"_s) {
        const QString variable = field == u"ak"_s ? u"OMS_SYNC_SRC_AK"_s : u"OMS_SYNC_SRC_SK"_s;
        *error = ApiError::validation(variable,
                                      SourceCommand::tr("%1: %2").arg(variable, invalid.message()));
    } else if (field == u"app_id"_s && parser.value(u"app-id"_s).isEmpty()) {
        *error = ApiError::validation(u"--app-id"_s,
                                      SourceCommand::tr("Tencent needs its APPID: add --app-id."));
    } else {
        const QString option = field == u"app_id"_s ? u"--app-id"_s : u"--cloud"_s;
        *error = ApiError::validation(option,
                                      SourceCommand::tr("%1: %2").arg(option, invalid.message()));
    }
    return std::nullopt;
}

// Ends the run with the job's error when it failed; true when it did.
bool failed(CommandContext& context, const OmsJob* job)
{
    if (!job->error().isError()) {
        return false;
    }
    context.fail(job->error());
    context.finish();
    return true;
}

void printNames(CommandContext& context, const QStringList& names)
{
    if (context.isJson()) {
        context.console().result(QJsonValue(QJsonArray::fromStringList(names)));
    } else if (!names.isEmpty()) {
        context.console().result(names.join(u'\n'));
    }
}

void listClouds(CommandContext& context)
{
    ObjectStorageJob* job = context.session()->client()->listSourceClouds();
    QObject::connect(job, &OmsJob::finished, &context, [&context, job] {
        if (!failed(context, job)) {
            printNames(context, job->names());
            context.finish();
        }
    });
}

void listRegions(CommandContext& context, const QString& cloud)
{
    ObjectStorageJob* job = context.session()->client()->listSourceRegions();
    QObject::connect(job, &OmsJob::finished, &context, [&context, job, cloud] {
        if (failed(context, job)) {
            return;
        }
        QJsonArray array;
        TextTable table({SourceCommand::tr("CLOUD"), SourceCommand::tr("REGION"),
                         SourceCommand::tr("DESCRIPTION")});
        for (const SourceRegionInfo& region : job->regions()) {
            if (!cloud.isEmpty() && region.cloud != cloud) {
                continue;
            }
            array.append(QJsonObject {{"cloud_type"_L1, region.cloud},
                                      {"value"_L1, region.value},
                                      {"description"_L1, region.description}});
            table.addRow({region.cloud, region.value, region.description});
        }
        if (context.isJson()) {
            context.console().result(QJsonValue(array));
        } else {
            context.console().result(table.render());
        }
        context.finish();
    });
}

// The buckets of `names` in `region`, each located concurrently; in the
// order of `names` whichever answers first.
void keepBucketsIn(CommandContext& context, const std::shared_ptr<HeldAccess>& keys,
                   const QStringList& names, const QString& region)
{
    struct Search
    {
        QStringList names;
        QList<BucketLocation> locations;
        QList<ApiError> errors;
        qsizetype pending = 0;
    };
    auto search = std::make_shared<Search>();
    search->names = names;
    search->locations.resize(names.size());
    search->errors.resize(names.size());
    search->pending = names.size();
    const auto done = [&context, search, region] {
        if (--search->pending > 0) {
            return;
        }
        // A bucket not located might be in the region: a partial list would mislead.
        for (const ApiError& error : std::as_const(search->errors)) {
            if (error.isError()) {
                context.fail(error);
                context.finish();
                return;
            }
        }
        QStringList kept;
        QJsonArray array;
        for (qsizetype i = 0; i < search->names.size(); ++i) {
            if (search->locations.at(i).id == region) {
                kept.append(search->names.at(i));
                array.append(QJsonObject {{"name"_L1, search->names.at(i)},
                                          {"region"_L1, search->locations.at(i).id}});
            }
        }
        if (context.isJson()) {
            context.console().result(QJsonValue(array));
        } else if (!kept.isEmpty()) {
            context.console().result(kept.join(u'\n'));
        }
        context.finish();
    };
    for (qsizetype i = 0; i < names.size(); ++i) {
        ObjectStorageJob* job =
            context.session()->client()->locateBucket(keys->access, names.at(i));
        // The keys stay until the last call is done with them.
        QObject::connect(job, &OmsJob::finished, &context, [job, i, search, keys, done] {
            search->errors[i] = job->error();
            search->locations[i] = job->location();
            done();
        });
    }
}

void listBuckets(CommandContext& context, const std::shared_ptr<HeldAccess>& keys,
                 const QString& region)
{
    ObjectStorageJob* job = context.session()->client()->listBuckets(keys->access);
    QObject::connect(job, &OmsJob::finished, &context, [&context, job, keys, region] {
        if (failed(context, job)) {
            return;
        }
        if (region.isEmpty() || job->names().isEmpty()) {
            printNames(context, job->names());
            context.finish();
            return;
        }
        keepBucketsIn(context, keys, job->names(), region);
    });
}

} // namespace

SourceCommand::SourceCommand(Verb verb)
    : Command(u"source"_s, verbName(verb), 0, 0)
    , m_verb(verb)
{ }

std::vector<std::unique_ptr<Command>> SourceCommand::all()
{
    std::vector<std::unique_ptr<Command>> commands;
    for (Verb verb : {Verb::Clouds, Verb::Regions, Verb::Buckets}) {
        commands.push_back(std::make_unique<SourceCommand>(verb));
    }
    return commands;
}

QString SourceCommand::description() const
{
    switch (m_verb) {
    case Verb::Clouds:
        return tr("List the clouds OMS can sync from.");
    case Verb::Regions:
        return tr("List the regions of the source clouds (what --src-region takes).");
    case Verb::Buckets:
        return tr("List the buckets that the keys of a source cloud open.");
    }
    return {};
}

QString SourceCommand::details() const
{
    if (m_verb != Verb::Buckets) {
        return {};
    }
    return tr("The keys never come from an argument: OMS_SYNC_SRC_AK and OMS_SYNC_SRC_SK\n"
              "(for Azure, the storage account's name and key). Tencent needs its APPID\n"
              "too, with --app-id. OMS checks the keys with the cloud; a refusal is\n"
              "exit 4.\n\n"
              "With --region, each bucket's region is asked for, concurrently, and only\n"
              "the buckets in REGION are listed; with --json, as objects with their\n"
              "\"name\" and \"region\". Without it, --json prints an array of names.");
}

QList<Command::Argument> SourceCommand::arguments() const
{
    return {};
}

QList<QCommandLineOption> SourceCommand::options() const
{
    const QCommandLineOption cloud {
        u"cloud"_s, tr("source regions, buckets: the cloud, e.g. Aliyun (see source clouds)."),
        tr("NAME", "option value")};
    switch (m_verb) {
    case Verb::Clouds:
        return {};
    case Verb::Regions:
        return {cloud};
    case Verb::Buckets:
        break;
    }
    return {cloud,
            {u"region"_s, tr("source buckets: only the buckets in this region of the cloud."),
             tr("REGION", "option value")},
            {u"app-id"_s, tr("source buckets: Tencent's APPID."), tr("APPID", "option value")}};
}

ApiError SourceCommand::check(const QCommandLineParser& parser, const QStringList&) const
{
    if (m_verb == Verb::Clouds) {
        return {};
    }
    if (const ApiError error = checkCloud(parser, m_verb == Verb::Buckets); error.isError()) {
        return error;
    }
    if (m_verb == Verb::Regions) {
        return {};
    }
    if (parser.isSet(u"region"_s)) {
        if (const ApiError error = InputRules::checkText(u"--region"_s, parser.value(u"region"_s),
                                                         1, SyncTaskSpec::maxRegionLength);
            error.isError()) {
            return error;
        }
    }
    ApiError error;
    if (auto access = sourceAccess(parser, &error)) {
        access->wipe();
    }
    return error;
}

void SourceCommand::execute(CommandContext& context, const QCommandLineParser& parser,
                            const QStringList&)
{
    const auto profile = context.selectedProfile(parser.value(u"profile"_s));
    if (!profile) {
        context.finish();
        return;
    }
    switch (m_verb) {
    case Verb::Clouds:
        context.withSession(*profile, [&context] { listClouds(context); });
        return;
    case Verb::Regions:
        context.withSession(*profile, [&context, cloud = parser.value(u"cloud"_s)] {
            listRegions(context, cloud);
        });
        return;
    case Verb::Buckets:
        break;
    }
    ApiError unused;
    auto access = sourceAccess(parser, &unused); // check()ed
    auto keys = std::make_shared<HeldAccess>();
    keys->access = std::move(*access);
    context.withSession(*profile, [&context, keys, region = parser.value(u"region"_s)] {
        listBuckets(context, keys, region);
    });
}

} // namespace OmsSync::Cli
