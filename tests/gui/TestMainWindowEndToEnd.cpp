// SPDX-License-Identifier: GPL-3.0-or-later
//
// The desktop application against a real oms-sim over loopback: load the
// tasks, start a paused one through the credentials dialog, stop it, start
// it again with the keys it remembered, and see the service refuse.
#include "CredentialsDialog.h"
#include "Csv.h"
#include "ErrorBanner.h"
#include "FileDialog.h"
#include "GuiSettings.h"
#include "GuiTest.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ProfileController.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "SimulatorProcess.h"
#include "StatisticsChart.h"
#include "StatisticsPanel.h"
#include "StatisticsTableModel.h"
#include "TaskDetailsWidget.h"
#include "TaskFilterProxyModel.h"
#include "TaskListController.h"
#include "TaskTableModel.h"
#include "WatchController.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using namespace OmsSync::Gui;
using OmsSync::Test::SimulatorProcess;

namespace {

constexpr int networkTimeoutMs = 20000;

// From the simulator's demo seed (app/sim/DemoSeed.cpp), cn-north-4.
const QString pausedAwsTask = u"2a7d9e4b-8c1f-4e6a-b3d2-9f0c1e7a5b42"_s;
const QString runningAliyunTask = u"1f4c2a9e-3b7d-4c1e-9a2f-6d8e0b5c7a31"_s;

struct Desk
{
    QTemporaryDir dir;
    ProfileStore store {dir.filePath(u"profiles.ini"_s)};
    SecretStore secrets;
    GuiSettings settings {dir.filePath(u"gui.ini"_s)};
    std::unique_ptr<ProfileController> controller;
    std::unique_ptr<MainWindow> window;

    // A password profile against the simulator, its password stored the
    // way the profile editor stores it.
    bool open(const QUrl& endpoint, const QString& account, const QString& user,
              const QString& password)
    {
        secrets.setSessionOnly(true);
        settings.setAutoRefreshSeconds(0); // the test decides when to look again
        controller =
            std::make_unique<ProfileController>(new ProfileService(&store, &secrets, &store));
        controller->setCallPolicy(Gui::Test::quickPolicy());
        Profile profile;
        profile.name = u"Simulated Beijing4"_s;
        profile.regionId = u"cn-north-4"_s;
        profile.accountName = account;
        profile.userName = user;
        profile.omsEndpoint = endpoint;
        profile.iamEndpoint = endpoint;
        bool stored = false;
        if (controller
                ->saveProfile(profile, password, controller.get(),
                              [&stored](const ApiError& error) { stored = !error.isError(); })
                .isError()) {
            return false;
        }
        if (!QTest::qWaitFor([&stored] { return stored; })) {
            return false;
        }
        window = std::make_unique<MainWindow>(controller.get(), &settings);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }

    SyncTaskStatus statusOf(const QString& taskId) const
    {
        const int row = window->taskModel()->rowOf(taskId);
        return row < 0 ? SyncTaskStatus::Unknown : window->taskModel()->task(row).status;
    }

    QLineEdit* field(const char* name) const
    {
        return window->credentialsDialog()->findChild<QLineEdit*>(QString::fromLatin1(name));
    }

    QPointer<CredentialsDialog> openStartDialog(const QString& taskId)
    {
        window->selectTask(taskId);
        if (!window->startAction()->isEnabled()) {
            qWarning("Start is not enabled for %s", qPrintable(taskId));
            return {};
        }
        window->startAction()->trigger();
        return window->credentialsDialog();
    }

    void typeKeys(const QString& srcAk, const QString& srcSk, const QString& dstAk,
                  const QString& dstSk)
    {
        const std::pair<const char*, QString> keys[] = {{"sourceAk", srcAk},
                                                        {"sourceSk", srcSk},
                                                        {"destinationAk", dstAk},
                                                        {"destinationSk", dstSk}};
        for (const auto& [name, value] : keys) {
            QLineEdit* edit = field(name);
            edit->selectAll();
            QTest::keyClick(edit, Qt::Key_Delete);
            QTest::keyClicks(edit, value);
        }
    }
};

} // namespace

class TestMainWindowEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsTheTasksWithTheirFiguresAndStatistics()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        Desk desk;
        QVERIFY(desk.open(sim.baseUrl(), u"demo"_s, u"demo"_s, u"demo-password"_s));
        MainWindow& window = *desk.window;

        QTRY_COMPARE_WITH_TIMEOUT(window.taskModel()->rowCount(), 4, networkTimeoutMs);
        QCOMPARE(desk.statusOf(pausedAwsTask), SyncTaskStatus::Stopped);
        QCOMPARE(desk.statusOf(runningAliyunTask), SyncTaskStatus::Synchronizing);
        const int row = window.taskModel()->rowOf(runningAliyunTask);
        // This month's figures come from each task's own answer.
        QTRY_VERIFY_WITH_TIMEOUT(!window.taskModel()
                                      ->index(row, TaskTableModel::SyncedColumn)
                                      .data()
                                      .toString()
                                      .isEmpty(),
                                 networkTimeoutMs);
        QCOMPARE(window.taskModel()->index(row, TaskTableModel::StatusColumn).data().toString(),
                 u"Synchronizing"_s);
        QCOMPARE(desk.controller->signInState(desk.controller->profiles().constFirst().id),
                 ProfileController::SignInState::Connected);
        QVERIFY(window.errorBanner()->isHidden());

        // Details of the selected task, with the chart of its last 24 hours.
        window.selectTask(runningAliyunTask);
        TaskDetailsWidget* details = window.details();
        QCOMPARE(details->taskId(), runningAliyunTask);
        QCOMPARE(details->fieldText(u"sourceBucket"_s), u"media-assets-prod"_s);
        QCOMPARE(details->fieldText(u"failedObjectList"_s),
                 u"obs://media-assets-obs/oms/sync_task/"_s + runningAliyunTask
                     + u"/failed_object_lists/"_s);
        QCOMPARE(details->fieldText(u"skippedObjectList"_s),
                 u"obs://media-assets-obs/oms/sync_task/"_s + runningAliyunTask
                     + u"/skip_object_lists/"_s);
        // The chart is made (its plugin loaded) when the first figures arrive.
        QTRY_VERIFY_WITH_TIMEOUT(details->chart() && details->chart()->isShowingChart(),
                                 networkTimeoutMs);
        QVERIFY(details->chart()->pointCount(StatisticType::Request) > 100);
        QVERIFY(details->chart()->pointCount(StatisticType::Success) > 100);
        QVERIFY(details->chart()->pointCount(StatisticType::Failure) > 100);
        QVERIFY(details->chart()->pointCount(StatisticType::Skip) > 100);
        QVERIFY(details->fieldText(u"monthlySuccess"_s) != u"Loading…"_s);
        QVERIFY(sim.stop());
    }

    void showsEachRangeAtTheServicesGranularityAndExportsIt()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        Desk desk;
        QVERIFY(desk.open(sim.baseUrl(), u"demo"_s, u"demo"_s, u"demo-password"_s));
        MainWindow& window = *desk.window;
        QTRY_COMPARE_WITH_TIMEOUT(window.taskModel()->rowCount(), 4, networkTimeoutMs);
        window.selectTask(runningAliyunTask);
        StatisticsPanel* panel = window.details()->statistics();
        QTRY_VERIFY_WITH_TIMEOUT(panel->hasFigures(), networkTimeoutMs);

        // What the service sends for a range: points from the interval that
        // holds its start, every step, up to its end.
        auto expectPoints = [panel](const QString& granularity, qint64 step) {
            const StatisticsTableModel* model = panel->model();
            QCOMPARE(model->statistics().granularity, granularity);
            const qint64 from = panel->loadedRange().from.toMSecsSinceEpoch();
            const qint64 to = panel->loadedRange().to.toMSecsSinceEpoch();
            const qint64 first = from - from % step;
            QCOMPARE(model->rowCount(), int((to - first + step - 1) / step));
            const QList<StatisticsRow> rows = model->statistics().rows();
            QCOMPARE(rows.constFirst().timeMs, first);
            for (qsizetype i = 1; i < rows.size(); ++i) {
                QCOMPARE(rows.at(i).timeMs - rows.at(i - 1).timeMs, step);
            }
        };
        expectPoints(u"FIVE_MINUTES"_s, SyncTaskStatistics::fiveMinutesMs);
        QVERIFY(panel->chart()->pointCount(StatisticType::Size) > 100);

        panel->setPreset(StatisticsRange::Preset::Last7Days);
        QTRY_COMPARE_WITH_TIMEOUT(panel->loadedRange().preset, StatisticsRange::Preset::Last7Days,
                                  networkTimeoutMs);
        expectPoints(u"ONE_HOUR"_s, SyncTaskStatistics::oneHourMs);
        QVERIFY(panel->chart()->title().contains(u"7 days"_s));

        panel->setPreset(StatisticsRange::Preset::Last30Days);
        QTRY_COMPARE_WITH_TIMEOUT(panel->loadedRange().preset, StatisticsRange::Preset::Last30Days,
                                  networkTimeoutMs);
        expectPoints(u"ONE_HOUR"_s, SyncTaskStatistics::oneHourMs);

        // Longer than OMS answers at once: fetched in two pieces, joined.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(panel->setCustomRange(now.addDays(-45), now));
        QTRY_COMPARE_WITH_TIMEOUT(panel->loadedRange().preset, StatisticsRange::Preset::Custom,
                                  networkTimeoutMs);
        expectPoints(u"ONE_HOUR"_s, SyncTaskStatistics::oneHourMs);
        // Refused before anything is asked: the figures shown stay.
        QVERIFY(!panel->setCustomRange(now, now.addDays(-1)));
        QVERIFY(panel->customRangeError().contains(u"From"_s));
        QCOMPARE(panel->loadedRange().from.daysTo(panel->loadedRange().to), 45);

        panel->setShowTable(true);
        QVERIFY(panel->isShowingTable());

        // The figures shown, exported: a byte order mark, a header, a row each.
        QTemporaryDir dir;
        FileDialog::setNextFileName(dir.filePath(u"figures"_s));
        panel->findChild<QToolButton*>(u"statisticsExport"_s)->click();
        QFile csv(dir.filePath(u"figures.csv"_s));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith(Csv::utf8Bom));
        const QList<QByteArray> lines = bytes.mid(3).split('\n');
        QCOMPARE(lines.constFirst(), QByteArray("time,requests,successes,failures,skips,bytes\r"));
        QCOMPARE(lines.size(), panel->model()->rowCount() + 2); // and the empty tail

        // The task list as filtered: the one task that matches, and the header.
        window.findChild<QLineEdit*>(u"taskFilter"_s)->setText(u"media-assets"_s);
        QTRY_COMPARE(window.taskProxy()->rowCount(), 1);
        FileDialog::setNextFileName(dir.filePath(u"tasks.csv"_s));
        window.findChild<QAction*>(u"exportTasksAction"_s)->trigger();
        QFile tasks(dir.filePath(u"tasks.csv"_s));
        QVERIFY(tasks.open(QIODevice::ReadOnly));
        const QList<QByteArray> taskLines = tasks.readAll().mid(3).trimmed().split('\n');
        QCOMPARE(taskLines.size(), 2);
        QVERIFY(taskLines.at(0).startsWith("sync_task_id,"));
        QVERIFY(taskLines.at(1).startsWith(QByteArray(runningAliyunTask.toUtf8() + ',')));

        // Copied as a table: a header line and the selected task's row.
        window.selectTask(runningAliyunTask);
        window.findChild<QAction*>(u"copyRowsAction"_s)->trigger();
        const QStringList copied =
            QApplication::clipboard()->text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(copied.size(), 2);
        QVERIFY(copied.at(1).startsWith(runningAliyunTask + u'\t'));
        QVERIFY(sim.stop());
    }

    void startsAPausedTaskThroughTheDialogAndRemembersItsKeys()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        Desk desk;
        QVERIFY(desk.open(sim.baseUrl(), u"demo"_s, u"demo"_s, u"demo-password"_s));
        MainWindow& window = *desk.window;
        QTRY_COMPARE_WITH_TIMEOUT(window.taskModel()->rowCount(), 4, networkTimeoutMs);

        QPointer<CredentialsDialog> dialog = desk.openStartDialog(pausedAwsTask);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->findChild<QPushButton*>(u"startButton"_s)->isEnabled());
        desk.typeKeys(u"AKIASOURCE0001"_s, u"source-secret"_s, u"HWDEST0001"_s,
                      u"destination-secret"_s);
        auto* remember = dialog->findChild<QCheckBox*>(u"rememberKeys"_s);
        QVERIFY(remember->isEnabled());
        remember->setChecked(true);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"startButton"_s), Qt::LeftButton);
        QVERIFY(dialog->isRunning());
        // Accepted and gone, and the table shows the task running.
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, networkTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(desk.statusOf(pausedAwsTask), SyncTaskStatus::Synchronizing,
                                  networkTimeoutMs);
        const int row = window.taskModel()->rowOf(pausedAwsTask);
        QCOMPARE(window.taskModel()->index(row, TaskTableModel::StatusColumn).data().toString(),
                 u"Synchronizing"_s);
        QVERIFY(window.errorBanner()->isHidden());
        QTRY_VERIFY(desk.controller->hasRememberedKeys(desk.controller->profiles().constFirst().id,
                                                       pausedAwsTask));

        // Stop it (confirmed), and it is paused again.
        window.selectTask(pausedAwsTask);
        QVERIFY(window.stopAction()->isEnabled());
        QVERIFY(!window.startAction()->isEnabled());
        MessageBox::setNextAnswer(MessageBox::Stop);
        window.stopAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(desk.statusOf(pausedAwsTask), SyncTaskStatus::Stopped,
                                  networkTimeoutMs);

        // The next start finds the keys filled in.
        dialog = desk.openStartDialog(pausedAwsTask);
        QVERIFY(dialog);
        QTRY_COMPARE(desk.field("sourceAk")->text(), u"AKIASOURCE0001"_s);
        QCOMPARE(desk.field("sourceSk")->text(), u"source-secret"_s);
        QCOMPARE(desk.field("destinationAk")->text(), u"HWDEST0001"_s);
        QCOMPARE(desk.field("destinationSk")->text(), u"destination-secret"_s);
        QVERIFY(dialog->findChild<QCheckBox*>(u"rememberKeys"_s)->isChecked());
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"startButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(desk.statusOf(pausedAwsTask), SyncTaskStatus::Synchronizing,
                                  networkTimeoutMs);
        QVERIFY(sim.stop());
    }

    void deletesAPausedTaskAfterAConfirmationNamingIt()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        Desk desk;
        QVERIFY(desk.open(sim.baseUrl(), u"demo"_s, u"demo"_s, u"demo-password"_s));
        MainWindow& window = *desk.window;
        QTRY_COMPARE_WITH_TIMEOUT(window.taskModel()->rowCount(), 4, networkTimeoutMs);
        const QUuid profileId = desk.controller->profiles().constFirst().id;

        // A running task cannot be deleted.
        window.selectTask(runningAliyunTask);
        QVERIFY(!window.deleteAction()->isEnabled());
        QVERIFY(window.cloneAction()->isEnabled());
        QVERIFY(window.syncObjectsAction()->isEnabled());

        // Its remembered keys go with it.
        StartCredentials keys {u"AK"_s, u"SK"_s, u"AK2"_s, u"SK2"_s, {}};
        bool remembered = false;
        desk.controller->keysUsedForStart(profileId, pausedAwsTask, keys, true, this,
                                          [&remembered](const ApiError&) { remembered = true; });
        QTRY_VERIFY(remembered);
        QVERIFY(desk.controller->hasRememberedKeys(profileId, pausedAwsTask));

        window.selectTask(pausedAwsTask);
        QVERIFY(window.deleteAction()->isEnabled());
        // Cancelled: nothing happens.
        MessageBox::setNextAnswer(MessageBox::Cancel);
        window.deleteAction()->trigger();
        const MessageBox::Question asked = MessageBox::lastQuestion();
        QVERIFY(asked.text.contains(u"Nightly analytics logs"_s));
        QVERIFY(asked.informativeText.contains(u"acme-analytics-logs"_s));
        QVERIFY(asked.informativeText.contains(u"acme-logs-archive"_s));
        QCOMPARE(asked.defaultButton, MessageBox::Cancel);
        QTest::qWait(300);
        QVERIFY(window.taskModel()->rowOf(pausedAwsTask) >= 0);

        MessageBox::setNextAnswer(MessageBox::Delete);
        window.deleteAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.taskModel()->rowOf(pausedAwsTask) < 0, networkTimeoutMs);
        QCOMPARE(window.taskModel()->rowCount(), 3);
        QTRY_VERIFY(!desk.controller->hasRememberedKeys(profileId, pausedAwsTask));
        QVERIFY(window.errorBanner()->isHidden());
        QVERIFY(sim.stop());
    }

    void theOverviewListsSortsFiltersAndStartsAcrossProfiles()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        Desk desk;
        QVERIFY(desk.open(sim.baseUrl(), u"demo"_s, u"demo"_s, u"demo-password"_s));
        MainWindow& window = *desk.window;
        // A second profile: the same account in CN East-Shanghai1.
        Profile shanghai = desk.controller->profiles().constFirst();
        shanghai.id = QUuid::createUuid();
        shanghai.name = u"Simulated Shanghai1"_s;
        shanghai.regionId = u"cn-east-3"_s;
        shanghai.projectId.clear();
        bool stored = false;
        QVERIFY(!desk.controller
                     ->saveProfile(shanghai, u"demo-password"_s, desk.controller.get(),
                                   [&stored](const ApiError& error) { stored = !error.isError(); })
                     .isError());
        QTRY_VERIFY(stored);
        const QUuid beijingId = desk.controller->profiles().at(0).id;
        const QUuid shanghaiId = desk.controller->profiles().at(1).id;

        window.selectOverview();
        QVERIFY(window.tasks()->isAllProfiles());
        QCOMPARE(desk.controller->profiles().size(), 2);
        // Its first refresh waits for its secret to be saved, and works.
        QTRY_VERIFY(window.watch()->state(shanghaiId));
        QTRY_VERIFY_WITH_TIMEOUT(window.watch()->state(shanghaiId)->loaded
                                     || window.watch()->state(shanghaiId)->error.isError(),
                                 networkTimeoutMs);
        QVERIFY2(!window.watch()->state(shanghaiId)->error.isError(),
                 qPrintable(window.watch()->state(shanghaiId)->error.summary()));
        QTRY_COMPARE_WITH_TIMEOUT(window.taskModel()->rowCount(), 8, networkTimeoutMs);
        const QString azureTask = u"5b3d7f9a-1c2e-4d4f-a6b8-2e4c6a8d0f75"_s;
        const int azureRow = window.taskModel()->rowOf(azureTask, shanghaiId);
        QVERIFY(azureRow >= 0);
        QCOMPARE(
            window.taskModel()->index(azureRow, TaskTableModel::ProfileColumn).data().toString(),
            u"Simulated Shanghai1"_s);
        QCOMPARE(window.taskModel()->rowOf(pausedAwsTask, shanghaiId), -1);
        QVERIFY(window.taskModel()->rowOf(pausedAwsTask, beijingId) >= 0);

        // Sorted by profile, the two profiles' rows come in two runs.
        window.taskView()->sortByColumn(TaskTableModel::ProfileColumn, Qt::AscendingOrder);
        QStringList profileOrder;
        for (int row = 0; row < window.taskProxy()->rowCount(); ++row) {
            profileOrder.append(
                window.taskProxy()->index(row, TaskTableModel::ProfileColumn).data().toString());
        }
        QCOMPARE(profileOrder.first(), u"Simulated Beijing4"_s);
        QCOMPARE(profileOrder.last(), u"Simulated Shanghai1"_s);
        QCOMPARE(profileOrder.count(u"Simulated Beijing4"_s), 4);

        // The status filter and the text filter work across profiles.
        window.taskProxy()->setStatusFilter(TaskFilterProxyModel::StatusFilter::Paused);
        int paused = 0;
        for (const ProfileTask& row : window.tasks()->tasks()) {
            paused += row.task.status == SyncTaskStatus::Stopped;
        }
        QCOMPARE(window.taskProxy()->rowCount(), paused);
        window.taskProxy()->setFilterText(u"azure"_s);
        QCOMPARE(window.taskProxy()->rowCount(), 1);
        window.taskProxy()->setFilterText({});
        window.taskProxy()->setStatusFilter(TaskFilterProxyModel::StatusFilter::All);

        // Start from the overview: the same dialog, through the task's profile.
        window.selectTask(azureTask, shanghaiId);
        QCOMPARE(window.selectedTasks().size(), 1);
        QCOMPARE(window.selectedTasks().first().profileId, shanghaiId);
        QVERIFY(window.startAction()->isEnabled());
        window.startAction()->trigger();
        QPointer<CredentialsDialog> dialog = window.credentialsDialog();
        QVERIFY(dialog);
        desk.typeKeys(u"AKIASOURCE0001"_s, u"source-secret"_s, u"HWDEST0001"_s,
                      u"destination-secret"_s);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"startButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, networkTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(
            window.taskModel()->task(window.taskModel()->rowOf(azureTask, shanghaiId)).status,
            SyncTaskStatus::Synchronizing, networkTimeoutMs);
        QVERIFY(sim.stop());
    }

    void keepsTheInputWhenTheServiceRefusesTheKeys()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.startWithConfig(QStringLiteral(OMS_SYNC_TEST_DATA_DIR)
                                     + u"/sim/example-config.json"_s),
                 qPrintable(sim.errorString()));
        Desk desk;
        QVERIFY(desk.open(sim.baseUrl(), u"acme"_s, u"alice"_s, u"alice-Passw0rd!"_s));
        MainWindow& window = *desk.window;
        QTRY_VERIFY_WITH_TIMEOUT(window.taskModel()->rowOf(u"expects-keys"_s) >= 0,
                                 networkTimeoutMs);

        // A state this client does not know is shown as sent, and offers nothing.
        window.selectTask(u"from-the-future"_s);
        QCOMPARE(window.taskModel()
                     ->index(window.taskModel()->rowOf(u"from-the-future"_s), 0)
                     .data()
                     .toString(),
                 u"PAUSING"_s);
        QVERIFY(!window.startAction()->isEnabled());
        QVERIFY(!window.stopAction()->isEnabled());

        QPointer<CredentialsDialog> dialog = desk.openStartDialog(u"expects-keys"_s);
        QVERIFY(dialog);
        QVERIFY(!dialog->hasCdnField());
        desk.typeKeys(u"AKIAWRONG"_s, u"wrong/secret"_s, u"HWEXAMPLEDESTINATION"_s,
                      u"destinationSecretKey00000000000000000001"_s);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"startButton"_s), Qt::LeftButton);

        auto* error = dialog->findChild<ErrorBanner*>(u"startError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), networkTimeoutMs);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isRunning());
        const ApiError refused = error->error();
        QCOMPARE(refused.errorCode(), u"OMS.1011"_s);
        QCOMPARE(refused.httpStatus(), 400);
        QVERIFY(!refused.requestId().isEmpty());
        QVERIFY2(error->plainText().contains(u"OMS.1011"_s), qPrintable(error->plainText()));
        QVERIFY(error->plainText().contains(refused.message()));
        QVERIFY(error->plainText().contains(refused.requestId()));
        // Nothing typed is lost, and the task is still paused.
        QCOMPARE(desk.field("sourceAk")->text(), u"AKIAWRONG"_s);
        QCOMPARE(desk.field("sourceSk")->text(), u"wrong/secret"_s);
        QCOMPARE(desk.field("destinationAk")->text(), u"HWEXAMPLEDESTINATION"_s);
        QCOMPARE(desk.field("destinationSk")->text(),
                 u"destinationSecretKey00000000000000000001"_s);
        QCOMPARE(desk.statusOf(u"expects-keys"_s), SyncTaskStatus::Stopped);
        // The error stays in the dialog: no banner storm in the window.
        QVERIFY(window.errorBanner()->isHidden());

        // Corrected, the same dialog starts the task.
        desk.typeKeys(u"AKIAEXAMPLESOURCE001"_s, u"source/secret/key/0000000000000000000001"_s,
                      u"HWEXAMPLEDESTINATION"_s, u"destinationSecretKey00000000000000000001"_s);
        QVERIFY(error->isHidden());
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"startButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, networkTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(desk.statusOf(u"expects-keys"_s), SyncTaskStatus::Synchronizing,
                                  networkTimeoutMs);
        QVERIFY(sim.stop());
    }

    void showsAServiceFailureInPlaceWithItsRequestId()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        Desk desk;
        QVERIFY(desk.open(sim.baseUrl(), u"demo"_s, u"demo"_s, u"demo-password"_s));
        MainWindow& window = *desk.window;
        QTRY_COMPARE_WITH_TIMEOUT(window.taskModel()->rowCount(), 4, networkTimeoutMs);
        QTRY_VERIFY(!window.tasks()->isBusy());

        QJsonObject fault {
            {u"kind"_s, u"status"_s},
            {u"status"_s, 503},
            {u"route"_s, u"oms.tasks.list"_s},
            {u"body"_s,
             QJsonObject {{u"error_code"_s, u"OMS.2004"_s},
                          {u"error_msg"_s, u"The service is temporarily unavailable."_s}}},
        };
        QVERIFY(!sim.injectFault(fault).isEmpty());
        window.refreshAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.errorBanner()->isVisible(), networkTimeoutMs);
        const ApiError shown = window.errorBanner()->error();
        QCOMPARE(shown.errorCode(), u"OMS.2004"_s);
        QVERIFY(!shown.requestId().isEmpty());
        QVERIFY(window.errorBanner()->plainText().contains(shown.requestId()));
        // What was shown before stays: a failed refresh does not empty the table.
        QCOMPARE(window.taskModel()->rowCount(), 4);

        // Retry from the banner: the fault was for one request only.
        auto* retry = window.errorBanner()->findChild<QPushButton*>(u"errorBannerAction"_s);
        QVERIFY(retry->isVisible());
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(window.errorBanner()->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(!window.tasks()->isBusy(), networkTimeoutMs);
        QVERIFY(window.errorBanner()->isHidden());
        QVERIFY(sim.stop());
    }
};

QTEST_MAIN(TestMainWindowEndToEnd)
#include "TestMainWindowEndToEnd.moc"
