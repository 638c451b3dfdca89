// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace OmsSync::Gui {

// Colours that stay readable on whatever background the system's palette
// gives: light, dark or high contrast. WCAG 2.1 measures "readable" as the
// contrast ratio of relative luminances; 4.5:1 is its floor for text, 3:1
// for lines and icons.
namespace ReadableColor {

inline constexpr double textContrast = 4.5;
inline constexpr double graphicsContrast = 3.0;

// The WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white).
double luminance(const QColor& color);

// (lighter + 0.05) / (darker + 0.05): 1 for equal colours, 21 for black on white.
double contrastRatio(const QColor& first, const QColor& second);

// `wanted` itself when it reaches `minimum` against `background`; otherwise
// the same hue made just dark or light enough to reach it, towards whichever
// end gives the more contrast. When no shade of that hue can (a mid-grey
// background and a high minimum), black or white, whichever is better.
QColor on(const QColor& wanted, const QColor& background, double minimum = textContrast);

// `base` moved `amount` (0 to 1) of the way towards `tint`.
QColor mix(const QColor& base, const QColor& tint, double amount);

// The red the application uses for a problem with what was typed.
QColor problem(const QColor& background);

} // namespace ReadableColor

} // namespace OmsSync::Gui
