// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiSettings.h"
#include "SettingsDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace OmsSync::Gui;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offersEveryLanguageAndTheSystems()
    {
        QTemporaryDir dir;
        GuiSettings settings(dir.filePath(u"gui.ini"_s));
        SettingsDialog dialog(&settings);
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
            SettingsDialog dialog(&settings);
            auto* language = dialog.findChild<QComboBox*>(u"language"_s);
            language->setCurrentIndex(language->findData(u"zh_CN"_s));
            dialog.accept();
        }
        QCOMPARE(GuiSettings(file).language(), u"zh_CN"_s);
        {
            GuiSettings settings(file);
            SettingsDialog dialog(&settings);
            auto* language = dialog.findChild<QComboBox*>(u"language"_s);
            QCOMPARE(language->currentData().toString(), u"zh_CN"_s);
            language->setCurrentIndex(0);
            dialog.reject(); // Cancel keeps what was stored
        }
        QCOMPARE(GuiSettings(file).language(), u"zh_CN"_s);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
