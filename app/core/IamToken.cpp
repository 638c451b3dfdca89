// SPDX-License-Identifier: GPL-3.0-or-later
#include "IamToken.h"

#include "InputRules.h"
#include "JsonFields.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace OmsSync {

std::optional<IamToken> IamToken::fromReply(int httpStatus, const QByteArray& subjectToken,
                                            const QByteArray& body, QString* error)
{
    auto refuse = [error](const char* why) -> std::optional<IamToken> {
        if (error) {
            *error = QCoreApplication::translate("OmsSync::IamToken", why);
        }
        return std::nullopt;
    };
    if (httpStatus != 201) {
        return refuse(QT_TRANSLATE_NOOP("OmsSync::IamToken",
                                        "IAM answered the sign-in with an unexpected status."));
    }
    const QByteArray token = subjectToken.trimmed();
    // The token goes back out as a header: anything that could break one is
    // refused here rather than sent.
    if (token.isEmpty() || token.size() > 16384
        || InputRules::hasControlCharacters(QString::fromLatin1(token))) {
        return refuse(QT_TRANSLATE_NOOP("OmsSync::IamToken",
                                        "IAM answered the sign-in without a usable token."));
    }
    const auto object = JsonFields::parseObject(body, error);
    if (!object) {
        return std::nullopt;
    }
    const QJsonObject tokenObject = object->value("token"_L1).toObject();
    const QDateTime expiresAt =
        QDateTime::fromString(JsonFields::text(tokenObject, "expires_at"_L1), Qt::ISODateWithMs);
    if (!expiresAt.isValid()) {
        return refuse(QT_TRANSLATE_NOOP("OmsSync::IamToken",
                                        "IAM answered the sign-in without the token's expiry."));
    }
    IamToken result;
    result.token = token;
    result.expiresAt = expiresAt.toUTC();
    result.projectId = JsonFields::text(tokenObject.value("project"_L1).toObject(), "id"_L1);
    return result;
}

} // namespace OmsSync
