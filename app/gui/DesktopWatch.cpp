// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopWatch.h"

#include "CredentialsDialog.h"
#include "DesktopNotifier.h"
#include "DisplayText.h"
#include "GuiSettings.h"
#include "MainWindow.h"
#include "ProfileController.h"
#include "StartFlow.h"
#include "TaskListController.h"
#include "TrayIcon.h"
#include "WatchController.h"

#include <QDeadlineTimer>
#include <QSystemTrayIcon>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

DesktopWatch::DesktopWatch(WatchController* watch, MainWindow* window, GuiSettings* settings,
                           DesktopNotifier* notifier, QObject* parent)
    : QObject(parent)
    , m_watch(watch)
    , m_window(window)
    , m_settings(settings)
    , m_notifier(notifier ? notifier : new DesktopNotifier(this))
{
    ProfileController* profiles = m_watch->profiles();
    m_policy.setProfileLabel([profiles](const QUuid& id, const QString& name) {
        const auto profile = profiles->profile(id);
        return profile ? DisplayText::profileWithRegion(*profile) : name;
    });
    applySettings();
    for (const Profile& profile : profiles->profiles()) {
        m_profiles.insert(profile.id);
    }

    connect(m_watch, &WatchController::changesDetected, this, &DesktopWatch::onChanges);
    connect(m_watch, &WatchController::summaryChanged, this, &DesktopWatch::updateTray);
    connect(profiles, &ProfileController::profilesChanged, this,
            &DesktopWatch::forgetRemovedProfiles);
    connect(m_notifier, &DesktopNotifier::actionInvoked, this, &DesktopWatch::onAction);
    connect(m_window, &MainWindow::settingsApplied, this, &DesktopWatch::applySettings);
    connect(m_window, &MainWindow::hiddenToTray, this, &DesktopWatch::onHiddenToTray);
    // What this application does itself is not news to its user.
    connect(m_window->tasks(), &TaskListController::stopping, this,
            [this](const QUuid& profileId, const QString& taskId) {
                m_policy.noteStoppedHere(profileId, taskId);
            });
    connect(m_window->startFlow(), &StartFlow::taskStarted, this,
            [this](const QUuid& profileId, const QString& taskId) {
                m_policy.noteStartedHere(profileId, taskId);
                // The paused notification has done its job.
                m_notifier->close(NotificationPolicy::keyFor(
                    {NotificationPolicy::Kind::Paused, profileId, taskId}));
            });
}

DesktopWatch::~DesktopWatch() = default;

bool DesktopWatch::showTrayIcon()
{
    if (m_tray) {
        return true;
    }
    if (!TrayIcon::isAvailable()) {
        return false;
    }
    m_tray = new TrayIcon(this);
    connect(m_tray, &TrayIcon::activated, this, &DesktopWatch::toggleWindow);
    connect(m_tray, &TrayIcon::showRequested, m_window, &MainWindow::bringToFront);
    connect(m_tray, &TrayIcon::refreshRequested, m_watch, &WatchController::refreshAll);
    connect(m_tray, &TrayIcon::quitRequested, m_window, &MainWindow::quitApplication);
    connect(m_tray, &TrayIcon::startRequested, this, &DesktopWatch::startTask);
    m_tray->setSummary(traySummary());
    m_tray->setVisible(true);
    m_notifier->setFallbackTrayIcon(m_tray->systemTrayIcon());
    m_window->setTrayAvailable(true);
    Q_EMIT trayIconShown();
    return true;
}

void DesktopWatch::startInTray(std::chrono::milliseconds wait)
{
    if (showTrayIcon()) {
        return;
    }
    // Qt tells no one when a tray appears: ask a few times a second.
    auto* poll = new QTimer(this);
    poll->setInterval(std::chrono::milliseconds(250));
    connect(poll, &QTimer::timeout, this, [this, poll, deadline = QDeadlineTimer(wait)] {
        if (showTrayIcon()) {
            poll->deleteLater();
        } else if (deadline.hasExpired()) {
            poll->deleteLater();
            m_window->showMinimized();
        }
    });
    poll->start();
}

