// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QTextStream>

namespace OmsSync::Cli {

// Where oms-sync writes: results to stdout, messages to stderr, and with
// --json both results and failures as JSON on stdout.
class Console
{
public:
    explicit Console(bool json);

    bool isJson() const { return m_json; }
    void result(const QString& text);
    void result(const QJsonValue& json);
    // Exactly these bytes, no line end added: CSV ends its own lines.
    void resultBytes(const QByteArray& bytes);
    void message(const QString& text); // stderr, also in JSON mode
    void failure(const ApiError& error); // stderr text, or JSON on stdout

private:
    bool m_json;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace OmsSync::Cli
