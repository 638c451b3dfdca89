// SPDX-License-Identifier: GPL-3.0-or-later
#include "Counters.h"

using namespace Qt::StringLiterals;

namespace OmsSync::Sim {

void Counters::request(const QString& route)
{
    ++m_requests;
    ++m_perRoute[route];
}

QJsonObject Counters::toJson() const
{
    QJsonObject perRoute;
    for (auto it = m_perRoute.cbegin(); it != m_perRoute.cend(); ++it) {
        perRoute.insert(it.key(), it.value());
    }
    return QJsonObject {
        {u"connections_opened"_s, m_connections},
        {u"requests_total"_s, m_requests},
        {u"requests"_s, perRoute},
        {u"iam_token_requests"_s, m_perRoute.value(u"iam.tokens.create"_s)},
        {u"rejected_requests"_s, m_rejected},
        {u"faults_applied"_s, m_faults},
    };
}

} // namespace OmsSync::Sim
