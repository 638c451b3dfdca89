// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferenceSigner.h"
#include "SimTestHelpers.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SimTest;
using OmsSync::Test::ReferenceSigner;

namespace {

// tests/data/sim/example-config.json
constexpr char acmeProject[] = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
constexpr char aliceAccessKey[] = "ACMEALICEACCESSKEY01";
constexpr char aliceSecretKey[] = "acmeAliceSecretKey+With/Punctuation=0001";
constexpr char carolAccessKey[] = "OTHERCAROLACCESSKEY1";
constexpr char carolSecretKey[] = "otherCarolSecretKey000000000000000000001";
constexpr qint64 minuteMs = 60'000;

QByteArray tasksPath(const QByteArray& project = acmeProject)
{
    return "/v2/" + project + "/sync-tasks";
}

} // namespace

class TestSimulatorAuth : public QObject
{
    Q_OBJECT

private:
    SimulatorProcess m_sim;
    quint16 port() const { return m_sim.port(); }

    Headers token(const QString& user, const QString& password, const QString& region,
                  const QString& domain = u"acme"_s)
    {
        const Response response = requestToken(port(), region, domain, user, password);
        if (response.status != 201) {
            qWarning("no token: %d %s", response.status, response.body.constData());
        }
        return {{"X-Auth-Token", response.header("x-subject-token")}};
    }
    Headers alice(const QString& region = u"cn-north-4"_s)
    {
        return token(u"alice"_s, u"alice-Passw0rd!"_s, region);
    }

    // A request signed like the official SDK signs it, at the given time.
    Response signedCall(const QByteArray& method, const QByteArray& path,
                        const QList<std::pair<QString, QString>>& query = {},
                        const QByteArray& body = {}, const QByteArray& accessKey = aliceAccessKey,
                        const QByteArray& secretKey = aliceSecretKey,
                        qint64 timeMs = QDateTime::currentMSecsSinceEpoch(),
                        const QByteArray& sentBody = QByteArray("(same)"))
    {
        ReferenceSigner signer;
        signer.method = method;
        signer.host = "127.0.0.1:" + QByteArray::number(port());
        signer.path = path;
        signer.query = query;
        signer.headers = {{"Content-Type", "application/json;charset=UTF-8"},
                          {"X-Sdk-Date", ReferenceSigner::sdkDate(timeMs)}};
        signer.body = body;
        const auto signature = signer.sign(accessKey, secretKey);
        Headers headers = signer.headers;
        headers.emplaceBack("Authorization", signature.authorization);
        // Headers the client's HTTP stack adds without signing them.
        headers.emplaceBack("User-Agent", "Mozilla/5.0");
        headers.emplaceBack("Accept-Encoding", "gzip, deflate");
        return call(port(), method, signer.target(), headers,
                    sentBody == "(same)" ? body : sentBody);
    }

