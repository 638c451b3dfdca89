// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace OmsSync::Cli {

// oms-sync profile add | list | show | remove | test | export | import: the
// region profiles shared with the desktop application.
class ProfileCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OmsSync::Cli::ProfileCommand)

public:
    enum class Verb { Add, List, Show, Remove, Test, Export, Import };

    explicit ProfileCommand(Verb verb);

    // One of each verb, in the order --help lists them.
    static std::vector<std::unique_ptr<Command>> all();

    QString description() const override;
    QList<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;
    ApiError check(const QCommandLineParser& parser, const QStringList& arguments) const override;
    void execute(CommandContext& context, const QCommandLineParser& parser,
                 const QStringList& arguments) override;

private:
    void add(CommandContext& context, const QCommandLineParser& parser, const QString& name);
    void list(CommandContext& context);
    void show(CommandContext& context, const QString& name);
    void remove(CommandContext& context, const QString& name);
    void test(CommandContext& context, const QString& name);
    void exportProfiles(CommandContext& context, const QString& file);
    void importProfiles(CommandContext& context, const QString& file);

    Verb m_verb;
};

} // namespace OmsSync::Cli
