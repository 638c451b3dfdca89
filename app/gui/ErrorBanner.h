// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace OmsSync::Gui {

// A message in place, above the content it concerns, instead of a modal
// dialog per failed request: what failed, then the error code, message and
// request id (ApiError::summary()), selectable and copyable, because users
// quote them to support. A newer message replaces the shown one.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Severity { Error, Warning, Information };

    explicit ErrorBanner(QWidget* parent = nullptr);

    // `what` says what failed ("Could not load the tasks of Beijing4").
    void showError(const QString& what, const ApiError& error);
    void showMessage(Severity severity, const QString& title, const QString& text = {});
    // A button for the one thing that may help (Retry, Unlock, ...); empty
    // text hides it.
    void setActionText(const QString& text);
    void dismiss();

    Severity severity() const { return m_severity; }
    // Exactly what Copy puts on the clipboard.
    QString plainText() const;
    const ApiError& error() const { return m_error; }

Q_SIGNALS:
    void actionTriggered();
    void dismissed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void present(Severity severity, const QString& title, const QString& text);
    void copyToClipboard();
    void updateIcon();

    Severity m_severity = Severity::Error;
    QString m_title;
    QString m_text;
    ApiError m_error;
    QLabel* m_icon;
    QLabel* m_label;
    QPushButton* m_action;
    QToolButton* m_copy;
    QToolButton* m_close;
};

} // namespace OmsSync::Gui
