// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpRequestParser.h"

#include <QRandomGenerator>
#include <QTest>

#include <cstring>

using namespace Qt::StringLiterals;
using OmsSync::Sim::HttpRequest;
using OmsSync::Sim::HttpRequestParser;

namespace {

struct Parsed
{
    QList<HttpRequest> requests;
    QList<qsizetype> headOffsets; // how many bytes had been fed when each head was reported
    int errorStatus = 0;
};

// Feeds `input` in chunks of `chunk` bytes (0: all at once) and collects what comes out.
Parsed parse(const QByteArray& input, qsizetype chunk = 0,
             HttpRequestParser::Limits limits = HttpRequestParser::Limits())
{
    HttpRequestParser parser(limits);
    Parsed parsed;
    const qsizetype step = chunk > 0 ? chunk : qMax<qsizetype>(1, input.size());
    for (qsizetype at = 0; at < input.size() && parsed.errorStatus == 0; at += step) {
        parser.feed(QByteArrayView(input).sliced(at, qMin(step, input.size() - at)));
        for (bool more = true; more;) {
            switch (parser.next()) {
            case HttpRequestParser::Event::NeedMoreData:
                more = false;
                break;
            case HttpRequestParser::Event::HeadReceived:
                parsed.headOffsets.append(qMin(at + step, input.size()));
                break;
            case HttpRequestParser::Event::RequestReceived:
                parsed.requests.append(parser.takeRequest());
                break;
            case HttpRequestParser::Event::Error:
                parsed.errorStatus = parser.errorStatus();
                more = false;
                break;
            }
        }
    }
    return parsed;
}

const QByteArray postRequest = "POST /v2/p/sync-tasks/t%2F1/start?x=1&y HTTP/1.1\r\n"
                               "Host: 127.0.0.1:8080\r\n"
                               "Content-Type:  application/json \r\n"
                               "X-Compact:value\r\n"
                               "Content-Length: 17\r\n"
                               "\r\n"
                               "{\"src_ak\":\"abc\"}\n";

} // namespace

class TestHttpRequestParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAWholeRequest()
    {
        const Parsed parsed = parse(postRequest);
        QCOMPARE(parsed.errorStatus, 0);
        QCOMPARE(parsed.headOffsets.size(), 1);
        QCOMPARE(parsed.requests.size(), 1);
        const HttpRequest& request = parsed.requests.first();
        QCOMPARE(request.method, "POST");
        QCOMPARE(request.target, "/v2/p/sync-tasks/t%2F1/start?x=1&y");
        QCOMPARE(request.path, "/v2/p/sync-tasks/t%2F1/start");
        QCOMPARE(request.query, "x=1&y");
        QVERIFY(request.hasQuery);
        QCOMPARE(request.minorVersion, 1);
        QCOMPARE(request.headers.size(), 4);
        QCOMPARE(request.header("content-length"), "17");
        QCOMPARE(request.body, "{\"src_ak\":\"abc\"}\n");
        QVERIFY(request.keepAlive());
        QVERIFY(request.hasJsonContentType());
    }

    // The signature covers header values as the client's signer saw them:
    // only the one space after the colon is not part of the value.
    void keepsHeaderValuesAsReceived()
    {
        const HttpRequest request = parse(postRequest).requests.value(0);
        QCOMPARE(request.headers.at(1).name, "Content-Type");
        QCOMPARE(request.headers.at(1).rawValue, " application/json ");
        QCOMPARE(request.headers.at(1).value(), "application/json");
        QCOMPARE(request.headers.at(2).rawValue, "value");
        QCOMPARE(request.header("X-COMPACT"), "value");
    }

    void queryPresence_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<bool>("hasQuery");
        QTest::newRow("none") << QByteArray("/a/b") << QByteArray("/a/b") << QByteArray() << false;
        QTest::newRow("empty") << QByteArray("/a/b?") << QByteArray("/a/b") << QByteArray() << true;
        QTest::newRow("second question mark stays in the query")
            << QByteArray("/a?b?c") << QByteArray("/a") << QByteArray("b?c") << true;
        QTest::newRow("root") << QByteArray("/") << QByteArray("/") << QByteArray() << false;
    }

    void queryPresence()
    {
        QFETCH(QByteArray, target);
        const Parsed parsed = parse("GET " + target + " HTTP/1.1\r\nHost: h\r\n\r\n");
        QCOMPARE(parsed.requests.size(), 1);
        QTEST(parsed.requests.first().path, "path");
        QTEST(parsed.requests.first().query, "query");
        QTEST(parsed.requests.first().hasQuery, "hasQuery");
    }

    // Whatever the chunking, the same requests come out, and every head is
    // reported before its body is complete (so a server can refuse early).
    void chunkingDoesNotMatter_data()
    {
        QTest::addColumn<qsizetype>("chunk");
        for (const qsizetype chunk : {1, 2, 3, 5, 7, 16, 64}) {
            QTest::addRow("%d bytes", int(chunk)) << chunk;
        }
    }

    void chunkingDoesNotMatter()
    {
        QFETCH(qsizetype, chunk);
        const QByteArray input =
            postRequest + "GET /second HTTP/1.1\r\nHost: h\r\n\r\n" + postRequest;
        const Parsed whole = parse(input);
        const Parsed pieces = parse(input, chunk);
        QCOMPARE(pieces.errorStatus, 0);
        QCOMPARE(pieces.headOffsets.size(), 3);
        // The head is reported as soon as the chunk holding its end arrived,
        // before the body (17 bytes) is complete.
        const qsizetype headEnd = postRequest.indexOf("\r\n\r\n") + 4;
        QCOMPARE(pieces.headOffsets.first(),
                 qMin(((headEnd + chunk - 1) / chunk) * chunk, input.size()));
        QVERIFY(chunk >= 16 || pieces.headOffsets.first() < headEnd + 17);
        QCOMPARE(pieces.requests.size(), 3);
        for (qsizetype i = 0; i < 3; ++i) {
            QCOMPARE(pieces.requests.at(i).target, whole.requests.at(i).target);
            QCOMPARE(pieces.requests.at(i).body, whole.requests.at(i).body);
            QCOMPARE(pieces.requests.at(i).headers.size(), whole.requests.at(i).headers.size());
        }
        QCOMPARE(pieces.requests.at(1).path, "/second");
    }

    void pipelinedRequestsComeOutInOrder()
    {
        QByteArray input;
        for (int i = 0; i < 5; ++i) {
            input += "GET /r" + QByteArray::number(i) + " HTTP/1.1\r\nHost: h\r\n\r\n";
        }
        input += "GET /incomplete HTTP/1.1\r\nHost:";
        HttpRequestParser parser;
        parser.feed(input);
        QList<QByteArray> paths;
        for (HttpRequestParser::Event event = parser.next();
             event != HttpRequestParser::Event::NeedMoreData; event = parser.next()) {
            QVERIFY(event != HttpRequestParser::Event::Error);
            if (event == HttpRequestParser::Event::RequestReceived) {
                paths.append(parser.takeRequest().path);
            }
        }
        QCOMPARE(paths, (QList<QByteArray> {"/r0", "/r1", "/r2", "/r3", "/r4"}));
        QVERIFY(!parser.isBetweenRequests());
        QCOMPARE(parser.bufferedBytes(), qsizetype(strlen("GET /incomplete HTTP/1.1\r\nHost:")));
    }

    void ignoresEmptyLinesBeforeARequest()
    {
        const Parsed parsed = parse("\r\n\r\nGET /x HTTP/1.1\r\nHost: h\r\n\r\n", 1);
        QCOMPARE(parsed.errorStatus, 0);
        QCOMPARE(parsed.requests.size(), 1);
        QCOMPARE(parsed.requests.first().path, "/x");
    }

    void refusesMalformedRequests_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("status");
        const QByteArray host = "Host: h\r\n";
        QTest::newRow("no Host in HTTP/1.1") << QByteArray("GET / HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("two Hosts")
            << QByteArray("GET / HTTP/1.1\r\n" + host + host + "\r\n") << 400;
        QTest::newRow("HTTP/2.0") << QByteArray("GET / HTTP/2.0\r\n" + host + "\r\n") << 505;
        QTest::newRow("HTTP/1.1x") << QByteArray("GET / HTTP/1.1x\r\n" + host + "\r\n") << 400;
        QTest::newRow("lower-case version")
            << QByteArray("GET / http/1.1\r\n" + host + "\r\n") << 400;
        QTest::newRow("no version") << QByteArray("GET /\r\n" + host + "\r\n") << 400;
        QTest::newRow("empty method") << QByteArray(" / HTTP/1.1\r\n" + host + "\r\n") << 400;
        QTest::newRow("method with a slash")
            << QByteArray("GE/T / HTTP/1.1\r\n" + host + "\r\n") << 400;
        QTest::newRow("space in target")
            << QByteArray("GET /a b HTTP/1.1\r\n" + host + "\r\n") << 400;
        QTest::newRow("double space") << QByteArray("GET  / HTTP/1.1\r\n" + host + "\r\n") << 400;
        QTest::newRow("fragment in target")
            << QByteArray("GET /a#b HTTP/1.1\r\n" + host + "\r\n") << 400;
        QTest::newRow("absolute form")
            << QByteArray("GET http://h/ HTTP/1.1\r\n" + host + "\r\n") << 400;
        QTest::newRow("asterisk form")
            << QByteArray("OPTIONS * HTTP/1.1\r\n" + host + "\r\n") << 400;
        QTest::newRow("raw UTF-8 in target")
            << QByteArray("GET /\xe5\x90\x8c HTTP/1.1\r\n" + host + "\r\n") << 400;
        QTest::newRow("tab in target")
            << QByteArray("GET /a\tb HTTP/1.1\r\n" + host + "\r\n") << 400;
        QTest::newRow("obsolete line folding")
            << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: 1\r\n  continued\r\n\r\n") << 400;
        QTest::newRow("space before colon")
            << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A : 1\r\n\r\n") << 400;
        QTest::newRow("empty header name")
            << QByteArray("GET / HTTP/1.1\r\n" + host + ": 1\r\n\r\n") << 400;
        QTest::newRow("header without colon")
            << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A 1\r\n\r\n") << 400;
        QTest::newRow("NUL in a value")
            << QByteArray("GET / HTTP/1.1\r\n" + host + QByteArray("X-A: a\0b\r\n\r\n", 12)) << 400;
        QTest::newRow("DEL in a value")
            << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: a\x7f\r\n\r\n") << 400;
        QTest::newRow("bare LF line ends") << QByteArray("GET / HTTP/1.1\nHost: h\n\n") << 400;
        QTest::newRow("bare CR in a value")
            << QByteArray("GET / HTTP/1.1\r\n" + host + "X-A: a\rb\r\n\r\n") << 400;
        QTest::newRow("chunked body")
            << QByteArray("POST / HTTP/1.1\r\n" + host + "Transfer-Encoding: chunked\r\n\r\n")
            << 411;
        QTest::newRow("Content-Length not a number")
            << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: 1x\r\n\r\n") << 400;
        QTest::newRow("negative Content-Length")
            << QByteArray("POST / HTTP/1.1\r\n" + host + "Content-Length: -1\r\n\r\n") << 400;
        QTest::newRow("two different Content-Lengths") << QByteArray(
            "POST / HTTP/1.1\r\n" + host + "Content-Length: 1\r\nContent-Length: 2\r\n\r\nab")
                                                       << 400;
        QTest::newRow("huge Content-Length") << QByteArray(
            "POST / HTTP/1.1\r\n" + host + "Content-Length: 99999999999999999999\r\n\r\n")
                                             << 400;
        QTest::newRow("unknown expectation") << QByteArray(
            "POST / HTTP/1.1\r\n" + host + "Expect: 200-ok\r\nContent-Length: 1\r\n\r\nx")
                                             << 417;
    }

    void refusesMalformedRequests()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, status);
        QCOMPARE(parse(input).errorStatus, status);
        // Byte by byte, the same verdict (nothing depends on chunk borders).
        QCOMPARE(parse(input, 1).errorStatus, status);
    }

    void acceptsWhatIsValid_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("HTTP/1.0 without Host") << QByteArray("GET / HTTP/1.0\r\n\r\n");
        QTest::newRow("same Content-Length twice") << QByteArray(
            "POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nab");
        QTest::newRow("tab and obs-text in a value")
            << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX-A: a\tb\xc3\xa9\r\n\r\n");
        QTest::newRow("empty value") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX-A:\r\n\r\n");
        QTest::newRow("extension method") << QByteArray("PATCH /x HTTP/1.1\r\nHost: h\r\n\r\n");
        QTest::newRow("percent and odd characters in target")
            << QByteArray("GET /a%2F%25~!$&'()*+,;=:@?q=%zz HTTP/1.1\r\nHost: h\r\n\r\n");
    }

    void acceptsWhatIsValid()
    {
        QFETCH(QByteArray, input);
        const Parsed parsed = parse(input, 1);
        QCOMPARE(parsed.errorStatus, 0);
        QCOMPARE(parsed.requests.size(), 1);
    }

    void enforcesLimits_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("status");
        HttpRequestParser::Limits limits;
        QTest::newRow("request line too long") << QByteArray(
            "GET /" + QByteArray(limits.maxRequestLine, 'a') + " HTTP/1.1\r\nHost: h\r\n\r\n")
                                               << 414;
        QTest::newRow("request line too long, still arriving")
            << QByteArray("GET /" + QByteArray(limits.maxRequestLine + 10, 'a')) << 414;
        QTest::newRow("header section too large")
            << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nX-Big: "
                          + QByteArray(limits.maxHeaderBytes, 'b') + "\r\n\r\n")
            << 431;
        QByteArray many = "GET / HTTP/1.1\r\nHost: h\r\n";
        for (int i = 0; i < limits.maxHeaderCount; ++i) {
            many += "X-" + QByteArray::number(i) + ": v\r\n";
        }
        QTest::newRow("too many header fields") << QByteArray(many + "\r\n") << 431;
        QTest::newRow("body too large, refused before it is sent")
            << QByteArray("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: "
                          + QByteArray::number(limits.maxBodyBytes + 1) + "\r\n\r\n")
            << 413;
    }

    void enforcesLimits()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, status);
        QCOMPARE(parse(input).errorStatus, status);
        QCOMPARE(parse(input, 997).errorStatus, status);
    }

    void acceptsUpToTheLimits()
    {
        HttpRequestParser::Limits limits;
        limits.maxBodyBytes = 10;
        limits.maxHeaderCount = 3;
        const Parsed parsed =
            parse("POST / HTTP/1.1\r\nHost: h\r\nX-A: 1\r\nContent-Length: 10\r\n\r\n0123456789", 1,
                  limits);
        QCOMPARE(parsed.errorStatus, 0);
        QCOMPARE(parsed.requests.value(0).body, "0123456789");
        // A 16 KiB token in a header is normal for IAM.
        const Parsed token = parse(
            "GET / HTTP/1.1\r\nHost: h\r\nX-Auth-Token: " + QByteArray(16384, 'T') + "\r\n\r\n");
        QCOMPARE(token.errorStatus, 0);
        QCOMPARE(token.requests.value(0).header("x-auth-token").size(), 16384);
    }

    void errorsAreFinal()
    {
        HttpRequestParser parser;
        parser.feed("BAD\r\n\r\n");
        QCOMPARE(parser.next(), HttpRequestParser::Event::Error);
        QCOMPARE(parser.errorStatus(), 400);
        QVERIFY(!parser.errorMessage().isEmpty());
        parser.feed("GET / HTTP/1.1\r\nHost: h\r\n\r\n");
        QCOMPARE(parser.next(), HttpRequestParser::Event::Error);
        QCOMPARE(parser.bufferedBytes(), 0);
    }

    void expectContinue()
    {
        HttpRequestParser parser;
        parser.feed(
            "POST / HTTP/1.1\r\nHost: h\r\nExpect: 100-Continue\r\nContent-Length: 3\r\n\r\n");
        QCOMPARE(parser.next(), HttpRequestParser::Event::HeadReceived);
        QVERIFY(parser.expectsContinue());
        QCOMPARE(parser.next(), HttpRequestParser::Event::NeedMoreData);
        parser.feed("abc");
        QCOMPARE(parser.next(), HttpRequestParser::Event::RequestReceived);
        QCOMPARE(parser.takeRequest().body, "abc");
    }

    void keepAlive_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("keepAlive");
        QTest::newRow("1.1 default") << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n") << true;
        QTest::newRow("1.1 close")
            << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n") << false;
        QTest::newRow("1.1 Close in a list")
            << QByteArray("GET / HTTP/1.1\r\nHost: h\r\nConnection: TE, Close\r\n") << false;
        QTest::newRow("1.0 default") << QByteArray("GET / HTTP/1.0\r\n") << false;
        QTest::newRow("1.0 keep-alive")
            << QByteArray("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n") << true;
    }

    void keepAlive()
    {
        QFETCH(QByteArray, head);
        QTEST(parse(head + "\r\n").requests.value(0).keepAlive(), "keepAlive");
    }

    void jsonContentType_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<bool>("json");
        QTest::newRow("plain") << QByteArray("application/json") << true;
        QTest::newRow("charset") << QByteArray("application/json;charset=UTF-8") << true;
        QTest::newRow("spaced and upper case")
            << QByteArray("Application/JSON ; charset=utf-8") << true;
        QTest::newRow("text") << QByteArray("text/plain") << false;
        QTest::newRow("json suffix is not json") << QByteArray("application/jsonx") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void jsonContentType()
    {
        QFETCH(QByteArray, contentType);
        const HttpRequest request =
            parse("GET / HTTP/1.1\r\nHost: h\r\nContent-Type: " + contentType + "\r\n\r\n")
                .requests.value(0);
        QTEST(request.hasJsonContentType(), "json");
    }

    // A small fuzz run: arbitrary bytes in arbitrary chunks never crash the
    // parser (the sanitizer build checks memory), and every verdict is one of
    // the statuses the server knows how to send.
    void survivesArbitraryBytes()
    {
        QRandomGenerator random(20261128);
        const QList<QByteArray> fragments {"GET ",
                                           "POST ",
                                           "/",
                                           "?",
                                           "%",
                                           " HTTP/1.1",
                                           "\r\n",
                                           "\r",
                                           "\n",
                                           "Host: h",
                                           "Content-Length: ",
                                           "5",
                                           ":",
                                           " ",
                                           "Transfer-Encoding: chunked",
                                           "\t",
                                           QByteArray(1, '\0'),
                                           "\xff"};
        int requests = 0;
        int errors = 0;
        const QByteArray valid = postRequest + "GET /ok HTTP/1.1\r\nHost: h\r\n\r\n";
        for (int round = 0; round < 20000; ++round) {
            QByteArray input;
            if (round % 2 == 0) {
                // Valid requests with a few bytes changed: close to the happy path.
                input = valid;
                const int mutations = int(random.bounded(0, 3));
                for (int i = 0; i < mutations; ++i) {
                    input[random.bounded(input.size())] = char(random.bounded(256));
                }
            } else {
                const int pieces = int(random.bounded(1, 24));
                for (int i = 0; i < pieces; ++i) {
                    if (random.bounded(3) == 0) {
                        input += char(random.bounded(256));
                    } else {
                        input += fragments.at(random.bounded(fragments.size()));
                    }
                }
            }
            const Parsed parsed = parse(input, random.bounded(1, 9));
            requests += int(parsed.requests.size());
            if (parsed.errorStatus != 0) {
                ++errors;
                QVERIFY2(
                    QList<int>({400, 411, 413, 414, 417, 431, 505}).contains(parsed.errorStatus),
                    qPrintable(QString::number(parsed.errorStatus)));
            }
        }
        // The mix must have exercised both outcomes, or it tested nothing.
        QVERIFY(errors > 100);
        QVERIFY(requests > 0);
    }
};

QTEST_APPLESS_MAIN(TestHttpRequestParser)
#include "TestHttpRequestParser.moc"
