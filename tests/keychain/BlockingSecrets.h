// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretStore.h"

#include <QObject>
#include <QTest>

namespace OmsSync::Test {

// SecretStore's asynchronous calls made synchronous for test code: each
// waits for its answer with an event loop (20 s at most).
class BlockingSecrets : public QObject
{
public:
    explicit BlockingSecrets(SecretStore& store)
        : m_store(store)
    { }

    SecretStore::Result read(const QString& key)
    {
        return wait([&](SecretStore::Callback done) { m_store.read(key, this, done); });
    }

    SecretStore::Result write(const QString& key, const QByteArray& data)
    {
        return wait([&](SecretStore::Callback done) { m_store.write(key, data, this, done); });
    }

    SecretStore::Result remove(const QString& key)
    {
        return wait([&](SecretStore::Callback done) { m_store.remove(key, this, done); });
    }

private:
    template<typename Call>
    SecretStore::Result wait(Call call)
    {
        SecretStore::Result result;
        bool done = false;
        call([&](const SecretStore::Result& answer) {
            result = answer;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000)) {
            result.status = SecretStore::Status::Failed;
            result.errorString = QStringLiteral("no answer within 20 s");
        }
        return result;
    }

    SecretStore& m_store;
};

} // namespace OmsSync::Test
