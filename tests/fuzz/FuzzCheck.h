// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// A violated invariant is a finding just like a sanitizer report: say which
// one, then abort so that libFuzzer stores the input as a crash.
#define OMS_FUZZ_CHECK(condition)                                                                  \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: invariant violated: %s\n", __FILE__, __LINE__,            \
                         #condition);                                                              \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace OmsSync::Fuzz {

// A deep copy: the parsers get a QByteArray as QNetworkReply::readAll() or a
// socket would hand it to them, terminated and owning its bytes.
inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// No unpaired surrogate: text that can be written out as UTF-8 and read back.
inline bool isWellFormedUtf16(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate()) {
                return false;
            }
            ++i;
        } else if (c.isLowSurrogate()) {
            return false;
        }
    }
    return true;
}

// The first line of the input (without its '\n') and the rest after it:
// how the targets that need a header and a body take both from one input.
struct Split
{
    QByteArray firstLine;
    QByteArray rest;
};

inline Split splitFirstLine(const QByteArray& input)
{
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0) {
        return {input, QByteArray()};
    }
    return {input.left(newline), input.mid(newline + 1)};
}

} // namespace OmsSync::Fuzz
