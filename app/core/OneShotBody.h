// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>

namespace OmsSync {

// A request body that can be read once and never rewound. Qt's HTTP stack
// silently sends a request again when a kept-alive connection closes while
// it waits for the answer; for a start or stop that would be a second
// command. Given a body it cannot rewind, Qt reports ContentReSendError
// instead, and the caller checks what really happened. The bytes are wiped
// as soon as they are read, so a start's keys do not linger here.
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QByteArray body, QObject* parent = nullptr);
    ~OneShotBody() override;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_size; }
    // Qt rewinds an upload only to send it again, also an empty one it never
    // read: refusing is what this device is for (quietly: QIODevice's own
    // refusal prints a warning).
    bool reset() override { return false; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    QByteArray m_body;
    qint64 m_size;
    qint64 m_position = 0;
};

} // namespace OmsSync
