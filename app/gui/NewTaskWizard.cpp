// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewTaskWizard.h"

#include "DisplayText.h"
#include "ErrorBanner.h"
#include "Icons.h"
#include "InputRules.h"
#include "OmsClient.h"
#include "OmsJob.h"
#include "ProblemLabel.h"
#include "ProfileController.h"
#include "ProfileService.h"
#include "ProfileSession.h"
#include "SecretLineEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

namespace {

// A page whose Next (or Create) waits for its fields.
class CheckedPage : public QWizardPage
{
public:
    std::function<bool()> complete;
    bool isComplete() const override { return !complete || complete(); }
};

// The check every text field shares: required or not, the API's limit,
// nothing a service would choke on. Said for a person, with the limit.
QString textProblem(const QString& value, bool required, int maxLength)
{
    if (value.isEmpty()) {
        return required ? NewTaskWizard::tr("Required.") : QString();
    }
    if (value.size() > maxLength) {
        return NewTaskWizard::tr("Too long: at most %1 characters, this has %2.")
            .arg(maxLength)
            .arg(value.size());
    }
    if (InputRules::hasControlCharacters(value)) {
        return NewTaskWizard::tr("Contains a control character or a line break.");
    }
    if (value.front().isSpace() || value.back().isSpace()) {
        return NewTaskWizard::tr("Starts or ends with a space.");
    }
    return {};
}

QLabel* noteLabel(const QString& name)
{
    auto* label = new QLabel;
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

NewTaskWizard::NewTaskWizard(ProfileController* profiles, const QUuid& profileId,
                             const QList<SyncTask>& tasks, QWidget* parent)
    : QWizard(parent)
    , m_profiles(profiles)
    , m_profileId(profileId)
    , m_tasks(tasks)
{
    setObjectName(u"newTaskWizard"_s);
    setWindowTitle(tr("New Sync Task"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    if (const auto profile = m_profiles->profile(profileId)) {
        m_region = profile->regionId;
    }
    setPage(SourcePage, buildSourcePage());
    setPage(CdnPage, buildCdnPage());
    setPage(DestinationPage, buildDestinationPage());
    setPage(OptionsPage, buildOptionsPage());
    setPage(SummaryPage, buildSummaryPage());
    setButtonText(QWizard::FinishButton, tr("&Create"));
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == SummaryPage) {
            updateSummary();
        }
    });
    setMinimumSize(640, 560);
    updateQuota();
    validate();
    loadLookups();
}

NewTaskWizard::~NewTaskWizard()
{
    wipeSecrets();
}

// --- pages ------------------------------------------------------------------

void NewTaskWizard::addField(QFormLayout* form, int page, const QString& label, QWidget* editor,
                             std::function<QString()> check)
{
    editor->setAccessibleName(DisplayText::plainLabel(label));
    auto* labelWidget = new QLabel(label);
    labelWidget->setBuddy(editor);
    auto* problem = new ProblemLabel;
    problem->setObjectName(editor->objectName() + u"Problem"_s);
    form->addRow(labelWidget, editor);
    form->addRow(QString(), problem);
    form->setRowVisible(problem, false);
    m_fields.push_back({editor, problem, form, page, std::move(check), false});
}

QLineEdit* NewTaskWizard::addLine(QFormLayout* form, int page, const QString& label,
                                  const QString& name, bool secret, std::function<QString()> check)
{
    QLineEdit* edit = secret ? new SecretLineEdit : new QLineEdit;
    edit->setObjectName(name);
    edit->setClearButtonEnabled(!secret);
    addField(form, page, label, edit, std::move(check));
    const std::size_t index = m_fields.size() - 1;
    connect(edit, &QLineEdit::textEdited, this, [this, index] {
        m_fields[index].touched = true;
        validate();
    });
    connect(edit, &QLineEdit::textChanged, this, &NewTaskWizard::validate);
    return edit;
}

QComboBox* NewTaskWizard::addCombo(QFormLayout* form, int page, const QString& label,
                                   const QString& name, bool editable,
                                   std::function<QString()> check)
{
    auto* combo = new QComboBox;
    combo->setObjectName(name);
    combo->setEditable(editable);
    if (editable) {
        combo->setInsertPolicy(QComboBox::NoInsert);
        // On Linux a combo box is named by its value; the field inside it
        // carries the label, so a screen reader says what to type.
        combo->lineEdit()->setAccessibleName(DisplayText::plainLabel(label));
    }
    addField(form, page, label, combo, std::move(check));
    const std::size_t index = m_fields.size() - 1;
    if (editable) {
        connect(combo->lineEdit(), &QLineEdit::textEdited, this, [this, index] {
            m_fields[index].touched = true;
            validate();
        });
    }
    connect(combo, &QComboBox::currentTextChanged, this, &NewTaskWizard::validate);
    return combo;
}

QWizardPage* NewTaskWizard::buildSourcePage()
{
    auto* page = new CheckedPage;
    page->setObjectName(u"sourcePage"_s);
    page->setTitle(tr("Source"));
    page->setSubTitle(tr("The bucket at another cloud that OMS copies from, and the keys that "
                         "read it."));
    page->complete = [this] {
        return pageProblem(SourcePage).isEmpty();
    };

    m_quota = noteLabel(u"quota"_s);
    m_lookupNote = noteLabel(u"lookupNote"_s);
    m_lookupNote->hide();

    auto* form = new QFormLayout;
    m_cloud = addCombo(form, SourcePage, tr("&Cloud:"), u"sourceCloud"_s, false);
    for (const QString& cloud : SyncTaskSpec::sourceClouds()) {
        m_cloud->addItem(DisplayText::cloud(cloud), cloud);
    }
    m_cloud->setCurrentIndex(m_cloud->findData(u"Aliyun"_s));
    m_sourceRegion = addCombo(form, SourcePage, tr("&Region:"), u"sourceRegion"_s, true, [this] {
        return textProblem(m_sourceRegion->currentText(), true, SyncTaskSpec::maxRegionLength);
    });
    m_sourceRegion->lineEdit()->setPlaceholderText(tr("For example cn-hangzhou"));
    m_sourceAk = addLine(form, SourcePage, tr("Access &key (AK):"), u"sourceAk"_s, false, [this] {
        return textProblem(m_sourceAk->text(), true, StartCredentials::maxKeyLength);
    });
    m_sourceSk = addLine(form, SourcePage, tr("&Secret key (SK):"), u"sourceSk"_s, true, [this] {
        return textProblem(m_sourceSk->text(), true, StartCredentials::maxKeyLength);
    });
    // The pages' titles say whose keys and bucket a field is for; a screen
    // reader names a field without its page, so the names say it.
    m_sourceRegion->lineEdit()->setAccessibleName(tr("Source region"));
    m_sourceAk->setAccessibleName(tr("Source access key (AK)"));
    m_sourceSk->setAccessibleName(tr("Source secret key (SK)"));
    m_appId = addLine(form, SourcePage, tr("&APPID:"), u"appId"_s, false, [this] {
        const bool tencent = selectedCloud() == u"Tencent"_s;
        return tencent ? textProblem(m_appId->text(), true, SyncTaskSpec::maxAppIdLength)
                       : QString();
    });
    m_appId->setToolTip(tr("Tencent Cloud's APPID, the number at the end of its bucket names."));
    m_sourceBucket = addCombo(form, SourcePage, tr("Bucke&t:"), u"sourceBucket"_s, true, [this] {
        return textProblem(m_sourceBucket->currentText(), true, SyncTaskSpec::maxBucketLength);
    });
    m_sourceBucket->lineEdit()->setAccessibleName(tr("Source bucket"));
    m_listSourceBuckets = new QPushButton(tr("&List Buckets"));
    m_listSourceBuckets->setObjectName(u"listSourceBuckets"_s);
    m_listSourceBuckets->setToolTip(tr("Ask the cloud which buckets these keys can read"));
    connect(m_listSourceBuckets, &QPushButton::clicked, this, &NewTaskWizard::listSourceBuckets);
    m_sourceBucketsNote = noteLabel(u"sourceBucketsNote"_s);
    auto* bucketRow = new QHBoxLayout;
    bucketRow->addWidget(m_listSourceBuckets);
    bucketRow->addWidget(m_sourceBucketsNote, 1);
    form->addRow(QString(), bucketRow);

    connect(m_cloud, &QComboBox::currentIndexChanged, this, [this] {
        const bool tencent = selectedCloud() == u"Tencent"_s;
        m_fields.front().form->setRowVisible(m_appId, tencent);
        fillRegions();
        validate();
    });
    form->setRowVisible(m_appId, false);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_quota);
    layout->addLayout(form);
    layout->addWidget(m_lookupNote);
    layout->addStretch(1);
    return page;
}

