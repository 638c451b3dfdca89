// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfilesDialog.h"

#include "ErrorBanner.h"
#include "FileDialog.h"
#include "Icons.h"
#include "MessageBox.h"
#include "ProfileController.h"
#include "ProfileEditDialog.h"
#include "ProfileListModel.h"
#include "TwoLineDelegate.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

namespace {

QPushButton* makeButton(const QString& text, const QString& icon, const QString& name)
{
    auto* button = new QPushButton(Icons::action(icon), text);
    button->setObjectName(name);
    return button;
}

} // namespace

ProfilesDialog::ProfilesDialog(ProfileController* profiles, QWidget* parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_model(new ProfileListModel(profiles, this))
    , m_list(new QListView(this))
    , m_error(new ErrorBanner(this))
    , m_add(makeButton(tr("&Add…"), u"add"_s, u"addProfileButton"_s))
    , m_edit(makeButton(tr("&Edit…"), u"edit"_s, u"editProfileButton"_s))
    , m_duplicate(makeButton(tr("D&uplicate"), u"duplicate"_s, u"duplicateProfileButton"_s))
    , m_delete(makeButton(tr("&Delete…"), u"delete"_s, u"deleteProfileButton"_s))
    , m_forget(makeButton(tr("&Forget Keys…"), u"key"_s, u"forgetKeysButton"_s))
    , m_up(makeButton(tr("Move U&p"), u"up"_s, u"moveUpButton"_s))
    , m_down(makeButton(tr("Move Do&wn"), u"down"_s, u"moveDownButton"_s))
    , m_export(makeButton(tr("E&xport"), u"export"_s, u"exportProfilesButton"_s))
    , m_import(makeButton(tr("&Import…"), u"import"_s, u"importProfilesButton"_s))
    , m_exportAll(new QAction(tr("&All Profiles…"), this))
    , m_exportSelected(new QAction(tr("&Selected Profile…"), this))
{
    setObjectName(u"profilesDialog"_s);
    m_error->setObjectName(u"profilesBanner"_s);
    setWindowTitle(tr("Region Profiles"));

    m_list->setObjectName(u"profileList"_s);
    m_list->setAccessibleName(tr("Region profiles"));
    m_list->setModel(m_model);
    auto* profileDelegate = new TwoLineDelegate(m_list);
    profileDelegate->setElideToView(true);
    m_list->setItemDelegate(profileDelegate);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setIconSize(QSize(16, 16));
    m_list->setMinimumWidth(300);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProfilesDialog::updateButtons);
    // Enter as well as a double click, as in every list of things to open.
    connect(m_list, &QListView::activated, this, &ProfilesDialog::editProfile);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProfilesDialog::updateButtons);

    connect(m_add, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_edit, &QPushButton::clicked, this, &ProfilesDialog::editProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfilesDialog::duplicateProfile);
    connect(m_delete, &QPushButton::clicked, this, &ProfilesDialog::deleteProfile);
    connect(m_forget, &QPushButton::clicked, this, &ProfilesDialog::forgetKeys);
    m_forget->setToolTip(tr("Remove the start keys remembered for this profile's tasks from the "
                            "keychain"));
    connect(m_up, &QPushButton::clicked, this, [this] { moveProfile(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveProfile(1); });

    m_exportAll->setObjectName(u"exportAllAction"_s);
    m_exportSelected->setObjectName(u"exportSelectedAction"_s);
    connect(m_exportAll, &QAction::triggered, this, [this] { exportProfiles(); });
    connect(m_exportSelected, &QAction::triggered, this, [this] {
        if (const QUuid id = currentProfileId(); !id.isNull()) {
            exportProfiles({id});
        }
    });
    auto* exportMenu = new QMenu(m_export);
    exportMenu->addAction(m_exportAll);
    exportMenu->addAction(m_exportSelected);
    m_export->setMenu(exportMenu);
    m_export->setToolTip(tr("Save profiles to a file to share a set-up; passwords, tokens and SKs "
                            "are never written"));
    m_import->setToolTip(tr("Add the profiles of an exported file"));
    connect(m_import, &QPushButton::clicked, this, &ProfilesDialog::importProfiles);

    auto* buttons = new QVBoxLayout;
    for (QPushButton* button : {m_add, m_edit, m_duplicate, m_delete}) {
        buttons->addWidget(button);
    }
    buttons->addSpacing(12);
    buttons->addWidget(m_forget);
    buttons->addSpacing(12);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addSpacing(12);
    buttons->addWidget(m_export);
    buttons->addWidget(m_import);
    buttons->addStretch(1);

    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);

    auto* box = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_error);
    layout->addWidget(box);
    resize(620, 420);

    if (m_model->rowCount() > 0) {
        m_list->setCurrentIndex(m_model->index(0, 0));
    }
    updateButtons();
}

