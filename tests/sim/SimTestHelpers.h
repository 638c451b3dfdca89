// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RawHttpClient.h"
#include "SimulatorProcess.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>

#include <optional>

// Small helpers shared by the simulator's process tests: one request on a
// fresh connection, an IAM token for the demo user, JSON of a reply.
namespace SimTest {

using OmsSync::Test::RawHttpClient;
using OmsSync::Test::SimulatorProcess;
using Headers = QList<std::pair<QByteArray, QByteArray>>;
using Response = RawHttpClient::Response;

inline Response call(quint16 port, const QByteArray& method, const QByteArray& target,
                     const Headers& headers = {}, const QByteArray& body = {})
{
    RawHttpClient client(port);
    const auto response = client.request(method, target, headers, body);
    if (!response) {
        qWarning("no answer to %s %s", method.constData(), target.constData());
        return {};
    }
    return *response;
}

inline QJsonObject json(const Response& response)
{
    return QJsonDocument::fromJson(response.body).object();
}

inline QByteArray tokenRequestBody(const QString& domain, const QString& user,
                                   const QString& password, const QJsonObject& projectScope)
{
    const QJsonObject body {
        {QStringLiteral("auth"),
         QJsonObject {
             {QStringLiteral("identity"),
              QJsonObject {{QStringLiteral("methods"), QJsonArray {QStringLiteral("password")}},
                           {QStringLiteral("password"),
                            QJsonObject {{QStringLiteral("user"),
                                          QJsonObject {{QStringLiteral("name"), user},
                                                       {QStringLiteral("password"), password},
                                                       {QStringLiteral("domain"),
                                                        QJsonObject {{QStringLiteral("name"),
                                                                      domain}}}}}}}}},
             {QStringLiteral("scope"), QJsonObject {{QStringLiteral("project"), projectScope}}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

inline Response requestToken(quint16 port, const QString& region,
                             const QString& domain = QStringLiteral("demo"),
                             const QString& user = QStringLiteral("demo"),
                             const QString& password = QStringLiteral("demo-password"))
{
    return call(
        port, "POST", "/v3/auth/tokens?nocatalog=true",
        {{"Content-Type", "application/json;charset=UTF-8"}},
        tokenRequestBody(domain, user, password, QJsonObject {{QStringLiteral("name"), region}}));
}

// An X-Auth-Token header for the demo user, scoped to a region's project.
inline Headers tokenHeaders(quint16 port, const QString& region = QStringLiteral("cn-north-4"))
{
    const Response response = requestToken(port, region);
    if (response.status != 201) {
        qWarning("IAM refused the demo user: %d %s", response.status, response.body.constData());
    }
    return {{"X-Auth-Token", response.header("x-subject-token")}};
}

inline bool isRequestId(const QByteArray& id)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{32}$"));
    return hex.match(QString::fromLatin1(id)).hasMatch();
}

} // namespace SimTest