QWizardPage* NewTaskWizard::buildCdnPage()
{
    auto* page = new CheckedPage;
    page->setObjectName(u"cdnPage"_s);
    page->setTitle(tr("CDN (optional)"));
    page->setSubTitle(tr("Read the source through its CDN domain instead of the bucket itself, "
                         "for example to save the cloud's outbound traffic fees."));
    page->complete = [this] {
        return pageProblem(CdnPage).isEmpty();
    };

    m_useCdn = new QCheckBox(tr("Read the source through a C&DN"));
    m_useCdn->setObjectName(u"useCdn"_s);
    auto* form = new QFormLayout;
    m_cdnDomain = addLine(form, CdnPage, tr("Do&main:"), u"cdnDomain"_s, false, [this] {
        return m_useCdn->isChecked()
            ? textProblem(m_cdnDomain->text(), true, SyncTaskSpec::maxCdnDomainLength)
            : QString();
    });
    m_cdnDomain->setPlaceholderText(tr("For example cdn.example.com"));
    m_cdnProtocol = addCombo(form, CdnPage, tr("&Protocol:"), u"cdnProtocol"_s, false);
    for (const QString& protocol : SyncTaskSpec::cdnProtocols()) {
        m_cdnProtocol->addItem(protocol.toUpper(), protocol);
    }
    m_cdnProtocol->setCurrentIndex(m_cdnProtocol->findData(u"https"_s));
    m_cdnAuthType = addCombo(form, CdnPage, tr("&Authentication:"), u"cdnAuthType"_s, false);
    for (const QString& type : SyncTaskSpec::cdnAuthenticationTypes()) {
        m_cdnAuthType->addItem(type == u"NONE"_s ? tr("None") : type, type);
    }
    m_cdnKey = addLine(form, CdnPage, tr("Authentication &key:"), u"cdnKey"_s, true, [this] {
        const bool signing = m_useCdn->isChecked() && m_cdnAuthType->currentData() != u"NONE"_s;
        return signing ? textProblem(m_cdnKey->text(), true, StartCredentials::maxCdnKeyLength)
                       : QString();
    });
    m_checkCdn = new QPushButton(tr("C&heck Access"));
    m_checkCdn->setObjectName(u"checkCdn"_s);
    m_checkCdn->setToolTip(tr("Ask OMS whether it can download the bucket's objects through "
                              "this CDN"));
    connect(m_checkCdn, &QPushButton::clicked, this, &NewTaskWizard::checkCdn);
    m_cdnResult = noteLabel(u"cdnResult"_s);
    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkCdn);
    checkRow->addWidget(m_cdnResult, 1);
    form->addRow(QString(), checkRow);

    auto* fields = new QWidget;
    fields->setLayout(form);
    fields->setEnabled(false);
    connect(m_useCdn, &QCheckBox::toggled, this, [this, fields](bool on) {
        fields->setEnabled(on);
        validate();
    });
    connect(m_cdnAuthType, &QComboBox::currentIndexChanged, this, &NewTaskWizard::validate);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_useCdn);
    layout->addWidget(fields);
    layout->addStretch(1);
    return page;
}

