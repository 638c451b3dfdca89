// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadableColor.h"

#include <cmath>

namespace OmsSync::Gui::ReadableColor {

namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

// `color` with its HSL lightness set to `lightness`, hue and saturation kept.
QColor withLightness(const QColor& color, double lightness)
{
    const QColor hsl = color.toHsl();
    return QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(), float(lightness)).toRgb();
}

} // namespace

double luminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF())
        + 0.0722 * linear(rgb.blueF());
}

double contrastRatio(const QColor& first, const QColor& second)
{
    const double a = luminance(first);
    const double b = luminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor on(const QColor& wanted, const QColor& background, double minimum)
{
    if (contrastRatio(wanted, background) >= minimum) {
        return wanted;
    }
    // Lightness is monotonic in luminance for a fixed hue and saturation, so
    // a bisection finds the shade closest to the wanted one that is enough.
    const double start = wanted.toHsl().lightnessF();
    const bool darken =
        contrastRatio(Qt::black, background) >= contrastRatio(Qt::white, background);
    const double end = darken ? 0.0 : 1.0;
    if (contrastRatio(withLightness(wanted, end), background) < minimum) {
        return darken ? QColor(Qt::black) : QColor(Qt::white);
    }
    double enough = end;
    double notEnough = start;
    for (int step = 0; step < 24; ++step) {
        const double middle = (enough + notEnough) / 2;
        if (contrastRatio(withLightness(wanted, middle), background) >= minimum) {
            enough = middle;
        } else {
            notEnough = middle;
        }
    }
    return withLightness(wanted, enough);
}

QColor mix(const QColor& base, const QColor& tint, double amount)
{
    const auto channel = [amount](float from, float to) {
        return float(from * (1 - amount) + to * amount);
    };
    return QColor::fromRgbF(channel(base.redF(), tint.redF()),
                            channel(base.greenF(), tint.greenF()),
                            channel(base.blueF(), tint.blueF()));
}

QColor problem(const QColor& background)
{
    return on(QColor(0xd1, 0x24, 0x2f), background);
}

} // namespace OmsSync::Gui::ReadableColor
