// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace OmsSync::Cli {

// oms-sync task sync-objects ID [KEY...] [--from-file FILE|-]: asks OMS to
// sync the named objects of a task now, ten keys a call, with a result for
// each call.
class SyncObjectsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OmsSync::Cli::SyncObjectsCommand)

public:
    SyncObjectsCommand();

    QString description() const override;
    QString details() const override;
    QList<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;
    ApiError check(const QCommandLineParser& parser, const QStringList& arguments) const override;
    void execute(CommandContext& context, const QCommandLineParser& parser,
                 const QStringList& arguments) override;

    // One key a line; empty lines are skipped, a line's end (LF or CRLF) is
    // not part of its key, other white space is.
    static QStringList keysFromLines(const QByteArray& text);
};

} // namespace OmsSync::Cli
