// SPDX-License-Identifier: GPL-3.0-or-later
#include "TwoLineDelegate.h"

#include "ReadableColor.h"

#include <QApplication>
#include <QPainter>

namespace OmsSync::Gui {

namespace {

constexpr int verticalMargin = 3;
constexpr int lineSpacing = 1;

} // namespace

QFont TwoLineDelegate::secondaryFont(const QFont& primary)
{
    QFont font = primary;
    if (font.pointSizeF() > 0) {
        font.setPointSizeF(font.pointSizeF() * 0.88);
    } else {
        font.setPixelSize(std::max(8, font.pixelSize() * 88 / 100));
    }
    return font;
}

void TwoLineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    const QString secondary = index.data(SecondaryTextRole).toString();
    if (secondary.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();

    const QString primary = opt.text;
    opt.text.clear();
    // Background, selection, focus and the icon, exactly as the style draws them.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    QRect text = opt.rect.adjusted(margin, verticalMargin, -margin, -verticalMargin);
    if (opt.features.testFlag(QStyleOptionViewItem::HasDecoration)) {
        text.setLeft(text.left() + opt.decorationSize.width() + 2 * margin);
    }
    text = QStyle::visualRect(opt.direction, opt.rect, text);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = !opt.state.testFlag(QStyle::State_Enabled)
        ? QPalette::Disabled
        : opt.state.testFlag(QStyle::State_Active) ? QPalette::Active
                                                   : QPalette::Inactive;
    QColor color = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    if (const QVariant foreground = index.data(Qt::ForegroundRole);
        !selected && foreground.canConvert<QBrush>()) {
        color = foreground.value<QBrush>().color();
    }
    // The second line is quieter, never below the 4.5:1 that text needs on
    // the row's background, whatever the theme.
    const QColor background = selected ? opt.palette.color(group, QPalette::Highlight)
        : opt.features.testFlag(QStyleOptionViewItem::Alternate)
        ? opt.palette.color(group, QPalette::AlternateBase)
        : opt.palette.color(group, QPalette::Base);
    const QColor quiet = ReadableColor::on(ReadableColor::mix(color, background, 0.32), background);

    const QFont small = secondaryFont(opt.font);
    const QFontMetrics primaryMetrics(opt.font);
    const QFontMetrics secondaryMetrics(small);
    const int total = primaryMetrics.height() + lineSpacing + secondaryMetrics.height();
    const int top = text.top() + std::max(0, (text.height() - total) / 2);
    const Qt::Alignment horizontal = QStyle::visualAlignment(opt.direction, Qt::AlignLeft);

    painter->save();
    painter->setClipRect(opt.rect);
    painter->setFont(opt.font);
    painter->setPen(color);
    painter->drawText(QRect(text.left(), top, text.width(), primaryMetrics.height()),
                      int(horizontal | Qt::AlignVCenter),
                      primaryMetrics.elidedText(primary, opt.textElideMode, text.width()));
    painter->setFont(small);
    painter->setPen(quiet);
    painter->drawText(QRect(text.left(), top + primaryMetrics.height() + lineSpacing, text.width(),
                            secondaryMetrics.height()),
                      int(horizontal | Qt::AlignVCenter),
                      secondaryMetrics.elidedText(secondary, opt.textElideMode, text.width()));
    painter->restore();
}

QSize TwoLineDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString secondary = index.data(SecondaryTextRole).toString();
    const QFontMetrics primaryMetrics(option.font);
    const QFontMetrics secondaryMetrics(secondaryFont(option.font));
    // Every row as tall as a two-line one, so rows line up in a view with
    // uniform row heights whichever column is measured.
    const int twoLines =
        primaryMetrics.height() + lineSpacing + secondaryMetrics.height() + 2 * verticalMargin;
    size.setHeight(std::max(size.height(), twoLines));
    if (m_elideToView) {
        // A list view paints each row across its whole viewport anyway.
        size.setWidth(0);
    } else if (!secondary.isEmpty()) {
        const int extra = secondaryMetrics.horizontalAdvance(secondary)
            - primaryMetrics.horizontalAdvance(index.data(Qt::DisplayRole).toString());
        if (extra > 0) {
            size.setWidth(size.width() + extra);
        }
    }
    return size;
}

} // namespace OmsSync::Gui
