// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace OmsSync::Sim {

// The decoded parameters of a query string, in the order sent, as the OMS
// backend reads them: escapes decoded once, '+' as a space (form encoding),
// a key without '=' has an empty value. A broken escape (%zz) makes the
// whole query invalid, as it does for a servlet container.
class QueryParameters
{
public:
    static std::optional<QueryParameters> parse(QByteArrayView rawQuery);
    // Decodes %XX escapes once; nullopt on a broken escape.
    static std::optional<QByteArray> percentDecode(QByteArrayView text, bool plusIsSpace);
    // The value of one hex digit of a %XX escape, -1 for any other character.
    static int hexDigit(char c);

    qsizetype count(QStringView key) const;
    bool contains(QStringView key) const { return count(key) > 0; }
    // The first value of key; empty when absent.
    QString value(QStringView key) const;
    const QList<std::pair<QString, QString>>& items() const { return m_items; }

private:
    QList<std::pair<QString, QString>> m_items;
};

} // namespace OmsSync::Sim
