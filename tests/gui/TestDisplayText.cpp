// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayText.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using namespace OmsSync::Gui;

class TestDisplayText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void relativeTime_data()
    {
        QTest::addColumn<qint64>("secondsAgo");
        QTest::addColumn<QString>("expected");
        QTest::newRow("now") << qint64(0) << u"Just now"_s;
        QTest::newRow("59 s") << qint64(59) << u"Just now"_s;
        QTest::newRow("1 min") << qint64(60) << u"1 min ago"_s;
        QTest::newRow("59 min") << qint64(59 * 60 + 59) << u"59 min ago"_s;
        QTest::newRow("1 h") << qint64(3600) << u"1 h ago"_s;
        QTest::newRow("23 h") << qint64(23 * 3600) << u"23 h ago"_s;
        QTest::newRow("1 d") << qint64(24 * 3600) << u"1 d ago"_s;
        QTest::newRow("29 d") << qint64(29 * 86400) << u"29 d ago"_s;
        // Slightly ahead clocks are "now", not the future.
        QTest::newRow("30 s ahead") << qint64(-30) << u"Just now"_s;
    }

    void relativeTime()
    {
        QFETCH(qint64, secondsAgo);
        QFETCH(QString, expected);
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
        QCOMPARE(DisplayText::relativeTime(now.addSecs(-secondsAgo), now), expected);
    }

    void oldAndFutureTimesAreDates()
    {
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
        const QString old = DisplayText::relativeTime(now.addDays(-45), now);
        QVERIFY2(old.contains(u"2023"_s), qPrintable(old));
        const QString ahead = DisplayText::relativeTime(now.addSecs(3600), now);
        QVERIFY2(ahead.contains(u"2023"_s), qPrintable(ahead));
        QCOMPARE(DisplayText::relativeTime({}, now), u"Never"_s);
        QCOMPARE(DisplayText::exactTime({}), u"Never"_s);
    }

    void namesCloudsRegionsAndOptions()
    {
        QCOMPARE(DisplayText::cloud(u"Aliyun"_s), u"Alibaba Cloud"_s);
        QCOMPARE(DisplayText::cloud(u"HuaweiCloud"_s), u"Huawei Cloud"_s);
        QCOMPARE(DisplayText::cloud(u"NewCloud"_s), u"NewCloud"_s); // verbatim
        QCOMPARE(DisplayText::region(u"cn-east-3"_s), u"CN East-Shanghai1"_s);
        QCOMPARE(DisplayText::region(u"xx-moon-1"_s), u"xx-moon-1"_s);
        QCOMPARE(DisplayText::storagePolicy(u"IA"_s), u"Infrequent Access"_s);
        QCOMPARE(DisplayText::overwriteMode(u"NO_OVERWRITE"_s), u"Never overwrite"_s);
        QCOMPARE(DisplayText::overwriteMode(u"SOMETHING_NEW"_s), u"SOMETHING_NEW"_s);
        QCOMPARE(DisplayText::yesNo(std::nullopt), u"Not reported"_s);
        QCOMPARE(DisplayText::yesNo(true), u"Yes"_s);
    }

    void namesRegionsInTheUiLanguage()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(DisplayText::region(u"cn-north-4"_s), u"华北-北京四"_s);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(DisplayText::region(u"cn-north-4"_s), u"CN North-Beijing4"_s);
    }

    void saysWhoSignsIn()
    {
        Profile profile;
        profile.accountName = u"acme"_s;
        profile.userName = u"alice"_s;
        QCOMPARE(DisplayText::identity(profile), u"acme / alice"_s);
        profile.userName = u"acme"_s;
        QCOMPARE(DisplayText::identity(profile), u"acme"_s);
        profile.authMethod = AuthMethod::AkSk;
        profile.accessKeyId = u"AKID"_s;
        QCOMPARE(DisplayText::identity(profile), u"AK AKID"_s);
    }

    void locatesObjectLists()
    {
        SyncTask task;
        task.id = u"abc"_s;
        QCOMPARE(DisplayText::bucketLocation(u"dst"_s, task.failedObjectListPrefix()),
                 u"obs://dst/oms/sync_task/abc/failed_object_lists/"_s);
    }

    void plainLabel_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mnemonic") << u"Access key (&AK):"_s << u"Access key (AK)"_s;
        QTest::newRow("mnemonic inside") << u"Secret k&ey (SK):"_s << u"Secret key (SK)"_s;
        QTest::newRow("literal ampersand") << u"R&&D &bucket:"_s << u"R&D bucket"_s;
        QTest::newRow("ampersands around a mnemonic") << u"A&&(&B) && &(&C)"_s << u"A& &"_s;
        QTest::newRow("not a mnemonic") << u"(&&) (&) (&X"_s << u"(&) () (X"_s;
        QTest::newRow("no colon") << u"Failed objects"_s << u"Failed objects"_s;
        // Translations put the mnemonic in parentheses and end on a
        // full-width colon.
        QTest::newRow("zh_CN") << u"访问密钥（AK）(&A)："_s << u"访问密钥（AK）"_s;
        QTest::newRow("zh_CN without mnemonic") << u"失败对象列表："_s << u"失败对象列表"_s;
    }

    void plainLabel()
    {
        QFETCH(QString, label);
        QFETCH(QString, expected);
        QCOMPARE(DisplayText::plainLabel(label), expected);
    }
};

QTEST_MAIN(TestDisplayText)
#include "TestDisplayText.moc"
