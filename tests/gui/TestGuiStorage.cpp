// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorBanner.h"
#include "FullDisk.h"
#include "GuiSettings.h"
#include "GuiTest.h"
#include "MainWindow.h"
#include "ProfileController.h"
#include "ProfileEditDialog.h"
#include "ProfileListModel.h"
#include "ProfileService.h"
#include "ProfileStore.h"
#include "SecretStore.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <memory>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using namespace OmsSync::Gui;

// The desktop application when its settings cannot be saved: a real full
// disk (a small tmpfs of the test's own, tests/fixtures/with-tmpfs.sh). The
// failure is shown in a banner naming the file, what was typed stays, and
// the profiles saved before are still there, byte for byte.
class TestGuiStorage : public QObject
{
    Q_OBJECT

private:
    QString m_tmpfs;
    QTemporaryDir m_elsewhere; // the window's own settings, on a disk with room

    QString settingsFile() const { return m_tmpfs + u"/config/profiles.ini"_s; }
    QString fillerDir() const { return m_tmpfs + u"/filler"_s; }

    static QByteArray contents(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static Profile profile(const QString& name)
    {
        Profile profile;
        profile.name = name;
        profile.regionId = u"cn-north-4"_s;
        profile.accountName = u"acme"_s;
        profile.userName = u"alice"_s;
        // Nobody answers here: these tests need no service.
        profile.omsEndpoint = QUrl(u"http://127.0.0.1:9"_s);
        profile.iamEndpoint = QUrl(u"http://127.0.0.1:9"_s);
        return profile;
    }

    // Full but for one page: an edit's lock fits, the new file does not.
    void fillTheDisk()
    {
        QVERIFY(OmsSync::Test::fillWithPages(fillerDir()) > 0);
        QVERIFY(QFile::remove(fillerDir() + u"/0"_s));
    }

    // What the window's visible banners say.
    static QString bannerText(const QWidget& window)
    {
        QStringList said;
        for (const ErrorBanner* banner : window.findChildren<ErrorBanner*>()) {
            const auto* text = banner->findChild<QLabel*>(u"errorBannerText"_s);
            if (banner->isVisible() && text) {
                said.append(text->text());
            }
        }
        return said.join(u'\n');
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
        QVERIFY(QDir(m_tmpfs + u"/config"_s).removeRecursively());
        QVERIFY(QDir(fillerDir()).removeRecursively());
        QVERIFY(QDir().mkpath(fillerDir()));
    }

    void cleanup() { QVERIFY(QDir(fillerDir()).removeRecursively()); }

    void theProfileEditorShowsAFullDiskAndKeepsWhatWasTyped()
    {
        ProfileStore store(settingsFile());
        SecretStore secrets;
        secrets.setSessionOnly(true);
        ProfileService service(&store, &secrets);
        ProfileController controller(&service);
        Profile saved = profile(u"Beijing"_s);
        QVERIFY(!controller.saveProfile(saved, u"pw"_s, &controller, [](auto) {}).isError());
        const QByteArray before = contents(settingsFile());
        QVERIFY(before.contains("Beijing"));

        fillTheDisk();
        ProfileEditDialog dialog(&controller, saved);
        dialog.show();
        auto* name = dialog.findChild<QLineEdit*>(u"profileName"_s);
        QVERIFY(name);
        name->setText(u"Beijing renamed"_s);
        auto* save = dialog.findChild<QPushButton*>(u"saveButton"_s);
        QVERIFY(save);
        QTest::mouseClick(save, Qt::LeftButton);

        const QString said = bannerText(dialog);
        QVERIFY2(said.contains(settingsFile()), qPrintable(said));
        QVERIFY2(said.contains(qt_error_string(ENOSPC)), qPrintable(said));
        QVERIFY(dialog.isVisible()); // not accepted: nothing was saved
        QCOMPARE(name->text(), u"Beijing renamed"_s);
        QCOMPARE(contents(settingsFile()), before);
        QCOMPARE(service.profiles().constFirst().name, u"Beijing"_s);

        // Room again: the same Save succeeds.
        QVERIFY(QDir(fillerDir()).removeRecursively());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(service.profiles().constFirst().name, u"Beijing renamed"_s);
    }

    void theMainWindowShowsASettingNotSaved()
    {
        ProfileStore store(settingsFile());
        SecretStore secrets;
        secrets.setSessionOnly(true);
        ProfileService service(&store, &secrets);
        ProfileController controller(&service);
        controller.setCallPolicy(Gui::Test::quickPolicy());
        Profile first = profile(u"Beijing"_s);
        Profile second = profile(u"Shanghai"_s);
        QVERIFY(!controller.saveProfile(first, {}, &controller, [](auto) {}).isError());
        QVERIFY(!controller.saveProfile(second, {}, &controller, [](auto) {}).isError());
        QVERIFY(!service.setLastSelected(first.id).isError());
        const QByteArray before = contents(settingsFile());

        GuiSettings settings(m_elsewhere.filePath(u"gui.ini"_s));
        MainWindow window(&controller, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        fillTheDisk();

        // Choosing another profile records it as the last used once the
        // choice has settled: that write fails, and the window says so.
        window.selectProfile(second.id);
        QTRY_VERIFY(bannerText(window).contains(settingsFile()));
        const QString said = bannerText(window);
        QVERIFY2(said.contains(settingsFile()), qPrintable(said));
        QVERIFY2(said.contains(qt_error_string(ENOSPC)), qPrintable(said));
        QCOMPARE(contents(settingsFile()), before);
        QCOMPARE(service.lastSelected(), first.id);
        QCOMPARE(service.profiles().size(), 2);
    }
};

QTEST_MAIN(TestGuiStorage)
#include "TestGuiStorage.moc"
