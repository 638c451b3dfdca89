// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "StatisticsRange.h"
#include "SyncTaskStatistics.h"

#include <optional>

namespace OmsSync::Cli {

// oms-sync task stats ID [--range 24h|7d|30d | --from TIME [--to TIME]]
// [--type TYPE,...]: the figures of one task over a range, as OMS samples
// them (every five minutes or every hour), as a table, CSV or JSON. A range
// longer than OMS answers at once is asked for in pieces and joined by the
// core's StatisticsJob.
class StatsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OmsSync::Cli::StatsCommand)

public:
    StatsCommand();

    QString description() const override;
    QString details() const override;
    QList<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;
    ApiError check(const QCommandLineParser& parser, const QStringList& arguments) const override;
    void execute(CommandContext& context, const QCommandLineParser& parser,
                 const QStringList& arguments) override;

    // The range --range, --from and --to ask for, as of `now` (the last 24
    // hours when none is given), or nullopt and an error naming the option.
    static std::optional<StatisticsRange> range(const QCommandLineParser& parser,
                                                const QDateTime& now, ApiError* error);
    // The types --type names (all of them when it is not given), or nullopt
    // and an error naming --type.
    static std::optional<QList<StatisticType>> types(const QCommandLineParser& parser,
                                                     ApiError* error);
};

} // namespace OmsSync::Cli
