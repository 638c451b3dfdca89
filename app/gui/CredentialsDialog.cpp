// SPDX-License-Identifier: GPL-3.0-or-later
#include "CredentialsDialog.h"

#include "DisplayText.h"
#include "ErrorBanner.h"
#include "Icons.h"
#include "InputRules.h"
#include "ProblemLabel.h"
#include "SecretLineEdit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

namespace {

// A buffer of the field's own, so that wiping the field later overwrites
// these characters instead of leaving the caller's copy as the only one.
QString ownedCopy(const QString& value)
{
    return QString(value.constData(), value.size());
}

constexpr CredentialsDialog::Field allFields[] = {
    CredentialsDialog::Field::SourceAk, CredentialsDialog::Field::SourceSk,
    CredentialsDialog::Field::DestinationAk, CredentialsDialog::Field::DestinationSk,
    CredentialsDialog::Field::CdnKey};

} // namespace

CredentialsDialog::CredentialsDialog(const SyncTask& task, const Profile& profile, QWidget* parent)
    : QDialog(parent)
    , m_task(task)
{
    setObjectName(u"credentialsDialog"_s);
    setWindowTitle(tr("Start Sync Task"));
    buildUi(profile);
    validate();
}

CredentialsDialog::~CredentialsDialog()
{
    wipeFields();
}

bool CredentialsDialog::hasCdnField() const
{
    return fieldWidget(Field::CdnKey) != nullptr;
}

