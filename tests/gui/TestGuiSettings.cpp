// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiSettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace OmsSync::Gui;

class TestGuiSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void remembersLayoutAcrossInstances()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"gui.ini"_s);
        {
            GuiSettings settings(file);
            QCOMPARE(settings.autoRefreshSeconds(), GuiSettings::defaultAutoRefreshSeconds);
            settings.setAutoRefreshSeconds(120);
            settings.setWindowGeometry("geometry"_ba);
            settings.setTaskHeaderState("header"_ba);
            settings.setSplitterState(u"main"_s, "splitter"_ba);
            settings.setStatusFilter(2);
        }
        GuiSettings again(file);
        QCOMPARE(again.autoRefreshSeconds(), 120);
        QCOMPARE(again.windowGeometry(), "geometry"_ba);
        QCOMPARE(again.taskHeaderState(), "header"_ba);
        QCOMPARE(again.splitterState(u"main"_s), "splitter"_ba);
        QCOMPARE(again.splitterState(u"other"_s), QByteArray());
        QCOMPARE(again.statusFilter(), 2);
    }

    void keepsOutOfTheProfileStoresKeys()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"gui.ini"_s);
        {
            GuiSettings settings(file);
            settings.setAutoRefreshSeconds(30);
            settings.setWindowGeometry("g"_ba);
        }
        QSettings raw(file, QSettings::IniFormat);
        for (const QString& key : raw.allKeys()) {
            QVERIFY2(key.startsWith(u"gui/"_s), qPrintable(key));
        }
        QVERIFY(!raw.allKeys().isEmpty());
    }

    void remembersTheLanguage()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"gui.ini"_s);
        QCOMPARE(GuiSettings(file).language(), QString());
        GuiSettings(file).setLanguage(u"zh_CN"_s);
        QCOMPARE(GuiSettings(file).language(), u"zh_CN"_s);
        // Back to the system's: no key left behind.
        GuiSettings(file).setLanguage(QString());
        QCOMPARE(GuiSettings(file).language(), QString());
        QVERIFY(!QSettings(file, QSettings::IniFormat).contains(u"gui/language"_s));
        // A language this build does not ship means the system's.
        QSettings(file, QSettings::IniFormat).setValue(u"gui/language"_s, u"tlh"_s);
        QCOMPARE(GuiSettings(file).language(), QString());
    }

    void boundsTheRefreshInterval_data()
    {
        QTest::addColumn<int>("stored");
        QTest::addColumn<int>("used");
        QTest::newRow("off") << 0 << 0;
        QTest::newRow("negative is off") << -5 << 0;
        QTest::newRow("too often") << 1 << GuiSettings::minAutoRefreshSeconds;
        QTest::newRow("too rare") << 999999 << GuiSettings::maxAutoRefreshSeconds;
        QTest::newRow("fine") << 45 << 45;
    }

    void boundsTheRefreshInterval()
    {
        QFETCH(int, stored);
        QFETCH(int, used);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"gui.ini"_s);
        {
            QSettings raw(file, QSettings::IniFormat);
            raw.setValue(u"gui/auto_refresh_seconds"_s, stored);
        }
        QCOMPARE(GuiSettings(file).autoRefreshSeconds(), used);
    }
};

QTEST_MAIN(TestGuiSettings)
#include "TestGuiSettings.moc"
