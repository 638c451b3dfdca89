// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace OmsSync::Gui {

class GuiSettings;

// The application's preferences: how often the task list refreshes while
// the window is visible, and the language, which applies from the next start.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(GuiSettings* settings, QWidget* parent = nullptr);

    void accept() override;

private:
    GuiSettings* m_settings;
    QSpinBox* m_interval;
    QComboBox* m_language;
};

} // namespace OmsSync::Gui