QWizardPage* NewTaskWizard::buildDestinationPage()
{
    auto* page = new CheckedPage;
    page->setObjectName(u"destinationPage"_s);
    page->setTitle(tr("Destination"));
    page->setSubTitle(tr("The Huawei Cloud OBS bucket OMS copies to, in this profile's region."));
    page->complete = [this] {
        return pageProblem(DestinationPage).isEmpty();
    };

    auto* region = noteLabel(u"destinationRegion"_s);
    region->setText(tr("Region: %1. A sync task runs in its destination's region, so the new "
                       "task belongs to this profile.")
                        .arg(DisplayText::region(m_region)));

    auto* form = new QFormLayout;
    m_useProfileKeys = new QCheckBox(tr("&Use this profile's AK/SK"));
    m_useProfileKeys->setObjectName(u"useProfileKeys"_s);
    form->addRow(m_useProfileKeys);
    const auto profile = m_profiles->profile(m_profileId);
    const bool aksk = profile && profile->authMethod == AuthMethod::AkSk;
    m_useProfileKeys->setEnabled(aksk);
    if (!aksk) {
        m_useProfileKeys->setToolTip(
            tr("The profile signs in with a password or token, not an access key."));
    }
    m_destinationAk =
        addLine(form, DestinationPage, tr("Access k&ey (AK):"), u"destinationAk"_s, false, [this] {
            return textProblem(m_destinationAk->text(), true, StartCredentials::maxKeyLength);
        });
    m_destinationSk =
        addLine(form, DestinationPage, tr("Secret ke&y (SK):"), u"destinationSk"_s, true, [this] {
            return textProblem(m_destinationSk->text(), true, StartCredentials::maxKeyLength);
        });
    m_destinationAk->setAccessibleName(tr("Destination access key (AK)"));
    m_destinationSk->setAccessibleName(tr("Destination secret key (SK)"));
    connect(m_useProfileKeys, &QCheckBox::toggled, this, [this](bool on) {
        m_destinationAk->setReadOnly(on);
        m_destinationSk->setReadOnly(on);
        if (!on) {
            return;
        }
        m_profiles->profileKeyPair(m_profileId, this,
                                   [this](const QString& ak, const QString& sk, const ApiError& e) {
                                       if (e.isError()) {
                                           m_useProfileKeys->setChecked(false);
                                           m_destinationBucketsNote->setText(e.summary());
                                           return;
                                       }
                                       m_destinationAk->setText(ak);
                                       m_destinationSk->setText(sk);
                                   });
    });
    m_destinationBucket =
        addCombo(form, DestinationPage, tr("Bucke&t:"), u"destinationBucket"_s, true, [this] {
            return textProblem(m_destinationBucket->currentText(), true,
                               SyncTaskSpec::maxBucketLength);
        });
    m_destinationBucket->lineEdit()->setAccessibleName(tr("Destination bucket"));
    m_listDestinationBuckets = new QPushButton(tr("&List Buckets"));
    m_listDestinationBuckets->setObjectName(u"listDestinationBuckets"_s);
    m_listDestinationBuckets->setToolTip(tr("Ask OBS which buckets these keys can write"));
    connect(m_listDestinationBuckets, &QPushButton::clicked, this,
            &NewTaskWizard::listDestinationBuckets);
    m_destinationBucketsNote = noteLabel(u"destinationBucketsNote"_s);
    auto* bucketRow = new QHBoxLayout;
    bucketRow->addWidget(m_listDestinationBuckets);
    bucketRow->addWidget(m_destinationBucketsNote, 1);
    form->addRow(QString(), bucketRow);
    m_storageClass =
        addCombo(form, DestinationPage, tr("Storage &class:"), u"storageClass"_s, false);
    for (const QString& policy : SyncTaskSpec::storageClasses()) {
        m_storageClass->addItem(DisplayText::storagePolicy(policy), policy);
    }

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(region);
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

QWizardPage* NewTaskWizard::buildOptionsPage()
{
    auto* page = new CheckedPage;
    page->setObjectName(u"optionsPage"_s);
    page->setTitle(tr("Options"));
    page->setSubTitle(tr("How OMS compares and copies the objects."));
    page->complete = [this] {
        return pageProblem(OptionsPage).isEmpty();
    };

    auto* form = new QFormLayout;
    m_consistencyCheck =
        addCombo(form, OptionsPage, tr("C&onsistency check:"), u"consistencyCheck"_s, false);
    m_consistencyCheck->addItem(tr("Size and last modified time"), u"size_last_modified"_s);
    m_consistencyCheck->addItem(tr("CRC64 checksum"), u"crc64"_s);
    m_consistencyCheck->addItem(tr("None: copy whatever is new"), u"transmission"_s);
    m_metadata = new QCheckBox(tr("Copy object &metadata"));
    m_metadata->setObjectName(u"metadata"_s);
    m_kms = new QCheckBox(tr("Encrypt at the destination with &KMS"));
    m_kms->setObjectName(u"kms"_s);
    m_restore = new QCheckBox(tr("&Restore archived source objects first"));
    m_restore->setObjectName(u"restore"_s);
    form->addRow(m_metadata);
    form->addRow(m_kms);
    form->addRow(m_restore);
    m_description =
        addLine(form, OptionsPage, tr("&Description:"), u"description"_s, false, [this] {
            const QString text = m_description->text();
            if (QString problem = textProblem(text, false, SyncTaskSpec::maxDescriptionLength);
                !problem.isEmpty()) {
                return problem;
            }
            for (const QChar c : text) {
                if (SyncTaskSpec::descriptionForbidden.contains(c)) {
                    return tr("May not contain any of < > ( ) \" ' & (it has %1).").arg(c);
                }
            }
            return QString();
        });
    m_description->setPlaceholderText(tr("Optional; shown as the task's name"));

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

QWizardPage* NewTaskWizard::buildSummaryPage()
{
    auto* page = new CheckedPage;
    page->setObjectName(u"summaryPage"_s);
    page->setTitle(tr("Summary"));
    page->setSubTitle(tr("OMS starts the new task as soon as it is created."));
    page->setFinalPage(true);
    page->complete = [this] {
        if (m_creating) {
            return false;
        }
        for (int id : {SourcePage, CdnPage, DestinationPage, OptionsPage}) {
            if (!pageProblem(id).isEmpty()) {
                return false;
            }
        }
        // At the quota only a clone may go on, and only with the original's deletion agreed.
        return !atQuota() || (m_original && m_deleteOriginal->isChecked()) || m_originalDeleted;
    };

    m_summary = noteLabel(u"summary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Summary of the new task"));

    m_remember = new QCheckBox(tr("&Remember these keys in the keychain"));
    m_remember->setObjectName(u"rememberKeys"_s);
    m_remember->setToolTip(tr("So that a start after a pause does not ask for them again"));
    switch (m_profiles->service()->keychainMode()) {
    case ProfileService::KeychainMode::Keychain:
        break;
    case ProfileService::KeychainMode::SessionOnly:
        m_remember->setText(tr("&Remember these keys until OMS Sync Desk quits"));
        break;
    case ProfileService::KeychainMode::Unavailable:
        m_remember->setEnabled(false);
        m_remember->setToolTip(tr("No keychain answers (%1).")
                                   .arg(m_profiles->service()->keychainUnavailableReason()));
        break;
    }

    m_deleteOriginal = new QCheckBox;
    m_deleteOriginal->setObjectName(u"deleteOriginal"_s);
    m_deleteOriginal->hide();
    connect(m_deleteOriginal, &QCheckBox::toggled, page, &QWizardPage::completeChanged);
    m_deleteOriginalNote = noteLabel(u"deleteOriginalNote"_s);
    m_deleteOriginalNote->hide();

    m_createError = new ErrorBanner;
    m_createError->setObjectName(u"createError"_s);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"createProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(m_progress->fontMetrics().height());
    m_progressLabel = noteLabel(u"createProgressLabel"_s);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressLabel);
    progressRow->addWidget(m_progress, 1);
    m_progress->hide();
    m_progressLabel->hide();

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_remember);
    layout->addWidget(m_deleteOriginalNote);
    layout->addWidget(m_deleteOriginal);
    layout->addStretch(1);
    layout->addWidget(m_createError);
    layout->addLayout(progressRow);
    return page;
}

