// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "Command.h"
#include "CommandContext.h"

#include <QCommandLineParser>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace OmsSync::Cli {

// oms-sync: parses the command line, finds the command it names and runs it
// on the event loop; the command ends the application with its exit code.
class CliApplication : public QObject
{
    Q_OBJECT

public:
    explicit CliApplication(QObject* parent = nullptr);
    ~CliApplication() override;

    // Returns the exit code when the command is finished before the event loop
    // is needed (usage errors, --help, local profile commands).
    std::optional<int> start(const QStringList& arguments);

private:
    void setUpOptions();
    // The command named by the first two words, if any.
    Command* find(const QStringList& words) const;
    // oms-sync GROUP --help: the commands of the group and their options.
    QString groupHelp(const QString& group) const;
    // An option set on the command line that belongs to neither the command
    // nor the global ones.
    ApiError checkOptionsFor(const QString& verb, const Command* command) const;
    bool checkArgumentCount(const Command& command, const QStringList& arguments);
    void fail(const ApiError& error);

    std::vector<std::unique_ptr<Command>> m_commands;
    // Knows every option of every command, so that it splits the words the
    // same way whatever the command; the command then says what is its own.
    QCommandLineParser m_parser;
    std::unique_ptr<CommandContext> m_context;
};

} // namespace OmsSync::Cli
