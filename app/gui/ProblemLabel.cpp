// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemLabel.h"

#include "ReadableColor.h"

#include <QEvent>

namespace OmsSync::Gui {

ProblemLabel::ProblemLabel(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    updateColor();
}

void ProblemLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_updatingColor) {
        updateColor();
    }
}

void ProblemLabel::updateColor()
{
    QPalette palette = this->palette();
    const QColor color = ReadableColor::problem(palette.color(QPalette::Window));
    if (palette.color(QPalette::WindowText) == color) {
        return;
    }
    palette.setColor(QPalette::WindowText, color);
    m_updatingColor = true;
    setPalette(palette);
    m_updatingColor = false;
}

} // namespace OmsSync::Gui
