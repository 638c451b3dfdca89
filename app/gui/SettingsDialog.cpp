// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "GuiSettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

SettingsDialog::SettingsDialog(GuiSettings* settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_interval(new QSpinBox(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));

    m_interval->setObjectName(u"autoRefreshInterval"_s);
    // 0 is shown as "Off"; anything else is at least the minimum.
    m_interval->setRange(GuiSettings::minAutoRefreshSeconds - 1,
                         GuiSettings::maxAutoRefreshSeconds);
    m_interval->setSpecialValueText(tr("Off"));
    m_interval->setSuffix(tr(" s"));
    m_interval->setSingleStep(10);
    const int seconds = settings->autoRefreshSeconds();
    m_interval->setValue(seconds == 0 ? m_interval->minimum() : seconds);

    auto* hint = new QLabel(tr("While the window is visible, the task list is refreshed this "
                               "often. Hidden or minimized, it is not."));
    hint->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Refresh the tasks every:"), m_interval);
    form->addRow(hint);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void SettingsDialog::accept()
{
    const int value = m_interval->value();
    m_settings->setAutoRefreshSeconds(value < GuiSettings::minAutoRefreshSeconds ? 0 : value);
    m_settings->sync();
    QDialog::accept();
}

} // namespace OmsSync::Gui
