// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFields.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>

namespace OmsSync::JsonFields {

QString text(const QJsonObject& object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const auto number = integer(object, key);
        return number ? QString::number(*number) : QString::number(value.toDouble());
    }
    default:
        return {};
    }
}

std::optional<qint64> integer(const QJsonObject& object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble()) {
        // Qt keeps whole numbers that fit as exact integers: read them as
        // such, since epoch milliseconds and byte counts are not estimates.
        // A fraction, or a number outside qint64, gives the two defaults.
        const qint64 a = value.toInteger(0);
        const qint64 b = value.toInteger(1);
        if (a != b) {
            return std::nullopt;
        }
        return a;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok) {
            return number;
        }
    }
    return std::nullopt;
}

std::optional<bool> flag(const QJsonObject& object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isBool()) {
        return value.toBool();
    }
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.compare(QLatin1StringView("true"), Qt::CaseInsensitive) == 0) {
            return true;
        }
        if (text.compare(QLatin1StringView("false"), Qt::CaseInsensitive) == 0) {
            return false;
        }
    }
    return std::nullopt;
}

std::optional<QJsonObject> parseObject(const QByteArray& body, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error) {
            *error = QCoreApplication::translate("OmsSync::JsonFields",
                                                 "The reply is not valid JSON (%1 at byte %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        }
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error) {
            *error = QCoreApplication::translate("OmsSync::JsonFields",
                                                 "The reply is JSON but not an object.");
        }
        return std::nullopt;
    }
    return document.object();
}

} // namespace OmsSync::JsonFields