    static void verifyUnauthorized(const Response& response, const QString& detail)
    {
        QCOMPARE(response.status, 401);
        const QJsonObject body = json(response);
        QCOMPARE(body.value(u"error_code"_s).toString(), u"APIGW.0301"_s);
        QCOMPARE(body.value(u"error_msg"_s).toString(),
                 u"Incorrect IAM authentication information: "_s + detail);
        QVERIFY(isRequestId(response.header("x-request-id")));
        QCOMPARE(body.value(u"request_id"_s).toString().toLatin1(),
                 response.header("x-request-id"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(
            m_sim.startWithConfig(QStringLiteral(OMS_SYNC_TEST_DATA_DIR "/sim/example-config.json"),
                                  {u"--log-requests"_s}),
            qPrintable(m_sim.errorString()));
    }
    void init() { QVERIFY(m_sim.reset()); }
    void cleanupTestCase() { QVERIFY2(m_sim.stop(), qPrintable(m_sim.errorString())); }

    void tokenOpensItsProject()
    {
        const Response response = call(port(), "GET", tasksPath(), alice());
        QCOMPARE(response.status, 200);
        QCOMPARE(json(response).value(u"count"_s).toInt(), 4);
    }

    void refusesMissingOrBadTokens_data()
    {
        QTest::addColumn<QByteArray>("token"); // empty: no header
        QTest::addColumn<QString>("detail");
        QTest::newRow("no credentials")
            << QByteArray()
            << u"Authentication required: send X-Auth-Token or an SDK-HMAC-SHA256 Authorization header"_s;
        QTest::newRow("a token it never issued")
            << QByteArray("MIIfakefakefake") << u"decrypt token fail"_s;
        QTest::newRow("longer than 16384") << QByteArray(16385, 'M') << u"The token is not valid"_s;
    }

    void refusesMissingOrBadTokens()
    {
        QFETCH(QByteArray, token);
        QFETCH(QString, detail);
        const Headers headers = token.isEmpty() ? Headers() : Headers {{"X-Auth-Token", token}};
        verifyUnauthorized(call(port(), "GET", tasksPath(), headers), detail);
    }

    void tokensExpire()
    {
        const Headers headers = alice(); // lives 3600 s in this configuration
        QCOMPARE(call(port(), "GET", tasksPath(), headers).status, 200);
        m_sim.shiftClock(3600'000 - 2000);
        QCOMPARE(call(port(), "GET", tasksPath(), headers).status, 200);
        m_sim.shiftClock(2000);
        verifyUnauthorized(call(port(), "GET", tasksPath(), headers),
                           u"The token must be updated"_s);
        // Expiry is a matter of time, not a revocation.
        QVERIFY(m_sim.setClockOffset(0));
        QCOMPARE(call(port(), "GET", tasksPath(), headers).status, 200);
    }

    void tokenLifetimeFlag()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start({u"--token-lifetime"_s, u"60"_s}), qPrintable(sim.errorString()));
        const Response issued = requestToken(sim.port(), u"cn-north-4"_s);
        const QJsonObject token = json(issued).value(u"token"_s).toObject();
        QCOMPARE(QDateTime::fromString(token.value(u"issued_at"_s).toString(), Qt::ISODateWithMs)
                     .secsTo(QDateTime::fromString(token.value(u"expires_at"_s).toString(),
                                                   Qt::ISODateWithMs)),
                 60);
        const Headers headers {{"X-Auth-Token", issued.header("x-subject-token")}};
        const QByteArray path = "/v2/" + sim.projectId(u"cn-north-4"_s).toLatin1() + "/sync-tasks";
        QCOMPARE(call(sim.port(), "GET", path, headers).status, 200);
        sim.shiftClock(61'000);
        QCOMPARE(call(sim.port(), "GET", path, headers).status, 401);
        QVERIFY(sim.stop());
    }

    void revokedTokensAreRefused()
    {
        const Headers headers = alice();
        QCOMPARE(call(port(), "GET", tasksPath(), headers).status, 200);
        QVERIFY(m_sim.revokeTokens());
        verifyUnauthorized(call(port(), "GET", tasksPath(), headers), u"decrypt token fail"_s);
    }

    void tokenOfAnotherProjectIsForbidden()
    {
        // Alice's token for ap-southeast-1 does not open her cn-north-4 project.
        const Response response = call(port(), "GET", tasksPath(), alice(u"ap-southeast-1"_s));
        QCOMPARE(response.status, 403);
        QCOMPARE(json(response).value(u"error_code"_s).toString(), u"OMS.0206"_s);
    }

    void tokenOfAnotherAccountIsForbidden()
    {
        const Headers carol = token(u"carol"_s, u"carol-Passw0rd!"_s, u"cn-north-4"_s, u"other"_s);
        const Response foreign = call(port(), "GET", tasksPath(), carol);
        QCOMPARE(foreign.status, 403);
        QCOMPARE(json(foreign).value(u"error_code"_s).toString(), u"OMS.0206"_s);
        const QByteArray own = m_sim.projectId(u"cn-north-4"_s, u"other"_s).toLatin1();
        QVERIFY(!own.isEmpty());
        QCOMPARE(call(port(), "GET", tasksPath(own), carol).status, 200);
    }

    void projectHeaderMustMatchThePath()
    {
        Headers headers = alice();
        headers.emplaceBack("X-Project-Id", acmeProject);
        QCOMPARE(call(port(), "GET", tasksPath(), headers).status, 200);
        headers.last().second = "ffffffffffffffffffffffffffffffff";
        const Response response = call(port(), "GET", tasksPath(), headers);
        QCOMPARE(response.status, 403);
        QCOMPARE(json(response).value(u"error_code"_s).toString(), u"OMS.0206"_s);
    }

    void akskSignedRequestsPass()
    {
        const Response list =
            signedCall("GET", tasksPath(), {{u"limit"_s, u"2"_s}, {u"offset"_s, u"1"_s}});
        QCOMPARE(list.status, 200);
        QCOMPARE(json(list).value(u"tasks"_s).toArray().size(), 2);
        const Response show =
            signedCall("GET", tasksPath() + "/running", {{u"query_time"_s, u"1764316800000"_s}});
        QCOMPARE(show.status, 200);
        const QByteArray start =
            "{\"src_ak\":\"a\",\"src_sk\":\"b\",\"dst_ak\":\"c\",\"dst_sk\":\"d\"}";
        QCOMPARE(signedCall("POST", tasksPath() + "/running/stop").status, 200);
        QCOMPARE(signedCall("POST", tasksPath() + "/running/start", {}, start).status, 200);
    }

    // Statistics with data_type as the SDK sends it (%2C) and as a person
    // types it (a literal comma): both sign the same.
    void akskCommaListsSignEitherWay()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QList<std::pair<QString, QString>> query {
            {u"data_type"_s, u"REQUEST,SUCCESS"_s},
            {u"start_time"_s, QString::number(now - 3600'000)},
            {u"end_time"_s, QString::number(now)}};
        QCOMPARE(signedCall("GET", tasksPath() + "/running/statistics", query).status, 200);

        ReferenceSigner signer;
        signer.method = "GET";
        signer.host = "127.0.0.1:" + QByteArray::number(port());
        signer.path = tasksPath() + "/running/statistics";
        signer.query = query;
        signer.headers = {{"X-Sdk-Date", ReferenceSigner::sdkDate(now)}};
        const auto signature = signer.sign(aliceAccessKey, aliceSecretKey);
        QByteArray target = signer.target();
        QVERIFY(target.contains("%2C"));
        target.replace("%2C", ",");
        const Response literal =
            call(port(), "GET", target,
                 {{"X-Sdk-Date", signature.sdkDate}, {"Authorization", signature.authorization}});
        QCOMPARE(literal.status, 200);
    }

    void akskRefusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("detail");
        QTest::newRow("body changed after signing") << u"body"_s << u"verify aksk signature fail"_s;
        QTest::newRow("wrong secret key") << u"secret"_s << u"verify aksk signature fail"_s;
        QTest::newRow("unknown access key")
            << u"access key"_s << u"the access key does not exist"_s;
        QTest::newRow("signed 16 minutes ago")
            << u"old"_s
            << u"the request time (X-Sdk-Date) differs from the server time by more than 15 minutes"_s;
        QTest::newRow("signed 16 minutes ahead")
            << u"ahead"_s
            << u"the request time (X-Sdk-Date) differs from the server time by more than 15 minutes"_s;
    }

    void akskRefusals()
    {
        QFETCH(QString, change);
        QFETCH(QString, detail);
        const QByteArray body =
            "{\"src_ak\":\"a\",\"src_sk\":\"b\",\"dst_ak\":\"c\",\"dst_sk\":\"d\"}";
        const QByteArray path = tasksPath() + "/expects-keys/start";
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Response response;
        if (change == u"body"_s) {
            QByteArray other = body;
            other.replace("\"a\"", "\"A\"");
            response =
                signedCall("POST", path, {}, body, aliceAccessKey, aliceSecretKey, now, other);
        } else if (change == u"secret"_s) {
            response = signedCall("POST", path, {}, body, aliceAccessKey, carolSecretKey);
        } else if (change == u"access key"_s) {
            response = signedCall("POST", path, {}, body, "ACMEALICEACCESSKEY02", aliceSecretKey);
        } else if (change == u"old"_s) {
            response = signedCall("POST", path, {}, body, aliceAccessKey, aliceSecretKey,
                                  now - 16 * minuteMs);
        } else {
            response = signedCall("POST", path, {}, body, aliceAccessKey, aliceSecretKey,
                                  now + 16 * minuteMs);
        }
        verifyUnauthorized(response, detail);
    }

    void akskClockSkewFollowsTheSimulatorsClock()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(signedCall("GET", tasksPath(), {}, {}, aliceAccessKey, aliceSecretKey,
                            now - 14 * minuteMs)
                     .status,
                 200);
        m_sim.shiftClock(16 * minuteMs);
        QCOMPARE(signedCall("GET", tasksPath()).status, 401);
        QCOMPARE(signedCall("GET", tasksPath(), {}, {}, aliceAccessKey, aliceSecretKey,
                            now + 16 * minuteMs)
                     .status,
                 200);
    }

    void akskOfAnotherAccountIsForbidden()
    {
        const Response response =
            signedCall("GET", tasksPath(), {}, {}, carolAccessKey, carolSecretKey);
        QCOMPARE(response.status, 403);
        QCOMPARE(json(response).value(u"error_code"_s).toString(), u"OMS.0206"_s);
    }

    // Ids with characters that must not change the path: signed over the
    // raw path, they authenticate, decode to an id and are simply unknown.
    void akskOddTaskIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("slash") << u"a/b"_s;
        QTest::newRow("question mark") << u"what?"_s;
        QTest::newRow("hash") << u"tag#one"_s;
        QTest::newRow("percent") << u"100%done"_s;
        QTest::newRow("dot dot") << u".."_s;
        QTest::newRow("space") << u"my task"_s;
        QTest::newRow("Chinese") << u"同步任务"_s;
        QTest::newRow("escape-looking") << u"%2F"_s;
    }

