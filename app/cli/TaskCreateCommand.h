// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "OmsJob.h"
#include "StartCredentials.h"
#include "SyncTaskSpec.h"

#include <QHash>

#include <optional>

namespace OmsSync::Cli {

// oms-sync task create | clone: a new sync task from a JSON file, options,
// or an existing task, checked before anything is sent and never sent twice.
// The four keys come from the environment (a clone may recall the original's),
// never from a file or an argument.
class TaskCreateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OmsSync::Cli::TaskCreateCommand)

public:
    enum class Verb { Create, Clone };

    explicit TaskCreateCommand(Verb verb);

    QString description() const override;
    QString details() const override;
    QList<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;
    ApiError check(const QCommandLineParser& parser, const QStringList& arguments) const override;
    void execute(CommandContext& context, const QCommandLineParser& parser,
                 const QStringList& arguments) override;

    // The field options given on the command line, by option name (a switch
    // with an empty value), kept past the parser's life for a clone.
    using FieldOptions = QHash<QString, QString>;
    static FieldOptions fieldOptions(const QCommandLineParser& parser);
    // The options applied over `spec` (a file's or the original task's), then
    // the whole checked.
    static ApiError applyOptions(const FieldOptions& given, SyncTaskSpec& spec);

private:
    void create(CommandContext& context, SyncTaskSpec spec, const StartCredentials& keys,
                bool remember);

    Verb m_verb;
};

} // namespace OmsSync::Cli
