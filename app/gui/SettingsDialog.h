// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace OmsSync::Gui {

class ErrorBanner;
class GuiSettings;

// The application's preferences: how often every profile is refreshed, which
// changes are worth a notification, what closing the window does and
// whether the application starts at login, and the language, which applies
// from the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Environment
    {
        // Without a tray, closing the window quits: the tray options are
        // shown disabled, with the reason.
        bool trayAvailable = false;
        // The demo runs on settings of its own; starting it at login would
        // make no sense.
        bool demo = false;
    };

    SettingsDialog(GuiSettings* settings, const Environment& environment,
                   QWidget* parent = nullptr);

    void accept() override;

private:
    void updateEnabled();

    GuiSettings* m_settings;
    QSpinBox* m_interval;
    QCheckBox* m_notifications;
    QSpinBox* m_failureThreshold;
    QCheckBox* m_externalStarts;
    QCheckBox* m_closeToTray;
    QCheckBox* m_startAtLogin;
    QComboBox* m_language;
    ErrorBanner* m_error;
};

} // namespace OmsSync::Gui
