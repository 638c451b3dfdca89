// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>
#include <utility>

namespace OmsSync::Sim {

// One armed fault: what requests it matches and what happens to them.
struct Fault
{
    enum class Kind {
        Status, // answer with a status, body and headers instead; the request is not applied
        Delay, // wait delay_ms, then handle and answer normally
        Hang, // never answer; the connection stays open
        ResetBefore, // RST as soon as the head arrived: the body is never read, nothing applied
        ResetAfter, // the request is applied, then RST instead of the answer ("fate unknown")
        Truncate, // the normal answer, cut to half its body (Content-Length matches the cut)
        Oversized, // a valid-looking JSON body of `size` bytes, streamed; nothing applied
    };

    int id = 0;
    Kind kind = Kind::Status;
    QByteArray method; // empty: any
    QString pathPattern; // as given (glob or regex); empty: any
    QRegularExpression path;
    QString route; // a Route::name(), e.g. oms.tasks.start; empty: any
    int remaining = 1; // -1: every matching request
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QList<std::pair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    qint64 size = 0;

    QJsonObject toJson() const;
    static QString kindName(Kind kind);
};

// Faults armed for the next N requests that match a method and a path
// pattern (a glob where * stays inside a segment and ** crosses them, or a
// regular expression), from the configuration or at runtime through
// POST /_sim/faults. The first armed fault that matches wins.
class FaultInjector
{
public:
    static constexpr qint64 defaultOversizedBytes = 64LL * 1024 * 1024;

    // One fault object, an array of them, or {"faults": [...]}. Returns the
    // new ids; nothing is armed when any specification is invalid.
    std::optional<QList<int>> add(const QJsonValue& specification, QString* error);
    // Consumes one use of the first fault matching this request.
    std::optional<Fault> take(QByteArrayView method, QByteArrayView path, const QString& route);
    qsizetype clear();
    QJsonArray toJson() const;

    // The streamed body of an Oversized fault: {"tasks":[],"count":0,"padding":"xxx..."},
    // exactly `size` bytes (at least its frame) and valid JSON from end to end.
    static qint64 oversizedLength(qint64 size);
    static QByteArray oversizedChunk(qint64 size, qint64 offset, qint64 maxBytes);

    // "*" within a segment, "**" across segments, "?" one character; anchored.
    static QRegularExpression globToRegularExpression(const QString& glob);

private:
    static std::optional<Fault> parse(const QJsonObject& object, QString* error);

    QList<Fault> m_faults;
    int m_nextId = 1;
};

} // namespace OmsSync::Sim