// --- state ------------------------------------------------------------------

QString NewTaskWizard::selectedCloud() const
{
    return m_cloud->currentData().toString();
}

const NewTaskWizard::Field* NewTaskWizard::field(const QString& name) const
{
    for (const Field& each : m_fields) {
        if (each.editor->objectName() == name) {
            return &each;
        }
    }
    return nullptr;
}

QString NewTaskWizard::fieldProblem(const QString& name) const
{
    const Field* found = field(name);
    return found && found->check ? found->check() : QString();
}

QString NewTaskWizard::pageProblem(int page) const
{
    if (page == SourcePage && atQuota() && !m_original) {
        return m_quota->text();
    }
    for (const Field& each : m_fields) {
        if (each.page == page && each.check) {
            if (const QString problem = each.check(); !problem.isEmpty()) {
                return problem;
            }
        }
    }
    return {};
}

bool NewTaskWizard::atQuota() const
{
    const qsizetype used = m_tasks.size() - (m_originalDeleted ? 1 : 0);
    return used >= TaskCreateJob::maxTasks;
}

void NewTaskWizard::updateQuota()
{
    const int used = int(m_tasks.size()) - (m_originalDeleted ? 1 : 0);
    if (!atQuota()) {
        m_quota->setText(tr("This project has %1 of the %2 sync tasks OMS allows.")
                             .arg(used)
                             .arg(TaskCreateJob::maxTasks));
    } else if (!m_original) {
        m_quota->setText(tr("This project already has the %1 sync tasks OMS allows: delete one "
                            "before creating another.")
                             .arg(TaskCreateJob::maxTasks));
    } else {
        m_quota->setText(tr("This project already has the %1 sync tasks OMS allows: the "
                            "original must be deleted before its copy can be created. The "
                            "summary page offers to do that.")
                             .arg(TaskCreateJob::maxTasks));
    }
    const bool offerDeletion = atQuota() && m_original && !m_originalDeleted;
    if (m_deleteOriginal && m_original) {
        m_deleteOriginal->setText(
            m_original->canStop()
                ? tr("S&top and delete “%1” first, then create this task")
                      .arg(m_original->displayName())
                : tr("&Delete “%1” first, then create this task").arg(m_original->displayName()));
        m_deleteOriginalNote->setText(
            tr("OMS allows %1 sync tasks and this project has them all. A deleted task cannot be "
               "restored; if the new task cannot be created afterwards, every setting stays "
               "here to try again.")
                .arg(TaskCreateJob::maxTasks));
        m_deleteOriginal->setVisible(offerDeletion);
        m_deleteOriginalNote->setVisible(offerDeletion);
    }
}

