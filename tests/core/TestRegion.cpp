// SPDX-License-Identifier: GPL-3.0-or-later
#include "Region.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using OmsSync::Region;

class TestRegion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knowsEveryRegionOfTheSdks()
    {
        QCOMPARE(Region::all().size(), 21);
        QSet<QString> ids;
        for (const Region& region : Region::all()) {
            QVERIFY2(Region::isWellFormedId(region.id), qPrintable(region.id));
            QVERIFY2(!region.englishName.isEmpty(), qPrintable(region.id));
            QVERIFY2(!region.chineseName.isEmpty(), qPrintable(region.id));
            ids.insert(region.id);
        }
        QCOMPARE(ids.size(), Region::all().size());
    }

    void describesRegions_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("startOffered");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");

        QTest::newRow("beijing4") << u"cn-north-4"_s << true << u"CN North-Beijing4"_s
                                  << u"华北-北京四"_s;
        QTest::newRow("shanghai1")
            << u"cn-east-3"_s << true << u"CN East-Shanghai1"_s << u"华东-上海一"_s;
        QTest::newRow("guiyang1") << u"cn-southwest-2"_s << true << u"CN Southwest-Guiyang1"_s
                                  << u"西南-贵阳一"_s;
        QTest::newRow("shanghai2")
            << u"cn-east-2"_s << false << u"CN East-Shanghai2"_s << u"华东-上海二"_s;
        QTest::newRow("singapore")
            << u"ap-southeast-3"_s << false << u"AP-Singapore"_s << u"亚太-新加坡"_s;
    }

    void describesRegions()
    {
        QFETCH(QString, id);
        QFETCH(bool, startOffered);
        QFETCH(QString, english);
        QFETCH(QString, chinese);

        const auto region = Region::find(id);
        QVERIFY(region.has_value());
        QCOMPARE(region->offersSyncTaskStart, startOffered);
        QCOMPARE(region->displayName(QLocale(QLocale::English)), english);
        QCOMPARE(region->displayName(QLocale(QLocale::Chinese, QLocale::China)), chinese);
        QCOMPARE(region->omsEndpoint(), QUrl(u"https://oms."_s + id + u".myhuaweicloud.com"_s));
        QCOMPARE(region->iamEndpoint(), QUrl(u"https://iam."_s + id + u".myhuaweicloud.com"_s));
    }

    void unknownRegionIsNotFound()
    {
        QVERIFY(!Region::find(u"mars-north-1").has_value());
        QVERIFY(!Region::find(u"").has_value());
        QVERIFY(!Region::find(u"CN-NORTH-4").has_value());
    }

    void checksIdShape_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("wellFormed");

        QTest::newRow("plain") << u"cn-north-4"_s << true;
        QTest::newRow("private deployment") << u"my-region-7"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("upper case") << u"CN-north-4"_s << false;
        QTest::newRow("dot would change the host") << u"evil.example"_s << false;
        QTest::newRow("slash") << u"cn/north"_s << false;
        QTest::newRow("at sign") << u"user@host"_s << false;
        QTest::newRow("leading dash") << u"-cn"_s << false;
        QTest::newRow("double dash") << u"cn--4"_s << false;
        QTest::newRow("non ascii") << u"华北"_s << false;
        QTest::newRow("too long") << QString(65, u'a') << false;
    }

    void checksIdShape()
    {
        QFETCH(QString, id);
        QFETCH(bool, wellFormed);
        QCOMPARE(Region::isWellFormedId(id), wellFormed);
    }
};

QTEST_GUILESS_MAIN(TestRegion)
#include "TestRegion.moc"
