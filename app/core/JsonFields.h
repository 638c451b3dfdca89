// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

// Tolerant readers for fields of remote JSON. The OMS references disagree on
// some types (query_time and the epoch fields are documented both as strings
// and as numbers), so every reader accepts both spellings and treats a missing
// or mistyped field as absent instead of failing the whole document.
namespace OmsSync::JsonFields {

// A string, or a number or boolean written out as text; empty when absent.
QString text(const QJsonObject& object, QLatin1StringView key);

// An integer given as a JSON number or as a decimal string.
std::optional<qint64> integer(const QJsonObject& object, QLatin1StringView key);

// A boolean given as true/false or as the strings "true"/"false".
std::optional<bool> flag(const QJsonObject& object, QLatin1StringView key);

// Parses a document that must be a JSON object; on failure returns nullopt and
// describes the problem in *error (without quoting the body).
std::optional<QJsonObject> parseObject(const QByteArray& body, QString* error);

} // namespace OmsSync::JsonFields
