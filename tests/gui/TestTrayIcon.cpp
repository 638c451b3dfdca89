// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrayIcon.h"

#include <QApplication>
#include <QMenu>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace OmsSync::Gui;

// Runs under tests/fixtures/with-desktop.sh: trayer on Xvfb embeds the icon.
namespace {

constexpr int patience = 20000; // ms

const QUuid beijing = QUuid::fromString("{6c3f2a58-1b0e-4d7a-9c1e-3f5b2d8e9a01}"_L1);
const QUuid shanghai = QUuid::fromString("{0e8d4c2b-7a61-4f3e-8b5d-2c9a1e7f6b02}"_L1);

QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(patience) || process.exitCode() != 0) {
        qWarning() << program << arguments << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The window Qt embeds into the tray (QSystemTrayIconSys, on XEmbed trays).
QWidget* trayWindow()
{
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->inherits("QSystemTrayIconSys")) {
            return widget;
        }
    }
    return nullptr;
}

// Whether X window `id` sits inside trayer's: its parents, up to the root,
// as xwininfo sees them.
bool isInsideTrayer(WId id)
{
    static const QRegularExpression parentLine(u"Parent window id: (0x[0-9a-f]+)"_s);
    static const QRegularExpression rootLine(u"Root window id: (0x[0-9a-f]+)"_s);
    QString window = u"0x"_s + QString::number(id, 16);
    for (int depth = 0; depth < 10; ++depth) {
        const QString info = run(u"xwininfo"_s, {u"-id"_s, window, u"-children"_s});
        const QString parent = parentLine.match(info).captured(1);
        if (parent.isEmpty() || parent == rootLine.match(info).captured(1)) {
            return false;
        }
        if (run(u"xprop"_s, {u"-id"_s, parent, u"WM_CLASS"_s}).contains("\"trayer\""_L1)) {
            return true;
        }
        window = parent;
    }
    return false;
}

// Clicks window `id` with a real (XTEST) pointer.
void click(WId id, int button)
{
    run(u"xdotool"_s,
        {u"mousemove"_s, u"--window"_s, QString::number(id), u"4"_s, u"4"_s, u"click"_s,
         QString::number(button)});
}

TraySummary summary()
{
    TraySummary s;
    s.running = 3;
    s.paused = 2;
    s.profilesWatched = 2;
    s.pausedTasks = {
        {beijing, u"Beijing"_s, u"t1"_s, u"Photos"_s},
        {shanghai, u"Shanghai & Co"_s, u"t2"_s, u"Logs"_s},
    };
    return s;
}

QStringList texts(const QMenu* menu)
{
    QStringList list;
    for (const QAction* action : menu->actions()) {
        list.append(action->isSeparator() ? u"--"_s : action->text());
    }
    return list;
}

QAction* actionNamed(const QMenu* menu, const QString& text)
{
    for (QAction* action : menu->actions()) {
        if (action->text() == text) {
            return action;
        }
    }
    return nullptr;
}

// The colour in the badge's corner of the 64 px icon: above its glyph.
QColor badgeColour(const TrayIcon& tray)
{
    const QImage image = tray.systemTrayIcon()->icon().pixmap(64).toImage();
    return image.pixelColor(46, 33);
}

} // namespace

class TestTrayIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("OMS_SYNC_DUNST_CHOICE"),
                 "run under tests/fixtures/with-desktop.sh");
    }

    void isEmbeddedInTheTray()
    {
        QVERIFY(TrayIcon::isAvailable());
        TrayIcon tray;
        QVERIFY(!tray.isVisible());
        tray.setVisible(true);
        QVERIFY(tray.isVisible());
        QVERIFY(tray.systemTrayIcon()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(trayWindow() != nullptr, patience);
        const WId id = trayWindow()->winId();
        QTRY_VERIFY_WITH_TIMEOUT(isInsideTrayer(id), patience);
        QVERIFY(tray.systemTrayIcon()->geometry().isValid());

        tray.setVisible(false);
        QVERIFY(!tray.isVisible());
    }

    void clickingActivates()
    {
        TrayIcon tray;
        tray.setVisible(true);
        QTRY_VERIFY_WITH_TIMEOUT(trayWindow() != nullptr, patience);
        const WId id = trayWindow()->winId();
        QTRY_VERIFY_WITH_TIMEOUT(isInsideTrayer(id), patience);
        QTRY_VERIFY_WITH_TIMEOUT(trayWindow()->isVisible(), patience);

        QSignalSpy activated(&tray, &TrayIcon::activated);
        click(id, 1);
        QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, patience);

        // The right button opens the menu instead.
        click(id, 3);
        QTRY_VERIFY_WITH_TIMEOUT(tray.menu()->isVisible(), patience);
        QCOMPARE(activated.size(), 1);
        tray.menu()->hide();
    }

    void stateFollowsTheSummary()
    {
        TrayIcon tray;
        QCOMPARE(tray.state(), TrayIcon::State::Running);
        const QColor running = badgeColour(tray);

        TraySummary s = summary();
        tray.setSummary(s);
        QCOMPARE(tray.state(), TrayIcon::State::Paused);
        const QColor paused = badgeColour(tray);
        // paused.svg's amber (#bf8700)
        QVERIFY2(paused.red() > 150 && paused.green() > 100 && paused.green() < 170
                     && paused.blue() < 60,
                 qPrintable(paused.name()));

        s.profilesWithError = 1;
        s.profileErrors = {{beijing, u"Beijing"_s, u"The password is wrong"_s}};
        tray.setSummary(s);
        QCOMPARE(tray.state(), TrayIcon::State::Error);
        const QColor error = badgeColour(tray);
        // error.svg's red (#cf222e)
        QVERIFY2(error.red() > 150 && error.green() < 80 && error.blue() < 90,
                 qPrintable(error.name()));
        QVERIFY2(running != paused && running != error, qPrintable(running.name()));

        tray.setSummary(
            {.running = 4, .profilesWatched = 1, .pausedTasks = {}, .profileErrors = {}});
        QCOMPARE(tray.state(), TrayIcon::State::Running);
        QCOMPARE(badgeColour(tray), running);
    }

    void toolTipCounts()
    {
        TrayIcon tray;
        QCOMPARE(tray.toolTip(), u"OMS Sync Desk\nNo profile is watched"_s);
        TraySummary s = summary();
        s.profilesWithError = 2;
        tray.setSummary(s);
        QCOMPARE(tray.toolTip(),
                 u"OMS Sync Desk\n3 tasks running, 2 paused · 2 profiles cannot sign in"_s);
        QCOMPARE(tray.systemTrayIcon()->toolTip(), tray.toolTip());
        tray.setSummary(
            {.running = 5, .profilesWatched = 3, .pausedTasks = {}, .profileErrors = {}});
        QCOMPARE(tray.toolTip(), u"OMS Sync Desk\n5 tasks running"_s);
    }

    void menuStartsPausedTasks()
    {
        TrayIcon tray;
        QCOMPARE(tray.systemTrayIcon()->contextMenu(), tray.menu());
        QCOMPARE(texts(tray.menu()),
                 QStringList({u"No paused tasks"_s, u"--"_s, u"&Show OMS Sync Desk"_s,
                              u"&Refresh Now"_s, u"--"_s, u"&Quit"_s}));
        QVERIFY(!tray.menu()->actions().first()->isEnabled());

        TraySummary s = summary();
        s.profilesWithError = 1;
        s.profileErrors = {{shanghai, u"Shanghai & Co"_s, u"The access key\nwas removed"_s}};
        tray.setSummary(s);
        QCOMPARE(texts(tray.menu()),
                 QStringList({u"Start “Photos” (Beijing)…"_s, u"Start “Logs” (Shanghai && Co)…"_s,
                              u"--"_s, u"Shanghai && Co: The access key was removed"_s, u"--"_s,
                              u"&Show OMS Sync Desk"_s, u"&Refresh Now"_s, u"--"_s, u"&Quit"_s}));

        QSignalSpy start(&tray, &TrayIcon::startRequested);
        tray.menu()->actions().at(1)->trigger();
        QCOMPARE(start.size(), 1);
        QCOMPARE(start.first().at(0).toUuid(), shanghai);
        QCOMPARE(start.first().at(1).toString(), u"t2"_s);

        QSignalSpy show(&tray, &TrayIcon::showRequested);
        QSignalSpy refresh(&tray, &TrayIcon::refreshRequested);
        QSignalSpy quit(&tray, &TrayIcon::quitRequested);
        actionNamed(tray.menu(), u"Shanghai && Co: The access key was removed"_s)->trigger();
        QCOMPARE(show.size(), 1);
        actionNamed(tray.menu(), u"&Show OMS Sync Desk"_s)->trigger();
        QCOMPARE(show.size(), 2);
        actionNamed(tray.menu(), u"&Refresh Now"_s)->trigger();
        QCOMPARE(refresh.size(), 1);
        actionNamed(tray.menu(), u"&Quit"_s)->trigger();
        QCOMPARE(quit.size(), 1);
        QCOMPARE(start.size(), 1);
    }

    void menuListsAFewTasks()
    {
        TrayIcon tray;
        TraySummary s;
        for (int i = 0; i < TrayIcon::maxMenuTasks + 2; ++i) {
            s.pausedTasks.append({beijing, u"Beijing"_s, QString::number(i), u"T"_s});
        }
        s.paused = int(s.pausedTasks.size());
        tray.setSummary(s);
        const QStringList list = texts(tray.menu());
        QCOMPARE(list.count(u"Start “T” (Beijing)…"_s), TrayIcon::maxMenuTasks);
        QCOMPARE(list.at(TrayIcon::maxMenuTasks), u"2 more paused tasks…"_s);
        QSignalSpy show(&tray, &TrayIcon::showRequested);
        tray.menu()->actions().at(TrayIcon::maxMenuTasks)->trigger();
        QCOMPARE(show.size(), 1);
    }

    void menuIsRebuiltOnlyWhenItChanges()
    {
        TrayIcon tray;
        TraySummary s = summary();
        tray.setSummary(s);
        const QPointer<QAction> first = tray.menu()->actions().first();
        tray.setSummary(s);
        QVERIFY(first);
        // Counts alone change the tooltip, not the menu.
        s.running = 7;
        tray.setSummary(s);
        QVERIFY(first);
        QVERIFY(tray.toolTip().contains(u"7 tasks running"_s));
        QCOMPARE(tray.menu()->actions().first(), first.data());

        s.pausedTasks.removeLast();
        tray.setSummary(s);
        QVERIFY(!first);
        QCOMPARE(tray.menu()->actions().first()->text(), u"Start “Photos” (Beijing)…"_s);
    }
};

QTEST_MAIN(TestTrayIcon)
#include "TestTrayIcon.moc"
