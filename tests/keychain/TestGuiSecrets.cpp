// SPDX-License-Identifier: GPL-3.0-or-later
//
// The desktop application with a real keychain (this test runs inside
// tests/fixtures/with-keyring.sh): canary secrets typed into the profile
// editor's password and the credentials dialog, remembered, used, refused;
// then no file under HOME or the temporary folder, and no output, holds one,
// and the dialog's fields are empty once it closes. A proxy password typed
// into the profile editor lands in the keychain under its own key.
#include "CredentialsDialog.h"
#include "ErrorBanner.h"
#include "GuiSettings.h"
#include "MainWindow.h"
#include "ProfileController.h"
#include "ProfileEditDialog.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "SimulatorProcess.h"
#include "TaskTableModel.h"

#include <QAction>
#include <QCheckBox>
#include <QDirIterator>
#include <QJsonArray>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using namespace OmsSync::Gui;
using OmsSync::Test::SimulatorProcess;

namespace {

constexpr char canaryPassword[] = "CANARY-gui-password-81";
constexpr char canarySrcAk[] = "CANARY-gui-srcak-82";
constexpr char canarySrcSk[] = "CANARY-gui-srcsk-83";
constexpr char canaryDstAk[] = "CANARY-gui-dstak-84";
constexpr char canaryDstSk[] = "CANARY-gui-dstsk-85";
constexpr char canaryWrongSk[] = "CANARY-gui-wrong-86";
constexpr char canaryProxyPassword[] = "CANARY-gui-proxy-87";

QByteArray printed; // everything the test process logged

void capture(QtMsgType, const QMessageLogContext&, const QString& message)
{
    printed += message.toUtf8() + '\n';
}

} // namespace

