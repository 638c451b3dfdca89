// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlockingSecrets.h"
#include "SecretStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using OmsSync::SecretStore;
using OmsSync::Test::BlockingSecrets;

// SecretStore against a real Secret Service: gnome-keyring in a private
// D-Bus session (tests/fixtures/with-keyring.sh wraps this test).
class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesReadsOverwritesAndDeletes()
    {
        SecretStore store;
        const QString key = SecretStore::signInKey(QUuid::createUuid());
        QCOMPARE(BlockingSecrets(store).read(key).status, SecretStore::Status::NotFound);

        QCOMPARE(BlockingSecrets(store).write(key, "first 密码").status, SecretStore::Status::Ok);
        SecretStore::Result result = BlockingSecrets(store).read(key);
        QCOMPARE(result.status, SecretStore::Status::Ok);
        QCOMPARE(result.data, QByteArray("first 密码"));

        QCOMPARE(BlockingSecrets(store).write(key, "second").status, SecretStore::Status::Ok);
        QCOMPARE(BlockingSecrets(store).read(key).data, QByteArray("second"));

        // Another store (another process, in real life) reads the same entry.
        SecretStore other;
        QCOMPARE(BlockingSecrets(other).read(key).data, QByteArray("second"));

        QCOMPARE(BlockingSecrets(store).remove(key).status, SecretStore::Status::Ok);
        QCOMPARE(BlockingSecrets(store).read(key).status, SecretStore::Status::NotFound);
        // Removing what is gone already is no error.
        QCOMPARE(BlockingSecrets(store).remove(key).status, SecretStore::Status::Ok);
        QVERIFY(store.isAvailable());
    }

    void keepsEntriesApartByProfileAndPurpose()
    {
        SecretStore store;
        const QUuid a = QUuid::createUuid();
        const QUuid b = QUuid::createUuid();
        QCOMPARE(BlockingSecrets(store).write(SecretStore::signInKey(a), "a-sign-in").status,
                 SecretStore::Status::Ok);
        QCOMPARE(BlockingSecrets(store).write(SecretStore::tokenKey(a), "a-token").status,
                 SecretStore::Status::Ok);
        QCOMPARE(
            BlockingSecrets(store).write(SecretStore::startKeysKey(a, u"t/1"_s), "a-t1").status,
            SecretStore::Status::Ok);
        QCOMPARE(BlockingSecrets(store).read(SecretStore::signInKey(a)).data,
                 QByteArray("a-sign-in"));
        QCOMPARE(BlockingSecrets(store).read(SecretStore::tokenKey(a)).data, QByteArray("a-token"));
        QCOMPARE(BlockingSecrets(store).read(SecretStore::startKeysKey(a, u"t/1"_s)).data,
                 QByteArray("a-t1"));
        QCOMPARE(BlockingSecrets(store).read(SecretStore::signInKey(b)).status,
                 SecretStore::Status::NotFound);
        QCOMPARE(BlockingSecrets(store).read(SecretStore::startKeysKey(a, u"t"_s)).status,
                 SecretStore::Status::NotFound);
    }

    void sessionOnlyNeverTouchesTheKeychain()
    {
        SecretStore store;
        store.setSessionOnly(true);
        QVERIFY(!store.isAvailable());
        const QString key = SecretStore::signInKey(QUuid::createUuid());
        QCOMPARE(BlockingSecrets(store).write(key, "demo").status, SecretStore::Status::Ok);
        QCOMPARE(BlockingSecrets(store).read(key).data, QByteArray("demo"));
        SecretStore keychain;
        QCOMPARE(BlockingSecrets(keychain).read(key).status, SecretStore::Status::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
