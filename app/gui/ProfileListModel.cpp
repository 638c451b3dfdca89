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
    return parent.isValid() ? 0 : int(m_profiles->profiles().size()) + offset();
}

void ProfileListModel::setOverviewRow(bool enabled)
{
    if (enabled == m_overviewRow) {
        return;
    }
    beginResetModel();
    m_overviewRow = enabled;
    endResetModel();
}

bool ProfileListModel::hasOverviewRow() const
{
    // One profile is its own overview.
    return m_overviewRow && m_profiles->profiles().size() >= 2;
}

QModelIndex ProfileListModel::overviewIndex() const
{
    return hasOverviewRow() ? index(0, 0) : QModelIndex();
}

bool ProfileListModel::isOverview(const QModelIndex& index) const
{
    return index.isValid() && index.data(OverviewRole).toBool();
}

QUuid ProfileListModel::profileId(const QModelIndex& index) const
{
    return index.isValid() ? index.data(ProfileIdRole).toUuid() : QUuid();
}

QModelIndex ProfileListModel::indexOf(const QUuid& id) const
{
    const int row = m_profiles->indexOf(id);
    return row < 0 ? QModelIndex() : index(row + offset(), 0);
}

void ProfileListModel::onStateChanged(const QUuid& id)
{
    const QModelIndex changed = indexOf(id);
    if (changed.isValid()) {
        Q_EMIT dataChanged(changed, changed);
    }
    // The overview's line counts the profiles that fail.
    if (const QModelIndex overview = overviewIndex(); overview.isValid()) {
        Q_EMIT dataChanged(overview, overview);
    }
}

QVariant ProfileListModel::overviewData(int role) const
{
    const QList<Profile>& profiles = m_profiles->profiles();
    int failing = 0;
    for (const Profile& profile : profiles) {
        if (m_profiles->signInState(profile.id) == ProfileController::SignInState::Failed) {
            ++failing;
        }
    }
    const QString count = tr("%n profile(s)", nullptr, int(profiles.size()));
    const QString secondary = failing == 0 ? count
                                           : tr("%1 · %2", "profile count · failing count")
                                                 .arg(count, tr("%n failing", nullptr, failing));
    switch (role) {
    case Qt::DisplayRole:
        return tr("All profiles");
    case TwoLineDelegate::SecondaryTextRole:
        return secondary;
    case Qt::DecorationRole:
        return Icons::action(u"profiles"_s);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return tr("The tasks of every profile in one table: %1").arg(secondary);
    case OverviewRole:
        return true;
    default:
        return {};
    }
}

QVariant ProfileListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (index.row() < offset()) {
        return overviewData(role);
    }
    const Profile& profile = m_profiles->profiles().at(index.row() - offset());
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
    case OverviewRole:
        return false;
    default:
        return {};
    }
}

} // namespace OmsSync::Gui
