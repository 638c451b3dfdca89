// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileListModel.h"

#include "DisplayText.h"
#include "Icons.h"
#include "ProfileController.h"
#include "TwoLineDelegate.h"

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

ProfileListModel::ProfileListModel(ProfileController* profiles, QObject* parent)
    : QAbstractListModel(parent)
    , m_profiles(profiles)
{
    connect(m_profiles, &ProfileController::profilesChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(m_profiles, &ProfileController::signInStateChanged, this,
            &ProfileListModel::onStateChanged);
}

int ProfileListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_profiles->profiles().size());
}

QUuid ProfileListModel::profileId(const QModelIndex& index) const
{
    return index.isValid() ? index.data(ProfileIdRole).toUuid() : QUuid();
}

QModelIndex ProfileListModel::indexOf(const QUuid& id) const
{
    const int row = m_profiles->indexOf(id);
    return row < 0 ? QModelIndex() : index(row, 0);
}

void ProfileListModel::onStateChanged(const QUuid& id)
{
    const QModelIndex changed = indexOf(id);
    if (changed.isValid()) {
        Q_EMIT dataChanged(changed, changed);
    }
}

QVariant ProfileListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Profile& profile = m_profiles->profiles().at(index.row());
    const auto state = m_profiles->signInState(profile.id);
    switch (role) {
    case Qt::DisplayRole:
        return profile.name;
    case TwoLineDelegate::SecondaryTextRole:
        return tr("%1 · %2", "region · account")
            .arg(DisplayText::region(profile.regionId), DisplayText::identity(profile));
    case Qt::DecorationRole:
        switch (state) {
        case ProfileController::SignInState::Idle:
            return Icons::status(u"profile-idle"_s);
        case ProfileController::SignInState::Connecting:
            return Icons::status(u"profile-connecting"_s);
        case ProfileController::SignInState::Connected:
            return Icons::status(u"profile-connected"_s);
        case ProfileController::SignInState::Failed:
            return Icons::status(u"profile-failed"_s);
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QString stateText;
        switch (state) {
        case ProfileController::SignInState::Idle:
            stateText = tr("Not signed in yet");
            break;
        case ProfileController::SignInState::Connecting:
            stateText = tr("Signing in…");
            break;
        case ProfileController::SignInState::Connected:
            stateText = tr("Signed in");
            break;
        case ProfileController::SignInState::Failed:
            stateText = tr("Failed: %1").arg(m_profiles->signInError(profile.id).summary());
            break;
        }
        return tr("%1\nRegion: %2 (%3)\nSign-in: %4, %5\n%6")
            .arg(profile.name, DisplayText::region(profile.regionId), profile.regionId,
                 DisplayText::authMethod(profile.authMethod), DisplayText::identity(profile),
                 stateText);
    }
    case ProfileIdRole:
        return profile.id;
    case SignInStateRole:
        return int(state);
    default:
        return {};
    }
}

} // namespace OmsSync::Gui
