// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileEditDialog.h"

#include "DisplayText.h"
#include "ErrorBanner.h"
#include "Icons.h"
#include "InputRules.h"
#include "ProblemLabel.h"
#include "ProfileController.h"
#include "Region.h"
#include "SecretLineEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

namespace {

QUrl urlFrom(const QLineEdit* edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

QLabel* hintLabel(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    label->setFont(font);
    return label;
}

} // namespace

ProfileEditDialog::ProfileEditDialog(ProfileController* profiles, const Profile& profile,
                                     QWidget* parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_profile(profile)
    , m_isNew(profile.id.isNull() || !profiles->profile(profile.id))
{
    setObjectName(u"profileEditDialog"_s);
    setWindowTitle(m_isNew ? tr("Add Profile") : tr("Edit Profile"));
    buildUi();
    load(profile);
    updateState();
}

ProfileEditDialog::~ProfileEditDialog() = default;

void ProfileEditDialog::buildUi()
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name = new QLineEdit;
    m_name->setObjectName(u"profileName"_s);
    m_name->setMaxLength(Profile::maxNameLength);
    m_name->setPlaceholderText(tr("e.g. Beijing4 production"));
    form->addRow(tr("&Name:"), m_name);

    m_region = new QComboBox;
    m_region->setObjectName(u"region"_s);
    for (const Region& region : Region::all()) {
        m_region->addItem(tr("%1 (%2)").arg(region.displayName(QLocale()), region.id), region.id);
    }
    form->addRow(tr("&Region:"), m_region);
    m_regionHint = hintLabel({});
    m_regionHint->setObjectName(u"regionHint"_s);
    form->addRow(QString(), m_regionHint);

    m_projectId = new QLineEdit;
    m_projectId->setObjectName(u"projectId"_s);
    m_projectId->setPlaceholderText(tr("Found automatically"));
    form->addRow(tr("&Project id:"), m_projectId);

    m_authMethod = new QComboBox;
    m_authMethod->setObjectName(u"authMethod"_s);
    for (AuthMethod method : {AuthMethod::Password, AuthMethod::AkSk, AuthMethod::Token}) {
        m_authMethod->addItem(DisplayText::authMethod(method), int(method));
    }
    form->addRow(tr("&Sign in with:"), m_authMethod);

    m_authPages = new QStackedWidget;
    m_authPages->setObjectName(u"authPages"_s);
    {
        auto* page = new QWidget;
        auto* pageForm = new QFormLayout(page);
        pageForm->setContentsMargins(0, 0, 0, 0);
        m_account = new QLineEdit;
        m_account->setObjectName(u"accountName"_s);
        m_account->setPlaceholderText(tr("The account (domain) name"));
        m_user = new QLineEdit;
        m_user->setObjectName(u"userName"_s);
        m_user->setPlaceholderText(tr("The IAM user name"));
        m_password = new SecretLineEdit;
        m_password->setObjectName(u"password"_s);
        pageForm->addRow(tr("&Account:"), m_account);
        pageForm->addRow(tr("IAM &user:"), m_user);
        pageForm->addRow(tr("Pass&word:"), m_password);
        m_authPages->addWidget(page);
    }
    {
        auto* page = new QWidget;
        auto* pageForm = new QFormLayout(page);
        pageForm->setContentsMargins(0, 0, 0, 0);
        m_accessKeyId = new QLineEdit;
        m_accessKeyId->setObjectName(u"accessKeyId"_s);
        m_secretKey = new SecretLineEdit;
        m_secretKey->setObjectName(u"secretKey"_s);
        pageForm->addRow(tr("Access &key (AK):"), m_accessKeyId);
        pageForm->addRow(tr("S&ecret key (SK):"), m_secretKey);
        m_authPages->addWidget(page);
    }
    {
        auto* page = new QWidget;
        auto* pageForm = new QFormLayout(page);
        pageForm->setContentsMargins(0, 0, 0, 0);
        m_token = new SecretLineEdit;
        m_token->setObjectName(u"token"_s);
        m_token->setMaxLength(16384);
        pageForm->addRow(tr("To&ken:"), m_token);
        pageForm->addRow(QString(),
                         hintLabel(tr("An IAM token from another tool. It expires after 24 hours "
                                      "at the latest; paste a new one then.")));
        m_authPages->addWidget(page);
    }
    form->addRow(m_authPages);

    m_advancedToggle = new QToolButton;
    m_advancedToggle->setObjectName(u"advancedToggle"_s);
    m_advancedToggle->setText(tr("Ad&vanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);

    m_advanced = new QWidget;
    m_advanced->setObjectName(u"advancedSettings"_s);
    auto* advancedForm = new QFormLayout(m_advanced);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    advancedForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_omsEndpoint = new QLineEdit;
    m_omsEndpoint->setObjectName(u"omsEndpoint"_s);
    m_iamEndpoint = new QLineEdit;
    m_iamEndpoint->setObjectName(u"iamEndpoint"_s);
    m_caFile = new QLineEdit;
    m_caFile->setObjectName(u"caFile"_s);
    m_caFile->setPlaceholderText(tr("Only the system's certificates"));
    auto* browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(u"caFileBrowse"_s);
    connect(browse, &QPushButton::clicked, this, &ProfileEditDialog::chooseCaFile);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    m_proxy = new QLineEdit;
    m_proxy->setObjectName(u"proxy"_s);
    m_proxy->setPlaceholderText(tr("The system proxy, e.g. http://proxy:3128"));
    advancedForm->addRow(tr("&OMS endpoint:"), m_omsEndpoint);
    advancedForm->addRow(tr("&IAM endpoint:"), m_iamEndpoint);
    auto* caLabel = new QLabel(tr("&CA file:"));
    caLabel->setBuddy(m_caFile); // a row of a layout gets no buddy by itself
    advancedForm->addRow(caLabel, caRow);
    advancedForm->addRow(tr("Pro&xy:"), m_proxy);
    m_proxyPassword = new SecretLineEdit;
    m_proxyPassword->setObjectName(u"proxyPassword"_s);
    m_proxyPassword->setAccessibleName(tr("Proxy password"));
    m_proxyPassword->setMaxLength(1024);
    auto* proxyPasswordLabel = new QLabel(tr("Proxy passwor&d:"));
    proxyPasswordLabel->setBuddy(m_proxyPassword);
    advancedForm->addRow(proxyPasswordLabel, m_proxyPassword);
    m_removeProxyPassword = new QCheckBox(tr("Remove the stored proxy password"));
    m_removeProxyPassword->setObjectName(u"removeProxyPassword"_s);
    advancedForm->addRow(QString(), m_removeProxyPassword);
    m_proxyPasswordHint = hintLabel({});
    m_proxyPasswordHint->setObjectName(u"proxyPasswordHint"_s);
    advancedForm->addRow(QString(), m_proxyPasswordHint);
    connect(m_removeProxyPassword, &QCheckBox::toggled, this, [this](bool remove) {
        if (remove) {
            m_proxyPassword->wipe();
        }
        updateProxyPasswordField();
        updateState();
    });
    m_advanced->setVisible(false);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_advanced->setVisible(shown);
        m_advancedToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        adjustSize();
    });

    m_problem = new ProblemLabel;
    m_problem->setObjectName(u"profileProblem"_s);

    m_test = new QPushButton(tr("&Test Connection"));
    m_test->setObjectName(u"testConnectionButton"_s);
    m_test->setIcon(Icons::action(u"refresh"_s));
    connect(m_test, &QPushButton::clicked, this, &ProfileEditDialog::testConnection);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"testProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(120);
    m_progress->hide();
    m_testResult = new QLabel;
    m_testResult->setObjectName(u"testResult"_s);
    // Shown only with a result: its text is what a screen reader reads, and
    // an empty label would be a stop that says nothing.
    m_testResult->hide();
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_progress);
    testRow->addWidget(m_testResult, 1);

