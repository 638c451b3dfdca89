// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDebug>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QVariantMap>

// dunst, the notification server of tests/fixtures/with-desktop.sh, asked
// and driven through dunstctl as a user would.
namespace OmsSync::Test::Dunst {

constexpr int patience = 20000; // ms: a loaded machine is slow, never wrong

// dunstctl's output, or empty when it failed (said on the test's log).
inline QString control(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral("dunstctl"), arguments);
    if (!process.waitForFinished(patience) || process.exitCode() != 0) {
        qWarning() << "dunstctl" << arguments << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

// How many notifications are on screen.
inline int displayed()
{
    return control({QStringLiteral("count"), QStringLiteral("displayed")}).toInt();
}

// The notifications dunst closed, newest first: field ("summary", "body",
// "id", ...) → value.
inline QList<QVariantMap> history()
{
    const QJsonDocument document =
        QJsonDocument::fromJson(control({QStringLiteral("history")}).toUtf8());
    QList<QVariantMap> notifications;
    const QJsonArray entries =
        document.object().value(QLatin1StringView("data")).toArray().at(0).toArray();
    for (const QJsonValue& entry : entries) {
        QVariantMap fields;
        const QJsonObject object = entry.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            fields.insert(it.key(),
                          it.value().toObject().value(QLatin1StringView("data")).toVariant());
        }
        notifications.append(fields);
    }
    return notifications;
}

} // namespace OmsSync::Test::Dunst
