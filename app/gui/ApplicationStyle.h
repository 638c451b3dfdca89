// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace OmsSync::Gui {

// The desktop's style (or the one chosen with -style), with the overflow
// chevrons of the menu bar and the tool bar drawn from the application's
// own SVG icons. The style's own are PNG files: reading the first of them
// makes QImageReader load every image format plugin (GIF, ICO, JPEG, ...)
// to ask which reads PNG, and the menu bar asks for its chevron when it is
// made, so all of that happened before the window's first paint.
class ApplicationStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // `baseKey`: the QStyleFactory key of the style to follow.
    explicit ApplicationStyle(const QString& baseKey);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption* option = nullptr,
                       const QWidget* widget = nullptr) const override;
};

} // namespace OmsSync::Gui
