// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpServer.h"

#include "HttpConnection.h"
#include "HttpHandler.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace OmsSync::Sim {

HttpServer::HttpServer(HttpHandler* handler, QObject* parent)
    : QObject(parent)
    , m_handler(handler)
{ }

HttpServer::~HttpServer() = default;

bool HttpServer::setTls(const QString& certificatePath, const QString& keyPath, QString* error)
{
    if (!QSslSocket::supportsSsl()) {
        *error = u"this Qt has no TLS backend"_s;
        return false;
    }
    QFile certificateFile(certificatePath);
    if (!certificateFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(certificatePath, certificateFile.errorString());
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateFile.readAll());
    if (chain.isEmpty()) {
        *error = u"%1 holds no PEM certificate"_s.arg(certificatePath);
        return false;
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(keyPath, keyFile.errorString());
        return false;
    }
    const QByteArray keyPem = keyFile.readAll();
    QSslKey key(keyPem, QSsl::Rsa);
    if (key.isNull()) {
        key = QSslKey(keyPem, QSsl::Ec);
    }
    if (key.isNull()) {
        *error = u"%1 holds no unencrypted PEM RSA or EC private key"_s.arg(keyPath);
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_tls = configuration;
    return true;
}

bool HttpServer::listen(quint16 port, QString* error)
{
    if (isTls()) {
        auto* server = new QSslServer(this);
        server->setSslConfiguration(m_tls);
        m_server = server;
    } else {
        m_server = new QTcpServer(this);
    }
    // Handshakes finish at different times: pendingConnectionAvailable fires
    // once a connection is ready to use, for TLS and plain TCP alike.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, &HttpServer::acceptPending);
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        *error = m_server->errorString();
        return false;
    }
    return true;
}

quint16 HttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void HttpServer::acceptPending()
{
    while (m_server->hasPendingConnections()) {
        auto* socket = qobject_cast<QTcpSocket*>(m_server->nextPendingConnection());
        if (!socket) {
            continue;
        }
        auto* connection =
            new HttpConnection(m_nextConnectionId++, socket, m_handler, m_limits, this);
        ++m_openConnections;
        connect(connection, &QObject::destroyed, this, [this] { --m_openConnections; });
        m_handler->connectionOpened(*connection);
    }
}

} // namespace OmsSync::Sim
