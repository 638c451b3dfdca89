// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpRequestParser.h"

#include <algorithm>
#include <utility>

namespace OmsSync::Sim {

namespace {

constexpr QByteArrayView headTerminator("\r\n\r\n");
constexpr qsizetype maxMethodLength = 32;
constexpr qsizetype maxContentLengthDigits = 18; // fits a qint64

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        return true;
    }
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

bool isDigits(QByteArrayView text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Field values may hold visible ASCII, spaces, tabs and obs-text (bytes >= 0x80);
// any other control byte (a bare CR or LF included) is an attack or a bug.
bool isValidFieldValue(QByteArrayView value)
{
    return std::all_of(value.begin(), value.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte == '\t' || (byte >= 0x20 && byte != 0x7f);
    });
}

} // namespace

HttpRequestParser::HttpRequestParser(Limits limits)
    : m_limits(limits)
{ }

void HttpRequestParser::feed(QByteArrayView bytes)
{
    if (m_state != State::Failed) {
        m_buffer.append(bytes);
    }
}

HttpRequest HttpRequestParser::takeRequest()
{
    return std::exchange(m_request, HttpRequest());
}

HttpRequestParser::Event HttpRequestParser::fail(int status, QByteArray message)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorMessage = std::move(message);
    m_buffer.clear();
    return Event::Error;
}

HttpRequestParser::Event HttpRequestParser::next()
{
    switch (m_state) {
    case State::Failed:
        return Event::Error;

    case State::Body:
        if (m_buffer.size() < m_bodyLength) {
            return Event::NeedMoreData;
        }
        m_request.body = m_buffer.left(m_bodyLength);
        m_buffer.remove(0, m_bodyLength);
        m_state = State::Head;
        return Event::RequestReceived;

    case State::Head:
        break;
    }

    // RFC 9112 2.2: a server SHOULD ignore at least one empty line before a request.
    while (m_buffer.startsWith("\r\n")) {
        m_buffer.remove(0, 2);
        m_scanFrom = 0;
        m_checkedUpTo = 0;
    }

    const qsizetype end = m_buffer.indexOf(headTerminator, m_scanFrom);
    // A bare CR or LF in the head would otherwise leave the client waiting
    // for an answer to a request that never ends: refuse it at once.
    const qsizetype headBytes = end < 0 ? m_buffer.size() : end + headTerminator.size();
    for (qsizetype i = m_checkedUpTo; i < headBytes; ++i) {
        const char c = m_buffer.at(i);
        if (c == '\n' && (i == 0 || m_buffer.at(i - 1) != '\r')) {
            return fail(400, "bare LF in the request head");
        }
        if (c == '\r' && i + 1 < m_buffer.size() && m_buffer.at(i + 1) != '\n') {
            return fail(400, "bare CR in the request head");
        }
    }
    m_checkedUpTo = (end < 0 && m_buffer.endsWith('\r')) ? headBytes - 1 : headBytes;

    if (end < 0) {
        m_scanFrom = std::max<qsizetype>(0, m_buffer.size() - (headTerminator.size() - 1));
        const qsizetype lineEnd = m_buffer.indexOf("\r\n");
        // A CR that may be the start of the line's CRLF is not part of it.
        const qsizetype lineSoFar = m_buffer.endsWith('\r') ? m_buffer.size() - 1 : m_buffer.size();
        if ((lineEnd < 0 ? lineSoFar : lineEnd) > m_limits.maxRequestLine) {
            return fail(414, "request line too long");
        }
        if (m_buffer.size() > m_limits.maxHeaderBytes) {
            return fail(431, "request header section too large");
        }
        return Event::NeedMoreData;
    }
    if (end + headTerminator.size() > m_limits.maxHeaderBytes) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n");
        if (lineEnd > m_limits.maxRequestLine) {
            return fail(414, "request line too long");
        }
        return fail(431, "request header section too large");
    }

    const QByteArray head = m_buffer.left(end);
    m_buffer.remove(0, end + headTerminator.size());
    m_scanFrom = 0;
    m_checkedUpTo = 0;
    m_request = HttpRequest();
    m_bodyLength = 0;
    m_expectsContinue = false;
    if (!parseHead(head)) {
        return Event::Error;
    }
    m_state = State::Body;
    return Event::HeadReceived;
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    if (line.size() > m_limits.maxRequestLine) {
        fail(414, "request line too long");
        return false;
    }
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace == firstSpace) {
        fail(400, "malformed request line");
        return false;
    }
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(lastSpace + 1);

    if (!isToken(method) || method.size() > maxMethodLength) {
        fail(400, "malformed method");
        return false;
    }
    // Only the origin form (/path?query): no proxy requests, no OPTIONS *.
    // A space inside the target, a control byte or raw non-ASCII is a client bug.
    const bool visibleAscii = std::all_of(target.begin(), target.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte > 0x20 && byte < 0x7f;
    });
    if (target.isEmpty() || target.front() != '/' || !visibleAscii || target.contains('#')) {
        fail(400, "malformed request target");
        return false;
    }
    if (version == "HTTP/1.1") {
        m_request.minorVersion = 1;
    } else if (version == "HTTP/1.0") {
        m_request.minorVersion = 0;
    } else if (version.size() == 8 && version.startsWith("HTTP/") && isDigits(version.sliced(5, 1))
               && version[6] == '.' && isDigits(version.sliced(7, 1))) {
        fail(505, "HTTP version not supported");
        return false;
    } else {
        fail(400, "malformed HTTP version");
        return false;
    }

    m_request.method = method.toByteArray();
    m_request.target = target.toByteArray();
    const qsizetype question = target.indexOf('?');
    m_request.hasQuery = question >= 0;
    m_request.path = (question < 0 ? target : target.first(question)).toByteArray();
    m_request.query = question < 0 ? QByteArray() : target.sliced(question + 1).toByteArray();
    return true;
}

