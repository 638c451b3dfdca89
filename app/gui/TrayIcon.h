// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TraySummary.h"

#include <QIcon>
#include <QObject>
#include <QString>
#include <QUuid>

#include <memory>

class QMenu;
class QSystemTrayIcon;

namespace OmsSync::Gui {

// The application in the system tray, for while its window is hidden: the
// icon says whether every task runs, some paused or a profile has an error;
// the tooltip gives the counts; the menu starts paused tasks again.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Running, // nothing paused, no error: the application's icon
        Paused, // some task paused: with a pause badge
        Error, // a profile has an error: with an error badge
    };

    // The menu lists this many paused tasks, then a line that shows the window.
    static constexpr int maxMenuTasks = 8;

    explicit TrayIcon(QObject* parent = nullptr);
    ~TrayIcon() override;

    // A tray (an XEmbed tray manager or a StatusNotifier host) is there.
    static bool isAvailable();

    void setVisible(bool visible);
    bool isVisible() const;
    void setSummary(const TraySummary& summary);
    const TraySummary& summary() const { return m_summary; }

    State state() const { return m_state; }
    QString toolTip() const;
    QSystemTrayIcon* systemTrayIcon() const { return m_tray; }
    QMenu* menu() const { return m_menu.get(); }

    static State stateFor(const TraySummary& summary);
    // The application's icon, with the state's badge painted on.
    static QIcon iconFor(State state);
    static QString toolTipFor(const TraySummary& summary);

Q_SIGNALS:
    // The icon was clicked: show or hide the window.
    void activated();
    void startRequested(const QUuid& profileId, const QString& taskId);
    void showRequested();
    void refreshRequested();
    void quitRequested();

private:
    void rebuildMenu();

    QSystemTrayIcon* m_tray;
    std::unique_ptr<QMenu> m_menu; // a menu has no QObject parent: it is a window
    TraySummary m_summary;
    State m_state = State::Running;
};

} // namespace OmsSync::Gui
