// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUuid>

class QAction;
class QListView;
class QPushButton;

namespace OmsSync::Gui {

class ErrorBanner;
class ProfileController;
class ProfileListModel;

// The list of region profiles: add, edit, duplicate, delete (with their
// secrets) and reorder; export them to a file and import such a file (as
// `oms-sync profile export` and `import` do, never with a secret). Editing
// opens ProfileEditDialog.
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfilesDialog(ProfileController* profiles, QWidget* parent = nullptr);

    QUuid currentProfileId() const;
    void setCurrentProfile(const QUuid& id);

    // Open the editor (also used by the main window's empty state).
    void addProfile();
    void editProfile();
    void duplicateProfile();
    void deleteProfile();
    void forgetKeys();
    void moveProfile(int delta);
    // Asks for a file name (FileDialog) and writes the profiles there: the
    // given ones, or every profile when `ids` is empty.
    void exportProfiles(const QList<QUuid>& ids = {});
    void importProfiles();

Q_SIGNALS:
    void profileSaved(const QUuid& id);

private:
    void updateButtons();

    ProfileController* m_profiles;
    ProfileListModel* m_model;
    QListView* m_list;
    ErrorBanner* m_error;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_duplicate;
    QPushButton* m_delete;
    QPushButton* m_forget;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_export;
    QPushButton* m_import;
    QAction* m_exportAll;
    QAction* m_exportSelected;
};

} // namespace OmsSync::Gui
