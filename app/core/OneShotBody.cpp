// SPDX-License-Identifier: GPL-3.0-or-later
#include "OneShotBody.h"

#include "StartCredentials.h"

#include <cstring>

namespace OmsSync {

OneShotBody::OneShotBody(QByteArray body, QObject* parent)
    : QIODevice(parent)
    , m_body(std::move(body))
    , m_size(m_body.size())
{
    open(QIODevice::ReadOnly);
}

OneShotBody::~OneShotBody()
{
    wipeBytes(m_body);
}

qint64 OneShotBody::bytesAvailable() const
{
    return (m_size - m_position) + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char* data, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, m_size - m_position);
    if (count <= 0) {
        return m_size == m_position ? -1 : 0;
    }
    std::memcpy(data, m_body.constData() + m_position, size_t(count));
    m_position += count;
    if (m_position == m_size) {
        wipeBytes(m_body);
    }
    return count;
}

qint64 OneShotBody::writeData(const char*, qint64)
{
    return -1;
}

} // namespace OmsSync
