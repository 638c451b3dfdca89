// SPDX-License-Identifier: GPL-3.0-or-later
#include "IamToken.h"

#include <QTest>

using namespace Qt::StringLiterals;
using OmsSync::IamToken;

class TestIamToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsSignInReplies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("projectId");

        const QByteArray good = "{\"token\":{\"expires_at\":\"2026-11-29T07:00:00.000000Z\","
                                "\"project\":{\"id\":\"p123\",\"name\":\"cn-north-4\"}}}";
        QTest::newRow("created") << 201 << QByteArray("MIIT-token") << good << true << u"p123"_s;
        QTest::newRow("header trimmed") << 201 << QByteArray(" tok ") << good << true << u"p123"_s;
        QTest::newRow("no project")
            << 201 << QByteArray("t")
            << QByteArray("{\"token\":{\"expires_at\":\"2026-11-29T07:00:00Z\"}}") << true
            << QString();
        QTest::newRow("200 is not the documented answer")
            << 200 << QByteArray("t") << good << false << QString();
        QTest::newRow("no token header") << 201 << QByteArray() << good << false << QString();
        QTest::newRow("token with a line break")
            << 201 << QByteArray("a\r\nX-Evil: 1") << good << false << QString();
        QTest::newRow("no expiry")
            << 201 << QByteArray("t") << QByteArray("{\"token\":{}}") << false << QString();
        QTest::newRow("expiry garbage")
            << 201 << QByteArray("t") << QByteArray("{\"token\":{\"expires_at\":\"tomorrow\"}}")
            << false << QString();
        QTest::newRow("not json") << 201 << QByteArray("t") << QByteArray("<html>") << false
                                  << QString();
    }

    void readsSignInReplies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(QString, projectId);

        QString error;
        const auto token = IamToken::fromReply(status, header, body, &error);
        QCOMPARE(token.has_value(), ok);
        QCOMPARE(error.isEmpty(), ok);
        if (ok) {
            QCOMPARE(token->token, header.trimmed());
            QCOMPARE(token->projectId, projectId);
            QCOMPARE(token->expiresAt.timeSpec(), Qt::UTC);
            QCOMPARE(token->expiresAt.date(), QDate(2026, 11, 29));
        }
    }
};

QTEST_GUILESS_MAIN(TestIamToken)
#include "TestIamToken.moc"
