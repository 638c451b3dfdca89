// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorReplies.h"

using namespace Qt::StringLiterals;

namespace OmsSync::Sim::ErrorReplies {

HttpResponse oms(int status, const char* code, const QString& message)
{
    return HttpResponse::json(
        status,
        QJsonObject {{u"error_code"_s, QString::fromLatin1(code)}, {u"error_msg"_s, message}});
}

HttpResponse gateway(int status, const char* code, const QString& message,
                     const QByteArray& requestId)
{
    return HttpResponse::json(status,
                              QJsonObject {{u"error_code"_s, QString::fromLatin1(code)},
                                           {u"error_msg"_s, message},
                                           {u"request_id"_s, QString::fromLatin1(requestId)}});
}

HttpResponse unauthorized(const QString& problem, const QByteArray& requestId)
{
    return gateway(401, "APIGW.0301", u"Incorrect IAM authentication information: "_s + problem,
                   requestId);
}

HttpResponse iam(int status, const QString& message)
{
    return HttpResponse::json(
        status,
        QJsonObject {
            {u"error"_s,
             QJsonObject {{u"code"_s, status},
                          {u"message"_s, message},
                          {u"title"_s, QString::fromLatin1(HttpResponse::reasonPhrase(status))}}}});
}

} // namespace OmsSync::Sim::ErrorReplies
