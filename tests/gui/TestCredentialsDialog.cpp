// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialsDialog.h"
#include "ErrorBanner.h"
#include "GuiTest.h"
#include "ReadableColor.h"
#include "SecretLineEdit.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using namespace OmsSync::Gui;
using Test::makeTask;
using Field = CredentialsDialog::Field;

Q_DECLARE_METATYPE(OmsSync::Gui::CredentialsDialog::Field)

class TestCredentialsDialog : public QObject
{
    Q_OBJECT

private:
    static SyncTask cdnTask()
    {
        SyncTask task = makeTask(u"cdn-task"_s, SyncTaskStatus::Stopped, u"Video library"_s);
        task.srcCloudType = u"Qiniu"_s;
        task.srcBucket = u"video-origin"_s;
        task.dstBucket = u"video-mirror"_s;
        task.sourceCdn = SourceCdn {u"cdn.example.com"_s, u"https"_s, u"QINIU_PRIVATE"_s};
        return task;
    }

    static Profile passwordProfile()
    {
        Profile profile;
        profile.id = QUuid::createUuid();
        profile.name = u"Beijing4"_s;
        profile.regionId = u"cn-north-4"_s;
        profile.userName = u"alice"_s;
        profile.accountName = u"acme"_s;
        return profile;
    }

    static QLineEdit* field(const CredentialsDialog& dialog, const char* name)
    {
        return dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
    }

    static QPushButton* startButton(const CredentialsDialog& dialog)
    {
        return dialog.findChild<QPushButton*>(u"startButton"_s);
    }

    static void fillValid(CredentialsDialog& dialog)
    {
        field(dialog, "sourceAk")->setText(u"SRCAK"_s);
        field(dialog, "sourceSk")->setText(u"src-secret"_s);
        field(dialog, "destinationAk")->setText(u"DSTAK"_s);
        field(dialog, "destinationSk")->setText(u"dst-secret"_s);
    }

private Q_SLOTS:
    void saysWhichTaskItStarts()
    {
        CredentialsDialog dialog(cdnTask(), passwordProfile());
        const QString title = dialog.findChild<QLabel*>(u"taskTitle"_s)->text();
        const QString route = dialog.findChild<QLabel*>(u"taskRoute"_s)->text();
        QVERIFY2(title.contains(u"Video library"_s), qPrintable(title));
        QVERIFY2(route.contains(u"Qiniu Cloud"_s), qPrintable(route));
        QVERIFY2(route.contains(u"video-origin"_s), qPrintable(route));
        QVERIFY2(route.contains(u"video-mirror"_s), qPrintable(route));
        QVERIFY2(route.contains(u"Beijing4"_s), qPrintable(route));
    }

    void masksSecretsWithAShowToggle()
    {
        CredentialsDialog dialog(cdnTask(), passwordProfile());
        for (const char* name : {"sourceSk", "destinationSk", "cdnKey"}) {
            auto* secret = qobject_cast<SecretLineEdit*>(field(dialog, name));
            QVERIFY2(secret, name);
            QCOMPARE(secret->echoMode(), QLineEdit::Password);
            secret->revealAction()->trigger();
            QCOMPARE(secret->echoMode(), QLineEdit::Normal);
            secret->revealAction()->trigger();
            QCOMPARE(secret->echoMode(), QLineEdit::Password);
        }
        QCOMPARE(field(dialog, "sourceAk")->echoMode(), QLineEdit::Normal);
    }

