// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

#include <QByteArrayView>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>

namespace OmsSync {

// Puts a profile's sign-in on requests. A request first waits for prepare()
// (which may have to sign in), then authorize() adds the headers just before
// it is sent. Implementations hold the secret; nothing else does.
class Authenticator : public QObject
{
    Q_OBJECT

public:
    using ReadyCallback = std::function<void(const ApiError&)>;

    using QObject::QObject;

    // Calls `ready` (queued, on `context`'s thread, not at all once `context`
    // is gone) when requests can be authorized, or with the reason why not.
    virtual void prepare(QObject* context, ReadyCallback ready) = 0;

    // Adds the authorization headers to a request about to be sent. All raw
    // headers already on the request are covered by a signature.
    virtual ApiError authorize(QNetworkRequest& request, QByteArrayView verb,
                               QByteArrayView body) const = 0;

    // After a 401: forgets what was refused. True when a fresh prepare() may
    // succeed where the last one failed (a new token can be fetched).
    virtual bool renew() { return false; }

    // A project id learnt while signing in, empty when sign-in does not tell.
    virtual QString projectId() const { return {}; }

    // The TLS settings of the client, for requests the authenticator makes
    // itself (a sign-in must trust the same CA as the calls it authorizes).
    virtual void setSslConfiguration(const QSslConfiguration&) { }

protected:
    static void callLater(QObject* context, ReadyCallback ready, const ApiError& error);
};

} // namespace OmsSync
