// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationStyle.h"
#include "BuildInfo.h"
#include "DemoEnvironment.h"
#include "DesktopWatch.h"
#include "ErrorBanner.h"
#include "GuiSettings.h"
#include "Icons.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ProfileController.h"
#include "ProfileService.h"
#include "StartupProbe.h"
#include "TaskListCache.h"
#include "TaskListController.h"
#include "TerminationSignals.h"
#include "Translations.h"
#include "WatchController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkProxyFactory>
#include <QTreeView>

#include <cstdio>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace OmsSync;

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(u"oms-sync-desk"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(BuildInfo::version));
    QCoreApplication::setOrganizationName(QString::fromLatin1(BuildInfo::organizationName));
    // Before any text is shown (--help too); a missing catalog means English.
    // The language chosen in the settings is the user's, read from their
    // settings even for the demo (which changes nothing there).
    Translations::install(Translations::choose(Gui::GuiSettings().language()));
}

QCommandLineOption demoOption()
{
    return QCommandLineOption(
        u"demo"_s,
        QCoreApplication::translate("main",
                                    "Open a demo on a local simulator, with settings of its own."));
}

QCommandLineOption minimizedOption()
{
    return QCommandLineOption(
        u"minimized"_s,
        QCoreApplication::translate("main",
                                    "Start in the system tray (waiting up to 10 s for one; without "
                                    "one, with the window minimized)."));
}

QCommandLineOption refreshIntervalOption()
{
    return QCommandLineOption(
        u"refresh-interval"_s,
        QCoreApplication::translate(
            "main",
            "Refresh every profile every SECONDS (2 or more) for this run, whatever the "
            "settings say."),
        QCoreApplication::translate("main", "SECONDS"));
}

constexpr int minRefreshIntervalSeconds = 2;
constexpr int maxRefreshIntervalSeconds = 24 * 3600;

// nullopt: bad input, already reported on stderr.
std::optional<int> refreshInterval(const QCommandLineParser& parser)
{
    if (!parser.isSet(refreshIntervalOption())) {
        return 0;
    }
    const QString value = parser.value(refreshIntervalOption());
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (!ok || seconds < minRefreshIntervalSeconds || seconds > maxRefreshIntervalSeconds) {
        const QString message =
            QCoreApplication::translate(
                "main", "%1: --refresh-interval must be whole seconds from %2 to %3, not “%4”.")
                .arg(QCoreApplication::applicationName())
                .arg(minRefreshIntervalSeconds)
                .arg(maxRefreshIntervalSeconds)
                .arg(value);
        std::fputs(qPrintable(message + u'\n'), stderr);
        return std::nullopt;
    }
    return seconds;
}

void configure(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop client for Huawei Cloud OMS sync tasks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(demoOption());
    parser.addOption(minimizedOption());
    parser.addOption(refreshIntervalOption());
}

