// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorBanner.h"
#include "FileDialog.h"
#include "GuiTest.h"
#include "MessageBox.h"
#include "ProfileController.h"
#include "ProfileStore.h"
#include "ProfilesDialog.h"
#include "SecretStore.h"

#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QPushButton>
#include <QTemporaryDir>

#include <memory>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using namespace OmsSync::Gui;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    ProfileStore store {dir.filePath(u"profiles.ini"_s)};
    SecretStore secrets;
    std::unique_ptr<ProfileController> controller;

    Fixture()
    {
        secrets.setSessionOnly(true);
        controller =
            std::make_unique<ProfileController>(new ProfileService(&store, &secrets, &store));
    }

    Profile add(const QString& name, const QString& secret)
    {
        Profile profile;
        profile.name = name;
        profile.regionId = u"cn-north-4"_s;
        profile.accountName = u"acme"_s;
        profile.userName = u"alice"_s;
        bool done = false;
        if (controller
                ->saveProfile(profile, secret, controller.get(),
                              [&done](const ApiError&) { done = true; })
                .isError()
            || !QTest::qWaitFor([&done] { return done; })) {
            qFatal("could not add a profile");
        }
        return profile;
    }

    SecretStore::Status status(const QString& key)
    {
        std::optional<SecretStore::Status> status;
        secrets.read(key, controller.get(),
                     [&status](const SecretStore::Result& result) { status = result.status; });
        (void)QTest::qWaitFor([&status] { return status.has_value(); });
        return status.value_or(SecretStore::Status::Failed);
    }

    QByteArray secret(const QString& key)
    {
        QByteArray data;
        bool done = false;
        secrets.read(key, controller.get(), [&](const SecretStore::Result& result) {
            data = result.data;
            done = true;
        });
        (void)QTest::qWaitFor([&done] { return done; });
        return data;
    }
};

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList names(const ProfileStore& store)
{
    QStringList names;
    for (const Profile& profile : store.profiles()) {
        names.append(profile.name);
    }
    return names;
}

} // namespace

class TestProfilesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deletesAProfileWithItsSecretsAfterAsking()
    {
        Fixture f;
        const Profile doomed = f.add(u"Doomed"_s, u"doomed-password"_s);
        f.add(u"Kept"_s, u"kept-password"_s);
        bool remembered = false;
        f.controller->service()->rememberStartKeys(
            doomed.id, u"task-1"_s, StartCredentials {u"a"_s, u"b"_s, u"c"_s, u"d"_s, {}},
            f.controller.get(), [&remembered](const ApiError&) { remembered = true; });
        QTRY_VERIFY(remembered);
        QCOMPARE(f.store.rememberedTasks(doomed.id), QStringList {u"task-1"_s});

        ProfilesDialog dialog(f.controller.get());
        dialog.setCurrentProfile(doomed.id);
        auto* remove = dialog.findChild<QPushButton*>(u"deleteProfileButton"_s);

        MessageBox::setNextAnswer(MessageBox::Cancel);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(names(f.store), (QStringList {u"Doomed"_s, u"Kept"_s}));
        QVERIFY(MessageBox::lastQuestion().informativeText.contains(u"keychain"_s));

        MessageBox::setNextAnswer(MessageBox::Delete);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(names(f.store), QStringList {u"Kept"_s});
        QTRY_COMPARE(f.status(SecretStore::signInKey(doomed.id)), SecretStore::Status::NotFound);
        QCOMPARE(f.status(SecretStore::startKeysKey(doomed.id, u"task-1"_s)),
                 SecretStore::Status::NotFound);
        QCOMPARE(f.status(SecretStore::tokenKey(doomed.id)), SecretStore::Status::NotFound);
        // The other profile keeps its own.
        QCOMPARE(f.secret(SecretStore::signInKey(f.store.profiles().constFirst().id)),
                 "kept-password"_ba);
        QCOMPARE(dialog.currentProfileId(), f.store.profiles().constFirst().id);
    }

    void duplicatesWithTheSecret()
    {
        Fixture f;
        const Profile original = f.add(u"Beijing4"_s, u"the-password"_s);
        ProfilesDialog dialog(f.controller.get());
        dialog.setCurrentProfile(original.id);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"duplicateProfileButton"_s),
                          Qt::LeftButton);
        QCOMPARE(names(f.store), (QStringList {u"Beijing4"_s, u"Beijing4 (2)"_s}));
        const QUuid copy = dialog.currentProfileId();
        QVERIFY(copy != original.id);
        QTRY_COMPARE(f.secret(SecretStore::signInKey(copy)), "the-password"_ba);
    }

    void reordersProfiles()
    {
        Fixture f;
        f.add(u"One"_s, u"1"_s);
        const Profile two = f.add(u"Two"_s, u"2"_s);
        f.add(u"Three"_s, u"3"_s);
        ProfilesDialog dialog(f.controller.get());
        dialog.setCurrentProfile(two.id);
        auto* up = dialog.findChild<QPushButton*>(u"moveUpButton"_s);
        auto* down = dialog.findChild<QPushButton*>(u"moveDownButton"_s);
        QTest::mouseClick(up, Qt::LeftButton);
        QCOMPARE(names(f.store), (QStringList {u"Two"_s, u"One"_s, u"Three"_s}));
        QVERIFY(!up->isEnabled()); // first now
        QTest::mouseClick(down, Qt::LeftButton);
        QTest::mouseClick(down, Qt::LeftButton);
        QCOMPARE(names(f.store), (QStringList {u"One"_s, u"Three"_s, u"Two"_s}));
        QVERIFY(!down->isEnabled());
        QCOMPARE(dialog.currentProfileId(), two.id);
    }

    void forgetsTheKeysOfEveryTaskOfAProfile()
    {
        Fixture f;
        const Profile profile = f.add(u"Beijing4"_s, u"pw"_s);
        int remembered = 0;
        for (const QString& task : {u"task-1"_s, u"task-2"_s}) {
            f.controller->service()->rememberStartKeys(
                profile.id, task, StartCredentials {u"a"_s, u"b"_s, u"c"_s, u"d"_s, {}},
                f.controller.get(), [&remembered](const ApiError&) { ++remembered; });
        }
        QTRY_COMPARE(remembered, 2);
        ProfilesDialog dialog(f.controller.get());
        dialog.setCurrentProfile(profile.id);
        auto* forget = dialog.findChild<QPushButton*>(u"forgetKeysButton"_s);
        QVERIFY(forget->isEnabled());
        MessageBox::setNextAnswer(MessageBox::Delete);
        QTest::mouseClick(forget, Qt::LeftButton);
        QVERIFY(MessageBox::lastQuestion().text.contains(u"2"_s));
        QTRY_VERIFY(f.store.rememberedTasks(profile.id).isEmpty());
        QCOMPARE(f.status(SecretStore::startKeysKey(profile.id, u"task-1"_s)),
                 SecretStore::Status::NotFound);
        QCOMPARE(f.status(SecretStore::startKeysKey(profile.id, u"task-2"_s)),
                 SecretStore::Status::NotFound);
        // The sign-in secret is not a start key: it stays.
        QCOMPARE(f.secret(SecretStore::signInKey(profile.id)), "pw"_ba);
        QTRY_VERIFY(!forget->isEnabled());
    }

    void exportsWhatTheStoreExportsWithoutSecrets()
    {
        Fixture f;
        const Profile first = f.add(u"Beijing4"_s, u"canary-secret-one"_s);
        const Profile second = f.add(u"Shanghai1"_s, u"canary-secret-two"_s);
        ProfilesDialog dialog(f.controller.get());
        dialog.setCurrentProfile(second.id);
        auto* banner = dialog.findChild<ErrorBanner*>(u"profilesBanner"_s);
        QVERIFY(dialog.findChild<QPushButton*>(u"exportProfilesButton"_s)->isEnabled());

        const QString all = f.dir.filePath(u"all.json"_s);
        FileDialog::setNextFileName(all);
        dialog.findChild<QAction*>(u"exportAllAction"_s)->trigger();
        QVERIFY(FileDialog::lastRequest().filter.contains(u"*.json"_s));
        const QByteArray written = contents(all);
        QVERIFY(!written.isEmpty());
        QCOMPARE(written, f.store.exportJson());
        QVERIFY(written.contains("Beijing4") && written.contains("Shanghai1"));
        QVERIFY(!written.contains("canary-secret"));
        QCOMPARE(banner->severity(), ErrorBanner::Severity::Information);
        QVERIFY2(banner->plainText().contains(u"all.json"_s), qPrintable(banner->plainText()));

        // Only the selected one.
        const QString one = f.dir.filePath(u"one.json"_s);
        FileDialog::setNextFileName(one);
        dialog.findChild<QAction*>(u"exportSelectedAction"_s)->trigger();
        QCOMPARE(contents(one), f.store.exportJson({second.id}));
        QVERIFY(!contents(one).contains("Beijing4"));
        QVERIFY(first.id != second.id);

        // Cancelled: nothing written.
        const QString cancelled = f.dir.filePath(u"cancelled.json"_s);
        FileDialog::setNextFileName({});
        dialog.findChild<QAction*>(u"exportAllAction"_s)->trigger();
        QVERIFY(!QFile::exists(cancelled));

        // A place that cannot be written says so.
        FileDialog::setNextFileName(f.dir.filePath(u"no/such/folder/x.json"_s));
        dialog.findChild<QAction*>(u"exportAllAction"_s)->trigger();
        QCOMPARE(banner->severity(), ErrorBanner::Severity::Error);
        QVERIFY2(banner->plainText().contains(u"x.json"_s), qPrintable(banner->plainText()));
    }

    void importsAnExportUnderFreeNames()
    {
        Fixture f;
        f.add(u"Beijing4"_s, u"pw1"_s);
        f.add(u"Shanghai1"_s, u"pw2"_s);
        const QString path = f.dir.filePath(u"team.json"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(f.store.exportJson());
        }
        ProfilesDialog dialog(f.controller.get());
        auto* banner = dialog.findChild<ErrorBanner*>(u"profilesBanner"_s);
        FileDialog::setNextFileName(path);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"importProfilesButton"_s),
                          Qt::LeftButton);
        QCOMPARE(
            names(f.store),
            (QStringList {u"Beijing4"_s, u"Shanghai1"_s, u"Beijing4 (2)"_s, u"Shanghai1 (2)"_s}));
        QCOMPARE(banner->severity(), ErrorBanner::Severity::Information);
        QVERIFY2(banner->plainText().contains(u"Imported 2"_s), qPrintable(banner->plainText()));
        QVERIFY2(banner->plainText().contains(u"team.json"_s), qPrintable(banner->plainText()));
        // The first imported one is shown, and has no secret of its own yet.
        const QUuid imported = dialog.currentProfileId();
        QCOMPARE(f.store.find(imported)->name, u"Beijing4 (2)"_s);
        QCOMPARE(f.status(SecretStore::signInKey(imported)), SecretStore::Status::NotFound);

        // One entry refused, the other added: both are told.
        QJsonObject document = QJsonDocument::fromJson(f.store.exportJson()).object();
        QJsonArray entries = document.value(u"profiles"_s).toArray();
        QJsonObject broken = entries.at(0).toObject();
        broken.insert(u"name"_s, QString());
        entries.replace(0, broken);
        document.insert(u"profiles"_s, entries);
        const QString partial = f.dir.filePath(u"partial.json"_s);
        {
            QFile file(partial);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(document).toJson());
        }
        FileDialog::setNextFileName(partial);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"importProfilesButton"_s),
                          Qt::LeftButton);
        QCOMPARE(f.store.profiles().size(), qsizetype(entries.size()) + 4 - 1);
        QCOMPARE(banner->severity(), ErrorBanner::Severity::Warning);
        QVERIFY2(banner->plainText().contains(u"1 refused"_s), qPrintable(banner->plainText()));
    }

    void aFileThatIsNoExportChangesNothing()
    {
        Fixture f;
        f.add(u"Beijing4"_s, u"pw"_s);
        const QByteArray before = contents(f.store.fileName());
        ProfilesDialog dialog(f.controller.get());
        auto* banner = dialog.findChild<ErrorBanner*>(u"profilesBanner"_s);
        auto* import = dialog.findChild<QPushButton*>(u"importProfilesButton"_s);

        for (const QByteArray& content :
             {"this is not JSON"_ba, R"({"format":"something-else","profiles":[]})"_ba}) {
            const QString path = f.dir.filePath(u"not-an-export.json"_s);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(content);
            file.close();
            banner->dismiss();
            FileDialog::setNextFileName(path);
            QTest::mouseClick(import, Qt::LeftButton);
            QCOMPARE(banner->severity(), ErrorBanner::Severity::Error);
            QVERIFY(!banner->isHidden());
            QVERIFY2(banner->plainText().contains(u"not-an-export.json"_s),
                     qPrintable(banner->plainText()));
            QCOMPARE(names(f.store), QStringList {u"Beijing4"_s});
            QCOMPARE(contents(f.store.fileName()), before);
        }

        // An export whose every entry is refused adds nothing, and says why.
        QJsonObject document = QJsonDocument::fromJson(f.store.exportJson()).object();
        QJsonArray entries = document.value(u"profiles"_s).toArray();
        QJsonObject broken = entries.at(0).toObject();
        broken.insert(u"name"_s, QString());
        document.insert(u"profiles"_s, QJsonArray {broken});
        const QString refused = f.dir.filePath(u"all-refused.json"_s);
        {
            QFile file(refused);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QJsonDocument(document).toJson());
        }
        FileDialog::setNextFileName(refused);
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(banner->severity(), ErrorBanner::Severity::Error);
        QVERIFY2(banner->plainText().contains(u"all-refused.json"_s),
                 qPrintable(banner->plainText()));
        QVERIFY2(banner->plainText().contains(u"name"_s), qPrintable(banner->plainText()));
        QCOMPARE(contents(f.store.fileName()), before);

        // A file that cannot be read names itself too.
        FileDialog::setNextFileName(f.dir.filePath(u"missing.json"_s));
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(banner->severity(), ErrorBanner::Severity::Error);
        QVERIFY2(banner->plainText().contains(u"missing.json"_s), qPrintable(banner->plainText()));
        QCOMPARE(names(f.store), QStringList {u"Beijing4"_s});
    }

    void enablesEditingOnlyWithASelection()
    {
        Fixture f;
        ProfilesDialog empty(f.controller.get());
        QVERIFY(empty.findChild<QPushButton*>(u"addProfileButton"_s)->isEnabled());
        for (const char* name :
             {"editProfileButton", "duplicateProfileButton", "deleteProfileButton", "moveUpButton",
              "moveDownButton", "exportProfilesButton"}) {
            QVERIFY2(!empty.findChild<QPushButton*>(QString::fromLatin1(name))->isEnabled(), name);
        }
        QVERIFY(empty.findChild<QPushButton*>(u"importProfilesButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestProfilesDialog)
#include "TestProfilesDialog.moc"