void NewTaskWizard::validate()
{
    for (Field& each : m_fields) {
        QString problem = each.check ? each.check() : QString();
        // "Required" only once the user was in the field: an empty form is
        // not an error.
        QString text;
        if (auto* edit = qobject_cast<QLineEdit*>(each.editor)) {
            text = edit->text();
        } else if (auto* combo = qobject_cast<QComboBox*>(each.editor)) {
            text = combo->currentText();
        }
        if (text.isEmpty() && !each.touched) {
            problem.clear();
        }
        each.problem->setText(problem);
        each.form->setRowVisible(each.problem, !problem.isEmpty());
        each.editor->setAccessibleDescription(problem);
    }
    for (int id : pageIds()) {
        Q_EMIT page(id)->completeChanged();
    }
}

void NewTaskWizard::updateSummary()
{
    const SyncTaskSpec s = spec();
    QStringList lines;
    lines << tr("From %1 bucket %2 in %3")
                 .arg(DisplayText::cloud(s.sourceCloud), s.sourceBucket, s.sourceRegion);
    if (!s.appId.isEmpty()) {
        lines << tr("APPID %1").arg(s.appId);
    }
    if (s.cdn) {
        lines << tr("Through the CDN %1://%2 (authentication: %3)")
                     .arg(s.cdn->protocol, s.cdn->domain, m_cdnAuthType->currentText());
    }
    lines << tr("To OBS bucket %1 in %2, storage class %3")
                 .arg(s.destinationBucket, DisplayText::region(s.destinationRegion),
                      m_storageClass->currentText());
    lines << tr("Consistency check: %1").arg(m_consistencyCheck->currentText());
    lines << tr("Metadata: %1, KMS: %2, restore archived objects: %3")
                 .arg(DisplayText::yesNo(s.metadataMigration), DisplayText::yesNo(s.kms),
                      DisplayText::yesNo(s.restoreArchived));
    lines << tr("Description: %1").arg(s.description.isEmpty() ? tr("none") : s.description);
    lines << QString() << m_quota->text();
    m_summary->setText(lines.join(u'\n'));
    updateQuota();
}

SyncTaskSpec NewTaskWizard::spec() const
{
    SyncTaskSpec spec;
    spec.sourceCloud = selectedCloud();
    spec.sourceRegion = m_sourceRegion->currentText();
    spec.sourceBucket = m_sourceBucket->currentText();
    spec.destinationRegion = m_region;
    spec.destinationBucket = m_destinationBucket->currentText();
    spec.description = m_description->text();
    spec.appId = selectedCloud() == u"Tencent"_s ? m_appId->text() : QString();
    if (m_useCdn->isChecked()) {
        spec.cdn = SourceCdn {m_cdnDomain->text(), m_cdnProtocol->currentData().toString(),
                              m_cdnAuthType->currentData().toString()};
    }
    spec.storageClass = m_storageClass->currentData().toString();
    spec.consistencyCheck = m_consistencyCheck->currentData().toString();
    spec.metadataMigration = m_metadata->isChecked();
    spec.kms = m_kms->isChecked();
    spec.restoreArchived = m_restore->isChecked();
    return spec;
}

StartCredentials NewTaskWizard::keys() const
{
    const bool cdnKey = m_useCdn->isChecked() && m_cdnAuthType->currentData() != u"NONE"_s;
    return {m_sourceAk->text(), m_sourceSk->text(), m_destinationAk->text(),
            m_destinationSk->text(), cdnKey ? m_cdnKey->text() : QString()};
}

SourceAccess NewTaskWizard::sourceAccess() const
{
    SourceAccess access;
    access.cloud = selectedCloud();
    access.ak = m_sourceAk->text();
    access.sk = m_sourceSk->text();
    access.appId = selectedCloud() == u"Tencent"_s ? m_appId->text() : QString();
    return access;
}

bool NewTaskWizard::remember() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

// --- lookups ----------------------------------------------------------------

