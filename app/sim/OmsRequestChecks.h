// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpResponse.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace OmsSync::Sim {

struct HttpRequest;

// How OMS reads a request body, shared by the sync-task API and the
// object-storage helpers so that both refuse the same things the same way.
// A check that fails says why in *problem; invalidParameter() answers it.
namespace OmsRequestChecks {

// 400 OMS.0064, the answer to every malformed parameter.
HttpResponse invalidParameter(const QString& message);

// A JSON object body with a JSON content type; nullopt and an error otherwise.
std::optional<QJsonObject> jsonBody(const HttpRequest& request, HttpResponse* error);

bool rejectUnknownFields(const QJsonObject& body, const QStringList& known, QString* problem);
// A string field: its type and length.
bool checkString(const QJsonObject& body, const QString& key, qsizetype minimum, qsizetype maximum,
                 bool required, QString* problem);
bool checkEnum(const QJsonObject& body, const QString& key, const QStringList& allowed,
               bool required, QString* problem);
bool checkBool(const QJsonObject& body, const QString& key, QString* problem);

// The clouds OMS syncs from (src_cloud_type, cloud_type).
const QStringList& sourceCloudTypes();
// source_cdn.authentication_type.
const QStringList& cdnAuthenticationTypes();

} // namespace OmsRequestChecks

} // namespace OmsSync::Sim
