// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIconEngine>

namespace OmsSync::Gui {

// Renders one SVG at exactly the size and device pixel ratio asked for, with
// `currentColor` replaced by the palette's text colour of the moment, so the
// monochrome icons stay legible in dark themes and follow a palette change
// without being reloaded. Disabled icons are drawn greyed, as Qt's own are.
class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(QByteArray svg);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override;
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine* clone() const override;
    QString key() const override;
    bool isNull() override;

private:
    QByteArray m_svg;
};

} // namespace OmsSync::Gui
