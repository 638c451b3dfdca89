// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoEnvironment.h"
#include "GuiTest.h"
#include "ProfileController.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "SimulatorProcess.h"
#include "TaskListController.h"
#include "WatchController.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using namespace OmsSync::Gui;

class TestDemoEnvironment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void looksWhereBuildsAndPackagesPutTheSimulator()
    {
        qunsetenv(DemoEnvironment::environmentVariable);
        const QStringList candidates = DemoEnvironment::simulatorCandidates();
        const QString here = QCoreApplication::applicationDirPath();
        QVERIFY(candidates.contains(here + u"/../sim/oms-sim"_s));
        QVERIFY(candidates.contains(here + u"/oms-sim"_s));
        QVERIFY(std::any_of(candidates.cbegin(), candidates.cend(), [](const QString& c) {
            return c.endsWith(u"libexec/oms-sim"_s) && QDir::isAbsolutePath(c)
                && !c.startsWith(QCoreApplication::applicationDirPath());
        }));

        qputenv(DemoEnvironment::environmentVariable, OMS_SIM_EXECUTABLE);
        QCOMPARE(DemoEnvironment::simulatorCandidates().constFirst(),
                 QString::fromLocal8Bit(OMS_SIM_EXECUTABLE));
        QCOMPARE(DemoEnvironment::findSimulator(),
                 QFileInfo(QString::fromLocal8Bit(OMS_SIM_EXECUTABLE)).canonicalFilePath());
    }

    void runsTheDemoOnSettingsOfItsOwn()
    {
        qputenv(DemoEnvironment::environmentVariable, OMS_SIM_EXECUTABLE);
        DemoEnvironment demo;
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        QVERIFY(demo.isRunning());
        QVERIFY(demo.port() > 0);
        QCOMPARE(demo.endpoint().host(), u"127.0.0.1"_s);
        // Settings in a directory of their own, outside the user's configuration.
        QVERIFY(demo.profilesIniPath().startsWith(QDir::tempPath()));
        QVERIFY(demo.guiIniPath().startsWith(QDir::tempPath()));

        ProfileStore store(demo.profilesIniPath());
        SecretStore secrets;
        secrets.setSessionOnly(true);
        ProfileService profilesService(&store, &secrets);
        ProfileController profiles(&profilesService);
        profiles.setCallPolicy(Gui::Test::quickPolicy());
        QVERIFY2(demo.addProfiles(&profiles, &error), qPrintable(error));
        QCOMPARE(profiles.profiles().size(), 2);
        QStringList regions;
        for (const Profile& profile : profiles.profiles()) {
            regions.append(profile.regionId);
            QCOMPARE(profile.omsEndpoint, demo.endpoint());
            QCOMPARE(profile.iamEndpoint, demo.endpoint());
            QCOMPARE(profile.authMethod, AuthMethod::Password);
            QCOMPARE(profile.userName, u"demo"_s);
        }
        QCOMPARE(regions, (QStringList {u"cn-north-4"_s, u"cn-east-3"_s}));
        // The password is given to the sessions, never stored.
        QFile ini(demo.profilesIniPath());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray settings = ini.readAll();
        QVERIFY(settings.contains("cn-east-3"));
        QVERIFY(!settings.contains("demo-password"));
        bool stored = true;
        secrets.read(SecretStore::signInKey(profiles.profiles().constFirst().id), this,
                     [&stored](const SecretStore::Result& result) {
                         stored = result.status == SecretStore::Status::Ok;
                     });
        QTRY_VERIFY(!stored);

        // The demo profiles sign in and list the seed's tasks.
        WatchController watch(&profiles);
        watch.start();
        TaskListController tasks(&watch);
        tasks.setProfile(profiles.profiles().at(1).id);
        QTRY_VERIFY_WITH_TIMEOUT(tasks.hasLoaded(), 20000);
        QCOMPARE(tasks.tasks().size(), 4);

        const qint64 pid = demo.simulatorProcessId();
        QVERIFY(pid > 0);
        demo.stop();
        QVERIFY(!demo.isRunning());
        QCOMPARE(::kill(pid_t(pid), 0), -1); // gone
    }

    void saysWhenTheSimulatorIsMissing()
    {
        DemoEnvironment demo;
        demo.setSimulatorProgram({});
        QString error;
        QVERIFY(!demo.start(&error));
        QVERIFY2(error.contains(u"oms-sim"_s), qPrintable(error));
        QVERIFY(error.contains(u"/../sim/oms-sim"_s));
    }

    void saysWhenTheSimulatorStops()
    {
        qputenv(DemoEnvironment::environmentVariable, OMS_SIM_EXECUTABLE);
        DemoEnvironment demo;
        QString error;
        QVERIFY2(demo.start(&error), qPrintable(error));
        QSignalSpy stopped(&demo, &DemoEnvironment::simulatorStopped);
        QCOMPARE(::kill(pid_t(demo.simulatorProcessId()), SIGKILL), 0);
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 10000);
        QVERIFY(!demo.isRunning());
    }

    void launchedItAnswersOnThePortItWasGiven()
    {
        qputenv(DemoEnvironment::environmentVariable, OMS_SIM_EXECUTABLE);
        DemoEnvironment demo;
        QSignalSpy ready(&demo, &DemoEnvironment::ready);
        QString error;
        QVERIFY2(demo.launch(&error), qPrintable(error));
        // The port is known at once, for the profiles made meanwhile.
        const quint16 port = demo.port();
        QVERIFY(port > 0);
        QVERIFY(ready.wait(15000));
        QCOMPARE(ready.size(), 1);
        QVERIFY(demo.isReady());
        QVERIFY(demo.isRunning());
        QCOMPARE(demo.port(), port);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(socket.waitForConnected(5000));
    }

    void aLaunchThatFailsSaysSo()
    {
        qputenv(DemoEnvironment::environmentVariable, OMS_SIM_EXECUTABLE);
        // The port taken by someone else before the simulator binds it.
        QTcpServer squatter;
        DemoEnvironment demo;
        QSignalSpy ready(&demo, &DemoEnvironment::ready);
        QSignalSpy stopped(&demo, &DemoEnvironment::simulatorStopped);
        QString error;
        QVERIFY2(demo.launch(&error), qPrintable(error));
        // Too late for the simulator? Then it already listens: nothing to test.
        if (!squatter.listen(QHostAddress::LocalHost, demo.port())) {
            QVERIFY(ready.wait(15000));
            return;
        }
        QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 15000);
        QCOMPARE(ready.size(), 0);
        QVERIFY(!demo.isReady());
        QVERIFY(!demo.isRunning());
    }
};

QTEST_MAIN(TestDemoEnvironment)
#include "TestDemoEnvironment.moc"
