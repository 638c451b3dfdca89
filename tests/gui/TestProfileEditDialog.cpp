// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorBanner.h"
#include "GuiTest.h"
#include "ProfileController.h"
#include "ProfileEditDialog.h"
#include "ProfileStore.h"
#include "SecretLineEdit.h"
#include "SecretStore.h"
#include "SimulatorProcess.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using namespace OmsSync::Gui;
using OmsSync::Test::SimulatorProcess;

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
        controller->setCallPolicy(Gui::Test::quickPolicy());
    }

    QString storedSecret(const QUuid& id) { return stored(SecretStore::signInKey(id)); }

    // The secret under `key`; empty when there is none.
    QString stored(const QString& key)
    {
        std::optional<QString> secret;
        secrets.read(key, controller.get(), [&secret](const SecretStore::Result& result) {
            secret = result.status == SecretStore::Status::Ok ? QString::fromUtf8(result.data)
                                                              : QString();
        });
        (void)QTest::qWaitFor([&secret] { return secret.has_value(); });
        return secret.value_or(u"(no answer)"_s);
    }
};

template<typename T = QLineEdit>
T* child(const QWidget& parent, const char* name)
{
    return parent.findChild<T*>(QString::fromLatin1(name));
}

void fillPasswordProfile(ProfileEditDialog& dialog, const QString& name, const QString& account,
                         const QString& user, const QString& password)
{
    child(dialog, "profileName")->setText(name);
    child(dialog, "accountName")->setText(account);
    child(dialog, "userName")->setText(user);
    child(dialog, "password")->setText(password);
}

Profile proxiedProfile()
{
    Profile profile;
    profile.name = u"Behind a proxy"_s;
    profile.regionId = u"cn-north-4"_s;
    profile.accountName = u"acme"_s;
    profile.userName = u"alice"_s;
    profile.proxy = QUrl(u"http://bob@proxy.example:3128"_s);
    return profile;
}

} // namespace

class TestProfileEditDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersEveryRegionByItsName()
    {
        Fixture f;
        ProfileEditDialog dialog(f.controller.get(), Profile {});
        auto* region = child<QComboBox>(dialog, "region");
        QVERIFY(region->count() >= 21);
        const int shanghai = region->findData(u"cn-east-3"_s);
        QVERIFY(shanghai >= 0);
        QVERIFY(region->itemText(shanghai).contains(u"CN East-Shanghai1"_s));
        // A region without sync-task start says so.
        region->setCurrentIndex(region->findData(u"ap-southeast-1"_s));
        QVERIFY(!child<QLabel>(dialog, "regionHint")->isHidden());
        region->setCurrentIndex(region->findData(u"cn-north-4"_s));
        QVERIFY(child<QLabel>(dialog, "regionHint")->isHidden());
    }

    void savesOnlyAValidProfile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("omsEndpoint");
        QTest::addColumn<QString>("proxy");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("problem");
        QTest::newRow("complete") << u"Beijing4"_s << u"pw"_s << QString() << QString() << true
                                  << QString();
        QTest::newRow("no name") << QString() << u"pw"_s << QString() << QString() << false
                                 << QString();
        QTest::newRow("no password")
            << u"Beijing4"_s << QString() << QString() << QString() << false << u"password"_s;
        QTest::newRow("ftp endpoint") << u"Beijing4"_s << u"pw"_s << u"ftp://oms.example"_s
                                      << QString() << false << u"oms_endpoint"_s;
        QTest::newRow("private endpoint")
            << u"Beijing4"_s << u"pw"_s << u"https://oms.internal:8443"_s << QString() << true
            << QString();
        QTest::newRow("proxy with a password")
            << u"Beijing4"_s << u"pw"_s << QString() << u"http://u:secret@proxy:3128"_s << false
            << u"keychain"_s;
        QTest::newRow("name with a line break")
            << u"Bei\njing"_s << u"pw"_s << QString() << QString() << false << u"control"_s;
    }

    void savesOnlyAValidProfile()
    {
        QFETCH(QString, name);
        QFETCH(QString, password);
        QFETCH(QString, omsEndpoint);
        QFETCH(QString, proxy);
        QFETCH(bool, valid);
        QFETCH(QString, problem);
        Fixture f;
        ProfileEditDialog dialog(f.controller.get(), Profile {});
        fillPasswordProfile(dialog, name, u"acme"_s, u"alice"_s, password);
        child(dialog, "omsEndpoint")->setText(omsEndpoint);
        child(dialog, "proxy")->setText(proxy);
        QCOMPARE(!dialog.check().isError(), valid);
        QCOMPARE(child<QPushButton>(dialog, "saveButton")->isEnabled(), valid);
        const QString said = child<QLabel>(dialog, "profileProblem")->text();
        if (!problem.isEmpty()) {
            QVERIFY2(said.contains(problem, Qt::CaseInsensitive), qPrintable(said));
        }
    }

    void savesTheSecretToTheKeychainOnly()
    {
        Fixture f;
        ProfileEditDialog dialog(f.controller.get(), Profile {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillPasswordProfile(dialog, u"Beijing4"_s, u"acme"_s, u"alice"_s, u"canary-Pa55word"_s);
        child(dialog, "projectId")->setText(u"0f1e2d3c"_s);
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));

        const std::optional<Profile> saved = f.store.findByName(u"Beijing4"_s);
        QVERIFY(saved);
        QCOMPARE(saved->id, dialog.savedProfileId());
        QCOMPARE(saved->regionId, u"cn-north-4"_s);
        QCOMPARE(saved->accountName, u"acme"_s);
        QCOMPARE(saved->userName, u"alice"_s);
        QCOMPARE(saved->projectId, u"0f1e2d3c"_s);
        QCOMPARE(f.storedSecret(saved->id), u"canary-Pa55word"_s);
        QFile ini(f.store.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("canary-Pa55word"));
        // And the field no longer holds it.
        QVERIFY(child(dialog, "password")->text().isEmpty());
    }

    void keepsTheStoredSecretUnlessOneIsTyped()
    {
        Fixture f;
        Profile profile;
        profile.name = u"Beijing4"_s;
        profile.regionId = u"cn-north-4"_s;
        profile.accountName = u"acme"_s;
        profile.userName = u"alice"_s;
        bool done = false;
        QVERIFY(!f.controller
                     ->saveProfile(profile, u"first"_s, f.controller.get(),
                                   [&done](const ApiError&) { done = true; })
                     .isError());
        QTRY_VERIFY(done);

        ProfileEditDialog dialog(f.controller.get(), profile);
        QVERIFY(!dialog.isNewProfile());
        QVERIFY(child(dialog, "password")->placeholderText().contains(u"keychain"_s));
        child(dialog, "profileName")->setText(u"Beijing4 renamed"_s);
        QVERIFY(!dialog.check().isError()); // no password needed
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(f.store.find(profile.id)->name, u"Beijing4 renamed"_s);
        QCOMPARE(f.storedSecret(profile.id), u"first"_s);

        // Another sign-in method needs its own secret.
        ProfileEditDialog switching(f.controller.get(), *f.store.find(profile.id));
        auto* method = child<QComboBox>(switching, "authMethod");
        method->setCurrentIndex(method->findData(int(AuthMethod::AkSk)));
        child(switching, "accessKeyId")->setText(u"AKID"_s);
        QVERIFY(switching.check().isError());
        child(switching, "secretKey")->setText(u"the-sk"_s);
        QVERIFY(!switching.check().isError());
    }

    void hasNoTwoControlsOnOneAltKeyWhateverTheSignIn()
    {
        Fixture f;
        ProfileEditDialog dialog(f.controller.get(), Profile {});
        auto* method = child<QComboBox>(dialog, "authMethod");
        // The advanced part open: its fields count too.
        dialog.findChild<QToolButton*>(u"advancedToggle"_s)->setChecked(true);
        child(dialog, "proxy")->setText(u"http://user@proxy.example:3128"_s);
        for (int index = 0; index < method->count(); ++index) {
            method->setCurrentIndex(index);
            OMS_VERIFY_NO_MNEMONIC_CLASH(&dialog);
        }
    }

    void offersAProxyPasswordOnlyForAProxyUser()
    {
        Fixture f;
        ProfileEditDialog dialog(f.controller.get(), Profile {});
        auto* password = child<SecretLineEdit>(dialog, "proxyPassword");
        QVERIFY(password);
        QCOMPARE(password->accessibleName(), u"Proxy password"_s);
        QVERIFY(password->echoMode() != QLineEdit::Normal);
        auto* hint = child<QLabel>(dialog, "proxyPasswordHint");
        QVERIFY(!password->isEnabled());
        child(dialog, "proxy")->setText(u"http://proxy.example:3128"_s);
        QVERIFY(!password->isEnabled());
        QVERIFY2(hint->text().contains(u"user@"_s), qPrintable(hint->text()));
        child(dialog, "proxy")->setText(u"http://bob@proxy.example:3128"_s);
        QVERIFY(password->isEnabled());
        QVERIFY2(hint->text().contains(u"bob"_s), qPrintable(hint->text()));
        // Nothing can be stored for a profile not saved yet.
        QVERIFY(child<QCheckBox>(dialog, "removeProxyPassword")->isHidden());
        // A line break would never reach the proxy intact.
        fillPasswordProfile(dialog, u"Beijing4"_s, u"acme"_s, u"alice"_s, u"pw"_s);
        password->setText(u"two\nlines"_s);
        QVERIFY(dialog.check().isError());
        QVERIFY(!child<QPushButton>(dialog, "saveButton")->isEnabled());
        password->setText(u"fine"_s);
        QVERIFY(!dialog.check().isError());
    }

    void savesTheProxyPasswordToTheKeychainOnly()
    {
        Fixture f;
        ProfileEditDialog dialog(f.controller.get(), Profile {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillPasswordProfile(dialog, u"Beijing4"_s, u"acme"_s, u"alice"_s, u"sign-in-pw"_s);
        child<QToolButton>(dialog, "advancedToggle")->setChecked(true);
        child(dialog, "proxy")->setText(u"http://bob@proxy.example:3128"_s);
        child(dialog, "proxyPassword")->setText(u"canary-proxy-Pa55"_s);
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));

        const QUuid id = dialog.savedProfileId();
        QCOMPARE(f.store.find(id)->proxy.userName(), u"bob"_s);
        QCOMPARE(f.stored(SecretStore::proxyPasswordKey(id)), u"canary-proxy-Pa55"_s);
        QCOMPARE(f.storedSecret(id), u"sign-in-pw"_s);
        QFile ini(f.store.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("canary-proxy-Pa55"));
        QVERIFY(child(dialog, "proxyPassword")->text().isEmpty());
    }

    void keepsReplacesOrRemovesTheStoredProxyPassword()
    {
        Fixture f;
        Profile profile = proxiedProfile();
        bool done = false;
        QVERIFY(!f.controller
                     ->saveProfile(profile, u"sign-in"_s, f.controller.get(),
                                   [&done](const ApiError&) { done = true; })
                     .isError());
        QTRY_VERIFY(done);
        bool stored = false;
        f.controller->setProxyPassword(profile.id, u"first"_s, f.controller.get(),
                                       [&stored](const ApiError& e) { stored = !e.isError(); });
        QTRY_VERIFY(stored);
        const QString key = SecretStore::proxyPasswordKey(profile.id);

        auto edit = [&f, &profile](const std::function<void(ProfileEditDialog&)>& change) {
            ProfileEditDialog dialog(f.controller.get(), *f.store.find(profile.id));
            change(dialog);
            QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
            return QTest::qWaitFor([&dialog] { return dialog.result() == QDialog::Accepted; });
        };

        // Untouched: kept.
        QVERIFY(edit([](ProfileEditDialog& dialog) {
            QVERIFY(child(dialog, "proxyPassword")->isEnabled());
            QVERIFY(child(dialog, "proxyPassword")->placeholderText().contains(u"Kept"_s));
            QVERIFY(!child<QCheckBox>(dialog, "removeProxyPassword")->isHidden());
            child(dialog, "profileName")->setText(u"Renamed"_s);
        }));
        QCOMPARE(f.store.find(profile.id)->name, u"Renamed"_s);
        QCOMPARE(f.stored(key), u"first"_s);

        // Typed: replaced.
        QVERIFY(edit([](ProfileEditDialog& dialog) {
            child(dialog, "proxyPassword")->setText(u"second"_s);
        }));
        QCOMPARE(f.stored(key), u"second"_s);

        // A password typed for a user the URL no longer names is not kept.
        QVERIFY(edit([](ProfileEditDialog& dialog) {
            child(dialog, "proxyPassword")->setText(u"for-nobody"_s);
            child(dialog, "proxy")->setText(u"http://proxy.example:3128"_s);
            QVERIFY(!child(dialog, "proxyPassword")->isEnabled());
        }));
        QCOMPARE(f.stored(key), u"second"_s);

        // Removed only when asked to.
        profile = *f.store.find(profile.id);
        profile.proxy = QUrl(u"http://bob@proxy.example:3128"_s);
        QVERIFY(!f.store.update(profile).isError());
        QVERIFY(edit([](ProfileEditDialog& dialog) {
            child(dialog, "proxyPassword")->setText(u"typed-then-removed"_s);
            child<QCheckBox>(dialog, "removeProxyPassword")->setChecked(true);
            QVERIFY(!child(dialog, "proxyPassword")->isEnabled());
            QVERIFY(child(dialog, "proxyPassword")->text().isEmpty());
        }));
        QCOMPARE(f.stored(key), QString());
    }

    void refusesADuplicateNameInPlace()
    {
        Fixture f;
        Profile existing;
        existing.name = u"Beijing4"_s;
        existing.regionId = u"cn-north-4"_s;
        existing.accountName = u"acme"_s;
        existing.userName = u"alice"_s;
        QVERIFY(!f.store.add(existing).isError());
        ProfileEditDialog dialog(f.controller.get(), Profile {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillPasswordProfile(dialog, u"Beijing4"_s, u"acme"_s, u"bob"_s, u"pw"_s);
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        auto* error = dialog.findChild<ErrorBanner*>(u"profileError"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->plainText().contains(u"exists"_s), qPrintable(error->plainText()));
        QVERIFY(dialog.isVisible());
        QCOMPARE(f.store.profiles().size(), 1);
    }

    void testsTheConnectionAndFindsTheProject()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        Fixture f;
        ProfileEditDialog dialog(f.controller.get(), Profile {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillPasswordProfile(dialog, u"Simulated"_s, u"demo"_s, u"demo"_s, u"demo-password"_s);
        child<QToolButton>(dialog, "advancedToggle")->click();
        child(dialog, "omsEndpoint")->setText(sim.baseUrl().toString());
        child(dialog, "iamEndpoint")->setText(sim.baseUrl().toString());
        QVERIFY(child(dialog, "projectId")->text().isEmpty());

        QTest::mouseClick(child<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(dialog, "testResult")->text().isEmpty(), 20000);
        const QString result = child<QLabel>(dialog, "testResult")->text();
        QVERIFY2(result.contains(u"Signed in"_s), qPrintable(result));
        QVERIFY2(result.contains(u"4"_s), qPrintable(result));
        QCOMPARE(child(dialog, "projectId")->text(), sim.projectId(u"cn-north-4"_s));
        // The test stored nothing: no profile, no secret.
        QVERIFY(f.store.profiles().isEmpty());

        // A wrong password is shown with IAM's answer, in the dialog.
        child(dialog, "password")->setText(u"wrong"_s);
        QTest::mouseClick(child<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
        auto* error = dialog.findChild<ErrorBanner*>(u"profileError"_s);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
        QCOMPARE(error->error().kind(), ApiError::Kind::Authentication);
        QVERIFY(sim.stop());
    }
};

QTEST_MAIN(TestProfileEditDialog)
#include "TestProfileEditDialog.moc"