void NewTaskWizard::loadLookups()
{
    m_profiles->withSession(m_profileId, this, [this](ProfileSession* session, const ApiError& e) {
        if (!session) {
            m_lookupNote->setText(
                tr("Could not sign in to list the clouds and regions (%1). Type them instead.")
                    .arg(e.summary()));
            m_lookupNote->show();
            Q_EMIT lookupFinished();
            return;
        }
        ObjectStorageJob* clouds = session->client()->listSourceClouds();
        connect(clouds, &OmsJob::finished, this, [this, clouds] {
            if (clouds->error().isError()) {
                m_lookupNote->setText(tr("Could not list the clouds OMS reads from (%1).")
                                          .arg(clouds->error().summary()));
                m_lookupNote->show();
            } else {
                // Only the clouds OMS names and this version knows how to describe.
                const QString current = selectedCloud();
                const QSignalBlocker blocker(m_cloud);
                m_cloud->clear();
                for (const QString& cloud : clouds->names()) {
                    if (SyncTaskSpec::sourceClouds().contains(cloud)) {
                        m_cloud->addItem(DisplayText::cloud(cloud), cloud);
                    }
                }
                const int index = m_cloud->findData(current);
                m_cloud->setCurrentIndex(index >= 0 ? index : 0);
            }
            validate();
            Q_EMIT lookupFinished();
        });
        ObjectStorageJob* regions = session->client()->listSourceRegions();
        connect(regions, &OmsJob::finished, this, [this, regions] {
            if (regions->error().isError()) {
                m_lookupNote->setText(tr("Could not list the regions of the clouds (%1). Type "
                                         "the region instead.")
                                          .arg(regions->error().summary()));
                m_lookupNote->show();
            } else {
                m_regions = regions->regions();
                fillRegions();
            }
            Q_EMIT lookupFinished();
        });
    });
}

void NewTaskWizard::fillRegions()
{
    const QString typed = m_sourceRegion->currentText();
    const QSignalBlocker blocker(m_sourceRegion);
    m_sourceRegion->clear();
    // The item's text is what OMS takes (cn-hangzhou); its name is the tooltip.
    for (const SourceRegionInfo& region : std::as_const(m_regions)) {
        if (region.cloud == selectedCloud()) {
            m_sourceRegion->addItem(region.value);
            m_sourceRegion->setItemData(m_sourceRegion->count() - 1, region.description,
                                        Qt::ToolTipRole);
        }
    }
    const bool known = m_sourceRegion->findText(typed) >= 0;
    if (!typed.isEmpty() && !known && m_original) {
        m_sourceRegion->setEditText(typed); // a clone keeps what the original had
    } else if (known || (!typed.isEmpty() && m_sourceRegion->count() == 0)) {
        m_sourceRegion->setEditText(typed);
    } else if (m_sourceRegion->count() > 0) {
        m_sourceRegion->setCurrentIndex(0);
    } else {
        m_sourceRegion->setEditText(typed);
    }
    validate();
}

void NewTaskWizard::listSourceBuckets()
{
    listBuckets(sourceAccess(), m_sourceBucket, m_listSourceBuckets, m_sourceBucketsNote,
                tr("Asking %1…").arg(DisplayText::cloud(selectedCloud())));
}

void NewTaskWizard::listDestinationBuckets()
{
    SourceAccess access;
    access.cloud = u"HuaweiCloud"_s;
    access.ak = m_destinationAk->text();
    access.sk = m_destinationSk->text();
    listBuckets(access, m_destinationBucket, m_listDestinationBuckets, m_destinationBucketsNote,
                tr("Asking OBS…"));
}

void NewTaskWizard::listBuckets(SourceAccess access, QComboBox* buckets, QPushButton* button,
                                QLabel* note, const QString& asking)
{
    if (const ApiError error = access.validate(); error.isError()) {
        note->setText(error.message());
        access.wipe();
        return;
    }
    button->setEnabled(false);
    note->setText(asking);
    m_profiles->withSession(
        m_profileId, this,
        [this, access, buckets, button, note](ProfileSession* session, const ApiError& e) mutable {
            if (!session) {
                button->setEnabled(true);
                note->setText(e.summary());
                access.wipe();
                Q_EMIT lookupFinished();
                return;
            }
            ObjectStorageJob* job = session->client()->listBuckets(access);
            access.wipe();
            connect(job, &OmsJob::finished, this, [this, job, buckets, button, note] {
                button->setEnabled(true);
                if (job->error().isError()) {
                    note->setText(job->error().summary());
                } else {
                    showBuckets(buckets, note, job->names());
                }
                Q_EMIT lookupFinished();
            });
        });
}

void NewTaskWizard::showBuckets(QComboBox* buckets, QLabel* note, const QStringList& names)
{
    // What was typed stays; an empty field takes the first bucket found.
    const QString typed = buckets->currentText();
    {
        const QSignalBlocker blocker(buckets);
        buckets->clear();
        buckets->addItems(names);
        buckets->setEditText(typed.isEmpty() && !names.isEmpty() ? names.first() : typed);
    }
    note->setText(tr("%n bucket(s) found.", nullptr, int(names.size())));
    validate();
}

