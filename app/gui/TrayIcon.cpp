// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrayIcon.h"

#include "BuildInfo.h"
#include "Icons.h"

#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

namespace {

// Menu texts take '&' as a mnemonic: names keep theirs.
QString menuText(QString text)
{
    return text.replace(u'&', "&&"_L1);
}

QString oneLine(const QString& text)
{
    constexpr qsizetype maxLength = 80;
    QString line = text.simplified();
    if (line.size() > maxLength) {
        line = line.first(maxLength - 1) + u'…';
    }
    return line;
}

QPixmap badged(const QIcon& base, const QIcon& badge, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    base.paint(&painter, QRect(0, 0, size, size));
    // Bottom right, over a white ring so that it stands out from the icon's
    // blue and from any panel colour.
    const int badgeSize = std::max(8, size * 9 / 16);
    const QRect badgeRect(size - badgeSize, size - badgeSize, badgeSize, badgeSize);
    const qreal ring = std::max(1.0, size / 24.0);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawEllipse(QRectF(badgeRect).adjusted(-ring, -ring, ring, ring));
    badge.paint(&painter, badgeRect);
    return pixmap;
}

} // namespace

TrayIcon::TrayIcon(QObject* parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(this))
    , m_menu(std::make_unique<QMenu>())
{
    m_tray->setIcon(iconFor(m_state));
    m_tray->setToolTip(toolTipFor(m_summary));
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger) {
                    Q_EMIT activated();
                }
            });
    rebuildMenu();
}

TrayIcon::~TrayIcon()
{
    // The icon goes before the menu it points to.
    delete m_tray;
}

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::setVisible(bool visible)
{
    m_tray->setVisible(visible);
}

bool TrayIcon::isVisible() const
{
    return m_tray->isVisible();
}

QString TrayIcon::toolTip() const
{
    return m_tray->toolTip();
}

TrayIcon::State TrayIcon::stateFor(const TraySummary& summary)
{
    if (summary.profilesWithError > 0 || !summary.profileErrors.isEmpty()) {
        return State::Error;
    }
    if (summary.paused > 0 || !summary.pausedTasks.isEmpty()) {
        return State::Paused;
    }
    return State::Running;
}

QIcon TrayIcon::iconFor(State state)
{
    const QIcon application = Icons::application();
    if (state == State::Running) {
        return application;
    }
    const QIcon badge = Icons::status(state == State::Paused ? u"paused"_s : u"error"_s);
    QIcon icon;
    // Trays ask for 16 to 24 pixels, twice that on high-density screens.
    for (const int size : {16, 22, 24, 32, 44, 48, 64}) {
        icon.addPixmap(badged(application, badge, size));
    }
    return icon;
}

QString TrayIcon::toolTipFor(const TraySummary& summary)
{
    QStringList parts;
    if (summary.profilesWatched == 0) {
        parts.append(tr("No profile is watched"));
    } else {
        const QString running = tr("%n tasks running", nullptr, summary.running);
        parts.append(summary.paused > 0
                         ? tr("%1, %n paused", "tasks running, paused", summary.paused).arg(running)
                         : running);
        if (summary.profilesWithError > 0) {
            parts.append(tr("%n profiles cannot sign in", nullptr, summary.profilesWithError));
        }
    }
    return QString::fromLatin1(BuildInfo::productName) + u'\n' + parts.join(u" · "_s);
}

void TrayIcon::setSummary(const TraySummary& summary)
{
    if (summary == m_summary) {
        return;
    }
    const bool menuChanged = summary.pausedTasks != m_summary.pausedTasks
        || summary.profileErrors != m_summary.profileErrors;
    m_summary = summary;
    if (const State state = stateFor(summary); state != m_state) {
        m_state = state;
        m_tray->setIcon(iconFor(state));
    }
    m_tray->setToolTip(toolTipFor(summary));
    if (menuChanged) {
        rebuildMenu();
    }
}

void TrayIcon::rebuildMenu()
{
    m_menu->clear();
    const qsizetype listed = std::min<qsizetype>(m_summary.pausedTasks.size(), maxMenuTasks);
    for (qsizetype i = 0; i < listed; ++i) {
        const TraySummary::PausedTask& task = m_summary.pausedTasks.at(i);
        QAction* action = m_menu->addAction(
            Icons::action(u"start"_s),
            tr("Start “%1” (%2)…").arg(menuText(task.taskName), menuText(task.profileName)));
        connect(action, &QAction::triggered, this,
                [this, profileId = task.profileId, taskId = task.taskId] {
                    Q_EMIT startRequested(profileId, taskId);
                });
    }
    if (const int more = int(m_summary.pausedTasks.size() - listed); more > 0) {
        QAction* action = m_menu->addAction(tr("%n more paused tasks…", nullptr, more));
        connect(action, &QAction::triggered, this, &TrayIcon::showRequested);
    }
    if (m_summary.pausedTasks.isEmpty()) {
        m_menu->addAction(tr("No paused tasks"))->setEnabled(false);
    }
    m_menu->addSeparator();

    for (const TraySummary::ProfileError& error : std::as_const(m_summary.profileErrors)) {
        QAction* action = m_menu->addAction(
            Icons::status(u"error"_s),
            tr("%1: %2").arg(menuText(error.profileName), menuText(oneLine(error.error))));
        connect(action, &QAction::triggered, this, &TrayIcon::showRequested);
    }
    if (!m_summary.profileErrors.isEmpty()) {
        m_menu->addSeparator();
    }

    connect(m_menu->addAction(Icons::action(u"show"_s), tr("&Show OMS Sync Desk")),
            &QAction::triggered, this, &TrayIcon::showRequested);
    connect(m_menu->addAction(Icons::action(u"refresh"_s), tr("&Refresh Now")), &QAction::triggered,
            this, &TrayIcon::refreshRequested);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("&Quit")), &QAction::triggered, this, &TrayIcon::quitRequested);
}

} // namespace OmsSync::Gui
