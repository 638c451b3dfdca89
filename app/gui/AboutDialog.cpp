// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include "BuildInfo.h"
#include "Icons.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
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

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, this, [] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(licences, 1);
    layout->addWidget(buttons);
    resize(520, 440);
}

} // namespace OmsSync::Gui