void NewTaskWizard::checkCdn()
{
    SourceAccess access = sourceAccess();
    const SyncTaskSpec s = spec();
    ApiError error = access.validate();
    if (!error.isError() && (!s.cdn || !pageProblem(CdnPage).isEmpty())) {
        error = ApiError::validation(u"source_cdn"_s, pageProblem(CdnPage));
    }
    if (!error.isError() && s.sourceBucket.isEmpty()) {
        error = ApiError::validation(u"src_bucket"_s, tr("Choose the source bucket first."));
    }
    if (error.isError()) {
        m_cdnResult->setText(error.message());
        access.wipe();
        return;
    }
    m_checkCdn->setEnabled(false);
    m_cdnResult->setText(tr("Checking…"));
    const QString cdnKey = keys().cdnKey;
    m_profiles->withSession(
        m_profileId, this,
        [this, access, s, cdnKey](ProfileSession* session, const ApiError& e) mutable {
            if (!session) {
                m_checkCdn->setEnabled(true);
                m_cdnResult->setText(e.summary());
                access.wipe();
                Q_EMIT lookupFinished();
                return;
            }
            ObjectStorageJob* job =
                session->client()->checkCdn(access, s.sourceRegion, s.sourceBucket, *s.cdn, cdnKey);
            access.wipe();
            connect(job, &OmsJob::finished, this, [this, job] {
                m_checkCdn->setEnabled(true);
                if (job->error().isError()) {
                    m_cdnResult->setText(job->error().summary());
                } else if (job->cdnCheck().downloadAvailable) {
                    m_cdnResult->setText(tr("OMS can download the bucket's objects through "
                                            "this CDN."));
                } else {
                    m_cdnResult->setText(tr("OMS cannot download through this CDN with these "
                                            "settings: check the domain, the authentication "
                                            "and its key."));
                }
                Q_EMIT lookupFinished();
            });
        });
}

// --- clone ------------------------------------------------------------------

void NewTaskWizard::cloneFrom(const SyncTask& original)
{
    m_original = original;
    setWindowTitle(tr("New Task Like “%1”").arg(original.displayName()));
    const SyncTaskSpec s = SyncTaskSpec::fromTask(original);
    const int cloud = m_cloud->findData(s.sourceCloud.isEmpty() ? u"Aliyun"_s : s.sourceCloud);
    if (cloud >= 0) {
        m_cloud->setCurrentIndex(cloud);
    }
    m_sourceRegion->setEditText(s.sourceRegion);
    m_sourceBucket->setEditText(s.sourceBucket);
    m_appId->setText(s.appId);
    m_useCdn->setChecked(s.cdn.has_value());
    if (s.cdn) {
        m_cdnDomain->setText(s.cdn->domain);
        m_cdnProtocol->setCurrentIndex(std::max(0, m_cdnProtocol->findData(s.cdn->protocol)));
        m_cdnAuthType->setCurrentIndex(
            std::max(0, m_cdnAuthType->findData(s.cdn->authenticationType)));
    }
    m_destinationBucket->setEditText(s.destinationBucket);
    if (!s.storageClass.isEmpty()) {
        m_storageClass->setCurrentIndex(std::max(0, m_storageClass->findData(s.storageClass)));
    }
    if (!s.consistencyCheck.isEmpty()) {
        m_consistencyCheck->setCurrentIndex(
            std::max(0, m_consistencyCheck->findData(s.consistencyCheck)));
    }
    m_metadata->setChecked(s.metadataMigration);
    m_kms->setChecked(s.kms);
    m_restore->setChecked(s.restoreArchived);
    m_description->setText(s.description);
    // Only a task known to have remembered keys asks the keychain.
    if (m_profiles->hasRememberedKeys(m_profileId, original.id)) {
        m_profiles->recallStartKeys(
            m_profileId, original.id, this,
            [this](const std::optional<StartCredentials>& recalled, const ApiError& error) {
                if (recalled) {
                    StartCredentials copy = *recalled;
                    for (auto [edit, value] : {std::pair {m_sourceAk, &copy.sourceAk},
                                               std::pair {m_sourceSk, &copy.sourceSk},
                                               std::pair {m_destinationAk, &copy.destinationAk},
                                               std::pair {m_destinationSk, &copy.destinationSk},
                                               std::pair {m_cdnKey, &copy.cdnKey}}) {
                        if (edit->text().isEmpty()) {
                            edit->setText(*value);
                        }
                    }
                    copy.wipe();
                    m_remember->setChecked(true);
                } else if (error.isError()) {
                    m_lookupNote->setText(
                        tr("The remembered keys could not be read (%1): type them.")
                            .arg(error.summary()));
                    m_lookupNote->show();
                }
                validate();
            });
    }
    updateQuota();
    validate();
}

// --- create -----------------------------------------------------------------

bool NewTaskWizard::validateCurrentPage()
{
    if (currentId() != SummaryPage) {
        return QWizard::validateCurrentPage();
    }
    if (!m_createdId.isEmpty()) {
        return true;
    }
    create();
    // Closed by the answer, not by this click.
    return false;
}

void NewTaskWizard::setCreating(bool creating, const QString& what)
{
    m_creating = creating;
    m_progress->setVisible(creating);
    m_progressLabel->setVisible(creating);
    m_progressLabel->setText(what);
    for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::CancelButton}) {
        if (QAbstractButton* b = button(which)) {
            b->setEnabled(!creating);
        }
    }
    Q_EMIT page(SummaryPage)->completeChanged();
}

