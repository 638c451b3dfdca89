// SPDX-License-Identifier: GPL-3.0-or-later
//
// Starting paused tasks one credentials dialog at a time, against a real
// oms-sim: the series and its numbering, Cancel ending it, a refused start
// keeping the dialog, tasks that started meanwhile, one dialog at a time,
// remembered keys and the profile's own AK/SK.
#include "CredentialsDialog.h"
#include "ErrorBanner.h"
#include "GuiTest.h"
#include "ProfileController.h"
#include "ProfileService.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "SimulatorProcess.h"
#include "StartFlow.h"

#include <QCheckBox>
#include <QHash>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using namespace OmsSync::Gui;
using OmsSync::Test::SimulatorProcess;

namespace {

constexpr int networkTimeoutMs = 20000;

const QString sourceAk = u"AKIAEXAMPLESOURCE001"_s;
const QString sourceSk = u"source/secret/key/0000000000000000000001"_s;
const QString destinationAk = u"HWEXAMPLEDESTINATION"_s;
const QString destinationSk = u"destinationSecretKey00000000000000000001"_s;
const QString profileAk = u"ACMEALICEACCESSKEY01"_s;
const QString profileSk = u"acmeAliceSecretKey0000000000000000000001"_s;

struct Flow
{
    QTemporaryDir dir;
    SimulatorProcess sim;
    ProfileStore store {dir.filePath(u"profiles.ini"_s)};
    SecretStore secrets;
    std::unique_ptr<ProfileController> controller;
    QWidget window;
    std::unique_ptr<StartFlow> flow;
    Profile profile;

    // Paused tasks that start with the keys above only.
    QString writeConfig()
    {
        const QJsonObject keys {{u"src_ak"_s, sourceAk},
                                {u"src_sk"_s, sourceSk},
                                {u"dst_ak"_s, destinationAk},
                                {u"dst_sk"_s, destinationSk}};
        QJsonArray tasks;
        auto add = [&tasks](const QString& id, const QJsonObject& expected) {
            tasks.append(QJsonObject {{u"sync_task_id"_s, id},
                                      {u"status"_s, u"STOPPED"_s},
                                      {u"src_cloud_type"_s, u"AWS"_s},
                                      {u"src_bucket"_s, QString(u"source-"_s + id)},
                                      {u"dst_bucket"_s, QString(u"destination-"_s + id)},
                                      {u"expected_start_keys"_s, expected}});
        };
        for (const QString& id : {u"t1"_s, u"t2"_s, u"t3"_s}) {
            add(id, keys);
        }
        // Its destination is written with the profile's own access key.
        QJsonObject own = keys;
        own.insert(u"dst_ak"_s, profileAk);
        own.insert(u"dst_sk"_s, profileSk);
        add(u"t4"_s, own);
        const QJsonObject account {
            {u"name"_s, u"acme"_s},
            {u"users"_s,
             QJsonArray {QJsonObject {{u"name"_s, u"alice"_s}, {u"password"_s, u"alice-pw"_s}}}},
            {u"access_keys"_s,
             QJsonArray {QJsonObject {
                 {u"ak"_s, profileAk}, {u"sk"_s, profileSk}, {u"user"_s, u"alice"_s}}}},
            {u"projects"_s,
             QJsonArray {QJsonObject {{u"name"_s, u"cn-north-4"_s}, {u"tasks"_s, tasks}}}}};
        const QString path = dir.filePath(u"sim.json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return {};
        }
        file.write(QJsonDocument(QJsonObject {{u"accounts"_s, QJsonArray {account}}}).toJson());
        return path;
    }

    bool open()
    {
        if (!sim.startWithConfig(writeConfig())) {
            qWarning("%s", qPrintable(sim.errorString()));
            return false;
        }
        secrets.setSessionOnly(true);
        controller =
            std::make_unique<ProfileController>(new ProfileService(&store, &secrets, &store));
        controller->setCallPolicy(Gui::Test::quickPolicy());
        profile.name = u"Simulated Beijing4"_s;
        profile.regionId = u"cn-north-4"_s;
        profile.accountName = u"acme"_s;
        profile.userName = u"alice"_s;
        profile.omsEndpoint = sim.baseUrl();
        profile.iamEndpoint = sim.baseUrl();
        if (!save(profile, u"alice-pw"_s)) {
            return false;
        }
        window.resize(800, 600);
        window.show();
        flow = std::make_unique<StartFlow>(controller.get(), &window);
        return QTest::qWaitForWindowExposed(&window);
    }

    bool save(Profile& saved, const QString& secret)
    {
        bool stored = false;
        if (controller
                ->saveProfile(saved, secret, controller.get(),
                              [&stored](const ApiError& error) { stored = !error.isError(); })
                .isError()) {
            return false;
        }
        return QTest::qWaitFor([&stored] { return stored; });
    }

