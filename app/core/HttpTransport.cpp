// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpTransport.h"

#include "OneShotBody.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <optional>
#include <unordered_map>

namespace OmsSync {

namespace {

// The QNetworkAccessManagers of the network thread, one for each proxy and
// set of trusted certificates. Clients that agree on both share one: one
// connection pool a host (fifty profiles in one region talk to one OMS
// endpoint), and one Qt HTTP thread rather than one a profile, each with
// memory of its own.
class NetworkPool : public QObject
{
public:
    // Only on the network thread.
    static NetworkPool* instance() { return s_instance; }

    QNetworkAccessManager* network(const QString& group, const std::optional<QNetworkProxy>& proxy)
    {
        QNetworkAccessManager*& network = m_networks[group];
        if (!network) {
            network = new QNetworkAccessManager(this);
            // Keep-alive and HTTP/2 are Qt's defaults; caching responses is
            // not wanted for an API whose answers change by the second.
            network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
            network->setAutoDeleteReplies(false);
            if (proxy) {
                network->setProxy(*proxy);
            }
        }
        return network;
    }

    static inline NetworkPool* s_instance = nullptr;

private:
    QHash<QString, QNetworkAccessManager*> m_networks;
};

// One thread for the network traffic of every client in the process. It
// stops before the application object goes: QNetworkAccessManager must not
// outlive it.
QThread* networkThread()
{
    static QThread* thread = [] {
        qRegisterMetaType<OmsSync::HttpAnswer>();
        auto* started = new QThread;
        started->setObjectName(QStringLiteral("omssync-network"));
        auto* pool = new NetworkPool;
        pool->moveToThread(started);
        NetworkPool::s_instance = pool;
        QObject::connect(started, &QThread::finished, pool, &QObject::deleteLater);
        started->start();
        qAddPostRoutine([] {
            thread->quit();
            thread->wait();
        });
        return started;
    }();
    return thread;
}

// Tells apart what makes connections unfit to share: the proxy (with its
// credentials) and the certificates a TLS peer is checked against.
QString connectionGroup(const std::optional<QNetworkProxy>& proxy, const QString& trust)
{
    if (!proxy) {
        return QLatin1Char('|') + trust;
    }
    return QStringList {QString::number(proxy->type()),
                        proxy->hostName(),
                        QString::number(proxy->port()),
                        proxy->user(),
                        proxy->password(),
                        trust}
        .join(QLatin1Char('|'));
}

// Hands answers on in slices on the thread that asked. Fifty profiles
// answering at once would otherwise run all their handlers (sign-ins,
// parsing, the next requests) in one go, with input and painting waiting
// for all of them; between slices a zero timer lets them in.
class AnswerQueue : public QObject
{
public:
    static AnswerQueue* forCurrentThread()
    {
        thread_local AnswerQueue* queue = new AnswerQueue;
        return queue;
    }

    void push(const QPointer<HttpExchange>& exchange)
    {
        m_pending.push_back(exchange);
        if (!m_next.isActive()) {
            m_next.start();
        }
    }

private:
    static constexpr std::chrono::milliseconds budget {4};

    AnswerQueue()
    {
        m_next.setObjectName(QStringLiteral("answerQueue"));
        m_next.setSingleShot(true);
        m_next.setInterval(0);
        connect(&m_next, &QTimer::timeout, this, &AnswerQueue::drain);
    }

    void drain()
    {
        QElapsedTimer clock;
        clock.start();
        while (!m_pending.empty() && clock.elapsed() < budget.count()) {
            const QPointer<HttpExchange> exchange = m_pending.front();
            m_pending.pop_front();
            if (exchange) {
                Q_EMIT exchange->finished();
            }
        }
        if (!m_pending.empty()) {
            m_next.start();
        }
    }

