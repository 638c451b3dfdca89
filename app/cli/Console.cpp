// SPDX-License-Identifier: GPL-3.0-or-later
#include "Console.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace OmsSync::Cli {

Console::Console(bool json)
    : m_json(json)
    , m_out(stdout)
    , m_err(stderr)
{ }

void Console::result(const QString& text)
{
    m_out << text << Qt::endl;
}

void Console::result(const QJsonValue& json)
{
    const QJsonDocument document =
        json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented)) << Qt::flush;
}

void Console::resultBytes(const QByteArray& bytes)
{
    // After what the text stream still holds, and out before the run ends.
    m_out.flush();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void Console::message(const QString& text)
{
    m_err << text << Qt::endl;
}

void Console::failure(const ApiError& error)
{
    if (m_json) {
        result(QJsonValue(error.toJson()));
    } else {
        message(QCoreApplication::translate("OmsSync::Cli::Console", "oms-sync: %1")
                    .arg(error.summary()));
    }
}

} // namespace OmsSync::Cli
