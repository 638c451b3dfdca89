// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatsCommand.h"

#include "CommandContext.h"
#include "InputRules.h"
#include "OmsClient.h"
#include "StatisticsExport.h"
#include "TextTable.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace OmsSync::Cli {

namespace {

constexpr qint64 dayMs = 24 * SyncTaskStatistics::oneHourMs;

// "requests, successes, failures, skips, bytes", as --type takes them.
QString typeNames()
{
    QStringList names;
    for (StatisticType type : allStatisticTypes) {
        names.append(StatisticsExport::columnName(type));
    }
    return names.join(u", "_s);
}

QString columnTitle(StatisticType type)
{
    switch (type) {
    case StatisticType::Request:
        return StatsCommand::tr("REQUESTS");
    case StatisticType::Success:
        return StatsCommand::tr("SUCCESSES");
    case StatisticType::Failure:
        return StatsCommand::tr("FAILURES");
    case StatisticType::Skip:
        return StatsCommand::tr("SKIPS");
    case StatisticType::Size:
        return StatsCommand::tr("BYTES");
    }
    return {};
}

QString localTime(const QDateTime& time)
{
    return time.toLocalTime().toString(Qt::ISODate);
}

} // namespace

StatsCommand::StatsCommand()
    : Command(u"task"_s, u"stats"_s, 1, 1)
{ }

QString StatsCommand::description() const
{
    return tr("Show a task's requests, successes, failures, skips and bytes over time.");
}

QString StatsCommand::details() const
{
    return tr("TIME is epoch milliseconds or ISO 8601: a date (2026-12-01, the start of that\n"
              "day), a date and time (2026-12-01T08:00, local time) or one with its offset\n"
              "(2026-12-01T08:00:00Z, 2026-12-01T16:00+08:00). --to defaults to now; --from\n"
              "may not be in the future and the range may span at most %1 days. Without\n"
              "--range, --from or --to: the last 24 hours.\n"
              "\n"
              "OMS answers every five minutes for a short range and every hour for a long\n"
              "one; a range over 30 days is asked for in pieces of 30 days, one after the\n"
              "other, and joined into one hourly series.\n"
              "\n"
              "--type takes requests, successes, failures, skips and bytes (or the API's\n"
              "REQUEST, SUCCESS, FAILURE, SKIP, SIZE), comma-separated; the columns keep\n"
              "that order. Every figure is a plain integer, bytes too. The table shows\n"
              "local times.\n"
              "\n"
              "--format csv prints the header time,requests,successes,failures,skips,bytes\n"
              "(less the types not asked for) and a row per point, times in ISO 8601 UTC,\n"
              "with CRLF line ends and no byte order mark: standard output feeds other\n"
              "programs, where a mark would be a stray character (the desktop application\n"
              "writes one in the files it saves). --format json, or --json, prints an object\n"
              "with task_id, from, to, granularity (FIVE_MINUTES or ONE_HOUR) and points,\n"
              "each with time and the same fields as the CSV.")
        .arg(StatisticsRange::maxCustomDays);
}

QList<Command::Argument> StatsCommand::arguments() const
{
    return {{u"ID"_s, tr("A sync task id."), u"ID"_s}};
}

QList<QCommandLineOption> StatsCommand::options() const
{
    return {{u"range"_s, tr("task stats: the last 24h, 7d or 30d (default 24h)."),
             tr("RANGE", "option value")},
            {u"from"_s, tr("task stats: from TIME (epoch milliseconds or ISO 8601)."),
             tr("TIME", "option value")},
            {u"to"_s, tr("task stats: up to TIME (default now)."), tr("TIME", "option value")},
            {u"type"_s,
             tr("task stats: only these of requests, successes, failures, skips, bytes "
                "(comma-separated)."),
             tr("TYPE,...", "option value")},
            formatOption()};
}

ApiError StatsCommand::check(const QCommandLineParser& parser, const QStringList& arguments) const
{
    if (const ApiError error = InputRules::checkTaskId(arguments.value(0)); error.isError()) {
        return error;
    }
    ApiError error;
    if (!range(parser, QDateTime::currentDateTimeUtc(), &error) || !types(parser, &error)
        || !outputFormat(parser, &error)) {
        return error;
    }
    return {};
}

