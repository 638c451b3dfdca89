// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "Profile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace OmsSync::Gui {

class ErrorBanner;
class ProfileController;
class SecretLineEdit;

// Adds or edits one region profile: name, region, project id, the sign-in
// method with its fields (the secret goes to the keychain, never to the
// settings), and under "Advanced" endpoint overrides, a CA file and a proxy
// (the password of the user its URL names goes to the keychain too).
// "Test connection" signs in with what is typed and lists the tasks, and
// fills in the project id it found.
class ProfileEditDialog : public QDialog
{
    Q_OBJECT

public:
    // A profile without id is a new one.
    ProfileEditDialog(ProfileController* profiles, const Profile& profile,
                      QWidget* parent = nullptr);
    ~ProfileEditDialog() override;

    bool isNewProfile() const { return m_isNew; }
    // The profile as the fields describe it (validated or not).
    Profile profile() const;
    // The first problem of the fields, or none.
    ApiError check() const;
    QUuid savedProfileId() const { return m_profile.id; }

public:
    void done(int result) override;

private:
    void buildUi();
    void load(const Profile& profile);
    void updateState();
    void updateSecretField();
    void updateProxyPasswordField();
    // What to do with the stored proxy password on save.
    enum class ProxyPasswordChange { Keep, Replace, Remove };
    ProxyPasswordChange proxyPasswordChange() const;
    bool proxyPasswordMayBeStored() const;
    void saveProxyPassword(ProxyPasswordChange change, const ApiError& secretError);
    void finishSave(const ApiError& keychainError);
    void testConnection();
    void save();
    void chooseCaFile();
    SecretLineEdit* secretField() const;

    ProfileController* m_profiles;
    Profile m_profile;
    bool m_isNew;
    bool m_busy = false;
    bool m_saved = false;

    QLineEdit* m_name = nullptr;
    QComboBox* m_region = nullptr;
    QLabel* m_regionHint = nullptr;
    QLineEdit* m_projectId = nullptr;
    QComboBox* m_authMethod = nullptr;
    QStackedWidget* m_authPages = nullptr;
    QLineEdit* m_account = nullptr;
    QLineEdit* m_user = nullptr;
    SecretLineEdit* m_password = nullptr;
    SecretLineEdit* m_token = nullptr;
    QLineEdit* m_accessKeyId = nullptr;
    SecretLineEdit* m_secretKey = nullptr;
    QToolButton* m_advancedToggle = nullptr;
    QWidget* m_advanced = nullptr;
    QLineEdit* m_omsEndpoint = nullptr;
    QLineEdit* m_iamEndpoint = nullptr;
    QLineEdit* m_caFile = nullptr;
    QLineEdit* m_proxy = nullptr;
    SecretLineEdit* m_proxyPassword = nullptr;
    QCheckBox* m_removeProxyPassword = nullptr;
    QLabel* m_proxyPasswordHint = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_testResult = nullptr;
    QProgressBar* m_progress = nullptr;
    ErrorBanner* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace OmsSync::Gui
