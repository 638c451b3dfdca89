// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "Profile.h"
#include "StartCredentials.h"
#include "SyncTask.h"

#include <QDialog>

#include <array>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace OmsSync::Gui {

class ErrorBanner;
class SecretLineEdit;

// Asks for the keys a paused task needs to start again: OMS forgot the
// source and destination key pairs when it paused. Says which task it
// starts, checks every field against the API's limits as the user types
// (Start is enabled only when all are valid), shows the request while it
// runs, keeps everything typed when the service refuses, and wipes the
// fields when it closes. Talks to no service itself: it asks for a start
// with startRequested() and is told the outcome with startFinished().
class CredentialsDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Field { SourceAk, SourceSk, DestinationAk, DestinationSk, CdnKey };
    Q_ENUM(Field)

    CredentialsDialog(const SyncTask& task, const Profile& profile, QWidget* parent = nullptr);
    ~CredentialsDialog() override;

    const SyncTask& task() const { return m_task; }
    bool hasCdnField() const;

    enum class KeychainMode {
        Keychain, // remembered keys go to the OS keychain
        SessionOnly, // secrets are kept in memory for this run only (the demo)
        Unavailable, // no keychain answers: nothing can be remembered
    };
    Q_ENUM(KeychainMode)

    // "Remember" is offered only when the keys can be kept somewhere;
    // `reason` says why not.
    void setKeychainMode(KeychainMode mode, const QString& reason = {});
    // Keys remembered for the task: fills the fields still empty.
    void prefill(const StartCredentials& keys);
    void setRecallError(const ApiError& error);
    // The profile's own AK/SK for the destination (AK/SK profiles only).
    void setProfileKeysAvailable(bool available, const QString& reason);
    void setProfileKeys(const QString& ak, const QString& sk);
    void setProfileKeysError(const ApiError& error);

    StartCredentials credentials() const;
    bool remember() const;
    bool isValid() const;
    bool isRunning() const { return m_running; }
    // What the field's check says now (empty: fine), for tests and screen readers.
    QString fieldProblem(Field field) const;

public Q_SLOTS:
    void startFinished(const OmsSync::ApiError& error);

Q_SIGNALS:
    void startRequested(const OmsSync::StartCredentials& keys, bool remember);
    void profileKeysRequested();

public:
    void done(int result) override;

private:
    void buildUi(const Profile& profile);
    QLineEdit* addKeyField(QFormLayout* form, Field field, const QString& label,
                           const QString& accessibleName, const QString& name, bool secret);
    QLineEdit* fieldWidget(Field field) const { return m_fields.at(std::size_t(field)); }
    void validate();
    void requestStart();
    void setRunning(bool running);
    void onUseProfileKeys(bool use);
    void wipeFields();

    SyncTask m_task;
    static constexpr std::size_t fieldCount = 5;
    std::array<QLineEdit*, fieldCount> m_fields {};
    std::array<QLabel*, fieldCount> m_problems {};
    std::array<bool, fieldCount> m_touched {};
    QFormLayout* m_sourceForm = nullptr;
    QFormLayout* m_destinationForm = nullptr;
    QCheckBox* m_useProfileKeys = nullptr;
    QCheckBox* m_remember = nullptr;
    QLabel* m_rememberHint = nullptr;
    QLabel* m_note = nullptr;
    ErrorBanner* m_error = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_start = nullptr;
    bool m_running = false;
    bool m_keychainAvailable = true;
    bool m_profileKeysOffered = false;
    bool m_profileKeysInUse = false;
};

} // namespace OmsSync::Gui
