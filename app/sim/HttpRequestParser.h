// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpRequest.h"

#include <QByteArray>

namespace OmsSync::Sim {

// Incremental HTTP/1.x request parser: bytes in, requests out, no sockets.
// It accepts arbitrary input safely (a later issue fuzzes it), keeps what
// follows a complete request for the next one (pipelining), and enforces size
// limits before buffering more than they allow.
//
// Bodies are framed by Content-Length only. A Transfer-Encoding (chunked) is
// refused with 411 Length Required: no client of this product sends one, and
// a gateway that cannot frame a body must not guess.
//
// Usage: feed() what arrived, then call next() until it returns NeedMoreData
// or Error. HeadReceived comes once per request as soon as the head is
// complete, before the body is read (so a server can refuse early);
// RequestReceived follows when the body is complete.
class HttpRequestParser
{
public:
    struct Limits
    {
        qsizetype maxRequestLine = 16 * 1024;
        // Request line and headers together. IAM tokens alone run to several KiB.
        qsizetype maxHeaderBytes = 64 * 1024;
        int maxHeaderCount = 100;
        qsizetype maxBodyBytes = 1024 * 1024;
    };

    enum class Event { NeedMoreData, HeadReceived, RequestReceived, Error };

    HttpRequestParser() = default;
    explicit HttpRequestParser(Limits limits);

    void feed(QByteArrayView bytes);
    Event next();

    // The request being read: its head after HeadReceived, all of it after
    // RequestReceived (until the next HeadReceived).
    const HttpRequest& request() const { return m_request; }
    HttpRequest takeRequest();

    // After HeadReceived: the client waits for "100 Continue" before its body.
    bool expectsContinue() const { return m_expectsContinue; }
    // After Error: the status to answer with (400, 411, 413, 414, 417, 431, 505)
    // and a short description. The connection cannot be reused after an error.
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorMessage() const { return m_errorMessage; }

    qsizetype bufferedBytes() const { return m_buffer.size(); }
    // No part of a request has been read yet.
    bool isBetweenRequests() const { return m_state == State::Head && m_buffer.isEmpty(); }

private:
    enum class State { Head, Body, Failed };

    Event fail(int status, QByteArray message);
    bool parseHead(QByteArrayView head);
    bool parseRequestLine(QByteArrayView line);

    Limits m_limits;
    State m_state = State::Head;
    QByteArray m_buffer;
    qsizetype m_scanFrom = 0; // where the search for the end of the head resumes
    qsizetype m_checkedUpTo = 0; // head bytes already checked for bare CR and LF
    HttpRequest m_request;
    qsizetype m_bodyLength = 0;
    bool m_expectsContinue = false;
    int m_errorStatus = 0;
    QByteArray m_errorMessage;
};

} // namespace OmsSync::Sim
