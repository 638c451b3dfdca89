// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandContext.h"

#include "StartCredentials.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace OmsSync::Cli {

namespace {

QString environmentSecret(AuthMethod method)
{
    switch (method) {
    case AuthMethod::Password:
        return qEnvironmentVariable("OMS_SYNC_PASSWORD");
    case AuthMethod::Token:
        return qEnvironmentVariable("OMS_SYNC_TOKEN");
    case AuthMethod::AkSk:
        return qEnvironmentVariable("OMS_SYNC_SK");
    }
    return {};
}

} // namespace

CommandContext::CommandContext(bool json, QObject* parent)
    : QObject(parent)
    , m_console(json)
{ }

CommandContext::~CommandContext() = default;

ProfileService& CommandContext::profiles()
{
    if (!m_profiles) {
        m_profiles = std::make_unique<ProfileService>();
        // A project id found at sign-in, the record of remembered keys: the
        // command did what it was asked, but the next run will not know.
        connect(m_profiles.get(), &ProfileService::storageFailed, this,
                [this](const ApiError& error) { warn(error.summary()); });
    }
    return *m_profiles;
}

std::optional<Profile> CommandContext::selectedProfile(const QString& name)
{
    const QList<Profile> profiles = this->profiles().profiles();
    if (!name.isEmpty()) {
        for (const Profile& profile : profiles) {
            if (profile.name == name) {
                return profile;
            }
        }
        fail(ApiError::validation(u"profile"_s, tr("There is no profile \"%1\".").arg(name)));
    } else if (profiles.size() == 1) {
        return profiles.first();
    } else {
        const QUuid last = this->profiles().lastSelected();
        for (const Profile& profile : profiles) {
            if (profile.id == last) {
                return profile;
            }
        }
        fail(ApiError::validation(u"--profile"_s,
                                  profiles.isEmpty()
                                      ? tr("There is no profile yet; add one with "
                                           "\"oms-sync profile add\".")
                                      : tr("Several profiles exist; choose one with --profile.")));
    }
    return std::nullopt;
}

ProfileSession* CommandContext::createSession(const Profile& profile, QObject* parent)
{
    ProfileService& service = profiles();
    QString secret = environmentSecret(profile.authMethod);
    if (!secret.isEmpty()) {
        service.setSecretOverride(profile.id, secret);
        wipeString(secret);
    }
    QString proxyPassword = qEnvironmentVariable("OMS_SYNC_PROXY_PASSWORD");
    if (!proxyPassword.isEmpty()) {
        service.setProxyPasswordOverride(profile.id, proxyPassword);
        wipeString(proxyPassword);
    }
    return service.createSession(profile, m_policy, parent);
}

void CommandContext::withSession(const Profile& profile, std::function<void()> then)
{
    m_session = createSession(profile, this);
    m_session->open(this, [this, then = std::move(then)](const ApiError& error) {
        if (error.isError()) {
            fail(error);
            finish();
            return;
        }
        if (const ApiError saved = profiles().setLastSelected(m_session->profile().id);
            saved.isError()) {
            warn(saved.summary());
        }
        then();
    });
}

QString CommandContext::keychainReason(const ApiError& error)
{
    if (profiles().keychainMode() == ProfileService::KeychainMode::Unavailable
        && !profiles().keychainUnavailableReason().isEmpty()) {
        return profiles().keychainUnavailableReason();
    }
    return error.message();
}

void CommandContext::warn(const QString& text)
{
    m_console.message(tr("oms-sync: warning: %1").arg(text));
}

void CommandContext::fail(const ApiError& error)
{
    m_console.failure(error);
    m_exitCode = std::max(m_exitCode, exitCodeFor(error));
}

void CommandContext::finish(int exitCode)
{
    if (m_finishing) {
        return;
    }
    m_finishing = true;
    m_exitCode = std::max(m_exitCode, exitCode);
    if (m_profiles) {
        m_profiles->saveDiscoveredProjectIds();
    }
    // A new IAM token or remembered keys may still be on their way into the
    // keychain; leaving now would lose them.
    if (m_profiles && m_profiles->hasPendingWrites()) {
        connect(m_profiles.get(), &ProfileService::pendingWritesDone, this, [this] {
            m_finished = true;
            QCoreApplication::exit(m_exitCode);
        });
        return;
    }
    m_finished = true;
    // Does nothing when the command ended before the event loop started:
    // CliApplication then returns the exit code itself.
    QCoreApplication::exit(m_exitCode);
}

} // namespace OmsSync::Cli