    m_error = new ErrorBanner;
    m_error->setObjectName(u"profileError"_s);

    m_buttons = new QDialogButtonBox;
    m_save = m_buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveButton"_s);
    QPushButton* cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    connect(m_save, &QPushButton::clicked, this, &ProfileEditDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_advancedToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_advanced);
    layout->addWidget(m_problem);
    layout->addLayout(testRow);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    m_save->setDefault(true); // inside the dialog now, so Return reaches it
    setMinimumWidth(520);

    for (QLineEdit* edit :
         {m_name, m_projectId, m_account, m_user, static_cast<QLineEdit*>(m_password),
          static_cast<QLineEdit*>(m_token), m_accessKeyId, static_cast<QLineEdit*>(m_secretKey),
          m_omsEndpoint, m_iamEndpoint, m_caFile, m_proxy,
          static_cast<QLineEdit*>(m_proxyPassword)}) {
        connect(edit, &QLineEdit::textChanged, this, &ProfileEditDialog::updateState);
    }
    connect(m_proxy, &QLineEdit::textChanged, this, &ProfileEditDialog::updateProxyPasswordField);
    connect(m_region, &QComboBox::currentIndexChanged, this, &ProfileEditDialog::updateState);
    connect(m_authMethod, &QComboBox::currentIndexChanged, this, [this] {
        m_authPages->setCurrentIndex(m_authMethod->currentIndex());
        updateSecretField();
        updateState();
    });
}

