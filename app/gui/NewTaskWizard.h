// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "ObjectStorageJob.h"
#include "SourceAccess.h"
#include "StartCredentials.h"
#include "SyncTask.h"
#include "SyncTaskSpec.h"

#include <QUuid>
#include <QWizard>

#include <functional>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace OmsSync::Gui {

class ErrorBanner;
class ProfileController;

// "New Sync Task" and "New Task Like This": the source (cloud, region, keys,
// bucket picked from the list the keys can see), an optional CDN, the
// destination in this profile's region, the options, and a summary with
// Create. Every field is checked as it is typed, with its limit named; a
// page's Next waits for its fields. OMS's quota of 5 tasks is shown, and a
// sixth is refused before anything is sent; a clone at the quota may delete
// its original first, once the user ticked that. Nothing typed is lost when
// a step fails: the wizard stays open with every field, and Create tries
// again. Secrets are wiped when it closes.
class NewTaskWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page { SourcePage, CdnPage, DestinationPage, OptionsPage, SummaryPage };
    Q_ENUM(Page)

    // `tasks`: the profile's tasks as last seen, for the quota.
    NewTaskWizard(ProfileController* profiles, const QUuid& profileId, const QList<SyncTask>& tasks,
                  QWidget* parent = nullptr);
    ~NewTaskWizard() override;

    // Fills every field from `original` and recalls its remembered keys.
    void cloneFrom(const SyncTask& original);

    SyncTaskSpec spec() const;
    StartCredentials keys() const;
    SourceAccess sourceAccess() const;
    bool remember() const;
    bool atQuota() const;
    bool isCreating() const { return m_creating; }
    // What the named field's check says now (empty: fine), by object name.
    QString fieldProblem(const QString& name) const;
    // The problems of a page's fields, first first (empty: the page is complete).
    QString pageProblem(int page) const;
    const QString& createdTaskId() const { return m_createdId; }
    ErrorBanner* createError() const { return m_createError; }

public Q_SLOTS:
    void listSourceBuckets();
    void listDestinationBuckets();
    void checkCdn();

Q_SIGNALS:
    void taskCreated(const QUuid& profileId, const QString& taskId, const QString& name);
    void originalDeleted(const QUuid& profileId, const QString& taskId);
    // A helper list arrived or failed (clouds, regions, buckets, CDN check).
    void lookupFinished();

public:
    bool validateCurrentPage() override;
    void done(int result) override;

private:
    struct Field
    {
        QWidget* editor;
        QLabel* problem;
        QFormLayout* form;
        int page;
        std::function<QString()> check;
        bool touched = false;
    };

    QWizardPage* buildSourcePage();
    QWizardPage* buildCdnPage();
    QWizardPage* buildDestinationPage();
    QWizardPage* buildOptionsPage();
    QWizardPage* buildSummaryPage();
    void addField(QFormLayout* form, int page, const QString& label, QWidget* editor,
                  std::function<QString()> check);
    QLineEdit* addLine(QFormLayout* form, int page, const QString& label, const QString& name,
                       bool secret, std::function<QString()> check);
    QComboBox* addCombo(QFormLayout* form, int page, const QString& label, const QString& name,
                        bool editable, std::function<QString()> check = {});
    const Field* field(const QString& name) const;

    void loadLookups();
    void listBuckets(SourceAccess access, QComboBox* buckets, QPushButton* button, QLabel* note,
                     const QString& asking);
    void showBuckets(QComboBox* buckets, QLabel* note, const QStringList& names);
    void fillRegions();
    void validate();
    void updateSummary();
    void updateQuota();
    void setCreating(bool creating, const QString& what = {});
    void create();
    void sendCreate();
    void onCreated(TaskCreateJob* job);
    void failCreate(const QString& what, const ApiError& error);
    void wipeSecrets();
    QString selectedCloud() const;

    ProfileController* m_profiles;
    QUuid m_profileId;
    QString m_region;
    QList<SyncTask> m_tasks;
    std::optional<SyncTask> m_original;
    bool m_originalDeleted = false;
    bool m_creating = false;
    QString m_createdId;
    QList<SourceRegionInfo> m_regions;
    std::vector<Field> m_fields;

    QLabel* m_quota = nullptr;
    QLabel* m_lookupNote = nullptr;
    QComboBox* m_cloud = nullptr;
    QComboBox* m_sourceRegion = nullptr;
    QLineEdit* m_sourceAk = nullptr;
    QLineEdit* m_sourceSk = nullptr;
    QLineEdit* m_appId = nullptr;
    QComboBox* m_sourceBucket = nullptr;
    QPushButton* m_listSourceBuckets = nullptr;
    QLabel* m_sourceBucketsNote = nullptr;
    QCheckBox* m_useCdn = nullptr;
    QLineEdit* m_cdnDomain = nullptr;
    QComboBox* m_cdnProtocol = nullptr;
    QComboBox* m_cdnAuthType = nullptr;
    QLineEdit* m_cdnKey = nullptr;
    QPushButton* m_checkCdn = nullptr;
    QLabel* m_cdnResult = nullptr;
    QCheckBox* m_useProfileKeys = nullptr;
    QLineEdit* m_destinationAk = nullptr;
    QLineEdit* m_destinationSk = nullptr;
    QComboBox* m_destinationBucket = nullptr;
    QPushButton* m_listDestinationBuckets = nullptr;
    QLabel* m_destinationBucketsNote = nullptr;
    QComboBox* m_storageClass = nullptr;
    QComboBox* m_consistencyCheck = nullptr;
    QCheckBox* m_metadata = nullptr;
    QCheckBox* m_kms = nullptr;
    QCheckBox* m_restore = nullptr;
    QLineEdit* m_description = nullptr;
    QLabel* m_summary = nullptr;
    QCheckBox* m_remember = nullptr;
    QCheckBox* m_deleteOriginal = nullptr;
    QLabel* m_deleteOriginalNote = nullptr;
    ErrorBanner* m_createError = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressLabel = nullptr;
};

} // namespace OmsSync::Gui
