// SPDX-License-Identifier: GPL-3.0-or-later
//
// gui-screenshots OUTDIR [--dark] [--locale NAME]
//
// Renders the windows people look at first, against the demo simulator, to
// PNG files for review (issues 6 and 7) and the README: the main window with
// a running task's details and chart, the same with an error banner, the
// credentials dialog, the profile editor (also behind a proxy with a user),
// the profiles (also with an import's message), settings and about
// dialogs and the empty state. --dark uses a dark palette, --locale another
// UI language (e.g. zh_CN, loaded as the application loads it) for checking
// that nothing is cut off.
#include "AboutDialog.h"
#include "ApiError.h"
#include "CredentialsDialog.h"
#include "DemoEnvironment.h"
#include "ErrorBanner.h"
#include "FileDialog.h"
#include "GuiSettings.h"
#include "MainWindow.h"
#include "ProfileController.h"
#include "ProfileEditDialog.h"
#include "ProfileStore.h"
#include "ProfilesDialog.h"
#include "SecretStore.h"
#include "SettingsDialog.h"
#include "StatisticsChart.h"
#include "TaskDetailsWidget.h"
#include "TaskListController.h"
#include "TaskTableModel.h"
#include "Translations.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPalette>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using namespace OmsSync::Gui;

namespace {

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xdf, 0xe1, 0xe5);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xcf));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8f, 0x94));
    palette.setColor(QPalette::Link, QColor(0x58, 0xa6, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, QColor(0x6e, 0x71, 0x76));
    }
    return palette;
}

