// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiCall.h"
#include "ApiError.h"
#include "Console.h"
#include "ExitCode.h"
#include "Profile.h"
#include "ProfileService.h"
#include "ProfileSession.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace OmsSync::Cli {

// What the commands of one run share: where they write, how requests are
// made, the one door to profiles and secrets, the session of the profile in
// use, and the exit code. A command ends the run with finish(); the run
// waits there for keychain writes still under way.
class CommandContext : public QObject
{
    Q_OBJECT

public:
    explicit CommandContext(bool json, QObject* parent = nullptr);
    ~CommandContext() override;

    Console& console() { return m_console; }
    bool isJson() const { return m_console.isJson(); }
    const CallPolicy& policy() const { return m_policy; }
    void setPolicy(const CallPolicy& policy) { m_policy = policy; }

    // Opened at first use, so that a run refused by its checks reads no
    // settings and asks no keychain.
    ProfileService& profiles();
    ProfileSession* session() const { return m_session; }

    // The named profile, or the last used, or the only one; fails the run
    // (and returns nullopt) when there is none to choose.
    std::optional<Profile> selectedProfile(const QString& name);
    // Opens a session on the profile, with the secrets of the environment,
    // and calls `then` when it is ready; ends the run itself when it cannot
    // be opened.
    void withSession(const Profile& profile, std::function<void()> then);
    // A session on the profile with the secrets of the environment, not yet
    // opened, for commands that work on several profiles at once (an
    // environment secret then serves every profile of its sign-in method).
    ProfileSession* createSession(const Profile& profile, QObject* parent);

    // Why a keychain error happened, for messages of oms-sync's own: the
    // service's words about keeping secrets for the session fit a window
    // that stays open, not a run that ends.
    QString keychainReason(const ApiError& error);

    // "oms-sync: warning: ..." on stderr, also in JSON mode.
    void warn(const QString& text);
    // Reports the error (stderr, or JSON on stdout) and keeps the worst
    // exit code; the run goes on until finish().
    void fail(const ApiError& error);
    void finish(int exitCode = Success);
    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }

private:
    Console m_console;
    CallPolicy m_policy;
    std::unique_ptr<ProfileService> m_profiles;
    QPointer<ProfileSession> m_session;
    int m_exitCode = Success;
    bool m_finishing = false;
    bool m_finished = false;
};

} // namespace OmsSync::Cli
