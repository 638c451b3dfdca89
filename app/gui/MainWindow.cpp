// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AboutDialog.h"
#include "CredentialsDialog.h"
#include "Csv.h"
#include "DisplayText.h"
#include "ErrorBanner.h"
#include "FileDialog.h"
#include "GuiSettings.h"
#include "Icons.h"
#include "MessageBox.h"
#include "NewTaskWizard.h"
#include "ProfileController.h"
#include "ProfileEditDialog.h"
#include "ProfileListModel.h"
#include "ProfilesDialog.h"
#include "SettingsDialog.h"
#include "StartFlow.h"
#include "StatisticsPanel.h"
#include "SyncObjectsDialog.h"
#include "TaskDetailsWidget.h"
#include "TaskExport.h"
#include "TaskFilterProxyModel.h"
#include "TaskListController.h"
#include "TaskTableModel.h"
#include "TwoLineDelegate.h"
#include "WatchController.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

MainWindow::MainWindow(WatchController* watch, GuiSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_watch(watch)
    , m_profiles(watch->profiles())
    , m_settings(settings)
    , m_tasks(new TaskListController(watch, this))
    , m_profileModel(new ProfileListModel(m_profiles, this))
    , m_taskModel(new TaskTableModel(this))
    , m_proxy(new TaskFilterProxyModel(this))
    , m_startFlow(new StartFlow(m_profiles, this, this))
    , m_relativeClock(new QTimer(this))
{
    init();
}

MainWindow::MainWindow(ProfileController* profiles, GuiSettings* settings, QWidget* parent)
    : MainWindow(new WatchController(profiles), settings, parent)
{
    m_watch->setParent(this);
    m_watch->start();
}

void MainWindow::init()
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(Icons::application());
    m_proxy->setSourceModel(m_taskModel);

    createActions();
    createMenus();

    m_pages = new QStackedWidget;
    m_pages->setObjectName(u"pages"_s);
    // The welcome page is made when there is no profile to show.
    m_content = createContent();
    m_pages->addWidget(m_content);
    setCentralWidget(m_pages);

    m_statusMessage = new QLabel;
    m_statusMessage->setObjectName(u"statusMessage"_s);
    m_progress = new QProgressBar;
    m_progress->setObjectName(u"busyIndicator"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(statusBar()->fontMetrics().height());
    m_progress->setAccessibleName(tr("Loading"));
    m_progress->hide();
    m_lastRefreshed = new QLabel;
    m_lastRefreshed->setObjectName(u"lastRefreshed"_s);
    statusBar()->addWidget(m_statusMessage, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_lastRefreshed);

    connect(m_profiles, &ProfileController::profilesChanged, this, &MainWindow::onProfilesChanged);
    connect(m_tasks, &TaskListController::tasksReset, this, [this] {
        m_taskModel->clear();
        m_overviewBanner->dismiss();
        updateTableMessage();
        updateLastRefreshed();
    });
    connect(m_tasks, &TaskListController::profileTasksLoaded, this,
            &MainWindow::onProfileTasksLoaded);
    connect(m_tasks, &TaskListController::failuresChanged, this, &MainWindow::updateOverviewBanner);
    connect(m_tasks, &TaskListController::profileRecovered, this, [this](const QUuid& id) {
        // The refresh error of the profile shown went away on its own.
        if (id == m_tasks->profileId() && m_bannerShowsRefreshError) {
            m_errorBanner->dismiss();
        }
    });
    connect(m_tasks, &TaskListController::refreshFailed, this,
            [this](const QString& what, const ApiError& error) {
                onError(what, error);
                // Only this one goes away by itself when a refresh works.
                m_bannerShowsRefreshError = true;
            });
    connect(m_tasks, &TaskListController::errorOccurred, this, &MainWindow::onError);
    connect(m_tasks, &TaskListController::busyChanged, this, &MainWindow::onBusyChanged);
    connect(m_tasks, &TaskListController::actionDone, this,
            [this](const QString& message) { m_statusMessage->setText(message); });
    connect(m_tasks, &TaskListController::refreshed, this, [this](const QUuid& profileId) {
        updateLastRefreshed();
        // The chart grows with time: a refresh of its profile brings its new
        // points too (in the overview, not the refreshes of the 49 others),
        // once a new point can have come.
        if (m_details && !m_detailsTaskId.isEmpty() && profileId == m_detailsProfileId
            && m_details->statistics()->preset() != StatisticsRange::Preset::Custom
            && m_statisticsAge.hasExpired(statisticsPointMs)) {
            loadDetailsStatistics();
        }
    });
    // A queued task that started meanwhile (or went away) gets no dialog.
    m_startFlow->setTaskLookup(
        [this](const QUuid& profileId, const SyncTask& queued) -> std::optional<SyncTask> {
            const auto* state = m_watch->state(profileId);
            return state && state->loaded ? m_watch->task(profileId, queued.id)
                                          : std::optional<SyncTask>(queued);
        });
    connect(m_startFlow, &StartFlow::stateChanged, this, &MainWindow::updateActions);
    connect(m_startFlow, &StartFlow::errorOccurred, this, &MainWindow::onError);
    connect(m_startFlow, &StartFlow::taskStarted, this,
            [this](const QUuid& profileId, const QString&, const QString& taskName) {
                if (m_tasks->inScope(profileId)) {
                    m_statusMessage->setText(tr("Started “%1”.").arg(taskName));
                }
                m_watch->refresh(profileId);
            });
    connect(m_tasks, &TaskListController::statisticsLoaded, this,
            [this](const QUuid& profileId, const QString& taskId,
                   const SyncTaskStatistics& statistics, const StatisticsRange& range) {
                if (m_details && profileId == m_detailsProfileId && taskId == m_details->taskId()) {
                    m_details->statistics()->setStatistics(statistics, range);
                }
            });
    connect(m_tasks, &TaskListController::statisticsFailed, this,
            [this](const QUuid& profileId, const QString& taskId, const ApiError& error) {
                if (m_details && profileId == m_detailsProfileId && taskId == m_details->taskId()) {
                    m_details->statistics()->showMessage(
                        tr("The statistics could not be loaded.\n%1").arg(error.summary()));
                }
            });

    ProfileService* service = m_profiles->service();
    connect(service, &ProfileService::keychainModeChanged, this,
            [this, service](ProfileService::KeychainMode mode) {
                if (mode != ProfileService::KeychainMode::Unavailable) {
                    m_keychainBanner->dismiss();
                    return;
                }
                m_keychainBanner->showMessage(
                    ErrorBanner::Severity::Warning,
                    tr("No keychain answers: secrets are kept for this session only"),
                    service->keychainUnavailableReason());
                m_keychainBanner->setActionText(tr("Try Again"));
            });
    connect(m_keychainBanner, &ErrorBanner::actionTriggered, service,
            &ProfileService::retryKeychain);
    connect(m_profiles, &ProfileController::storageFailed, this, [this](const ApiError& error) {
        m_errorBanner->showError(tr("The settings could not be saved"), error);
        // Nothing to retry here: the next change of the settings tries again.
        disconnect(m_errorBanner, &ErrorBanner::actionTriggered, nullptr, nullptr);
        m_errorBanner->setActionText({});
    });

    // "5 min ago" must not stay five minutes forever. It ticks only while
    // the window is shown: watching from the tray wakes nothing for it.
    m_relativeClock->setObjectName(u"relativeTimeClock"_s);
    m_relativeClock->setInterval(30 * 1000);
    connect(m_relativeClock, &QTimer::timeout, this, &MainWindow::refreshRelativeTimes);

    restoreLayout();
    applySettings();
    const QStringList problems = m_profiles->settingsProblems();
    if (!problems.isEmpty()) {
        m_errorBanner->showMessage(ErrorBanner::Severity::Warning,
                                   tr("Some settings could not be used"), problems.join(u'\n'));
    }
    onProfilesChanged();
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow() = default;

CredentialsDialog* MainWindow::credentialsDialog() const
{
    return m_startFlow->dialog();
}

void MainWindow::createActions()
{
    auto make = [this](const QString& text, const QString& icon, const QString& name) {
        auto* action = new QAction(icon.isEmpty() ? QIcon() : Icons::action(icon), text, this);
        action->setObjectName(name);
        return action;
    };
    m_startAction = make(tr("&Start…"), u"start"_s, u"startAction"_s);
    m_startAction->setToolTip(tr("Start the selected paused tasks (asks for their keys)"));
    m_startAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(m_startAction, &QAction::triggered, this, &MainWindow::startSelected);

    m_stopAction = make(tr("S&top…"), u"stop"_s, u"stopAction"_s);
    m_stopAction->setToolTip(tr("Pause the selected running tasks"));
    m_stopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopSelected);

    m_newTaskAction = make(tr("&New Sync Task…"), u"add"_s, u"newTaskAction"_s);
    m_newTaskAction->setToolTip(tr("Create a sync task in this profile's region"));
    m_newTaskAction->setShortcut(QKeySequence::New);
    connect(m_newTaskAction, &QAction::triggered, this, &MainWindow::newTask);

    m_cloneAction = make(tr("New Task &Like This…"), u"duplicate"_s, u"cloneAction"_s);
    m_cloneAction->setToolTip(
        tr("Create a sync task with the settings of the selected one, to change what OMS "
           "cannot change in place"));
    connect(m_cloneAction, &QAction::triggered, this, &MainWindow::cloneSelected);

    m_deleteAction = make(tr("&Delete…"), u"delete"_s, u"deleteAction"_s);
    m_deleteAction->setToolTip(tr("Delete the selected paused tasks"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelected);

    m_syncObjectsAction = make(tr("Sync &Objects Now…"), u"refresh"_s, u"syncObjectsAction"_s);
    m_syncObjectsAction->setToolTip(
        tr("Ask OMS to copy chosen objects of the selected task without waiting"));
    connect(m_syncObjectsAction, &QAction::triggered, this, &MainWindow::syncObjectsOfSelected);

    m_refreshAction = make(tr("&Refresh"), u"refresh"_s, u"refreshAction"_s);
    QList<QKeySequence> refreshKeys = QKeySequence::keyBindings(QKeySequence::Refresh);
    if (!refreshKeys.contains(QKeySequence(Qt::Key_F5))) {
        refreshKeys.prepend(QKeySequence(Qt::Key_F5));
    }
    m_refreshAction->setShortcuts(refreshKeys);
    m_refreshAction->setToolTip(tr("Load the tasks again (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_forgetKeysAction = make(tr("Forget Remembered &Keys"), u"key"_s, u"forgetKeysAction"_s);
    m_forgetKeysAction->setToolTip(
        tr("Remove the keys remembered for the selected task from the keychain"));
    connect(m_forgetKeysAction, &QAction::triggered, this, &MainWindow::forgetSelectedKeys);

    m_copyIdAction = make(tr("&Copy Task Id"), u"copy"_s, u"copyIdAction"_s);
    m_copyIdAction->setShortcut(QKeySequence::Copy);
    m_copyIdAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyIdAction, &QAction::triggered, this, &MainWindow::copySelectedIds);

    m_copyRowsAction = make(tr("Copy &as Table"), u"copy"_s, u"copyRowsAction"_s);
    m_copyRowsAction->setToolTip(
        tr("Copy the selected tasks as rows that paste into a spreadsheet"));
    m_copyRowsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyRowsAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyRowsAction, &QAction::triggered, this, &MainWindow::copySelectedRows);

    m_exportTasksAction = make(tr("&Export Task List…"), u"export"_s, u"exportTasksAction"_s);
    m_exportTasksAction->setToolTip(tr("Save the tasks shown, as filtered, to a CSV file"));
    connect(m_exportTasksAction, &QAction::triggered, this, &MainWindow::exportTaskList);

    m_findAction = make(tr("&Filter Tasks"), u"filter"_s, u"findAction"_s);
    m_findAction->setShortcut(QKeySequence::Find);

    m_profilesAction = make(tr("&Profiles…"), u"profiles"_s, u"profilesAction"_s);
    m_profilesAction->setToolTip(tr("Add, edit and order the region profiles"));
    connect(m_profilesAction, &QAction::triggered, this, &MainWindow::showProfiles);

    m_addProfileAction = make(tr("&Add Profile…"), u"add"_s, u"addProfileAction"_s);
    connect(m_addProfileAction, &QAction::triggered, this, &MainWindow::addProfile);

    m_settingsAction = make(tr("&Settings…"), u"settings"_s, u"settingsAction"_s);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_aboutAction = make(tr("&About OMS Sync Desk"), u"about"_s, u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_quitAction = make(tr("&Quit"), {}, u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quitApplication);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_profilesAction);
    file->addAction(m_addProfileAction);
    file->addSeparator();
    file->addAction(m_exportTasksAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* task = menuBar()->addMenu(tr("&Task"));
    task->addAction(m_newTaskAction);
    task->addAction(m_cloneAction);
    task->addSeparator();
    task->addAction(m_startAction);
    task->addAction(m_stopAction);
    task->addAction(m_syncObjectsAction);
    task->addSeparator();
    task->addAction(m_deleteAction);
    task->addSeparator();
    task->addAction(m_refreshAction);
    task->addAction(m_findAction);
    task->addSeparator();
    task->addAction(m_copyIdAction);
    task->addAction(m_copyRowsAction);
    task->addAction(m_forgetKeysAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar* toolbar = addToolBar(tr("Tasks"));
    toolbar->setObjectName(u"mainToolBar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_newTaskAction);
    toolbar->addSeparator();
    toolbar->addAction(m_startAction);
    toolbar->addAction(m_stopAction);
    toolbar->addAction(m_refreshAction);
    toolbar->addSeparator();
    toolbar->addAction(m_profilesAction);
    // Qt's own button for the actions that do not fit in a narrow window
    // (or at a large scale) has an icon and no name.
    if (auto* more = toolbar->findChild<QToolButton*>(u"qt_toolbar_ext_button"_s)) {
        more->setAccessibleName(tr("More toolbar actions"));
        more->setToolTip(tr("More toolbar actions"));
    }
}

QWidget* MainWindow::createEmptyState()
{
    auto* page = new QWidget;
    page->setObjectName(u"emptyState"_s);

    auto* icon = new QLabel;
    icon->setPixmap(Icons::application().pixmap(QSize(96, 96), devicePixelRatioF()));
    icon->setAccessibleName(tr("OMS Sync Desk logo"));
    icon->setAlignment(Qt::AlignCenter);

    auto* heading = new QLabel(tr("Welcome to OMS Sync Desk"));
    heading->setAlignment(Qt::AlignCenter);
    heading->setWordWrap(true);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto* text = new QLabel(tr("Add a region profile to see its OMS sync tasks and start paused "
                               "ones again. Or try the demo first: a simulator on this computer "
                               "with sample tasks, where nothing reaches Huawei Cloud."));
    text->setObjectName(u"emptyStateText"_s);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);

    auto* add = new QPushButton(Icons::action(u"add"_s), tr("&Add a Profile…"));
    add->setObjectName(u"addProfileButton"_s);
    add->setDefault(true);
    connect(add, &QPushButton::clicked, this, &MainWindow::addProfile);
    auto* demo = new QPushButton(Icons::action(u"demo"_s), tr("Try the &Demo"));
    demo->setObjectName(u"tryDemoButton"_s);
    demo->setToolTip(tr("Opens a second window on a local simulator; your settings are not "
                        "touched."));
    connect(demo, &QPushButton::clicked, this, &MainWindow::tryDemo);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(add);
    buttons->addWidget(demo);
    buttons->addStretch(1);

    // A centred column of bounded width: wrapped text gets the column's full
    // width (and its height for that width), in any language.
    auto* column = new QWidget;
    column->setMaximumWidth(560);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(icon);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(heading);
    columnLayout->addWidget(text);
    columnLayout->addSpacing(12);
    columnLayout->addLayout(buttons);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
    return page;
}

QWidget* MainWindow::createContent()
{
    auto* page = new QWidget;
    page->setObjectName(u"content"_s);

    m_demoBanner = new ErrorBanner;
    m_demoBanner->setObjectName(u"demoBanner"_s);
    m_errorBanner = new ErrorBanner;
    m_errorBanner->setObjectName(u"errorBanner"_s);
    m_keychainBanner = new ErrorBanner;
    m_keychainBanner->setObjectName(u"keychainBanner"_s);
    m_overviewBanner = new ErrorBanner;
    m_overviewBanner->setObjectName(u"overviewBanner"_s);
    m_overviewBanner->setActionText(tr("Retry"));
    connect(m_overviewBanner, &ErrorBanner::actionTriggered, this, [this] {
        for (const QUuid& id : m_tasks->failingProfiles()) {
            m_watch->refresh(id);
        }
    });

    m_profileView = new QListView;
    m_profileView->setObjectName(u"profileList"_s);
    m_profileView->setAccessibleName(tr("Region profiles"));
    m_profileModel->setOverviewRow(true);
    m_profileView->setModel(m_profileModel);
    auto* profileDelegate = new TwoLineDelegate(m_profileView);
    profileDelegate->setElideToView(true);
    m_profileView->setItemDelegate(profileDelegate);
    m_profileView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_profileView->setTextElideMode(Qt::ElideRight);
    m_profileView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_profileView->setIconSize(QSize(16, 16));
    m_profileView->setMinimumWidth(180);
    m_profileView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_profileView->addAction(m_profilesAction);
    m_profileView->addAction(m_addProfileAction);
    connect(m_profileView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onProfileSelected);
    // A screen reader (or any assistive technology) selects a row through
    // the list's accessible interface, which moves the selection and not the
    // current row: the current row follows, so the choice takes effect.
    connect(m_profileView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList chosen = m_profileView->selectionModel()->selectedRows();
        if (chosen.size() == 1 && chosen.constFirst() != m_profileView->currentIndex()) {
            m_profileView->selectionModel()->setCurrentIndex(chosen.constFirst(),
                                                             QItemSelectionModel::NoUpdate);
        }
    });

    auto* profilesLabel = new QLabel(tr("&Profiles"));
    profilesLabel->setBuddy(m_profileView);
    QFont bold = profilesLabel->font();
    bold.setBold(true);
    profilesLabel->setFont(bold);
    auto* profilesPane = new QWidget;
    auto* profilesLayout = new QVBoxLayout(profilesPane);
    profilesLayout->setContentsMargins(0, 0, 0, 0);
    profilesLayout->addWidget(profilesLabel);
    profilesLayout->addWidget(m_profileView, 1);

    m_filter = new QLineEdit;
    m_filter->setObjectName(u"taskFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by name, id, bucket or region (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter tasks"));
    m_filter->addAction(Icons::action(u"filter"_s), QLineEdit::LeadingPosition);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        // The clear button's icon is looked up in the icon theme, which costs
        // milliseconds of start-up; it is needed once there is text.
        if (!text.isEmpty()) {
            m_filter->setClearButtonEnabled(true);
        }
        m_proxy->setFilterText(text);
        updateTableMessage();
    });
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_statusFilter->setAccessibleName(tr("Show tasks by status"));
    m_statusFilter->addItem(tr("All tasks"), int(TaskFilterProxyModel::StatusFilter::All));
    m_statusFilter->addItem(Icons::taskStatus(SyncTaskStatus::Synchronizing), tr("Synchronizing"),
                            int(TaskFilterProxyModel::StatusFilter::Synchronizing));
    m_statusFilter->addItem(Icons::taskStatus(SyncTaskStatus::Stopped), tr("Paused"),
                            int(TaskFilterProxyModel::StatusFilter::Paused));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusFilter(
            TaskFilterProxyModel::StatusFilter(m_statusFilter->currentData().toInt()));
        updateTableMessage();
    });
    // On Linux a screen reader names a combo box by its label, not by its
    // accessible name; the label is also the way to it by keyboard.
    auto* statusLabel = new QLabel(tr("Sho&w:"));
    statusLabel->setBuddy(m_statusFilter);
    auto* filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(statusLabel);
    filterRow->addWidget(m_statusFilter);

    m_taskView = new QTreeView;
    m_taskView->setObjectName(u"taskView"_s);
    m_taskView->setAccessibleName(tr("Sync tasks"));
    m_taskView->setModel(m_proxy);
    // A refresh that re-sorts the rows must not carry the row a keyboard
    // user is on out of sight.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        if (m_taskView->hasFocus() && m_taskView->currentIndex().isValid()) {
            m_taskView->scrollTo(m_taskView->currentIndex());
        }
    });
    m_taskView->setItemDelegate(new TwoLineDelegate(m_taskView));
    m_taskView->setRootIsDecorated(false);
    m_taskView->setUniformRowHeights(true);
    m_taskView->setAlternatingRowColors(true);
    m_taskView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_taskView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_taskView->setSortingEnabled(true);
    m_taskView->sortByColumn(TaskTableModel::TaskColumn, Qt::AscendingOrder);
    m_taskView->setIconSize(QSize(16, 16));
    m_taskView->setAllColumnsShowFocus(true);
    m_taskView->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView* header = m_taskView->header();
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    header->setFirstSectionMovable(false);
    const int widths[] = {125, 260, 190, 150, 95, 80, 70, 85, 150};
    static_assert(std::size(widths) == TaskTableModel::ColumnCount);
    for (int column = 0; column < TaskTableModel::ColumnCount; ++column) {
        header->resizeSection(column, widths[column]);
    }
    // The description takes what the figures leave, so every column fits.
    header->setSectionResizeMode(TaskTableModel::TaskColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(50);
    // The profile column stands next to the task in the overview, and is
    // hidden while one profile is shown.
    header->moveSection(header->visualIndex(TaskTableModel::ProfileColumn),
                        header->visualIndex(TaskTableModel::TaskColumn) + 1);
    m_taskView->setColumnHidden(TaskTableModel::ProfileColumn, true);
    connect(m_taskView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::onSelectionChanged);
    connect(m_taskView, &QTreeView::activated, this, [this] {
        // Enter or a double click starts a paused task: the one obvious thing to do.
        if (m_startAction->isEnabled()) {
            startSelected();
        }
    });
    connect(m_taskView, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        menu.addAction(m_startAction);
        menu.addAction(m_stopAction);
        menu.addAction(m_syncObjectsAction);
        menu.addSeparator();
        menu.addAction(m_cloneAction);
        menu.addAction(m_copyIdAction);
        menu.addAction(m_copyRowsAction);
        menu.addAction(m_forgetKeysAction);
        menu.addSeparator();
        menu.addAction(m_deleteAction);
        menu.addSeparator();
        menu.addAction(m_refreshAction);
        menu.exec(m_taskView->viewport()->mapToGlobal(pos));
    });
    m_taskView->addAction(m_copyIdAction);
    m_taskView->addAction(m_copyRowsAction);
    m_taskView->addAction(m_deleteAction);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateTableMessage);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateTableMessage);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateTableMessage);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    // Export Task List follows whether the filter leaves any row.
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &MainWindow::updateActions);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);

    m_tableMessage = new QLabel(m_taskView->viewport());
    m_tableMessage->setObjectName(u"tableMessage"_s);
    m_tableMessage->setAlignment(Qt::AlignCenter);
    m_tableMessage->setWordWrap(true);
    m_tableMessage->setEnabled(false);
    m_taskView->viewport()->installEventFilter(this);

    auto* tasksPane = new QWidget;
    auto* tasksLayout = new QVBoxLayout(tasksPane);
    tasksLayout->setContentsMargins(0, 0, 0, 0);
    tasksLayout->addLayout(filterRow);
    tasksLayout->addWidget(m_taskView, 1);

    // The details pane comes after the first paint (createDetails); its
    // place in the splitter is kept meanwhile.
    m_detailsSlot = new QWidget;
    m_detailsSlot->setObjectName(u"detailsSlot"_s);
    auto* detailsLayout = new QVBoxLayout(m_detailsSlot);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_detailsSlot->installEventFilter(this);

    m_taskSplitter = new QSplitter(Qt::Vertical);
    m_taskSplitter->setObjectName(u"taskSplitter"_s);
    m_taskSplitter->addWidget(tasksPane);
    m_taskSplitter->addWidget(m_detailsSlot);
    // OMS allows a tenant five sync tasks: the table needs little height,
    // the details and chart below can have the rest.
    m_taskSplitter->setStretchFactor(0, 0);
    m_taskSplitter->setStretchFactor(1, 1);
    m_taskSplitter->setSizes({240, 520});
    m_taskSplitter->setChildrenCollapsible(false);

    m_mainSplitter = new QSplitter(Qt::Horizontal);
    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_mainSplitter->addWidget(profilesPane);
    m_mainSplitter->addWidget(m_taskSplitter);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({240, 1100});
    m_mainSplitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_demoBanner);
    layout->addWidget(m_keychainBanner);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_overviewBanner);
    layout->addWidget(m_mainSplitter, 1);

    setTabOrder(m_profileView, m_filter);
    setTabOrder(m_filter, m_statusFilter);
    setTabOrder(m_statusFilter, m_taskView);
    return page;
}

