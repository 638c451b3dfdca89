// SPDX-License-Identifier: GPL-3.0-or-later
//
// The simulator's query string reader (QueryParameters::parse and
// percentDecode), which every OMS and IAM route of oms-sim reads its
// parameters with. Input: a raw query string, any bytes.
// Checks: no crash or sanitizer report; a query is refused exactly when it
// holds a broken escape; decoding never grows the text; the parameters,
// written out again fully encoded, read back the same; count() and value()
// agree with items(). The verifier's canonical query of the same bytes is
// computed too (no crash; canonicalising it again changes nothing).

#include "FuzzCheck.h"
#include "QueryParameters.h"
#include "SignatureVerifier.h"

#include <algorithm>

using OmsSync::Sim::QueryParameters;
using OmsSync::Sim::SignatureVerifier;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray raw = OmsSync::Fuzz::bytes(data, size);

    const std::optional<QByteArray> decodedForm = QueryParameters::percentDecode(raw, true);
    const std::optional<QByteArray> decodedPath = QueryParameters::percentDecode(raw, false);
    OMS_FUZZ_CHECK(decodedForm.has_value() == decodedPath.has_value());
    if (decodedForm) {
        OMS_FUZZ_CHECK(decodedForm->size() <= raw.size());
        OMS_FUZZ_CHECK(decodedForm->size() == decodedPath->size());
        if (!raw.contains('%')) {
            OMS_FUZZ_CHECK(*decodedPath == raw);
        }
    }

    const std::optional<QueryParameters> parameters = QueryParameters::parse(raw);
    // Splitting at '&' and '=' cannot make or break an escape.
    OMS_FUZZ_CHECK(parameters.has_value() == decodedForm.has_value());

    const QByteArray canonical = SignatureVerifier::canonicalQueryString(raw);
    OMS_FUZZ_CHECK(SignatureVerifier::canonicalQueryString(canonical) == canonical);

    if (!parameters) {
        return 0;
    }
    QByteArray written;
    for (const auto& [key, value] : parameters->items()) {
        OMS_FUZZ_CHECK(parameters->contains(key));
        OMS_FUZZ_CHECK(parameters->count(key) >= 1);
        if (!written.isEmpty()) {
            written += '&';
        }
        written += SignatureVerifier::percentEncode(key.toUtf8()) + '='
            + SignatureVerifier::percentEncode(value.toUtf8());
    }
    for (const auto& item : parameters->items()) {
        const QString& key = item.first;
        const auto first = std::find_if(parameters->items().cbegin(), parameters->items().cend(),
                                        [&key](const auto& other) { return other.first == key; });
        OMS_FUZZ_CHECK(parameters->value(key) == first->second);
    }
    const std::optional<QueryParameters> again = QueryParameters::parse(written);
    OMS_FUZZ_CHECK(again.has_value());
    OMS_FUZZ_CHECK(again->items() == parameters->items());
    return 0;
}
