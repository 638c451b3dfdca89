// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiError.h"
#include "ProfileTask.h"
#include "SyncTask.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QStringList>
#include <QUuid>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace OmsSync::Gui {

class CredentialsDialog;
class ErrorBanner;
class NewTaskWizard;
class GuiSettings;
class ProfileController;
class ProfileListModel;
class StartFlow;
class TaskDetailsWidget;
class TaskFilterProxyModel;
class TaskListController;
class TaskTableModel;
class WatchController;

// The profiles on the left (headed by "All profiles"), the tasks of the
// selected one (or of every one) in the middle, the selected task's details
// and chart below; Start, Stop and Refresh for the selection. Asks
// TaskListController and ProfileController for everything it shows; shows
// their errors in place.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Shows what `watch` sees; the watch outlives the window's visibility
    // (the tray keeps it running while the window is hidden).
    MainWindow(WatchController* watch, GuiSettings* settings, QWidget* parent = nullptr);
    // A watch of its own, started at once (tests, benchmarks).
    MainWindow(ProfileController* profiles, GuiSettings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Marks the window as the demo: title, a banner, the simulator's port.
    void setDemo(quint16 port);
    bool isDemo() const { return m_demo; }

    TaskListController* tasks() const { return m_tasks; }
    WatchController* watch() const { return m_watch; }
    ErrorBanner* overviewBanner() const { return m_overviewBanner; }
    // Seconds between refreshes for this run (--refresh-interval), winning
    // over the settings; 0: the settings decide.
    void setRefreshIntervalOverride(int seconds);
    // Closing hides the window (the tray keeps watching) when the settings
    // say so; quitting is the Quit action's.
    void setTrayAvailable(bool available);
    bool isTrayAvailable() const { return m_trayAvailable; }
    TaskTableModel* taskModel() const { return m_taskModel; }
    TaskFilterProxyModel* taskProxy() const { return m_proxy; }
    QTreeView* taskView() const { return m_taskView; }
    QListView* profileView() const { return m_profileView; }
    ErrorBanner* errorBanner() const { return m_errorBanner; }
    // The selected task's details and chart. Made once the window's first
    // frame is painted (or when asked for sooner), so that the task list
    // shows without waiting for them.
    TaskDetailsWidget* details();
    bool hasDetails() const { return m_details; }
    QAction* startAction() const { return m_startAction; }
    QAction* stopAction() const { return m_stopAction; }
    QAction* deleteAction() const { return m_deleteAction; }
    QAction* newTaskAction() const { return m_newTaskAction; }
    QAction* cloneAction() const { return m_cloneAction; }
    QAction* syncObjectsAction() const { return m_syncObjectsAction; }
    QAction* refreshAction() const { return m_refreshAction; }
    StartFlow* startFlow() const { return m_startFlow; }
    // The credentials dialog open now, if any.
    CredentialsDialog* credentialsDialog() const;

    QList<ProfileTask> selectedTasks() const;
    void selectProfile(const QUuid& id);
    void selectOverview();
    // Selects the task's row (of the profile, when given).
    void selectTask(const QString& taskId, const QUuid& profileId = {});
    // Brings the window up, restored and active (the tray's Show).
    void bringToFront();

public Q_SLOTS:
    void startSelected();
    void stopSelected();
    void deleteSelected();
    void syncObjectsOfSelected();
    // The wizard, for the profile shown (or the selected task's in the overview).
    NewTaskWizard* newTask();
    // The wizard filled from the one selected task.
    NewTaskWizard* cloneSelected();
    void refresh();
    void showProfiles();
    void addProfile();
    void editProfile();
    void tryDemo();
    void showSettings();
    void showAbout();
    void forgetSelectedKeys();
    void copySelectedIds();
    // The selected tasks as tab-separated rows under a header line.
    void copySelectedRows();
    // The tasks shown (profile or overview, filtered, as sorted) to CSV.
    void exportTaskList();
    // Saves the layout and quits the application, also from the tray.
    void quitApplication();

Q_SIGNALS:
    // The window was closed into the tray; `first`: the first time ever.
    void hiddenToTray(bool first);
    // The tray options may have changed.
    void settingsApplied();
    // The selection or a task's state changed the actions that apply.
    void actionsUpdated();

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void init();
    void refreshRelativeTimes();
    void createActions();
    void createMenus();
    QWidget* createEmptyState();
    QWidget* createContent();
    void restoreLayout();
    void saveLayout();
    void applySettings();

    void onProfilesChanged();
    void onProfileSelected();
    void onSelectionChanged();
    void onProfileTasksLoaded(const QUuid& profileId, const QList<SyncTask>& tasks);
    void updateProfileLabels();
    void updateOverviewBanner();
    void onError(const QString& what, const ApiError& error);
    void onBusyChanged(bool busy);
    void updateActions();
    // The profile a new task goes to: the one shown, or the selected task's.
    QUuid newTaskProfile() const;
    NewTaskWizard* openWizard(const QUuid& profileId, const std::optional<SyncTask>& original);
    void updateTableMessage();
    void updateTitle();
    void updateLastRefreshed();
    void createDetails();
    void showSelectedDetails(bool reloadStatistics);
    QList<ProfileTask> tasksInViewOrder(bool selectedOnly) const;
    // TaskExport's rows, with a profile column first in the overview.
    QList<QStringList> exportRows(const QList<ProfileTask>& tasks) const;
    void loadDetailsStatistics();

    WatchController* m_watch;
    ProfileController* m_profiles;
    GuiSettings* m_settings;
    TaskListController* m_tasks;
    ProfileListModel* m_profileModel;
    TaskTableModel* m_taskModel;
    TaskFilterProxyModel* m_proxy;
    StartFlow* m_startFlow;
    QTimer* m_relativeClock;
    bool m_timesAged = false; // hidden since the clock last ran
    bool m_demo = false;
    quint16 m_demoPort = 0;
    int m_intervalOverride = 0;
    bool m_trayAvailable = false;
    bool m_quitting = false;
    bool m_bannerShowsRefreshError = false;

    QStackedWidget* m_pages = nullptr;
    QWidget* m_emptyState = nullptr;
    QWidget* m_content = nullptr;
    ErrorBanner* m_demoBanner = nullptr;
    ErrorBanner* m_errorBanner = nullptr;
    ErrorBanner* m_keychainBanner = nullptr;
    ErrorBanner* m_overviewBanner = nullptr;
    QListView* m_profileView = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QTreeView* m_taskView = nullptr;
    QLabel* m_tableMessage = nullptr;
    // Holds the details pane, which is made after the first paint.
    QWidget* m_detailsSlot = nullptr;
    TaskDetailsWidget* m_details = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_taskSplitter = nullptr;
    QLabel* m_statusMessage = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_lastRefreshed = nullptr;

    QAction* m_startAction = nullptr;
    QAction* m_stopAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_newTaskAction = nullptr;
    QAction* m_cloneAction = nullptr;
    QAction* m_syncObjectsAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_forgetKeysAction = nullptr;
    QAction* m_copyIdAction = nullptr;
    QAction* m_copyRowsAction = nullptr;
    QAction* m_exportTasksAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_profilesAction = nullptr;
    QAction* m_addProfileAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_quitAction = nullptr;

    QString m_detailsTaskId;
    QUuid m_detailsProfileId;
    // Since the chart's statistics were asked for. OMS has a point every
    // five minutes: a refresh sooner than that brings none.
    static constexpr qint64 statisticsPointMs = 5 * 60 * 1000;
    QElapsedTimer m_statisticsAge;
    QString m_loadingMessage;
};

} // namespace OmsSync::Gui
