// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include "BuildInfo.h"
#include "FontCoverage.h"
#include "Icons.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

QString AboutDialog::versionText()
{
    return tr("Version %1").arg(QString::fromLatin1(BuildInfo::version));
}

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About OMS Sync Desk"));

    auto* icon = new QLabel;
    icon->setPixmap(Icons::application().pixmap(QSize(64, 64), devicePixelRatioF()));
    icon->setAccessibleName(tr("OMS Sync Desk logo"));

    auto* name = new QLabel(QString::fromLatin1(BuildInfo::productName));
    QFont nameFont = name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    name->setFont(nameFont);
    auto* version = new QLabel(versionText());
    version->setObjectName(u"aboutVersion"_s);
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* purpose = new QLabel(tr("See and restart the Huawei Cloud OMS synchronization tasks of "
                                  "every region and account, with their keys kept in the "
                                  "system keychain."));
    purpose->setWordWrap(true);
    const QString homepage = QString::fromLatin1(BuildInfo::homepage);
    auto* link = new QLabel(u"<a href=\"%1\">%1</a>"_s.arg(homepage.toHtmlEscaped()));
    link->setOpenExternalLinks(true);
    link->setAccessibleName(tr("Website: %1").arg(homepage));

    auto* heading = new QVBoxLayout;
    heading->addWidget(name);
    heading->addWidget(version);
    heading->addWidget(purpose);
    heading->addWidget(link);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(heading, 1);

    auto* licences = new QTextBrowser;
    licences->setObjectName(u"aboutLicences"_s);
    licences->setAccessibleName(tr("Licences"));
    licences->setOpenExternalLinks(true);
    const QString body = u"<p>"_s
        + tr("Copyright © the OMS Sync Desk authors. OMS Sync Desk is free software: you can "
             "redistribute it and/or modify it under the terms of the GNU General Public "
             "License, version 3 or (at your option) any later version "
             "(GPL-3.0-or-later). It comes with no warranty.")
              .toHtmlEscaped()
        + u"</p><p>"_s + tr("Built on:").toHtmlEscaped() + u"</p><ul>"_s + u"<li>"_s
        + tr("Qt %1 (LGPL-3.0-only or GPL-2.0/3.0), The Qt Company")
              .arg(QString::fromLatin1(qVersion()))
              .toHtmlEscaped()
        + u"</li><li>"_s + tr("Qt Charts (GPL-3.0-only), The Qt Company").toHtmlEscaped()
        + u"</li><li>"_s
        + tr("Qt SVG (LGPL-3.0-only or GPL-2.0/3.0), The Qt Company").toHtmlEscaped()
        + u"</li><li>"_s
        + tr("QtKeychain (BSD-3-Clause), Frank Osterfeld and contributors").toHtmlEscaped()
        + u"</li></ul><p>"_s
        + tr("Huawei Cloud and OMS are trademarks of Huawei Technologies Co., Ltd. This "
             "program is not made or endorsed by Huawei.")
              .toHtmlEscaped()
        + u"</p>"_s;
    licences->setHtml(body);

    // Said here too because the log is not where a user looks for why a
    // name shows as boxes.
    QStringList unreadable;
    for (QFontDatabase::WritingSystem system : FontCoverage::missingSeen()) {
        unreadable.append(QFontDatabase::writingSystemName(system));
    }
    auto* fonts = new QLabel(
        tr("Some names cannot be shown: no installed font has %1 characters. Install one, such "
           "as Noto Sans CJK (on Debian: fonts-noto-cjk).")
            .arg(QLocale().createSeparatedList(unreadable)));
    fonts->setObjectName(u"aboutFontNote"_s);
    fonts->setWordWrap(true);
    fonts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fonts->setVisible(!unreadable.isEmpty());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(fonts);
    layout->addWidget(licences, 1);
    layout->addWidget(buttons);
    resize(520, 440);
}

} // namespace OmsSync::Gui
