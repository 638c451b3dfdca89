// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace OmsSync::Gui {

// Name, version, purpose, licence, and the libraries it is built on with
// their licences.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    static QString versionText();
};

} // namespace OmsSync::Gui
