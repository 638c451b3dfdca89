// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApplication.h"

#include "ExitCode.h"
#include "ProfileCommand.h"
#include "SourceCommand.h"
#include "StatsCommand.h"
#include "SyncObjectsCommand.h"
#include "TaskCommand.h"
#include "TaskCreateCommand.h"
#include "WatchCommand.h"

#include <QLoggingCategory>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace OmsSync::Cli {

CliApplication::CliApplication(QObject* parent)
    : QObject(parent)
{
    for (auto* all : {&ProfileCommand::all, &TaskCommand::all}) {
        for (auto& command : all()) {
            m_commands.push_back(std::move(command));
        }
    }
    m_commands.push_back(std::make_unique<TaskCreateCommand>(TaskCreateCommand::Verb::Create));
    m_commands.push_back(std::make_unique<TaskCreateCommand>(TaskCreateCommand::Verb::Clone));
    m_commands.push_back(std::make_unique<SyncObjectsCommand>());
    m_commands.push_back(std::make_unique<StatsCommand>());
    m_commands.push_back(std::make_unique<WatchCommand>());
    for (auto& command : SourceCommand::all()) {
        m_commands.push_back(std::move(command));
    }
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
           "by the service, 5 network, timeout or service failure, 6 no keychain, 7 the\n"
           "settings file could not be locked, read or written.")
        + u"\n\n"_s
        // Apart from the text above, whose translations stay valid.
        + tr("Watching, and every profile at once:\n"
             "  task list --all-profiles                 the tasks of every profile\n"
             "  watch [--all-profiles] [--interval SECONDS] [--initial]\n"
             "        [--failure-threshold N]            a line per change until stopped")
        + u"\n\n"_s
        + tr("A task's whole life:\n"
             "  task create [--from FILE] [options]      a new task; prints its id\n"
             "  task clone ID [options]                  a new task like ID\n"
             "  task delete ID [ID...] [--yes]           after a confirmation\n"
             "  task sync-objects ID [KEY...] [--from-file FILE]\n"
             "                                           sync chosen objects now")
        + u"\n\n"_s
        + tr("A task's figures over time, and tables for other programs:\n"
             "  task stats ID [--range 24h|7d|30d | --from TIME [--to TIME]]\n"
             "        [--type TYPE,...]                  requests, successes, failures, skips\n"
             "                                           and bytes every five minutes or hour\n"
             "  task list | show ID | stats ID --format table|csv|json")
        + u"\n\n"_s
        + tr("What a new task can sync from:\n"
             "  source clouds                            the clouds OMS syncs from\n"
             "  source regions [--cloud NAME]            their regions, for --src-region\n"
             "  source buckets --cloud NAME [--region REGION] [--app-id APPID]\n"
             "                                           the buckets OMS_SYNC_SRC_AK/SK open")
        + u"\n\n"_s
        + tr("oms-sync GROUP --help and oms-sync GROUP COMMAND --help describe a command."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions(Command::globalOptions());
    QStringList known = Command::globalOptionNames();
    for (const auto& command : m_commands) {
        for (const QCommandLineOption& option : command->options()) {
            // Commands may share an option, registered once.
            if (!known.contains(option.names().first())) {
                known.append(option.names());
                m_parser.addOption(option);
            }
        }
    }
}

Command* CliApplication::find(const QStringList& words) const
{
    const auto found = std::find_if(m_commands.begin(), m_commands.end(), [&](const auto& command) {
        return command->group() == words.value(0)
            && (command->verb().isEmpty() || command->verb() == words.value(1));
    });
    return found == m_commands.end() ? nullptr : found->get();
}

QString CliApplication::groupHelp(const QString& group) const
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(Command::globalOptions());
    QStringList lines;
    QList<QCommandLineOption> options;
    qsizetype width = 0;
    for (const auto& command : m_commands) {
        if (command->group() == group) {
            width = std::max(width, command->synopsis().size());
        }
    }
    for (const auto& command : m_commands) {
        if (command->group() != group) {
            continue;
        }
        lines.append(u"  "_s + command->synopsis().leftJustified(width + 2)
                     + command->description());
        for (const QCommandLineOption& option : command->options()) {
            const auto known = std::find_if(options.begin(), options.end(), [&](const auto& each) {
                return each.names() == option.names();
            });
            if (known == options.end()) {
                options.append(option);
            } else if (known->description() != option.description()) {
                // Two commands that mean different things by one name (task
                // create --from FILE, task stats --from TIME): both are said.
                known->setDescription(known->description() + u' ' + option.description());
                if (known->valueName() != option.valueName()) {
                    known->setValueName(known->valueName() + u'|' + option.valueName());
                }
            }
        }
    }
    parser.addOptions(options);
    parser.setApplicationDescription(tr("Commands:") + u'\n' + lines.join(u'\n'));
    const QString placeholder = tr("COMMAND", "option value");
    parser.addPositionalArgument(placeholder, tr("One of the commands above."),
                                 group + u' ' + placeholder);
    return parser.helpText();
}

