// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "CallPolicy.h"
#include "Console.h"
#include "OmsJob.h"
#include "Profile.h"
#include "StartCredentials.h"

#include <QCommandLineParser>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace OmsSync {
class ProfileSession;
class ProfileStore;
class SecretStore;
} // namespace OmsSync

namespace OmsSync::Cli {

// oms-sync: parses the command line, runs one command on the event loop and
// ends the application with the command's exit code.
class CliApplication : public QObject
{
    Q_OBJECT

public:
    explicit CliApplication(QObject* parent = nullptr);
    ~CliApplication() override;

    // Returns the exit code when the command is finished before the event loop
    // is needed (usage errors, --help, local profile commands).
    std::optional<int> start(const QStringList& arguments);

private:
    void setUpOptions();
    ApiError checkOptionsFor(const QStringList& command) const;
    std::optional<int> dispatch(const QStringList& command);

    // profile ...
    std::optional<int> profileAdd(const QString& name);
    int profileList();
    int profileExport(const QString& file);
    int profileImport(const QString& file);
    int profileShow(const QString& name);
    std::optional<int> profileRemove(const QString& name);
    std::optional<int> profileTest(const QString& name);

    // task ...
    std::optional<int> taskList();
    std::optional<int> taskShow(const QString& id);
    std::optional<int> taskStart(const QStringList& ids);
    std::optional<int> taskStop(const QStringList& ids);

    void runActions(TaskActionJob::Action action, QStringList ids,
                    const std::optional<StartCredentials>& keys, bool remember);

    // The named profile, or the last used, or the only one; fails the run
    // (and returns nullopt) when there is none to choose.
    std::optional<Profile> selectedProfile(const QString& name);
    bool checkTaskIds(const QStringList& ids);
    // Opens a session on the selected profile and calls `then` when it is
    // ready; ends the run itself when it cannot be opened.
    void withSession(const Profile& profile, std::function<void()> then);
    void readStartKeys(const QStringList& ids, std::function<void()> then);
    QString environmentSecret(AuthMethod method) const;
    void finish(int exitCode);
    void fail(const ApiError& error);

    QCommandLineParser m_parser;
    std::unique_ptr<Console> m_console;
    std::unique_ptr<ProfileStore> m_store;
    SecretStore* m_secrets = nullptr;
    QPointer<ProfileSession> m_session;
    CallPolicy m_policy;
    int m_exitCode = 0;
    bool m_finishing = false;
};

} // namespace OmsSync::Cli