    void namesEveryKeyFieldApartForScreenReaders()
    {
        CredentialsDialog dialog(cdnTask(), passwordProfile());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QHash<QString, QString> expected {
            {u"sourceAk"_s, u"Source access key (AK)"_s},
            {u"sourceSk"_s, u"Source secret key (SK)"_s},
            {u"cdnKey"_s, u"Source CDN key"_s},
            {u"destinationAk"_s, u"Destination access key (AK)"_s},
            {u"destinationSk"_s, u"Destination secret key (SK)"_s}};
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QCOMPARE(field(dialog, qPrintable(it.key()))->accessibleName(), it.value());
        }
        // Each field's show button says which field it shows, and the
        // shortcut works from the field that has the focus only.
        auto* sourceSk = qobject_cast<SecretLineEdit*>(field(dialog, "sourceSk"));
        auto* destinationSk = qobject_cast<SecretLineEdit*>(field(dialog, "destinationSk"));
        QCOMPARE(sourceSk->revealAction()->text(), u"Show Source secret key (SK)"_s);
        QCOMPARE(destinationSk->revealAction()->text(), u"Show Destination secret key (SK)"_s);
        destinationSk->setFocus();
        QTRY_VERIFY(destinationSk->hasFocus());
        QTest::keyClick(destinationSk, Qt::Key_H, Qt::ControlModifier);
        QCOMPARE(destinationSk->echoMode(), QLineEdit::Normal);
        QCOMPARE(sourceSk->echoMode(), QLineEdit::Password);
        QCOMPARE(destinationSk->revealAction()->text(), u"Hide Destination secret key (SK)"_s);
        OMS_VERIFY_NO_MNEMONIC_CLASH(&dialog);
    }

    void showsProblemsReadablyOnADarkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x24, 0x24, 0x24));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        CredentialsDialog dialog(cdnTask(), passwordProfile());
        dialog.setPalette(dark);
        auto* problem = dialog.findChild<QLabel*>(u"sourceAkProblem"_s);
        const QColor text = problem->palette().color(QPalette::WindowText);
        const QColor background = problem->palette().color(QPalette::Window);
        QCOMPARE(background, QColor(0x24, 0x24, 0x24));
        QVERIFY2(ReadableColor::contrastRatio(text, background) >= 4.5, qPrintable(text.name()));
    }

    void offersTheCdnKeyOnlyForCdnTasks()
    {
        CredentialsDialog withCdn(cdnTask(), passwordProfile());
        QVERIFY(withCdn.hasCdnField());
        QVERIFY(field(withCdn, "cdnKey"));
        CredentialsDialog plain(makeTask(u"plain"_s, SyncTaskStatus::Stopped), passwordProfile());
        QVERIFY(!plain.hasCdnField());
        QVERIFY(!field(plain, "cdnKey"));
    }

    void validatesEachField_data()
    {
        QTest::addColumn<Field>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("problem");

        const QString k100(100, u'k');
        const QString k101(101, u'k');
        QTest::newRow("source AK empty") << Field::SourceAk << QString() << false << u"Required"_s;
        QTest::newRow("source AK 1") << Field::SourceAk << u"A"_s << true << QString();
        QTest::newRow("source AK 100") << Field::SourceAk << k100 << true << QString();
        QTest::newRow("source AK 101") << Field::SourceAk << k101 << false << u"at most 100"_s;
        QTest::newRow("source SK empty") << Field::SourceSk << QString() << false << u"Required"_s;
        QTest::newRow("source SK 1") << Field::SourceSk << u"s"_s << true << QString();
        QTest::newRow("source SK 100") << Field::SourceSk << k100 << true << QString();
        QTest::newRow("source SK 101") << Field::SourceSk << k101 << false << u"at most 100"_s;
        QTest::newRow("destination AK empty")
            << Field::DestinationAk << QString() << false << u"Required"_s;
        QTest::newRow("destination AK 100") << Field::DestinationAk << k100 << true << QString();
        QTest::newRow("destination AK 101")
            << Field::DestinationAk << k101 << false << u"at most 100"_s;
        QTest::newRow("destination SK 1") << Field::DestinationSk << u"s"_s << true << QString();
        QTest::newRow("destination SK 101")
            << Field::DestinationSk << k101 << false << u"at most 100"_s;
        QTest::newRow("CDN key empty") << Field::CdnKey << QString() << true << QString();
        QTest::newRow("CDN key 255") << Field::CdnKey << QString(255, u'c') << true << QString();
        QTest::newRow("CDN key 256")
            << Field::CdnKey << QString(256, u'c') << false << u"at most 255"_s;
        QTest::newRow("tab") << Field::SourceSk << u"se\tcret"_s << false << u"control"_s;
        QTest::newRow("line feed") << Field::SourceAk << u"AK\n"_s << false << u"control"_s;
        QTest::newRow("carriage return")
            << Field::DestinationSk << u"a\rb"_s << false << u"control"_s;
        QTest::newRow("NUL") << Field::DestinationAk << QString(u"a\0b"_s) << false << u"control"_s;
        QTest::newRow("DEL") << Field::SourceSk << u"a\u007fb"_s << false << u"control"_s;
        QTest::newRow("line separator")
            << Field::SourceSk << u"a\u2028b"_s << false << u"control"_s;
        QTest::newRow("CDN control") << Field::CdnKey << u"k\u0001"_s << false << u"control"_s;
        QTest::newRow("leading space") << Field::SourceAk << u" AK"_s << false << u"space"_s;
        QTest::newRow("trailing space") << Field::DestinationSk << u"sk "_s << false << u"space"_s;
        QTest::newRow("inner space") << Field::SourceSk << u"s k"_s << true << QString();
        QTest::newRow("punctuation") << Field::SourceSk << u"a/b+c=d"_s << true << QString();
        QTest::newRow("non-ASCII") << Field::SourceSk << u"密钥"_s << true << QString();
    }

    void validatesEachField()
    {
        QFETCH(Field, field);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QFETCH(QString, problem);

        CredentialsDialog dialog(cdnTask(), passwordProfile());
        fillValid(dialog);
        QVERIFY(dialog.isValid());
        const char* names[] = {"sourceAk", "sourceSk", "destinationAk", "destinationSk", "cdnKey"};
        QLineEdit* edit = TestCredentialsDialog::field(dialog, names[int(field)]);
        QVERIFY(edit);
        edit->setText(value);
        QCOMPARE(edit->text(), value); // nothing was cut off before the check
        QCOMPARE(dialog.isValid(), valid);
        QCOMPARE(startButton(dialog)->isEnabled(), valid);
        // The core's check agrees with the dialog's.
        QCOMPARE(!dialog.credentials().validate().isError(), valid);
        const QString said = dialog.fieldProblem(field);
        if (problem.isEmpty()) {
            QVERIFY2(said.isEmpty(), qPrintable(said));
        } else {
            QVERIFY2(said.contains(problem, Qt::CaseInsensitive), qPrintable(said));
            // A problem of a filled field is shown under it at once.
            if (!value.isEmpty()) {
                auto* label = dialog.findChild<QLabel*>(QString::fromLatin1(names[int(field)])
                                                        + u"Problem"_s);
                QVERIFY(label);
                QCOMPARE(label->text(), said);
                QVERIFY(!label->isHidden());
            }
        }
    }

    void enablesStartOnlyOnceAllFourKeysAreTyped()
    {
        CredentialsDialog dialog(makeTask(u"t"_s, SyncTaskStatus::Stopped), passwordProfile());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QPushButton* start = startButton(dialog);
        QVERIFY(!start->isEnabled());
        const char* order[] = {"sourceAk", "sourceSk", "destinationAk", "destinationSk"};
        for (int i = 0; i < 4; ++i) {
            QVERIFY2(!start->isEnabled(), order[i]);
            QTest::keyClicks(field(dialog, order[i]), u"key%1"_s.arg(i));
        }
        QVERIFY(start->isEnabled());
        // Deleting one character of a one-field key disables it again.
        QLineEdit* sk = field(dialog, "destinationSk");
        sk->selectAll();
        QTest::keyClick(sk, Qt::Key_Backspace);
        QVERIFY(!start->isEnabled());
        // "Required" appears only now that the user emptied the field.
        auto* problem = dialog.findChild<QLabel*>(u"destinationSkProblem"_s);
        QVERIFY(!problem->isHidden());
        QCOMPARE(problem->text(), u"Required."_s);
        QVERIFY(dialog.findChild<QLabel*>(u"sourceAkProblem"_s)->isHidden());
    }

    void doesNotShoutAtAnEmptyForm()
    {
        CredentialsDialog dialog(cdnTask(), passwordProfile());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (const char* name : {"sourceAkProblem", "sourceSkProblem", "destinationAkProblem",
                                 "destinationSkProblem", "cdnKeyProblem"}) {
            QVERIFY2(dialog.findChild<QLabel*>(QString::fromLatin1(name))->isHidden(), name);
        }
        QVERIFY(!startButton(dialog)->isEnabled());
    }

    void startsWithTheTypedKeysOnReturn()
    {
        CredentialsDialog dialog(cdnTask(), passwordProfile());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy requested(&dialog, &CredentialsDialog::startRequested);
        fillValid(dialog);
        field(dialog, "cdnKey")->setText(u"cdn-key"_s);
        QTest::keyClick(field(dialog, "destinationSk"), Qt::Key_Return);
        QCOMPARE(requested.size(), 1);
        const auto keys = requested.at(0).at(0).value<StartCredentials>();
        QCOMPARE(keys.sourceAk, u"SRCAK"_s);
        QCOMPARE(keys.sourceSk, u"src-secret"_s);
        QCOMPARE(keys.destinationAk, u"DSTAK"_s);
        QCOMPARE(keys.destinationSk, u"dst-secret"_s);
        QCOMPARE(keys.cdnKey, u"cdn-key"_s);
        QCOMPARE(requested.at(0).at(1).toBool(), false);
        // Only one start at a time.
        QTest::mouseClick(startButton(dialog), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
    }

    void showsTheRequestWhileItRuns()
    {
        CredentialsDialog dialog(cdnTask(), passwordProfile());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillValid(dialog);
        auto* progress = dialog.findChild<QProgressBar*>(u"startProgress"_s);
        QVERIFY(progress->isHidden());
        QTest::mouseClick(startButton(dialog), Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QVERIFY(!progress->isHidden());
        QVERIFY(!startButton(dialog)->isEnabled());
        QVERIFY(field(dialog, "sourceAk")->isReadOnly());
        QVERIFY(field(dialog, "destinationSk")->isReadOnly());
    }

    void keepsEverythingWhenTheServiceRefuses()
    {
        CredentialsDialog dialog(cdnTask(), passwordProfile());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillValid(dialog);
        field(dialog, "cdnKey")->setText(u"cdn-key"_s);
        QTest::mouseClick(startButton(dialog), Qt::LeftButton);
        const ApiError refused = ApiError::fromHttpReply(
            400, "{\"error_code\":\"OMS.1011\",\"error_msg\":\"The source AK/SK is invalid.\"}"_ba,
            "0123456789abcdef0123456789abcdef"_ba);
        dialog.startFinished(refused);

        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.isRunning());
        auto* banner = dialog.findChild<ErrorBanner*>(u"startError"_s);
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->plainText().contains(u"OMS.1011"_s), qPrintable(banner->plainText()));
        QVERIFY(banner->plainText().contains(u"The source AK/SK is invalid."_s));
        QVERIFY(banner->plainText().contains(u"0123456789abcdef0123456789abcdef"_s));
        QCOMPARE(field(dialog, "sourceAk")->text(), u"SRCAK"_s);
        QCOMPARE(field(dialog, "sourceSk")->text(), u"src-secret"_s);
        QCOMPARE(field(dialog, "destinationAk")->text(), u"DSTAK"_s);
        QCOMPARE(field(dialog, "destinationSk")->text(), u"dst-secret"_s);
        QCOMPARE(field(dialog, "cdnKey")->text(), u"cdn-key"_s);
        QVERIFY(!field(dialog, "sourceAk")->isReadOnly());
        QVERIFY(startButton(dialog)->isEnabled());
        // Correcting a key clears the old error: it no longer applies.
        QTest::keyClicks(field(dialog, "sourceSk"), u"2"_s);
        QVERIFY(banner->isHidden());
    }

    void closesAndWipesTheFieldsOnSuccess()
    {
        CredentialsDialog dialog(cdnTask(), passwordProfile());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillValid(dialog);
        QTest::mouseClick(startButton(dialog), Qt::LeftButton);
        dialog.startFinished({});
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        for (const char* name : {"sourceAk", "sourceSk", "destinationAk", "destinationSk"}) {
            QVERIFY2(field(dialog, name)->text().isEmpty(), name);
        }
    }

    void wipesTheFieldsWhenCancelled()
    {
        CredentialsDialog dialog(cdnTask(), passwordProfile());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillValid(dialog);
        field(dialog, "cdnKey")->setText(u"cdn-key"_s);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        for (const char* name :
             {"sourceAk", "sourceSk", "destinationAk", "destinationSk", "cdnKey"}) {
            QVERIFY2(field(dialog, name)->text().isEmpty(), name);
        }
    }

    void wipesTypedTextInPlace()
    {
        // The characters the widget held are overwritten, not only released.
        SecretLineEdit edit;
        edit.show();
        QTest::keyClicks(&edit, u"typed-secret"_s);
        QVERIFY(SecretLineEdit::overwrite(&edit));
        QCOMPARE(edit.text(), QString(12, QChar(u'\0')));
        edit.wipe();
        QVERIFY(edit.text().isEmpty());
    }

    void neverOverwritesTextSharedWithOtherCode()
    {
        // A value set by code may still be in use elsewhere (the demo's
        // password, a test's data): wiping the field must not touch it.
        const QString elsewhere = QString(u"kept-by-someone-else"_s).append(u'!');
        SecretLineEdit edit;
        edit.setText(elsewhere);
        QVERIFY(!SecretLineEdit::overwrite(&edit));
        edit.wipe();
        QVERIFY(edit.text().isEmpty());
        QCOMPARE(elsewhere, u"kept-by-someone-else!"_s);
    }

    void prefillsRememberedKeys()
    {
        CredentialsDialog dialog(cdnTask(), passwordProfile());
        // Typed before the keychain answered: kept.
        field(dialog, "sourceAk")->setText(u"TYPED"_s);
        StartCredentials remembered {u"OLDAK"_s, u"old-sk"_s, u"DSTAK"_s, u"dst-sk"_s, u"cdn"_s};
        dialog.prefill(remembered);
        QCOMPARE(field(dialog, "sourceAk")->text(), u"TYPED"_s);
        QCOMPARE(field(dialog, "sourceSk")->text(), u"old-sk"_s);
        QCOMPARE(field(dialog, "destinationAk")->text(), u"DSTAK"_s);
        QCOMPARE(field(dialog, "destinationSk")->text(), u"dst-sk"_s);
        QCOMPARE(field(dialog, "cdnKey")->text(), u"cdn"_s);
        QVERIFY(dialog.remember());
        QVERIFY(dialog.findChild<QLabel*>(u"credentialsNote"_s)->text().contains(u"remembered"_s));
        QVERIFY(startButton(dialog)->isEnabled());
    }

    void offersRememberingOnlyWhereKeysCanBeKept()
    {
        CredentialsDialog dialog(cdnTask(), passwordProfile());
        auto* remember = dialog.findChild<QCheckBox*>(u"rememberKeys"_s);
        auto* hint = dialog.findChild<QLabel*>(u"rememberHint"_s);
        QVERIFY(remember->isEnabled());
        QVERIFY(hint->text().contains(u"keychain"_s));

        remember->setChecked(true);
        dialog.setKeychainMode(CredentialsDialog::KeychainMode::Unavailable,
                               u"no Secret Service on the bus."_s);
        QVERIFY(!remember->isEnabled());
        QVERIFY(!remember->isChecked());
        QVERIFY2(hint->text().contains(u"no Secret Service on the bus."_s),
                 qPrintable(hint->text()));

        dialog.setKeychainMode(CredentialsDialog::KeychainMode::SessionOnly);
        QVERIFY(remember->isEnabled());
        QVERIFY(remember->text().contains(u"quits"_s));
    }

    void offersTheProfilesKeysOnlyToAkSkProfiles()
    {
        CredentialsDialog withPassword(cdnTask(), passwordProfile());
        auto* use = withPassword.findChild<QCheckBox*>(u"useProfileKeys"_s);
        QVERIFY(!use->isEnabled());
        QVERIFY(!use->toolTip().isEmpty());

        Profile akSk = passwordProfile();
        akSk.authMethod = AuthMethod::AkSk;
        akSk.accessKeyId = u"PROFILEAK"_s;
        CredentialsDialog dialog(cdnTask(), akSk);
        use = dialog.findChild<QCheckBox*>(u"useProfileKeys"_s);
        QVERIFY(use->isEnabled());
        QSignalSpy asked(&dialog, &CredentialsDialog::profileKeysRequested);
        use->setChecked(true);
        QCOMPARE(asked.size(), 1);
        dialog.setProfileKeys(u"PROFILEAK"_s, u"profile-sk"_s);
        QCOMPARE(field(dialog, "destinationAk")->text(), u"PROFILEAK"_s);
        QCOMPARE(field(dialog, "destinationSk")->text(), u"profile-sk"_s);
        QVERIFY(field(dialog, "destinationSk")->isReadOnly());
        // Unticked: the profile's SK does not linger in the form.
        use->setChecked(false);
        QVERIFY(field(dialog, "destinationSk")->text().isEmpty());
        QVERIFY(field(dialog, "destinationAk")->text().isEmpty());
        QVERIFY(!field(dialog, "destinationSk")->isReadOnly());
    }
};

QTEST_MAIN(TestCredentialsDialog)
#include "TestCredentialsDialog.moc"
