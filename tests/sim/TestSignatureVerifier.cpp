// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReferenceSigner.h"
#include "SignatureVerifier.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using OmsSync::Sim::HttpHeader;
using OmsSync::Sim::HttpRequest;
using OmsSync::Sim::SignatureVerifier;
using OmsSync::Test::ReferenceSigner;
using Outcome = SignatureVerifier::Outcome;

Q_DECLARE_METATYPE(SignatureVerifier::Outcome)

namespace {

// One vector of tests/data/signing/vectors.json, made by Huawei's official
// Node.js SDK core (see make-vectors.js there).
struct Vector
{
    QString name;
    QByteArray method;
    QByteArray host;
    QByteArray path;
    QByteArray query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray date;
    QByteArray accessKey;
    QByteArray secretKey;
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray authorization;
    qint64 timeMs = 0;
};

QList<Vector> loadVectors()
{
    QFile file(QStringLiteral(OMS_SYNC_TEST_DATA_DIR "/signing/vectors.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(file.fileName()));
    }
    QList<Vector> vectors;
    const QJsonArray list =
        QJsonDocument::fromJson(file.readAll()).object().value(u"vectors"_s).toArray();
    for (const QJsonValue& value : list) {
        const QJsonObject object = value.toObject();
        Vector vector;
        vector.name = object.value(u"name"_s).toString();
        vector.method = object.value(u"method"_s).toString().toLatin1();
        // The URL is split by hand: QUrl would normalise the path and query.
        const QByteArray url = object.value(u"url"_s).toString().toUtf8();
        const qsizetype authorityStart = url.indexOf("://") + 3;
        const qsizetype pathStart = url.indexOf('/', authorityStart);
        vector.host = url.mid(authorityStart, pathStart - authorityStart);
        const QByteArray target = url.mid(pathStart);
        const qsizetype question = target.indexOf('?');
        vector.path = question < 0 ? target : target.left(question);
        vector.query = question < 0 ? QByteArray() : target.mid(question + 1);
        const QJsonObject headers = object.value(u"headers"_s).toObject();
        // Object order is lost in QJsonObject; the verifier must not care.
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            vector.headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
        }
        vector.body = object.value(u"body"_s).toString().toUtf8();
        vector.date = object.value(u"date"_s).toString().toLatin1();
        vector.accessKey = object.value(u"ak"_s).toString().toUtf8();
        vector.secretKey = object.value(u"sk"_s).toString().toUtf8();
        vector.canonicalRequest = object.value(u"canonical_request"_s).toString().toUtf8();
        vector.stringToSign = object.value(u"string_to_sign"_s).toString().toUtf8();
        vector.authorization = object.value(u"authorization"_s).toString().toUtf8();
        const QDateTime time =
            QDateTime::fromString(QString::fromLatin1(vector.date), u"yyyyMMdd'T'HHmmss'Z'"_s);
        vector.timeMs = QDateTime(time.date(), time.time(), Qt::UTC).toMSecsSinceEpoch();
        vectors.append(vector);
    }
    return vectors;
}

const QList<Vector>& vectors()
{
    static const QList<Vector> loaded = loadVectors();
    return loaded;
}

// The request as a server receives it: the vector's headers plus Host,
// X-Sdk-Date and the SDK's Authorization, values exactly as signed.
HttpRequest requestOf(const Vector& vector)
{
    HttpRequest request;
    request.method = vector.method;
    request.path = vector.path;
    request.query = vector.query;
    request.hasQuery = !vector.query.isEmpty();
    request.target = request.hasQuery ? vector.path + '?' + vector.query : vector.path;
    request.headers.append({"Host", vector.host});
    for (const auto& [name, value] : vector.headers) {
        request.headers.append({name, value});
    }
    request.headers.append({"X-Sdk-Date", vector.date});
    request.headers.append({"Authorization", vector.authorization});
    request.body = vector.body;
    return request;
}

SignatureVerifier::SecretLookup secretsOf(const Vector& vector)
{
    return [vector](const QByteArray& accessKey) -> std::optional<QByteArray> {
        if (accessKey == vector.accessKey) {
            return vector.secretKey;
        }
        return std::nullopt;
    };
}

void setHeader(HttpRequest& request, QByteArrayView name, const QByteArray& value)
{
    for (auto& header : request.headers) {
        if (header.name.compare(name, Qt::CaseInsensitive) == 0) {
            header.rawValue = value;
            return;
        }
    }
    request.headers.append({name.toByteArray(), value});
}

// A different alphanumeric byte at `index`.
void flipByte(QByteArray& bytes, qsizetype index)
{
    const char c = bytes.at(index);
    bytes[index] = (c == 'a') ? 'b' : (c >= '0' && c <= '8') ? char(c + 1) : 'a';
}

const Vector& demoVector()
{
    return vectors().first(); // oms_list_sync_tasks_limit_offset_status
}

} // namespace

class TestSignatureVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(vectors().size() >= 30, "the official vectors are missing or incomplete");
    }

    void acceptsEveryOfficialVector_data()
    {
        QTest::addColumn<int>("index");
        for (qsizetype i = 0; i < vectors().size(); ++i) {
            QTest::newRow(qPrintable(vectors().at(i).name)) << int(i);
        }
    }

    void acceptsEveryOfficialVector()
    {
        QFETCH(int, index);
        const Vector& vector = vectors().at(index);
        const auto result =
            SignatureVerifier::verify(requestOf(vector), secretsOf(vector), vector.timeMs);
        QCOMPARE(result.canonicalRequest, vector.canonicalRequest);
        QCOMPARE(result.stringToSign, vector.stringToSign);
        QVERIFY2(result.accepted(), qPrintable(result.detail));
        QCOMPARE(result.accessKey, vector.accessKey);
    }

    // One changed byte anywhere the signature covers must be refused.
    void refusesEveryTamperedVector_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("change");
        for (qsizetype i = 0; i < vectors().size(); ++i) {
            for (const QString& change :
                 {u"body"_s, u"path"_s, u"query"_s, u"signed header"_s, u"signature"_s, u"method"_s,
                  u"date"_s, u"access key"_s}) {
                QTest::addRow("%s: %s", qPrintable(vectors().at(i).name), qPrintable(change))
                    << int(i) << change;
            }
        }
    }

    void refusesEveryTamperedVector()
    {
        QFETCH(int, index);
        QFETCH(QString, change);
        const Vector& vector = vectors().at(index);
        HttpRequest request = requestOf(vector);
        qint64 now = vector.timeMs;
        Outcome expected = Outcome::SignatureMismatch;
        if (change == u"body"_s) {
            if (request.header("x-sdk-content-sha256") == "UNSIGNED-PAYLOAD") {
                // The one case where the body is not signed: the SDK's own
                // UNSIGNED-PAYLOAD. The verifier must agree that it is not.
                request.body += 'x';
                QVERIFY(SignatureVerifier::verify(request, secretsOf(vector), now).accepted());
                return;
            }
            if (request.body.isEmpty()) {
                request.body = "x";
            } else {
                flipByte(request.body, request.body.size() / 2);
            }
        } else if (change == u"path"_s) {
            request.path += 'x';
        } else if (change == u"query"_s) {
            if (request.query.isEmpty()) {
                request.query = "x=1";
            } else {
                flipByte(request.query, request.query.size() - 1);
            }
        } else if (change == u"signed header"_s) {
            const QByteArray host = request.header("host");
            setHeader(request, "Host", host.left(host.size() - 1) + 'q');
        } else if (change == u"signature"_s) {
            QByteArray authorization = request.header("authorization");
            flipByte(authorization, authorization.size() - 1);
            setHeader(request, "Authorization", authorization);
        } else if (change == u"method"_s) {
            request.method = request.method == "GET" ? "POST" : "GET";
        } else if (change == u"date"_s) {
            // A second later, well inside the clock-skew window.
            QByteArray date = request.header("x-sdk-date");
            date[14] = date[14] == '9' ? '8' : char(date[14] + 1);
            setHeader(request, "X-Sdk-Date", date);
        } else if (change == u"access key"_s) {
            QByteArray authorization = request.header("authorization");
            authorization.replace(QByteArray("Access=" + vector.accessKey),
                                  QByteArray("Access=" + vector.accessKey + 'X'));
            setHeader(request, "Authorization", authorization);
            expected = Outcome::UnknownAccessKey;
        }
        const auto result = SignatureVerifier::verify(request, secretsOf(vector), now);
        QCOMPARE(result.outcome, expected);
        QVERIFY(!result.accepted());
    }

    // Fifteen minutes either way are tolerated; a second more is not.
    void clockSkew_data()
    {
        QTest::addColumn<qint64>("offsetMs");
        QTest::addColumn<bool>("accepted");
        constexpr qint64 limit = 15 * 60 * 1000;
        QTest::newRow("on time") << qint64(0) << true;
        QTest::newRow("server 15 min ahead") << limit << true;
        QTest::newRow("server 15 min behind") << -limit << true;
        QTest::newRow("server 15 min 1 s ahead") << limit + 1000 << false;
        QTest::newRow("server 15 min 1 s behind") << -limit - 1000 << false;
        QTest::newRow("a day off") << qint64(86'400'000) << false;
    }

    void clockSkew()
    {
        QFETCH(qint64, offsetMs);
        QFETCH(bool, accepted);
        const auto result = SignatureVerifier::verify(
            requestOf(demoVector()), secretsOf(demoVector()), demoVector().timeMs + offsetMs);
        QCOMPARE(result.accepted(), accepted);
        if (!accepted) {
            QCOMPARE(result.outcome, Outcome::ClockSkew);
        }
    }

    void refusesMalformedRequests_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value"); // empty: remove the header
        QTest::addColumn<Outcome>("outcome");
        const QByteArray authorization = demoVector().authorization;
        const QByteArray signature = authorization.mid(authorization.indexOf("Signature=") + 10);
        QTest::newRow("no Authorization")
            << QByteArray("Authorization") << QByteArray() << Outcome::NoAuthorization;
        QTest::newRow("other scheme")
            << QByteArray("Authorization") << QByteArray("Bearer abc") << Outcome::Malformed;
        QTest::newRow("scheme in lower case")
            << QByteArray("Authorization") << authorization.toLower() << Outcome::Malformed;
        QTest::newRow("no signature")
            << QByteArray("Authorization")
            << QByteArray(
                   "SDK-HMAC-SHA256 Access=DEMOACCESSKEY0000001, SignedHeaders=host;x-sdk-date")
            << Outcome::Malformed;
        QTest::newRow("unknown field")
            << QByteArray("Authorization") << QByteArray(authorization + ", Extra=1")
            << Outcome::Malformed;
        QTest::newRow("field twice")
            << QByteArray("Authorization") << QByteArray(authorization + ", Signature=" + signature)
            << Outcome::Malformed;
        QTest::newRow("upper-case signature hex")
            << QByteArray("Authorization")
            << QByteArray(authorization.left(authorization.indexOf("Signature=") + 10)
                          + signature.toUpper())
            << Outcome::Malformed;
        QTest::newRow("short signature")
            << QByteArray("Authorization") << authorization.chopped(1) << Outcome::Malformed;
        QByteArray unsorted = authorization;
        unsorted.replace("content-type;host", "host;content-type");
        QTest::newRow("signed headers unsorted")
            << QByteArray("Authorization") << unsorted << Outcome::Malformed;
        QByteArray upper = authorization;
        upper.replace("x-project-id", "X-Project-Id");
        QTest::newRow("signed header in upper case")
            << QByteArray("Authorization") << upper << Outcome::Malformed;
        QByteArray withoutHost = authorization;
        withoutHost.replace("content-type;host;", "content-type;");
        QTest::newRow("host not signed")
            << QByteArray("Authorization") << withoutHost << Outcome::MissingSignedHeader;
        QTest::newRow("signed header absent")
            << QByteArray("Content-Type") << QByteArray() << Outcome::MissingSignedHeader;
        QTest::newRow("no X-Sdk-Date")
            << QByteArray("X-Sdk-Date") << QByteArray() << Outcome::MissingDate;
        QTest::newRow("X-Sdk-Date with dashes")
            << QByteArray("X-Sdk-Date") << QByteArray("2025-03-14T092653Z")
            << Outcome::MalformedDate;
        QTest::newRow("X-Sdk-Date without Z")
            << QByteArray("X-Sdk-Date") << QByteArray("20250314T092653 ") << Outcome::MalformedDate;
        QTest::newRow("X-Sdk-Date 30 February")
            << QByteArray("X-Sdk-Date") << QByteArray("20250230T092653Z") << Outcome::MalformedDate;
        QTest::newRow("X-Sdk-Content-Sha256 not the body's")
            << QByteArray("X-Sdk-Content-Sha256") << QByteArray(64, 'a')
            << Outcome::ContentHashMismatch;
    }

    void refusesMalformedRequests()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(Outcome, outcome);
        HttpRequest request = requestOf(demoVector());
        if (value.isEmpty()) {
            request.headers.removeIf(
                [&](const auto& h) { return h.name.compare(header, Qt::CaseInsensitive) == 0; });
        } else {
            setHeader(request, header, value);
        }
        const auto result =
            SignatureVerifier::verify(request, secretsOf(demoVector()), demoVector().timeMs);
        QCOMPARE(result.outcome, outcome);
        QVERIFY(!result.detail.isEmpty());
    }

    void refusesDuplicatedSignedHeaders()
    {
        HttpRequest request = requestOf(demoVector());
        request.headers.append(HttpHeader {"x-project-id", "someone-else"});
        QCOMPARE(SignatureVerifier::verify(request, secretsOf(demoVector()), demoVector().timeMs)
                     .outcome,
                 Outcome::Malformed);
        request = requestOf(demoVector());
        request.headers.append({"Authorization", demoVector().authorization});
        QCOMPARE(SignatureVerifier::verify(request, secretsOf(demoVector()), demoVector().timeMs)
                     .outcome,
                 Outcome::Malformed);
    }

    // Headers the client did not sign may be added or changed on the way.
    void ignoresUnsignedHeaders()
    {
        HttpRequest request = requestOf(demoVector());
        request.headers.append(HttpHeader {"User-Agent", "anything"});
        request.headers.append(HttpHeader {"Accept-Encoding", "gzip"});
        QVERIFY(SignatureVerifier::verify(request, secretsOf(demoVector()), demoVector().timeMs)
                    .accepted());
    }

    void canonicalUri_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("canonical");
        QTest::newRow("root") << QByteArray("/") << QByteArray("/");
        QTest::newRow("trailing slash added") << QByteArray("/a/b") << QByteArray("/a/b/");
        QTest::newRow("kept") << QByteArray("/a/b/") << QByteArray("/a/b/");
        QTest::newRow("escapes encoded again") << QByteArray("/a%2Fb") << QByteArray("/a%252Fb/");
        QTest::newRow("sub-delims encoded")
            << QByteArray("/a!$&'()*+,;=:@b")
            << QByteArray("/a%21%24%26%27%28%29%2A%2B%2C%3B%3D%3A%40b/");
        QTest::newRow("unreserved kept") << QByteArray("/AZaz09-_.~") << QByteArray("/AZaz09-_.~/");
        QTest::newRow("empty segments kept") << QByteArray("//x//") << QByteArray("//x//");
    }

    void canonicalUri()
    {
        QFETCH(QByteArray, path);
        QTEST(SignatureVerifier::canonicalUri(path), "canonical");
    }

    void canonicalQuery_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("canonical");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("sorted") << QByteArray("b=2&a=1") << QByteArray("a=1&b=2");
        QTest::newRow("empty pairs dropped") << QByteArray("a=1&&b=2&") << QByteArray("a=1&b=2");
        QTest::newRow("plus is a space") << QByteArray("q=a+b") << QByteArray("q=a%20b");
        QTest::newRow("encoded plus") << QByteArray("q=a%2Bb") << QByteArray("q=a%2Bb");
        QTest::newRow("lower-case escapes normalised")
            << QByteArray("q=%2c") << QByteArray("q=%2C");
        QTest::newRow("broken escape kept literally")
            << QByteArray("q=%zz") << QByteArray("q=%25zz");
        QTest::newRow("key only") << QByteArray("flag") << QByteArray("flag=");
        QTest::newRow("equals in value") << QByteArray("q=a=b") << QByteArray("q=a%3Db");
        QTest::newRow("repeated key, values sorted")
            << QByteArray("k=b&k=a&j=z") << QByteArray("j=z&k=a&k=b");
        QTest::newRow("invalid UTF-8 becomes U+FFFD")
            << QByteArray("q=%ff") << QByteArray("q=%EF%BF%BD");
    }

    void canonicalQuery()
    {
        QFETCH(QByteArray, query);
        QTEST(SignatureVerifier::canonicalQueryString(query), "canonical");
    }

    // The test suite's own signer (used to sign requests to the running
    // simulator) must agree with the official vectors too.
    void referenceSignerMatchesVectors_data() { acceptsEveryOfficialVector_data(); }

    void referenceSignerMatchesVectors()
    {
        QFETCH(int, index);
        const Vector& vector = vectors().at(index);
        ReferenceSigner signer;
        signer.method = vector.method;
        signer.host = vector.host;
        signer.path = vector.path;
        const QUrlQuery query(QString::fromUtf8(vector.query));
        for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
            signer.query.append({name, value});
        }
        signer.headers = vector.headers;
        signer.headers.append({"X-Sdk-Date", vector.date});
        signer.body = vector.body;
        const auto signature = signer.sign(vector.accessKey, vector.secretKey);
        QCOMPARE(signature.canonicalRequest, vector.canonicalRequest);
        QCOMPARE(signature.authorization, vector.authorization);
    }
};

QTEST_APPLESS_MAIN(TestSignatureVerifier)
#include "TestSignatureVerifier.moc"
