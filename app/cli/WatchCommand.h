// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "Profile.h"
#include "TaskChangeDetector.h"

#include <QPointer>

#include <memory>
#include <vector>

namespace OmsSync {
class ProfileSession;
class ProfileWatcher;
} // namespace OmsSync

namespace OmsSync::Cli {

// oms-sync watch: refreshes the selected profile (or every profile) until
// SIGINT or SIGTERM and prints one line for each change: a task's status, a
// burst of failed objects, a profile that can no longer sign in. Scripts read
// it line by line (--json: one compact object a line).
class WatchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OmsSync::Cli::WatchCommand)

public:
    static constexpr int defaultIntervalSeconds = 60;
    // Below this a watch of several profiles is a load test of the service.
    static constexpr int minIntervalSeconds = 2;
    static constexpr int maxIntervalSeconds = 86400;

    WatchCommand();
    ~WatchCommand() override;

    QString description() const override;
    QString details() const override;
    QList<Argument> arguments() const override;
    QList<QCommandLineOption> options() const override;
    ApiError check(const QCommandLineParser& parser, const QStringList& arguments) const override;
    void execute(CommandContext& context, const QCommandLineParser& parser,
                 const QStringList& arguments) override;

private:
    struct Watched
    {
        Profile profile;
        QPointer<ProfileSession> session;
        bool opened = false;
        ProfileWatcher* watcher = nullptr;
        bool answered = false; // the first refresh ended, either way
        int failuresInRow = 0;
        bool failureShown = false; // on stderr, waiting for the recovery
    };

    void watch(const QList<Profile>& profiles);
    void openSession(Watched* watched, QObject* context,
                     std::function<void(ProfileSession*, const ApiError&)> ready);
    void onRefreshed(Watched* watched, const QList<SyncTask>& tasks);
    void onFailed(Watched* watched, const ApiError& error);
    // The first refresh of a profile ended; the watch gives up when none
    // could be watched at all.
    void firstAnswer(Watched* watched, const ApiError& error);
    void print(const WatchEvent& event);
    QString text(const WatchEvent& event) const;
    void end(int exitCode);

    CommandContext* m_context = nullptr;
    TaskChangeDetector m_detector;
    std::vector<std::unique_ptr<Watched>> m_watched;
    int m_intervalSeconds = defaultIntervalSeconds;
    bool m_rememberSelection = false;
    bool m_anyRefreshed = false;
    int m_worstFirstFailure = 0;
    bool m_ended = false;
};

} // namespace OmsSync::Cli
