// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"
#include "FontCoverage.h"

#include <QApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace OmsSync::Gui;

// Runs twice (tests/gui/CMakeLists.txt): with the system's fonts, where
// fonts-noto-cjk is installed, and with a fontconfig that has DejaVu only,
// as a bare system has. OMS_SYNC_TEST_FONTS says which.
class TestFontCoverage : public QObject
{
    Q_OBJECT

    bool m_withCjk = true;

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray fonts = qgetenv("OMS_SYNC_TEST_FONTS");
        QVERIFY2(fonts == "system" || fonts == "latin-only", fonts.constData());
        m_withCjk = fonts == "system";
        QVERIFY2(!QFontDatabase::families(QFontDatabase::Latin).isEmpty(),
                 "no font at all: is fonts-dejavu-core installed?");
        QCOMPARE(!QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty(), m_withCjk);
    }

    void latinNamesAlwaysHaveAFont()
    {
        QVERIFY(FontCoverage::missing(u"acme-logs-archive"_s).isEmpty());
        QVERIFY(FontCoverage::missing(u"Café déjà vu"_s).isEmpty());
        QVERIFY(FontCoverage::missing(QString()).isEmpty());
    }

    void findsChineseNamesWithoutAFont()
    {
        const QString name = u"腾讯云 COS 图片库同步到华为云 OBS"_s;
        const QList<QFontDatabase::WritingSystem> missing = FontCoverage::missing(name);
        if (m_withCjk) {
            QVERIFY(missing.isEmpty());
        } else {
            QCOMPARE(missing,
                     QList<QFontDatabase::WritingSystem> {QFontDatabase::SimplifiedChinese});
            // A character outside the BMP (CJK extension B, two UTF-16
            // units) is read as the one Han character it is.
            QCOMPARE(FontCoverage::missing(u"bucket-\U00020000"_s),
                     QList<QFontDatabase::WritingSystem> {QFontDatabase::SimplifiedChinese});
        }
    }

    void saysSoOnceInTheLogAndInTheAboutBox()
    {
        if (!m_withCjk) {
            QTest::ignoreMessage(
                QtWarningMsg,
                QRegularExpression(u"No installed font has Simplified Chinese "
                                   "characters: names such as 图片库 .*fonts-noto-cjk"_s));
        }
        FontCoverage::check(u"图片库"_s);
        // The second name needs the same font: nothing more is logged (an
        // unexpected message would fail the test with QTest::failOnWarning).
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        FontCoverage::check(u"视频库"_s);
        FontCoverage::check(u"plain-bucket"_s);

        AboutDialog about;
        const auto* note = about.findChild<QLabel*>(u"aboutFontNote"_s);
        QVERIFY(note);
        QCOMPARE(note->isVisibleTo(&about), !m_withCjk);
        if (!m_withCjk) {
            QVERIFY2(note->text().contains(u"Simplified Chinese"_s), qPrintable(note->text()));
            QCOMPARE(FontCoverage::missingSeen(),
                     QList<QFontDatabase::WritingSystem> {QFontDatabase::SimplifiedChinese});
        } else {
            QVERIFY(FontCoverage::missingSeen().isEmpty());
        }
    }
};

QTEST_MAIN(TestFontCoverage)
#include "TestFontCoverage.moc"
