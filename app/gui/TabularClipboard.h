// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

class QAbstractItemView;

namespace OmsSync::Gui {

// Copies what is selected in a table as tab-separated text, which every
// spreadsheet pastes into cells. A model may serve PlainTextRole with what a
// spreadsheet should get (1234567 rather than "1,234,567", ISO times rather
// than the locale's); the display text is used where it does not.
class TabularClipboard
{
public:
    static constexpr int PlainTextRole = Qt::UserRole + 64;

    // The selected cells, headed by their columns' titles: rows in the view's
    // order, columns in the header's visual order, only columns that hold a
    // selected cell; hidden ones are left out. Empty without a selection.
    static QString selectionText(const QAbstractItemView* view);
    // selectionText() to the clipboard; false when nothing was selected.
    static bool copySelection(const QAbstractItemView* view);
};

} // namespace OmsSync::Gui
