// SPDX-License-Identifier: GPL-3.0-or-later
#include "SvgIconEngine.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

namespace {

QColor textColor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

} // namespace

SvgIconEngine::SvgIconEngine(QByteArray svg)
    : m_svg(std::move(svg))
{ }

QIconEngine* SvgIconEngine::clone() const
{
    return new SvgIconEngine(m_svg);
}

QString SvgIconEngine::key() const
{
    return u"OmsSync::Gui::SvgIconEngine"_s;
}

bool SvgIconEngine::isNull()
{
    return m_svg.isEmpty();
}

QSize SvgIconEngine::actualSize(const QSize& size, QIcon::Mode, QIcon::State)
{
    // Square icons: never larger than asked, centred by paint().
    const int side = std::min(size.width(), size.height());
    return {side, side};
}

void SvgIconEngine::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode,
                          QIcon::State state)
{
    const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    QPixmap pm = scaledPixmap((QSizeF(rect.size()) * scale).toSize(), mode, state, scale);
    pm.setDevicePixelRatio(scale);
    painter->drawPixmap(rect, pm);
}

QPixmap SvgIconEngine::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

// QIcon asks in device pixels already: its logical size times the scale.
QPixmap SvgIconEngine::scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State, qreal)
{
    const QSize pixels = actualSize(size, mode, QIcon::Off);
    if (pixels.isEmpty() || m_svg.isEmpty()) {
        return {};
    }
    const QColor color = textColor(mode);
    const QString cacheKey = u"omssync-svg-%1-%2x%3-%4-%5"_s.arg(qHash(m_svg))
                                 .arg(pixels.width())
                                 .arg(pixels.height())
                                 .arg(color.name(QColor::HexArgb))
                                 .arg(int(mode));
    QPixmap cached;
    if (QPixmapCache::find(cacheKey, &cached)) {
        return cached;
    }

    QByteArray svg = m_svg;
    svg.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
    }
    if (mode == QIcon::Disabled) {
        // Coloured icons (start, stop, states) would otherwise look clickable.
        for (int y = 0; y < image.height(); ++y) {
            auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const QRgb plain = qUnpremultiply(line[x]);
                const int grey = qGray(plain);
                line[x] = qPremultiply(qRgba(grey, grey, grey, qAlpha(plain) / 2));
            }
        }
    }
    QPixmap pixmap = QPixmap::fromImage(std::move(image));
    QPixmapCache::insert(cacheKey, pixmap);
    return pixmap;
}

} // namespace OmsSync::Gui
