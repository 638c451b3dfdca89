// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace OmsSync::Cli {

class CommandContext;

// One command of oms-sync, such as "task start": its name, what --help says
// about it, the options that belong to it besides the global ones, how many
// arguments it takes, the checks made before the settings are read or a
// request is sent, and its run. CliApplication only finds the command named
// on the command line and calls it.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(OmsSync::Cli::Command)

public:
    // A positional argument as --help shows it.
    struct Argument
    {
        QString name;
        QString description;
        QString syntax;
    };
    static constexpr qsizetype manyArguments = 1000;

    virtual ~Command();
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    QString group() const { return m_group; }
    // Empty for a command of one word, such as "watch".
    QString verb() const { return m_verb; }
    QString name() const { return m_verb.isEmpty() ? m_group : m_group + u' ' + m_verb; }
    // The words of the command line that name it.
    qsizetype wordCount() const { return m_verb.isEmpty() ? 1 : 2; }
    // "task start ID [ID...]"
    QString synopsis() const;
    qsizetype minArguments() const { return m_minArguments; }
    qsizetype maxArguments() const { return m_maxArguments; }

    // One line, for the overview of a group and for this command's --help.
    virtual QString description() const = 0;
    virtual QList<Argument> arguments() const = 0;
    // More about the command for its --help, after the options (empty: none).
    virtual QString details() const { return {}; }
    // The options of this command alone; the global ones belong to every
    // command.
    virtual QList<QCommandLineOption> options() const { return {}; }
    QStringList optionNames() const;

    // What can be checked before the settings are read or a request is sent.
    // `parser` has parsed the whole command line; `arguments` are the words
    // after the command's name, as many as it takes.
    virtual ApiError check(const QCommandLineParser& parser, const QStringList& arguments) const;
    // Runs the command. It ends the run through `context`, at once or later
    // from the event loop.
    virtual void execute(CommandContext& context, const QCommandLineParser& parser,
                         const QStringList& arguments) = 0;

    // oms-sync GROUP VERB --help
    QString helpText() const;

    // --profile, --json, --verbose and --timeout: accepted anywhere, by
    // every command (--help and --version too).
    static QList<QCommandLineOption> globalOptions();
    static QStringList globalOptionNames();

    // --all-profiles, of the commands that can run on every profile at once.
    static QCommandLineOption allProfilesOption();
    // --all-profiles and --profile together, or nothing wrong.
    static ApiError checkAllProfiles(const QCommandLineParser& parser);

    // How the commands that print a table print it: as one, as CSV or as
    // JSON, where --json is the short form of --format json.
    enum class OutputFormat { Table, Csv, Json };
    // --format table|csv|json, one option for every command that takes it.
    static QCommandLineOption formatOption();
    // What --format and --json ask for (a table when neither is given), or
    // nullopt and an error naming --format: a format it does not know, or
    // --json with another one.
    static std::optional<OutputFormat> outputFormat(const QCommandLineParser& parser,
                                                    ApiError* error);
    // The format of a command line that check() let through.
    static OutputFormat checkedOutputFormat(const QCommandLineParser& parser);

protected:
    Command(QString group, QString verb, qsizetype minArguments, qsizetype maxArguments);

private:
    QString m_group;
    QString m_verb;
    qsizetype m_minArguments;
    qsizetype m_maxArguments;
};

} // namespace OmsSync::Cli