std::optional<StatisticsRange> StatsCommand::range(const QCommandLineParser& parser,
                                                   const QDateTime& now, ApiError* error)
{
    const bool custom = parser.isSet(u"from"_s) || parser.isSet(u"to"_s);
    if (custom && parser.isSet(u"range"_s)) {
        *error =
            ApiError::validation(u"--range"_s,
                                 tr("--range and --from or --to exclude each other: --range is the "
                                    "last 24h, 7d or 30d, --from and --to any other range."));
        return std::nullopt;
    }
    if (!custom) {
        const QString name = parser.isSet(u"range"_s)
            ? parser.value(u"range"_s)
            : StatisticsRange::presetName(StatisticsRange::Preset::Last24Hours);
        const auto preset = StatisticsRange::presetFromName(name);
        if (!preset) {
            *error = ApiError::validation(
                u"--range"_s,
                tr("--range must be 24h, 7d or 30d, not \"%1\"; --from and --to give any other "
                   "range.")
                    .arg(name));
            return std::nullopt;
        }
        return StatisticsRange::last(*preset, now);
    }
    if (!parser.isSet(u"from"_s)) {
        *error =
            ApiError::validation(u"--from"_s, tr("--to needs --from, where the range starts."));
        return std::nullopt;
    }
    auto parse = [&parser, error](const QString& option) -> std::optional<QDateTime> {
        const QString text = parser.value(option);
        const auto time = StatisticsRange::parseTime(text);
        if (!time) {
            *error = ApiError::validation(
                u"--"_s + option,
                tr("--%1 takes epoch milliseconds or an ISO 8601 date or time, such as "
                   "2026-12-01, 2026-12-01T08:00 or 2026-12-01T08:00:00Z; \"%2\" is none of "
                   "them.")
                    .arg(option, text));
        }
        return time;
    };
    const auto from = parse(u"from"_s);
    if (!from) {
        return std::nullopt;
    }
    QDateTime to = now.toUTC();
    if (parser.isSet(u"to"_s)) {
        const auto given = parse(u"to"_s);
        if (!given) {
            return std::nullopt;
        }
        to = *given;
    }
    if (*from > now) {
        *error = ApiError::validation(
            u"--from"_s,
            tr("--from %1 is in the future (now is %2): there are no figures yet.")
                .arg(localTime(*from), localTime(now)));
        return std::nullopt;
    }
    if (*from >= to) {
        *error = ApiError::validation(
            u"--from"_s,
            tr("--from %1 must be before --to %2.").arg(localTime(*from), localTime(to)));
        return std::nullopt;
    }
    if (from->msecsTo(to) > StatisticsRange::maxCustomMs) {
        *error = ApiError::validation(
            u"--from"_s,
            tr("--from and --to may be at most %1 days apart; these are %2 days "
               "apart.")
                .arg(StatisticsRange::maxCustomDays)
                .arg(QString::number(double(from->msecsTo(to)) / dayMs, 'f', 1)));
        return std::nullopt;
    }
    return StatisticsRange::custom(*from, to);
}

std::optional<QList<StatisticType>> StatsCommand::types(const QCommandLineParser& parser,
                                                        ApiError* error)
{
    if (!parser.isSet(u"type"_s)) {
        return QList<StatisticType>(allStatisticTypes.begin(), allStatisticTypes.end());
    }
    QList<StatisticType> types;
    for (const QString& word : parser.value(u"type"_s).split(u',')) {
        const QString name = word.trimmed();
        std::optional<StatisticType> type;
        for (StatisticType each : allStatisticTypes) {
            if (name.compare(StatisticsExport::columnName(each), Qt::CaseInsensitive) == 0
                || name.compare(statisticTypeWireName(each), Qt::CaseInsensitive) == 0) {
                type = each;
            }
        }
        if (!type) {
            *error = ApiError::validation(
                u"--type"_s,
                tr("--type takes %1 (or REQUEST, SUCCESS, FAILURE, SKIP, SIZE), "
                   "comma-separated; \"%2\" is none of them.")
                    .arg(typeNames(), name));
            return std::nullopt;
        }
        if (types.contains(*type)) {
            *error =
                ApiError::validation(u"--type"_s,
                                     tr("--type names %1 twice; each of %2 may be named once.")
                                         .arg(StatisticsExport::columnName(*type), typeNames()));
            return std::nullopt;
        }
        types.append(*type);
    }
    return types;
}

void StatsCommand::execute(CommandContext& context, const QCommandLineParser& parser,
                           const QStringList& arguments)
{
    // check() refused what is wrong; only "now" has moved on since.
    ApiError error;
    const auto range = StatsCommand::range(parser, QDateTime::currentDateTimeUtc(), &error);
    const auto types = StatsCommand::types(parser, &error);
    if (!range || !types) {
        context.fail(error);
        context.finish();
        return;
    }
    const OutputFormat format = checkedOutputFormat(parser);
    const auto profile = context.selectedProfile(parser.value(u"profile"_s));
    if (!profile) {
        context.finish();
        return;
    }
    context.withSession(
        *profile, [&context, taskId = arguments.first(), range = *range, types = *types, format] {
            StatisticsJob* job =
                context.session()->client()->statistics(taskId, range.from, range.to, types);
            QObject::connect(job, &OmsJob::finished, &context, [&context, job, format, range] {
                if (job->error().isError()) {
                    context.fail(job->error());
                    context.finish();
                    return;
                }
                const SyncTaskStatistics& statistics = job->statistics();
                switch (format) {
                case OutputFormat::Csv:
                    context.console().resultBytes(StatisticsExport::csv(statistics));
                    break;
                case OutputFormat::Json: {
                    context.console().result(
                        QJsonValue(StatisticsExport::json(statistics, job->taskId(), range)));
                    break;
                }
                case OutputFormat::Table: {
                    const QList<StatisticType> columns = StatisticsExport::columns(statistics);
                    QStringList header {tr("TIME")};
                    for (StatisticType type : columns) {
                        header.append(columnTitle(type));
                    }
                    TextTable table(header);
                    for (const StatisticsRow& row : statistics.rows()) {
                        // In local time, as task list shows its times.
                        QStringList cells {localTime(QDateTime::fromMSecsSinceEpoch(row.timeMs))};
                        for (StatisticType type : columns) {
                            const auto value = row.value(type);
                            cells.append(value ? QString::number(*value) : u"-"_s);
                        }
                        table.addRow(cells);
                    }
                    context.console().result(table.render());
                    break;
                }
                }
                context.finish();
            });
        });
}

} // namespace OmsSync::Cli
