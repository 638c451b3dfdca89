// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartFlow.h"

#include "CredentialsDialog.h"
#include "OmsClient.h"
#include "OmsJob.h"
#include "ProfileController.h"
#include "ProfileService.h"
#include "ProfileSession.h"

#include <QTimer>
#include <QWidget>

#include <memory>

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

StartFlow::StartFlow(ProfileController* profiles, QWidget* dialogParent, QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_dialogParent(dialogParent)
{ }

StartFlow::~StartFlow()
{
    // A dialog nobody answers must not stay open; deleting it wipes its fields.
    if (m_dialog) {
        m_dialog->disconnect(this);
        delete m_dialog.data();
    }
}

void StartFlow::setTaskLookup(TaskLookup lookup)
{
    m_lookup = std::move(lookup);
}

bool StartFlow::isStarting(const QUuid& profileId, const QString& taskId) const
{
    return m_starting.contains(Starting {profileId, taskId});
}

bool StartFlow::isQueued(const QUuid& profileId, const QString& taskId) const
{
    if (m_dialog && m_dialogProfile == profileId && m_dialog->task().id == taskId) {
        return true;
    }
    for (const Request& request : m_queue) {
        if (request.profileId == profileId && request.task.id == taskId) {
            return true;
        }
    }
    return false;
}

void StartFlow::start(const QUuid& profileId, const QList<SyncTask>& tasks)
{
    QList<Request> requests;
    requests.reserve(tasks.size());
    for (const SyncTask& task : tasks) {
        requests.append({profileId, task});
    }
    start(requests);
}

void StartFlow::start(const QList<Request>& requests)
{
    if (!m_dialog && m_queue.isEmpty()) {
        m_total = 0;
        m_position = 0;
    }
    for (const Request& request : requests) {
        if (request.task.canStart() && !isStarting(request.profileId, request.task.id)
            && !isQueued(request.profileId, request.task.id)) {
            m_queue.append(request);
            ++m_total;
        }
    }
    if (m_dialog) {
        updateTitle(); // "1 of 2" is now "1 of 3"
        return;
    }
    openNext();
}

void StartFlow::cancel()
{
    m_queue.clear();
    if (m_dialog) {
        m_dialog->reject();
    }
}

void StartFlow::openNext()
{
    // Also called from a timer after a dialog closed: a series started
    // meanwhile may have opened one already.
    if (m_dialog) {
        return;
    }
    while (!m_queue.isEmpty()) {
        const Request request = m_queue.takeFirst();
        ++m_position;
        const std::optional<SyncTask> task =
            m_lookup ? m_lookup(request.profileId, request.task) : request.task;
        if (task && task->canStart() && !isStarting(request.profileId, task->id)
            && m_profiles->profile(request.profileId)) {
            openDialog(request.profileId, *task);
            return;
        }
    }
    m_total = 0;
    m_position = 0;
}

void StartFlow::updateTitle()
{
    if (!m_dialog) {
        return;
    }
    m_dialog->setWindowTitle(m_total > 1
                                 ? tr("Start Sync Task (%1 of %2)").arg(m_position).arg(m_total)
                                 : tr("Start Sync Task"));
}

void StartFlow::openDialog(const QUuid& profileId, const SyncTask& task)
{
    const std::optional<Profile> profile = m_profiles->profile(profileId);
    auto* dialog = new CredentialsDialog(task, *profile, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    m_dialogProfile = profileId;
    updateTitle();
    const ProfileService* service = m_profiles->service();
    switch (service->keychainMode()) {
    case ProfileService::KeychainMode::SessionOnly:
        dialog->setKeychainMode(CredentialsDialog::KeychainMode::SessionOnly);
        break;
    case ProfileService::KeychainMode::Keychain:
        dialog->setKeychainMode(CredentialsDialog::KeychainMode::Keychain);
        break;
    case ProfileService::KeychainMode::Unavailable:
        dialog->setKeychainMode(
            CredentialsDialog::KeychainMode::Unavailable,
            tr("no keychain answers (%1).").arg(service->keychainUnavailableReason()));
        break;
    }
    // Only a task known to have remembered keys asks the keychain: a locked
    // one should not prompt for nothing.
    if (m_profiles->hasRememberedKeys(profileId, task.id)) {
        m_profiles->recallStartKeys(
            profileId, task.id, dialog,
            [dialog](const std::optional<StartCredentials>& keys, const ApiError& error) {
                if (keys) {
                    StartCredentials copy = *keys;
                    dialog->prefill(copy);
                    copy.wipe();
                }
                dialog->setRecallError(error);
            });
    }
    connect(dialog, &CredentialsDialog::profileKeysRequested, this, [this, dialog, profileId] {
        m_profiles->profileKeyPair(
            profileId, dialog, [dialog](const QString& ak, const QString& sk, const ApiError& e) {
                if (e.isError()) {
                    dialog->setProfileKeysError(e);
                } else {
                    dialog->setProfileKeys(ak, sk);
                }
            });
    });
    connect(dialog, &CredentialsDialog::startRequested, this,
            [this, dialog, profileId](const StartCredentials& keys, bool remember) {
                startTask(profileId, dialog->task(), keys, remember, dialog);
            });
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        if (m_dialog == dialog) {
            m_dialog.clear();
        }
        if (result == QDialog::Rejected) {
            // Cancel ends the whole series, not just this task.
            m_queue.clear();
        }
        Q_EMIT stateChanged();
        // Not from inside the closing dialog's done().
        QTimer::singleShot(0, this, &StartFlow::openNext);
    });
    Q_EMIT stateChanged();
    dialog->open();
}

