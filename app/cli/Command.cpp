// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

using namespace Qt::StringLiterals;

namespace OmsSync::Cli {

Command::Command(QString group, QString verb, qsizetype minArguments, qsizetype maxArguments)
    : m_group(std::move(group))
    , m_verb(std::move(verb))
    , m_minArguments(minArguments)
    , m_maxArguments(maxArguments)
{ }

Command::~Command() = default;

QString Command::synopsis() const
{
    QStringList words {name()};
    for (const Argument& argument : arguments()) {
        words.append(argument.syntax);
    }
    return words.join(u' ');
}

QStringList Command::optionNames() const
{
    QStringList names;
    for (const QCommandLineOption& option : options()) {
        names.append(option.names());
    }
    return names;
}

ApiError Command::check(const QCommandLineParser&, const QStringList&) const
{
    return {};
}

QString Command::helpText() const
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(globalOptions());
    parser.addOptions(options());
    // The command's words lead the usage line; its description says what it does.
    parser.addPositionalArgument(name(), description(), name());
    for (const Argument& argument : arguments()) {
        parser.addPositionalArgument(argument.name, argument.description, argument.syntax);
    }
    const QString more = details();
    return more.isEmpty() ? parser.helpText() : parser.helpText() + u'\n' + more + u'\n';
}

QList<QCommandLineOption> Command::globalOptions()
{
    // Value names stay apart from the table headers of the same words: --help
    // aligns its columns by characters, so they keep to ASCII in any language.
    return {
        {u"profile"_s, tr("Use the profile NAME (default: the last used, or the only one)."),
         tr("NAME", "option value")},
        {u"json"_s, tr("Print machine-readable JSON.")},
        {u"verbose"_s, tr("Log each request's method, URL, status and time to stderr.")},
        {u"timeout"_s, tr("Give up on a request after SECONDS without progress (default 30)."),
         tr("SECONDS", "option value")},
    };
}

QCommandLineOption Command::allProfilesOption()
{
    return {u"all-profiles"_s, tr("task list, watch: every profile at once, concurrently.")};
}

ApiError Command::checkAllProfiles(const QCommandLineParser& parser)
{
    if (parser.isSet(u"all-profiles"_s) && parser.isSet(u"profile"_s)) {
        return ApiError::validation(u"--all-profiles"_s,
                                    tr("--all-profiles and --profile exclude each other."));
    }
    return {};
}

QStringList Command::globalOptionNames()
{
    QStringList names {u"help"_s, u"h"_s, u"?"_s, u"help-all"_s, u"version"_s, u"v"_s};
    for (const QCommandLineOption& option : globalOptions()) {
        names.append(option.names());
    }
    return names;
}

} // namespace OmsSync::Cli
