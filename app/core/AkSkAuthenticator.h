// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Authenticator.h"

#include <QDateTime>

#include <functional>

namespace OmsSync {

// Signs every request with the profile's access key pair (SDK-HMAC-SHA256),
// as the official SDKs do. Nothing to fetch, nothing to renew.
class AkSkAuthenticator : public Authenticator
{
    Q_OBJECT

public:
    AkSkAuthenticator(const QString& accessKey, const QString& secretKey,
                      QObject* parent = nullptr);
    ~AkSkAuthenticator() override;

    void prepare(QObject* context, ReadyCallback ready) override;
    ApiError authorize(QNetworkRequest& request, QByteArrayView verb,
                       QByteArrayView body) const override;

    // The moment a signature claims; the current time unless a test says so.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    QByteArray m_accessKey;
    QByteArray m_secretKey;
    std::function<QDateTime()> m_clock;
};

} // namespace OmsSync