void MainWindow::restoreLayout()
{
    if (const QByteArray geometry = m_settings->windowGeometry(); !geometry.isEmpty()) {
        restoreGeometry(geometry);
    } else {
        // Roomy, but never more than the screen it opens on (a laptop's
        // 1280 x 800 included).
        QSize size(1360, 860);
        if (const QScreen* screen = this->screen()) {
            size = size.boundedTo(screen->availableSize() * 0.9);
        }
        resize(size);
    }
    if (const QByteArray state = m_settings->windowState(); !state.isEmpty()) {
        restoreState(state);
    }
    if (const QByteArray header = m_settings->taskHeaderState(); !header.isEmpty()) {
        m_taskView->header()->restoreState(header);
        // Saved by a version without the profile column, the state hides
        // it nowhere: the scope decides.
        m_taskView->setColumnHidden(TaskTableModel::ProfileColumn, !m_tasks->isAllProfiles());
    }
    if (const QByteArray state = m_settings->splitterState(u"main"_s); !state.isEmpty()) {
        m_mainSplitter->restoreState(state);
    }
    if (const QByteArray state = m_settings->splitterState(u"tasks"_s); !state.isEmpty()) {
        m_taskSplitter->restoreState(state);
    }
    const int filter = m_statusFilter->findData(m_settings->statusFilter());
    m_statusFilter->setCurrentIndex(std::max(filter, 0));
}