    std::deque<QPointer<HttpExchange>> m_pending;
    QTimer m_next;
};

} // namespace

// The network thread's half of an HttpTransport: its QNetworkAccessManager
// and the replies in flight, each read to the end (within its limits) before
// one answer goes back.
class HttpTransportWorker : public QObject
{
    Q_OBJECT

public:
    ~HttpTransportWorker() override
    {
        for (auto& [id, pending] : m_pending) {
            if (pending.reply) {
                pending.reply->disconnect(this);
                pending.reply->abort();
                pending.reply->deleteLater();
            }
        }
    }

    void setProxy(const QNetworkProxy& proxy)
    {
        m_proxy = proxy;
        m_network = nullptr;
    }

    void setTrust(const QString& trust)
    {
        m_trust = trust;
        m_network = nullptr;
    }

    void send(quint64 id, QNetworkRequest request, const QByteArray& verb, const QByteArray& body,
              bool oneShotBody, HttpTransport::Limits limits)
    {
        // The manager is shared, cookies must not be: OMS sets none, and one
        // profile's must never reach another. (Proxy credentials are safe:
        // a manager serves one proxy with one user.)
        request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        QNetworkReply* reply = nullptr;
        if (oneShotBody) {
            auto* device = new OneShotBody(body);
            // The length is given, so nothing needs buffering (and nothing
            // could be sent again from a buffer).
            request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
            request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            reply = network()->sendCustomRequest(request, verb, device);
            device->setParent(reply);
        } else {
            reply = network()->sendCustomRequest(request, verb, body);
        }

        Pending& pending = m_pending[id];
        pending.reply = reply;
        pending.maxBytes = limits.maxBytes;
        auto* silence = new QTimer(reply);
        silence->setSingleShot(true);
        // A coarse timer may fire 5 % early; a timeout is a promise to wait at least that long.
        silence->setTimerType(Qt::PreciseTimer);
        connect(silence, &QTimer::timeout, this, [this, id] { onSilence(id); });
        // The limit is on silence, not on total time: any progress restarts it.
        connect(reply, &QNetworkReply::uploadProgress, silence, qOverload<>(&QTimer::start));
        connect(reply, &QNetworkReply::downloadProgress, silence, qOverload<>(&QTimer::start));
        connect(reply, &QNetworkReply::readyRead, this, [this, id] { onReadyRead(id); });
        connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
        silence->start(limits.silence);
    }

    void cancel(quint64 id)
    {
        const auto found = m_pending.find(id);
        if (found == m_pending.end()) {
            return;
        }
        QPointer<QNetworkReply> reply = found->second.reply;
        m_pending.erase(found);
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }

Q_SIGNALS:
    void answered(quint64 id, const OmsSync::HttpAnswer& answer);

private:
    struct Pending
    {
        QPointer<QNetworkReply> reply; // gone with its manager at the very end
        qint64 maxBytes = 0;
        HttpAnswer answer;
    };

    QNetworkAccessManager* network()
    {
        if (!m_network) {
            m_network =
                NetworkPool::instance()->network(connectionGroup(m_proxy, m_trust), m_proxy);
        }
        return m_network;
    }

    void onReadyRead(quint64 id)
    {
        const auto found = m_pending.find(id);
        if (found == m_pending.end()) {
            return;
        }
        Pending& pending = found->second;
        if (pending.answer.tooLarge || pending.answer.timedOut) {
            return;
        }
        const qint64 room = pending.maxBytes - pending.answer.body.size();
        if (!pending.reply) {
            return;
        }
        const qint64 available = pending.reply->bytesAvailable();
        if (available > room) {
            pending.answer.tooLarge = true;
            pending.answer.body.clear();
            pending.reply->abort();
            return;
        }
        // Exactly what has come: readAll() reads into 16 KiB and more, and the
        // answer would keep that capacity all the way to the UI thread.
        QByteArray& body = pending.answer.body;
        const qsizetype had = body.size();
        if (had == 0) {
            body.reserve(available); // most answers come in one piece
        }
        body.resize(had + available);
        const qint64 read = pending.reply->read(body.data() + had, available);
        body.truncate(had + std::max<qint64>(read, 0));
    }

