// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutostartEntry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

QString AutostartEntry::fileName()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + u"/autostart/io.github.omssyncdesk.OmsSyncDesk.desktop"_s;
}

bool AutostartEntry::isEnabled()
{
    return QFileInfo::exists(fileName());
}

QString AutostartEntry::command()
{
    // The installed command by name, so that an upgrade that moves it keeps
    // working; a build run from elsewhere by its path, quoted as the Desktop
    // Entry Specification asks.
    const QString self = QCoreApplication::applicationFilePath();
    const QString onPath = QStandardPaths::findExecutable(QFileInfo(self).fileName());
    QString program = QFileInfo(onPath).canonicalFilePath() == QFileInfo(self).canonicalFilePath()
        ? QFileInfo(self).fileName()
        : self;
    if (program.contains(u' ') || program.contains(u'"')) {
        program.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
        program = u'"' + program + u'"';
    }
    return program + u" --minimized"_s;
}

ApiError AutostartEntry::setEnabled(bool enabled)
{
    const QString path = fileName();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            return ApiError::storage(path,
                                     QCoreApplication::translate("OmsSync::Gui::AutostartEntry",
                                                                 "the file could not be removed"));
        }
        return {};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return ApiError::storage(path,
                                 QCoreApplication::translate("OmsSync::Gui::AutostartEntry",
                                                             "its folder could not be made"));
    }
    const QString entry = u"[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=OMS Sync Desk\n"
                          "Name[zh_CN]=OMS 同步桌面\n"
                          "Comment=Watches Huawei Cloud OMS sync tasks from the tray\n"
                          "Icon=io.github.omssyncdesk.OmsSyncDesk\n"
                          "Exec="_s
        + command()
        + u"\n"
          "Terminal=false\n"
          "X-GNOME-Autostart-enabled=true\n"_s;
    // Unbuffered: QSaveFile (Qt 6.4) commits even when flushing its buffer
    // failed, and a half entry would start nothing.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(entry.toUtf8()) < 0
        || !file.commit()) {
        return ApiError::storage(path, file.errorString());
    }
    return {};
}

} // namespace OmsSync::Gui