QUuid ProfilesDialog::currentProfileId() const
{
    return m_model->profileId(m_list->currentIndex());
}

void ProfilesDialog::setCurrentProfile(const QUuid& id)
{
    const QModelIndex index = m_model->indexOf(id);
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
    }
    updateButtons();
}

void ProfilesDialog::updateButtons()
{
    const QModelIndex current = m_list->currentIndex();
    const bool selected = current.isValid();
    m_edit->setEnabled(selected);
    m_duplicate->setEnabled(selected);
    m_delete->setEnabled(selected);
    m_up->setEnabled(selected && current.row() > 0);
    m_down->setEnabled(selected && current.row() < m_model->rowCount() - 1);
    m_export->setEnabled(m_model->rowCount() > 0);
    m_exportAll->setEnabled(m_model->rowCount() > 0);
    m_exportSelected->setEnabled(selected);
    m_forget->setEnabled(selected && !m_profiles->rememberedTasks(currentProfileId()).isEmpty());
}

void ProfilesDialog::addProfile()
{
    Profile fresh;
    fresh.regionId = u"cn-north-4"_s;
    auto* editor = new ProfileEditDialog(m_profiles, fresh, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        setCurrentProfile(editor->savedProfileId());
        Q_EMIT profileSaved(editor->savedProfileId());
    });
    editor->open();
}

void ProfilesDialog::editProfile()
{
    const auto profile = m_profiles->profile(currentProfileId());
    if (!profile) {
        return;
    }
    auto* editor = new ProfileEditDialog(m_profiles, *profile, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        setCurrentProfile(editor->savedProfileId());
        Q_EMIT profileSaved(editor->savedProfileId());
    });
    editor->open();
}

void ProfilesDialog::duplicateProfile()
{
    const QUuid id = currentProfileId();
    Profile copy;
    const ApiError error =
        m_profiles->duplicateProfile(id, &copy, this, [this](const ApiError& secretError) {
            if (secretError.isError()) {
                m_error->showError(tr("The copy has no stored secret"), secretError);
            }
        });
    if (error.isError()) {
        m_error->showError(tr("The profile could not be copied"), error);
        return;
    }
    setCurrentProfile(copy.id);
}

void ProfilesDialog::deleteProfile()
{
    const auto profile = m_profiles->profile(currentProfileId());
    if (!profile) {
        return;
    }
    MessageBox::Question question;
    question.title = tr("Delete Profile");
    question.text = tr("Delete the profile “%1”?").arg(profile->name);
    question.informativeText =
        tr("Its password, token or SK and every key remembered for its tasks are removed from "
           "the keychain. The sync tasks in the cloud are not touched.");
    question.buttons = MessageBox::Delete | MessageBox::Cancel;
    question.defaultButton = MessageBox::Cancel;
    question.actionText = tr("Delete Profile");
    if (MessageBox::question(this, question) != MessageBox::Delete) {
        return;
    }
    const int row = m_list->currentIndex().row();
    m_profiles->removeProfile(profile->id, this, [this](const ApiError& error) {
        if (error.isError()) {
            m_error->showError(tr("The profile could not be deleted completely"), error);
        }
    });
    if (m_model->rowCount() > 0) {
        m_list->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
    }
    updateButtons();
}

