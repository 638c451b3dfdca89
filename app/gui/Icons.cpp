// SPDX-License-Identifier: GPL-3.0-or-later
#include "Icons.h"

#include "BuildInfo.h"
#include "SvgIconEngine.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIcons, "omssync.gui.icons", QtWarningMsg)

namespace OmsSync::Gui {

QString Icons::applicationIconPath()
{
    return u":/icons/"_s + QString::fromLatin1(BuildInfo::appId) + u".svg"_s;
}

QIcon Icons::load(const QString& path)
{
    static QHash<QString, QIcon> cache;
    if (const auto it = cache.constFind(path); it != cache.cend()) {
        return *it;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        // A missing icon is a packaging mistake, never a reason to fail.
        qCWarning(lcIcons) << "icon not found:" << path;
        return {};
    }
    const QIcon icon(new SvgIconEngine(file.readAll()));
    cache.insert(path, icon);
    return icon;
}

QIcon Icons::application()
{
    return load(applicationIconPath());
}

QIcon Icons::action(const QString& name)
{
    return load(u":/icons/actions/"_s + name + u".svg"_s);
}

QIcon Icons::status(const QString& name)
{
    return load(u":/icons/status/"_s + name + u".svg"_s);
}

QIcon Icons::taskStatus(SyncTaskStatus status)
{
    switch (status) {
    case SyncTaskStatus::Synchronizing:
        return Icons::status(u"synchronizing"_s);
    case SyncTaskStatus::Stopped:
        return Icons::status(u"paused"_s);
    case SyncTaskStatus::Unknown:
        break;
    }
    return Icons::status(u"unknown"_s);
}

} // namespace OmsSync::Gui
