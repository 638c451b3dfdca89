// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
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
        QCOMPARE(store.profiles().at(1).id, copy.id);

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

        int added = 0;
        QStringList problems;
        QVERIFY(!store.importJson(exported, &added, &problems).isError());
        QCOMPARE(added, 1);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const QList<Profile> all = store.profiles();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(1).name, u"A (2)"_s);
        QCOMPARE(all.at(1).caFile, u"/etc/ca.pem"_s);

        const OmsSync::ApiError refused =
            store.importJson("{\"format\":\"something else\"}", &added, &problems);
        QCOMPARE(refused.kind(), OmsSync::ApiError::Kind::Validation);
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
        store.setLastSelected(b.id);
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
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "TestProfileStore.moc"