bool HttpRequestParser::parseHead(QByteArrayView head)
{
    qsizetype lineStart = 0;
    bool first = true;
    while (lineStart <= head.size()) {
        qsizetype lineEnd = head.indexOf("\r\n", lineStart);
        if (lineEnd < 0) {
            lineEnd = head.size();
        }
        const QByteArrayView line = head.sliced(lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 2;

        if (first) {
            first = false;
            if (!parseRequestLine(line)) {
                return false;
            }
            if (line.contains('\r') || line.contains('\n')) {
                fail(400, "bare CR or LF in request line");
                return false;
            }
            continue;
        }
        if (m_request.headers.size() >= m_limits.maxHeaderCount) {
            fail(431, "too many header fields");
            return false;
        }
        if (line.startsWith(' ') || line.startsWith('\t')) {
            fail(400, "obsolete line folding");
            return false;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon))) {
            fail(400, "malformed header field");
            return false;
        }
        QByteArrayView value = line.sliced(colon + 1);
        if (!isValidFieldValue(value)) {
            fail(400, "invalid character in header field value");
            return false;
        }
        if (value.startsWith(' ')) {
            value = value.sliced(1);
        }
        m_request.headers.append({line.first(colon).toByteArray(), value.toByteArray()});
    }

    const qsizetype hosts = m_request.headerCount("host");
    if (hosts > 1 || (hosts == 0 && m_request.minorVersion == 1)) {
        fail(400, "an HTTP/1.1 request needs exactly one Host header");
        return false;
    }
    if (m_request.hasHeader("transfer-encoding")) {
        fail(411, "Transfer-Encoding is not supported; send a Content-Length");
        return false;
    }

    QByteArray length;
    for (const HttpHeader& header : std::as_const(m_request.headers)) {
        if (header.name.compare("content-length", Qt::CaseInsensitive) != 0) {
            continue;
        }
        const QByteArray value = header.value();
        if (!isDigits(value) || value.size() > maxContentLengthDigits
            || (!length.isNull() && value != length)) {
            fail(400, "malformed Content-Length");
            return false;
        }
        length = value;
    }
    if (!length.isNull()) {
        const qint64 bodyLength = length.toLongLong();
        if (bodyLength > m_limits.maxBodyBytes) {
            fail(413, "request body too large");
            return false;
        }
        m_bodyLength = static_cast<qsizetype>(bodyLength);
    }

    if (m_request.hasHeader("expect")) {
        if (m_request.header("expect").compare("100-continue", Qt::CaseInsensitive) != 0
            || m_request.headerCount("expect") != 1) {
            fail(417, "unsupported expectation");
            return false;
        }
        m_expectsContinue = m_bodyLength > 0 && m_request.minorVersion == 1;
    }
    return true;
}

} // namespace OmsSync::Sim
