// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuildInfo.h"
#include "CliProcess.h"
#include "ProfileStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using OmsSync::ApiError;
using OmsSync::AuthMethod;
using OmsSync::Profile;
using OmsSync::ProfileStore;

// Many oms-sync processes (and the desktop application's store) editing one
// settings file at the same time. Before the edits re-read the file under
// their lock, a previous holder's write of the same size within one
// timestamp tick went unseen and the next write dropped that profile.
class TestConcurrentProfileEdits : public QObject
{
    Q_OBJECT

private:
    static constexpr int processCount = 12;
    std::unique_ptr<QTemporaryDir> m_home;

    QString configDir() const { return m_home->filePath(u"config"_s); }

    // Where oms-sync keeps its profiles under XDG_CONFIG_HOME.
    QString settingsFile() const
    {
        return configDir() + u'/' + QString::fromLatin1(OmsSync::BuildInfo::organizationName)
            + u"/oms-sync-desk.ini"_s;
    }

    QProcessEnvironment environment() const
    {
        return OmsSync::Test::CliProcess::privateEnvironment(m_home->path(), configDir());
    }

    // Names of the same length, so that the racing writes have the same size.
    static QString cliName(int round, int i)
    {
        return u"cli-%1-%2"_s.arg(round, 2, 10, QChar(u'0')).arg(i, 2, 10, QChar(u'0'));
    }

    std::vector<std::unique_ptr<QProcess>> startAdding(int round)
    {
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < processCount; ++i) {
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(environment());
            process->start(OmsSync::Test::CliProcess::executable(),
                           {u"profile"_s, u"add"_s, cliName(round, i), u"--region"_s,
                            u"cn-north-4"_s, u"--user"_s, u"u"_s, u"--account"_s, u"a"_s});
            processes.push_back(std::move(process));
        }
        return processes;
    }

    static bool allFinished(const std::vector<std::unique_ptr<QProcess>>& processes)
    {
        return std::all_of(processes.cbegin(), processes.cend(), [](const auto& process) {
            return process->state() == QProcess::NotRunning;
        });
    }

    // What went wrong with the processes of one round: anything but exit 0.
    static QStringList badExits(const std::vector<std::unique_ptr<QProcess>>& processes, int round)
    {
        QStringList failures;
        for (const auto& process : processes) {
            if (process->state() != QProcess::NotRunning && !process->waitForFinished(120000)) {
                failures.append(u"round %1: a process hung"_s.arg(round));
                process->kill();
                process->waitForFinished();
                continue;
            }
            if (process->exitStatus() != QProcess::NormalExit || process->exitCode() != 0) {
                failures.append(u"round %1: exit %2: %3"_s.arg(round)
                                    .arg(process->exitCode())
                                    .arg(QString::fromUtf8(process->readAllStandardError())));
            }
        }
        return failures;
    }

    QSet<QString> namesOnDisk() const
    {
        QSet<QString> names;
        for (const Profile& profile : ProfileStore(settingsFile()).profiles()) {
            names.insert(profile.name);
        }
        return names;
    }

    static Profile deskProfile(const QString& name)
    {
        Profile profile;
        profile.name = name;
        profile.regionId = u"cn-north-4"_s;
        profile.authMethod = AuthMethod::Password;
        profile.userName = u"u"_s;
        profile.accountName = u"a"_s;
        return profile;
    }

private Q_SLOTS:
    void init() { m_home = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_home.reset(); }

    void processesAddingAtOnceLoseNothing()
    {
        // Every round starts on an empty settings folder, where the files of
        // the first writers are smallest and most alike.
        constexpr int rounds = 30;
        QStringList failures;
        for (int round = 0; round < rounds; ++round) {
            QVERIFY(QDir(configDir()).removeRecursively());
            const auto processes = startAdding(round);
            failures += badExits(processes, round);
            const QSet<QString> names = namesOnDisk();
            for (int i = 0; i < processCount; ++i) {
                if (!names.contains(cliName(round, i))) {
                    failures.append(u"round %1: %2 lost"_s.arg(round).arg(cliName(round, i)));
                }
            }
        }
        // All rounds run, so that a failure says how often it happens.
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

    void processesAndTheDesktopEditingAtOnceLoseNothing()
    {
        // The desktop application adds profiles and changes them while
        // scripts add theirs.
        constexpr int rounds = 6;
        QStringList failures;
        for (int round = 0; round < rounds; ++round) {
            QVERIFY(QDir(configDir()).removeRecursively());
            ProfileStore desk(settingsFile());
            QList<Profile> added;
            const auto processes = startAdding(round);
            int edits = 0;
            // At least a few edits, and on until every script has finished.
            while (edits < 6 || !allFinished(processes)) {
                Profile profile =
                    deskProfile(u"desk-%1-%2"_s.arg(round).arg(edits, 3, 10, QChar(u'0')));
                const ApiError addError = desk.add(profile);
                QVERIFY2(!addError.isError(), qPrintable(addError.summary()));
                added.append(profile);
                if (added.size() >= 2) {
                    Profile& earlier = added[added.size() - 2];
                    earlier.accountName = u"b"_s;
                    const ApiError updateError = desk.update(earlier);
                    QVERIFY2(!updateError.isError(), qPrintable(updateError.summary()));
                }
                ++edits;
                // A quick user, not a loop that takes the lock again the
                // moment it lets go (no lock file can be fair to that).
                QTest::qWait(2);
                QVERIFY2(edits < 100000, "the scripts never finished");
            }
            failures += badExits(processes, round);

            const QList<Profile> onDisk = ProfileStore(settingsFile()).profiles();
            QSet<QString> names;
            for (const Profile& profile : onDisk) {
                names.insert(profile.name);
            }
            for (int i = 0; i < processCount; ++i) {
                if (!names.contains(cliName(round, i))) {
                    failures.append(u"round %1: %2 lost"_s.arg(round).arg(cliName(round, i)));
                }
            }
            for (const Profile& mine : std::as_const(added)) {
                const auto it = std::find_if(onDisk.cbegin(), onDisk.cend(),
                                             [&mine](const Profile& p) { return p.id == mine.id; });
                if (it == onDisk.cend()) {
                    failures.append(u"round %1: %2 lost"_s.arg(round).arg(mine.name));
                } else if (*it != mine) {
                    failures.append(u"round %1: %2 lost an update"_s.arg(round).arg(mine.name));
                }
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestConcurrentProfileEdits)
#include "TestConcurrentProfileEdits.moc"
