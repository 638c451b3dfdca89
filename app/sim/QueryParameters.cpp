// SPDX-License-Identifier: GPL-3.0-or-later
#include "QueryParameters.h"

namespace OmsSync::Sim {

int QueryParameters::hexDigit(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

std::optional<QByteArray> QueryParameters::percentDecode(QByteArrayView text, bool plusIsSpace)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '%') {
            if (i + 2 >= text.size() || hexDigit(text[i + 1]) < 0 || hexDigit(text[i + 2]) < 0) {
                return std::nullopt;
            }
            out += static_cast<char>(hexDigit(text[i + 1]) * 16 + hexDigit(text[i + 2]));
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            out += ' ';
        } else {
            out += c;
        }
    }
    return out;
}

std::optional<QueryParameters> QueryParameters::parse(QByteArrayView rawQuery)
{
    QueryParameters parameters;
    qsizetype start = 0;
    while (start < rawQuery.size()) {
        qsizetype end = rawQuery.indexOf('&', start);
        if (end < 0) {
            end = rawQuery.size();
        }
        const QByteArrayView pair = rawQuery.sliced(start, end - start);
        start = end + 1;
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype equals = pair.indexOf('=');
        const auto key = percentDecode(equals < 0 ? pair : pair.first(equals), true);
        const auto value =
            percentDecode(equals < 0 ? QByteArrayView() : pair.sliced(equals + 1), true);
        if (!key || !value) {
            return std::nullopt;
        }
        parameters.m_items.append({QString::fromUtf8(*key), QString::fromUtf8(*value)});
    }
    return parameters;
}

qsizetype QueryParameters::count(QStringView key) const
{
    qsizetype n = 0;
    for (const auto& item : m_items) {
        if (item.first == key) {
            ++n;
        }
    }
    return n;
}

QString QueryParameters::value(QStringView key) const
{
    for (const auto& item : m_items) {
        if (item.first == key) {
            return item.second;
        }
    }
    return {};
}

} // namespace OmsSync::Sim
