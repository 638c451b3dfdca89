// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace OmsSync::Cli {

// oms-sync source clouds | regions | buckets: what a new task can sync from,
// as OMS's helpers tell it. The keys of `buckets` come from the environment
// only, like the keys of a task.
class SourceCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OmsSync::Cli::SourceCommand)

public:
    enum class Verb { Clouds, Regions, Buckets };

    explicit SourceCommand(Verb verb);

    // One of each verb, in the order --help lists them.
    static std::vector<std::unique_ptr<Command>> all();

    QString description() const override;
    QString details() const override;
    QList<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;
    ApiError check(const QCommandLineParser& parser, const QStringList& arguments) const override;
    void execute(CommandContext& context, const QCommandLineParser& parser,
                 const QStringList& arguments) override;

private:
    Verb m_verb;
};

} // namespace OmsSync::Cli
