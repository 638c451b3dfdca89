// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsDialog.h"

#include "GuiSettings.h"
#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
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

QLabel* hintLabel(const QString& text)
{
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    label->setFont(font);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(GuiSettings* settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_interval(new QSpinBox(this))
    , m_language(new QComboBox(this))
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

    auto* hint = hintLabel(tr("While the window is visible, the task list is refreshed this "
                              "often. Hidden or minimized, it is not."));

    m_language->setObjectName(u"language"_s);
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
    auto* languageHint = hintLabel(tr("The language changes the next time OMS Sync Desk starts."));
    languageHint->setObjectName(u"languageHint"_s);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Refresh the tasks every:"), m_interval);
    form->addRow(hint);
    form->addItem(new QSpacerItem(0, 8, QSizePolicy::Minimum, QSizePolicy::Fixed));
    form->addRow(tr("&Language:"), m_language);
    form->addRow(languageHint);

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
    m_settings->setLanguage(m_language->currentData().toString());
    m_settings->sync();
    QDialog::accept();
}

} // namespace OmsSync::Gui
