// SPDX-License-Identifier: GPL-3.0-or-later
#include "OmsClient.h"
#include "OmsJob.h"
#include "ProfileService.h"
#include "ProfileSession.h"
#include "ProfileStore.h"
#include "SecretStore.h"
#include "SimulatorProcess.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using OmsSync::Test::SimulatorProcess;

namespace {

// A service on settings of its own and a session-only secret store that the
// test can look into.
struct Fixture
{
    QTemporaryDir dir;
    ProfileStore store {dir.filePath(u"profiles.ini"_s)};
    SecretStore secrets;
    ProfileService service {&store, &secrets};

    Fixture() { secrets.setSessionOnly(true); }

    Profile add(const QString& name, const QString& secret = {})
    {
        Profile profile;
        profile.name = name;
        profile.regionId = u"cn-north-4"_s;
        profile.userName = u"alice"_s;
        profile.accountName = u"acme"_s;
        std::optional<ApiError> keychain;
        const ApiError error = service.saveProfile(
            profile, secret, &service, [&keychain](const ApiError& e) { keychain = e; });
        if (error.isError()) {
            qWarning() << error.summary();
            return {};
        }
        wait(keychain);
        return profile;
    }

    SecretStore::Result read(const QString& key)
    {
        std::optional<SecretStore::Result> result;
        secrets.read(key, &service, [&result](const SecretStore::Result& r) { result = r; });
        wait(result);
        return result.value_or(SecretStore::Result {SecretStore::Status::Failed, {}, {}});
    }

    void write(const QString& key, const QByteArray& data)
    {
        bool done = false;
        secrets.write(key, data, &service, [&done](const SecretStore::Result&) { done = true; });
        wait(done);
    }

    ApiError call(const std::function<void(ProfileService::Done)>& run)
    {
        std::optional<ApiError> answer;
        run([&answer](const ApiError& error) { answer = error; });
        wait(answer);
        return answer.value_or(ApiError::timeout(u"no answer"_s));
    }

    template<typename T>
    static void wait(const T& answered)
    {
        QTRY_VERIFY_WITH_TIMEOUT(static_cast<bool>(answered), 10000);
    }
};

StartCredentials keys(const QString& tag)
{
    return {u"src-ak-"_s + tag, u"src-sk-"_s + tag, u"dst-ak-"_s + tag, u"dst-sk-"_s + tag, {}};
}

} // namespace

