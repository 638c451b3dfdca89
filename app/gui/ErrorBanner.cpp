// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorBanner.h"

#include "Icons.h"
#include "ReadableColor.h"

#include <QAccessibleWidget>
#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

namespace {

QColor accent(ErrorBanner::Severity severity)
{
    switch (severity) {
    case ErrorBanner::Severity::Error:
        return QColor(0xcf, 0x22, 0x2e);
    case ErrorBanner::Severity::Warning:
        return QColor(0xbf, 0x87, 0x00);
    case ErrorBanner::Severity::Information:
        break;
    }
    return QColor(0x09, 0x69, 0xda);
}

// A banner is announced as an alert, as Orca does for a GTK info bar: it
// appears on its own, where the user's focus is not, and says what happened.
QAccessibleInterface* alertAccessible(const QString& className, QObject* object)
{
    if (className == QLatin1String(ErrorBanner::staticMetaObject.className())
        && object->isWidgetType()) {
        return new QAccessibleWidget(static_cast<QWidget*>(object), QAccessible::AlertMessage);
    }
    return nullptr;
}

} // namespace

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_copy(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    static const bool alertRole = [] {
        QAccessible::installFactory(alertAccessible);
        return true;
    }();
    Q_UNUSED(alertRole)
    setObjectName(u"errorBanner"_s);
    setAccessibleName(tr("Message"));
    m_label->setObjectName(u"errorBannerText"_s);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_label->setMinimumWidth(200);

    m_action->setObjectName(u"errorBannerAction"_s);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &ErrorBanner::actionTriggered);

    m_copy->setObjectName(u"errorBannerCopy"_s);
    m_copy->setIcon(Icons::action(u"copy"_s));
    m_copy->setToolTip(tr("Copy the message, error code and request id"));
    m_copy->setAccessibleName(tr("Copy message"));
    m_copy->setAutoRaise(true);
    connect(m_copy, &QToolButton::clicked, this, &ErrorBanner::copyToClipboard);

    m_close->setObjectName(u"errorBannerClose"_s);
    m_close->setIcon(Icons::action(u"close"_s));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    m_close->setAutoRaise(true);
    connect(m_close, &QToolButton::clicked, this, &ErrorBanner::dismiss);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_copy, 0, Qt::AlignVCenter);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    updateIcon();
    hide();
}

void ErrorBanner::showError(const QString& what, const ApiError& error)
{
    present(Severity::Error, what, error.summary());
    m_error = error;
}

void ErrorBanner::showMessage(Severity severity, const QString& title, const QString& text)
{
    present(severity, title, text);
    m_error = {};
}

void ErrorBanner::present(Severity severity, const QString& title, const QString& text)
{
    m_severity = severity;
    m_title = title;
    m_text = text;
    QString html = u"<b>"_s + title.toHtmlEscaped() + u"</b>"_s;
    if (!text.isEmpty()) {
        html += u"<br>"_s + text.toHtmlEscaped();
    }
    m_label->setText(html);
    setAccessibleName(title);
    setAccessibleDescription(text);
    // Which message the buttons act on, where a window has two banners.
    m_copy->setAccessibleDescription(title);
    m_close->setAccessibleDescription(title);
    m_action->setAccessibleDescription(title);
    // Only what went wrong is worth quoting to support.
    m_copy->setVisible(!text.isEmpty() && severity != Severity::Information);
    updateIcon();
    show();
    update();
}

void ErrorBanner::setActionText(const QString& text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

void ErrorBanner::dismiss()
{
    if (isHidden()) {
        return;
    }
    hide();
    m_error = {};
    Q_EMIT dismissed();
}

QString ErrorBanner::plainText() const
{
    return m_text.isEmpty() ? m_title : m_title + u'\n' + m_text;
}

void ErrorBanner::copyToClipboard()
{
    QApplication::clipboard()->setText(plainText());
}

void ErrorBanner::updateIcon()
{
    const QString name = m_severity == Severity::Error ? u"error"_s
        : m_severity == Severity::Warning              ? u"paused"_s
                                                       : u"info"_s;
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(Icons::status(name).pixmap(QSize(side, side), devicePixelRatioF()));
    m_icon->setAccessibleName(m_severity == Severity::Error         ? tr("Error")
                                  : m_severity == Severity::Warning ? tr("Warning")
                                                                    : tr("Information"));
}

void ErrorBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        updateIcon();
        update();
    }
    QFrame::changeEvent(event);
}

void ErrorBanner::paintEvent(QPaintEvent*)
{
    // Tinted from the palette, so the banner reads well in light and dark themes.
    const QColor tint = accent(m_severity);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter.fillPath(path, ReadableColor::mix(palette().color(QPalette::Window), tint, 0.14));
    painter.setPen(QPen(ReadableColor::mix(palette().color(QPalette::Window), tint, 0.7), 1));
    painter.drawPath(path);
}

} // namespace OmsSync::Gui
