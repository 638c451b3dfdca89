// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Authenticator.h"

namespace OmsSync {

// A token the user pasted from another tool, sent as X-Auth-Token. It cannot
// be renewed: a 401 means the user has to paste a new one.
class TokenAuthenticator : public Authenticator
{
    Q_OBJECT

public:
    explicit TokenAuthenticator(const QString& token, QObject* parent = nullptr);
    ~TokenAuthenticator() override;

    // 1..16384 characters, no line breaks: the header's documented limit.
    static ApiError checkToken(const QString& token);

    void prepare(QObject* context, ReadyCallback ready) override;
    ApiError authorize(QNetworkRequest& request, QByteArrayView verb,
                       QByteArrayView body) const override;

private:
    QByteArray m_token;
};

} // namespace OmsSync
