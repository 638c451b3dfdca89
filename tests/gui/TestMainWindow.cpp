// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorBanner.h"
#include "GuiSettings.h"
#include "GuiTest.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ProfileController.h"
#include "ProfileListModel.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "TaskDetailsWidget.h"
#include "TaskFilterProxyModel.h"
#include "TaskListController.h"
#include "TaskTableModel.h"
#include "Translations.h"
#include "WatchController.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QTreeView>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using namespace OmsSync::Gui;
using Test::makeTask;

namespace {

// Settings, keychain and profiles of one test, never the user's.
struct Fixture
{
    QTemporaryDir dir;
    ProfileStore store {dir.filePath(u"profiles.ini"_s)};
    SecretStore secrets;
    GuiSettings settings {dir.filePath(u"gui.ini"_s)};
    std::unique_ptr<ProfileController> controller;

    Fixture()
    {
        secrets.setSessionOnly(true);
        controller =
            std::make_unique<ProfileController>(new ProfileService(&store, &secrets, &store));
        controller->setCallPolicy(Test::quickPolicy());
    }

    // A profile nobody answers for: nothing in these tests needs a service.
    Profile addUnreachableProfile(const QString& name)
    {
        Profile profile;
        profile.name = name;
        profile.regionId = u"cn-north-4"_s;
        profile.accountName = u"acme"_s;
        profile.userName = u"alice"_s;
        profile.omsEndpoint = QUrl(u"http://127.0.0.1:9"_s);
        profile.iamEndpoint = QUrl(u"http://127.0.0.1:9"_s);
        if (store.add(profile).isError()) {
            qFatal("could not add a profile");
        }
        controller->setSecretOverride(profile.id, u"password"_s);
        return profile;
    }
};

// Whether a condition held when a widget was first painted.
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget* widget, std::function<bool()> condition)
        : m_condition(std::move(condition))
    {
        widget->installEventFilter(this);
    }

    bool painted = false;
    bool conditionAtFirstPaint = false;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            conditionAtFirstPaint = m_condition();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<bool()> m_condition;
};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static void select(MainWindow& window, const QStringList& ids)
    {
        QItemSelection selection;
        for (const QString& id : ids) {
            const QModelIndex source = window.taskModel()->index(window.taskModel()->rowOf(id), 0);
            const QModelIndex row = window.taskProxy()->mapFromSource(source);
            selection.select(row, row);
        }
        window.taskView()->selectionModel()->select(
            selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

private Q_SLOTS:
    void offersAProfileOrTheDemoOnFirstRun()
    {
        Fixture f;
        MainWindow window(f.controller.get(), &f.settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* pages = window.findChild<QStackedWidget*>(u"pages"_s);
        QCOMPARE(pages->currentWidget()->objectName(), u"emptyState"_s);
        auto* add = window.findChild<QPushButton*>(u"addProfileButton"_s);
        auto* demo = window.findChild<QPushButton*>(u"tryDemoButton"_s);
        QVERIFY(add && add->isVisible() && add->isEnabled());
        QVERIFY(demo && demo->isVisible() && demo->isEnabled());
        QVERIFY(!window.startAction()->isEnabled());
        QVERIFY(!window.stopAction()->isEnabled());
        QVERIFY(!window.refreshAction()->isEnabled());

        // The first profile replaces the empty state.
        f.addUnreachableProfile(u"Beijing4"_s);
        QCOMPARE(pages->currentWidget()->objectName(), u"content"_s);
        QVERIFY(window.refreshAction()->isEnabled());
    }

    void enablesActionsOnlyWhereTheyApply_data()
    {
        QTest::addColumn<QStringList>("selected");
        QTest::addColumn<bool>("start");
        QTest::addColumn<bool>("stop");
        QTest::addColumn<QString>("startText");
        QTest::newRow("nothing") << QStringList {} << false << false << u"&Start…"_s;
        QTest::newRow("a paused task") << QStringList {u"p1"_s} << true << false << u"&Start…"_s;
        QTest::newRow("a running task") << QStringList {u"r1"_s} << false << true << u"&Start…"_s;
        QTest::newRow("an unknown state")
            << QStringList {u"u1"_s} << false << false << u"&Start…"_s;
        QTest::newRow("paused and running")
            << QStringList {u"p1"_s, u"r1"_s} << true << true << u"&Start…"_s;
        QTest::newRow("two paused")
            << QStringList {u"p1"_s, u"p2"_s} << true << false << u"&Start 2 Tasks…"_s;
    }

    void enablesActionsOnlyWhereTheyApply()
    {
        QFETCH(QStringList, selected);
        QFETCH(bool, start);
        QFETCH(bool, stop);
        QFETCH(QString, startText);

        Fixture f;
        f.addUnreachableProfile(u"Beijing4"_s);
        MainWindow window(f.controller.get(), &f.settings);
        SyncTask unknown = makeTask(u"u1"_s, SyncTaskStatus::Unknown);
        unknown.statusText = u"PAUSING"_s;
        window.taskModel()->setTasks({makeTask(u"p1"_s, SyncTaskStatus::Stopped),
                                      makeTask(u"p2"_s, SyncTaskStatus::Stopped),
                                      makeTask(u"r1"_s, SyncTaskStatus::Synchronizing), unknown});
        window.taskView()->selectionModel()->clearSelection();
        select(window, selected);
        QCOMPARE(window.startAction()->isEnabled(), start);
        QCOMPARE(window.stopAction()->isEnabled(), stop);
        QCOMPARE(window.startAction()->text(), startText);
        QVERIFY(window.refreshAction()->isEnabled());
        QCOMPARE(window.findChild<QAction*>(u"copyIdAction"_s)->isEnabled(), !selected.isEmpty());
    }

    void followsAStateChangeOfTheSelectedTask()
    {
        Fixture f;
        f.addUnreachableProfile(u"Beijing4"_s);
        MainWindow window(f.controller.get(), &f.settings);
        window.taskModel()->setTasks({makeTask(u"p1"_s, SyncTaskStatus::Stopped)});
        select(window, {u"p1"_s});
        QVERIFY(window.startAction()->isEnabled());
        window.taskModel()->updateTask(makeTask(u"p1"_s, SyncTaskStatus::Synchronizing));
        QVERIFY(!window.startAction()->isEnabled());
        QVERIFY(window.stopAction()->isEnabled());
    }

    void hasNoTwoControlsOnOneAltKey_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Chinese") << u"zh_CN"_s;
    }

    void hasNoTwoControlsOnOneAltKey()
    {
        QFETCH(QString, language);
        const QLocale before;
        if (language != u"en"_s) {
            QVERIFY(!Translations::install(QLocale(language)).isEmpty());
        }
        const auto restore = qScopeGuard([before] {
            const QList<QTranslator*> translators = qApp->findChildren<QTranslator*>();
            for (QTranslator* translator : translators) {
                QCoreApplication::removeTranslator(translator);
                delete translator;
            }
            QLocale::setDefault(before);
        });
        Fixture f;
        f.addUnreachableProfile(u"Beijing4"_s);
        MainWindow window(f.controller.get(), &f.settings);
        window.taskModel()->setTasks({makeTask(u"p1"_s, SyncTaskStatus::Stopped),
                                      makeTask(u"r1"_s, SyncTaskStatus::Synchronizing)});
        select(window, {u"p1"_s});
        // With a task's details and a range of one's own shown, every
        // control of the window is there.
        QVERIFY(window.details());
        auto* range = window.findChild<QComboBox*>(u"statisticsRange"_s);
        QVERIFY(range);
        range->setCurrentIndex(range->count() - 1);
        Q_EMIT range->activated(range->count() - 1);
        const QStringList clashes = Test::mnemonicClashes(&window);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
    }

    void refreshesWithF5()
    {
        Fixture f;
        MainWindow window(f.controller.get(), &f.settings);
        QVERIFY(window.refreshAction()->shortcuts().contains(QKeySequence(Qt::Key_F5)));
    }

    void asksBeforeStoppingAndSaysTheKeysAreDiscarded()
    {
        Fixture f;
        f.addUnreachableProfile(u"Beijing4"_s);
        MainWindow window(f.controller.get(), &f.settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Let the first load fail and settle.
        QTRY_VERIFY_WITH_TIMEOUT(window.errorBanner()->isVisible(), 15000);
        QTRY_VERIFY(!window.tasks()->isBusy());
        window.errorBanner()->dismiss();
        window.taskModel()->setTasks({makeTask(u"r1"_s, SyncTaskStatus::Synchronizing, u"Photos"_s),
                                      makeTask(u"r2"_s, SyncTaskStatus::Synchronizing)});
        select(window, {u"r1"_s, u"r2"_s});

        MessageBox::setNextAnswer(MessageBox::Cancel);
        window.stopAction()->trigger();
        const MessageBox::Question asked = MessageBox::lastQuestion();
        QVERIFY2(asked.text.contains(u"2"_s), qPrintable(asked.text));
        QVERIFY2(asked.informativeText.contains(u"discards"_s), qPrintable(asked.informativeText));
        QVERIFY(asked.informativeText.contains(u"keys"_s));
        QCOMPARE(asked.defaultButton, MessageBox::Cancel);
        // Cancelled: nothing was sent.
        QVERIFY(!window.tasks()->isBusy());
        QVERIFY(window.errorBanner()->isHidden());

        // Confirmed: the stop goes out (and fails here, in place).
        MessageBox::setNextAnswer(MessageBox::Stop);
        window.stopAction()->trigger();
        QVERIFY(window.tasks()->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(window.errorBanner()->isVisible(), 15000);
    }

    void showsAFailedLoadInPlace()
    {
        Fixture f;
        const Profile profile = f.addUnreachableProfile(u"Beijing4"_s);
        MainWindow window(f.controller.get(), &f.settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(window.errorBanner()->isVisible(), 15000);
        QVERIFY2(window.errorBanner()->plainText().contains(u"Beijing4"_s),
                 qPrintable(window.errorBanner()->plainText()));
        QCOMPARE(window.errorBanner()->error().kind(), ApiError::Kind::Network);
        QCOMPARE(f.controller->signInState(profile.id), ProfileController::SignInState::Failed);
        // No modal dialog for it.
        QVERIFY(!QApplication::activeModalWidget());
    }

    void offersAnOverviewOnlyWithTwoProfiles()
    {
        Fixture f;
        f.addUnreachableProfile(u"Beijing4"_s);
        MainWindow window(f.controller.get(), &f.settings);
        QAbstractItemModel* profiles = window.profileView()->model();
        QCOMPARE(profiles->rowCount(), 1);
        QVERIFY(!window.taskView()->header()->isSectionHidden(TaskTableModel::TaskColumn));
        QVERIFY(window.taskView()->isColumnHidden(TaskTableModel::ProfileColumn));

        f.addUnreachableProfile(u"Shanghai1"_s);
        QCOMPARE(profiles->rowCount(), 3);
        QCOMPARE(profiles->index(0, 0).data().toString(), u"All profiles"_s);
        QVERIFY(profiles->index(0, 0).data(ProfileListModel::OverviewRole).toBool());
    }

    void theOverviewShowsEveryFailureInPlaceAndIsRemembered()
    {
        Fixture f;
        f.addUnreachableProfile(u"Beijing4"_s);
        f.addUnreachableProfile(u"Shanghai1"_s);
        {
            MainWindow window(f.controller.get(), &f.settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(!window.tasks()->isAllProfiles());
            window.selectOverview();
            QVERIFY(window.tasks()->isAllProfiles());
            QVERIFY(!window.taskView()->isColumnHidden(TaskTableModel::ProfileColumn));
            QVERIFY2(window.windowTitle().contains(u"All profiles"_s),
                     qPrintable(window.windowTitle()));
            // Both fail: one notice naming both, in place, no dialog.
            QTRY_VERIFY_WITH_TIMEOUT(window.overviewBanner()->isVisible(), 15000);
            QTRY_VERIFY_WITH_TIMEOUT(
                window.overviewBanner()->plainText().contains(u"Beijing4"_s)
                    && window.overviewBanner()->plainText().contains(u"Shanghai1"_s),
                15000);
            QVERIFY(!QApplication::activeModalWidget());
            QVERIFY(window.close());
        }
        // The next start shows the overview again.
        MainWindow again(f.controller.get(), &f.settings);
        QVERIFY(again.tasks()->isAllProfiles());
        QVERIFY(again.profileView()->currentIndex().data(ProfileListModel::OverviewRole).toBool());

        // A profile chosen instead is what the next start shows.
        const QUuid shanghai = f.controller->profiles().at(1).id;
        again.selectProfile(shanghai);
        QVERIFY(!again.tasks()->isAllProfiles());
        QVERIFY(again.taskView()->isColumnHidden(TaskTableModel::ProfileColumn));
        QVERIFY(again.overviewBanner()->isHidden());
        QVERIFY(!f.settings.overviewSelected());
    }

    void keepsWatchingWhileHidden()
    {
        Fixture f;
        f.settings.setAutoRefreshSeconds(30);
        const Profile profile = f.addUnreachableProfile(u"Beijing4"_s);
        MainWindow window(f.controller.get(), &f.settings);
        QCOMPARE(window.watch()->interval(), 30);
        QVERIFY(window.watch()->isStarted());
        // The watch runs whether or not a window shows it: the tray and the
        // notifications depend on it.
        QTRY_VERIFY(window.watch()->nextRefresh(profile.id).isValid());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.hide();
        QVERIFY(window.watch()->isStarted());
        QVERIFY(window.watch()->nextRefresh(profile.id).isValid());
        // What only the window needs does not wake a hidden one: the clock
        // that ages "Updated" and the last-started times stops, and starts
        // again when the window comes back.
        auto* clock = window.findChild<QTimer*>(u"relativeTimeClock"_s);
        QVERIFY(clock);
        QVERIFY(!clock->isActive());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(clock->isActive());
        window.hide();
        QVERIFY(!clock->isActive());

        // --refresh-interval wins over the settings for the run.
        window.setRefreshIntervalOverride(5);
        QCOMPARE(window.watch()->interval(), 5);
        window.setRefreshIntervalOverride(0);
        QCOMPARE(window.watch()->interval(), 30);
    }

    void closesIntoTheTrayWhereThereIsOne()
    {
        Fixture f;
        f.addUnreachableProfile(u"Beijing4"_s);
        MainWindow window(f.controller.get(), &f.settings);
        QSignalSpy hidden(&window, &MainWindow::hiddenToTray);

        // No tray: closing closes.
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.close());
        QCOMPARE(hidden.count(), 0);

        window.setTrayAvailable(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.close()); // the close was turned into a hide
        QVERIFY(!window.isVisible());
        QCOMPARE(hidden.count(), 1);
        QCOMPARE(hidden.takeFirst().at(0).toBool(), true); // the first time: say so
        QVERIFY(GuiSettings(f.settings.fileName()).trayHintShown());
        window.bringToFront();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.close());
        QCOMPARE(hidden.takeFirst().at(0).toBool(), false); // said once only

        // The setting turned off: closing closes again.
        f.settings.setCloseToTray(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.close());
        QCOMPARE(hidden.count(), 0);
    }

    void filtersByTextAndStatus()
    {
        Fixture f;
        f.addUnreachableProfile(u"Beijing4"_s);
        MainWindow window(f.controller.get(), &f.settings);
        window.taskModel()->setTasks({makeTask(u"p1"_s, SyncTaskStatus::Stopped, u"Photos"_s),
                                      makeTask(u"r1"_s, SyncTaskStatus::Synchronizing, u"Logs"_s)});
        auto* filter = window.findChild<QLineEdit*>(u"taskFilter"_s);
        auto* status = window.findChild<QComboBox*>(u"statusFilter"_s);
        QTest::keyClicks(filter, u"phot"_s);
        QCOMPARE(window.taskProxy()->rowCount(), 1);
        filter->clear();
        QCOMPARE(window.taskProxy()->rowCount(), 2);
        status->setCurrentIndex(status->findText(u"Synchronizing"_s));
        QCOMPARE(window.taskProxy()->rowCount(), 1);
        QCOMPARE(window.taskProxy()->index(0, 0).data(TaskTableModel::TaskIdRole).toString(),
                 u"r1"_s);
    }

    void remembersTheLayout()
    {
        Fixture f;
        f.addUnreachableProfile(u"Beijing4"_s);
        {
            MainWindow window(f.controller.get(), &f.settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.taskView()->sortByColumn(TaskTableModel::SizeColumn, Qt::DescendingOrder);
            window.taskView()->header()->resizeSection(TaskTableModel::SourceColumn, 333);
            window.findChild<QComboBox*>(u"statusFilter"_s)->setCurrentIndex(2);
            window.resize(1111, 777);
            window.close();
        }
        GuiSettings reread(f.settings.fileName());
        QVERIFY(!reread.taskHeaderState().isEmpty());
        QVERIFY(!reread.windowGeometry().isEmpty());
        MainWindow again(f.controller.get(), &reread);
        QCOMPARE(again.taskView()->header()->sortIndicatorSection(),
                 int(TaskTableModel::SizeColumn));
        QCOMPARE(again.taskView()->header()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(again.taskView()->header()->sectionSize(TaskTableModel::SourceColumn), 333);
        QCOMPARE(again.findChild<QComboBox*>(u"statusFilter"_s)->currentIndex(), 2);
        QCOMPARE(again.size(), QSize(1111, 777));
    }

    // The details pane and its chart wait for the first frame, so that the
    // task list is painted as soon as it can be; then they show the
    // selected task at once, in the layout they were left in.
    void makesTheDetailsOnceTheTaskListIsPainted()
    {
        Fixture f;
        f.addUnreachableProfile(u"Beijing4"_s);
        int savedWidth = 0;
        {
            MainWindow before(f.controller.get(), &f.settings);
            before.show();
            QVERIFY(QTest::qWaitForWindowExposed(&before));
            QSplitter* splitter = before.details()->splitter();
            const int total = splitter->sizes().constFirst() + splitter->sizes().constLast();
            splitter->setSizes({total / 2 + 17, total - total / 2 - 17});
            savedWidth = splitter->sizes().constFirst();
            before.close();
        }

        MainWindow window(f.controller.get(), &f.settings);
        window.taskModel()->setTasks({makeTask(u"p1"_s, SyncTaskStatus::Stopped)});
        select(window, {u"p1"_s});
        QVERIFY(!window.hasDetails());
        QVERIFY(!window.findChild<TaskDetailsWidget*>());

        FirstPaintWatcher watcher(window.taskView()->viewport(),
                                  [&window] { return window.hasDetails(); });
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.hasDetails());
        QVERIFY(watcher.painted);
        QVERIFY(!watcher.conditionAtFirstPaint);
        QCOMPARE(window.details()->taskId(), u"p1"_s);
        QCOMPARE(window.details()->splitter()->sizes().constFirst(), savedWidth);
    }

    // Closed before its details were made, the window keeps the details'
    // layout from last time rather than forgetting it.
    void keepsTheDetailsLayoutItNeverShowed()
    {
        Fixture f;
        f.addUnreachableProfile(u"Beijing4"_s);
        f.settings.setSplitterState(u"details"_s, QByteArray("kept"));
        {
            MainWindow window(f.controller.get(), &f.settings);
            window.close();
            QVERIFY(!window.hasDetails());
        }
        QCOMPARE(f.settings.splitterState(u"details"_s), QByteArray("kept"));
    }

    void opensTheLastSelectedProfile()
    {
        Fixture f;
        f.addUnreachableProfile(u"Beijing4"_s);
        const Profile shanghai = f.addUnreachableProfile(u"Shanghai1"_s);
        {
            MainWindow window(f.controller.get(), &f.settings);
            QCOMPARE(window.tasks()->profileName(), u"Beijing4"_s);
            window.selectProfile(shanghai.id);
            QCOMPARE(window.tasks()->profileId(), shanghai.id);
        }
        MainWindow again(f.controller.get(), &f.settings);
        QCOMPARE(again.tasks()->profileId(), shanghai.id);
        QCOMPARE(again.profileView()->currentIndex().data().toString(), u"Shanghai1"_s);
    }

    void savesTheLastSelectedProfileOnceTheChoiceSettles()
    {
        Fixture f;
        QList<Profile> added;
        for (const QString& name : {u"One"_s, u"Two"_s, u"Three"_s}) {
            added.append(f.addUnreachableProfile(name));
        }
        auto window = std::make_unique<MainWindow>(f.controller.get(), &f.settings);
        QSignalSpy written(&f.store, &ProfileStore::changed);
        // Arrowing through the list: no write for each step.
        for (const Profile& profile : added) {
            window->selectProfile(profile.id);
        }
        QCOMPARE(written.size(), 0);
        QCOMPARE(f.controller->lastSelected(), added.last().id);
        // A second after the last step: one write, of the last one.
        QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 3000);
        QCOMPARE(f.store.lastSelected(), added.last().id);

        // A choice the controller still holds when it goes is written then.
        window->selectProfile(added.first().id);
        window.reset();
        f.controller.reset();
        QCOMPARE(written.size(), 2);
        QCOMPARE(f.store.lastSelected(), added.first().id);
    }

    void namesItsControlsForAssistiveTechnology()
    {
        Fixture f;
        f.addUnreachableProfile(u"Beijing4"_s);
        MainWindow window(f.controller.get(), &f.settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.hasDetails());
        for (const QString& name : {u"taskFilter"_s, u"statusFilter"_s, u"taskView"_s,
                                    u"profileList"_s, u"taskDetails"_s, u"statisticsChart"_s}) {
            auto* widget = window.findChild<QWidget*>(name);
            QVERIFY2(widget, qPrintable(name));
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
        }
        for (QAction* action :
             {window.startAction(), window.stopAction(), window.refreshAction()}) {
            QVERIFY(!action->text().isEmpty());
            QVERIFY(!action->icon().isNull());
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