std::optional<int> CliApplication::start(const QStringList& arguments)
{
    if (!m_parser.parse(arguments)) {
        Console(false).message(tr("oms-sync: %1").arg(m_parser.errorText()));
        return UsageError;
    }
    const QStringList words = m_parser.positionalArguments();
    Command* command = find(words);
    if (m_parser.isSet(u"help"_s)) {
        const bool isGroup =
            std::any_of(m_commands.begin(), m_commands.end(),
                        [&](const auto& each) { return each->group() == words.value(0); });
        if (command || isGroup) {
            QTextStream(stdout) << (command ? command->helpText() : groupHelp(words.first()));
            return Success;
        }
        m_parser.showHelp(Success);
    }
    if (m_parser.isSet(u"version"_s)) {
        m_parser.showVersion();
    }
    // --format json is --json: failures are JSON too. A wrong format is the
    // command's to report, in JSON when --json was given all the same.
    ApiError unused;
    m_context = std::make_unique<CommandContext>(m_parser.isSet(u"json"_s)
                                                 || Command::outputFormat(m_parser, &unused)
                                                     == Command::OutputFormat::Json);
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
            return m_context->exitCode();
        }
        CallPolicy policy;
        policy.timeout = std::chrono::milliseconds(qRound64(seconds * 1000));
        m_context->setPolicy(policy);
    }

    if (words.isEmpty()) {
        fail(ApiError::validation(u"command"_s, tr("No command given; see oms-sync --help.")));
        return m_context->exitCode();
    }
    if (const ApiError error =
            checkOptionsFor(command ? command->name() : words.mid(0, 2).join(u' '), command);
        error.isError()) {
        fail(error);
        return m_context->exitCode();
    }

    for (const QString& problem : m_context->profiles().settingsProblems()) {
        m_context->warn(problem);
    }
    if (!command) {
        fail(ApiError::validation(
            u"command"_s,
            tr("Unknown command \"%1\"; see oms-sync --help.").arg(words.join(u' '))));
        return m_context->exitCode();
    }
    const QStringList rest = words.mid(command->wordCount());
    if (!checkArgumentCount(*command, rest)) {
        return m_context->exitCode();
    }
    if (const ApiError error = command->check(m_parser, rest); error.isError()) {
        fail(error);
        return m_context->exitCode();
    }
    command->execute(*m_context, m_parser, rest);
    if (m_context->isFinished()) {
        return m_context->exitCode();
    }
    return std::nullopt;
}

ApiError CliApplication::checkOptionsFor(const QString& verb, const Command* command) const
{
    const QStringList global = Command::globalOptionNames();
    const QStringList own = command ? command->optionNames() : QStringList();
    // In the order the commands declare them, so that the same line always
    // names the same option.
    for (const auto& each : m_commands) {
        for (const QString& option : each->optionNames()) {
            if (m_parser.isSet(option) && !global.contains(option) && !own.contains(option)) {
                return ApiError::validation(
                    u"--"_s + option, tr("--%1 does not belong to \"%2\".").arg(option, verb));
            }
        }
    }
    return {};
}

bool CliApplication::checkArgumentCount(const Command& command, const QStringList& arguments)
{
    const qsizetype min = command.minArguments();
    const qsizetype max = command.maxArguments();
    if (arguments.size() >= min && arguments.size() <= max) {
        return true;
    }
    if (command.verb().isEmpty()) {
        fail(ApiError::validation(
            u"command"_s,
            (min == max
                 ? tr("\"%1\" takes %n argument(s); see oms-sync --help.", nullptr, int(min))
                 : tr("\"%1\" takes %n or more arguments; see oms-sync --help.", nullptr, int(min)))
                .arg(command.name())));
        return false;
    }
    fail(ApiError::validation(
        u"command"_s,
        (min == max
             ? tr("\"%1 %2\" takes %n argument(s); see oms-sync --help.", nullptr, int(min))
             : tr("\"%1 %2\" takes %n or more arguments; see oms-sync --help.", nullptr, int(min)))
            .arg(command.group(), command.verb())));
    return false;
}

void CliApplication::fail(const ApiError& error)
{
    m_context->fail(error);
}

} // namespace OmsSync::Cli
