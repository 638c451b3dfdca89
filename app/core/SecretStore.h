// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QUuid>

#include <functional>

namespace OmsSync {

// The only class that touches the OS keychain (QtKeychain: Secret Service,
// KWallet, macOS Keychain, Windows Credential Manager). Its insecure
// plain-text fallback is never enabled: when no keychain answers, secrets are
// kept in memory for this session only and the store says so.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound,
        Unavailable, // no keychain answered; the secret could not be read or was kept in memory
                     // only
        Failed, // the keychain answered with an error (access denied, ...)
    };

    struct Result
    {
        Status status = Status::Ok;
        QByteArray data;
        QString errorString;
    };

    using Callback = std::function<void(const Result&)>;

    explicit SecretStore(QObject* parent = nullptr);
    ~SecretStore() override;

    // Session-only: the keychain is never used (the demo, and --no-keychain).
    void setSessionOnly(bool sessionOnly);
    bool isSessionOnly() const { return m_sessionOnly; }
    // False once the keychain failed to answer (until retryKeychain()).
    bool isAvailable() const { return m_available && !m_sessionOnly; }
    QString unavailableReason() const { return m_unavailableReason; }
    // Asks the keychain again after it failed (the user unlocked a wallet).
    void retryKeychain();

    // Each callback runs once, queued, and not at all once `context` is gone.
    void read(const QString& key, QObject* context, Callback done);
    void write(const QString& key, const QByteArray& data, QObject* context, Callback done);
    void remove(const QString& key, QObject* context, Callback done);

    // Entry names: by profile id and purpose, so a rename keeps them.
    static QString signInKey(const QUuid& profile);
    static QString tokenKey(const QUuid& profile);
    static QString proxyPasswordKey(const QUuid& profile);
    static QString startKeysKey(const QUuid& profile, const QString& taskId);

    // The keychain service name all entries are filed under.
    static QString serviceName();

    // Whether a D-Bus session bus could answer at `address` (the value of
    // DBUS_SESSION_BUS_ADDRESS; empty: unset), judged without connecting:
    // false only when every unix:path= socket it names is missing, or when it
    // is empty and `runtimeDir` holds no "bus" socket. Other transports
    // (abstract sockets, tcp, ...) cannot be checked and count as reachable.
    static bool sessionBusMayAnswer(const QByteArray& address, const QString& runtimeDir);

Q_SIGNALS:
    // Emitted when the keychain stops (or starts again) answering.
    void availabilityChanged(bool available);

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString& key, const QByteArray& data, QObject* context,
             Callback done, bool isRetry);
    void markUnavailable(const QString& reason);
    void answerFromSession(Operation operation, const QString& key, const QByteArray& data,
                           QObject* context, Callback done);

    bool m_sessionOnly = false;
    bool m_available = true;
    QString m_unavailableReason;
    QHash<QString, QByteArray> m_session;
};

} // namespace OmsSync