void MainWindow::saveLayout()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setTaskHeaderState(m_taskView->header()->saveState());
    m_settings->setSplitterState(u"main"_s, m_mainSplitter->saveState());
    m_settings->setSplitterState(u"tasks"_s, m_taskSplitter->saveState());
    // Details never made keep the layout they had.
    if (m_details) {
        m_settings->setSplitterState(u"details"_s, m_details->splitter()->saveState());
    }
    m_settings->setStatusFilter(m_statusFilter->currentData().toInt());
    m_settings->sync();
}

void MainWindow::applySettings()
{
    m_watch->setInterval(m_intervalOverride > 0 ? m_intervalOverride
                                                : m_settings->autoRefreshSeconds());
    Q_EMIT settingsApplied();
}

void MainWindow::setRefreshIntervalOverride(int seconds)
{
    m_intervalOverride = std::max(seconds, 0);
    applySettings();
}

void MainWindow::setTrayAvailable(bool available)
{
    m_trayAvailable = available;
}

void MainWindow::setDemo(quint16 port)
{
    m_demo = true;
    m_demoPort = port;
    m_demoBanner->showMessage(
        ErrorBanner::Severity::Information, tr("Demo"),
        tr("These tasks come from a simulator on this computer (port %1): nothing reaches Huawei "
           "Cloud, and nothing is saved. The demo user signs in with the password "
           "demo-password; any keys you type start a paused task.")
            .arg(port));
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString profile = m_tasks->isAllProfiles() ? tr("All profiles") : m_tasks->profileName();
    QString title = profile.isEmpty() ? QString() : profile;
    if (m_demo) {
        title = title.isEmpty() ? tr("Demo") : tr("%1 (Demo)").arg(title);
    }
    setWindowTitle(title);
}

