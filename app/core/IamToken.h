// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace OmsSync {

// What a successful IAM sign-in hands out: the token (from the
// X-Subject-Token header, not the body), when it ends, and for which project.
struct IamToken
{
    QByteArray token;
    QDateTime expiresAt; // UTC
    QString projectId;

    // Reads a reply of POST /v3/auth/tokens; nullopt with *error set unless it
    // is a 201 with a token and a parseable expiry.
    static std::optional<IamToken> fromReply(int httpStatus, const QByteArray& subjectToken,
                                             const QByteArray& body, QString* error);
};

} // namespace OmsSync
