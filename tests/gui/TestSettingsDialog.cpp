// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutostartEntry.h"
#include "ErrorBanner.h"
#include "GuiSettings.h"
#include "SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace OmsSync::Gui;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    static inline const SettingsDialog::Environment withTray {.trayAvailable = true};

    template<typename T>
    static T* child(const QObject& parent, const QString& name)
    {
        auto* found = parent.findChild<T*>(name);
        if (!found) {
            qFatal("no child %s", qPrintable(name));
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // AutostartEntry writes under XDG_CONFIG_HOME: a folder of the test's.
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QCOMPARE(AutostartEntry::fileName(),
                 m_config.path() + u"/autostart/io.github.omssyncdesk.OmsSyncDesk.desktop"_s);
    }

    void cleanup() { QFile::remove(AutostartEntry::fileName()); }

    void showsTheWatchSettings()
    {
        QTemporaryDir dir;
        GuiSettings settings(dir.filePath(u"gui.ini"_s));
        SettingsDialog dialog(&settings, withTray);
        QCOMPARE(child<QSpinBox>(dialog, u"autoRefreshInterval"_s)->value(), 60);
        // At least 10 s; below that only "Off".
        QCOMPARE(child<QSpinBox>(dialog, u"autoRefreshInterval"_s)->minimum(), 9);
        QCOMPARE(child<QSpinBox>(dialog, u"autoRefreshInterval"_s)->specialValueText(), u"Off"_s);
        QVERIFY(child<QCheckBox>(dialog, u"notificationsEnabled"_s)->isChecked());
        QCOMPARE(child<QSpinBox>(dialog, u"failureThreshold"_s)->value(), 100);
        QVERIFY(!child<QCheckBox>(dialog, u"notifyExternalStarts"_s)->isChecked());
        QVERIFY(child<QCheckBox>(dialog, u"closeToTray"_s)->isChecked());
        QVERIFY(child<QCheckBox>(dialog, u"closeToTray"_s)->isEnabled());
        QVERIFY(!child<QCheckBox>(dialog, u"startAtLogin"_s)->isChecked());
        QVERIFY(!dialog.findChild<QLabel*>(u"noTrayHint"_s));

        // The notification details follow the switch.
        child<QCheckBox>(dialog, u"notificationsEnabled"_s)->setChecked(false);
        QVERIFY(!child<QSpinBox>(dialog, u"failureThreshold"_s)->isEnabled());
        QVERIFY(!child<QCheckBox>(dialog, u"notifyExternalStarts"_s)->isEnabled());
    }

    void storesTheWatchSettingsOnOk()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"gui.ini"_s);
        {
            GuiSettings settings(file);
            SettingsDialog dialog(&settings, withTray);
            child<QSpinBox>(dialog, u"autoRefreshInterval"_s)->setValue(120);
            child<QCheckBox>(dialog, u"notificationsEnabled"_s)->setChecked(false);
            child<QSpinBox>(dialog, u"failureThreshold"_s)->setValue(250);
            child<QCheckBox>(dialog, u"notifyExternalStarts"_s)->setChecked(true);
            child<QCheckBox>(dialog, u"closeToTray"_s)->setChecked(false);
            child<QCheckBox>(dialog, u"startAtLogin"_s)->setChecked(true);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        GuiSettings stored(file);
        QCOMPARE(stored.autoRefreshSeconds(), 120);
        QVERIFY(!stored.notificationsEnabled());
        QCOMPARE(stored.failureThreshold(), 250);
        QVERIFY(stored.notifyExternalStarts());
        QVERIFY(!stored.closeToTray());
        // The autostart entry is the desktop's: a file that runs us minimized.
        QFile entry(AutostartEntry::fileName());
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(entry.readAll());
        QVERIFY2(text.contains(u"\nExec="_s) && text.contains(u" --minimized\n"_s),
                 qPrintable(text));
        entry.close();

        // Off again: the entry goes.
        {
            GuiSettings settings(file);
            SettingsDialog dialog(&settings, withTray);
            QVERIFY(child<QCheckBox>(dialog, u"startAtLogin"_s)->isChecked());
            child<QCheckBox>(dialog, u"startAtLogin"_s)->setChecked(false);
            child<QSpinBox>(dialog, u"autoRefreshInterval"_s)->setValue(9); // "Off"
            dialog.accept();
        }
        QVERIFY(!QFileInfo::exists(AutostartEntry::fileName()));
        QCOMPARE(GuiSettings(file).autoRefreshSeconds(), 0);
    }

    void anAutostartEntryThatCannotBeWrittenKeepsTheDialogOpen()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"gui.ini"_s);
        // A file where the autostart folder should be.
        const QString folder = QFileInfo(AutostartEntry::fileName()).absolutePath();
        QVERIFY(QDir(folder).removeRecursively());
        QFile blocker(folder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        {
            GuiSettings settings(file);
            SettingsDialog dialog(&settings, withTray);
            child<QSpinBox>(dialog, u"failureThreshold"_s)->setValue(7);
            child<QCheckBox>(dialog, u"startAtLogin"_s)->setChecked(true);
            dialog.show();
            dialog.accept();
            QVERIFY(dialog.isVisible());
            const auto* error = child<ErrorBanner>(dialog, u"settingsError"_s);
            QVERIFY(error->isVisibleTo(&dialog));
            const QString text = error->plainText();
            QVERIFY2(text.contains(u"Start at login"_s) && text.contains(folder), qPrintable(text));
        }
        QVERIFY(QFile::remove(folder));
        // Nothing was saved.
        QCOMPARE(GuiSettings(file).failureThreshold(), 100);
    }

    void withoutATraySaysWhyItsOptionsAreOff()
    {
        QTemporaryDir dir;
        GuiSettings settings(dir.filePath(u"gui.ini"_s));
        SettingsDialog dialog(&settings, SettingsDialog::Environment {});
        QVERIFY(!child<QCheckBox>(dialog, u"closeToTray"_s)->isEnabled());
        QVERIFY(!child<QCheckBox>(dialog, u"closeToTray"_s)->isChecked());
        const auto* hint = child<QLabel>(dialog, u"noTrayHint"_s);
        QVERIFY2(hint->text().contains(u"no system tray"_s), qPrintable(hint->text()));
        // The setting itself is kept for a desktop that has one.
        dialog.accept();
        QVERIFY(GuiSettings(dir.filePath(u"gui.ini"_s)).closeToTray());
    }

    void theDemoDoesNotStartAtLogin()
    {
        QTemporaryDir dir;
        GuiSettings settings(dir.filePath(u"gui.ini"_s));
        SettingsDialog dialog(&settings, {.trayAvailable = true, .demo = true});
        QVERIFY(!child<QCheckBox>(dialog, u"startAtLogin"_s)->isEnabled());
        QVERIFY(dialog.findChild<QLabel*>(u"demoHint"_s));
        dialog.accept();
        QVERIFY(!QFileInfo::exists(AutostartEntry::fileName()));
    }

    void offersEveryLanguageAndTheSystems()
    {
        QTemporaryDir dir;
        GuiSettings settings(dir.filePath(u"gui.ini"_s));
        SettingsDialog dialog(&settings, withTray);
        auto* language = dialog.findChild<QComboBox*>(u"language"_s);
        QVERIFY(language);
        QCOMPARE(language->count(), 3);
        QCOMPARE(language->currentData().toString(), QString());
        QCOMPARE(language->itemData(1).toString(), u"en"_s);
        QCOMPARE(language->itemText(1), u"English"_s);
        // Each language in its own words.
        QCOMPARE(language->itemData(2).toString(), u"zh_CN"_s);
        QCOMPARE(language->itemText(2), u"简体中文"_s);
        // The dialog says when a change applies.
        const auto* hint = dialog.findChild<QLabel*>(u"languageHint"_s);
        QVERIFY(hint);
        QVERIFY2(hint->text().contains(u"next time"_s), qPrintable(hint->text()));
    }

    void storesTheChoiceOnOk()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"gui.ini"_s);
        {
            GuiSettings settings(file);
            SettingsDialog dialog(&settings, withTray);
            auto* language = dialog.findChild<QComboBox*>(u"language"_s);
            language->setCurrentIndex(language->findData(u"zh_CN"_s));
            dialog.accept();
        }
        QCOMPARE(GuiSettings(file).language(), u"zh_CN"_s);
        {
            GuiSettings settings(file);
            SettingsDialog dialog(&settings, withTray);
            auto* language = dialog.findChild<QComboBox*>(u"language"_s);
            QCOMPARE(language->currentData().toString(), u"zh_CN"_s);
            language->setCurrentIndex(0);
            dialog.reject(); // Cancel keeps what was stored
        }
        QCOMPARE(GuiSettings(file).language(), u"zh_CN"_s);
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