void MainWindow::onProfilesChanged()
{
    const bool any = !m_profiles->profiles().isEmpty();
    if (!any && !m_emptyState) {
        m_emptyState = createEmptyState();
        m_pages->addWidget(m_emptyState);
    }
    m_pages->setCurrentWidget(any ? m_content : m_emptyState);
    QList<QUuid> ids;
    for (const Profile& profile : m_profiles->profiles()) {
        ids.append(profile.id);
    }
    m_taskModel->keepProfiles(ids);
    updateProfileLabels();
    if (!any) {
        m_tasks->setProfile({});
        updateActions();
        updateTitle();
        return;
    }
    // The model was reset: select what was shown before, else what was
    // selected last time, else the first.
    const QModelIndex overview = m_profileModel->overviewIndex();
    const bool overviewWanted =
        m_tasks->hasScope() ? m_tasks->isAllProfiles() : m_settings->overviewSelected();
    if (overviewWanted && overview.isValid()) {
        m_profileView->selectionModel()->setCurrentIndex(overview,
                                                         QItemSelectionModel::ClearAndSelect);
        updateTitle();
        return;
    }
    QUuid wanted = m_tasks->profileId();
    if (!m_profiles->profile(wanted)) {
        wanted = m_profiles->lastSelected();
    }
    const QModelIndex index = m_profileModel->indexOf(wanted);
    if (index.isValid()) {
        m_profileView->selectionModel()->setCurrentIndex(index,
                                                         QItemSelectionModel::ClearAndSelect);
    } else {
        const QModelIndex first = m_profileModel->indexOf(m_profiles->profiles().constFirst().id);
        m_profileView->selectionModel()->setCurrentIndex(first,
                                                         QItemSelectionModel::ClearAndSelect);
    }
    // The overview row came or went: the list was reset under the same
    // selection, which the view then forgets to report.
    onProfileSelected();
    updateTitle();
}