void CredentialsDialog::buildUi(const Profile& profile)
{
    const QString taskName = m_task.displayName();
    auto* title = new QLabel(tr("Start “%1”").arg(taskName.toHtmlEscaped()));
    title->setObjectName(u"taskTitle"_s);
    title->setTextFormat(Qt::RichText);
    title->setWordWrap(true);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);

    auto* route = new QLabel(tr("From %1 bucket %2 (%3) to OBS bucket %4 (%5), profile “%6”.")
                                 .arg(DisplayText::cloud(m_task.srcCloudType), m_task.srcBucket,
                                      m_task.srcRegion, m_task.dstBucket,
                                      DisplayText::region(m_task.dstRegion), profile.name));
    route->setObjectName(u"taskRoute"_s);
    route->setTextFormat(Qt::PlainText);
    route->setWordWrap(true);
    route->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* why = new QLabel(tr("OMS discarded the access keys of this task when it was paused. "
                              "Enter them again to start it."));
    why->setWordWrap(true);

    auto* source = new QGroupBox(
        tr("Source: %1 bucket %2").arg(DisplayText::cloud(m_task.srcCloudType), m_task.srcBucket));
    source->setObjectName(u"sourceGroup"_s);
    m_sourceForm = new QFormLayout(source);
    // The labels are short because the group box says whose keys they are;
    // a screen reader announces a field without its group, so the field's
    // own name says it.
    addKeyField(m_sourceForm, Field::SourceAk, tr("Access key (&AK):"),
                tr("Source access key (AK)"), u"sourceAk"_s, false);
    addKeyField(m_sourceForm, Field::SourceSk, tr("Secre&t key (SK):"),
                tr("Source secret key (SK)"), u"sourceSk"_s, true);
    if (m_task.sourceCdn) {
        QLineEdit* cdn = addKeyField(m_sourceForm, Field::CdnKey, tr("C&DN key:"),
                                     tr("Source CDN key"), u"cdnKey"_s, true);
        cdn->setPlaceholderText(tr("Optional"));
        cdn->setToolTip(tr("The authentication key of the CDN domain %1 (%2), when the source "
                           "is read through it with URL signing.")
                            .arg(m_task.sourceCdn->domain, m_task.sourceCdn->authenticationType));
    }

    auto* destination =
        new QGroupBox(tr("Destination: Huawei Cloud OBS bucket %1").arg(m_task.dstBucket));
    destination->setObjectName(u"destinationGroup"_s);
    m_destinationForm = new QFormLayout(destination);
    m_useProfileKeys = new QCheckBox(tr("&Use this profile's AK/SK for the destination"));
    m_useProfileKeys->setObjectName(u"useProfileKeys"_s);
    connect(m_useProfileKeys, &QCheckBox::toggled, this, &CredentialsDialog::onUseProfileKeys);
    m_destinationForm->addRow(m_useProfileKeys);
    addKeyField(m_destinationForm, Field::DestinationAk, tr("Access &key (AK):"),
                tr("Destination access key (AK)"), u"destinationAk"_s, false);
    addKeyField(m_destinationForm, Field::DestinationSk, tr("Secret k&ey (SK):"),
                tr("Destination secret key (SK)"), u"destinationSk"_s, true);
    setProfileKeysAvailable(profile.authMethod == AuthMethod::AkSk,
                            tr("The profile signs in with a password or token, not an access "
                               "key."));

    m_remember = new QCheckBox(tr("&Remember these keys in the keychain"));
    m_remember->setObjectName(u"rememberKeys"_s);
    m_rememberHint = new QLabel;
    m_rememberHint->setObjectName(u"rememberHint"_s);
    m_rememberHint->setWordWrap(true);
    m_rememberHint->setContentsMargins(24, 0, 0, 0);
    QFont hintFont = m_rememberHint->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 0.92);
    m_rememberHint->setFont(hintFont);
    setKeychainMode(KeychainMode::Keychain);

    m_note = new QLabel;
    m_note->setObjectName(u"credentialsNote"_s);
    m_note->setWordWrap(true);
    m_note->hide();

    m_error = new ErrorBanner;
    m_error->setObjectName(u"startError"_s);

    m_progress = new QProgressBar;
    m_progress->setObjectName(u"startProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(m_progress->fontMetrics().height());
    m_progress->setTextVisible(false);
    m_progressLabel = new QLabel(tr("Starting the task…"));
    m_progressLabel->setObjectName(u"startProgressLabel"_s);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressLabel);
    progressRow->addWidget(m_progress, 1);

    m_buttons = new QDialogButtonBox;
    m_start = m_buttons->addButton(tr("&Start"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(u"startButton"_s);
    m_start->setIcon(Icons::action(u"start"_s));
    QPushButton* cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    connect(m_start, &QPushButton::clicked, this, &CredentialsDialog::requestStart);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(route);
    layout->addWidget(why);
    layout->addSpacing(4);
    layout->addWidget(source);
    layout->addWidget(destination);
    layout->addWidget(m_remember);
    layout->addWidget(m_rememberHint);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addLayout(progressRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    // Only now is the button inside the dialog, which is where a default
    // button must be to answer the Return key.
    m_start->setDefault(true);
    setRunning(false);
    setMinimumWidth(520);
}

QLineEdit* CredentialsDialog::addKeyField(QFormLayout* form, Field field, const QString& label,
                                          const QString& accessibleName, const QString& name,
                                          bool secret)
{
    QLineEdit* edit = secret ? new SecretLineEdit : new QLineEdit;
    edit->setObjectName(name);
    // The API's limit; longer input would only be refused.
    edit->setMaxLength((field == Field::CdnKey ? StartCredentials::maxCdnKeyLength
                                               : StartCredentials::maxKeyLength)
                       + 1);
    edit->setAccessibleName(accessibleName);
    edit->setClearButtonEnabled(!secret);
    auto* problem = new ProblemLabel;
    problem->setObjectName(name + u"Problem"_s);
    auto* labelWidget = new QLabel(label);
    labelWidget->setBuddy(edit);
    form->addRow(labelWidget, edit);
    form->addRow(QString(), problem);
    form->setRowVisible(problem, false);
    m_fields[std::size_t(field)] = edit;
    m_problems[std::size_t(field)] = problem;
    connect(edit, &QLineEdit::textEdited, this, [this, field] {
        m_touched[std::size_t(field)] = true;
        // What was typed now is what counts; an old failure no longer applies.
        m_error->dismiss();
        validate();
    });
    connect(edit, &QLineEdit::textChanged, this, &CredentialsDialog::validate);
    return edit;
}

void CredentialsDialog::setKeychainMode(KeychainMode mode, const QString& reason)
{
    m_keychainAvailable = mode != KeychainMode::Unavailable;
    m_remember->setEnabled(m_keychainAvailable && !m_running);
    switch (mode) {
    case KeychainMode::Keychain:
        m_remember->setText(tr("&Remember these keys in the keychain"));
        m_rememberHint->setText(
            tr("Stored in the system keychain under this profile, so the next start of this task "
               "fills them in. Never written to a file."));
        break;
    case KeychainMode::SessionOnly:
        m_remember->setText(tr("&Remember these keys until OMS Sync Desk quits"));
        m_rememberHint->setText(tr("This session keeps secrets in memory only: the next start of "
                                   "this task fills them in until you quit."));
        break;
    case KeychainMode::Unavailable:
        m_remember->setChecked(false);
        m_remember->setText(tr("&Remember these keys in the keychain"));
        m_rememberHint->setText(
            tr("Keys cannot be remembered: %1 They are used for this start only.").arg(reason));
        break;
    }
}

void CredentialsDialog::prefill(const StartCredentials& keys)
{
    const std::pair<Field, const QString*> values[] = {
        {Field::SourceAk, &keys.sourceAk},
        {Field::SourceSk, &keys.sourceSk},
        {Field::DestinationAk, &keys.destinationAk},
        {Field::DestinationSk, &keys.destinationSk},
        {Field::CdnKey, &keys.cdnKey},
    };
    bool filled = false;
    for (const auto& [field, value] : values) {
        QLineEdit* edit = fieldWidget(field);
        if (edit && edit->text().isEmpty() && !value->isEmpty()) {
            edit->setText(ownedCopy(*value));
            filled = true;
        }
    }
    if (filled) {
        if (m_remember->isEnabled()) {
            m_remember->setChecked(true);
        }
        m_note->setText(tr("Filled in with the keys remembered for this task."));
        m_note->show();
    }
    validate();
}

void CredentialsDialog::setRecallError(const ApiError& error)
{
    if (error.isError()) {
        m_note->setText(tr("The remembered keys could not be read: %1").arg(error.summary()));
        m_note->show();
    }
}

void CredentialsDialog::setProfileKeysAvailable(bool available, const QString& reason)
{
    m_profileKeysOffered = available;
    m_useProfileKeys->setEnabled(available && !m_running);
    m_useProfileKeys->setToolTip(available ? tr("Fill in the access key the profile signs in with.")
                                           : reason);
    if (!available) {
        m_useProfileKeys->setChecked(false);
    }
}

void CredentialsDialog::onUseProfileKeys(bool use)
{
    QLineEdit* ak = fieldWidget(Field::DestinationAk);
    QLineEdit* sk = fieldWidget(Field::DestinationSk);
    if (use) {
        ak->setReadOnly(true);
        sk->setReadOnly(true);
        Q_EMIT profileKeysRequested();
        return;
    }
    if (m_profileKeysInUse) {
        // The profile's own SK does not stay in a field the user no longer wants.
        SecretLineEdit::wipe(sk);
        SecretLineEdit::wipe(ak);
        m_profileKeysInUse = false;
    }
    ak->setReadOnly(m_running);
    sk->setReadOnly(m_running);
    validate();
}

void CredentialsDialog::setProfileKeys(const QString& ak, const QString& sk)
{
    if (!m_useProfileKeys->isChecked()) {
        return;
    }
    fieldWidget(Field::DestinationAk)->setText(ownedCopy(ak));
    fieldWidget(Field::DestinationSk)->setText(ownedCopy(sk));
    m_profileKeysInUse = true;
    validate();
}

void CredentialsDialog::setProfileKeysError(const ApiError& error)
{
    m_useProfileKeys->setChecked(false);
    m_note->setText(tr("The profile's access key could not be read: %1").arg(error.summary()));
    m_note->show();
}

StartCredentials CredentialsDialog::credentials() const
{
    StartCredentials keys;
    keys.sourceAk = fieldWidget(Field::SourceAk)->text();
    keys.sourceSk = fieldWidget(Field::SourceSk)->text();
    keys.destinationAk = fieldWidget(Field::DestinationAk)->text();
    keys.destinationSk = fieldWidget(Field::DestinationSk)->text();
    if (hasCdnField()) {
        keys.cdnKey = fieldWidget(Field::CdnKey)->text();
    }
    return keys;
}

bool CredentialsDialog::remember() const
{
    return m_remember->isChecked();
}

QString CredentialsDialog::fieldProblem(Field field) const
{
    const QLineEdit* edit = fieldWidget(field);
    if (!edit) {
        return {};
    }
    const QString value = edit->text();
    const bool cdn = field == Field::CdnKey;
    const int maxLength = cdn ? StartCredentials::maxCdnKeyLength : StartCredentials::maxKeyLength;
    if (value.isEmpty()) {
        return cdn ? QString() : tr("Required.");
    }
    if (value.size() > maxLength) {
        return tr("Too long: at most %1 characters, this has %2.").arg(maxLength).arg(value.size());
    }
    if (InputRules::hasControlCharacters(value)) {
        return tr("Contains a control character or a line break.");
    }
    if (value.front().isSpace() || value.back().isSpace()) {
        return tr("Starts or ends with a space.");
    }
    return {};
}

bool CredentialsDialog::isValid() const
{
    for (Field field : allFields) {
        if (!fieldProblem(field).isEmpty()) {
            return false;
        }
    }
    // The core's own check is the one the request must pass: never offer a
    // Start it would refuse.
    StartCredentials keys = credentials();
    const bool valid = !keys.validate().isError();
    keys.wipe();
    return valid;
}

void CredentialsDialog::validate()
{
    for (Field field : allFields) {
        QLabel* label = m_problems.at(std::size_t(field));
        if (!label) {
            continue;
        }
        QString problem = fieldProblem(field);
        // "Required" only once the user was in the field: an empty form is
        // not an error.
        if (fieldWidget(field)->text().isEmpty() && !m_touched.at(std::size_t(field))) {
            problem.clear();
        }
        label->setText(problem);
        QFormLayout* form = field == Field::DestinationAk || field == Field::DestinationSk
            ? m_destinationForm
            : m_sourceForm;
        form->setRowVisible(label, !problem.isEmpty());
        fieldWidget(field)->setAccessibleDescription(problem);
    }
    m_start->setEnabled(!m_running && isValid());
}

void CredentialsDialog::requestStart()
{
    if (m_running || !isValid()) {
        return;
    }
    m_error->dismiss();
    setRunning(true);
    StartCredentials keys = credentials();
    Q_EMIT startRequested(keys, remember());
    keys.wipe();
}

void CredentialsDialog::setRunning(bool running)
{
    m_running = running;
    for (QLineEdit* edit : m_fields) {
        if (edit) {
            edit->setReadOnly(running
                              || (m_useProfileKeys->isChecked()
                                  && (edit == fieldWidget(Field::DestinationAk)
                                      || edit == fieldWidget(Field::DestinationSk))));
        }
    }
    m_remember->setEnabled(!running && m_keychainAvailable);
    m_useProfileKeys->setEnabled(!running && m_profileKeysOffered);
    m_progress->setVisible(running);
    m_progressLabel->setVisible(running);
    m_start->setEnabled(!running && isValid());
}

void CredentialsDialog::startFinished(const ApiError& error)
{
    setRunning(false);
    if (!error.isError()) {
        accept();
        return;
    }
    m_error->showError(tr("OMS did not start the task"), error);
    validate();
}

void CredentialsDialog::wipeFields()
{
    // An AK typed with its SK is part of the start keys, a secret too
    // (docs/architecture.md, "Secrets"): every field goes.
    for (QLineEdit* edit : m_fields) {
        if (edit) {
            SecretLineEdit::wipe(edit);
        }
    }
}

void CredentialsDialog::done(int result)
{
    wipeFields();
    QDialog::done(result);
}

} // namespace OmsSync::Gui
