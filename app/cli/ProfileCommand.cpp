// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileCommand.h"

#include "CommandContext.h"
#include "OmsClient.h"
#include "Region.h"
#include "StartCredentials.h"
#include "TextTable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace OmsSync::Cli {

namespace {

QString verbName(ProfileCommand::Verb verb)
{
    switch (verb) {
    case ProfileCommand::Verb::Add:
        return u"add"_s;
    case ProfileCommand::Verb::List:
        return u"list"_s;
    case ProfileCommand::Verb::Show:
        return u"show"_s;
    case ProfileCommand::Verb::Remove:
        return u"remove"_s;
    case ProfileCommand::Verb::Test:
        return u"test"_s;
    case ProfileCommand::Verb::Export:
        return u"export"_s;
    case ProfileCommand::Verb::Import:
        return u"import"_s;
    }
    return {};
}

std::pair<qsizetype, qsizetype> argumentRange(ProfileCommand::Verb verb)
{
    switch (verb) {
    case ProfileCommand::Verb::List:
        return {0, 0};
    case ProfileCommand::Verb::Export:
        return {0, 1};
    default:
        return {1, 1};
    }
}

} // namespace

ProfileCommand::ProfileCommand(Verb verb)
    : Command(u"profile"_s, verbName(verb), argumentRange(verb).first, argumentRange(verb).second)
    , m_verb(verb)
{ }

std::vector<std::unique_ptr<Command>> ProfileCommand::all()
{
    std::vector<std::unique_ptr<Command>> commands;
    for (Verb verb : {Verb::Add, Verb::List, Verb::Show, Verb::Remove, Verb::Test, Verb::Export,
                      Verb::Import}) {
        commands.push_back(std::make_unique<ProfileCommand>(verb));
    }
    return commands;
}

QString ProfileCommand::description() const
{
    switch (m_verb) {
    case Verb::Add:
        return tr("Save a region profile; its secret comes from --secret-stdin or the "
                  "environment.");
    case Verb::List:
        return tr("List the profiles; * marks the one used last.");
    case Verb::Show:
        return tr("Show a profile and the endpoints it uses.");
    case Verb::Remove:
        return tr("Remove a profile and every secret kept for it.");
    case Verb::Test:
        return tr("Sign in with a profile and list its tasks.");
    case Verb::Export:
        return tr("Write the profiles as JSON, never with a secret.");
    case Verb::Import:
        return tr("Add the profiles of an export under new ids.");
    }
    return {};
}

QList<Command::Argument> ProfileCommand::arguments() const
{
    const Argument name {tr("NAME", "option value"), tr("The profile's name."),
                         tr("NAME", "option value")};
    switch (m_verb) {
    case Verb::List:
        return {};
    case Verb::Export:
        return {{u"FILE"_s, tr("Where to write; standard output when it is - or missing."),
                 u"[FILE]"_s}};
    case Verb::Import:
        return {{u"FILE"_s, tr("A file written by profile export."), u"FILE"_s}};
    default:
        return {name};
    }
}

QList<QCommandLineOption> ProfileCommand::options() const
{
    if (m_verb != Verb::Add) {
        return {};
    }
    return {
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
    };
}

ApiError ProfileCommand::check(const QCommandLineParser& parser, const QStringList&) const
{
    if (m_verb != Verb::Add) {
        return {};
    }
    const QString auth = parser.value(u"auth"_s);
    if (!authMethodFromName(auth.isEmpty() ? u"password"_s : auth)) {
        return ApiError::validation(u"--auth"_s, tr("--auth must be password, token or aksk."));
    }
    const QString caFile = parser.value(u"ca-file"_s);
    if (!caFile.isEmpty() && !QFile::exists(caFile)) {
        return ApiError::validation(u"--ca-file"_s,
                                    tr("The CA file %1 does not exist.").arg(caFile));
    }
    return {};
}