void MainWindow::selectOverview()
{
    const QModelIndex index = m_profileModel->overviewIndex();
    if (index.isValid()) {
        m_profileView->selectionModel()->setCurrentIndex(index,
                                                         QItemSelectionModel::ClearAndSelect);
    }
}

void MainWindow::updateProfileLabels()
{
    QHash<QUuid, TaskTableModel::ProfileLabel> labels;
    for (const Profile& profile : m_profiles->profiles()) {
        labels.insert(profile.id, {profile.name, DisplayText::region(profile.regionId)});
    }
    m_taskModel->setProfileLabels(labels);
}

void MainWindow::updateOverviewBanner()
{
    const QList<QUuid> failing =
        m_tasks->isAllProfiles() ? m_tasks->failingProfiles() : QList<QUuid>();
    if (failing.isEmpty()) {
        m_overviewBanner->dismiss();
        return;
    }
    // One notice for all of them, each profile on a line of its own: the
    // tasks of the others stay in view.
    QStringList lines;
    for (const QUuid& id : failing) {
        const auto profile = m_profiles->profile(id);
        const auto* state = m_watch->state(id);
        if (profile && state) {
            lines.append(
                tr("%1: %2", "profile: error")
                    .arg(DisplayText::profileWithRegion(*profile), state->error.summary()));
        }
    }
    m_overviewBanner->showMessage(
        ErrorBanner::Severity::Error,
        tr("The tasks of %n profile(s) could not be loaded", nullptr, int(lines.size())),
        lines.join(u'\n'));
    m_overviewBanner->setActionText(tr("Retry"));
}

void MainWindow::selectProfile(const QUuid& id)
{
    const QModelIndex index = m_profileModel->indexOf(id);
    if (index.isValid()) {
        m_profileView->selectionModel()->setCurrentIndex(index,
                                                         QItemSelectionModel::ClearAndSelect);
    }
}

void MainWindow::onProfileSelected()
{
    const QModelIndex current = m_profileView->currentIndex();
    const bool overview = m_profileModel->isOverview(current);
    const QUuid id = m_profileModel->profileId(current);
    if (overview ? m_tasks->isAllProfiles()
                 : (!m_tasks->isAllProfiles() && id == m_tasks->profileId())) {
        return;
    }
    m_errorBanner->dismiss();
    m_detailsTaskId.clear();
    m_detailsProfileId = {};
    if (m_details) {
        m_details->setTask(std::nullopt);
    }
    m_taskView->setColumnHidden(TaskTableModel::ProfileColumn, !overview);
    if (overview) {
        m_tasks->setAllProfiles();
        m_settings->setOverviewSelected(true);
        updateOverviewBanner();
    } else {
        m_tasks->setProfile(id);
        if (!id.isNull()) {
            m_settings->setOverviewSelected(false);
            m_profiles->setLastSelected(id);
        }
    }
    updateTitle();
    updateActions();
    updateTableMessage();
}

void MainWindow::refresh()
{
    m_tasks->refresh();
}

