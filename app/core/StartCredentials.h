// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QString>

namespace OmsSync {

// The keys StartSyncTask needs because OMS forgot them when the task paused:
// the source cloud's and the destination's access key pairs, and for a CDN
// source optionally its authentication key. Secrets: never log or persist.
struct StartCredentials
{
    QString sourceAk;
    QString sourceSk;
    QString destinationAk;
    QString destinationSk;
    QString cdnKey; // empty: not sent

    // Limits of the API: each key 1..100 characters, the CDN key up to 255.
    static constexpr int maxKeyLength = 100;
    static constexpr int maxCdnKeyLength = 255;

    // The first field that breaks a documented limit, named by its wire name;
    // no error when everything may be sent.
    ApiError validate() const;
    // Exactly the documented body: four keys, the CDN key only when given.
    QByteArray toJsonBody() const;
    // JSON for the keychain, which keeps the five as one entry so that one
    // unlock serves a start.
    QByteArray toStorage() const;
    static StartCredentials fromStorage(const QByteArray& data);

    // Overwrites the characters before releasing them, so a closed dialog or a
    // finished start leaves no copy behind in freed memory (best effort: Qt
    // may have made copies on the way).
    void wipe();

    bool operator==(const StartCredentials&) const = default;
};

// Overwrites a string's characters in place and empties it.
void wipeString(QString& secret);
void wipeBytes(QByteArray& secret);

} // namespace OmsSync