// The rules of docs/architecture.md ("Profiles and secrets"), each once,
// against a real settings file and a session-only secret store; the project
// id batch against a real oms-sim.
class TestProfileService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savingANewSecretDropsTheCachedToken()
    {
        Fixture f;
        Profile profile = f.add(u"Beijing"_s, u"first"_s);
        QCOMPARE(f.read(SecretStore::signInKey(profile.id)).data, QByteArray("first"));
        f.write(SecretStore::tokenKey(profile.id), "cached-token");

        QSignalSpy signInChanged(&f.service, &ProfileService::signInChanged);
        profile.name = u"Beijing renamed"_s;
        QVERIFY(!f.call([&](auto done) {
                      f.service.saveProfile(profile, {}, &f.service, done);
                  }).isError());
        QCOMPARE(signInChanged.count(), 0); // a rename keeps the sign-in
        QCOMPARE(f.read(SecretStore::tokenKey(profile.id)).status, SecretStore::Status::Ok);

        QVERIFY(!f.call([&](auto done) {
                      f.service.saveProfile(profile, u"second"_s, &f.service, done);
                  }).isError());
        QCOMPARE(signInChanged.count(), 1);
        QCOMPARE(signInChanged.first().first().value<QUuid>(), profile.id);
        QCOMPARE(f.read(SecretStore::signInKey(profile.id)).data, QByteArray("second"));
        QTRY_COMPARE(f.read(SecretStore::tokenKey(profile.id)).status,
                     SecretStore::Status::NotFound);
    }

    void anotherIdentityDropsTheCachedToken()
    {
        Fixture f;
        Profile profile = f.add(u"Beijing"_s, u"pw"_s);
        f.write(SecretStore::tokenKey(profile.id), "cached-token");
        QSignalSpy signInChanged(&f.service, &ProfileService::signInChanged);
        profile.userName = u"bob"_s;
        QVERIFY(!f.call([&](auto done) {
                      f.service.saveProfile(profile, {}, &f.service, done);
                  }).isError());
        QCOMPARE(signInChanged.count(), 1);
        QTRY_COMPARE(f.read(SecretStore::tokenKey(profile.id)).status,
                     SecretStore::Status::NotFound);
        // The secret itself stays: only the token was someone else's.
        QCOMPARE(f.read(SecretStore::signInKey(profile.id)).data, QByteArray("pw"));
    }

    void removingAProfileTakesEverySecretAlong()
    {
        Fixture f;
        const Profile doomed = f.add(u"Doomed"_s, u"doomed-pw"_s);
        const Profile kept = f.add(u"Kept"_s, u"kept-pw"_s);
        f.write(SecretStore::tokenKey(doomed.id), "token");
        QVERIFY(!f.call([&](auto done) {
                      f.service.setProxyPassword(doomed.id, u"proxy-pw"_s, &f.service, done);
                  }).isError());
        for (const QString& task : {u"t-1"_s, u"t-2"_s}) {
            QVERIFY(!f.call([&](auto done) {
                          f.service.rememberStartKeys(doomed.id, task, keys(task), &f.service,
                                                      done);
                      }).isError());
        }
        QCOMPARE(f.service.rememberedTasks(doomed.id), (QStringList {u"t-1"_s, u"t-2"_s}));

        QVERIFY(!f.call([&](auto done) {
                      f.service.removeProfile(doomed.id, &f.service, done);
                  }).isError());
        QVERIFY(!f.service.find(doomed.id));
        for (const QString& key :
             {SecretStore::signInKey(doomed.id), SecretStore::tokenKey(doomed.id),
              SecretStore::proxyPasswordKey(doomed.id),
              SecretStore::startKeysKey(doomed.id, u"t-1"_s),
              SecretStore::startKeysKey(doomed.id, u"t-2"_s)}) {
            QCOMPARE(f.read(key).status, SecretStore::Status::NotFound);
        }
        QCOMPARE(f.read(SecretStore::signInKey(kept.id)).data, QByteArray("kept-pw"));
    }

    void duplicatingAProfileCopiesItsSecrets()
    {
        Fixture f;
        const Profile original = f.add(u"Original"_s, u"original-pw"_s);
        QVERIFY(!f.call([&](auto done) {
                      f.service.setProxyPassword(original.id, u"proxy-pw"_s, &f.service, done);
                  }).isError());
        Profile copy;
        std::optional<ApiError> secrets;
        QVERIFY(!f.service
                     .duplicateProfile(original.id, &copy, &f.service,
                                       [&secrets](const ApiError& e) { secrets = e; })
                     .isError());
        Fixture::wait(secrets);
        QVERIFY(!secrets->isError());
        QCOMPARE(copy.name, u"Original (2)"_s);
        QCOMPARE(f.read(SecretStore::signInKey(copy.id)).data, QByteArray("original-pw"));
        QCOMPARE(f.read(SecretStore::proxyPasswordKey(copy.id)).data, QByteArray("proxy-pw"));
    }

    void keysUsedForStartFollowOneRule()
    {
        Fixture f;
        const Profile profile = f.add(u"Beijing"_s, u"pw"_s);
        auto used = [&](const StartCredentials& k, bool remember) {
            return f.call([&](auto done) {
                f.service.keysUsedForStart(profile.id, u"t-1"_s, k, remember, &f.service, done);
            });
        };
        auto recall = [&] {
            std::optional<std::optional<StartCredentials>> recalled;
            f.service.recallStartKeys(profile.id, u"t-1"_s, &f.service,
                                      [&recalled](const std::optional<StartCredentials>& k,
                                                  const ApiError&) { recalled = k; });
            Fixture::wait(recalled);
            return recalled.value_or(std::nullopt);
        };

        // Not remembered: nothing is filed, and recalling asks no keychain.
        QVERIFY(!used(keys(u"a"_s), false).isError());
        QVERIFY(!f.service.hasRememberedKeys(profile.id, u"t-1"_s));
        f.write(SecretStore::startKeysKey(profile.id, u"t-1"_s), keys(u"stray"_s).toStorage());
        QVERIFY(!recall().has_value());

        // Remembered: filed and recorded, and a later remember replaces them.
        QVERIFY(!used(keys(u"b"_s), true).isError());
        QVERIFY(f.service.hasRememberedKeys(profile.id, u"t-1"_s));
        QCOMPARE(recall()->sourceSk, u"src-sk-b"_s);
        QVERIFY(!used(keys(u"c"_s), true).isError());
        QCOMPARE(recall()->sourceSk, u"src-sk-c"_s);

        // Keys supplied again without remember: the old ones go.
        QVERIFY(!used(keys(u"d"_s), false).isError());
        QVERIFY(!f.service.hasRememberedKeys(profile.id, u"t-1"_s));
        QCOMPARE(f.read(SecretStore::startKeysKey(profile.id, u"t-1"_s)).status,
                 SecretStore::Status::NotFound);
        QVERIFY(!recall().has_value());
    }

    void aSecretOverrideWinsAndIsNeverStored()
    {
        Fixture f;
        const Profile profile = f.add(u"Beijing"_s, u"stored"_s);
        f.service.setSecretOverride(profile.id, u"from-environment"_s);
        std::optional<QString> secret;
        f.service.readSignInSecret(profile.id, &f.service,
                                   [&secret](const QString& s, const ApiError&) { secret = s; });
        Fixture::wait(secret);
        QCOMPARE(*secret, u"from-environment"_s);
        QCOMPARE(f.read(SecretStore::signInKey(profile.id)).data, QByteArray("stored"));
    }

    void exportAndImportFilesCarryNoSecret()
    {
        Fixture f;
        f.add(u"Beijing"_s, u"canary-secret-1"_s);
        const QString file = f.dir.filePath(u"export.json"_s);
        QVERIFY(!f.service.exportToFile(file).isError());
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray json = exported.readAll();
        QCOMPARE(json, f.service.exportJson());
        QVERIFY(!json.contains("canary-secret-1"));

        int added = 0;
        QStringList problems;
        QVERIFY(!f.service.importFromFile(file, &added, &problems).isError());
        QCOMPARE(added, 1);
        QCOMPARE(f.service.profiles().at(1).name, u"Beijing (2)"_s);

        const QString bad = f.dir.filePath(u"bad.json"_s);
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write("{\"format\":\"something else\"}");
        badFile.close();
        const ApiError refused = f.service.importFromFile(bad, &added, &problems);
        QCOMPARE(refused.kind(), ApiError::Kind::Validation);
        QVERIFY2(refused.summary().contains(bad), qPrintable(refused.summary()));
        QCOMPARE(added, 0);
        QCOMPARE(f.service.profiles().size(), 2);

        const ApiError missing =
            f.service.importFromFile(f.dir.filePath(u"missing.json"_s), &added, &problems);
        QCOMPARE(missing.kind(), ApiError::Kind::Validation);
    }

    void projectIdsFoundAtSignInAreSavedInOneWrite()
    {
        SimulatorProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        Fixture f;
        QList<Profile> profiles;
        for (int i = 0; i < 6; ++i) {
            Profile profile;
            profile.name = u"P%1"_s.arg(i);
            profile.regionId = i % 2 ? u"cn-east-3"_s : u"cn-north-4"_s;
            profile.accountName = QString::fromLatin1(SimulatorProcess::demoAccount);
            profile.userName = QString::fromLatin1(SimulatorProcess::demoUser);
            profile.omsEndpoint = sim.baseUrl();
            profile.iamEndpoint = sim.baseUrl();
            QVERIFY(!f.store.add(profile).isError());
            f.service.setSecretOverride(profile.id,
                                        QString::fromLatin1(SimulatorProcess::demoPassword));
            profiles.append(profile);
        }
        // Six sign-ins answer within far less than this, even under a
        // sanitizer on a loaded machine.
        f.service.setProjectIdBatchDelay(std::chrono::seconds(3));
        // Written off the UI thread, by a store of its own: this one
        // changes nothing itself, and the service says when it is done.
        QSignalSpy storeWrites(&f.store, &ProfileStore::changed);
        QSignalSpy writes(&f.service, &ProfileService::profilesChanged);
        QSignalSpy done(&f.service, &ProfileService::pendingWritesDone);
        CallPolicy policy;
        int listed = 0;
        QObject owner;
        for (const Profile& profile : std::as_const(profiles)) {
            ProfileSession* session = f.service.createSession(profile, policy, &owner);
            session->open(&owner, [session, &listed](const ApiError& error) {
                QVERIFY(!error.isError());
                TaskListJob* job = session->client()->listTasks();
                QObject::connect(job, &OmsJob::finished, session, [job, &listed] {
                    QVERIFY(!job->error().isError());
                    ++listed;
                });
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(listed, 6, 20000);
        QTRY_VERIFY(!f.service.hasPendingWrites());
        QVERIFY(done.count() >= 1);
        QCOMPARE(writes.count(), 1);
        QCOMPARE(storeWrites.count(), 0);
        for (const Profile& profile : f.service.profiles()) {
            QCOMPARE(profile.projectId, sim.projectId(profile.regionId));
        }
        for (const Profile& profile : ProfileStore(f.store.fileName()).profiles()) {
            QCOMPARE(profile.projectId, sim.projectId(profile.regionId));
        }
        QVERIFY(sim.stop());
    }

    void aFailedBackgroundWriteIsReported()
    {
        // A settings file in a folder that cannot be made: every write fails.
        SecretStore secrets;
        secrets.setSessionOnly(true);
        ProfileStore store(u"/proc/oms-sync-desk-test/profiles.ini"_s);
        ProfileService service(&store, &secrets);
        Profile profile;
        profile.name = u"Beijing"_s;
        profile.regionId = u"cn-north-4"_s;
        profile.userName = u"alice"_s;
        profile.accountName = u"acme"_s;
        const ApiError error =
            service.saveProfile(profile, u"pw"_s, &service, [](const ApiError&) {});
        QCOMPARE(error.kind(), ApiError::Kind::Storage);
        QVERIFY2(error.message().contains(u"/proc/oms-sync-desk-test/profiles.ini"_s),
                 qPrintable(error.message()));
        QCOMPARE(service.setLastSelected(QUuid::createUuid()).kind(), ApiError::Kind::Storage);
    }
};

QTEST_GUILESS_MAIN(TestProfileService)
#include "TestProfileService.moc"