bool save(QWidget* widget, const QString& path)
{
    const bool saved = widget->grab().save(path);
    std::printf("%s %s\n", saved ? "wrote" : "FAILED", qPrintable(path));
    return saved;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(u"OMS Sync Desk"_s);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"outdir"_s, u"Where the PNG files go."_s);
    const QCommandLineOption dark(u"dark"_s, u"Use a dark palette."_s);
    const QCommandLineOption locale(u"locale"_s, u"The UI locale, e.g. zh_CN."_s, u"NAME"_s);
    parser.addOptions({dark, locale});
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        parser.showHelp(2);
    }
    const QDir out(parser.positionalArguments().constFirst());
    QDir().mkpath(out.path());
    const QString suffix = (parser.isSet(dark) ? u"-dark"_s : QString())
        + (parser.isSet(locale) ? u"-"_s + parser.value(locale) : QString());
    // As the application starts: the chosen language's catalogs and Qt's,
    // and its formats. Without --locale, English.
    Translations::install(
        Translations::choose(parser.isSet(locale) ? parser.value(locale) : u"en"_s));
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    if (parser.isSet(dark)) {
        QApplication::setPalette(darkPalette());
    }

    DemoEnvironment demo;
    demo.setSimulatorProgram(QString::fromLocal8Bit(OMS_SIM_EXECUTABLE));
    QString error;
    if (!demo.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    ProfileStore store(demo.profilesIniPath());
    SecretStore secrets;
    secrets.setSessionOnly(true);
    GuiSettings settings(demo.guiIniPath());
    ProfileService profilesService(&store, &secrets);
    ProfileController profiles(&profilesService);
    if (!demo.addProfiles(&profiles, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    bool ok = true;
    MainWindow window(&profiles, &settings);
    window.setDemo(demo.port());
    window.resize(1400, 900);
    window.show();
    if (!QTest::qWaitFor([&window] { return window.taskModel()->rowCount() == 4; }, 20000)) {
        std::fprintf(stderr, "the demo's tasks did not load\n");
        return 1;
    }
    const QString running = u"1f4c2a9e-3b7d-4c1e-9a2f-6d8e0b5c7a31"_s;
    const QString paused = u"2a7d9e4b-8c1f-4e6a-b3d2-9f0c1e7a5b42"_s;
    window.selectTask(running);
    (void)QTest::qWaitFor(
        [&window] {
            return window.details()->chart() && window.details()->chart()->isShowingChart()
                && !window.tasks()->isBusy()
                && !window.taskModel()
                        ->index(0, TaskTableModel::SizeColumn)
                        .data()
                        .toString()
                        .isEmpty();
        },
        20000);
    QTest::qWait(200);
    ok = save(&window, out.filePath(u"main"_s + suffix + u".png"_s)) && ok;
    ok = save(window.details(), out.filePath(u"details"_s + suffix + u".png"_s)) && ok;
    // The rest of the details: this month's figures and the object lists.
    if (auto* scroll = window.details()->findChild<QScrollArea*>(u"detailsScroll"_s)) {
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QTest::qWait(100);
        ok = save(window.details(), out.filePath(u"details-end"_s + suffix + u".png"_s)) && ok;
        scroll->verticalScrollBar()->setValue(0);
    }

    // The overview: every demo profile's tasks in one table, by profile.
    window.selectOverview();
    (void)QTest::qWaitFor(
        [&window] {
            return window.tasks()->isAllProfiles() && window.tasks()->hasLoaded()
                && !window.tasks()->isBusy() && window.taskModel()->rowCount() > 4;
        },
        20000);
    window.selectTask(running);
    QTest::qWait(300);
    ok = save(&window, out.filePath(u"overview"_s + suffix + u".png"_s)) && ok;
    window.selectProfile(profiles.profiles().constFirst().id);
    (void)QTest::qWaitFor([&window] { return window.taskModel()->rowCount() == 4; }, 20000);
    window.selectTask(running);

    // An error as the service reports one: the banner's title, the error
    // line and its action button.
    window.errorBanner()->showError(
        QCoreApplication::translate("OmsSync::Gui::TaskListController",
                                    "Could not load the tasks of profile “%1”")
            .arg(window.tasks()->profileName()),
        ApiError::fromHttpReply(403, R"({"error_code":"OMS.0005","error_msg":"Access denied."})"_ba,
                                "5f2c1a9e0b7d4c3e8a6f"_ba));
    window.errorBanner()->setActionText(
        QCoreApplication::translate("OmsSync::Gui::MainWindow", "Retry"));
    QTest::qWait(200);
    ok = save(&window, out.filePath(u"main-error"_s + suffix + u".png"_s)) && ok;
    window.errorBanner()->dismiss();

    window.selectTask(paused);
    window.startAction()->trigger();
    if (CredentialsDialog* dialog = window.credentialsDialog()) {
        dialog->findChild<QLineEdit*>(u"sourceAk"_s)->setText(u"AKIAIOSFODNN7EXAMPLE"_s);
        dialog->findChild<QLineEdit*>(u"sourceSk"_s)->setText(u"wJalrXUtnFEMI/K7MDENG"_s);
        dialog->findChild<QLineEdit*>(u"destinationAk"_s)->setText(u"  HPUAEXAMPLE"_s);
        QTest::qWait(200);
        ok = save(dialog, out.filePath(u"credentials"_s + suffix + u".png"_s)) && ok;
        dialog->reject();
    } else {
        ok = false;
    }

    ProfileEditDialog editor(&profiles, profiles.profiles().constFirst(), &window);
    editor.show();
    QTest::qWait(200);
    ok = save(&editor, out.filePath(u"profile"_s + suffix + u".png"_s)) && ok;
    editor.close();

    // A new profile signing in with an access key, its advanced settings
    // open: the longest form and the region hint.
    Profile fresh;
    fresh.regionId = u"cn-east-2"_s;
    fresh.authMethod = AuthMethod::AkSk;
    ProfileEditDialog newProfile(&profiles, fresh, &window);
    newProfile.findChild<QToolButton*>(u"advancedToggle"_s)->setChecked(true);
    newProfile.show();
    QTest::qWait(200);
    ok = save(&newProfile, out.filePath(u"profile-new"_s + suffix + u".png"_s)) && ok;
    newProfile.close();

    // An edited profile behind a proxy that wants a user's password.
    Profile proxied = profiles.profiles().constFirst();
    proxied.proxy = QUrl(u"http://ops@proxy.example.com:3128"_s);
    ProfileEditDialog proxyEditor(&profiles, proxied, &window);
    proxyEditor.findChild<QLineEdit*>(u"proxyPassword"_s)->setText(u"proxy-password"_s);
    proxyEditor.show();
    QTest::qWait(200);
    ok = save(&proxyEditor, out.filePath(u"profile-proxy"_s + suffix + u".png"_s)) && ok;
    proxyEditor.close();

    ProfilesDialog profilesDialog(&profiles, &window);
    profilesDialog.show();
    QTest::qWait(200);
    ok = save(&profilesDialog, out.filePath(u"profiles"_s + suffix + u".png"_s)) && ok;
    // What an import of a file that is no export says.
    QTemporaryDir scratch;
    const QString notAnExport = scratch.filePath(u"notes.json"_s);
    if (QFile file(notAnExport); file.open(QIODevice::WriteOnly)) {
        file.write(R"({"hello":"world"})");
    }
    FileDialog::setNextFileName(notAnExport);
    profilesDialog.importProfiles();
    QTest::qWait(200);
    ok = save(&profilesDialog, out.filePath(u"profiles-import-error"_s + suffix + u".png"_s)) && ok;
    profilesDialog.close();

    // With a tray, and on a desktop without one.
    for (const bool tray : {true, false}) {
        SettingsDialog settingsDialog(&settings, {.trayAvailable = tray}, &window);
        settingsDialog.show();
        QTest::qWait(200);
        const QString name = tray ? u"settings"_s : u"settings-no-tray"_s;
        ok = save(&settingsDialog, out.filePath(name + suffix + u".png"_s)) && ok;
        settingsDialog.close();
    }

    AboutDialog about(&window);
    about.show();
    QTest::qWait(200);
    ok = save(&about, out.filePath(u"about"_s + suffix + u".png"_s)) && ok;
    about.close();

    QTemporaryDir empty;
    ProfileStore emptyStore(empty.filePath(u"profiles.ini"_s));
    GuiSettings emptySettings(empty.filePath(u"gui.ini"_s));
    ProfileService noProfilesService(&emptyStore, &secrets);
    ProfileController noProfiles(&noProfilesService);
    MainWindow first(&noProfiles, &emptySettings);
    first.resize(1000, 640);
    first.show();
    QTest::qWait(200);
    ok = save(&first, out.filePath(u"empty"_s + suffix + u".png"_s)) && ok;
    return ok ? 0 : 1;
}
