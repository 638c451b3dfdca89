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

QCommandLineOption Command::formatOption()
{
    return {u"format"_s,
            tr("task list, show, stats: print a table, csv or json (default table; --json is "
               "--format json)."),
            tr("FORMAT", "option value")};
}

std::optional<Command::OutputFormat> Command::outputFormat(const QCommandLineParser& parser,
                                                           ApiError* error)
{
    const bool json = parser.isSet(u"json"_s);
    if (!parser.isSet(u"format"_s)) {
        return json ? OutputFormat::Json : OutputFormat::Table;
    }
    const QString name = parser.value(u"format"_s).toLower();
    std::optional<OutputFormat> format;
    if (name == u"table"_s) {
        format = OutputFormat::Table;
    } else if (name == u"csv"_s) {
        format = OutputFormat::Csv;
    } else if (name == u"json"_s) {
        format = OutputFormat::Json;
    } else {
        *error = ApiError::validation(u"--format"_s,
                                      tr("--format must be table, csv or json; \"%1\" is none of "
                                         "them.")
                                          .arg(parser.value(u"format"_s)));
        return std::nullopt;
    }
    if (json && format != OutputFormat::Json) {
        *error = ApiError::validation(
            u"--format"_s,
            tr("--json asks for --format json; it cannot be --format %1 as well.").arg(name));
        return std::nullopt;
    }
    return format;
}

Command::OutputFormat Command::checkedOutputFormat(const QCommandLineParser& parser)
{
    ApiError unused;
    return outputFormat(parser, &unused).value_or(OutputFormat::Table);
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
