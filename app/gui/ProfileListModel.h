// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QUuid>

namespace OmsSync::Gui {

class ProfileController;

// The region profiles, in the user's order: name, then region (in the UI
// language) and who signs in, with the sign-in state as the icon.
class ProfileListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ProfileIdRole = Qt::UserRole + 1,
        SignInStateRole,
        // TwoLineDelegate::SecondaryTextRole is served too.
    };

    explicit ProfileListModel(ProfileController* profiles, QObject* parent = nullptr);

    QUuid profileId(const QModelIndex& index) const;
    QModelIndex indexOf(const QUuid& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    void onStateChanged(const QUuid& id);

    ProfileController* m_profiles;
};

} // namespace OmsSync::Gui