void MainWindow::onProfileTasksLoaded(const QUuid& profileId, const QList<SyncTask>& tasks)
{
    m_taskModel->setTasks(tasks, profileId);
    // A first look at a profile shows one task's details rather than an
    // empty pane.
    if (!m_taskView->selectionModel()->hasSelection() && m_proxy->rowCount() > 0) {
        m_taskView->selectionModel()->setCurrentIndex(
            m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateTableMessage();
    // The details pane shows one profile's task: another profile's refresh
    // leaves it as it is.
    if (m_detailsTaskId.isEmpty() || profileId == m_detailsProfileId) {
        showSelectedDetails(false);
    }
    updateActions();
}

void MainWindow::onError(const QString& what, const ApiError& error)
{
    m_errorBanner->showError(what, error);
    m_bannerShowsRefreshError = false;
    disconnect(m_errorBanner, &ErrorBanner::actionTriggered, nullptr, nullptr);
    if (error.kind() == ApiError::Kind::Authentication) {
        // Retrying the same secret does not help; correcting it does.
        m_errorBanner->setActionText(tr("Edit Profile…"));
        connect(m_errorBanner, &ErrorBanner::actionTriggered, this, &MainWindow::editProfile);
    } else {
        m_errorBanner->setActionText(tr("Retry"));
        connect(m_errorBanner, &ErrorBanner::actionTriggered, this, [this] {
            m_errorBanner->dismiss();
            refresh();
        });
    }
    updateTableMessage();
}

void MainWindow::editProfile()
{
    QUuid id = m_tasks->profileId();
    if (id.isNull() && !m_tasks->failingProfiles().isEmpty()) {
        id = m_tasks->failingProfiles().constFirst();
    }
    const auto profile = m_profiles->profile(id);
    if (!profile) {
        return;
    }
    auto* editor = new ProfileEditDialog(m_profiles, *profile, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this] {
        m_errorBanner->dismiss();
        refresh();
    });
    editor->open();
}

void MainWindow::onBusyChanged(bool busy)
{
    m_progress->setVisible(busy);
    m_refreshAction->setEnabled(m_tasks->hasScope());
    if (busy && !m_tasks->hasLoaded()) {
        m_loadingMessage = m_tasks->isAllProfiles()
            ? tr("Loading the tasks of every profile…")
            : tr("Loading the tasks of “%1”…").arg(m_tasks->profileName());
        m_statusMessage->setText(m_loadingMessage);
    } else if (!busy && m_statusMessage->text() == m_loadingMessage) {
        // Only our own note goes; a newer message ("Started …") stays.
        m_statusMessage->clear();
    }
    updateTableMessage();
}

void MainWindow::updateLastRefreshed()
{
    // Tasks kept from the last run say how old they are until a refresh
    // brings the live list.
    if (const QDateTime asOf = m_tasks->cachedAsOf(); asOf.isValid()) {
        m_lastRefreshed->setText(
            tr("As of %1").arg(QLocale().toString(asOf.toLocalTime(), QLocale::ShortFormat)));
        m_lastRefreshed->setToolTip(
            tr("The tasks as they were at %1, kept from the last time; refreshing.")
                .arg(DisplayText::exactTime(asOf)));
        return;
    }
    const QDateTime when = m_tasks->lastRefreshed();
    if (!when.isValid()) {
        m_lastRefreshed->clear();
        return;
    }
    m_lastRefreshed->setText(
        tr("Updated %1").arg(QLocale().toString(when.toLocalTime().time(), QLocale::ShortFormat)));
    m_lastRefreshed->setToolTip(DisplayText::exactTime(when));
}

void MainWindow::updateTableMessage()
{
    QString message;
    if (!m_tasks->hasScope()) {
        message = tr("Select a profile.");
    } else if (!m_tasks->hasLoaded() && m_taskModel->rowCount() == 0) {
        message = m_tasks->isBusy()      ? tr("Loading the tasks…")
            : m_errorBanner->isVisible() ? tr("The tasks could not be loaded.")
                                         : QString();
    } else if (m_taskModel->rowCount() == 0) {
        message = m_tasks->isAllProfiles()
            ? (m_tasks->failingProfiles().isEmpty() ? tr("No profile has sync tasks.")
                                                    : tr("The tasks could not be loaded."))
            : tr("This project has no sync tasks in this region.");
    } else if (m_proxy->rowCount() == 0) {
        message = tr("No task matches the filter.");
    }
    m_tableMessage->setText(message);
    m_tableMessage->setVisible(!message.isEmpty());
    m_tableMessage->setGeometry(m_taskView->viewport()->rect().adjusted(12, 12, -12, -12));
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_taskView->viewport() && event->type() == QEvent::Resize) {
        m_tableMessage->setGeometry(m_taskView->viewport()->rect().adjusted(12, 12, -12, -12));
    }
    if (watched == m_detailsSlot && event->type() == QEvent::Paint && !m_details) {
        // Queued: the rest of this frame is painted and flushed first.
        QTimer::singleShot(0, this, &MainWindow::createDetails);
    }
    return QMainWindow::eventFilter(watched, event);
}

TaskDetailsWidget* MainWindow::details()
{
    createDetails();
    return m_details;
}

void MainWindow::createDetails()
{
    if (m_details) {
        return;
    }
    m_detailsSlot->removeEventFilter(this);
    m_details = new TaskDetailsWidget;
    StatisticsPanel* statistics = m_details->statistics();
    connect(statistics, &StatisticsPanel::rangeChanged, this, [this, statistics] {
        const StatisticsRange::Preset preset = statistics->preset();
        if (preset != StatisticsRange::Preset::Custom) {
            m_settings->setStatisticsRange(StatisticsRange::presetName(preset));
        }
        if (!m_detailsTaskId.isEmpty()) {
            statistics->showMessage(tr("Loading the statistics…"));
            loadDetailsStatistics();
        }
    });
    connect(statistics, &StatisticsPanel::exported, this, [this](const QString& path) {
        m_statusMessage->setText(
            tr("Exported the statistics to %1.").arg(QDir::toNativeSeparators(path)));
    });

    if (const QByteArray state = m_settings->splitterState(u"details"_s); !state.isEmpty()) {
        m_details->splitter()->restoreState(state);
    }
    if (const auto preset = StatisticsRange::presetFromName(m_settings->statisticsRange())) {
        const QSignalBlocker quiet(statistics);
        statistics->setPreset(*preset);
    }
    m_detailsSlot->layout()->addWidget(m_details);
    showSelectedDetails(true);
}

QList<ProfileTask> MainWindow::selectedTasks() const
{
    QList<ProfileTask> tasks;
    const QModelIndexList rows = m_taskView->selectionModel()->selectedRows();
    for (const QModelIndex& row : rows) {
        const QModelIndex source = m_proxy->mapToSource(row);
        if (source.isValid()) {
            tasks.append(m_taskModel->rows().at(source.row()));
        }
    }
    return tasks;
}

void MainWindow::selectTask(const QString& taskId, const QUuid& profileId)
{
    const int row = m_taskModel->rowOf(taskId, profileId);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_taskModel->index(row, 0));
    m_taskView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_taskView->scrollTo(index);
}

void MainWindow::onSelectionChanged()
{
    showSelectedDetails(true);
    updateActions();
}

void MainWindow::showSelectedDetails(bool reloadStatistics)
{
    if (!m_details) {
        return; // createDetails() shows the selection
    }
    const QList<ProfileTask> selected = selectedTasks();
    if (selected.size() > 1) {
        m_detailsTaskId.clear();
        m_detailsProfileId = {};
        m_details->showSelectionCount(int(selected.size()));
        return;
    }
    if (selected.isEmpty()) {
        m_detailsTaskId.clear();
        m_detailsProfileId = {};
        m_details->setTask(std::nullopt);
        return;
    }
    const ProfileTask& row = selected.constFirst();
    const bool changed = row.task.id != m_detailsTaskId || row.profileId != m_detailsProfileId;
    m_detailsTaskId = row.task.id;
    m_detailsProfileId = row.profileId;
    m_details->setTask(row.task);
    // The figures of the task looked at come with every refresh.
    m_watch->setFocusedTask(row.profileId, row.task.id);
    if (changed && reloadStatistics) {
        loadDetailsStatistics();
    }
}

void MainWindow::loadDetailsStatistics()
{
    if (!m_details) {
        return;
    }
    m_statisticsAge.start();
    m_tasks->loadStatistics(m_detailsProfileId, m_detailsTaskId, m_details->statistics()->range());
}

