// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "OmsJob.h"
#include "SyncTask.h"

#include <QDialog>
#include <QPointer>
#include <QUuid>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace OmsSync::Gui {

class ProfileController;

// Asks OMS to sync chosen objects of a task now: the user pastes object
// keys, one a line, as many as they like; they go out ten a call, and each
// call gets its row with its result (OMS reports none per key). The keys
// stay in the field whatever happens, so a failed call can be sent again.
class SyncObjectsDialog : public QDialog
{
    Q_OBJECT

public:
    SyncObjectsDialog(ProfileController* profiles, const QUuid& profileId, const SyncTask& task,
                      QWidget* parent = nullptr);
    ~SyncObjectsDialog() override;

    // The keys as they will be sent: one a line, empty lines skipped.
    QStringList keys() const;
    // What is wrong with the keys now (empty: they can be sent).
    QString problem() const;
    bool isSending() const { return m_job != nullptr || m_waitingForSession; }
    QTreeWidget* results() const { return m_results; }

public Q_SLOTS:
    void send();

Q_SIGNALS:
    // Every call was answered (some may have failed).
    void sent(int calls, int failedCalls);

private:
    void validate();
    void setSending(bool sending);
    void showBatch(int index);
    void finished();

    ProfileController* m_profiles;
    QUuid m_profileId;
    SyncTask m_task;
    QPlainTextEdit* m_keys;
    QLabel* m_count;
    QLabel* m_problem;
    QTreeWidget* m_results;
    QPushButton* m_send;
    QPointer<SyncEventsJob> m_job;
    bool m_waitingForSession = false;
};

} // namespace OmsSync::Gui
