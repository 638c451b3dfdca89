// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferenceSigner.h"
#include "SimTestHelpers.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SimTest;

class TestSimulatorIam : public QObject
{
    Q_OBJECT

private:
    SimulatorProcess m_sim;
    quint16 port() const { return m_sim.port(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString())); }
    void init() { QVERIFY(m_sim.reset()); }
    void cleanupTestCase() { QVERIFY2(m_sim.stop(), qPrintable(m_sim.errorString())); }

    void issuesAProjectToken()
    {
        const Response response = call(port(), "POST", "/v3/auth/tokens",
                                       {{"Content-Type", "application/json;charset=UTF-8"}},
                                       tokenRequestBody(u"demo"_s, u"demo"_s, u"demo-password"_s,
                                                        {{u"name"_s, u"cn-north-4"_s}}));
        QCOMPARE(response.status, 201);
        // Real tokens are several KiB: a client must not assume a short one.
        QVERIFY(response.header("x-subject-token").size() > 1000);
        QVERIFY(isRequestId(response.header("x-request-id")));
        QVERIFY(response.header("content-type").startsWith("application/json"));

        const QJsonObject token = json(response).value(u"token"_s).toObject();
        const QRegularExpression iamTime(
            u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z$"_s);
        QVERIFY(iamTime.match(token.value(u"expires_at"_s).toString()).hasMatch());
        QVERIFY(iamTime.match(token.value(u"issued_at"_s).toString()).hasMatch());
        const QDateTime issued =
            QDateTime::fromString(token.value(u"issued_at"_s).toString(), Qt::ISODateWithMs);
        const QDateTime expires =
            QDateTime::fromString(token.value(u"expires_at"_s).toString(), Qt::ISODateWithMs);
        QCOMPARE(issued.secsTo(expires), 24 * 60 * 60);
        QVERIFY(qAbs(issued.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch()) < 60'000);
        QCOMPARE(token.value(u"methods"_s).toArray(), QJsonArray {u"password"_s});
        const QJsonObject project = token.value(u"project"_s).toObject();
        QCOMPARE(project.value(u"id"_s).toString(), m_sim.projectId(u"cn-north-4"_s));
        QCOMPARE(project.value(u"name"_s).toString(), u"cn-north-4"_s);
        QCOMPARE(project.value(u"domain"_s).toObject().value(u"name"_s).toString(), u"demo"_s);
        QCOMPARE(token.value(u"user"_s).toObject().value(u"name"_s).toString(), u"demo"_s);
        QVERIFY(token.value(u"catalog"_s).isArray());
    }

    void nocatalogLeavesTheCatalogOut()
    {
        const Response response = requestToken(port(), u"cn-east-3"_s);
        QCOMPARE(response.status, 201);
        const QJsonObject token = json(response).value(u"token"_s).toObject();
        QVERIFY(!token.contains(u"catalog"_s));
        QCOMPARE(token.value(u"project"_s).toObject().value(u"id"_s).toString(),
                 m_sim.projectId(u"cn-east-3"_s));
    }

    void scopesByProjectId()
    {
        const QString id = m_sim.projectId(u"cn-east-3"_s);
        QVERIFY(!id.isEmpty());
        const Response response =
            call(port(), "POST", "/v3/auth/tokens", {{"Content-Type", "application/json"}},
                 tokenRequestBody(u"demo"_s, u"demo"_s, u"demo-password"_s, {{u"id"_s, id}}));
        QCOMPARE(response.status, 201);
        QCOMPARE(json(response)[u"token"_s][u"project"_s][u"name"_s].toString(), u"cn-east-3"_s);
    }

    void eachTokenIsNew()
    {
        const QByteArray first = requestToken(port(), u"cn-north-4"_s).header("x-subject-token");
        const QByteArray second = requestToken(port(), u"cn-north-4"_s).header("x-subject-token");
        QVERIFY(!first.isEmpty());
        QVERIFY(first != second);
        QCOMPARE(m_sim.state().value(u"tokens"_s).toInt(), 2);
        QCOMPARE(m_sim.counters().value(u"iam_token_requests"_s).toInt(), 2);
    }

    void refusesBadSignIns_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        const QJsonObject north {{u"name"_s, u"cn-north-4"_s}};
        QTest::newRow("wrong password")
            << QByteArray("application/json")
            << tokenRequestBody(u"demo"_s, u"demo"_s, u"demo-passwordX"_s, north) << 401
            << u"The username or password is wrong."_s;
        QTest::newRow("unknown user")
            << QByteArray("application/json")
            << tokenRequestBody(u"demo"_s, u"nobody"_s, u"demo-password"_s, north) << 401
            << u"The username or password is wrong."_s;
        QTest::newRow("unknown account")
            << QByteArray("application/json")
            << tokenRequestBody(u"nodomain"_s, u"demo"_s, u"demo-password"_s, north) << 401
            << u"The username or password is wrong."_s;
        QTest::newRow("password in another case")
            << QByteArray("application/json")
            << tokenRequestBody(u"demo"_s, u"demo"_s, u"DEMO-PASSWORD"_s, north) << 401
            << u"The username or password is wrong."_s;
        QTest::newRow("unknown region")
            << QByteArray("application/json")
            << tokenRequestBody(u"demo"_s, u"demo"_s, u"demo-password"_s,
                                {{u"name"_s, u"cn-nowhere-1"_s}})
            << 400 << u"The project does not exist in this account: cn-nowhere-1."_s;
        QTest::newRow("project id of no project")
            << QByteArray("application/json")
            << tokenRequestBody(u"demo"_s, u"demo"_s, u"demo-password"_s, {{u"id"_s, u"0000"_s}})
            << 400 << u"The project does not exist in this account: 0000."_s;
        QTest::newRow("empty project scope")
            << QByteArray("application/json")
            << tokenRequestBody(u"demo"_s, u"demo"_s, u"demo-password"_s, {}) << 400
            << u"Invalid request body: auth.scope.project needs a name or an id."_s;
        QTest::newRow("not JSON") << QByteArray("application/json") << QByteArray("{auth:") << 400
                                  << u"The request body is not a JSON object."_s;
        QTest::newRow("a JSON array") << QByteArray("application/json") << QByteArray("[]") << 400
                                      << u"The request body is not a JSON object."_s;
        QTest::newRow("no JSON content type")
            << QByteArray("text/plain")
            << tokenRequestBody(u"demo"_s, u"demo"_s, u"demo-password"_s, north) << 400
            << u"The request body must be JSON (Content-Type: application/json)."_s;
        QByteArray tokenMethod = tokenRequestBody(u"demo"_s, u"demo"_s, u"demo-password"_s, north);
        tokenMethod.replace("[\"password\"]", "[\"token\"]");
        QTest::newRow("token method")
            << QByteArray("application/json") << tokenMethod << 400
            << u"Invalid request body: auth.identity.methods must be [\"password\"]."_s;
        QByteArray noScope = tokenRequestBody(u"demo"_s, u"demo"_s, u"demo-password"_s, north);
        noScope.replace(",\"scope\":{\"project\":{\"name\":\"cn-north-4\"}}", "");
        QTest::newRow("no scope")
            << QByteArray("application/json") << noScope << 400
            << u"Invalid request body: oms-sim only issues tokens scoped to a project (auth.scope.project with a name or an id)."_s;
        QByteArray noDomain = tokenRequestBody(u"demo"_s, u"demo"_s, u"demo-password"_s, north);
        noDomain.replace("\"domain\":{\"name\":\"demo\"},", "");
        QTest::newRow("no domain")
            << QByteArray("application/json") << noDomain << 400
            << u"Invalid request body: auth.identity.password.user.domain must be an object."_s;
    }

    void refusesBadSignIns()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, message);
        const Response response =
            call(port(), "POST", "/v3/auth/tokens", {{"Content-Type", contentType}}, body);
        QCOMPARE(response.status, status);
        QVERIFY(response.header("x-subject-token").isEmpty());
        QVERIFY(isRequestId(response.header("x-request-id")));
        // IAM's own error shape, not the gateway's.
        const QJsonObject error = json(response).value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toInt(), status);
        QCOMPARE(error.value(u"message"_s).toString(), message);
        QCOMPARE(error.value(u"title"_s).toString(),
                 status == 401 ? u"Unauthorized"_s : u"Bad Request"_s);
        QCOMPARE(m_sim.state().value(u"tokens"_s).toInt(), 0);
    }

    void onlyPostIssuesTokens()
    {
        const Response response = call(port(), "GET", "/v3/auth/tokens");
        QCOMPARE(response.status, 404);
        QCOMPARE(json(response).value(u"error_code"_s).toString(), u"APIGW.0101"_s);
    }

    void discoversProjectsByRegion_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("cn-north-4")
            << QByteArray("/v3/projects?name=cn-north-4") << QStringList {u"cn-north-4"_s};
        QTest::newRow("cn-east-3")
            << QByteArray("/v3/projects?name=cn-east-3") << QStringList {u"cn-east-3"_s};
        QTest::newRow("unknown region")
            << QByteArray("/v3/projects?name=ap-southeast-1") << QStringList();
        QTest::newRow("all") << QByteArray("/v3/projects")
                             << QStringList {u"cn-north-4"_s, u"cn-east-3"_s};
    }

    void discoversProjectsByRegion()
    {
        QFETCH(QByteArray, target);
        QFETCH(QStringList, names);
        // A token scoped to either project may list every project of the account.
        const Response response = call(port(), "GET", target, tokenHeaders(port(), u"cn-east-3"_s));
        QCOMPARE(response.status, 200);
        const QJsonObject body = json(response);
        QVERIFY(body.value(u"links"_s).toObject().contains(u"self"_s));
        QStringList found;
        for (const QJsonValue& value : body.value(u"projects"_s).toArray()) {
            const QJsonObject project = value.toObject();
            found.append(project.value(u"name"_s).toString());
            QCOMPARE(project.value(u"id"_s).toString(), m_sim.projectId(found.last()));
            QVERIFY(!project.value(u"domain_id"_s).toString().isEmpty());
            QCOMPARE(project.value(u"enabled"_s).toBool(), true);
        }
        found.sort();
        names.sort();
        QCOMPARE(found, names);
    }

    void discoversProjectsWithAkSk()
    {
        OmsSync::Test::ReferenceSigner signer;
        signer.method = "GET";
        signer.host = "127.0.0.1:" + QByteArray::number(port());
        signer.path = "/v3/projects";
        signer.query = {{u"name"_s, u"cn-east-3"_s}};
        const auto signature =
            signer.sign(SimulatorProcess::demoAccessKey, SimulatorProcess::demoSecretKey);
        const Response response =
            call(port(), "GET", signer.target(),
                 {{"X-Sdk-Date", signature.sdkDate}, {"Authorization", signature.authorization}});
        QCOMPARE(response.status, 200);
        QCOMPARE(json(response)[u"projects"_s][0][u"id"_s].toString(),
                 m_sim.projectId(u"cn-east-3"_s));
    }

    void projectDiscoveryNeedsAuthentication()
    {
        const Response response = call(port(), "GET", "/v3/projects?name=cn-north-4");
        QCOMPARE(response.status, 401);
        const QJsonObject body = json(response);
        QCOMPARE(body.value(u"error_code"_s).toString(), u"APIGW.0301"_s);
        QVERIFY(body.value(u"error_msg"_s)
                    .toString()
                    .startsWith(u"Incorrect IAM authentication information: "_s));
        QCOMPARE(body.value(u"request_id"_s).toString().toLatin1(),
                 response.header("x-request-id"));
    }
};

QTEST_GUILESS_MAIN(TestSimulatorIam)
#include "TestSimulatorIam.moc"