void ProfilesDialog::forgetKeys()
{
    const auto profile = m_profiles->profile(currentProfileId());
    if (!profile) {
        return;
    }
    const int count = int(m_profiles->rememberedTasks(profile->id).size());
    MessageBox::Question question;
    question.title = tr("Forget Remembered Keys");
    question.text =
        tr("Forget the keys remembered for %n task(s) of “%1”?", nullptr, count).arg(profile->name);
    question.informativeText =
        tr("They are removed from the keychain; the next start of these tasks asks for them.");
    question.buttons = MessageBox::Delete | MessageBox::Cancel;
    question.defaultButton = MessageBox::Cancel;
    question.actionText = tr("Forget Keys");
    if (MessageBox::question(this, question) != MessageBox::Delete) {
        return;
    }
    m_profiles->forgetAllStartKeys(profile->id, this, [this](const ApiError& error) {
        if (error.isError()) {
            m_error->showError(tr("Some keys could not be forgotten"), error);
        }
        updateButtons();
    });
}

void ProfilesDialog::moveProfile(int delta)
{
    const QUuid id = currentProfileId();
    const int row = m_list->currentIndex().row();
    if (id.isNull()) {
        return;
    }
    if (const ApiError error = m_profiles->moveProfile(id, row + delta); error.isError()) {
        m_error->showError(tr("The profile could not be moved"), error);
    }
    setCurrentProfile(id);
}

namespace {

QString exportFilter()
{
    return ProfilesDialog::tr("Profile exports (*.json);;All files (*)");
}

} // namespace

void ProfilesDialog::exportProfiles(const QList<QUuid>& ids)
{
    const int count = int(ids.isEmpty() ? m_profiles->profiles().size() : ids.size());
    if (count == 0) {
        return;
    }
    const QString path = FileDialog::saveFileName(
        this,
        {tr("Export Profiles"), QDir::home().filePath(u"oms-sync-profiles.json"_s),
         exportFilter()});
    if (path.isEmpty()) {
        return;
    }
    if (const ApiError error = m_profiles->exportToFile(path, ids); error.isError()) {
        m_error->showError(tr("The profiles could not be exported"), error);
        return;
    }
    m_error->showMessage(
        ErrorBanner::Severity::Information,
        tr("Exported %n profile(s) to %1", nullptr, count).arg(QDir::toNativeSeparators(path)),
        tr("No password, token or SK is in the file."));
}

void ProfilesDialog::importProfiles()
{
    const QString path =
        FileDialog::openFileName(this, {tr("Import Profiles"), QDir::homePath(), exportFilter()});
    if (path.isEmpty()) {
        return;
    }
    const QString file = QDir::toNativeSeparators(path);
    int added = 0;
    QStringList problems;
    if (const ApiError error = m_profiles->importFromFile(path, &added, &problems);
        error.isError()) {
        // The title names the file; a refusal of it needs only its reason.
        if (error.kind() == ApiError::Kind::Validation) {
            m_error->showMessage(ErrorBanner::Severity::Error,
                                 tr("Nothing was imported from %1").arg(file), error.message());
        } else {
            m_error->showError(tr("Nothing was imported from %1").arg(file), error);
        }
        return;
    }
    if (added == 0) {
        if (problems.isEmpty()) {
            m_error->showMessage(ErrorBanner::Severity::Information,
                                 tr("%1 holds no profile to import.").arg(file));
        } else {
            m_error->showMessage(ErrorBanner::Severity::Error,
                                 tr("Nothing was imported from %1").arg(file),
                                 problems.join(u'\n'));
        }
        return;
    }
    // The imported ones come last; show the first of them.
    const QList<Profile>& profiles = m_profiles->profiles();
    if (profiles.size() >= added) {
        setCurrentProfile(profiles.at(profiles.size() - added).id);
    }
    const QString secrets =
        tr("Their passwords, tokens and SKs are not in the file: edit each to enter its own.");
    if (problems.isEmpty()) {
        m_error->showMessage(ErrorBanner::Severity::Information,
                             tr("Imported %n profile(s) from %1", nullptr, added).arg(file),
                             secrets);
        return;
    }
    m_error->showMessage(ErrorBanner::Severity::Warning,
                         tr("Imported %n profile(s) from %1; %2 refused", nullptr, added)
                             .arg(file)
                             .arg(problems.size()),
                         problems.join(u'\n') + u"\n"_s + secrets);
}

} // namespace OmsSync::Gui
