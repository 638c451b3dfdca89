// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUuid>

class QListView;
class QPushButton;

namespace OmsSync::Gui {

class ErrorBanner;
class ProfileController;
class ProfileListModel;

// The list of region profiles: add, edit, duplicate, delete (with their
// secrets) and reorder. Editing opens ProfileEditDialog.
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
};

} // namespace OmsSync::Gui
