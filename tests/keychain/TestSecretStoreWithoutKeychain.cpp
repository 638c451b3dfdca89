// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlockingSecrets.h"
#include "SecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using OmsSync::SecretStore;
using OmsSync::Test::BlockingSecrets;

// SecretStore with no keychain on the bus at all (the test runs with a
// D-Bus address that leads nowhere): secrets stay in memory for the session,
// nothing is written anywhere, and the store says so once.
class TestSecretStoreWithoutKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutAKeychainKeepsSecretsForTheSessionAndSaysSo()
    {
        SecretStore store;
        QSignalSpy availability(&store, &SecretStore::availabilityChanged);
        const QString key = SecretStore::signInKey(QUuid::createUuid());
        const SecretStore::Result written = BlockingSecrets(store).write(key, "kept in memory");
        QCOMPARE(written.status, SecretStore::Status::Unavailable);
        QVERIFY(!written.errorString.isEmpty());
        QVERIFY(!store.isAvailable());
        QCOMPARE(availability.size(), 1);
        QCOMPARE(availability.first().first().toBool(), false);

        // Readable for the rest of the session, from memory.
        QCOMPARE(BlockingSecrets(store).read(key).data, QByteArray("kept in memory"));
        // Unknown entries are reported as unavailable, not as missing: the
        // keychain might hold them.
        QCOMPARE(BlockingSecrets(store).read(SecretStore::tokenKey(QUuid::createUuid())).status,
                 SecretStore::Status::Unavailable);
        QCOMPARE(availability.size(), 1);

        store.retryKeychain();
        QVERIFY(store.isAvailable());
        QCOMPARE(availability.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreWithoutKeychain)
#include "TestSecretStoreWithoutKeychain.moc"