void ProfileEditDialog::load(const Profile& profile)
{
    m_name->setText(profile.name);
    int region = m_region->findData(profile.regionId);
    if (region < 0 && !profile.regionId.isEmpty()) {
        // A region newer than this release's table stays selectable.
        m_region->addItem(profile.regionId, profile.regionId);
        region = m_region->count() - 1;
    }
    m_region->setCurrentIndex(std::max(region, 0));
    m_projectId->setText(profile.projectId);
    m_authMethod->setCurrentIndex(m_authMethod->findData(int(profile.authMethod)));
    m_authPages->setCurrentIndex(m_authMethod->currentIndex());
    m_account->setText(profile.accountName);
    m_user->setText(profile.userName);
    m_accessKeyId->setText(profile.accessKeyId);
    m_omsEndpoint->setText(profile.omsEndpoint.toString());
    m_iamEndpoint->setText(profile.iamEndpoint.toString());
    m_caFile->setText(profile.caFile);
    m_proxy->setText(profile.proxy.toString());
    const bool advanced = !profile.omsEndpoint.isEmpty() || !profile.iamEndpoint.isEmpty()
        || !profile.caFile.isEmpty() || !profile.proxy.isEmpty();
    m_advancedToggle->setChecked(advanced);
    updateSecretField();
    updateProxyPasswordField();
}

SecretLineEdit* ProfileEditDialog::secretField() const
{
    switch (AuthMethod(m_authMethod->currentData().toInt())) {
    case AuthMethod::Password:
        return m_password;
    case AuthMethod::Token:
        return m_token;
    case AuthMethod::AkSk:
        return m_secretKey;
    }
    return m_password;
}

void ProfileEditDialog::updateSecretField()
{
    // An edited profile keeps its stored secret unless a new one is typed.
    const bool keepsSecret =
        !m_isNew && AuthMethod(m_authMethod->currentData().toInt()) == m_profile.authMethod;
    const QString placeholder =
        keepsSecret ? tr("Stored in the keychain; type to replace it") : QString();
    for (SecretLineEdit* field : {m_password, m_token, m_secretKey}) {
        field->setPlaceholderText(placeholder);
    }
}

void ProfileEditDialog::updateProxyPasswordField()
{
    // A password is sent only with the user the URL names.
    const QUrl proxy = urlFrom(m_proxy);
    const bool hasUser = proxy.isValid() && !proxy.userName().isEmpty();
    const bool mayBeStored = proxyPasswordMayBeStored();
    m_removeProxyPassword->setVisible(mayBeStored);
    const bool removing = mayBeStored && m_removeProxyPassword->isChecked();
    m_proxyPassword->setEnabled(hasUser && !removing);
    if (removing) {
        m_proxyPassword->setPlaceholderText(tr("Removed from the keychain on save"));
    } else if (hasUser && mayBeStored) {
        m_proxyPassword->setPlaceholderText(tr("Kept as stored; type to replace it"));
    } else {
        m_proxyPassword->setPlaceholderText({});
    }
    m_proxyPasswordHint->setText(
        hasUser ? tr("The password of %1 at the proxy, kept in the keychain; never written to "
                     "the settings.")
                      .arg(proxy.userName())
                : tr("Name the user in the proxy URL (http://user@proxy:3128) to enter a "
                     "password."));
}

