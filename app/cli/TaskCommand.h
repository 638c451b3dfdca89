// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "OmsJob.h"
#include "StartCredentials.h"

#include <memory>
#include <optional>
#include <vector>

namespace OmsSync::Cli {

// oms-sync task list | show | start | stop | delete: the sync tasks of the
// selected profile, several started, stopped or deleted concurrently with one
// sign-in.
class TaskCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OmsSync::Cli::TaskCommand)

public:
    enum class Verb { List, Show, Start, Stop, Delete };

    explicit TaskCommand(Verb verb);

    // One of each verb, in the order --help lists them.
    static std::vector<std::unique_ptr<Command>> all();

    QString description() const override;
    QString details() const override;
    QList<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;
    ApiError check(const QCommandLineParser& parser, const QStringList& arguments) const override;
    void execute(CommandContext& context, const QCommandLineParser& parser,
                 const QStringList& arguments) override;

    // All four start keys from the environment, none, or an error naming
    // the missing ones.
    static std::optional<StartCredentials> environmentStartKeys(ApiError* error);

private:
    void list(CommandContext& context, const QCommandLineParser& parser);
    // Every profile's tasks, listed concurrently, in one table.
    void listAllProfiles(CommandContext& context, std::optional<SyncTaskStatus> status,
                         OutputFormat format);
    void show(CommandContext& context, const QString& id, OutputFormat format);
    void runActions(CommandContext& context, QStringList ids,
                    const std::optional<StartCredentials>& keys, bool remember);
    // Names each task and its buckets and asks on the terminal; deletes only
    // after a yes.
    void confirmDelete(CommandContext& context, const QStringList& ids);

    Verb m_verb;
};

} // namespace OmsSync::Cli