void DesktopWatch::applySettings()
{
    const int threshold = m_settings->failureThreshold();
    m_policy.setFailureThreshold(threshold);
    m_watch->detector().setFailureThreshold(threshold);
    m_policy.setNotifyExternalStarts(m_settings->notifyExternalStarts());
    m_notifier->setEnabled(m_settings->notificationsEnabled());
}

TraySummary DesktopWatch::traySummary() const
{
    const WatchController::Summary watched = m_watch->summary();
    ProfileController* profiles = m_watch->profiles();
    const auto nameOf = [profiles](const QUuid& id) {
        const auto profile = profiles->profile(id);
        return profile ? profile->name : QString();
    };
    TraySummary summary;
    summary.running = watched.running;
    summary.paused = watched.paused;
    summary.profilesWatched = watched.profiles;
    summary.profilesWithError = int(watched.failingProfiles.size());
    for (const ProfileTask& paused : watched.pausedTasks) {
        summary.pausedTasks.append({paused.profileId, nameOf(paused.profileId), paused.task.id,
                                    paused.task.displayName()});
    }
    for (const QUuid& id : watched.failingProfiles) {
        const auto* state = m_watch->state(id);
        summary.profileErrors.append({id, nameOf(id), state ? state->error.summary() : QString()});
    }
    return summary;
}

void DesktopWatch::showTask(const QUuid& profileId, const QString& taskId)
{
    m_window->bringToFront();
    if (!m_window->tasks()->inScope(profileId)) {
        m_window->selectProfile(profileId);
    }
    if (!taskId.isEmpty()) {
        m_window->selectTask(taskId, profileId);
    }
}

void DesktopWatch::startTask(const QUuid& profileId, const QString& taskId)
{
    showTask(profileId, taskId);
    // The task as the last refresh saw it; StartFlow skips it if it runs
    // again by now.
    if (const auto task = m_watch->task(profileId, taskId)) {
        m_window->startFlow()->start(profileId, {*task});
    }
}

void DesktopWatch::onChanges(const QList<WatchEvent>& events)
{
    // The policy sees every change even while notifications are off: it
    // must know what was already reported when they are turned on again.
    const QList<DesktopNotification> notifications = m_policy.notificationsFor(events);
    for (const DesktopNotification& notification : notifications) {
        m_notifier->notify(notification);
    }
}

void DesktopWatch::onAction(const QString& key, const QString& action)
{
    const auto target = NotificationPolicy::targetOf(key);
    if (!target) {
        // The tray hint: clicking it shows the window.
        if (key == trayHintKey) {
            m_window->bringToFront();
        }
        return;
    }
    if (action == u"start" && !target->taskId.isEmpty()) {
        startTask(target->profileId, target->taskId);
    } else if (action == u"show" || action == u"default") {
        showTask(target->profileId, target->taskId);
    }
}

void DesktopWatch::onHiddenToTray(bool first)
{
    if (!first) {
        return;
    }
    DesktopNotification hint;
    hint.key = trayHintKey;
    hint.title = tr("OMS Sync Desk keeps watching");
    hint.body = tr("The window is closed, and the tasks are still watched from the tray. "
                   "Choose Quit in the tray icon's menu to end it.");
    hint.always = true;
    m_notifier->notify(hint);
}

void DesktopWatch::toggleWindow()
{
    if (m_window->isVisible() && !m_window->isMinimized() && m_window->isActiveWindow()) {
        m_window->close(); // into the tray, as the settings say
    } else {
        m_window->bringToFront();
    }
}

void DesktopWatch::updateTray()
{
    if (m_tray) {
        m_tray->setSummary(traySummary());
    }
}

void DesktopWatch::forgetRemovedProfiles()
{
    QSet<QUuid> now;
    for (const Profile& profile : m_watch->profiles()->profiles()) {
        now.insert(profile.id);
    }
    for (const QUuid& id : std::as_const(m_profiles)) {
        if (!now.contains(id)) {
            m_policy.forget(id);
            m_watch->detector().forget(id);
        }
    }
    m_profiles = now;
}

} // namespace OmsSync::Gui
