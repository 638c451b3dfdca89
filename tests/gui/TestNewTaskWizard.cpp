// SPDX-License-Identifier: GPL-3.0-or-later
//
// A task's whole life in the desktop application, driven as a user would
// against a real oms-sim: the wizard creating tasks from three clouds (with
// Tencent's APPID, with a CDN), every limit refused as it is typed, the
// quota, a clone with a changed storage class, a clone at the quota that
// deletes its original only once agreed, and nothing typed lost on failure;
// then syncing chosen objects ten keys a call.
#include "ErrorBanner.h"
#include "GuiTest.h"
#include "NewTaskWizard.h"
#include "ProfileController.h"
#include "ProfileService.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "SimulatorProcess.h"
#include "SyncObjectsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using namespace OmsSync::Gui;
using OmsSync::Test::SimulatorProcess;

namespace {

constexpr int networkTimeoutMs = 20000;

struct Cloud
{
    QString ak;
    QString sk;
    QString appId;
};

} // namespace

class TestNewTaskWizard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimulatorProcess> m_sim;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfileController> m_controller;
    std::unique_ptr<QWidget> m_window;
    QUuid m_profileId;

    QJsonArray tasksInSim()
    {
        for (const QJsonValue& project : m_sim->state().value(u"projects"_s).toArray()) {
            if (project.toObject().value(u"name"_s).toString() == u"cn-north-4"_s) {
                return project.toObject().value(u"tasks"_s).toArray();
            }
        }
        return {};
    }

    QList<SyncTask> tasks()
    {
        QList<SyncTask> list;
        for (const QJsonValue& task : tasksInSim()) {
            list.append(SyncTask::fromJson(task.toObject()));
        }
        return list;
    }

    QJsonObject simTask(const QString& id)
    {
        for (const QJsonValue& task : tasksInSim()) {
            if (task.toObject().value(u"sync_task_id"_s).toString() == id) {
                return task.toObject();
            }
        }
        return {};
    }

    Cloud cloud(const QString& name)
    {
        const QJsonArray clouds =
            m_sim->state().value(u"source_world"_s).toObject().value(u"clouds"_s).toArray();
        for (const QJsonValue& each : clouds) {
            const QJsonObject object = each.toObject();
            if (object.value(u"cloud_type"_s).toString() == name) {
                return {object.value(u"ak"_s).toString(), object.value(u"sk"_s).toString(),
                        object.value(u"app_id"_s).toString()};
            }
        }
        return {};
    }

    int creates()
    {
        int count = 0;
        for (const QJsonValue& entry : m_sim->requestLog()) {
            const QJsonObject object = entry.toObject();
            count += object.value(u"method"_s).toString() == u"POST"_s
                && object.value(u"path"_s).toString().endsWith(u"/sync-tasks"_s);
        }
        return count;
    }

    std::unique_ptr<NewTaskWizard> wizard()
    {
        auto wizard = std::make_unique<NewTaskWizard>(m_controller.get(), m_profileId, tasks(),
                                                      m_window.get());
        QSignalSpy lookups(wizard.get(), &NewTaskWizard::lookupFinished);
        wizard->show();
        // The clouds and their regions.
        [&] {
            QTRY_COMPARE_WITH_TIMEOUT(lookups.count(), 2, networkTimeoutMs);
        }();
        return wizard;
    }

    template<typename T>
    static T* child(QWidget* wizard, const QString& name)
    {
        return wizard->findChild<T*>(name);
    }

    static void type(QWidget* wizard, const QString& name, const QString& text)
    {
        auto* edit = child<QLineEdit>(wizard, name);
        QVERIFY2(edit, qPrintable(name));
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static void choose(QWidget* wizard, const QString& name, const QString& data)
    {
        auto* combo = child<QComboBox>(wizard, name);
        QVERIFY2(combo, qPrintable(name));
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, qPrintable(name + u' ' + data));
        combo->setCurrentIndex(index);
    }

    static void clickAndWait(NewTaskWizard* wizard, const QString& button)
    {
        QSignalSpy lookups(wizard, &NewTaskWizard::lookupFinished);
        QTest::mouseClick(child<QPushButton>(wizard, button), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(lookups.count(), 1, networkTimeoutMs);
    }

    void fillDestination(NewTaskWizard* w, const QString& bucket)
    {
        const Cloud obs = cloud(u"HuaweiCloud"_s);
        type(w, u"destinationAk"_s, obs.ak);
        type(w, u"destinationSk"_s, obs.sk);
        clickAndWait(w, u"listDestinationBuckets"_s);
        auto* buckets = child<QComboBox>(w, u"destinationBucket"_s);
        QVERIFY2(buckets->findText(bucket) >= 0, qPrintable(bucket));
        buckets->setEditText(bucket);
    }

    // Next through every page, each complete.
    static void toSummary(NewTaskWizard* w)
    {
        while (w->currentId() != NewTaskWizard::SummaryPage) {
            QVERIFY2(w->currentPage()->isComplete(), qPrintable(w->pageProblem(w->currentId())));
            w->next();
        }
    }

    QString finish(NewTaskWizard* w)
    {
        QSignalSpy created(w, &NewTaskWizard::taskCreated);
        QString id;
        [&] {
            QVERIFY(w->currentPage()->isComplete());
            w->button(QWizard::FinishButton)->click();
            QTRY_VERIFY2_WITH_TIMEOUT(created.count() == 1 || w->createError()->isVisible(),
                                      "no answer", networkTimeoutMs);
            QStringList labels;
            for (QLabel* label : w->createError()->findChildren<QLabel*>()) {
                labels.append(label->text());
            }
            QVERIFY2(created.count() == 1, qPrintable(labels.join(u" | "_s)));
            id = created.first().at(1).toString();
        }();
        return id;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_sim = std::make_unique<SimulatorProcess>();
        QVERIFY2(m_sim->start({u"--log-requests"_s}), qPrintable(m_sim->errorString()));
        m_store = std::make_unique<ProfileStore>(m_dir->filePath(u"profiles.ini"_s));
        m_secrets = std::make_unique<SecretStore>();
        m_secrets->setSessionOnly(true);
        m_controller = std::make_unique<ProfileController>(
            new ProfileService(m_store.get(), m_secrets.get(), m_store.get()));
        m_controller->setCallPolicy(Gui::Test::quickPolicy());
        Profile profile;
        profile.name = u"Simulated Beijing4"_s;
        profile.regionId = u"cn-north-4"_s;
        profile.accountName = u"demo"_s;
        profile.userName = u"demo"_s;
        profile.omsEndpoint = m_sim->baseUrl();
        profile.iamEndpoint = m_sim->baseUrl();
        bool stored = false;
        QVERIFY(!m_controller
                     ->saveProfile(profile, QString::fromLatin1(SimulatorProcess::demoPassword),
                                   m_controller.get(),
                                   [&stored](const ApiError& error) { stored = !error.isError(); })
                     .isError());
        QTRY_VERIFY(stored);
        m_profileId = profile.id;
        m_window = std::make_unique<QWidget>();
        m_window->resize(900, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_controller.reset();
        m_secrets.reset();
        m_store.reset();
        QVERIFY(m_sim->stop());
        m_sim.reset();
        m_dir.reset();
    }

    void createsFromThreeClouds_data()
    {
        QTest::addColumn<QString>("cloudType");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("bucket");
        QTest::addColumn<bool>("cdn");
        QTest::newRow("Aliyun") << u"Aliyun"_s << u"cn-hangzhou"_s << u"media-assets-prod"_s
                                << false;
        QTest::newRow("Tencent with its APPID")
            << u"Tencent"_s << u"ap-guangzhou"_s << u"photos-1250000000"_s << false;
        QTest::newRow("Qiniu through its CDN")
            << u"Qiniu"_s << u"cn-east-1"_s << u"video-origin"_s << true;
    }

    void createsFromThreeClouds()
    {
        QFETCH(QString, cloudType);
        QFETCH(QString, region);
        QFETCH(QString, bucket);
        QFETCH(bool, cdn);
        auto w = wizard();
        QVERIFY(child<QLabel>(w.get(), u"quota"_s)->text().contains(u"4 of the 5"_s));
        choose(w.get(), u"sourceCloud"_s, cloudType);
        auto* regions = child<QComboBox>(w.get(), u"sourceRegion"_s);
        QVERIFY2(regions->findText(region) >= 0, qPrintable(region));
        regions->setEditText(region);
        const Cloud keys = cloud(cloudType);
        type(w.get(), u"sourceAk"_s, keys.ak);
        type(w.get(), u"sourceSk"_s, keys.sk);
        auto* appId = child<QLineEdit>(w.get(), u"appId"_s);
        QCOMPARE(appId->isVisible(), cloudType == u"Tencent"_s);
        if (cloudType == u"Tencent"_s) {
            QVERIFY(!w->currentPage()->isComplete());
            type(w.get(), u"appId"_s, keys.appId);
        }
        clickAndWait(w.get(), u"listSourceBuckets"_s);
        auto* buckets = child<QComboBox>(w.get(), u"sourceBucket"_s);
        QVERIFY2(buckets->findText(bucket) >= 0,
                 qPrintable(child<QLabel>(w.get(), u"sourceBucketsNote"_s)->text()));
        buckets->setEditText(bucket);
        OMS_VERIFY_NO_MNEMONIC_CLASH(w.get());
        w->next();
        QCOMPARE(w->currentId(), int(NewTaskWizard::CdnPage));
        if (cdn) {
            child<QCheckBox>(w.get(), u"useCdn"_s)->setChecked(true);
            OMS_VERIFY_NO_MNEMONIC_CLASH(w.get());
            QVERIFY(!w->currentPage()->isComplete()); // the domain is required now
            type(w.get(), u"cdnDomain"_s, u"cdn.video.example.com"_s);
            choose(w.get(), u"cdnAuthType"_s, u"QINIU_PRIVATE_AUTHENTICATION"_s);
            QVERIFY(!w->currentPage()->isComplete()); // and its key
            type(w.get(), u"cdnKey"_s, u"a-wrong-key"_s);
            clickAndWait(w.get(), u"checkCdn"_s);
            QVERIFY(child<QLabel>(w.get(), u"cdnResult"_s)->text().contains(u"cannot"_s));
            type(w.get(), u"cdnKey"_s, u"qiniu-demo-cdn-key"_s);
            clickAndWait(w.get(), u"checkCdn"_s);
            QVERIFY2(child<QLabel>(w.get(), u"cdnResult"_s)->text().contains(u"can download"_s),
                     qPrintable(child<QLabel>(w.get(), u"cdnResult"_s)->text()));
        }
        w->next();
        fillDestination(w.get(), u"video-mirror"_s);
        choose(w.get(), u"storageClass"_s, u"IA"_s);
        OMS_VERIFY_NO_MNEMONIC_CLASH(w.get());
        w->next();
        type(w.get(), u"description"_s, u"From "_s + cloudType);
        OMS_VERIFY_NO_MNEMONIC_CLASH(w.get());
        toSummary(w.get());
        OMS_VERIFY_NO_MNEMONIC_CLASH(w.get());
        const QString summary = child<QLabel>(w.get(), u"summary"_s)->text();
        QVERIFY2(summary.contains(bucket), qPrintable(summary));
        // No secret on the summary.
        QVERIFY(!summary.contains(keys.sk));
        const QString id = finish(w.get());
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY(!w->isVisible());
        const QJsonObject task = simTask(id);
        QCOMPARE(task.value(u"src_cloud_type"_s).toString(), cloudType);
        QCOMPARE(task.value(u"src_region"_s).toString(), region);
        QCOMPARE(task.value(u"src_bucket"_s).toString(), bucket);
        QCOMPARE(task.value(u"dst_bucket"_s).toString(), u"video-mirror"_s);
        QCOMPARE(task.value(u"dst_storage_policy"_s).toString(), u"IA"_s);
        QCOMPARE(task.value(u"description"_s).toString(), QString(u"From "_s + cloudType));
        QCOMPARE(task.value(u"status"_s).toString(), u"SYNCHRONIZING"_s);
        if (cloudType == u"Tencent"_s) {
            QCOMPARE(task.value(u"app_id"_s).toString(), keys.appId);
        }
        QCOMPARE(task.contains(u"source_cdn"_s), cdn);
        QCOMPARE(creates(), 1);
    }

    void refusesEachLimitAsTyped()
    {
        auto w = wizard();
        m_sim->clearLog();
        const QPair<QString, QString> cases[] = {
            {u"sourceAk"_s, QString(101, u'A')},
            {u"sourceSk"_s, u" padded"_s},
        };
        for (const auto& [name, value] : cases) {
            type(w.get(), name, value);
            QVERIFY2(!w->fieldProblem(name).isEmpty(), qPrintable(name));
            QVERIFY(!w->currentPage()->isComplete());
            QVERIFY(child<QLabel>(w.get(), name + u"Problem"_s)->isVisible());
        }
        QVERIFY(w->fieldProblem(u"sourceAk"_s).contains(u"at most 100"_s));
        auto* bucket = child<QComboBox>(w.get(), u"sourceBucket"_s);
        bucket->setEditText(QString(1025, u'b'));
        QVERIFY(w->fieldProblem(u"sourceBucket"_s).contains(u"at most 1024"_s));
        choose(w.get(), u"sourceCloud"_s, u"Tencent"_s);
        QCOMPARE(w->fieldProblem(u"appId"_s), u"Required."_s);
        type(w.get(), u"description"_s, u"a (b)"_s);
        QVERIFY(w->fieldProblem(u"description"_s).contains(u"("_s));
        type(w.get(), u"description"_s, QString(256, u'd'));
        QVERIFY(w->fieldProblem(u"description"_s).contains(u"at most 255"_s));
        // Fixed, the page completes.
        const Cloud tencent = cloud(u"Tencent"_s);
        type(w.get(), u"sourceAk"_s, tencent.ak);
        type(w.get(), u"sourceSk"_s, tencent.sk);
        type(w.get(), u"appId"_s, tencent.appId);
        bucket->setEditText(u"photos-1250000000"_s);
        QVERIFY2(w->currentPage()->isComplete(), qPrintable(w->pageProblem(0)));
        QCOMPARE(creates(), 0);
    }

    void aSixthTaskIsRefusedBeforeSending()
    {
        {
            auto w = wizard();
            choose(w.get(), u"sourceCloud"_s, u"Aliyun"_s);
            const Cloud keys = cloud(u"Aliyun"_s);
            type(w.get(), u"sourceAk"_s, keys.ak);
            type(w.get(), u"sourceSk"_s, keys.sk);
            child<QComboBox>(w.get(), u"sourceBucket"_s)->setEditText(u"shop-static"_s);
            w->next();
            w->next();
            fillDestination(w.get(), u"bj4-documents"_s);
            toSummary(w.get());
            finish(w.get());
        }
        QCOMPARE(tasks().size(), 5);
        m_sim->clearLog();
        auto w = wizard();
        QVERIFY(child<QLabel>(w.get(), u"quota"_s)->text().contains(u"delete one"_s));
        QVERIFY(!w->currentPage()->isComplete());
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        QCOMPARE(creates(), 0);
    }

    void clonesWithAChangedStorageClass()
    {
        SyncTask original;
        for (const SyncTask& task : tasks()) {
            if (task.status == SyncTaskStatus::Stopped) {
                original = task;
                break;
            }
        }
        QVERIFY(!original.id.isEmpty());
        auto w = wizard();
        w->cloneFrom(original);
        QVERIFY(w->windowTitle().contains(original.displayName()));
        QCOMPARE(child<QComboBox>(w.get(), u"sourceBucket"_s)->currentText(), original.srcBucket);
        QCOMPARE(child<QComboBox>(w.get(), u"sourceRegion"_s)->currentText(), original.srcRegion);
        QCOMPARE(child<QLineEdit>(w.get(), u"description"_s)->text(), original.description);
        // OMS never returns keys: none were remembered, so they are asked for.
        QVERIFY(child<QLineEdit>(w.get(), u"sourceAk"_s)->text().isEmpty());
        type(w.get(), u"sourceAk"_s, u"SRCAK"_s);
        type(w.get(), u"sourceSk"_s, u"src-secret"_s);
        w->next();
        w->next();
        type(w.get(), u"destinationAk"_s, u"DSTAK"_s);
        type(w.get(), u"destinationSk"_s, u"dst-secret"_s);
        choose(w.get(), u"storageClass"_s, u"ARCHIVE"_s);
        toSummary(w.get());
        const QString id = finish(w.get());
        const QJsonObject copy = simTask(id);
        QCOMPARE(copy.value(u"src_bucket"_s).toString(), original.srcBucket);
        QCOMPARE(copy.value(u"dst_bucket"_s).toString(), original.dstBucket);
        QCOMPARE(copy.value(u"dst_storage_policy"_s).toString(), u"ARCHIVE"_s);
        QVERIFY(!simTask(original.id).isEmpty());
    }

    void aCloneAtTheQuotaDeletesItsOriginalOnlyOnceAgreed()
    {
        // Five tasks: the quota.
        {
            auto w = wizard();
            const Cloud keys = cloud(u"Aliyun"_s);
            type(w.get(), u"sourceAk"_s, keys.ak);
            type(w.get(), u"sourceSk"_s, keys.sk);
            child<QComboBox>(w.get(), u"sourceBucket"_s)->setEditText(u"shop-static"_s);
            w->next();
            w->next();
            fillDestination(w.get(), u"bj4-documents"_s);
            toSummary(w.get());
            finish(w.get());
        }
        SyncTask original;
        for (const SyncTask& task : tasks()) {
            if (task.status == SyncTaskStatus::Synchronizing) {
                original = task;
                break;
            }
        }
        auto w = wizard();
        w->cloneFrom(original);
        QVERIFY(w->atQuota());
        type(w.get(), u"sourceAk"_s, u"SRCAK"_s);
        type(w.get(), u"sourceSk"_s, u"src-secret"_s);
        if (original.sourceCdn) {
            type(w.get(), u"cdnKey"_s, u"cdn-key"_s);
        }
        w->next();
        w->next();
        type(w.get(), u"destinationAk"_s, u"DSTAK"_s);
        type(w.get(), u"destinationSk"_s, u"dst-secret"_s);
        choose(w.get(), u"storageClass"_s, u"DEEP_ARCHIVE"_s);
        w->next();
        w->next();
        QCOMPARE(w->currentId(), int(NewTaskWizard::SummaryPage));
        auto* agree = child<QCheckBox>(w.get(), u"deleteOriginal"_s);
        QVERIFY(agree->isVisible());
        QVERIFY(agree->text().contains(u"top and delete"_s));
        QVERIFY(!w->currentPage()->isComplete());
        m_sim->clearLog();
        agree->setChecked(true);
        QVERIFY(w->currentPage()->isComplete());

        // The create fails after the original went: everything stays for a retry.
        m_sim->injectFault(QJsonObject {{u"kind"_s, u"status"_s},
                                        {u"status"_s, 500},
                                        {u"method"_s, u"POST"_s},
                                        {u"path"_s, u"/v2/*/sync-tasks"_s},
                                        {u"count"_s, 1}});
        w->button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(w->createError()->isVisible(), networkTimeoutMs);
        QTRY_VERIFY(!w->isCreating());
        QVERIFY(simTask(original.id).isEmpty());
        QCOMPARE(tasks().size(), 4);
        QVERIFY(w->isVisible());
        QCOMPARE(child<QLineEdit>(w.get(), u"sourceAk"_s)->text(), u"SRCAK"_s);
        QCOMPARE(child<QComboBox>(w.get(), u"storageClass"_s)->currentData().toString(),
                 u"DEEP_ARCHIVE"_s);
        QVERIFY(!agree->isVisible()); // nothing more to delete

        const QString id = finish(w.get());
        QCOMPARE(simTask(id).value(u"dst_storage_policy"_s).toString(), u"DEEP_ARCHIVE"_s);
        QCOMPARE(simTask(id).value(u"src_bucket"_s).toString(), original.srcBucket);
        QCOMPARE(tasks().size(), 5);
    }

    void syncsObjectsTenKeysACall()
    {
        SyncTask task;
        for (const SyncTask& each : tasks()) {
            if (each.status == SyncTaskStatus::Synchronizing) {
                task = each;
                break;
            }
        }
        SyncObjectsDialog dialog(m_controller.get(), m_profileId, task, m_window.get());
        dialog.show();
        auto* keys = dialog.findChild<QPlainTextEdit*>(u"objectKeys"_s);
        QVERIFY(!dialog.findChild<QPushButton*>(u"sendButton"_s)->isEnabled());
        QStringList lines;
        for (int i = 0; i < 23; ++i) {
            lines.append(u"reports/2026/week %1.pdf"_s.arg(i));
        }
        keys->setPlainText(lines.join(u"\r\n"_s) + u"\n\n"_s);
        QCOMPARE(dialog.keys(), lines);
        QVERIFY(dialog.findChild<QLabel*>(u"keyCount"_s)->text().contains(u"3 call"_s));
        QSignalSpy sent(&dialog, &SyncObjectsDialog::sent);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"sendButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, networkTimeoutMs);
        QCOMPARE(sent.first().at(0).toInt(), 3);
        QCOMPARE(sent.first().at(1).toInt(), 0);
        QCOMPARE(dialog.results()->topLevelItemCount(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(dialog.results()->topLevelItem(i)->text(1), u"Sync requested"_s);
        }
        QCOMPARE(simTask(task.id).value(u"_sync_events"_s).toArray().size(), 3);
        // The keys stay, to send again.
        QCOMPARE(dialog.keys(), lines);
    }
};

QTEST_MAIN(TestNewTaskWizard)
#include "TestNewTaskWizard.moc"
