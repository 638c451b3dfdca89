// SPDX-License-Identifier: GPL-3.0-or-later
#include "FullDisk.h"
#include "ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
using namespace Qt::StringLiterals;
using OmsSync::ApiError;
using OmsSync::AuthMethod;
using OmsSync::Profile;
using OmsSync::ProfileStore;

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString iniPath() const { return m_dir.filePath(u"settings.ini"_s); }

    static Profile profile(const QString& name)
    {
        Profile p;
        p.name = name;
        p.regionId = u"cn-north-4"_s;
        p.authMethod = AuthMethod::Password;
        p.userName = u"alice"_s;
        p.accountName = u"acme"_s;
        return p;
    }

    static QByteArray contents(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Dates the file back to 2001. A write replaces the file, so a recent
    // date afterwards says it was written. (Inode numbers say nothing: the
    // file systems hand a freed one out again at once.)
    static bool age(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadWrite)
            && file.setFileTime(QDateTime(QDate(2001, 1, 1), QTime(0, 0), Qt::UTC),
                                QFileDevice::FileModificationTime);
    }

    static bool rewritten(const QString& path)
    {
        return QFileInfo(path).lastModified().date().year() > 2001;
    }

private Q_SLOTS:
    void init() { QFile::remove(iniPath()); }

    void addsListsAndFindsProfiles()
    {
        ProfileStore store(iniPath());
        QSignalSpy changed(&store, &ProfileStore::changed);
        Profile beijing = profile(u"Beijing"_s);
        QVERIFY(!store.add(beijing).isError());
        QVERIFY(!beijing.id.isNull());
        Profile shanghai = profile(u"上海"_s);
        shanghai.regionId = u"cn-east-3"_s;
        shanghai.authMethod = AuthMethod::AkSk;
        shanghai.accessKeyId = u"AKID"_s;
        shanghai.omsEndpoint = QUrl(u"http://127.0.0.1:8080"_s);
        QVERIFY(!store.add(shanghai).isError());
        QCOMPARE(changed.size(), 2);

        // A second store on the same file sees everything, in order.
        ProfileStore other(iniPath());
        const QList<Profile> all = other.profiles();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0), beijing);
        QCOMPARE(all.at(1), shanghai);
        QCOMPARE(other.findByName(u"上海"_s)->id, shanghai.id);
        QVERIFY(!other.find(QUuid::createUuid()).has_value());
    }

    void addsSeveralInOneWriteOrNone()
    {
        ProfileStore store(iniPath());
        Profile existing = profile(u"Beijing"_s);
        QVERIFY(!store.add(existing).isError());
        QSignalSpy changed(&store, &ProfileStore::changed);

        // One clash refuses all of them, and nothing is written.
        QVERIFY(age(iniPath()));
        QList<Profile> clashing {profile(u"Shanghai"_s), profile(u"Beijing"_s)};
        QCOMPARE(store.add(clashing).field(), u"name"_s);
        QList<Profile> twice {profile(u"Guangzhou"_s), profile(u"Guangzhou"_s)};
        QCOMPARE(store.add(twice).field(), u"name"_s);
        QList<Profile> invalid {profile(u"Guiyang"_s), profile(QString())};
        QCOMPARE(store.add(invalid).field(), u"name"_s);
        QVERIFY(!rewritten(iniPath()));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(store.profiles().size(), 1);

        QList<Profile> added {profile(u"Shanghai"_s), profile(u"Guangzhou"_s)};
        QVERIFY(!store.add(added).isError());
        QCOMPARE(changed.size(), 1);
        QVERIFY(!added.at(0).id.isNull());
        QVERIFY(added.at(0).id != added.at(1).id);
        const QList<Profile> all = ProfileStore(iniPath()).profiles();
        QCOMPARE(all, (QList<Profile> {existing, added.at(0), added.at(1)}));
    }

    void refusesDuplicateNamesAndInvalidProfiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("field");
        QTest::newRow("duplicate name") << u"Beijing"_s << u"cn-north-4"_s << u"name"_s;
        QTest::newRow("empty name") << QString() << u"cn-north-4"_s << u"name"_s;
        QTest::newRow("long name") << QString(65, u'n') << u"cn-north-4"_s << u"name"_s;
        QTest::newRow("bad region") << u"X"_s << u"evil.example.com"_s << u"region"_s;
    }

    void refusesDuplicateNamesAndInvalidProfiles()
    {
        QFETCH(QString, name);
        QFETCH(QString, region);
        QFETCH(QString, field);
        ProfileStore store(iniPath());
        Profile first = profile(u"Beijing"_s);
        QVERIFY(!store.add(first).isError());
        Profile second = profile(name);
        second.regionId = region;
        const OmsSync::ApiError error = store.add(second);
        QCOMPARE(error.field(), field);
        QCOMPARE(store.profiles().size(), 1);
    }

    void renameKeepsTheId()
    {
        ProfileStore store(iniPath());
        Profile p = profile(u"Old"_s);
        QVERIFY(!store.add(p).isError());
        p.name = u"New"_s;
        QVERIFY(!store.update(p).isError());
        QCOMPARE(store.find(p.id)->name, u"New"_s);
        QVERIFY(!store.findByName(u"Old"_s));
    }

    void duplicatesMovesAndRemoves()
    {
        ProfileStore store(iniPath());
        Profile a = profile(u"A"_s);
        Profile b = profile(u"B"_s);
        QVERIFY(!store.add(a).isError());
        QVERIFY(!store.add(b).isError());
        Profile copy;
        QVERIFY(!store.duplicate(a.id, &copy).isError());
        QCOMPARE(copy.name, u"A (2)"_s);
        QVERIFY(copy.id != a.id);
        QCOMPARE(store.profiles().at(1), copy);
        QCOMPARE(store.duplicate(QUuid::createUuid(), &copy).kind(), ApiError::Kind::Validation);

        QVERIFY(!store.move(b.id, 0).isError());
        QCOMPARE(store.profiles().at(0).id, b.id);

        QVERIFY(!store.setLastSelected(a.id).isError());
        QCOMPARE(store.lastSelected(), a.id);
        QVERIFY(!store.remove(a.id).isError());
        QVERIFY(store.lastSelected().isNull());
        QCOMPARE(store.profiles().size(), 2);
        QVERIFY(store.remove(a.id).isError());
    }

    void remembersTaskIdsPerProfile()
    {
        ProfileStore store(iniPath());
        Profile a = profile(u"A"_s);
        QVERIFY(!store.add(a).isError());
        QVERIFY(!store.setTaskRemembered(a.id, u"t1"_s, true).isError());
        QVERIFY(!store.setTaskRemembered(a.id, u"t2"_s, true).isError());
        QVERIFY(!store.setTaskRemembered(a.id, u"t1"_s, false).isError());
        QCOMPARE(store.rememberedTasks(a.id), QStringList {u"t2"_s});
        QCOMPARE(ProfileStore(iniPath()).rememberedTasks(a.id), QStringList {u"t2"_s});
    }

    void exportsAndImportsWithoutIdsOrSecrets()
    {
        ProfileStore store(iniPath());
        Profile a = profile(u"A"_s);
        a.caFile = u"/etc/ca.pem"_s;
        QVERIFY(!store.add(a).isError());
        const QByteArray exported = store.exportJson();
        QVERIFY(!exported.contains(a.id.toString(QUuid::WithoutBraces).toUtf8()));
        QVERIFY(exported.contains("\"user\": \"alice\""));

        int added = -1;
        QStringList problems {u"stale"_s};
        QVERIFY(!store.importJson(exported, &added, &problems).isError());
        QCOMPARE(added, 1);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const QList<Profile> all = store.profiles();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(1).name, u"A (2)"_s);
        QCOMPARE(all.at(1).caFile, u"/etc/ca.pem"_s);

        // One good entry, one refused.
        QJsonObject document = QJsonDocument::fromJson(exported).object();
        QJsonArray entries = document.value("profiles"_L1).toArray();
        QJsonObject broken = entries.first().toObject();
        broken.insert("region"_L1, u"evil.example.com"_s);
        entries.append(broken);
        document.insert("profiles"_L1, entries);
        QVERIFY(!store.importJson(QJsonDocument(document).toJson(), &added, &problems).isError());
        QCOMPARE(added, 1);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(store.profiles().size(), 3);

        const ApiError notAnExport =
            store.importJson("{\"format\":\"something else\"}", &added, &problems);
        QCOMPARE(notAnExport.kind(), ApiError::Kind::Validation);
        QCOMPARE(added, 0);
    }

    void ignoresBrokenEntriesAndSaysSo()
    {
        {
            ProfileStore store(iniPath());
            Profile a = profile(u"Good"_s);
            QVERIFY(!store.add(a).isError());
        }
        // A hand-edited file: an unknown method, a bad id, a broken region.
        QSettings raw(iniPath(), QSettings::IniFormat);
        QStringList order = raw.value(u"profiles/order"_s).toStringList();
        const QString badId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        raw.setValue(u"profile-"_s + badId + u"/name"_s, u"Broken"_s);
        raw.setValue(u"profile-"_s + badId + u"/region"_s, u"cn-north-4"_s);
        raw.setValue(u"profile-"_s + badId + u"/auth"_s, u"magic"_s);
        order << badId << u"not-a-uuid"_s;
        raw.setValue(u"profiles/order"_s, order);
        raw.sync();

        ProfileStore store(iniPath());
        const QList<Profile> all = store.profiles();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().name, u"Good"_s);
        QCOMPARE(store.problems().size(), 2);
    }

    void leavesANewerFileUntouched()
    {
        {
            ProfileStore store(iniPath());
            Profile a = profile(u"A"_s);
            QVERIFY(!store.add(a).isError());
        }
        {
            QSettings raw(iniPath(), QSettings::IniFormat);
            raw.setValue(u"schema"_s, ProfileStore::schemaVersion + 1);
        }
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        ProfileStore store(iniPath());
        QVERIFY(store.isReadOnly());
        QCOMPARE(store.profiles().size(), 1);
        Profile b = profile(u"B"_s);
        QVERIFY(store.add(b).isError());
        QVERIFY(!store.setLastSelected(b.id).isError());
        QCOMPARE(store.setProjectIds({{store.profiles().first().id, u"0123456789abcdef"_s}}).kind(),
                 ApiError::Kind::Validation);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void twoStoresEditingAtOnceLoseNothing()
    {
        ProfileStore first(iniPath());
        ProfileStore second(iniPath());
        for (int i = 0; i < 20; ++i) {
            Profile a = profile(u"first-%1"_s.arg(i));
            Profile b = profile(u"second-%1"_s.arg(i));
            QVERIFY(!first.add(a).isError());
            QVERIFY(!second.add(b).isError());
        }
        QCOMPARE(ProfileStore(iniPath()).profiles().size(), 40);
    }

    void anEditNeverWritesFromAStaleView()
    {
        // Two stores of one process on one file, each with a warm view,
        // take turns changing the same profile to values of the same size
        // within one timestamp tick: QSettings' own cache would take the
        // file for unchanged and write back the other store's old value.
        ProfileStore first(iniPath());
        ProfileStore second(iniPath());
        Profile shared = profile(u"Shared"_s);
        Profile other = profile(u"Other"_s);
        QVERIFY(!first.add(shared).isError());
        QVERIFY(!first.add(other).isError());
        for (int i = 0; i < 50; ++i) {
            QCOMPARE(first.profiles().size(), 2);
            QCOMPARE(second.profiles().size(), 2);
            shared.accountName = u"first-%1"_s.arg(i, 2, 10, QChar(u'0'));
            QVERIFY(!first.update(shared).isError());
            other.accountName = u"other-%1"_s.arg(i, 2, 10, QChar(u'0'));
            QVERIFY(!second.update(other).isError());
            QCOMPARE(second.find(shared.id)->accountName, shared.accountName);
            QCOMPARE(first.find(other.id)->accountName, other.accountName);
        }
        QCOMPARE(ProfileStore(iniPath()).profiles(), (QList<Profile> {shared, other}));
    }

    void writesAFileQSettingsReads()
    {
        // Older versions read the file with QSettings: the format is its own.
        ProfileStore store(iniPath());
        Profile a = profile(u"A, with \"quotes\" = and ; more"_s);
        Profile b = profile(u"上海"_s);
        QVERIFY(!store.add(a).isError());
        QVERIFY(!store.add(b).isError());
        QVERIFY(!store.setTaskRemembered(a.id, u"t1"_s, true).isError());
        QVERIFY(!store.setTaskRemembered(a.id, u"t2"_s, true).isError());
        QVERIFY(!store.setLastSelected(b.id).isError());

        // A path this process has not read yet, so that QSettings parses it.
        const QString copy =
            m_dir.filePath(u"copy-%1.ini"_s.arg(QUuid::createUuid().toString(QUuid::Id128)));
        QVERIFY(QFile::copy(iniPath(), copy));
        QSettings raw(copy, QSettings::IniFormat);
        QCOMPARE(raw.status(), QSettings::NoError);
        QCOMPARE(raw.value(u"schema"_s).toInt(), ProfileStore::schemaVersion);
        QCOMPARE(raw.value(u"profiles/order"_s).toStringList(),
                 (QStringList {a.id.toString(QUuid::WithoutBraces),
                               b.id.toString(QUuid::WithoutBraces)}));
        const QString group = u"profile-"_s + a.id.toString(QUuid::WithoutBraces);
        QCOMPARE(raw.value(group + u"/name"_s).toString(), a.name);
        QCOMPARE(raw.value(group + u"/remembered_tasks"_s).toStringList(),
                 (QStringList {u"t1"_s, u"t2"_s}));
        QCOMPARE(raw.value(u"profiles/last_selected"_s).toString(),
                 b.id.toString(QUuid::WithoutBraces));
    }

    void savesDiscoveredProjectIdsInOneWrite()
    {
        ProfileStore store(iniPath());
        Profile known = profile(u"Known"_s);
        known.projectId = u"known0000"_s;
        Profile first = profile(u"First"_s);
        Profile second = profile(u"Second"_s);
        Profile untouched = profile(u"Untouched"_s);
        for (Profile* p : {&known, &first, &second, &untouched}) {
            QVERIFY(!store.add(*p).isError());
        }
        QSignalSpy changed(&store, &ProfileStore::changed);
        QVERIFY(age(iniPath()));
        const QHash<QUuid, QString> found {
            {known.id, u"other0000"_s},
            {first.id, u"first0000"_s},
            {second.id, u"second000"_s},
            {QUuid::createUuid(), u"gone00000"_s},
        };
        QVERIFY(!store.setProjectIds(found).isError());
        // One write: one signal, one new file.
        QCOMPARE(changed.size(), 1);
        QVERIFY(rewritten(iniPath()));

        const ProfileStore reread(iniPath());
        QCOMPARE(reread.find(known.id)->projectId, u"known0000"_s);
        QCOMPARE(reread.find(first.id)->projectId, u"first0000"_s);
        QCOMPARE(reread.find(second.id)->projectId, u"second000"_s);
        QVERIFY(reread.find(untouched.id)->projectId.isEmpty());
        QCOMPARE(reread.profiles().size(), 4);

        // Nothing new: no write at all.
        QVERIFY(age(iniPath()));
        QVERIFY(!store.setProjectIds(found).isError());
        QVERIFY(!store.setProjectIds({}).isError());
        QCOMPARE(changed.size(), 1);
        QVERIFY(!rewritten(iniPath()));

        const ApiError invalid = store.setProjectIds({{untouched.id, u"no/slashes"_s}});
        QCOMPARE(invalid.kind(), ApiError::Kind::Validation);
        QVERIFY(store.find(untouched.id)->projectId.isEmpty());
    }

    void anUnchangedSelectionIsNotWritten()
    {
        ProfileStore store(iniPath());
        Profile a = profile(u"A"_s);
        QVERIFY(!store.add(a).isError());
        QSignalSpy changed(&store, &ProfileStore::changed);
        QVERIFY(!store.setLastSelected(a.id).isError());
        QVERIFY(age(iniPath()));
        QVERIFY(!store.setLastSelected(a.id).isError());
        QVERIFY(!store.move(a.id, 0).isError());
        QVERIFY(!store.setTaskRemembered(a.id, u"t1"_s, false).isError());
        QVERIFY(!store.update(a).isError());
        QCOMPARE(changed.size(), 1);
        QVERIFY(!rewritten(iniPath()));
    }

    void aLockHeldTooLongIsAStorageError()
    {
        ProfileStore store(iniPath());
        Profile a = profile(u"A"_s);
        QVERIFY(!store.add(a).isError());
        QLockFile other(iniPath() + u".edit-lock"_s);
        QVERIFY(other.tryLock(0));
        store.setLockTimeout(std::chrono::milliseconds(300));
        Profile b = profile(u"B"_s);
        const ApiError error = store.add(b);
        QCOMPARE(error.kind(), ApiError::Kind::Storage);
        QCOMPARE(error.field(), iniPath());
        QVERIFY2(error.message().contains(iniPath()), qPrintable(error.message()));
        QVERIFY2(error.message().contains(u"locked by another program for more than 0.3 s"_s),
                 qPrintable(error.message()));
        QCOMPARE(store.setLastSelected(b.id).kind(), ApiError::Kind::Storage);
        QCOMPARE(store.setTaskRemembered(a.id, u"t"_s, true).kind(), ApiError::Kind::Storage);

        other.unlock();
        QVERIFY(!store.add(b).isError());
        QCOMPARE(store.profiles().size(), 2);
    }

    void anUnreadableFileIsAStorageErrorAndStaysAsItIs()
    {
        // A folder where the file should be: it can be neither read nor replaced.
        QVERIFY(QDir().mkpath(iniPath()));
        ProfileStore store(iniPath());
        Profile a = profile(u"A"_s);
        const ApiError error = store.add(a);
        QCOMPARE(error.kind(), ApiError::Kind::Storage);
        QVERIFY2(error.message().contains(iniPath()), qPrintable(error.message()));
        QVERIFY(store.profiles().isEmpty());
        QVERIFY(!store.problems().isEmpty());
        QVERIFY(QFileInfo(iniPath()).isDir());
        QVERIFY(QDir(iniPath()).removeRecursively());
    }

    void aFullDiskKeepsThePreviousFile()
    {
        // A real full file system: see tests/fixtures/with-tmpfs.sh.
        const QString tmpfs = qEnvironmentVariable("OMS_SYNC_TEST_TMPFS");
        QVERIFY2(!tmpfs.isEmpty(),
                 "OMS_SYNC_TEST_TMPFS is not set: run this test with tests/fixtures/with-tmpfs.sh");
        const QString dir = tmpfs + u"/store"_s;
        QVERIFY(QDir(dir).removeRecursively());
        QVERIFY(QDir().mkpath(dir));
        const QString file = dir + u"/settings.ini"_s;
        ProfileStore store(file);
        Profile a = profile(u"A"_s);
        Profile b = profile(u"B"_s);
        QVERIFY(!store.add(a).isError());
        QVERIFY(!store.add(b).isError());
        const QByteArray before = contents(file);
        QVERIFY(!before.isEmpty());

        // Full but for one page: the lock file fits, the new settings do not.
        const QString filler = tmpfs + u"/filler"_s;
        QVERIFY(QDir().mkpath(filler));
        const int pages = OmsSync::Test::fillWithPages(filler);
        QVERIFY(pages > 0);
        QVERIFY(QFile::remove(filler + u"/0"_s));

        QSignalSpy changed(&store, &ProfileStore::changed);
        Profile c = profile(u"C"_s);
        ApiError error = store.add(c);
        QCOMPARE(error.kind(), ApiError::Kind::Storage);
        QCOMPARE(error.field(), file);
        QVERIFY2(error.message().contains(file), qPrintable(error.message()));
        QVERIFY2(error.message().contains(qt_error_string(ENOSPC)), qPrintable(error.message()));
        QCOMPARE(contents(file), before);
        QCOMPARE(store.profiles(), (QList<Profile> {a, b}));
        QCOMPARE(changed.size(), 0);
        // Nothing left behind: the file, no lock, no temporary.
        QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList {u"settings.ini"_s});

        // Full to the last page: not even the lock fits.
        OmsSync::Test::fillWithPages(filler);
        b.accountName = u"changed"_s;
        error = store.update(b);
        QCOMPARE(error.kind(), ApiError::Kind::Storage);
        QVERIFY2(error.message().contains(file), qPrintable(error.message()));
        QCOMPARE(contents(file), before);

        // A full temporary folder (often the same disk), but for one page:
        // QSettings' lock file for its own copy fits, the copy comes out cut
        // short while QSettings reports success. It must not replace the file.
        QVERIFY(QFile::remove(filler + u"/0"_s));
        ProfileStore elsewhere(iniPath());
        Profile d = profile(u"D"_s);
        QVERIFY(!elsewhere.add(d).isError());
        QCOMPARE(elsewhere.profiles().size(), 1); // read: nothing left to parse
        const QByteArray elsewhereBefore = contents(iniPath());
        const QByteArray tmpdir = qgetenv("TMPDIR");
        qputenv("TMPDIR", QFile::encodeName(filler));
        Profile e = profile(u"E"_s);
        error = elsewhere.add(e);
        if (tmpdir.isNull()) {
            qunsetenv("TMPDIR");
        } else {
            qputenv("TMPDIR", tmpdir);
        }
        QCOMPARE(error.kind(), ApiError::Kind::Storage);
        QVERIFY2(error.message().contains(iniPath()), qPrintable(error.message()));
        QVERIFY2(error.message().contains(filler), qPrintable(error.message()));
        QCOMPARE(contents(iniPath()), elsewhereBefore);

        // Room again: the same edits succeed.
        QVERIFY(QDir(filler).removeRecursively());
        QVERIFY(!store.add(c).isError());
        QVERIFY(!store.update(b).isError());
        QCOMPARE(store.profiles(), (QList<Profile> {a, b, c}));
        QVERIFY(QDir(dir).removeRecursively());
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "TestProfileStore.moc"
