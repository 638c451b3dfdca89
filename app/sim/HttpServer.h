// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpRequestParser.h"

#include <QObject>
#include <QSslConfiguration>

class QTcpServer;

namespace OmsSync::Sim {

class HttpHandler;

// HTTP/1.1 (or HTTPS) on 127.0.0.1 only: the simulator holds test secrets
// and answers anyone who asks, so it never listens on a reachable address.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    explicit HttpServer(HttpHandler* handler, QObject* parent = nullptr);
    ~HttpServer() override;

    void setLimits(const HttpRequestParser::Limits& limits) { m_limits = limits; }
    // Serves HTTPS with this PEM certificate (chain) and private key.
    bool setTls(const QString& certificatePath, const QString& keyPath, QString* error);
    bool isTls() const { return !m_tls.isNull(); }

    // Port 0 picks a free one; port() tells which.
    bool listen(quint16 port, QString* error);
    quint16 port() const;
    int openConnections() const { return m_openConnections; }

private:
    void acceptPending();

    HttpHandler* m_handler;
    HttpRequestParser::Limits m_limits;
    QSslConfiguration m_tls;
    QTcpServer* m_server = nullptr;
    quint64 m_nextConnectionId = 1;
    int m_openConnections = 0;
};

} // namespace OmsSync::Sim
