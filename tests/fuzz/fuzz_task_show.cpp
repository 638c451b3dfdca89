// SPDX-License-Identifier: GPL-3.0-or-later
//
// ShowSyncTask reply bodies (JsonFields::parseObject, then SyncTask::fromJson),
// and the tolerant field readers of JsonFields on every key of the body.
// Checks: no crash or sanitizer report; parseObject either gives an object or
// says why; the readers agree with each other (an integer or a flag is also
// readable as text; a number is read without losing digits); the task
// survives toJson() and fromJson() unchanged, and a CDN source is only kept
// when it names a domain.

#include "FuzzCheck.h"
#include "JsonFields.h"
#include "SyncTask.h"

#include <QJsonObject>
#include <QJsonValue>

using namespace Qt::StringLiterals;
using namespace OmsSync;

namespace {

void checkReaders(const QJsonObject& object)
{
    const QStringList keys = object.keys();
    for (const QString& key : keys) {
        // The readers take Latin-1 keys: the API's field names are ASCII.
        const QByteArray latin1 = key.toLatin1();
        if (QString::fromLatin1(latin1) != key) {
            continue;
        }
        const QLatin1StringView name(latin1);
        const QJsonValue value = object.value(key);
        const QString text = JsonFields::text(object, name);
        const std::optional<qint64> integer = JsonFields::integer(object, name);
        const std::optional<bool> flag = JsonFields::flag(object, name);

        if (value.isString()) {
            OMS_FUZZ_CHECK(text == value.toString());
        }
        if (value.isBool()) {
            OMS_FUZZ_CHECK(flag == value.toBool());
            OMS_FUZZ_CHECK(text == (value.toBool() ? u"true"_s : u"false"_s));
        }
        if (value.isDouble()) {
            OMS_FUZZ_CHECK(!text.isEmpty());
            // A whole number within qint64 must come back exactly, digit for
            // digit: epoch milliseconds and byte counts are not approximations.
            const qint64 exactA = value.toInteger(0);
            const qint64 exactB = value.toInteger(1);
            if (exactA == exactB) {
                OMS_FUZZ_CHECK(integer == exactA);
            }
            if (integer) {
                OMS_FUZZ_CHECK(text == QString::number(*integer));
            }
        }
        if (value.isNull() || value.isArray() || value.isObject() || value.isUndefined()) {
            OMS_FUZZ_CHECK(text.isEmpty());
            OMS_FUZZ_CHECK(!integer.has_value());
            OMS_FUZZ_CHECK(!flag.has_value());
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    QString error;
    const std::optional<QJsonObject> object = JsonFields::parseObject(body, &error);
    if (!object) {
        OMS_FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    checkReaders(*object);
    if (const QJsonValue cdn = object->value("source_cdn"_L1); cdn.isObject()) {
        checkReaders(cdn.toObject());
    }

    const SyncTask task = SyncTask::fromJson(*object);
    const QJsonObject json = task.toJson();
    const SyncTask again = SyncTask::fromJson(json);
    OMS_FUZZ_CHECK(again.id == task.id);
    OMS_FUZZ_CHECK(again == task);
    OMS_FUZZ_CHECK(again.toJson() == json);
    if (task.sourceCdn) {
        OMS_FUZZ_CHECK(!task.sourceCdn->domain.isEmpty());
    }
    return 0;
}
