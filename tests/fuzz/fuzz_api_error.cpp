// SPDX-License-Identifier: GPL-3.0-or-later
//
// Error replies of OMS, the API gateway and IAM (ApiError::fromHttpReply).
// Input: "<status> <X-Request-Id value>\n<body>"; the status is the leading
// decimal digits (at most four, so also 0 and nonsense statuses), the rest of
// the first line is the raw header value.
// Checks: no crash or sanitizer report in fromHttpReply, summary() or
// toJson(); the kind follows the status (401 is Authentication); the header's
// request id wins over the body's; there is always a message; a body that
// is not a JSON object with an error in it becomes a message of at most
// ApiError::maxPlainMessageLength characters, on one line, with no control
// characters and no half of a surrogate pair; summary() is one line whenever
// the message is; toJson() carries what the accessors say.

#include "ApiError.h"
#include "FuzzCheck.h"
#include "JsonFields.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;
using OmsSync::ApiError;

namespace {

bool hasControlCharacter(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

// Whether fromHttpReply finds an error in the body itself (OMS, gateway or
// IAM shape); otherwise the body is shown as plain text.
bool bodyNamesAnError(const QByteArray& body)
{
    const auto object = OmsSync::JsonFields::parseObject(body, nullptr);
    if (!object) {
        return false;
    }
    if (!OmsSync::JsonFields::text(*object, "error_code"_L1).isEmpty()
        || !OmsSync::JsonFields::text(*object, "error_msg"_L1).isEmpty()) {
        return true;
    }
    const QJsonObject nested = object->value("error"_L1).toObject();
    return !OmsSync::JsonFields::text(nested, "title"_L1).isEmpty()
        || !OmsSync::JsonFields::text(nested, "code"_L1).isEmpty()
        || !OmsSync::JsonFields::text(nested, "message"_L1).isEmpty();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const auto [firstLine, body] = OmsSync::Fuzz::splitFirstLine(OmsSync::Fuzz::bytes(data, size));
    int status = 0;
    qsizetype digits = 0;
    while (digits < firstLine.size() && digits < 4 && firstLine.at(digits) >= '0'
           && firstLine.at(digits) <= '9') {
        status = status * 10 + (firstLine.at(digits) - '0');
        ++digits;
    }
    QByteArray requestIdHeader = firstLine.mid(digits);
    if (requestIdHeader.startsWith(' ')) {
        requestIdHeader.remove(0, 1);
    }

    const ApiError error = ApiError::fromHttpReply(status, body, requestIdHeader);
    OMS_FUZZ_CHECK(error.isError());
    OMS_FUZZ_CHECK(error.kind()
                   == (status == 401 ? ApiError::Kind::Authentication : ApiError::Kind::Service));
    OMS_FUZZ_CHECK(error.httpStatus() == status);
    OMS_FUZZ_CHECK(!error.message().isEmpty());
    const QString headerId = QString::fromLatin1(requestIdHeader.trimmed());
    if (!headerId.isEmpty()) {
        OMS_FUZZ_CHECK(error.requestId() == headerId);
    }

    if (!bodyNamesAnError(body)) {
        OMS_FUZZ_CHECK(error.errorCode().isEmpty());
        OMS_FUZZ_CHECK(error.message().size() <= ApiError::maxPlainMessageLength);
        OMS_FUZZ_CHECK(!error.message().contains(u'\n'));
        OMS_FUZZ_CHECK(!hasControlCharacter(error.message()));
        OMS_FUZZ_CHECK(OmsSync::Fuzz::isWellFormedUtf16(error.message()));
    }

    const QString summary = error.summary();
    OMS_FUZZ_CHECK(!summary.isEmpty());
    OMS_FUZZ_CHECK(summary.contains(error.message()));
    if (!error.message().contains(u'\n') && !error.errorCode().contains(u'\n')
        && !error.requestId().contains(u'\n')) {
        OMS_FUZZ_CHECK(!summary.contains(u'\n'));
    }

    const QJsonObject json = error.toJson();
    OMS_FUZZ_CHECK(json.value("http_status"_L1).toInt() == status);
    OMS_FUZZ_CHECK(json.value("error_code"_L1).toString() == error.errorCode());
    OMS_FUZZ_CHECK(json.value("error_msg"_L1).toString() == error.message());
    OMS_FUZZ_CHECK(json.value("request_id"_L1).toString() == error.requestId());

    // What the IAM sign-in does with a refused password.
    const ApiError reclassed = error.withKind(ApiError::Kind::Authentication);
    OMS_FUZZ_CHECK(reclassed.message() == error.message());
    OMS_FUZZ_CHECK(!reclassed.summary().isEmpty());
    return 0;
}
