// SPDX-License-Identifier: GPL-3.0-or-later
#include "Profile.h"
#include "TaskListCache.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace OmsSync;

namespace {

Profile profile()
{
    Profile profile;
    profile.id = QUuid(u"{2f4d6a8c-1b3e-4c5d-8e9f-0a1b2c3d4e5f}"_s);
    profile.name = u"Beijing"_s;
    profile.regionId = u"cn-north-4"_s;
    profile.authMethod = AuthMethod::Password;
    profile.accountName = u"acme-account"_s;
    profile.userName = u"alice-operator"_s;
    return profile;
}

QList<SyncTask> tasks()
{
    SyncTask full;
    full.id = u"2a7d9e4b-8c1f-4e6a-b3d2-9f0c1e7a5b42"_s;
    full.srcCloudType = u"Aliyun"_s;
    full.srcRegion = u"cn-hangzhou"_s;
    full.srcBucket = u"photos"_s;
    full.dstBucket = u"photos-obs"_s;
    full.dstRegion = u"cn-north-4"_s;
    full.description = u"图片库同步"_s;
    full.status = SyncTaskStatus::Stopped;
    full.statusText = u"STOPPED"_s;
    full.createTime = QDateTime::fromMSecsSinceEpoch(1764806400123, Qt::UTC);
    full.lastStartTime = QDateTime::fromMSecsSinceEpoch(1764892800456, Qt::UTC);
    full.enableKms = true;
    full.enableMetadataMigration = false;
    full.appId = u"app-1"_s;
    full.sourceCdn =
        SourceCdn {u"cdn.example.com"_s, u"https"_s, u"QINIU_PRIVATE_AUTHENTICATION"_s};
    full.objectOverwriteMode = u"CRC64_COMPARISON_OVERWRITE"_s;
    full.dstStoragePolicy = u"STANDARD"_s;
    full.consistencyCheck = u"crc64"_s;
    full.monthly = MonthlyStatistics {1200, 1100, 37, 63, 1541732810311};
    SyncTask bare;
    bare.id = u"5c1e0d2a-9b8f-4a7e-8d6c-5b4a3f2e1d0c"_s;
    bare.status = SyncTaskStatus::Synchronizing;
    bare.statusText = u"SYNCHRONIZING"_s;
    return {full, bare};
}

const QDateTime fetched = QDateTime::fromMSecsSinceEpoch(1796400000789, Qt::UTC);

} // namespace

class TestTaskListCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aListIsRecalledByTheNextRun()
    {
        QTemporaryDir dir;
        {
            TaskListCache cache(dir.filePath(u"task-lists"_s));
            QVERIFY(!cache.recall(profile()));
            cache.remember(profile(), tasks(), fetched);
        } // the destructor waits for the write
        TaskListCache next(dir.filePath(u"task-lists"_s));
        const auto entry = next.recall(profile());
        QVERIFY(entry);
        QCOMPARE(entry->tasks, tasks());
        QCOMPARE(entry->asOf, fetched);
    }

    void theFolderAndItsFilesAreTheUsersAlone()
    {
        QTemporaryDir dir;
        const mode_t oldMask = umask(022);
        TaskListCache cache(dir.filePath(u"a/task-lists"_s));
        cache.remember(profile(), tasks(), fetched);
        cache.waitForWrites();
        umask(oldMask);
        struct stat folder
        {
        };
        struct stat file
        {
        };
        QCOMPARE(::stat(QFile::encodeName(cache.directory()).constData(), &folder), 0);
        QCOMPARE(::stat(QFile::encodeName(cache.fileName(profile().id)).constData(), &file), 0);
        QCOMPARE(folder.st_mode & 0777, mode_t(0700));
        QCOMPARE(file.st_mode & 0777, mode_t(0600));
    }

    void theFileNamesNoAccountNorKey()
    {
        QTemporaryDir dir;
        TaskListCache cache(dir.path());
        Profile akSk = profile();
        akSk.authMethod = AuthMethod::AkSk;
        akSk.accessKeyId = u"HPUAEXAMPLEACCESSKEY"_s;
        cache.remember(akSk, tasks(), fetched);
        cache.waitForWrites();
        QFile file(cache.fileName(akSk.id));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("photos-obs")); // the tasks are there
        for (const char* name : {"acme-account", "alice-operator", "HPUAEXAMPLEACCESSKEY"}) {
            QVERIFY2(!bytes.contains(name), name);
        }
    }

    void aProfilePointingElsewhereRecallsNothing()
    {
        QTemporaryDir dir;
        TaskListCache cache(dir.path());
        cache.remember(profile(), tasks(), fetched);
        cache.waitForWrites();

        Profile region = profile();
        region.regionId = u"cn-east-3"_s;
        Profile account = profile();
        account.accountName = u"other"_s;
        Profile user = profile();
        user.userName = u"bob"_s;
        for (const Profile& elsewhere : {region, account, user}) {
            QVERIFY(!TaskListCache(dir.path()).recall(elsewhere));
        }
        // Another endpoint or a project id found since reaches the same tasks.
        Profile mirrored = profile();
        mirrored.omsEndpoint = QUrl(u"https://oms.mirror.example.com"_s);
        mirrored.projectId = u"0123456789abcdef0123456789abcdef"_s;
        QVERIFY(TaskListCache(dir.path()).recall(mirrored));
    }

    void anUnchangedListIsWrittenAgainOnlyWhenItsTimeGrowsOld()
    {
        QTemporaryDir dir;
        TaskListCache cache(dir.path());
        cache.remember(profile(), tasks(), fetched);
        cache.remember(profile(), tasks(), fetched.addSecs(60));
        cache.waitForWrites();
        QCOMPARE(cache.writes(), 1);

        const QDateTime later = fetched.addSecs(11 * 60);
        cache.remember(profile(), tasks(), later);
        cache.waitForWrites();
        QCOMPARE(cache.writes(), 2);
        QCOMPARE(TaskListCache(dir.path()).recall(profile())->asOf, later);

        QList<SyncTask> changed = tasks();
        changed[1].status = SyncTaskStatus::Stopped;
        changed[1].statusText = u"STOPPED"_s;
        cache.remember(profile(), changed, later.addSecs(60));
        cache.waitForWrites();
        QCOMPARE(cache.writes(), 3);
        QCOMPARE(TaskListCache(dir.path()).recall(profile())->tasks, changed);
    }

    void anUnreadableFileIsIgnored_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not JSON") << QByteArray("{\"schema\":1,\"tasks\":[");
        QTest::newRow("another schema") << QByteArray("{\"schema\":2,\"tasks\":[]}");
        QTest::newRow("an array") << QByteArray("[1,2,3]");
        QTest::newRow("empty") << QByteArray();
    }

    void anUnreadableFileIsIgnored()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        TaskListCache cache(dir.path());
        QFile file(cache.fileName(profile().id));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        QVERIFY(!cache.recall(profile()));
    }

    void aFileTooLargeIsNotRead()
    {
        QTemporaryDir dir;
        TaskListCache cache(dir.path());
        cache.remember(profile(), tasks(), fetched);
        cache.waitForWrites();
        QFile file(cache.fileName(profile().id));
        QVERIFY(file.resize(TaskListCache::maxFileSize + 1)); // sparse: no disk used
        QVERIFY(!cache.recall(profile()));
    }

    void aProfileGoneTakesItsFileAlong()
    {
        QTemporaryDir dir;
        TaskListCache cache(dir.path());
        Profile other = profile();
        other.id = QUuid::createUuid();
        Profile third = profile();
        third.id = QUuid::createUuid();
        for (const Profile& each : {profile(), other, third}) {
            cache.remember(each, tasks(), fetched);
        }
        cache.forget(other.id);
        cache.waitForWrites();
        QVERIFY(QFile::exists(cache.fileName(profile().id)));
        QVERIFY(!QFile::exists(cache.fileName(other.id)));

        // Removed while the application was closed.
        cache.retainOnly({third.id});
        cache.waitForWrites();
        QVERIFY(!QFile::exists(cache.fileName(profile().id)));
        QVERIFY(QFile::exists(cache.fileName(third.id)));
        // What was kept of a removed profile is written anew when it returns.
        cache.remember(profile(), tasks(), fetched);
        cache.waitForWrites();
        QVERIFY(QFile::exists(cache.fileName(profile().id)));
    }

    void theStandardFolderIsUnderTheUsersCache()
    {
        QTemporaryDir dir;
        qputenv("XDG_CACHE_HOME", QFile::encodeName(dir.path()));
        QCoreApplication::setOrganizationName(u"org"_s);
        QCoreApplication::setApplicationName(u"app"_s);
        QCOMPARE(TaskListCache::standardDirectory(), dir.path() + u"/org/app/task-lists"_s);
        QCOMPARE(TaskListCache::standardDirectory(u"demo"_s),
                 dir.path() + u"/org/app/task-lists/demo"_s);
    }
};

QTEST_GUILESS_MAIN(TestTaskListCache)
#include "TestTaskListCache.moc"
