// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationStyle.h"

#include "Icons.h"

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

ApplicationStyle::ApplicationStyle(const QString& baseKey)
    : QProxyStyle(baseKey)
{ }

QIcon ApplicationStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption* option,
                                     const QWidget* widget) const
{
    switch (standardIcon) {
    case SP_ToolBarHorizontalExtensionButton:
        return Icons::action(u"more-right"_s);
    case SP_ToolBarVerticalExtensionButton:
        return Icons::action(u"more-down"_s);
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}

} // namespace OmsSync::Gui
