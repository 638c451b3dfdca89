// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayText.h"

#include "Region.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

QString DisplayText::taskStatus(const SyncTask& task)
{
    switch (task.status) {
    case SyncTaskStatus::Synchronizing:
        return tr("Synchronizing");
    case SyncTaskStatus::Stopped:
        return tr("Paused");
    case SyncTaskStatus::Unknown:
        break;
    }
    return task.statusText.isEmpty() ? tr("Unknown") : task.statusText;
}

QString DisplayText::cloud(const QString& cloudType)
{
    if (cloudType == u"AWS") {
        return tr("AWS");
    }
    if (cloudType == u"Azure") {
        return tr("Microsoft Azure");
    }
    if (cloudType == u"Aliyun") {
        return tr("Alibaba Cloud");
    }
    if (cloudType == u"Tencent") {
        return tr("Tencent Cloud");
    }
    if (cloudType == u"HuaweiCloud") {
        return tr("Huawei Cloud");
    }
    if (cloudType == u"QingCloud") {
        return tr("QingCloud");
    }
    if (cloudType == u"KingsoftCloud") {
        return tr("Kingsoft Cloud");
    }
    if (cloudType == u"Baidu") {
        return tr("Baidu AI Cloud");
    }
    if (cloudType == u"Qiniu") {
        return tr("Qiniu Cloud");
    }
    if (cloudType == u"UCloud") {
        return tr("UCloud");
    }
    return cloudType;
}

QString DisplayText::region(const QString& regionId)
{
    if (const auto known = Region::find(regionId)) {
        return known->displayName(QLocale());
    }
    return regionId;
}

QString DisplayText::overwriteMode(const QString& mode)
{
    if (mode == u"NO_OVERWRITE") {
        return tr("Never overwrite");
    }
    if (mode == u"SIZE_LAST_MODIFIED_COMPARISON_OVERWRITE") {
        return tr("Overwrite when size or modification time differ");
    }
    if (mode == u"CRC64_COMPARISON_OVERWRITE") {
        return tr("Overwrite when the CRC64 checksum differs");
    }
    if (mode == u"FULL_OVERWRITE") {
        return tr("Always overwrite");
    }
    return mode;
}

QString DisplayText::storagePolicy(const QString& policy)
{
    if (policy == u"STANDARD") {
        return tr("Standard");
    }
    if (policy == u"IA") {
        return tr("Infrequent Access");
    }
    if (policy == u"ARCHIVE") {
        return tr("Archive");
    }
    if (policy == u"DEEP_ARCHIVE") {
        return tr("Deep Archive");
    }
    if (policy == u"SRC_STORAGE_MAPPING") {
        return tr("Same as the source");
    }
    return policy;
}

QString DisplayText::yesNo(std::optional<bool> value)
{
    if (!value) {
        return tr("Not reported");
    }
    return *value ? tr("Yes") : tr("No");
}

QString DisplayText::authMethod(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Password:
        return tr("IAM user and password");
    case AuthMethod::Token:
        return tr("Pasted IAM token");
    case AuthMethod::AkSk:
        return tr("Access key (AK/SK)");
    }
    return {};
}

QString DisplayText::profileWithRegion(const Profile& profile)
{
    const QString regionName = region(profile.regionId);
    return profile.name.contains(regionName)
        ? profile.name
        : tr("%1 (%2)", "profile (region)").arg(profile.name, regionName);
}

QString DisplayText::identity(const Profile& profile)
{
    switch (profile.authMethod) {
    case AuthMethod::Password:
        return profile.accountName == profile.userName
            ? profile.accountName
            : tr("%1 / %2", "account / user").arg(profile.accountName, profile.userName);
    case AuthMethod::Token:
        return tr("Pasted token");
    case AuthMethod::AkSk:
        return tr("AK %1").arg(profile.accessKeyId);
    }
    return {};
}

QString DisplayText::relativeTime(const QDateTime& when, const QDateTime& now)
{
    if (!when.isValid()) {
        return tr("Never");
    }
    const qint64 seconds = when.secsTo(now);
    if (seconds < -60) {
        // The service's clock is ahead of ours: say exactly when.
        return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
    }
    if (seconds < 60) {
        return tr("Just now");
    }
    const qint64 minutes = seconds / 60;
    if (minutes < 60) {
        return tr("%n min ago", nullptr, int(minutes));
    }
    const qint64 hours = minutes / 60;
    if (hours < 24) {
        return tr("%n h ago", nullptr, int(hours));
    }
    const qint64 days = hours / 24;
    if (days < 30) {
        return tr("%n d ago", nullptr, int(days));
    }
    return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

QString DisplayText::exactTime(const QDateTime& when)
{
    if (!when.isValid()) {
        return tr("Never");
    }
    // The long format spells out the weekday and wraps in a narrow pane.
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString DisplayText::count(qint64 value)
{
    return QLocale().toString(value);
}

QString DisplayText::dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString DisplayText::bucketLocation(const QString& bucket, const QString& prefix)
{
    return u"obs://"_s + bucket + u'/' + prefix;
}

QString DisplayText::plainLabel(const QString& label)
{
    // A loop, not a regular expression: labels are read while the window is
    // built, and compiling one maps and runs PCRE's JIT before first paint.
    QString text;
    text.reserve(label.size());
    for (qsizetype i = 0; i < label.size(); ++i) {
        const QChar c = label[i];
        const bool mnemonicInParentheses = c == u'(' && i + 3 < label.size() && label[i + 1] == u'&'
            && label[i + 2] != u'&' && label[i + 3] == u')';
        if (mnemonicInParentheses) {
            i += 3;
        } else if (c == u'&') {
            // "&&" is an ampersand; one alone marks the mnemonic.
            if (i + 1 < label.size() && label[i + 1] == u'&') {
                text += u'&';
                ++i;
            }
        } else {
            text += c;
        }
    }
    text = text.trimmed();
    while (text.endsWith(u':') || text.endsWith(QChar(0xFF1A))) { // ':' or '：'
        text.chop(1);
    }
    return text.trimmed();
}

} // namespace OmsSync::Gui
