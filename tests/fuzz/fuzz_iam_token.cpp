// SPDX-License-Identifier: GPL-3.0-or-later
//
// IAM sign-in replies (IamToken::fromReply). Input: "<status> <X-Subject-Token
// value>\n<body>"; the status is the leading decimal digits (at most four).
// Checks: no crash or sanitizer report; a refusal always says why; a token is
// only handed out for a 201, is the header value trimmed, is never empty,
// never longer than 16384 bytes and never holds a byte that would break the
// X-Auth-Token header it goes out in; its expiry is a valid UTC time.

#include "FuzzCheck.h"
#include "IamToken.h"

using OmsSync::IamToken;

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
    QByteArray subjectToken = firstLine.mid(digits);
    if (subjectToken.startsWith(' ')) {
        subjectToken.remove(0, 1);
    }

    QString error;
    const std::optional<IamToken> token = IamToken::fromReply(status, subjectToken, body, &error);
    if (!token) {
        OMS_FUZZ_CHECK(!error.isEmpty());
        // The refusal is shown to the user: it must not quote the token. (Short
        // or spaced tokens could match words of the message by chance.)
        const QString trimmed = QString::fromLatin1(subjectToken.trimmed());
        if (trimmed.size() >= 16 && !trimmed.contains(u' ')) {
            OMS_FUZZ_CHECK(!error.contains(trimmed));
        }
        return 0;
    }
    OMS_FUZZ_CHECK(status == 201);
    OMS_FUZZ_CHECK(token->token == subjectToken.trimmed());
    OMS_FUZZ_CHECK(!token->token.isEmpty());
    OMS_FUZZ_CHECK(token->token.size() <= 16384);
    for (const char c : token->token) {
        const auto byte = static_cast<unsigned char>(c);
        // No CR, LF, NUL or other C0/C1 control: the token becomes a header value.
        OMS_FUZZ_CHECK(byte >= 0x20 && byte != 0x7f && !(byte >= 0x80 && byte < 0xa0));
    }
    OMS_FUZZ_CHECK(token->expiresAt.isValid());
    OMS_FUZZ_CHECK(token->expiresAt.timeSpec() == Qt::UTC);
    return 0;
}
