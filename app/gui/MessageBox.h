// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QString>

class QWidget;

namespace OmsSync::Gui {

// Every confirmation and message of the application goes through here, so
// that buttons say what they do ("Stop 2 tasks", not "Yes") and tests can
// answer a modal question in advance with setNextAnswer() instead of chasing
// a nested event loop.
class MessageBox
{
    Q_DECLARE_TR_FUNCTIONS(OmsSync::Gui::MessageBox)

public:
    enum Button : quint32 {
        NoButton = 0,
        Ok = 1 << 0,
        Cancel = 1 << 1,
        Close = 1 << 2,
        Yes = 1 << 3,
        No = 1 << 4,
        Retry = 1 << 5,
        // Buttons named after their action; their text is given by the caller.
        Stop = 1 << 6,
        Delete = 1 << 7,
    };
    Q_DECLARE_FLAGS(Buttons, Button)

    struct Question
    {
        QString title;
        QString text;
        QString informativeText;
        Buttons buttons = Ok;
        Button defaultButton = NoButton;
        Button escapeButton = Cancel;
        // Overrides the standard text of an action button.
        QString actionText;
    };

    static Button critical(QWidget* parent, const Question& question);
    static Button warning(QWidget* parent, const Question& question);
    static Button information(QWidget* parent, const Question& question);
    static Button question(QWidget* parent, const Question& question);

    // The next message box returns this at once without being shown. Reset
    // after one use.
    static void setNextAnswer(Button button);
    // The question of the last box answered by setNextAnswer(), for tests to
    // check what the user would have read.
    static Question lastQuestion();

private:
    enum class Kind { Critical, Warning, Information, Question };
    static Button show(Kind kind, QWidget* parent, const Question& question);
};

} // namespace OmsSync::Gui

Q_DECLARE_OPERATORS_FOR_FLAGS(OmsSync::Gui::MessageBox::Buttons)