// --version and --help are answered without a display: a package's smoke
// test or a terminal over SSH has none, and QApplication would abort.
bool answersWithoutWindow(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h"
            || arg == "--help-all" || arg == "-?") {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    if (answersWithoutWindow(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        QCommandLineParser parser;
        configure(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setStyle(new Gui::ApplicationStyle(QApplication::style()->name()));
    // The desktop's proxy (and http_proxy, no_proxy) unless a profile names one.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    describeApplication();
    QApplication::setApplicationDisplayName(QString::fromLatin1(BuildInfo::productName));
    QApplication::setDesktopFileName(QString::fromLatin1(BuildInfo::appId));
    QApplication::setWindowIcon(Gui::Icons::application());

    QCommandLineParser parser;
    configure(parser);
    parser.process(app);
    const bool runDemo = parser.isSet(demoOption());
    const std::optional<int> intervalOverride = refreshInterval(parser);
    if (!intervalOverride) {
        return 2;
    }

    // The demo runs on settings and secrets of its own, so that nothing the
    // user has is changed, nor read but the language.
    std::unique_ptr<Gui::DemoEnvironment> demo;
    std::unique_ptr<Gui::GuiSettings> settings;
    ProfileService::Options options;
    if (runDemo) {
        demo = std::make_unique<Gui::DemoEnvironment>();
        QString error;
        // The simulator gets ready while the window is made: the watch
        // starts when it answers.
        if (!demo->launch(&error)) {
            Gui::MessageBox::Question message;
            message.title = QCoreApplication::translate("main", "Demo");
            message.text = QCoreApplication::translate("main", "The demo could not be started.");
            message.informativeText = error;
            Gui::MessageBox::critical(nullptr, message);
            return 1;
        }
        options.settingsFile = demo->profilesIniPath();
        options.sessionOnlySecrets = true;
        settings = std::make_unique<Gui::GuiSettings>(demo->guiIniPath());
    } else {
        settings = std::make_unique<Gui::GuiSettings>();
    }

    ProfileService service(options);
    Gui::ProfileController profiles(&service);
    if (demo) {
        QString error;
        if (!demo->addProfiles(&profiles, &error)) {
            Gui::MessageBox::Question message;
            message.title = QCoreApplication::translate("main", "Demo");
            message.text =
                QCoreApplication::translate("main", "The demo profiles could not be created.");
            message.informativeText = error;
            Gui::MessageBox::critical(nullptr, message);
            return 1;
        }
    }

    // The demo keeps its last task list apart from the user's.
    TaskListCache cache(TaskListCache::standardDirectory(demo ? u"demo"_s : QString()));
    // The watch outlives the window's visibility: with a tray, closing the
    // window leaves it running until Quit.
    Gui::WatchController watch(&profiles);
    watch.setTaskListCache(&cache);
    Gui::MainWindow window(&watch, settings.get());
    window.setRefreshIntervalOverride(*intervalOverride);
    Gui::DesktopWatch desktop(&watch, &window, settings.get());
    // With a tray, closing the window leaves the watch running in it.
    QObject::connect(&desktop, &Gui::DesktopWatch::trayIconShown, &desktop,
                     [] { QApplication::setQuitOnLastWindowClosed(false); });
    const bool minimized = parser.isSet(minimizedOption());
    if (!minimized) {
        desktop.showTrayIcon();
    }
    if (demo) {
        window.setDemo(demo->port());
        QObject::connect(demo.get(), &Gui::DemoEnvironment::simulatorStopped, &window,
                         [&window](const QString& reason) {
                             window.errorBanner()->showMessage(
                                 Gui::ErrorBanner::Severity::Error, reason,
                                 QCoreApplication::translate(
                                     "main", "Quit and open the demo again to continue."));
                         });
    }
    // Ctrl+C or SIGTERM quits like Quit in the menu: the layout is saved,
    // and the demo's simulator and temporary settings go with it.
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::terminationRequested, &window,
                     &Gui::MainWindow::quitApplication);
    // Off unless OMS_SYNC_STARTUP_PROBE is set (tools/bench): prints the
    // start-up times and peak memory once the task list is painted, from the
    // last run's cache and live, then quits once the refresh is over and
    // its list kept for the next run.
    if (auto* probe = Gui::StartupProbe::attachIfRequested(
            window.taskView(), [&window] { return !window.tasks()->cachedAsOf().isValid(); },
            [&watch] { return !watch.isRefreshing(); })) {
        QObject::connect(&watch, &Gui::WatchController::busyChanged, probe,
                         &Gui::StartupProbe::quitWhenSettled);
    }
    if (demo && !demo->isReady()) {
        QObject::connect(demo.get(), &Gui::DemoEnvironment::ready, &watch,
                         [&watch] { watch.start(); });
    } else {
        watch.start();
    }
    if (minimized) {
        // At login the panel may come up after the applications it hosts.
        desktop.startInTray(std::chrono::seconds(10));
    } else {
        window.show();
    }
    return app.exec();
}