class TestGuiSecrets : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_work;

    QString writeConfig()
    {
        const QJsonObject keys {{u"src_ak"_s, QString::fromLatin1(canarySrcAk)},
                                {u"src_sk"_s, QString::fromLatin1(canarySrcSk)},
                                {u"dst_ak"_s, QString::fromLatin1(canaryDstAk)},
                                {u"dst_sk"_s, QString::fromLatin1(canaryDstSk)}};
        const QJsonObject task {
            {u"sync_task_id"_s, u"t-gui"_s},     {u"status"_s, u"STOPPED"_s},
            {u"src_cloud_type"_s, u"AWS"_s},     {u"src_bucket"_s, u"source"_s},
            {u"dst_bucket"_s, u"destination"_s}, {u"expected_start_keys"_s, keys}};
        const QJsonObject user {{u"name"_s, u"ops"_s},
                                {u"password"_s, QString::fromLatin1(canaryPassword)}};
        const QJsonObject project {{u"name"_s, u"cn-north-4"_s}, {u"tasks"_s, QJsonArray {task}}};
        const QJsonObject account {{u"name"_s, u"acme"_s},
                                   {u"users"_s, QJsonArray {user}},
                                   {u"projects"_s, QJsonArray {project}}};
        const QString path = m_work->filePath(u"sim.json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return {};
        }
        file.write(QJsonDocument(QJsonObject {{u"accounts"_s, QJsonArray {account}}}).toJson());
        return path;
    }

    static void type(CredentialsDialog* dialog, const char* name, const char* text)
    {
        auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, QString::fromLatin1(text));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run this test inside tests/fixtures/with-keyring.sh");
        // A temporary folder of this run's own, beside the wrapper's HOME, so
        // that the scan covers everything this test could have written there.
        const QString tmp = QFileInfo(qEnvironmentVariable("HOME")).absolutePath() + u"/tmp"_s;
        QVERIFY(QDir().mkpath(tmp));
        qputenv("TMPDIR", QFile::encodeName(tmp));
        m_work = std::make_unique<QTemporaryDir>();
        QVERIFY(m_work->path().startsWith(tmp));
        qInstallMessageHandler(capture);
    }

    void theProxyPasswordGoesToTheKeychainOnly()
    {
        const QString settingsDir = m_work->filePath(u"proxy-settings"_s);
        QDir().mkpath(settingsDir);
        QUuid id;
        {
            ProfileStore store(settingsDir + u"/profiles.ini"_s);
            SecretStore secrets;
            QVERIFY(secrets.isAvailable());
            ProfileService service(&store, &secrets);
            ProfileController controller(&service);
            ProfileEditDialog editor(&controller, Profile {});
            editor.show();
            QVERIFY(QTest::qWaitForWindowExposed(&editor));
            const std::pair<const char*, QString> fields[] = {
                {"profileName", u"Proxied"_s},
                {"accountName", u"acme"_s},
                {"userName", u"ops"_s},
                {"password", QString::fromLatin1(canaryPassword)},
                {"proxy", u"http://proxyuser@proxy.example:3128"_s},
            };
            for (const auto& [name, value] : fields) {
                editor.findChild<QLineEdit*>(QString::fromLatin1(name))->setText(value);
            }
            editor.findChild<QToolButton*>(u"advancedToggle"_s)->setChecked(true);
            auto* proxyPassword = editor.findChild<QLineEdit*>(u"proxyPassword"_s);
            QVERIFY(proxyPassword->isEnabled());
            QTest::keyClicks(proxyPassword, QString::fromLatin1(canaryProxyPassword));
            QTest::mouseClick(editor.findChild<QPushButton*>(u"saveButton"_s), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(editor.result(), int(QDialog::Accepted), 20000);
            id = editor.savedProfileId();
            QVERIFY(!id.isNull());
            QVERIFY(proxyPassword->text().isEmpty());
        }

        // Another process's view: the OS keychain has it under the profile's
        // proxy password key, and under no other of the profile's keys.
        SecretStore fresh;
        auto read = [&fresh](const QString& key) {
            std::optional<SecretStore::Result> answer;
            fresh.read(key, &fresh, [&answer](const SecretStore::Result& r) { answer = r; });
            (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000);
            return answer.value_or(SecretStore::Result {});
        };
        const SecretStore::Result proxy = read(SecretStore::proxyPasswordKey(id));
        QCOMPARE(proxy.status, SecretStore::Status::Ok);
        QCOMPARE(proxy.data, QByteArray(canaryProxyPassword));
        QCOMPARE(read(SecretStore::signInKey(id)).data, QByteArray(canaryPassword));

        QDirIterator it(settingsDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int withProxy = 0; // the settings file, so the scan means something
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY2(!content.contains(canaryProxyPassword), qPrintable(file.fileName()));
            withProxy += content.contains("proxyuser@proxy.example") ? 1 : 0;
        }
        QCOMPARE(withProxy, 1);
        QVERIFY(!printed.contains(canaryProxyPassword));
    }

    void canariesLeaveNoTrace()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.startWithConfig(writeConfig(), {u"--log-requests"_s}),
                 qPrintable(sim.errorString()));
        const QString settingsDir = m_work->filePath(u"settings"_s);
        QDir().mkpath(settingsDir);
        {
            ProfileStore store(settingsDir + u"/profiles.ini"_s);
            SecretStore secrets;
            QVERIFY(secrets.isAvailable());
            GuiSettings settings(settingsDir + u"/gui.ini"_s);
            settings.setAutoRefreshSeconds(0);
            ProfileService service(&store, &secrets);
            ProfileController controller(&service);
            Profile profile;
            profile.name = u"Canary"_s;
            profile.regionId = u"cn-north-4"_s;
            profile.accountName = u"acme"_s;
            profile.userName = u"ops"_s;
            profile.omsEndpoint = sim.baseUrl();
            profile.iamEndpoint = sim.baseUrl();
            bool stored = false;
            QVERIFY(!controller
                         .saveProfile(profile, QString::fromLatin1(canaryPassword), &controller,
                                      [&stored](const ApiError& e) { stored = !e.isError(); })
                         .isError());
            QTRY_VERIFY_WITH_TIMEOUT(stored, 20000);

            MainWindow window(&controller, &settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTRY_VERIFY_WITH_TIMEOUT(window.taskModel()->rowOf(u"t-gui"_s) >= 0, 20000);

            // A refused start: the error stays in the dialog.
            window.selectTask(u"t-gui"_s);
            window.startAction()->trigger();
            QPointer<CredentialsDialog> dialog = window.credentialsDialog();
            QVERIFY(dialog);
            type(dialog, "sourceAk", canarySrcAk);
            type(dialog, "sourceSk", canaryWrongSk);
            type(dialog, "destinationAk", canaryDstAk);
            type(dialog, "destinationSk", canaryDstSk);
            dialog->findChild<QCheckBox*>(u"rememberKeys"_s)->setChecked(true);
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"startButton"_s), Qt::LeftButton);
            auto* error = dialog->findChild<ErrorBanner*>(u"startError"_s);
            QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
            QVERIFY(!error->plainText().contains(QString::fromLatin1(canaryWrongSk)));

            // Corrected, remembered, started.
            type(dialog, "sourceSk", canarySrcSk);
            QTest::mouseClick(dialog->findChild<QPushButton*>(u"startButton"_s), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog, 20000);
            QTRY_COMPARE_WITH_TIMEOUT(
                window.taskModel()->task(window.taskModel()->rowOf(u"t-gui"_s)).status,
                SyncTaskStatus::Synchronizing, 20000);
            QTRY_VERIFY(
                controller.hasRememberedKeys(controller.profiles().constFirst().id, u"t-gui"_s));

            // The keys did reach the service, so the scan below means something.
            bool sent = false;
            for (const QJsonValue& entry : sim.requestLog()) {
                sent |= entry.toObject().value(u"body"_s).toString().contains(
                    QString::fromLatin1(canarySrcSk));
            }
            QVERIFY(sent);

            // Paused again (the simulator starts over): the dialog is filled
            // from the keychain, and cancelling empties it.
            QVERIFY(sim.reset());
            window.refreshAction()->trigger();
            QTRY_COMPARE_WITH_TIMEOUT(
                window.taskModel()->task(window.taskModel()->rowOf(u"t-gui"_s)).status,
                SyncTaskStatus::Stopped, 20000);
            window.selectTask(u"t-gui"_s);
            window.startAction()->trigger();
            dialog = window.credentialsDialog();
            QVERIFY(dialog);
            auto* sourceSk = dialog->findChild<QLineEdit*>(u"sourceSk"_s);
            QTRY_COMPARE(sourceSk->text(), QString::fromLatin1(canarySrcSk));
            dialog->reject();
            QVERIFY(sourceSk->text().isEmpty());
        }

        QVERIFY(sim.stop());

        const QStringList places {QFileInfo(qEnvironmentVariable("HOME")).absolutePath()};
        int files = 0;
        for (const QString& place : places) {
            QDirIterator it(place, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.fileName().endsWith(u"sim.json"_s) || !file.open(QIODevice::ReadOnly)) {
                    continue; // the simulator's own configuration holds them by design
                }
                ++files;
                const QByteArray content = file.readAll();
                for (const char* canary : {canaryPassword, canarySrcAk, canarySrcSk, canaryDstAk,
                                           canaryDstSk, canaryWrongSk, canaryProxyPassword}) {
                    QVERIFY2(!content.contains(canary), qPrintable(file.fileName()));
                }
            }
        }
        QVERIFY(files >= 2);
        for (const char* canary :
             {canaryPassword, canarySrcSk, canaryDstSk, canaryWrongSk, canaryProxyPassword}) {
            QVERIFY2(!printed.contains(canary), canary);
        }
    }
};

QTEST_MAIN(TestGuiSecrets)
#include "TestGuiSecrets.moc"
