// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace OmsSync::Gui {

// Draws a cell as two lines: the display text, and under it in a smaller,
// quieter font the text of SecondaryTextRole (a task's id under its
// description, a bucket under its region). Cells without a second line are
// drawn as usual.
class TwoLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int SecondaryTextRole = Qt::UserRole + 100;

    using QStyledItemDelegate::QStyledItemDelegate;

    // In a list beside other panes the lines are elided to the list's width
    // rather than widening it: the list never scrolls sideways.
    void setElideToView(bool elide) { m_elideToView = elide; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    static QFont secondaryFont(const QFont& primary);

    bool m_elideToView = false;
};

} // namespace OmsSync::Gui
