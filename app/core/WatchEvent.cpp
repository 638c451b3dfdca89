// SPDX-License-Identifier: GPL-3.0-or-later
#include "WatchEvent.h"

using namespace Qt::StringLiterals;

namespace OmsSync {

QString WatchEvent::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Status:
        return u"status"_s;
    case Kind::Failures:
        return u"failures"_s;
    case Kind::SignIn:
        return u"sign-in"_s;
    }
    return {};
}

QJsonObject WatchEvent::toJson() const
{
    QJsonObject object {
        {u"time"_s, time.toUTC().toString(Qt::ISODate)},
        {u"event"_s, kindName(kind)},
        {u"profile"_s, profileName},
    };
    switch (kind) {
    case Kind::Status:
        object.insert(u"task_id"_s, taskId);
        object.insert(u"task_name"_s, taskName);
        object.insert(u"from"_s, from.isEmpty() ? QJsonValue() : QJsonValue(from));
        object.insert(u"to"_s, to);
        break;
    case Kind::Failures:
        object.insert(u"task_id"_s, taskId);
        object.insert(u"task_name"_s, taskName);
        object.insert(u"failures"_s, failures);
        break;
    case Kind::SignIn:
        // null: the profile signs in again.
        object.insert(u"error"_s, error.isError() ? QJsonValue(error.summary()) : QJsonValue());
        break;
    }
    return object;
}

} // namespace OmsSync