bool ProfileEditDialog::proxyPasswordMayBeStored() const
{
    // Only a profile saved with a proxy user can have one.
    return !m_isNew && !m_profile.proxy.userName().isEmpty();
}

ProfileEditDialog::ProxyPasswordChange ProfileEditDialog::proxyPasswordChange() const
{
    if (proxyPasswordMayBeStored() && m_removeProxyPassword->isChecked()) {
        return ProxyPasswordChange::Remove;
    }
    if (m_proxyPassword->isEnabled() && !m_proxyPassword->text().isEmpty()) {
        return ProxyPasswordChange::Replace;
    }
    return ProxyPasswordChange::Keep;
}

Profile ProfileEditDialog::profile() const
{
    Profile profile = m_profile;
    profile.name = m_name->text().trimmed();
    profile.regionId = m_region->currentData().toString();
    profile.projectId = m_projectId->text().trimmed();
    profile.authMethod = AuthMethod(m_authMethod->currentData().toInt());
    profile.userName.clear();
    profile.accountName.clear();
    profile.accessKeyId.clear();
    switch (profile.authMethod) {
    case AuthMethod::Password:
        profile.accountName = m_account->text().trimmed();
        profile.userName = m_user->text().trimmed();
        break;
    case AuthMethod::AkSk:
        profile.accessKeyId = m_accessKeyId->text().trimmed();
        break;
    case AuthMethod::Token:
        break;
    }
    profile.omsEndpoint = urlFrom(m_omsEndpoint);
    profile.iamEndpoint = urlFrom(m_iamEndpoint);
    profile.caFile = m_caFile->text().trimmed();
    profile.proxy = urlFrom(m_proxy);
    return profile;
}

ApiError ProfileEditDialog::check() const
{
    const Profile edited = profile();
    if (const ApiError error = edited.validate(); error.isError()) {
        // An empty field reads better as what to do than as a rule about a
        // field id ("account is required."), in any language.
        const std::pair<QString, QString> empty[] = {
            {u"name"_s, edited.name.isEmpty() ? tr("Enter a name for the profile.") : QString()},
            {u"account"_s,
             edited.accountName.isEmpty() ? tr("Enter the account name.") : QString()},
            {u"user"_s, edited.userName.isEmpty() ? tr("Enter the IAM user name.") : QString()},
            {u"ak"_s, edited.accessKeyId.isEmpty() ? tr("Enter the access key (AK).") : QString()},
        };
        for (const auto& [field, message] : empty) {
            if (error.field() == field && !message.isEmpty()) {
                return ApiError::validation(field, message);
            }
        }
        return error;
    }
    if (m_proxyPassword->isEnabled() && InputRules::hasControlCharacters(m_proxyPassword->text())) {
        return ApiError::validation(
            u"proxy_password"_s,
            tr("The proxy password contains a control character or line break."));
    }
    const QString secret = secretField()->text();
    const bool needsSecret = m_isNew || edited.authMethod != m_profile.authMethod;
    if (secret.isEmpty()) {
        if (needsSecret) {
            switch (edited.authMethod) {
            case AuthMethod::Password:
                return ApiError::validation(u"secret"_s, tr("Enter the password."));
            case AuthMethod::Token:
                return ApiError::validation(u"secret"_s, tr("Paste the token."));
            case AuthMethod::AkSk:
                return ApiError::validation(u"secret"_s, tr("Enter the secret key (SK)."));
            }
        }
        return {};
    }
    if (InputRules::hasControlCharacters(secret)) {
        return ApiError::validation(u"secret"_s,
                                    tr("The secret contains a control character or line break."));
    }
    return {};
}

