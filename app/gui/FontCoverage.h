// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFontDatabase>
#include <QList>
#include <QString>

namespace OmsSync::Gui {

// Whether the installed fonts can draw the names the application shows.
// Task and bucket names are often Chinese; on a system without a CJK font
// Qt draws them as boxes and says nothing, so the application says it: once
// in the log for each writing system, and in the About box.
class FontCoverage
{
public:
    // The writing systems `text` needs that no installed font has.
    static QList<QFontDatabase::WritingSystem> missing(const QString& text);

    // Looks at a name about to be shown: a writing system no font has is
    // logged the first time it is seen, and kept for missingSeen().
    static void check(const QString& text);

    // Every writing system check() found missing in this run, in the order
    // they were seen.
    static QList<QFontDatabase::WritingSystem> missingSeen();
};

} // namespace OmsSync::Gui
