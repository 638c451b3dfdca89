// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace OmsSync::Gui {

// The line under a field that says what is wrong with it. Its red is made
// readable (4.5:1) on the palette the system gives, and made again when that
// palette changes, so a dark or high-contrast theme never hides a problem.
class ProblemLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ProblemLabel(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateColor();

    bool m_updatingColor = false;
};

} // namespace OmsSync::Gui