void ProfileCommand::execute(CommandContext& context, const QCommandLineParser& parser,
                             const QStringList& arguments)
{
    switch (m_verb) {
    case Verb::Add:
        add(context, parser, arguments.first());
        return;
    case Verb::List:
        list(context);
        return;
    case Verb::Show:
        show(context, arguments.first());
        return;
    case Verb::Remove:
        remove(context, arguments.first());
        return;
    case Verb::Test:
        test(context, arguments.first());
        return;
    case Verb::Export:
        exportProfiles(context, arguments.value(0));
        return;
    case Verb::Import:
        importProfiles(context, arguments.first());
        return;
    }
}

void ProfileCommand::add(CommandContext& context, const QCommandLineParser& parser,
                         const QString& name)
{
    Profile profile;
    profile.name = name;
    profile.regionId = parser.value(u"region"_s);
    profile.projectId = parser.value(u"project-id"_s);
    const QString auth = parser.value(u"auth"_s);
    profile.authMethod = authMethodFromName(auth.isEmpty() ? u"password"_s : auth)
                             .value_or(AuthMethod::Password); // check() refused others
    profile.userName = parser.value(u"user"_s);
    profile.accountName = parser.value(u"account"_s);
    profile.accessKeyId = parser.value(u"ak"_s);
    profile.omsEndpoint = QUrl(parser.value(u"oms-endpoint"_s), QUrl::StrictMode);
    profile.iamEndpoint = QUrl(parser.value(u"iam-endpoint"_s), QUrl::StrictMode);
    profile.caFile = parser.value(u"ca-file"_s);
    profile.proxy = QUrl(parser.value(u"proxy"_s), QUrl::StrictMode);
    if (!profile.regionId.isEmpty() && !Region::find(profile.regionId)
        && profile.omsEndpoint.isEmpty()) {
        context.console().message(tr("oms-sync: warning: region %1 is not in the region table; "
                                     "its endpoints are guessed from the documented pattern.")
                                      .arg(profile.regionId));
    }

    QString secret;
    if (parser.isSet(u"secret-stdin"_s)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            context.fail(
                ApiError::validation(u"--secret-stdin"_s, tr("Standard input cannot be read.")));
            context.finish();
            return;
        }
        QByteArray line = in.readLine(64 * 1024);
        while (line.endsWith('\n') || line.endsWith('\r')) {
            line.chop(1);
        }
        secret = QString::fromUtf8(line);
        wipeBytes(line);
        if (secret.isEmpty()) {
            context.fail(
                ApiError::validation(u"--secret-stdin"_s, tr("Standard input held no secret.")));
            context.finish();
            return;
        }
    }

    ProfileService& profiles = context.profiles();
    // The keychain answers later, also when there was nothing to write; the
    // profile has its id by then.
    auto saved = std::make_shared<Profile>();
    const ApiError error = profiles.saveProfile(
        profile, secret, &context, [&context, saved](const ApiError& keychain) {
            if (context.isJson()) {
                context.console().result(QJsonValue(saved->toJson()));
            } else {
                context.console().result(tr("Profile \"%1\" added.").arg(saved->name));
            }
            if (keychain.isError()) {
                context.fail(ApiError::keychain(
                    tr("Profile \"%1\" was saved without its secret: no keychain answers (%2). "
                       "Set OMS_SYNC_PASSWORD, OMS_SYNC_TOKEN or OMS_SYNC_SK when you use it.")
                        .arg(saved->name, context.keychainReason(keychain))));
            }
            context.finish();
        });
    wipeString(secret);
    if (error.isError()) {
        context.fail(error);
        context.finish();
        return;
    }
    *saved = profile;
    if (profiles.profiles().size() == 1) {
        if (const ApiError selected = profiles.setLastSelected(profile.id); selected.isError()) {
            context.warn(selected.summary());
        }
    }
}

void ProfileCommand::list(CommandContext& context)
{
    const QList<Profile> profiles = context.profiles().profiles();
    if (context.isJson()) {
        QJsonArray array;
        for (const Profile& profile : profiles) {
            array.append(profile.toJson());
        }
        context.console().result(QJsonValue(array));
        context.finish();
        return;
    }
    TextTable table({tr("NAME"), tr("REGION"), tr("PROJECT"), tr("SIGN-IN")});
    const QUuid last = context.profiles().lastSelected();
    for (const Profile& profile : profiles) {
        table.addRow({(profile.id == last ? u"* "_s : u"  "_s) + profile.name, profile.regionId,
                      profile.projectId.isEmpty() ? tr("(from region)") : profile.projectId,
                      authMethodName(profile.authMethod)});
    }
    context.console().result(table.render());
    context.finish();
}