    void akskOddTaskIds()
    {
        QFETCH(QString, id);
        QByteArray segment = id.toUtf8().toPercentEncoding();
        if (segment == "..") {
            // "." is unreserved, but a whole ".." segment would be resolved
            // by any gateway: a client must encode it.
            segment = "%2E%2E";
        }
        const QByteArray path = tasksPath() + '/' + segment;
        const Response response = signedCall("GET", path, {{u"query_time"_s, u"1"_s}});
        QCOMPARE(response.status, 404);
        QCOMPARE(json(response).value(u"error_code"_s).toString(), u"OMS.1009"_s);
    }

    void tokenWinsOverASignature()
    {
        Headers headers = alice();
        headers.emplaceBack("Authorization",
                            "SDK-HMAC-SHA256 Access=nobody, SignedHeaders=host, Signature=00");
        QCOMPARE(call(port(), "GET", tasksPath(), headers).status, 200);
    }

    void requestLogRecordsWhoCalled()
    {
        QVERIFY(m_sim.clearLog());
        call(port(), "GET", tasksPath() + "?limit=1", alice());
        signedCall("GET", tasksPath());
        call(port(), "GET", tasksPath());
        const QJsonArray log = m_sim.requestLog();
        // The token request is logged too.
        QCOMPARE(log.size(), 4);
        QCOMPARE(log.at(0)[u"route"_s].toString(), u"iam.tokens.create"_s);
        QCOMPARE(log.at(0)[u"auth"_s].toString(), u"none"_s);
        QVERIFY(log.at(0)[u"body"_s].toString().contains(u"alice-Passw0rd!"_s));
        QCOMPARE(log.at(1)[u"auth"_s].toString(), u"token"_s);
        QCOMPARE(log.at(1)[u"query"_s].toString(), u"limit=1"_s);
        QCOMPARE(log.at(1)[u"status"_s].toInt(), 200);
        QCOMPARE(log.at(2)[u"auth"_s].toString(), u"aksk"_s);
        QCOMPARE(log.at(2)[u"status"_s].toInt(), 200);
        QCOMPARE(log.at(3)[u"auth"_s].toString(), u"none"_s);
        QCOMPARE(log.at(3)[u"status"_s].toInt(), 401);
        QCOMPARE(log.at(3)[u"method"_s].toString(), u"GET"_s);
        QCOMPARE(log.at(3)[u"path"_s].toString(), QString::fromLatin1(tasksPath()));
        bool sawHost = false;
        for (const QJsonValue& header : log.at(3)[u"headers"_s].toArray()) {
            sawHost = sawHost || header[0].toString() == u"Host"_s;
        }
        QVERIFY(sawHost);
        QVERIFY(log.at(3)[u"connection"_s].toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TestSimulatorAuth)
#include "TestSimulatorAuth.moc"
