// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QUrl>

#include <optional>

namespace OmsSync {

// A Huawei Cloud region in which OMS is offered. Endpoints follow the
// documented pattern; a profile may override either one, so a region that
// moves or a private deployment never needs a new release.
struct Region
{
    QString id; // e.g. cn-north-4
    QString englishName; // e.g. CN North-Beijing4
    QString chineseName; // e.g. 华北-北京四
    bool offersSyncTaskStart = false;

    QUrl omsEndpoint() const;
    QUrl iamEndpoint() const;
    // The Chinese name for Chinese locales, the English one otherwise.
    QString displayName(const QLocale& locale = QLocale()) const;

    // Every region the official SDKs know OMS in, in their order.
    static const QList<Region>& all();
    static std::optional<Region> find(QStringView id);
    // Only lower-case letters, digits and single dashes: the id becomes part of
    // a host name, so anything else could point a request somewhere else.
    static bool isWellFormedId(QStringView id);

    bool operator==(const Region&) const = default;
};

} // namespace OmsSync
