// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "ProfileTask.h"
#include "StartCredentials.h"
#include "SyncTask.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUuid>

#include <functional>
#include <optional>

class QWidget;

namespace OmsSync::Gui {

class CredentialsDialog;
class ProfileController;

// Starting paused tasks the user picked: one credentials dialog at a time,
// numbered when there are several ("Start Sync Task (2 of 3)"), filled with
// keys remembered in the keychain, offering the profile's own AK/SK, and the
// start itself through the task's profile. Cancel ends the whole series; a
// refused start keeps the dialog open with what was typed. Each task names
// its profile, so any window (or a tray menu) can start any profile's task.
class StartFlow : public QObject
{
    Q_OBJECT

public:
    using Request = ProfileTask;
    // The task as it is known now, asked before its dialog opens, so that a
    // task that started (or went away) while it waited its turn is skipped:
    // nullopt when it is gone. Without one, the task as it was queued.
    using TaskLookup =
        std::function<std::optional<SyncTask>(const QUuid& profileId, const SyncTask& queued)>;

    // Dialogs open on `dialogParent` (none: top-level windows).
    StartFlow(ProfileController* profiles, QWidget* dialogParent, QObject* parent = nullptr);
    ~StartFlow() override;

    void setTaskLookup(TaskLookup lookup);

    // Asks for the keys of every task among `tasks` that can start. While a
    // dialog is open they join the series instead of opening a second one; a
    // task already queued or being started is not asked for twice.
    void start(const QUuid& profileId, const QList<SyncTask>& tasks);
    void start(const QList<Request>& requests);
    // Closes the dialog and drops the tasks still waiting.
    void cancel();

    // The dialog open now, if any.
    CredentialsDialog* dialog() const { return m_dialog; }
    // A dialog is open or tasks wait for theirs.
    bool isActive() const { return m_dialog || !m_queue.isEmpty(); }
    // The start of the task was sent and not answered yet.
    bool isStarting(const QUuid& profileId, const QString& taskId) const;
    int queuedCount() const { return int(m_queue.size()); }

Q_SIGNALS:
    // A dialog opened or closed, a start was sent or answered: what the
    // windows offer may have changed.
    void stateChanged();
    void taskStarted(const QUuid& profileId, const QString& taskId, const QString& taskName);
    // A failure no dialog shows: a start answered after its dialog was
    // closed, keys that could not be remembered.
    void errorOccurred(const QString& what, const OmsSync::ApiError& error);

private:
    struct Starting
    {
        QUuid profileId;
        QString taskId;
        bool operator==(const Starting&) const = default;
    };

    bool isQueued(const QUuid& profileId, const QString& taskId) const;
    void openNext();
    void openDialog(const QUuid& profileId, const SyncTask& task);
    void updateTitle();
    void startTask(const QUuid& profileId, const SyncTask& task, const StartCredentials& keys,
                   bool remember, QPointer<CredentialsDialog> dialog);
    void keysUsed(const QUuid& profileId, const QString& taskId, const StartCredentials& keys,
                  bool remember);

    ProfileController* m_profiles;
    QPointer<QWidget> m_dialogParent;
    TaskLookup m_lookup;
    QList<Request> m_queue;
    // The series: how many tasks it has, and which one the dialog shows.
    int m_total = 0;
    int m_position = 0;
    QPointer<CredentialsDialog> m_dialog;
    QUuid m_dialogProfile;
    QList<Starting> m_starting;
};

} // namespace OmsSync::Gui