void ProfileEditDialog::updateState()
{
    const QString regionId = m_region->currentData().toString();
    const auto region = Region::find(regionId);
    if (region && !region->offersSyncTaskStart) {
        m_regionHint->setText(tr("OMS documents starting and stopping sync tasks only in "
                                 "CN North-Beijing4, CN East-Shanghai1 and CN Southwest-Guiyang1; "
                                 "this region may refuse them."));
        m_regionHint->show();
    } else {
        m_regionHint->hide();
    }
    if (const auto known = Region::find(regionId)) {
        m_omsEndpoint->setPlaceholderText(known->omsEndpoint().toString());
        m_iamEndpoint->setPlaceholderText(known->iamEndpoint().toString());
    }
    const ApiError problem = check();
    // A name not typed yet is not worth a red line.
    const bool quiet = problem.field() == u"name" && m_name->text().isEmpty();
    m_problem->setText(problem.isError() && !quiet ? problem.message() : QString());
    m_problem->setVisible(!m_problem->text().isEmpty());
    m_save->setEnabled(!m_busy && !problem.isError());
    m_test->setEnabled(
        !m_busy
        && (!problem.isError()
            || (problem.field() == u"secret" && secretField()->text().isEmpty() && !m_isNew)));
}

void ProfileEditDialog::testConnection()
{
    m_busy = true;
    m_error->dismiss();
    m_testResult->clear();
    m_testResult->hide();
    m_progress->show();
    updateState();
    const Profile tested = profile();
    m_profiles->testConnection(
        tested, secretField()->text(),
        m_proxyPassword->isEnabled() ? m_proxyPassword->text() : QString(), this,
        [this](const ApiError& error, const QString& projectId, int taskCount) {
            m_busy = false;
            m_progress->hide();
            if (error.isError()) {
                m_error->showError(tr("The connection test failed"), error);
            } else {
                if (m_projectId->text().isEmpty() && !projectId.isEmpty()) {
                    m_projectId->setText(projectId);
                }
                m_testResult->setText(
                    tr("Signed in. Project %1 has %n sync task(s).", nullptr, taskCount)
                        .arg(projectId));
                m_testResult->show();
            }
            updateState();
        });
}

void ProfileEditDialog::save()
{
    if (m_saved) {
        accept();
        return;
    }
    if (check().isError()) {
        return;
    }
    Profile edited = profile();
    const QString secret = secretField()->text();
    m_busy = true;
    updateState();
    // Decided now: saving changes what the profile was.
    const ProxyPasswordChange proxyChange = proxyPasswordChange();
    const ApiError error =
        m_profiles->saveProfile(edited, secret, this, [this, proxyChange](const ApiError& e) {
            saveProxyPassword(proxyChange, e);
        });
    if (error.isError()) {
        m_busy = false;
        m_error->showError(tr("The profile could not be saved"), error);
        updateState();
        return;
    }
    m_profile = edited;
}

void ProfileEditDialog::saveProxyPassword(ProxyPasswordChange change, const ApiError& secretError)
{
    if (change == ProxyPasswordChange::Keep) {
        finishSave(secretError);
        return;
    }
    // Empty removes it.
    const QString password =
        change == ProxyPasswordChange::Replace ? m_proxyPassword->text() : QString();
    m_profiles->setProxyPassword(m_profile.id, password, this,
                                 [this, secretError](const ApiError& e) {
                                     finishSave(secretError.isError() ? secretError : e);
                                 });
}

void ProfileEditDialog::finishSave(const ApiError& keychainError)
{
    m_busy = false;
    if (!keychainError.isError()) {
        accept();
        return;
    }
    // The profile is saved; only a secret has a problem worth reading.
    m_saved = true;
    m_error->showMessage(ErrorBanner::Severity::Warning, tr("The profile was saved"),
                         keychainError.summary());
    m_save->setText(tr("Close"));
    updateState();
    m_save->setEnabled(true);
}

void ProfileEditDialog::chooseCaFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Choose CA Certificates"), m_caFile->text(),
                                     tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty()) {
        m_caFile->setText(file);
    }
}

void ProfileEditDialog::done(int result)
{
    for (SecretLineEdit* field : {m_password, m_token, m_secretKey, m_proxyPassword}) {
        field->wipe();
    }
    QDialog::done(result);
}

} // namespace OmsSync::Gui
