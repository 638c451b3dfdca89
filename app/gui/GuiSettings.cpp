// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiSettings.h"

#include "BuildInfo.h"
#include "Translations.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

GuiSettings::GuiSettings()
    : m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                             QString::fromLatin1(BuildInfo::organizationName),
                                             u"oms-sync-desk-gui"_s))
{ }

GuiSettings::GuiSettings(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{ }

GuiSettings::~GuiSettings()
{
    m_settings->sync();
}

QString GuiSettings::fileName() const
{
    return m_settings->fileName();
}

int GuiSettings::autoRefreshSeconds() const
{
    bool ok = false;
    const int seconds = m_settings->value(u"gui/auto_refresh_seconds"_s).toInt(&ok);
    if (!ok) {
        return defaultAutoRefreshSeconds;
    }
    // A hand-edited file must not make the window poll the service every second.
    return seconds <= 0 ? 0 : std::clamp(seconds, minAutoRefreshSeconds, maxAutoRefreshSeconds);
}

void GuiSettings::setAutoRefreshSeconds(int seconds)
{
    m_settings->setValue(u"gui/auto_refresh_seconds"_s, std::max(seconds, 0));
}

bool GuiSettings::notificationsEnabled() const
{
    return m_settings->value(u"watch/notifications"_s, true).toBool();
}

void GuiSettings::setNotificationsEnabled(bool enabled)
{
    m_settings->setValue(u"watch/notifications"_s, enabled);
}

int GuiSettings::failureThreshold() const
{
    bool ok = false;
    const int objects = m_settings->value(u"watch/failure_threshold"_s).toInt(&ok);
    return ok && objects >= 1 ? objects : defaultFailureThreshold;
}

void GuiSettings::setFailureThreshold(int objects)
{
    m_settings->setValue(u"watch/failure_threshold"_s, std::max(objects, 1));
}

bool GuiSettings::notifyExternalStarts() const
{
    return m_settings->value(u"watch/notify_external_starts"_s, false).toBool();
}

void GuiSettings::setNotifyExternalStarts(bool notify)
{
    m_settings->setValue(u"watch/notify_external_starts"_s, notify);
}

bool GuiSettings::closeToTray() const
{
    return m_settings->value(u"watch/close_to_tray"_s, true).toBool();
}

void GuiSettings::setCloseToTray(bool enabled)
{
    m_settings->setValue(u"watch/close_to_tray"_s, enabled);
}

bool GuiSettings::trayHintShown() const
{
    return m_settings->value(u"watch/tray_hint_shown"_s, false).toBool();
}

void GuiSettings::setTrayHintShown(bool shown)
{
    m_settings->setValue(u"watch/tray_hint_shown"_s, shown);
}

bool GuiSettings::overviewSelected() const
{
    return m_settings->value(u"gui/overview_selected"_s, false).toBool();
}

void GuiSettings::setOverviewSelected(bool selected)
{
    m_settings->setValue(u"gui/overview_selected"_s, selected);
}

QString GuiSettings::language() const
{
    const QString language = m_settings->value(u"gui/language"_s).toString();
    // A language this build does not ship (a hand edit, a newer version's
    // setting) means the system's.
    return Translations::available().contains(language) ? language : QString();
}

void GuiSettings::setLanguage(const QString& language)
{
    if (language.isEmpty()) {
        m_settings->remove(u"gui/language"_s);
    } else {
        m_settings->setValue(u"gui/language"_s, language);
    }
}

QByteArray GuiSettings::bytes(const QString& key) const
{
    return m_settings->value(key).toByteArray();
}

void GuiSettings::setBytes(const QString& key, const QByteArray& value)
{
    m_settings->setValue(key, value);
}

QByteArray GuiSettings::windowGeometry() const
{
    return bytes(u"gui/window_geometry"_s);
}

void GuiSettings::setWindowGeometry(const QByteArray& geometry)
{
    setBytes(u"gui/window_geometry"_s, geometry);
}

QByteArray GuiSettings::windowState() const
{
    return bytes(u"gui/window_state"_s);
}

void GuiSettings::setWindowState(const QByteArray& state)
{
    setBytes(u"gui/window_state"_s, state);
}

QByteArray GuiSettings::taskHeaderState() const
{
    return bytes(u"gui/task_header"_s);
}

void GuiSettings::setTaskHeaderState(const QByteArray& state)
{
    setBytes(u"gui/task_header"_s, state);
}

QByteArray GuiSettings::splitterState(const QString& name) const
{
    return bytes(u"gui/splitter_"_s + name);
}

void GuiSettings::setSplitterState(const QString& name, const QByteArray& state)
{
    setBytes(u"gui/splitter_"_s + name, state);
}

int GuiSettings::statusFilter() const
{
    return m_settings->value(u"gui/status_filter"_s, 0).toInt();
}

void GuiSettings::setStatusFilter(int filter)
{
    m_settings->setValue(u"gui/status_filter"_s, filter);
}

QString GuiSettings::statisticsRange() const
{
    return m_settings->value(u"gui/statistics_range"_s, u"24h"_s).toString();
}

void GuiSettings::setStatisticsRange(const QString& name)
{
    m_settings->setValue(u"gui/statistics_range"_s, name);
}

void GuiSettings::sync()
{
    m_settings->sync();
}

} // namespace OmsSync::Gui