void NewTaskWizard::create()
{
    if (m_creating) {
        return;
    }
    m_createError->dismiss();
    // The same checks as the pages, once more: nothing is sent that they refuse.
    for (int id : {SourcePage, CdnPage, DestinationPage, OptionsPage}) {
        if (const QString problem = pageProblem(id); !problem.isEmpty()) {
            m_createError->showMessage(ErrorBanner::Severity::Error,
                                       tr("Check the page “%1”").arg(page(id)->title()), problem);
            return;
        }
    }
    if (atQuota() && !(m_original && m_deleteOriginal->isChecked())) {
        m_createError->showMessage(ErrorBanner::Severity::Error, tr("No room for another task"),
                                   m_quota->text());
        return;
    }
    const bool deleteFirst = atQuota() && m_original && !m_originalDeleted;
    setCreating(true,
                deleteFirst ? tr("Deleting “%1”…").arg(m_original->displayName())
                            : tr("Creating the task…"));
    if (!deleteFirst) {
        sendCreate();
        return;
    }
    const QString originalId = m_original->id;
    const bool running = m_original->canStop();
    m_profiles->withSession(
        m_profileId, this, [this, originalId, running](ProfileSession* session, const ApiError& e) {
            if (!session) {
                failCreate(tr("Could not sign in"), e);
                return;
            }
            auto deleteOriginal = [this, session, originalId] {
                TaskActionJob* removal = session->client()->deleteTask(originalId);
                connect(removal, &OmsJob::finished, this, [this, removal, originalId] {
                    if (removal->error().isError()) {
                        failCreate(tr("The original was not deleted, and nothing was created"),
                                   removal->error());
                        return;
                    }
                    m_originalDeleted = true;
                    updateQuota();
                    Q_EMIT originalDeleted(m_profileId, originalId);
                    m_progressLabel->setText(tr("Creating the task…"));
                    sendCreate();
                });
            };
            if (!running) {
                deleteOriginal();
                return;
            }
            m_progressLabel->setText(tr("Stopping “%1”…").arg(m_original->displayName()));
            TaskActionJob* stop = session->client()->stopTask(originalId);
            connect(stop, &OmsJob::finished, this, [this, stop, deleteOriginal] {
                if (stop->error().isError()) {
                    failCreate(tr("The original was not stopped, and nothing was deleted or "
                                  "created"),
                               stop->error());
                    return;
                }
                m_original->status = SyncTaskStatus::Stopped;
                m_progressLabel->setText(tr("Deleting “%1”…").arg(m_original->displayName()));
                deleteOriginal();
            });
        });
}

void NewTaskWizard::sendCreate()
{
    const SyncTaskSpec s = spec();
    StartCredentials k = keys();
    m_profiles->withSession(
        m_profileId, this, [this, s, k](ProfileSession* session, const ApiError& e) mutable {
            if (!session) {
                k.wipe();
                failCreate(tr("Could not sign in"), e);
                return;
            }
            TaskCreateJob* job = session->client()->createTask(s, k);
            k.wipe();
            connect(job, &OmsJob::finished, this, [this, job] { onCreated(job); });
        });
}

void NewTaskWizard::onCreated(TaskCreateJob* job)
{
    const auto outcome = job->outcome();
    if (outcome == TaskCreateJob::Outcome::NotCreatedAnswerLost) {
        failCreate(tr("Not created: the answer was lost and the task list shows no such task. "
                      "Create again"),
                   job->error());
        return;
    }
    if (outcome == TaskCreateJob::Outcome::Unknown) {
        failCreate(tr("Whether the task was created is unknown: the answer was lost and the "
                      "task list could not be read. Refresh the task list before creating "
                      "again"),
                   job->error());
        return;
    }
    if (outcome == TaskCreateJob::Outcome::NotCreated) {
        failCreate(m_originalDeleted ? tr("The original was deleted, but the new task was not "
                                          "created")
                                     : tr("The task was not created"),
                   job->error());
        return;
    }
    m_createdId = job->taskId();
    const SyncTaskSpec s = spec();
    const QString name = s.description.isEmpty() ? m_createdId : s.description;
    Q_EMIT taskCreated(m_profileId, m_createdId, name);
    if (!remember()) {
        setCreating(false);
        accept();
        return;
    }
    m_progressLabel->setText(tr("Remembering the keys…"));
    StartCredentials k = keys();
    m_profiles->keysUsedForStart(
        m_profileId, m_createdId, k, true, this, [this, name](const ApiError& error) {
            setCreating(false);
            if (error.isError()) {
                // Created all the same: say it, then let the user close.
                m_createError->showError(tr("“%1” was created, but its keys were not "
                                            "remembered")
                                             .arg(name),
                                         error);
                return;
            }
            accept();
        });
    k.wipe();
}

void NewTaskWizard::failCreate(const QString& what, const ApiError& error)
{
    setCreating(false);
    m_createError->showError(what, error);
    updateQuota();
}

void NewTaskWizard::wipeSecrets()
{
    for (QLineEdit* edit : {m_sourceAk, m_sourceSk, m_destinationAk, m_destinationSk, m_cdnKey}) {
        if (edit) {
            SecretLineEdit::wipe(edit);
        }
    }
}

void NewTaskWizard::done(int result)
{
    if (m_creating) {
        // The answer is on its way; closing now would hide what became of it.
        return;
    }
    if (result == QDialog::Accepted && m_createdId.isEmpty()) {
        // Create was clicked: QWizard asks validateCurrentPage(), which sends
        // the create and keeps the wizard open (and its fields) until it is
        // answered.
        QWizard::done(result);
        return;
    }
    wipeSecrets();
    QWizard::done(result);
}

} // namespace OmsSync::Gui
