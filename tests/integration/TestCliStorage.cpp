// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuildInfo.h"
#include "CliProcess.h"
#include "FullDisk.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

using namespace Qt::StringLiterals;

// oms-sync when its settings cannot be saved: a real full disk (a small
// tmpfs of the test's own, see tests/fixtures/with-tmpfs.sh) and a lock that
// another program keeps. Exit code 7, a message that names the file, and
// the profiles saved before are still there, byte for byte.
class TestCliStorage : public QObject
{
    Q_OBJECT

private:
    using Run = OmsSync::Test::CliProcess::Result;

    std::unique_ptr<QTemporaryDir> m_home;
    QString m_tmpfs;

    QString configDir() const { return m_tmpfs + u"/config"_s; }
    QString fillerDir() const { return m_tmpfs + u"/filler"_s; }

    QString settingsFile() const
    {
        return configDir() + u'/' + QString::fromLatin1(OmsSync::BuildInfo::organizationName)
            + u"/oms-sync-desk.ini"_s;
    }

    QProcessEnvironment environment() const
    {
        return OmsSync::Test::CliProcess::privateEnvironment(m_home->path(), configDir());
    }

    Run run(const QStringList& arguments)
    {
        return OmsSync::Test::CliProcess(environment()).run(arguments);
    }

    Run add(const QString& name)
    {
        return run({u"profile"_s, u"add"_s, name, u"--region"_s, u"cn-north-4"_s, u"--user"_s,
                    u"u"_s, u"--account"_s, u"a"_s});
    }

    static QByteArray contents(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_tmpfs = qEnvironmentVariable("OMS_SYNC_TEST_TMPFS");
        QVERIFY2(!m_tmpfs.isEmpty(),
                 "OMS_SYNC_TEST_TMPFS is not set: run this test with tests/fixtures/with-tmpfs.sh");
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir(configDir()).removeRecursively());
        QVERIFY(QDir(fillerDir()).removeRecursively());
        QVERIFY(QDir().mkpath(fillerDir()));
    }

    void cleanup()
    {
        QVERIFY(QDir(fillerDir()).removeRecursively());
        QVERIFY(QDir(configDir()).removeRecursively());
        m_home.reset();
    }

    void aFullDiskExitsSevenAndKeepsTheProfiles()
    {
        QCOMPARE(add(u"first"_s).exitCode, 0);
        QCOMPARE(add(u"second"_s).exitCode, 0);
        const QByteArray before = contents(settingsFile());
        QVERIFY(before.contains("first"));
        const Run listed = run({u"--json"_s, u"profile"_s, u"list"_s});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(listed.json().array().size(), 2);

        // Full but for one page: the edit's lock fits, the new file does not.
        QVERIFY(OmsSync::Test::fillWithPages(fillerDir()) > 0);
        QVERIFY(QFile::remove(fillerDir() + u"/0"_s));
        Run refused = add(u"third"_s);
        QCOMPARE(refused.exitCode, 7);
        QVERIFY2(refused.err.contains(settingsFile().toUtf8()), refused.err.constData());
        QVERIFY2(refused.err.contains(qt_error_string(ENOSPC).toUtf8()), refused.err.constData());
        QCOMPARE(contents(settingsFile()), before);
        const Run after = run({u"--json"_s, u"profile"_s, u"list"_s});
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(after.json(), listed.json());

        // Full to the last page: not even the lock can be taken.
        OmsSync::Test::fillWithPages(fillerDir());
        refused = add(u"third"_s);
        QCOMPARE(refused.exitCode, 7);
        QVERIFY2(refused.err.contains(settingsFile().toUtf8()), refused.err.constData());
        QCOMPARE(contents(settingsFile()), before);
        QCOMPARE(run({u"--json"_s, u"profile"_s, u"list"_s}).json(), listed.json());

        // Nothing left behind next to the settings but the file itself.
        QCOMPARE(QFileInfo(settingsFile())
                     .dir()
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList {QFileInfo(settingsFile()).fileName()});

        // Room again: the same command succeeds.
        QVERIFY(QDir(fillerDir()).removeRecursively());
        QCOMPARE(add(u"third"_s).exitCode, 0);
        QCOMPARE(run({u"--json"_s, u"profile"_s, u"list"_s}).json().array().size(), 3);
    }

    void aLockKeptByAnotherProgramExitsSeven()
    {
        QCOMPARE(add(u"first"_s).exitCode, 0);
        const QByteArray before = contents(settingsFile());
        QLockFile other(settingsFile() + u".edit-lock"_s);
        QVERIFY(other.tryLock(0));
        const Run refused = add(u"second"_s);
        QCOMPARE(refused.exitCode, 7);
        QVERIFY2(refused.err.contains(settingsFile().toUtf8()), refused.err.constData());
        QVERIFY2(refused.err.contains("locked by another program"), refused.err.constData());
        QCOMPARE(contents(settingsFile()), before);
    }
};

QTEST_GUILESS_MAIN(TestCliStorage)
#include "TestCliStorage.moc"
