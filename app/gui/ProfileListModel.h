// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QUuid>

namespace OmsSync::Gui {

class ProfileController;

// The region profiles, in the user's order: name, then region (in the UI
// language) and who signs in, with the sign-in state as the icon. With the
// overview row on, "All profiles" heads the list once there are two.
class ProfileListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ProfileIdRole = Qt::UserRole + 1,
        SignInStateRole,
        OverviewRole, // true on the "All profiles" row
        // TwoLineDelegate::SecondaryTextRole is served too.
    };

    explicit ProfileListModel(ProfileController* profiles, QObject* parent = nullptr);

    void setOverviewRow(bool enabled);
    bool hasOverviewRow() const;
    QModelIndex overviewIndex() const;
    bool isOverview(const QModelIndex& index) const;

    // Null for the overview row.
    QUuid profileId(const QModelIndex& index) const;
    QModelIndex indexOf(const QUuid& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    void onStateChanged(const QUuid& id);
    int offset() const { return hasOverviewRow() ? 1 : 0; }
    QVariant overviewData(int role) const;

    ProfileController* m_profiles;
    bool m_overviewRow = false;
};

} // namespace OmsSync::Gui
