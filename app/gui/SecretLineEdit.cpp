// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretLineEdit.h"

#include "Icons.h"

#include <QAction>
#include <QSignalBlocker>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

SecretLineEdit::SecretLineEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_reveal(new QAction(this))
{
    setEchoMode(QLineEdit::Password);
    // Secrets have no business in the input method's learning dictionary.
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                        | Qt::ImhNoAutoUppercase);
    m_reveal->setCheckable(true);
    m_reveal->setObjectName(u"revealAction"_s);
    // The button in the field takes no focus: from the keyboard it is this
    // shortcut, heard only by the field that has the focus.
    m_reveal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_reveal->setShortcutContext(Qt::WidgetShortcut);
    addAction(m_reveal, QLineEdit::TrailingPosition);
    connect(m_reveal, &QAction::toggled, this, &SecretLineEdit::setRevealed);
    updateRevealAction();
}

SecretLineEdit::~SecretLineEdit()
{
    // Quietly: whoever listens to textChanged may be half destroyed by now.
    const QSignalBlocker quiet(this);
    wipe();
}

bool SecretLineEdit::isRevealed() const
{
    return echoMode() == QLineEdit::Normal;
}

void SecretLineEdit::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setChecked(revealed);
    updateRevealAction();
}

void SecretLineEdit::showEvent(QShowEvent* event)
{
    // The field's accessible name is given after construction; by now it is
    // there to tell this field's button from the next one's.
    updateRevealAction();
    QLineEdit::showEvent(event);
}

void SecretLineEdit::updateRevealAction()
{
    const bool revealed = isRevealed();
    const QString field = accessibleName();
    m_reveal->setIcon(Icons::action(revealed ? u"hide"_s : u"show"_s));
    if (field.isEmpty()) {
        m_reveal->setText(revealed ? tr("Hide") : tr("Show"));
    } else {
        m_reveal->setText(revealed ? tr("Hide %1", "a secret field's name").arg(field)
                                   : tr("Show %1", "a secret field's name").arg(field));
    }
    const QString shortcut = m_reveal->shortcut().toString(QKeySequence::NativeText);
    m_reveal->setToolTip(revealed ? tr("Hide the text (%1)").arg(shortcut)
                                  : tr("Show the text (%1)").arg(shortcut));
}

bool SecretLineEdit::overwrite(QLineEdit* edit)
{
    // text() shares the widget's own buffer (no input mask is set), so
    // writing through it overwrites the characters the widget held; clear()
    // alone would leave them in freed memory. Only a buffer held by nobody
    // but the widget and this copy is overwritten: a string shared with
    // other code (a literal, a value still in use elsewhere) is theirs too.
    QString held = edit->text();
    auto& data = held.data_ptr();
    if (held.isEmpty() || !data.isMutable() || data.d_ptr()->ref_.loadRelaxed() != 2) {
        return false;
    }
    auto* characters = const_cast<QChar*>(held.constData());
    std::fill(characters, characters + held.size(), QChar(u'\0'));
    return true;
}

void SecretLineEdit::wipe(QLineEdit* edit)
{
    overwrite(edit);
    edit->setText(QString());
}

} // namespace OmsSync::Gui
