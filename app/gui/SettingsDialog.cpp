// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "AutostartEntry.h"
#include "ErrorBanner.h"
#include "GuiSettings.h"
#include "Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

namespace {

// Each language is offered in its own words, so that whoever needs it can
// find it in a list written in another.
QString nativeName(const QString& language)
{
    if (language == u"zh_CN") {
        return u"简体中文"_s;
    }
    if (language == u"en") {
        return u"English"_s;
    }
    return language;
}

QLabel* hintLabel(const QString& text, const QString& objectName)
{
    auto* label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(GuiSettings* settings, const Environment& environment,
                               QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_interval(new QSpinBox(this))
    , m_notifications(new QCheckBox(tr("Show &desktop notifications"), this))
    , m_failureThreshold(new QSpinBox(this))
    , m_externalStarts(new QCheckBox(tr("Also when a task is &started elsewhere"), this))
    , m_closeToTray(new QCheckBox(tr("&Keep watching in the tray when the window is closed"), this))
    , m_startAtLogin(new QCheckBox(tr("Start at lo&gin, in the tray"), this))
    , m_language(new QComboBox(this))
    , m_error(new ErrorBanner(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));

    // The watch.
    m_interval->setObjectName(u"autoRefreshInterval"_s);
    // 0 is shown as "Off"; anything else is at least the minimum.
    m_interval->setRange(GuiSettings::minAutoRefreshSeconds - 1,
                         GuiSettings::maxAutoRefreshSeconds);
    m_interval->setSpecialValueText(tr("Off"));
    m_interval->setSuffix(tr(" s"));
    m_interval->setSingleStep(10);
    const int seconds = settings->autoRefreshSeconds();
    m_interval->setValue(seconds == 0 ? m_interval->minimum() : seconds);
    auto* intervalHint = hintLabel(
        tr("Every profile is refreshed this often, also while the window is in the tray. "
           "After an error a profile waits longer, up to 15 minutes; while the network is down, "
           "nothing is sent. Off: only when you refresh, and nothing is watched."),
        u"intervalHint"_s);

    auto* watchBox = new QGroupBox(tr("Watch"));
    auto* watchForm = new QFormLayout(watchBox);
    watchForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    watchForm->addRow(tr("&Refresh the tasks every:"), m_interval);
    watchForm->addRow(intervalHint);

    // Notifications.
    m_notifications->setObjectName(u"notificationsEnabled"_s);
    m_notifications->setChecked(settings->notificationsEnabled());
    m_failureThreshold->setObjectName(u"failureThreshold"_s);
    m_failureThreshold->setRange(1, 1000000);
    m_failureThreshold->setSingleStep(50);
    m_failureThreshold->setSuffix(tr(" objects"));
    m_failureThreshold->setValue(settings->failureThreshold());
    m_externalStarts->setObjectName(u"notifyExternalStarts"_s);
    m_externalStarts->setChecked(settings->notifyExternalStarts());
    auto* notifyHint =
        hintLabel(tr("A notification comes when a task pauses without being stopped here, when its "
                     "failed objects grow by at least this many between two refreshes, and when a "
                     "profile can no longer sign in."),
                  u"notificationsHint"_s);

    auto* notifyBox = new QGroupBox(tr("Notifications"));
    auto* notifyForm = new QFormLayout(notifyBox);
    notifyForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    notifyForm->addRow(m_notifications);
    notifyForm->addRow(tr("When &failed objects grow by:"), m_failureThreshold);
    notifyForm->addRow(m_externalStarts);
    notifyForm->addRow(notifyHint);
    connect(m_notifications, &QCheckBox::toggled, this, &SettingsDialog::updateEnabled);

    // The tray and the session.
    m_closeToTray->setObjectName(u"closeToTray"_s);
    m_closeToTray->setChecked(environment.trayAvailable && settings->closeToTray());
    m_closeToTray->setEnabled(environment.trayAvailable);
    m_startAtLogin->setObjectName(u"startAtLogin"_s);
    m_startAtLogin->setChecked(!environment.demo && AutostartEntry::isEnabled());
    m_startAtLogin->setEnabled(!environment.demo);
    auto* trayBox = new QGroupBox(tr("System tray"));
    auto* trayLayout = new QVBoxLayout(trayBox);
    trayLayout->addWidget(m_closeToTray);
    trayLayout->addWidget(m_startAtLogin);
    if (!environment.trayAvailable) {
        trayLayout->addWidget(
            hintLabel(tr("This desktop shows no system tray, so closing the window quits OMS Sync "
                         "Desk, and started at login it opens its window minimized."),
                      u"noTrayHint"_s));
    }
    if (environment.demo) {
        trayLayout->addWidget(hintLabel(tr("The demo does not start at login; OMS Sync Desk itself "
                                           "can, from its own settings."),
                                        u"demoHint"_s));
    }

    // The language.
    m_language->setObjectName(u"language"_s);
    // A combo box reads out its current item; the label says what it is for.
    m_language->setAccessibleName(tr("Language"));
    const QString system = Translations::choose().name();
    m_language->addItem(
        tr("System (%1)").arg(nativeName(system.startsWith(u"en"_s) ? u"en"_s : system)),
        QString());
    for (const QString& language : Translations::available()) {
        m_language->addItem(nativeName(language), language);
    }
    m_language->setCurrentIndex(std::max(m_language->findData(settings->language()), 0));
    // The windows are built in one language; switching them over while open
    // would leave text behind that was composed before.
    auto* languageHint = hintLabel(tr("The language changes the next time OMS Sync Desk starts."),
                                   u"languageHint"_s);
    auto* languageForm = new QFormLayout;
    languageForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    languageForm->addRow(tr("&Language:"), m_language);
    languageForm->addRow(languageHint);

    m_error->setObjectName(u"settingsError"_s);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(watchBox);
    layout->addWidget(notifyBox);
    layout->addWidget(trayBox);
    layout->addLayout(languageForm);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    updateEnabled();
}

void SettingsDialog::updateEnabled()
{
    const bool notify = m_notifications->isChecked();
    m_failureThreshold->setEnabled(notify);
    m_externalStarts->setEnabled(notify);
}

void SettingsDialog::accept()
{
    // The autostart entry is a file of the desktop's: if it cannot be
    // written, nothing else is saved either and the dialog stays open.
    if (m_startAtLogin->isEnabled() && m_startAtLogin->isChecked() != AutostartEntry::isEnabled()) {
        if (const ApiError error = AutostartEntry::setEnabled(m_startAtLogin->isChecked());
            error.isError()) {
            m_error->showError(tr("Start at login could not be changed"), error);
            return;
        }
    }
    const int value = m_interval->value();
    m_settings->setAutoRefreshSeconds(value < GuiSettings::minAutoRefreshSeconds ? 0 : value);
    m_settings->setNotificationsEnabled(m_notifications->isChecked());
    m_settings->setFailureThreshold(m_failureThreshold->value());
    m_settings->setNotifyExternalStarts(m_externalStarts->isChecked());
    if (m_closeToTray->isEnabled()) {
        m_settings->setCloseToTray(m_closeToTray->isChecked());
    }
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->sync();
    QDialog::accept();
}

} // namespace OmsSync::Gui
