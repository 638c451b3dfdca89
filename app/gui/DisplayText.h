// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Profile.h"
#include "SyncTask.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace OmsSync::Gui {

// How wire values read in the user's language: states, clouds, regions,
// option names, times, counts and sizes. Unknown values are shown verbatim,
// never hidden, so a new OMS feature still appears.
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(OmsSync::Gui::DisplayText)

public:
    static QString taskStatus(const SyncTask& task);
    static QString cloud(const QString& cloudType);
    static QString region(const QString& regionId);
    static QString overwriteMode(const QString& mode);
    static QString storagePolicy(const QString& policy);
    static QString yesNo(std::optional<bool> value);
    static QString authMethod(AuthMethod method);
    // Who signs in: "demo / demo", "AK ABC123", "a pasted token".
    static QString identity(const Profile& profile);
    // "Production (CN North-Beijing4)"; a name that holds its region already
    // ("Demo: CN North-Beijing4") alone.
    static QString profileWithRegion(const Profile& profile);

    // "just now", "5 min ago", "3 h ago", "2 days ago", then the date.
    static QString relativeTime(const QDateTime& when, const QDateTime& now);
    static QString exactTime(const QDateTime& when);
    static QString count(qint64 value);
    static QString dataSize(qint64 bytes);
    // Where OMS writes an object list: obs://bucket/prefix
    static QString bucketLocation(const QString& bucket, const QString& prefix);
    // A form label as an accessible name: without its mnemonic ("&Name:",
    // and the "名称(&N)：" form translations use) and without its colon.
    static QString plainLabel(const QString& label);
};

} // namespace OmsSync::Gui
