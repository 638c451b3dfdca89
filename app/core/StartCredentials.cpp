// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartCredentials.h"

#include "InputRules.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace OmsSync {

void wipeString(QString& secret)
{
    if (!secret.isDetached()) {
        // Shared data belongs to other copies too: only this reference goes.
        secret.clear();
        return;
    }
    std::fill(secret.begin(), secret.end(), QChar(u'\0'));
    secret.clear();
}

void wipeBytes(QByteArray& secret)
{
    if (secret.isDetached()) {
        secret.fill('\0');
    }
    secret.clear();
}

ApiError StartCredentials::validate() const
{
    const std::pair<const char*, const QString*> keys[] = {
        {"src_ak", &sourceAk},
        {"src_sk", &sourceSk},
        {"dst_ak", &destinationAk},
        {"dst_sk", &destinationSk},
    };
    for (const auto& [field, value] : keys) {
        const ApiError error =
            InputRules::checkText(QString::fromLatin1(field), *value, 1, maxKeyLength);
        if (error.isError()) {
            return error;
        }
    }
    return InputRules::checkText(u"source_cdn_authentication_key"_s, cdnKey, 0, maxCdnKeyLength);
}

QByteArray StartCredentials::toJsonBody() const
{
    QJsonObject body {
        {"src_ak"_L1, sourceAk},
        {"src_sk"_L1, sourceSk},
        {"dst_ak"_L1, destinationAk},
        {"dst_sk"_L1, destinationSk},
    };
    if (!cdnKey.isEmpty()) {
        body.insert("source_cdn_authentication_key"_L1, cdnKey);
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray StartCredentials::toStorage() const
{
    QJsonObject stored {
        {"version"_L1, 1},
        {"src_ak"_L1, sourceAk},
        {"src_sk"_L1, sourceSk},
        {"dst_ak"_L1, destinationAk},
        {"dst_sk"_L1, destinationSk},
        {"cdn_key"_L1, cdnKey},
    };
    return QJsonDocument(stored).toJson(QJsonDocument::Compact);
}

StartCredentials StartCredentials::fromStorage(const QByteArray& data)
{
    const QJsonObject stored = QJsonDocument::fromJson(data).object();
    StartCredentials credentials;
    credentials.sourceAk = stored.value("src_ak"_L1).toString();
    credentials.sourceSk = stored.value("src_sk"_L1).toString();
    credentials.destinationAk = stored.value("dst_ak"_L1).toString();
    credentials.destinationSk = stored.value("dst_sk"_L1).toString();
    credentials.cdnKey = stored.value("cdn_key"_L1).toString();
    return credentials;
}

void StartCredentials::wipe()
{
    wipeString(sourceAk);
    wipeString(sourceSk);
    wipeString(destinationAk);
    wipeString(destinationSk);
    wipeString(cdnKey);
}

} // namespace OmsSync
