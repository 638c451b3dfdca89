// SPDX-License-Identifier: GPL-3.0-or-later
#include "Authenticator.h"

#include <QMetaObject>

namespace OmsSync {

void Authenticator::callLater(QObject* context, ReadyCallback ready, const ApiError& error)
{
    QMetaObject::invokeMethod(
        context, [ready = std::move(ready), error] { ready(error); }, Qt::QueuedConnection);
}

} // namespace OmsSync
