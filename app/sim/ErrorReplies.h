// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HttpResponse.h"

#include <QString>

// The three error shapes a client of Huawei Cloud meets, as the OMS, IAM and
// API gateway references describe them. Every one is answered by exactly one of these functions.
namespace OmsSync::Sim::ErrorReplies {

// OMS: {"error_code":"OMS.xxxx","error_msg":"..."}
HttpResponse oms(int status, const char* code, const QString& message);
// API gateway: {"error_code":"APIGW.xxxx","error_msg":"...","request_id":"..."}
HttpResponse gateway(int status, const char* code, const QString& message,
                     const QByteArray& requestId);
// The gateway's 401 for missing, bad or expired credentials.
HttpResponse unauthorized(const QString& problem, const QByteArray& requestId);
// IAM: {"error":{"code":401,"message":"...","title":"Unauthorized"}}
HttpResponse iam(int status, const QString& message);

} // namespace OmsSync::Sim::ErrorReplies
