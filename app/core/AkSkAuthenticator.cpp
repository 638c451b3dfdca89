// SPDX-License-Identifier: GPL-3.0-or-later
#include "AkSkAuthenticator.h"

#include "AkSkSigner.h"
#include "InputRules.h"
#include "StartCredentials.h"

using namespace Qt::StringLiterals;

namespace OmsSync {

AkSkAuthenticator::AkSkAuthenticator(const QString& accessKey, const QString& secretKey,
                                     QObject* parent)
    : Authenticator(parent)
    , m_accessKey(accessKey.toUtf8())
    , m_secretKey(secretKey.toUtf8())
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{ }

AkSkAuthenticator::~AkSkAuthenticator()
{
    wipeBytes(m_secretKey);
}

void AkSkAuthenticator::prepare(QObject* context, ReadyCallback ready)
{
    ApiError error = InputRules::checkText(u"AK"_s, QString::fromUtf8(m_accessKey), 1, 128);
    if (!error.isError()) {
        error = InputRules::checkText(u"SK"_s, QString::fromUtf8(m_secretKey), 1, 256);
    }
    callLater(context, std::move(ready), error);
}

ApiError AkSkAuthenticator::authorize(QNetworkRequest& request, QByteArrayView verb,
                                      QByteArrayView body) const
{
    HeaderList headers;
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray& name : names) {
        headers.append({name, request.rawHeader(name)});
    }
    const QByteArray date = AkSkSigner::sdkDate(m_clock());
    const AkSkSigner::Signature signature =
        AkSkSigner::sign(verb, request.url(), headers, body, date, m_accessKey, m_secretKey);
    request.setRawHeader("X-Sdk-Date"_ba, date);
    request.setRawHeader("Authorization"_ba, signature.authorization);
    return {};
}

} // namespace OmsSync
