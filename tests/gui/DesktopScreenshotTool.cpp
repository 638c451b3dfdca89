// SPDX-License-Identifier: GPL-3.0-or-later
//
// with-desktop.sh desktop-screenshots OUTDIR [--locale NAME]
//
// Shows what the watch puts on a desktop: the tray icon with its menu open
// and notifications as the notification server draws them, and saves the
// whole display to OUTDIR/desktop.png (ImageMagick's import: dunst's
// notifications are windows of their own, not this program's). Run it under
// tests/fixtures/with-desktop.sh, whose Xvfb, dunst and trayer it needs.
#include "DesktopNotifier.h"
#include "NotificationPolicy.h"
#include "Translations.h"
#include "TrayIcon.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using namespace OmsSync::Gui;

namespace {

const QUuid beijing = QUuid::fromString("{6c3f2a58-1b0e-4d7a-9c1e-3f5b2d8e9a01}"_L1);
const QUuid shanghai = QUuid::fromString("{0e8d4c2b-7a61-4f3e-8b5d-2c9a1e7f6b02}"_L1);

WatchEvent pausedEvent(const QUuid& profile, const QString& name, const QString& taskId,
                       const QString& task)
{
    WatchEvent event;
    event.time = QDateTime::currentDateTimeUtc();
    event.profileId = profile;
    event.profileName = name;
    event.taskId = taskId;
    event.taskName = task;
    event.from = syncTaskStatusWireName(SyncTaskStatus::Synchronizing);
    event.to = syncTaskStatusWireName(SyncTaskStatus::Stopped);
    event.toStatus = SyncTaskStatus::Stopped;
    return event;
}

bool waitFor(const std::function<bool()>& condition)
{
    for (int i = 0; i < 200 && !condition(); ++i) {
        QTest::qWait(50);
    }
    return condition();
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"outdir"_s, u"Where desktop.png goes"_s);
    const QCommandLineOption locale(u"locale"_s, u"UI language, e.g. zh_CN"_s, u"name"_s);
    parser.addOption(locale);
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        parser.showHelp(2);
    }
    const QDir outdir(parser.positionalArguments().first());
    QDir().mkpath(outdir.path());
    Translations::install(
        Translations::choose(parser.isSet(locale) ? parser.value(locale) : u"en"_s));

    TrayIcon tray;
    TraySummary summary;
    summary.running = 3;
    summary.paused = 2;
    summary.profilesWatched = 2;
    summary.profilesWithError = 1;
    summary.pausedTasks = {{beijing, u"Beijing"_s, u"t1"_s, u"Photos archive"_s},
                           {beijing, u"Beijing"_s, u"t2"_s, u"Logs 2026"_s}};
    summary.profileErrors = {{shanghai, u"Shanghai"_s, u"The access key was removed"_s}};
    tray.setSummary(summary);
    tray.setVisible(true);

    NotificationPolicy policy;
    policy.setProfileLabel([](const QUuid& id, const QString& name) {
        return id == beijing ? name + u" (CN North-Beijing4)"_s : name;
    });
    WatchEvent signIn;
    signIn.kind = WatchEvent::Kind::SignIn;
    signIn.profileId = shanghai;
    signIn.profileName = u"Shanghai"_s;
    signIn.error =
        ApiError::network(u"The access key was removed"_s).withKind(ApiError::Kind::Authentication);
    DesktopNotifier notifier;
    notifier.setFallbackTrayIcon(tray.systemTrayIcon());
    QSignalSpy shown(&notifier, &DesktopNotifier::shown);
    const QList<DesktopNotification> notifications = policy.notificationsFor({
        pausedEvent(beijing, u"Beijing"_s, u"t1"_s, u"Photos archive"_s),
        pausedEvent(beijing, u"Beijing"_s, u"t2"_s, u"Logs 2026"_s),
        pausedEvent(beijing, u"Beijing"_s, u"t3"_s, u"Backups"_s),
        pausedEvent(beijing, u"Beijing"_s, u"t4"_s, u"Videos"_s),
        signIn,
        pausedEvent(shanghai, u"Shanghai"_s, u"t5"_s, u"Invoices"_s),
    });
    for (const DesktopNotification& notification : notifications) {
        notifier.notify(notification);
    }
    if (!waitFor([&] { return shown.size() == notifications.size(); })) {
        qWarning("the notification server did not show every notification");
    }
    if (!waitFor([&] { return tray.systemTrayIcon()->geometry().isValid(); })) {
        qWarning("the tray did not take the icon");
        return 1;
    }

    // Just above the icon, so that both show.
    const QRect icon = tray.systemTrayIcon()->geometry();
    tray.menu()->popup(
        icon.topRight()
        - QPoint(tray.menu()->sizeHint().width(), tray.menu()->sizeHint().height() + 4));
    if (!QTest::qWaitForWindowExposed(tray.menu())) {
        qWarning("the menu did not open");
        return 1;
    }
    QTest::qWait(500); // dunst and the menu finish drawing

    const QString file = outdir.filePath(u"desktop.png"_s);
    const int status = QProcess::execute(u"import"_s, {u"-window"_s, u"root"_s, file});
    if (status != 0) {
        qWarning("import failed");
        return 1;
    }
    qInfo("%s", qPrintable(file));
    return 0;
}
