// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatisticsRange.h"

using namespace Qt::StringLiterals;

namespace OmsSync {

StatisticsRange StatisticsRange::last(Preset preset, const QDateTime& now)
{
    const QDateTime to = now.toUTC();
    switch (preset) {
    case Preset::Last24Hours:
        return {preset, to.addSecs(-24 * 3600), to};
    case Preset::Last7Days:
        return {preset, to.addDays(-7), to};
    case Preset::Last30Days:
    case Preset::Custom:
        break;
    }
    return {Preset::Last30Days, to.addDays(-30), to};
}

StatisticsRange StatisticsRange::custom(const QDateTime& from, const QDateTime& to)
{
    return {Preset::Custom, from.toUTC(), to.toUTC()};
}

QString StatisticsRange::presetName(Preset preset)
{
    switch (preset) {
    case Preset::Last24Hours:
        return u"24h"_s;
    case Preset::Last7Days:
        return u"7d"_s;
    case Preset::Last30Days:
        return u"30d"_s;
    case Preset::Custom:
        break;
    }
    return u"custom"_s;
}

std::optional<StatisticsRange::Preset> StatisticsRange::presetFromName(QStringView name)
{
    for (Preset preset : {Preset::Last24Hours, Preset::Last7Days, Preset::Last30Days}) {
        if (name == presetName(preset)) {
            return preset;
        }
    }
    return std::nullopt;
}

std::optional<QDateTime> StatisticsRange::parseTime(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    bool isNumber = false;
    const qint64 epochMs = trimmed.toLongLong(&isNumber);
    if (isNumber) {
        if (epochMs < 0) {
            return std::nullopt;
        }
        return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC);
    }
    // A date alone is the start of that day, where the user is.
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (date.isValid() && trimmed.size() == 10) {
        return QDateTime(date, QTime(0, 0), Qt::LocalTime).toUTC();
    }
    const QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid()) {
        return std::nullopt;
    }
    return time.toUTC();
}

} // namespace OmsSync
