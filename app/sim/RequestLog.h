// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>

namespace OmsSync::Sim {

struct HttpRequest;

// What clients sent, for tests to inspect (GET /_sim/log). It holds request
// headers and bodies verbatim, so tokens, signatures and the keys of a start
// end up here: it records only when oms-sim runs with --log-requests, and
// keeps the most recent entries only.
class RequestLog
{
public:
    static constexpr qsizetype capacity = 10'000;

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    struct Outcome
    {
        quint64 connectionId = 0;
        QString route;
        QString auth; // token, aksk or none
        int status = 0; // 0: no answer was sent (hang, reset)
        QString fault; // the fault kind applied, if any
        QByteArray requestId;
        qint64 timeMs = 0;
    };
    void record(const HttpRequest& request, const Outcome& outcome);
    void clear() { m_entries = QJsonArray(); }
    QJsonArray entries() const { return m_entries; }

private:
    bool m_enabled = false;
    qint64 m_sequence = 0;
    QJsonArray m_entries;
};

} // namespace OmsSync::Sim
