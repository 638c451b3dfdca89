// SPDX-License-Identifier: GPL-3.0-or-later
#include "TokenAuthenticator.h"

#include "InputRules.h"
#include "StartCredentials.h"

using namespace Qt::StringLiterals;

namespace OmsSync {

TokenAuthenticator::TokenAuthenticator(const QString& token, QObject* parent)
    : Authenticator(parent)
    , m_token(token.toUtf8())
{ }

TokenAuthenticator::~TokenAuthenticator()
{
    wipeBytes(m_token);
}

ApiError TokenAuthenticator::checkToken(const QString& token)
{
    return InputRules::checkText(u"X-Auth-Token"_s, token, 1, 16384);
}

void TokenAuthenticator::prepare(QObject* context, ReadyCallback ready)
{
    callLater(context, std::move(ready), checkToken(QString::fromUtf8(m_token)));
}

ApiError TokenAuthenticator::authorize(QNetworkRequest& request, QByteArrayView,
                                       QByteArrayView) const
{
    request.setRawHeader("X-Auth-Token"_ba, m_token);
    return {};
}

} // namespace OmsSync