void ProfileCommand::show(CommandContext& context, const QString& name)
{
    const auto profile = context.selectedProfile(name);
    if (!profile) {
        context.finish();
        return;
    }
    if (context.isJson()) {
        context.console().result(QJsonValue(profile->toJson()));
        context.finish();
        return;
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
    context.console().result(table.render());
    context.finish();
}

void ProfileCommand::remove(CommandContext& context, const QString& name)
{
    const auto profile = context.selectedProfile(name);
    if (!profile) {
        context.finish();
        return;
    }
    context.profiles().removeProfile(
        profile->id, &context, [&context, name = profile->name](const ApiError& error) {
            if (error.isError() && error.kind() != ApiError::Kind::Keychain) {
                // Still in the settings, secrets and all.
                context.fail(error);
                context.finish();
                return;
            }
            if (error.isError()) {
                context.console().message(tr("oms-sync: warning: the keychain did not answer; "
                                             "secrets of \"%1\" may remain there (%2).")
                                              .arg(name, context.keychainReason(error)));
            }
            if (!context.isJson()) {
                context.console().result(tr("Profile \"%1\" removed.").arg(name));
            }
            context.finish();
        });
}

void ProfileCommand::test(CommandContext& context, const QString& name)
{
    const auto profile = context.selectedProfile(name);
    if (!profile) {
        context.finish();
        return;
    }
    context.withSession(*profile, [&context] {
        TaskListJob* job = context.session()->client()->listTasks();
        QObject::connect(job, &OmsJob::finished, &context, [&context, job] {
            if (job->error().isError()) {
                context.fail(job->error());
            } else if (context.isJson()) {
                context.console().result(QJsonValue(QJsonObject {
                    {"ok"_L1, true},
                    {"project_id"_L1, context.session()->client()->projectId()},
                    {"tasks"_L1, job->tasks().size()},
                }));
            } else {
                context.console().result(tr("Signed in to project %1 and listed %n task(s).",
                                            nullptr, int(job->tasks().size()))
                                             .arg(context.session()->client()->projectId()));
            }
            context.finish();
        });
    });
}

void ProfileCommand::exportProfiles(CommandContext& context, const QString& file)
{
    if (file.isEmpty() || file == u"-") {
        const QByteArray json = context.profiles().exportJson();
        QFile out;
        if (out.open(stdout, QIODevice::WriteOnly)) {
            out.write(json);
        }
        context.finish();
        return;
    }
    if (const ApiError error = context.profiles().exportToFile(file); error.isError()) {
        context.fail(error);
        context.finish();
        return;
    }
    if (!context.isJson()) {
        context.console().result(tr("Profiles exported to %1 (without secrets).").arg(file));
    }
    context.finish();
}

void ProfileCommand::importProfiles(CommandContext& context, const QString& file)
{
    int added = 0;
    QStringList problems;
    const ApiError error = context.profiles().importFromFile(file, &added, &problems);
    if (!problems.isEmpty()) {
        context.warn(problems.join(u'\n'));
    }
    // Not read, not an export, or the settings could not take the profiles.
    if (error.isError()) {
        context.fail(error);
        context.finish();
        return;
    }
    if (added == 0 && !problems.isEmpty()) {
        context.fail(
            ApiError::validation(u"file"_s, tr("No profile could be imported from %1.").arg(file)));
        context.finish();
        return;
    }
    if (context.isJson()) {
        context.console().result(QJsonValue(QJsonObject {{"imported"_L1, added}}));
    } else {
        context.console().result(tr("Imported %n profile(s); their secrets are set with profile "
                                    "add or the environment.",
                                    nullptr, added));
    }
    context.finish();
}

} // namespace OmsSync::Cli
