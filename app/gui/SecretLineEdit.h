// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

class QAction;

namespace OmsSync::Gui {

// A masked field for a password, token, SK or CDN key, with an eye button
// that shows the text while the user checks it, and wipe() to overwrite the
// characters the widget held when the dialog is done with them.
class SecretLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit SecretLineEdit(QWidget* parent = nullptr);
    ~SecretLineEdit() override;

    bool isRevealed() const;
    void setRevealed(bool revealed);
    QAction* revealAction() const { return m_reveal; }

    // Overwrites the buffer the widget holds, then empties it (also its undo
    // history). Best effort: Qt may have copied the text on the way.
    void wipe() { wipe(this); }
    // The same for any line edit (an AK field, which is shown in clear).
    static void wipe(QLineEdit* edit);
    // The first half of wipe(): overwrites the characters in place, when the
    // widget is the only holder of its buffer. True when it did.
    static bool overwrite(QLineEdit* edit);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateRevealAction();

    QAction* m_reveal;
};

} // namespace OmsSync::Gui
