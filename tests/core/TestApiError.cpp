// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiError.h"

#include <QTest>

using namespace Qt::StringLiterals;
using OmsSync::ApiError;

Q_DECLARE_METATYPE(OmsSync::ApiError::Kind)

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interpretsReplies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("requestIdHeader");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("requestId");

        QTest::newRow("oms not found")
            << 404 << QByteArray(R"({"error_code":"OMS.1009","error_msg":"No resources found"})")
            << QByteArray("req-1") << ApiError::Kind::Service << u"OMS.1009"_s
            << u"No resources found"_s << u"req-1"_s;
        QTest::newRow("oms invalid parameters")
            << 400
            << QByteArray(R"({"error_code":"OMS.0064","error_msg":"Invalid request parameters"})")
            << QByteArray() << ApiError::Kind::Service << u"OMS.0064"_s
            << u"Invalid request parameters"_s << QString();
        QTest::newRow("gateway 401 with body request id")
            << 401
            << QByteArray(
                   R"({"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information: The token must be updated","request_id":"body-id"})")
            << QByteArray() << ApiError::Kind::Authentication << u"APIGW.0301"_s
            << u"Incorrect IAM authentication information: The token must be updated"_s
            << u"body-id"_s;
        QTest::newRow("header request id wins")
            << 401 << QByteArray(R"({"error_code":"APIGW.0301","error_msg":"x","request_id":"b"})")
            << QByteArray(" header-id ") << ApiError::Kind::Authentication << u"APIGW.0301"_s
            << u"x"_s << u"header-id"_s;
        QTest::newRow("iam nested error")
            << 401
            << QByteArray(
                   R"({"error":{"code":401,"message":"The username or password is wrong.","title":"Unauthorized"}})")
            << QByteArray("iam-1") << ApiError::Kind::Authentication << u"Unauthorized"_s
            << u"The username or password is wrong."_s << u"iam-1"_s;
        QTest::newRow("iam nested error without title")
            << 400 << QByteArray(R"({"error":{"code":400,"message":"Bad"}})") << QByteArray()
            << ApiError::Kind::Service << u"400"_s << u"Bad"_s << QString();
        QTest::newRow("unknown code shown verbatim")
            << 503 << QByteArray(R"({"error_code":"OMS.9999","error_msg":"Brand new"})")
            << QByteArray() << ApiError::Kind::Service << u"OMS.9999"_s << u"Brand new"_s
            << QString();
        QTest::newRow("plain text body")
            << 502 << QByteArray("  Bad\r\n  Gateway\x01 ") << QByteArray()
            << ApiError::Kind::Service << QString() << u"Bad Gateway"_s << QString();
        QTest::newRow("json without known fields")
            << 500 << QByteArray(R"({"oops":true})") << QByteArray() << ApiError::Kind::Service
            << QString() << uR"({"oops":true})"_s << QString();
        QTest::newRow("empty 418 explains the blacklist")
            << 418 << QByteArray() << QByteArray() << ApiError::Kind::Service << QString()
            << u"The service refused this computer's IP address (blacklisted)."_s << QString();
        QTest::newRow("empty body names the status")
            << 500 << QByteArray() << QByteArray() << ApiError::Kind::Service << QString()
            << u"The service answered with HTTP status 500."_s << QString();
    }

    void interpretsReplies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, requestIdHeader);
        QFETCH(ApiError::Kind, kind);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(QString, requestId);

        const ApiError error = ApiError::fromHttpReply(status, body, requestIdHeader);
        QVERIFY(error.isError());
        QCOMPARE(error.kind(), kind);
        QCOMPARE(error.httpStatus(), status);
        QCOMPARE(error.errorCode(), code);
        QCOMPARE(error.message(), message);
        QCOMPARE(error.requestId(), requestId);
    }

    void shortensLongPlainBodies()
    {
        const QByteArray body(5000, 'x');
        const ApiError error = ApiError::fromHttpReply(502, body, {});
        QCOMPARE(error.message().size(), ApiError::maxPlainMessageLength);
        QVERIFY(error.message().endsWith(QChar(0x2026)));
    }

    void summaryCarriesCodeMessageAndRequestId()
    {
        const ApiError error = ApiError::fromHttpReply(
            404, R"({"error_code":"OMS.1009","error_msg":"No resources found"})", "abc");
        QCOMPARE(error.summary(), u"OMS.1009: No resources found (HTTP 404, request id abc)"_s);
    }

    void validationNamesTheField()
    {
        const ApiError error = ApiError::validation(u"src_ak"_s, u"must not be empty"_s);
        QCOMPARE(error.kind(), ApiError::Kind::Validation);
        QCOMPARE(error.field(), u"src_ak"_s);
        QCOMPARE(error.summary(), u"src_ak: must not be empty"_s);
        QCOMPARE(error.toJson().value(u"field"_s).toString(), u"src_ak"_s);
    }

    void jsonUsesTheCliFieldNames()
    {
        const ApiError error =
            ApiError::fromHttpReply(403, R"({"error_code":"OMS.0206","error_msg":"No"})", "r");
        const QJsonObject json = error.toJson();
        QCOMPARE(json.value(u"http_status"_s).toInt(), 403);
        QCOMPARE(json.value(u"error_code"_s).toString(), u"OMS.0206"_s);
        QCOMPARE(json.value(u"error_msg"_s).toString(), u"No"_s);
        QCOMPARE(json.value(u"request_id"_s).toString(), u"r"_s);
    }

    void defaultIsNoError()
    {
        const ApiError error;
        QVERIFY(!error.isError());
        QVERIFY(error.summary().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "TestApiError.moc"