void StartFlow::startTask(const QUuid& profileId, const SyncTask& task,
                          const StartCredentials& keys, bool remember,
                          QPointer<CredentialsDialog> dialog)
{
    // One copy of the keys for the whole start, wiped on every way out.
    auto held =
        std::shared_ptr<StartCredentials>(new StartCredentials(keys), [](StartCredentials* k) {
            k->wipe();
            delete k;
        });
    const Starting starting {profileId, task.id};
    const QString taskId = task.id;
    const QString taskName = task.displayName();
    m_starting.append(starting);
    Q_EMIT stateChanged();

    auto answered = std::make_shared<bool>(false);
    auto answer = [this, starting, taskName, dialog, answered](const ApiError& error) {
        if (std::exchange(*answered, true)) {
            return;
        }
        m_starting.removeOne(starting);
        if (!error.isError()) {
            Q_EMIT taskStarted(starting.profileId, starting.taskId, taskName);
        }
        if (dialog) {
            dialog->startFinished(error);
        } else if (error.isError()) {
            // The dialog was closed while the start ran.
            Q_EMIT errorOccurred(tr("“%1” did not start").arg(taskName), error);
        }
        Q_EMIT stateChanged();
    };
    m_profiles->withSession(profileId, this,
                            [this, profileId, taskId, held, remember,
                             answer](ProfileSession* session, const ApiError& error) {
                                if (!session) {
                                    m_profiles->reportOutcome(profileId, error);
                                    answer(error);
                                    return;
                                }
                                TaskActionJob* job = session->client()->startTask(taskId, *held);
                                connect(job, &QObject::destroyed, this, [answer] {
                                    // The session went away with the job (its profile was edited).
                                    answer(ApiError::network(
                                        tr("The start was interrupted because the profile changed. "
                                           "Refresh to see whether the task runs.")));
                                });
                                connect(job, &OmsJob::finished, this,
                                        [this, job, profileId, taskId, held, remember, answer] {
                                            const ApiError result = job->error();
                                            m_profiles->reportOutcome(profileId, result);
                                            if (!result.isError()) {
                                                keysUsed(profileId, taskId, *held, remember);
                                            }
                                            answer(result);
                                        });
                            });
}

void StartFlow::keysUsed(const QUuid& profileId, const QString& taskId,
                         const StartCredentials& keys, bool remember)
{
    // The service's rule: remembered when asked to, else keys remembered
    // before are forgotten, as the task no longer runs with them.
    m_profiles->keysUsedForStart(
        profileId, taskId, keys, remember, this, [this, remember](const ApiError& e) {
            if (e.isError()) {
                Q_EMIT errorOccurred(remember ? tr("The task started, but its keys could not be "
                                                   "remembered")
                                              : tr("The task started, but the keys remembered "
                                                   "before could not be forgotten"),
                                     e);
            }
        });
}

} // namespace OmsSync::Gui