    static QList<SyncTask> paused(const QStringList& ids)
    {
        QList<SyncTask> tasks;
        for (const QString& id : ids) {
            tasks.append(Gui::Test::makeTask(id, SyncTaskStatus::Stopped, u"Task "_s + id));
        }
        return tasks;
    }

    QLineEdit* field(const char* name) const
    {
        return flow->dialog()->findChild<QLineEdit*>(QString::fromLatin1(name));
    }

    void typeKeys(const QString& srcSk)
    {
        field("sourceAk")->setText(sourceAk);
        field("sourceSk")->setText(srcSk);
        field("destinationAk")->setText(destinationAk);
        field("destinationSk")->setText(destinationSk);
    }

    void clickStart() const
    {
        QTest::mouseClick(flow->dialog()->findChild<QPushButton*>(u"startButton"_s),
                          Qt::LeftButton);
    }

    // Every credentials dialog alive, shown or not.
    int dialogCount() const { return int(window.findChildren<CredentialsDialog*>().size()); }
};

} // namespace

class TestStartFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void asksForEachTaskInTurnWithNumberedTitles()
    {
        Flow f;
        QVERIFY(f.open());
        QSignalSpy started(f.flow.get(), &StartFlow::taskStarted);
        f.flow->start(f.profile.id, Flow::paused({u"t1"_s, u"t2"_s, u"t3"_s}));

        for (int i = 1; i <= 3; ++i) {
            const QString id = u"t%1"_s.arg(i);
            QTRY_VERIFY(f.flow->dialog());
            QPointer<CredentialsDialog> dialog = f.flow->dialog();
            QCOMPARE(dialog->task().id, id);
            QCOMPARE(dialog->windowTitle(), u"Start Sync Task (%1 of 3)"_s.arg(i));
            QVERIFY(dialog->isVisible());
            QCOMPARE(f.dialogCount(), 1);
            f.typeKeys(sourceSk);
            f.clickStart();
            // Sent, not answered: Start stays off for it.
            QVERIFY(f.flow->isStarting(f.profile.id, id));
            QTRY_VERIFY_WITH_TIMEOUT(!dialog, networkTimeoutMs);
            QVERIFY(!f.flow->isStarting(f.profile.id, id));
            QCOMPARE(started.size(), i);
            QCOMPARE(started.last().at(0).value<QUuid>(), f.profile.id);
            QCOMPARE(started.last().at(1).toString(), id);
            QCOMPARE(started.last().at(2).toString(), u"Task "_s + id);
        }
        // The series is over: no fourth dialog.
        QTest::qWait(50);
        QVERIFY(!f.flow->dialog());
        QVERIFY(!f.flow->isActive());
        QCOMPARE(f.dialogCount(), 0);
        QVERIFY(f.sim.stop());
    }

    void aSingleTaskHasThePlainTitle()
    {
        Flow f;
        QVERIFY(f.open());
        f.flow->start(f.profile.id, Flow::paused({u"t2"_s}));
        QVERIFY(f.flow->dialog());
        QCOMPARE(f.flow->dialog()->windowTitle(), u"Start Sync Task"_s);
        // The route names the task's profile.
        const QString route = f.flow->dialog()->findChild<QLabel*>(u"taskRoute"_s)->text();
        QVERIFY2(route.contains(f.profile.name), qPrintable(route));
        f.flow->cancel();
        QVERIFY(!f.flow->isActive());
        QVERIFY(f.sim.stop());
    }

    void cancelEndsTheWholeSeries()
    {
        Flow f;
        QVERIFY(f.open());
        QSignalSpy started(f.flow.get(), &StartFlow::taskStarted);
        f.flow->start(f.profile.id, Flow::paused({u"t1"_s, u"t2"_s, u"t3"_s}));
        QPointer<CredentialsDialog> dialog = f.flow->dialog();
        QVERIFY(dialog);
        QCOMPARE(f.flow->queuedCount(), 2);
        f.typeKeys(sourceSk);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"cancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        QTest::qWait(50); // the next dialog would open from the event loop
        QVERIFY(!f.flow->dialog());
        QCOMPARE(f.flow->queuedCount(), 0);
        QVERIFY(!f.flow->isActive());
        QCOMPARE(f.dialogCount(), 0);
        QCOMPARE(started.size(), 0);

        // A new series starts from one again.
        f.flow->start(f.profile.id, Flow::paused({u"t2"_s, u"t3"_s}));
        QVERIFY(f.flow->dialog());
        QCOMPARE(f.flow->dialog()->task().id, u"t2"_s);
        QCOMPARE(f.flow->dialog()->windowTitle(), u"Start Sync Task (1 of 2)"_s);
        f.flow->cancel();
        QVERIFY(f.sim.stop());
    }

    void aRefusedStartKeepsTheDialogAndWhatWasTyped()
    {
        Flow f;
        QVERIFY(f.open());
        QSignalSpy started(f.flow.get(), &StartFlow::taskStarted);
        QSignalSpy errors(f.flow.get(), &StartFlow::errorOccurred);
        f.flow->start(f.profile.id, Flow::paused({u"t1"_s, u"t2"_s}));
        QPointer<CredentialsDialog> dialog = f.flow->dialog();
        QVERIFY(dialog);
        f.typeKeys(u"not-the-source-secret"_s);
        f.clickStart();
        QVERIFY(f.flow->isStarting(f.profile.id, u"t1"_s));
        auto* error = dialog->findChild<ErrorBanner*>(u"startError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), networkTimeoutMs);
        QVERIFY(error->error().isError());
        // The same dialog, still open, with everything typed, and no second one.
        QCOMPARE(f.flow->dialog(), dialog.data());
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isRunning());
        QCOMPARE(f.field("sourceAk")->text(), sourceAk);
        QCOMPARE(f.field("sourceSk")->text(), u"not-the-source-secret"_s);
        QCOMPARE(f.field("destinationAk")->text(), destinationAk);
        QCOMPARE(f.field("destinationSk")->text(), destinationSk);
        QCOMPARE(dialog->windowTitle(), u"Start Sync Task (1 of 2)"_s);
        QVERIFY(!f.flow->isStarting(f.profile.id, u"t1"_s));
        QCOMPARE(f.dialogCount(), 1);
        QCOMPARE(started.size(), 0);
        // The dialog shows it: nothing for the window to show.
        QCOMPARE(errors.size(), 0);

        // Corrected, the same dialog starts it, and the series goes on.
        f.field("sourceSk")->setText(sourceSk);
        f.clickStart();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, networkTimeoutMs);
        QCOMPARE(started.size(), 1);
        QTRY_VERIFY(f.flow->dialog());
        QCOMPARE(f.flow->dialog()->task().id, u"t2"_s);
        QCOMPARE(f.flow->dialog()->windowTitle(), u"Start Sync Task (2 of 2)"_s);
        f.flow->cancel();
        QVERIFY(f.sim.stop());
    }

    void skipsATaskThatStartedOrWentAwayMeanwhile()
    {
        Flow f;
        QVERIFY(f.open());
        // What the window knows about the tasks now.
        QHash<QString, SyncTask> known;
        for (const SyncTask& task : Flow::paused({u"t1"_s, u"t2"_s, u"t3"_s})) {
            known.insert(task.id, task);
        }
        f.flow->setTaskLookup(
            [&known](const QUuid&, const SyncTask& queued) -> std::optional<SyncTask> {
                const auto it = known.constFind(queued.id);
                return it == known.cend() ? std::nullopt : std::optional<SyncTask>(*it);
            });
        f.flow->start(f.profile.id, Flow::paused({u"t1"_s, u"t2"_s, u"t3"_s}));
        QPointer<CredentialsDialog> dialog = f.flow->dialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->task().id, u"t1"_s);
        // While the first dialog is open, t2 was started elsewhere.
        known[u"t2"_s].status = SyncTaskStatus::Synchronizing;
        f.typeKeys(sourceSk);
        f.clickStart();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, networkTimeoutMs);
        QTRY_VERIFY(f.flow->dialog());
        QCOMPARE(f.flow->dialog()->task().id, u"t3"_s);
        QCOMPARE(f.flow->dialog()->windowTitle(), u"Start Sync Task (3 of 3)"_s);
        QCOMPARE(f.dialogCount(), 1);
        f.flow->cancel();
        QTRY_VERIFY(!f.flow->isActive());

        // A task that is gone gets no dialog either.
        known.remove(u"t3"_s);
        f.flow->start(f.profile.id, Flow::paused({u"t3"_s}));
        QTest::qWait(50);
        QVERIFY(!f.flow->dialog());
        QVERIFY(!f.flow->isActive());
        // A running task is never asked for.
        f.flow->start(f.profile.id, {Gui::Test::makeTask(u"t2"_s, SyncTaskStatus::Synchronizing)});
        QVERIFY(!f.flow->dialog());
        QVERIFY(f.sim.stop());
    }

    void opensNoSecondDialogWhileOneIsOpen()
    {
        Flow f;
        QVERIFY(f.open());
        QSignalSpy changed(f.flow.get(), &StartFlow::stateChanged);
        f.flow->start(f.profile.id, Flow::paused({u"t1"_s}));
        QPointer<CredentialsDialog> first = f.flow->dialog();
        QVERIFY(first);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(first->windowTitle(), u"Start Sync Task"_s);

        // Asked again (t1 twice, and t2): the open dialog stays the only one,
        // and t2 waits its turn.
        f.flow->start(f.profile.id, Flow::paused({u"t1"_s, u"t2"_s}));
        QTest::qWait(50);
        QCOMPARE(f.flow->dialog(), first.data());
        QCOMPARE(f.dialogCount(), 1);
        QCOMPARE(f.flow->queuedCount(), 1);
        QCOMPARE(first->windowTitle(), u"Start Sync Task (1 of 2)"_s);

        f.typeKeys(sourceSk);
        f.clickStart();
        QTRY_VERIFY_WITH_TIMEOUT(!first, networkTimeoutMs);
        QTRY_VERIFY(f.flow->dialog());
        QCOMPARE(f.flow->dialog()->task().id, u"t2"_s);
        QCOMPARE(f.flow->dialog()->windowTitle(), u"Start Sync Task (2 of 2)"_s);
        QCOMPARE(f.dialogCount(), 1);
        f.flow->cancel();
        QVERIFY(f.sim.stop());
    }

    void fillsInRememberedKeysAndTheProfilesOwn()
    {
        Flow f;
        QVERIFY(f.open());
        bool remembered = false;
        f.controller->service()->rememberStartKeys(
            f.profile.id, u"t1"_s,
            StartCredentials {sourceAk, sourceSk, destinationAk, destinationSk, {}},
            f.controller.get(), [&remembered](const ApiError& e) { remembered = !e.isError(); });
        QTRY_VERIFY(remembered);

        f.flow->start(f.profile.id, Flow::paused({u"t1"_s}));
        QVERIFY(f.flow->dialog());
        QTRY_COMPARE(f.field("sourceSk")->text(), sourceSk);
        QCOMPARE(f.field("sourceAk")->text(), sourceAk);
        QCOMPARE(f.field("destinationSk")->text(), destinationSk);
        QVERIFY(f.flow->dialog()->findChild<QCheckBox*>(u"rememberKeys"_s)->isChecked());
        // A password profile has no AK/SK of its own to offer.
        QVERIFY(!f.flow->dialog()->findChild<QCheckBox*>(u"useProfileKeys"_s)->isEnabled());
        f.flow->cancel();
        QTRY_VERIFY(!f.flow->isActive());

        // A task of another profile, one that signs in with an access key.
        Profile keyed = f.profile;
        keyed.id = {};
        keyed.name = u"Keyed"_s;
        keyed.authMethod = AuthMethod::AkSk;
        keyed.accountName.clear();
        keyed.userName.clear();
        keyed.accessKeyId = profileAk;
        QVERIFY(f.save(keyed, profileSk));
        f.flow->start({{keyed.id, Flow::paused({u"t4"_s}).constFirst()}});
        QVERIFY(f.flow->dialog());
        QVERIFY(f.field("destinationAk")->text().isEmpty());
        auto* useProfileKeys = f.flow->dialog()->findChild<QCheckBox*>(u"useProfileKeys"_s);
        QVERIFY(useProfileKeys->isEnabled());
        useProfileKeys->setChecked(true);
        QTRY_COMPARE(f.field("destinationAk")->text(), profileAk);
        QCOMPARE(f.field("destinationSk")->text(), profileSk);
        f.field("sourceAk")->setText(sourceAk);
        f.field("sourceSk")->setText(sourceSk);
        // Started through its own profile (the simulator's AK/SK signature).
        QSignalSpy started(f.flow.get(), &StartFlow::taskStarted);
        QPointer<CredentialsDialog> dialog = f.flow->dialog();
        f.clickStart();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, networkTimeoutMs);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.constFirst().at(0).value<QUuid>(), keyed.id);
        QVERIFY(f.sim.stop());
    }

    void aStartAnsweredAfterItsDialogClosedIsReported()
    {
        Flow f;
        QVERIFY(f.open());
        QSignalSpy errors(f.flow.get(), &StartFlow::errorOccurred);
        f.flow->start(f.profile.id, Flow::paused({u"t1"_s}));
        QPointer<CredentialsDialog> dialog = f.flow->dialog();
        QVERIFY(dialog);
        f.typeKeys(u"not-the-source-secret"_s);
        f.clickStart();
        QVERIFY(f.flow->isStarting(f.profile.id, u"t1"_s));
        dialog->reject();
        QTRY_VERIFY_WITH_TIMEOUT(errors.size() == 1, networkTimeoutMs);
        QVERIFY2(errors.constFirst().at(0).toString().contains(u"Task t1"_s),
                 qPrintable(errors.constFirst().at(0).toString()));
        QVERIFY(!f.flow->isStarting(f.profile.id, u"t1"_s));
        QVERIFY(f.sim.stop());
    }
};

QTEST_MAIN(TestStartFlow)
#include "TestStartFlow.moc"
