// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBox.h"

#include <QAbstractButton>
#include <QHash>
#include <QMessageBox>
#include <QPushButton>

#include <utility>

namespace OmsSync::Gui {

namespace {

MessageBox::Button g_nextAnswer = MessageBox::NoButton;
MessageBox::Question g_lastQuestion;

struct ButtonSpec
{
    MessageBox::Button button;
    QMessageBox::StandardButton standard; // NoButton: a custom action button
    QMessageBox::ButtonRole role;
};

constexpr ButtonSpec buttonSpecs[] = {
    {MessageBox::Ok, QMessageBox::Ok, QMessageBox::AcceptRole},
    {MessageBox::Yes, QMessageBox::Yes, QMessageBox::YesRole},
    {MessageBox::Stop, QMessageBox::NoButton, QMessageBox::AcceptRole},
    {MessageBox::Delete, QMessageBox::NoButton, QMessageBox::DestructiveRole},
    {MessageBox::Retry, QMessageBox::Retry, QMessageBox::AcceptRole},
    {MessageBox::No, QMessageBox::No, QMessageBox::NoRole},
    {MessageBox::Close, QMessageBox::Close, QMessageBox::RejectRole},
    {MessageBox::Cancel, QMessageBox::Cancel, QMessageBox::RejectRole},
};

} // namespace

void MessageBox::setNextAnswer(Button button)
{
    g_nextAnswer = button;
}

MessageBox::Question MessageBox::lastQuestion()
{
    return g_lastQuestion;
}

MessageBox::Button MessageBox::critical(QWidget* parent, const Question& question)
{
    return show(Kind::Critical, parent, question);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const Question& question)
{
    return show(Kind::Warning, parent, question);
}

MessageBox::Button MessageBox::information(QWidget* parent, const Question& question)
{
    return show(Kind::Information, parent, question);
}

MessageBox::Button MessageBox::question(QWidget* parent, const Question& question)
{
    return show(Kind::Question, parent, question);
}

MessageBox::Button MessageBox::show(Kind kind, QWidget* parent, const Question& question)
{
    if (g_nextAnswer != NoButton) {
        const Button answer = std::exchange(g_nextAnswer, NoButton);
        g_lastQuestion = question;
        return answer;
    }

    QMessageBox box(parent);
    switch (kind) {
    case Kind::Critical:
        box.setIcon(QMessageBox::Critical);
        break;
    case Kind::Warning:
        box.setIcon(QMessageBox::Warning);
        break;
    case Kind::Information:
        box.setIcon(QMessageBox::Information);
        break;
    case Kind::Question:
        box.setIcon(QMessageBox::Question);
        break;
    }
    box.setWindowTitle(question.title);
    box.setText(question.text);
    box.setInformativeText(question.informativeText);
    box.setTextFormat(Qt::PlainText);

    QHash<QAbstractButton*, Button> buttons;
    for (const ButtonSpec& spec : buttonSpecs) {
        if (!question.buttons.testFlag(spec.button)) {
            continue;
        }
        QAbstractButton* button = nullptr;
        if (spec.standard != QMessageBox::NoButton) {
            button = box.addButton(spec.standard);
        } else {
            const QString text = !question.actionText.isEmpty() ? question.actionText
                : spec.button == Stop                           ? tr("Stop")
                                                                : tr("Delete");
            button = box.addButton(text, spec.role);
        }
        buttons.insert(button, spec.button);
        if (spec.button == question.defaultButton) {
            box.setDefaultButton(qobject_cast<QPushButton*>(button));
        }
        if (spec.button == question.escapeButton) {
            box.setEscapeButton(button);
        }
    }
    box.exec();
    return buttons.value(box.clickedButton(), question.escapeButton);
}

} // namespace OmsSync::Gui
