// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlockingSecrets.h"
#include "CliProcess.h"
#include "SecretStore.h"
#include "SimulatorProcess.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocalServer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using OmsSync::SecretStore;
using OmsSync::Test::BlockingSecrets;
using OmsSync::Test::SimulatorProcess;

// No D-Bus session bus at all, as under cron, SSH or in a container: the
// keychain is known to be missing before anything is asked, so nothing waits
// for a late wallet, environment secrets just work and a secret that only
// the keychain could give is reported as such (oms-sync exit code 6).
class TestNoSessionBus : public QObject
{
    Q_OBJECT

private:
    using Run = OmsSync::Test::CliProcess::Result;

    QTemporaryDir m_runtime; // an XDG_RUNTIME_DIR without a "bus" socket
    QTemporaryDir m_home;

    QProcessEnvironment cliEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.remove(u"DISPLAY"_s);
        env.insert(u"XDG_RUNTIME_DIR"_s, m_runtime.path());
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        for (const QString& name : env.keys()) {
            if (name.startsWith(u"OMS_SYNC_"_s)) {
                env.remove(name);
            }
        }
        return env;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_runtime.isValid());
        QVERIFY(m_home.isValid());
        // Before anything touched D-Bus in this process.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
    }

    void judgesTheBusAddress_data()
    {
        QTest::addColumn<QByteArray>("address");
        QTest::addColumn<bool>("runtimeBus");
        QTest::addColumn<bool>("mayAnswer");

        QTest::newRow("unset") << QByteArray() << false << false;
        QTest::newRow("unset, runtime bus") << QByteArray() << true << true;
        QTest::newRow("blank") << " "_ba << false << false;
        QTest::newRow("missing socket") << "unix:path=/nonexistent/oms-bus"_ba << false << false;
        QTest::newRow("missing socket, runtime bus")
            << "unix:path=/nonexistent/oms-bus"_ba << true << false;
        QTest::newRow("existing socket")
            << "unix:path=@RUNTIME@/bus,guid=0123abcd"_ba << true << true;
        QTest::newRow("escaped path") << "unix:path=@ESCAPED@"_ba << true << true;
        QTest::newRow("second entry")
            << "unix:path=/nonexistent/a;unix:path=@RUNTIME@/bus"_ba << true << true;
        QTest::newRow("abstract") << "unix:abstract=/tmp/dbus-XXXX,guid=1"_ba << false << true;
        QTest::newRow("tcp") << "tcp:host=127.0.0.1,port=1"_ba << false << true;
        QTest::newRow("runtime=yes") << "unix:runtime=yes"_ba << true << true;
        QTest::newRow("runtime=yes, none") << "unix:runtime=yes"_ba << false << false;
        QTest::newRow("malformed") << "nonsense"_ba << false << false;
    }

    void judgesTheBusAddress()
    {
        QFETCH(QByteArray, address);
        QFETCH(bool, runtimeBus);
        QFETCH(bool, mayAnswer);
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        QLocalServer bus; // a real unix socket where a session bus would listen
        if (runtimeBus) {
            QVERIFY(bus.listen(runtime.filePath(u"bus"_s)));
        }
        const QByteArray socket = QFile::encodeName(runtime.filePath(u"bus"_s));
        address.replace("@RUNTIME@/bus", socket);
        address.replace("@ESCAPED@", socket.toPercentEncoding()); // every '/' as %2F
        QCOMPARE(SecretStore::sessionBusMayAnswer(address, runtime.path()), mayAnswer);
    }

    void answersUnavailableWithoutAskingTheKeychain()
    {
        SecretStore store;
        QSignalSpy availability(&store, &SecretStore::availabilityChanged);
        std::optional<SecretStore::Result> answer;
        store.read(SecretStore::signInKey(QUuid::createUuid()), this,
                   [&answer](const SecretStore::Result& result) { answer = result; });
        // Decided on the spot: no keychain job was started (it would be
        // the store's child until it finished) ...
        QVERIFY(store.findChildren<QKeychain::Job*>().isEmpty());
        QVERIFY(!store.isAvailable());
        QCOMPARE(availability.size(), 1);
        // ... and the answer is the queued call already posted, not one
        // that waits for a timer or the bus.
        QVERIFY(!answer.has_value());
        QCoreApplication::sendPostedEvents(nullptr, QEvent::MetaCall);
        QVERIFY(answer.has_value());
        QCOMPARE(answer->status, SecretStore::Status::Unavailable);
        QVERIFY(answer->errorString.contains(u"D-Bus"_s));

        // Writes are kept for the session, as with any missing keychain.
        const QString key = SecretStore::tokenKey(QUuid::createUuid());
        QCOMPARE(BlockingSecrets(store).write(key, "session only").status,
                 SecretStore::Status::Unavailable);
        QCOMPARE(BlockingSecrets(store).read(key).data, QByteArray("session only"));

        // Asking again checks the bus again, and finds none again at once.
        store.retryKeychain();
        QVERIFY(store.isAvailable());
        store.remove(key, this, [](const SecretStore::Result&) {});
        QVERIFY(store.findChildren<QKeychain::Job*>().isEmpty());
        QVERIFY(!store.isAvailable());
        QCOMPARE(availability.size(), 3); // lost, back, lost
    }

    void omsSyncWorksFromTheEnvironment()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        OmsSync::Test::CliProcess cli(cliEnvironment());
        const QString endpoint = sim.baseUrl().toString();
        QCOMPARE(cli.run({u"profile"_s, u"add"_s, u"demo"_s, u"--region"_s, u"cn-north-4"_s,
                          u"--user"_s, u"demo"_s, u"--account"_s, u"demo"_s, u"--oms-endpoint"_s,
                          endpoint, u"--iam-endpoint"_s, endpoint})
                     .exitCode,
                 0);

        const QHash<QString, QString> password {
            {u"OMS_SYNC_PASSWORD"_s, QString::fromLatin1(SimulatorProcess::demoPassword)}};
        sim.clearCounters();
        const Run listed = cli.run({u"--json"_s, u"task"_s, u"list"_s}, password);
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QVERIFY(!listed.json().array().isEmpty());
        QCOMPARE(sim.counters().value(u"iam_token_requests"_s).toInt(), 1);

        // The password is in no keychain, and none can be asked.
        const Run without = cli.run({u"task"_s, u"list"_s});
        QCOMPARE(without.exitCode, 6);
        QVERIFY(without.err.contains("keychain"));
        QVERIFY(sim.stop());
    }
};

QTEST_GUILESS_MAIN(TestNoSessionBus)
#include "TestNoSessionBus.moc"