void MainWindow::updateActions()
{
    const QList<ProfileTask> selected = selectedTasks();
    int startable = 0;
    int stoppable = 0;
    int deletable = 0;
    for (const ProfileTask& row : selected) {
        deletable += row.task.status == SyncTaskStatus::Stopped;
        if (row.task.canStart() && !m_startFlow->isStarting(row.profileId, row.task.id)) {
            ++startable;
        }
        if (row.task.canStop()) {
            ++stoppable;
        }
    }
    const bool profile = m_tasks->hasScope();
    m_startAction->setEnabled(profile && startable > 0 && !m_startFlow->dialog());
    m_stopAction->setEnabled(profile && stoppable > 0);
    m_startAction->setText(startable > 1 ? tr("&Start %n Tasks…", nullptr, startable)
                                         : tr("&Start…"));
    m_stopAction->setText(stoppable > 1 ? tr("S&top %n Tasks…", nullptr, stoppable) : tr("S&top…"));
    m_deleteAction->setEnabled(profile && deletable > 0);
    m_deleteAction->setText(deletable > 1 ? tr("&Delete %n Tasks…", nullptr, deletable)
                                          : tr("&Delete…"));
    m_syncObjectsAction->setEnabled(profile && selected.size() == 1);
    m_newTaskAction->setEnabled(!newTaskProfile().isNull());
    m_cloneAction->setEnabled(profile && selected.size() == 1);
    m_refreshAction->setEnabled(profile);
    m_copyIdAction->setEnabled(!selected.isEmpty());
    m_copyRowsAction->setEnabled(!selected.isEmpty());
    m_exportTasksAction->setEnabled(m_proxy->rowCount() > 0);
    m_forgetKeysAction->setEnabled(selected.size() == 1
                                   && m_tasks->hasRememberedKeys(selected.constFirst().profileId,
                                                                 selected.constFirst().task.id));
    m_findAction->setEnabled(profile);
    Q_EMIT actionsUpdated();
}

void MainWindow::startSelected()
{
    m_startFlow->start(selectedTasks());
}

void MainWindow::stopSelected()
{
    QList<ProfileTask> running;
    for (const ProfileTask& row : selectedTasks()) {
        if (row.task.canStop()) {
            running.append(row);
        }
    }
    if (running.isEmpty()) {
        return;
    }
    const int count = int(running.size());
    const SyncTask& first = running.constFirst().task;
    MessageBox::Question question;
    question.title = tr("Stop Sync Tasks");
    question.text = count == 1 ? tr("Pause “%1”?").arg(first.displayName())
                               : tr("Pause %n sync tasks?", nullptr, count);
    question.informativeText =
        tr("OMS discards the source and destination access keys of a paused task. To start it "
           "again you will need all four keys once more, unless you let the keychain remember "
           "them.");
    question.buttons = MessageBox::Stop | MessageBox::Cancel;
    question.defaultButton = MessageBox::Cancel;
    question.actionText = count == 1 ? tr("Stop Task") : tr("Stop %n Tasks", nullptr, count);
    if (MessageBox::question(this, question) != MessageBox::Stop) {
        return;
    }
    m_tasks->stopTasks(running);
}

void MainWindow::deleteSelected()
{
    QList<ProfileTask> paused;
    int running = 0;
    for (const ProfileTask& row : selectedTasks()) {
        if (row.task.status == SyncTaskStatus::Stopped) {
            paused.append(row);
        } else {
            ++running;
        }
    }
    if (paused.isEmpty()) {
        return;
    }
    const int count = int(paused.size());
    QStringList lines;
    for (const ProfileTask& row : std::as_const(paused)) {
        const SyncTask& task = row.task;
        lines.append(tr("• %1: %2 bucket %3 (%4) to OBS bucket %5 (%6)")
                         .arg(task.displayName(), DisplayText::cloud(task.srcCloudType),
                              task.srcBucket, task.srcRegion, task.dstBucket,
                              DisplayText::region(task.dstRegion)));
    }
    MessageBox::Question question;
    question.title = tr("Delete Sync Tasks");
    question.text = count == 1 ? tr("Delete “%1”?").arg(paused.constFirst().task.displayName())
                               : tr("Delete %n sync tasks?", nullptr, count);
    QString details = lines.join(u'\n') + u"\n\n"_s
        + tr("A deleted task cannot be restored; its objects in the buckets stay. Keys "
             "remembered for it are forgotten.");
    if (running > 0) {
        details += u' '
            + tr("%n running task(s) in the selection will not be deleted: stop them first.",
                 nullptr, running);
    }
    question.informativeText = details;
    question.buttons = MessageBox::Delete | MessageBox::Cancel;
    question.defaultButton = MessageBox::Cancel;
    question.actionText = count == 1 ? tr("Delete Task") : tr("Delete %n Tasks", nullptr, count);
    if (MessageBox::question(this, question) != MessageBox::Delete) {
        return;
    }
    m_tasks->deleteTasks(paused);
}

void MainWindow::syncObjectsOfSelected()
{
    const QList<ProfileTask> selected = selectedTasks();
    if (selected.size() != 1) {
        return;
    }
    auto* dialog = new SyncObjectsDialog(m_profiles, selected.constFirst().profileId,
                                         selected.constFirst().task, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SyncObjectsDialog::sent, this, [this](int calls, int failed) {
        m_statusMessage->setText(failed == 0 ? tr("Sync requested in %n call(s).", nullptr, calls)
                                             : tr("%1 of %2 calls failed.").arg(failed).arg(calls));
    });
    dialog->open();
}

QUuid MainWindow::newTaskProfile() const
{
    if (!m_tasks->profileId().isNull()) {
        return m_tasks->profileId();
    }
    const QList<ProfileTask> selected = selectedTasks();
    return selected.isEmpty() ? QUuid() : selected.constFirst().profileId;
}

NewTaskWizard* MainWindow::newTask()
{
    const QUuid profileId = newTaskProfile();
    return profileId.isNull() ? nullptr : openWizard(profileId, std::nullopt);
}

NewTaskWizard* MainWindow::cloneSelected()
{
    const QList<ProfileTask> selected = selectedTasks();
    if (selected.size() != 1) {
        return nullptr;
    }
    return openWizard(selected.constFirst().profileId, selected.constFirst().task);
}

