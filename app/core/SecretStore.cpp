// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretStore.h"

#include "BuildInfo.h"
#include "StartCredentials.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSecrets, "omssync.secrets", QtWarningMsg)

namespace OmsSync {

namespace {

// A wallet that is still starting (KWallet at login) fails the first request:
// one retry after this long tells a late wallet from a missing one.
constexpr int lateWalletRetryMs = 700;

// The keychains of the free desktops (Secret Service, KWallet) answer on the
// D-Bus session bus; where none can be reached (cron, SSH, containers) the
// keychain is known to be missing before asking, and the late-wallet retry
// would only make every run of oms-sync wait for nothing.
bool sessionBusMayAnswerHere()
{
    return SecretStore::sessionBusMayAnswer(qgetenv("DBUS_SESSION_BUS_ADDRESS"),
                                            qEnvironmentVariable("XDG_RUNTIME_DIR"));
}

void deliver(QObject* context, SecretStore::Callback done, SecretStore::Result result)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

} // namespace

SecretStore::SecretStore(QObject* parent)
    : QObject(parent)
{ }

SecretStore::~SecretStore()
{
    for (QByteArray& secret : m_session) {
        wipeBytes(secret);
    }
}

QString SecretStore::serviceName()
{
    return QString::fromLatin1(BuildInfo::appId);
}

QString SecretStore::signInKey(const QUuid& profile)
{
    return u"profile/"_s + profile.toString(QUuid::WithoutBraces) + u"/sign-in"_s;
}

QString SecretStore::tokenKey(const QUuid& profile)
{
    return u"profile/"_s + profile.toString(QUuid::WithoutBraces) + u"/iam-token"_s;
}

QString SecretStore::proxyPasswordKey(const QUuid& profile)
{
    return u"profile/"_s + profile.toString(QUuid::WithoutBraces) + u"/proxy-password"_s;
}

QString SecretStore::startKeysKey(const QUuid& profile, const QString& taskId)
{
    return u"profile/"_s + profile.toString(QUuid::WithoutBraces) + u"/task/"_s + taskId
        + u"/start-keys"_s;
}

bool SecretStore::sessionBusMayAnswer(const QByteArray& address, const QString& runtimeDir)
{
    // Where libdbus, GDBus and sd-bus look when no address is given.
    const auto runtimeBusExists = [&runtimeDir] {
        return !runtimeDir.isEmpty() && QFileInfo::exists(runtimeDir + u"/bus"_s);
    };
    if (address.trimmed().isEmpty()) {
        return runtimeBusExists();
    }
    // "transport:key=value,key=value;transport:..." with %-escaped values;
    // a client tries each entry in turn.
    for (const QByteArray& entry : address.split(';')) {
        const qsizetype colon = entry.indexOf(':');
        if (colon < 0) {
            continue; // malformed: no client could use it
        }
        const QByteArray transport = entry.left(colon).trimmed();
        if (transport != "unix") {
            return true;
        }
        bool checked = false;
        for (const QByteArray& pair : entry.mid(colon + 1).split(',')) {
            const qsizetype equals = pair.indexOf('=');
            if (equals < 0) {
                continue;
            }
            const QByteArray key = pair.left(equals);
            const QByteArray value = QByteArray::fromPercentEncoding(pair.mid(equals + 1));
            if (key == "path") {
                checked = true;
                if (QFileInfo::exists(QFile::decodeName(value))) {
                    return true;
                }
            } else if (key == "runtime" && value == "yes") {
                checked = true;
                if (runtimeBusExists()) {
                    return true;
                }
            }
        }
        if (!checked) {
            return true; // unix:abstract= and the like: no path to look at
        }
    }
    return false;
}

void SecretStore::setSessionOnly(bool sessionOnly)
{
    m_sessionOnly = sessionOnly;
}

void SecretStore::retryKeychain()
{
    if (!m_available) {
        m_available = true;
        m_unavailableReason.clear();
        Q_EMIT availabilityChanged(true);
    }
}

void SecretStore::markUnavailable(const QString& reason)
{
    qCInfo(lcSecrets).noquote() << "no keychain answers; secrets are kept for this session only:"
                                << reason;
    const bool wasAvailable = m_available;
    m_available = false;
    m_unavailableReason = reason;
    if (wasAvailable) {
        Q_EMIT availabilityChanged(false);
    }
}

void SecretStore::read(const QString& key, QObject* context, Callback done)
{
    run(Operation::Read, key, {}, context, std::move(done), false);
}

void SecretStore::write(const QString& key, const QByteArray& data, QObject* context, Callback done)
{
    run(Operation::Write, key, data, context, std::move(done), false);
}

void SecretStore::remove(const QString& key, QObject* context, Callback done)
{
    run(Operation::Remove, key, {}, context, std::move(done), false);
}

void SecretStore::answerFromSession(Operation operation, const QString& key, const QByteArray& data,
                                    QObject* context, Callback done)
{
    Result result;
    result.status = m_sessionOnly ? Status::Ok : Status::Unavailable;
    result.errorString = m_unavailableReason;
    switch (operation) {
    case Operation::Read:
        if (m_session.contains(key)) {
            result.data = m_session.value(key);
        } else if (m_sessionOnly) {
            result.status = Status::NotFound;
        }
        break;
    case Operation::Write:
        m_session.insert(key, data);
        break;
    case Operation::Remove:
        m_session.remove(key);
        break;
    }
    if (operation == Operation::Read && m_session.contains(key)) {
        result.status = Status::Ok;
    }
    deliver(context, std::move(done), std::move(result));
}

void SecretStore::run(Operation operation, const QString& key, const QByteArray& data,
                      QObject* context, Callback done, bool isRetry)
{
    if (isAvailable() && !sessionBusMayAnswerHere()) {
        markUnavailable(tr("No D-Bus session bus is running, so no keychain can answer."));
    }
    if (!isAvailable()) {
        answerFromSession(operation, key, data, context, std::move(done));
        return;
    }

    QKeychain::Job* job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(serviceName(), this);
        break;
    case Operation::Write: {
        auto* write = new QKeychain::WritePasswordJob(serviceName(), this);
        write->setBinaryData(data);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName(), this);
        break;
    }
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);

    QPointer<QObject> guard(context);
    connect(
        job, &QKeychain::Job::finished, this,
        [this, operation, key, data, guard, done = std::move(done), isRetry](QKeychain::Job* j) {
            if (!guard) {
                return;
            }
            Result result;
            switch (j->error()) {
            case QKeychain::NoError:
                if (operation == Operation::Read) {
                    result.data = static_cast<QKeychain::ReadPasswordJob*>(j)->binaryData();
                }
                break;
            case QKeychain::EntryNotFound:
                // Deleting what is not there leaves the wanted state.
                result.status = operation == Operation::Remove ? Status::Ok : Status::NotFound;
                break;
            case QKeychain::NoBackendAvailable:
            case QKeychain::OtherError:
                if (!isRetry) {
                    QTimer::singleShot(lateWalletRetryMs, this,
                                       [this, operation, key, data, guard, done] {
                                           if (guard) {
                                               run(operation, key, data, guard, done, true);
                                           }
                                       });
                    return;
                }
                markUnavailable(j->errorString());
                answerFromSession(operation, key, data, guard, done);
                return;
            default:
                result.status = Status::Failed;
                result.errorString = j->errorString();
                break;
            }
            if (operation == Operation::Write) {
                m_session.remove(key);
            }
            done(result);
        });
    job->start();
}

} // namespace OmsSync
