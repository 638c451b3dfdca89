// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTest.h"
#include "MessageBox.h"
#include "ProfileController.h"
#include "ProfileStore.h"
#include "ProfilesDialog.h"
#include "SecretStore.h"

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

    void enablesEditingOnlyWithASelection()
    {
        Fixture f;
        ProfilesDialog empty(f.controller.get());
        QVERIFY(empty.findChild<QPushButton*>(u"addProfileButton"_s)->isEnabled());
        for (const char* name : {"editProfileButton", "duplicateProfileButton",
                                 "deleteProfileButton", "moveUpButton", "moveDownButton"}) {
            QVERIFY2(!empty.findChild<QPushButton*>(QString::fromLatin1(name))->isEnabled(), name);
        }
    }
};

QTEST_MAIN(TestProfilesDialog)
#include "TestProfilesDialog.moc"