NewTaskWizard* MainWindow::openWizard(const QUuid& profileId,
                                      const std::optional<SyncTask>& original)
{
    QList<SyncTask> tasks;
    for (const ProfileTask& row : m_tasks->tasks()) {
        if (row.profileId == profileId) {
            tasks.append(row.task);
        }
    }
    auto* wizard = new NewTaskWizard(m_profiles, profileId, tasks, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (original) {
        wizard->cloneFrom(*original);
    }
    connect(wizard, &NewTaskWizard::taskCreated, this,
            [this](const QUuid& id, const QString& taskId, const QString& name) {
                m_statusMessage->setText(tr("Created “%1”; OMS starts it now.").arg(name));
                m_watch->refresh(id);
                if (!m_tasks->inScope(id)) {
                    return;
                }
                // Selected once the refresh brings it into the list.
                auto once = std::make_shared<QMetaObject::Connection>();
                *once = connect(m_tasks, &TaskListController::profileTasksLoaded, this,
                                [this, once, id, taskId](const QUuid& loaded) {
                                    if (loaded == id) {
                                        disconnect(*once);
                                        selectTask(taskId, id);
                                        // Where the keyboard goes on from.
                                        if (!QApplication::activeModalWidget()) {
                                            m_taskView->setFocus(Qt::OtherFocusReason);
                                        }
                                    }
                                });
            });
    connect(wizard, &NewTaskWizard::originalDeleted, this,
            [this](const QUuid& id, const QString&) { m_watch->refresh(id); });
    wizard->open();
    return wizard;
}

void MainWindow::forgetSelectedKeys()
{
    const QList<ProfileTask> selected = selectedTasks();
    if (selected.size() != 1) {
        return;
    }
    m_tasks->forgetStartKeys(selected.constFirst().profileId, selected.constFirst().task.id);
    QTimer::singleShot(0, this, &MainWindow::updateActions);
}

void MainWindow::copySelectedIds()
{
    QStringList ids;
    for (const ProfileTask& row : selectedTasks()) {
        ids.append(row.task.id);
    }
    if (!ids.isEmpty()) {
        QApplication::clipboard()->setText(ids.join(u'\n'));
        m_statusMessage->setText(tr("Copied %n task id(s).", nullptr, int(ids.size())));
    }
}

QList<ProfileTask> MainWindow::tasksInViewOrder(bool selectedOnly) const
{
    QList<ProfileTask> tasks;
    const QItemSelectionModel* selection = m_taskView->selectionModel();
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (selectedOnly && !selection->isRowSelected(row)) {
            continue;
        }
        tasks.append(m_taskModel->rows().at(m_proxy->mapToSource(index).row()));
    }
    return tasks;
}

QList<QStringList> MainWindow::exportRows(const QList<ProfileTask>& tasks) const
{
    // The overview says which profile each task was read through.
    const bool overview = m_tasks->isAllProfiles();
    QList<QStringList> rows;
    rows.append(TaskExport::header());
    if (overview) {
        rows.first().prepend(u"profile"_s);
    }
    for (const ProfileTask& row : tasks) {
        QStringList fields = TaskExport::fields(row.task);
        if (overview) {
            const auto profile = m_profiles->profile(row.profileId);
            fields.prepend(profile ? profile->name : QString());
        }
        rows.append(fields);
    }
    return rows;
}

void MainWindow::copySelectedRows()
{
    const QList<ProfileTask> tasks = tasksInViewOrder(true);
    if (tasks.isEmpty()) {
        return;
    }
    QString text;
    for (const QStringList& row : exportRows(tasks)) {
        text += Csv::tabRow(row);
    }
    QApplication::clipboard()->setText(text);
    m_statusMessage->setText(tr("Copied %n task(s) as a table.", nullptr, int(tasks.size())));
}

void MainWindow::exportTaskList()
{
    const QList<ProfileTask> tasks = tasksInViewOrder(false);
    if (tasks.isEmpty()) {
        return;
    }
    const QString path =
        FileDialog::saveFileName(this,
                                 {tr("Export Task List"),
                                  QDir::home().filePath(u"oms-sync-tasks-%1.csv"_s.arg(
                                      QDate::currentDate().toString(u"yyyyMMdd"_s))),
                                  tr("CSV files (*.csv)")});
    if (path.isEmpty()) {
        return;
    }
    const QString target = QFileInfo(path).suffix().isEmpty() ? path + u".csv"_s : path;
    QByteArray bytes(Csv::utf8Bom);
    for (const QStringList& row : exportRows(tasks)) {
        bytes += Csv::row(row).toUtf8();
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        MessageBox::Question question;
        question.title = tr("Export Task List");
        question.text =
            tr("The task list could not be saved to %1.").arg(QDir::toNativeSeparators(target));
        question.informativeText = file.errorString();
        MessageBox::critical(this, question);
        return;
    }
    m_statusMessage->setText(tr("Exported %n task(s) to %1.", nullptr, int(tasks.size()))
                                 .arg(QDir::toNativeSeparators(target)));
}

void MainWindow::showProfiles()
{
    auto* dialog = new ProfilesDialog(m_profiles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCurrentProfile(m_tasks->profileId());
    connect(dialog, &ProfilesDialog::profileSaved, this, [this](const QUuid& id) {
        if (!m_tasks->hasScope() || id == m_tasks->profileId()) {
            selectProfile(id);
        }
        m_watch->refresh(id);
    });
    dialog->open();
}

void MainWindow::addProfile()
{
    Profile fresh;
    fresh.regionId = u"cn-north-4"_s;
    auto* editor = new ProfileEditDialog(m_profiles, fresh, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this,
            [this, editor] { selectProfile(editor->savedProfileId()); });
    editor->open();
}

void MainWindow::tryDemo()
{
    // A window of its own: the demo's settings and secrets stay apart from
    // the user's, and closing it leaves this one as it was.
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), {u"--demo"_s})) {
        m_errorBanner->showMessage(ErrorBanner::Severity::Error,
                                   tr("The demo could not be started."));
        m_pages->setCurrentWidget(m_content);
    }
}

void MainWindow::showSettings()
{
    SettingsDialog::Environment environment;
    environment.trayAvailable = m_trayAvailable;
    environment.demo = m_demo;
    auto* dialog = new SettingsDialog(m_settings, environment, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::applySettings);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::refreshRelativeTimes()
{
    m_taskModel->refreshTimes();
    updateLastRefreshed();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_timesAged) {
        // Back from the tray or from being minimized. (Not at the first
        // show: nothing has aged before the first paint.)
        m_timesAged = false;
        refreshRelativeTimes();
    }
    m_relativeClock->start();
}

void MainWindow::hideEvent(QHideEvent* event)
{
    QMainWindow::hideEvent(event);
    m_relativeClock->stop();
    m_timesAged = true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    if (m_trayAvailable && !m_quitting && m_settings->closeToTray()) {
        // The watch goes on in the tray; Quit (there or in the File menu)
        // ends it.
        event->ignore();
        hide();
        const bool first = !m_settings->trayHintShown();
        if (first) {
            m_settings->setTrayHintShown(true);
            m_settings->sync();
        }
        Q_EMIT hiddenToTray(first);
        return;
    }
    QMainWindow::closeEvent(event);
    // With a tray the application outlives its last window: closing it,
    // with "keep watching in the tray" off, or Quit means all of it.
    if (m_trayAvailable && event->isAccepted()) {
        QCoreApplication::quit();
    }
}

void MainWindow::quitApplication()
{
    m_quitting = true;
    close();
}

void MainWindow::bringToFront()
{
    if (isMinimized()) {
        setWindowState(windowState() & ~Qt::WindowMinimized);
    }
    show();
    raise();
    activateWindow();
}

} // namespace OmsSync::Gui