    void onSilence(quint64 id)
    {
        const auto found = m_pending.find(id);
        if (found != m_pending.end() && found->second.reply) {
            found->second.answer.timedOut = true;
            found->second.reply->abort();
        }
    }

    void onFinished(quint64 id)
    {
        onReadyRead(id);
        const auto found = m_pending.find(id);
        if (found == m_pending.end()) {
            return;
        }
        QNetworkReply* reply = found->second.reply;
        if (!reply) {
            return;
        }
        HttpAnswer answer = std::move(found->second.answer);
        m_pending.erase(found);
        reply->disconnect(this);
        reply->deleteLater();

        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.headers = reply->rawHeaderPairs();
        answer.error = reply->error();
        answer.errorString = reply->errorString();
        Q_EMIT answered(id, answer);
    }

    QNetworkAccessManager* m_network = nullptr; // the pool's
    std::optional<QNetworkProxy> m_proxy; // none: the application's
    QString m_trust;
    std::unordered_map<quint64, Pending> m_pending;
};

HttpTransport::HttpTransport(QObject* parent)
    : QObject(parent)
    , m_worker(new HttpTransportWorker)
{
    m_worker->moveToThread(networkThread());
    connect(m_worker, &HttpTransportWorker::answered, this, &HttpTransport::onAnswered,
            Qt::QueuedConnection);
}

HttpTransport::~HttpTransport()
{
    m_worker->disconnect(this);
    if (m_worker->thread()->isRunning()) {
        m_worker->deleteLater();
    } else {
        // The network thread is gone (the application is ending): nothing
        // else can touch the worker any more.
        delete m_worker;
    }
    // A request whose client goes first ends as cancelled rather than never.
    for (const QPointer<HttpExchange>& exchange : std::as_const(m_exchanges)) {
        if (exchange) {
            exchange->m_transport = nullptr;
            exchange->m_done = true;
            exchange->m_answer.error = QNetworkReply::OperationCanceledError;
            exchange->m_answer.errorString = tr("The connection was closed.");
            QMetaObject::invokeMethod(exchange, &HttpExchange::finished, Qt::QueuedConnection);
        }
    }
}

void HttpTransport::setProxy(const QNetworkProxy& proxy)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, proxy] { worker->setProxy(proxy); }, Qt::QueuedConnection);
}

void HttpTransport::setTrust(const QString& trust)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, trust] { worker->setTrust(trust); }, Qt::QueuedConnection);
}

HttpExchange* HttpTransport::send(const QNetworkRequest& request, const QByteArray& verb,
                                  const QByteArray& body, bool oneShotBody, Limits limits,
                                  QObject* owner)
{
    const quint64 id = m_nextId++;
    auto* exchange = new HttpExchange(this, id, owner);
    m_exchanges.insert(id, exchange);
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, id, request, verb, body, oneShotBody, limits] {
            worker->send(id, request, verb, body, oneShotBody, limits);
        },
        Qt::QueuedConnection);
    return exchange;
}

void HttpTransport::cancel(quint64 id)
{
    if (m_exchanges.remove(id)) {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, id] { worker->cancel(id); }, Qt::QueuedConnection);
    }
}

void HttpTransport::onAnswered(quint64 id, const HttpAnswer& answer)
{
    const QPointer<HttpExchange> exchange = m_exchanges.take(id);
    if (exchange) {
        exchange->m_done = true;
        exchange->m_answer = answer;
        AnswerQueue::forCurrentThread()->push(exchange);
    }
}

HttpExchange::HttpExchange(HttpTransport* transport, quint64 id, QObject* owner)
    : QObject(owner)
    , m_transport(transport)
    , m_id(id)
{ }

HttpExchange::~HttpExchange()
{
    if (!m_done && m_transport) {
        m_transport->cancel(m_id);
    }
}

} // namespace OmsSync

#include "HttpTransport.moc"
