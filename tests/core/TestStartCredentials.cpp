// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartCredentials.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using OmsSync::StartCredentials;

class TestStartCredentials : public QObject
{
    Q_OBJECT

private:
    static StartCredentials valid()
    {
        return {u"SRCAK"_s, u"srcSecret"_s, u"DSTAK"_s, u"dstSecret"_s, {}};
    }

private Q_SLOTS:
    void validatesEveryLimit_data()
    {
        QTest::addColumn<int>("field"); // 0..3 the keys, 4 the CDN key
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("errorField"); // empty: valid

        const QString names[] = {u"src_ak"_s, u"src_sk"_s, u"dst_ak"_s, u"dst_sk"_s};
        for (int field = 0; field < 4; ++field) {
            const QByteArray name = names[field].toLatin1();
            QTest::addRow("%s  empty", name.constData()) << field << QString() << names[field];
            QTest::addRow("%s  1", name.constData()) << field << u"a"_s << QString();
            QTest::addRow("%s  100", name.constData()) << field << QString(100, u'a') << QString();
            QTest::addRow("%s  101", name.constData())
                << field << QString(101, u'a') << names[field];
            QTest::addRow("%s  newline", name.constData()) << field << u"ab\ncd"_s << names[field];
            QTest::addRow("%s  carriage return", name.constData())
                << field << u"ab\rcd"_s << names[field];
            QTest::addRow("%s  nul", name.constData())
                << field << u"ab"_s + QChar(0) + u"cd"_s << names[field];
            QTest::addRow("%s  padded", name.constData()) << field << u" ab"_s << names[field];
            QTest::addRow("%s  non-ascii", name.constData()) << field << u"密钥ä"_s << QString();
        }
        const QString cdn = u"source_cdn_authentication_key"_s;
        QTest::newRow("cdn empty") << 4 << QString() << QString();
        QTest::newRow("cdn 255") << 4 << QString(255, u'k') << QString();
        QTest::newRow("cdn 256") << 4 << QString(256, u'k') << cdn;
        QTest::newRow("cdn tab") << 4 << u"a\tb"_s << cdn;
    }

    void validatesEveryLimit()
    {
        QFETCH(int, field);
        QFETCH(QString, value);
        QFETCH(QString, errorField);

        StartCredentials credentials = valid();
        QString* fields[] = {&credentials.sourceAk, &credentials.sourceSk,
                             &credentials.destinationAk, &credentials.destinationSk,
                             &credentials.cdnKey};
        *fields[field] = value;
        const OmsSync::ApiError error = credentials.validate();
        QCOMPARE(error.field(), errorField);
        QCOMPARE(error.isError(), !errorField.isEmpty());
        if (error.isError()) {
            QVERIFY2(error.message().contains(errorField), qPrintable(error.message()));
            // The message never repeats the value it refuses: it may be a secret.
            if (value.size() > 3) {
                QVERIFY(!error.summary().contains(value));
            }
        }
    }

    void bodyHasExactlyTheDocumentedFields()
    {
        StartCredentials credentials = valid();
        QJsonObject body = QJsonDocument::fromJson(credentials.toJsonBody()).object();
        QCOMPARE(body.keys(), (QStringList {u"dst_ak"_s, u"dst_sk"_s, u"src_ak"_s, u"src_sk"_s}));
        QCOMPARE(body.value(u"src_sk"_s).toString(), u"srcSecret"_s);

        credentials.cdnKey = u"cdn"_s;
        body = QJsonDocument::fromJson(credentials.toJsonBody()).object();
        QCOMPARE(body.value(u"source_cdn_authentication_key"_s).toString(), u"cdn"_s);
        QCOMPARE(body.size(), 5);
    }

    void storageRoundTrips()
    {
        StartCredentials credentials = valid();
        credentials.cdnKey = u"同步"_s;
        QCOMPARE(StartCredentials::fromStorage(credentials.toStorage()), credentials);
    }

    void wipeEmptiesEveryField()
    {
        StartCredentials credentials = valid();
        credentials.cdnKey = u"x"_s;
        credentials.wipe();
        QCOMPARE(credentials, StartCredentials {});
    }

    void wipeLeavesOtherCopiesAlone()
    {
        QString shared = u"shared"_s;
        const QString other = shared;
        OmsSync::wipeString(shared);
        QVERIFY(shared.isEmpty());
        QCOMPARE(other, u"shared"_s);
    }
};

QTEST_GUILESS_MAIN(TestStartCredentials)
#include "TestStartCredentials.moc"
