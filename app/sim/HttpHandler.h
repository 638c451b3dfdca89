// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace OmsSync::Sim {

class HttpConnection;
struct HttpRequest;

// What HttpServer hands requests to. The server owns sockets and framing;
// the handler decides every answer, including the ones that are no answer.
class HttpHandler
{
public:
    virtual ~HttpHandler() = default;

    virtual void connectionOpened(HttpConnection& connection) = 0;
    // The head of a request is complete and its body not yet read. Returning
    // false resets the connection at once: the body is never read and the
    // request never reaches requestReceived().
    virtual bool headReceived(HttpConnection& connection, const HttpRequest& head) = 0;
    // A complete request. The handler must answer it exactly once, now or
    // later (hold a QPointer to the connection): respond(), respondStreaming(),
    // reset() or hang(). Later requests on the connection wait until then.
    virtual void requestReceived(HttpConnection& connection, const HttpRequest& request) = 0;
    // The bytes received were not a request the server accepts; it answers
    // with `status` itself and closes the connection.
    virtual void requestRejected(HttpConnection& connection, int status) = 0;
};

} // namespace OmsSync::Sim
