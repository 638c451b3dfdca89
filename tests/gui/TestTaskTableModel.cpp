// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiTest.h"
#include "TaskTableModel.h"
#include "TwoLineDelegate.h"

#include <QIcon>
#include <QLocale>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace OmsSync;
using namespace OmsSync::Gui;
using Test::makeTask;

class TestTaskTableModel : public QObject
{
    Q_OBJECT

private:
    // Rows inserted or removed, over every signal the spy caught: the model
    // may move neighbouring rows in one go.
    static int rows(const QSignalSpy& spy)
    {
        int count = 0;
        for (const QList<QVariant>& arguments : spy) {
            count += arguments.at(2).toInt() - arguments.at(1).toInt() + 1;
        }
        return count;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void passesTheModelTester()
    {
        TaskTableModel model;
        const auto tester = Test::modelTester(&model);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changedRows(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setTasks({makeTask(u"a"_s, SyncTaskStatus::Stopped, u"Alpha"_s),
                        makeTask(u"b"_s, SyncTaskStatus::Synchronizing, u"Beta"_s),
                        makeTask(u"c"_s, SyncTaskStatus::Stopped, u"Gamma"_s)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(rows(inserted), 3);
        SyncTask changed = makeTask(u"b"_s, SyncTaskStatus::Stopped, u"Beta"_s);
        changed.monthly = MonthlyStatistics {10, 8, 1, 1, 4096};
        model.updateTask(changed);
        QCOMPARE(changedRows.size(), 1);
        // A row in the middle goes, one is changed, two come: removals,
        // a change and inserts in one merge.
        model.setTasks({makeTask(u"a"_s, SyncTaskStatus::Synchronizing, u"Alpha"_s), changed,
                        makeTask(u"d"_s, SyncTaskStatus::Synchronizing),
                        makeTask(u"e"_s, SyncTaskStatus::Stopped)});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(rows(removed), 1);
        QCOMPARE(rows(inserted), 5);
        QCOMPARE(changedRows.size(), 2);
        // The times of every row, one column.
        model.setReferenceTime(QDateTime::fromMSecsSinceEpoch(1800000000000, Qt::UTC));
        QCOMPARE(changedRows.size(), 3);
        // All rows go at once, and come back.
        model.setTasks({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(rows(removed), 5);
        model.setTasks({changed});
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.size(), 1);
        model.clear(); // empty already: no reset
        QCOMPARE(reset.size(), 1);
    }

    void showsEveryColumn()
    {
        TaskTableModel model;
        const auto tester = Test::modelTester(&model);
        model.setReferenceTime(
            QDateTime::fromMSecsSinceEpoch(1700000000000 + 3 * 3600 * 1000, Qt::UTC));
        SyncTask task = makeTask(u"3c9e1b7a"_s, SyncTaskStatus::Stopped, u"照片同步"_s);
        task.lastStartTime = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
        task.monthly = MonthlyStatistics {120, 100, 7, 13, 5 * 1024 * 1024};
        model.setTasks({task});

        auto text = [&model](int column, int role = Qt::DisplayRole) {
            return model.index(0, column).data(role).toString();
        };
        QCOMPARE(text(TaskTableModel::StatusColumn), u"Paused"_s);
        QVERIFY(!model.index(0, TaskTableModel::StatusColumn)
                     .data(Qt::DecorationRole)
                     .value<QIcon>()
                     .isNull());
        QCOMPARE(text(TaskTableModel::TaskColumn), u"照片同步"_s);
        QCOMPARE(text(TaskTableModel::TaskColumn, TwoLineDelegate::SecondaryTextRole),
                 u"3c9e1b7a"_s);
        QCOMPARE(text(TaskTableModel::SourceColumn), u"Alibaba Cloud · cn-hangzhou"_s);
        QCOMPARE(text(TaskTableModel::SourceColumn, TwoLineDelegate::SecondaryTextRole),
                 u"src-3c9e1b7a"_s);
        QCOMPARE(text(TaskTableModel::DestinationColumn), u"CN North-Beijing4"_s);
        QCOMPARE(text(TaskTableModel::DestinationColumn, TwoLineDelegate::SecondaryTextRole),
                 u"dst-3c9e1b7a"_s);
        QCOMPARE(text(TaskTableModel::LastStartedColumn), u"3 h ago"_s);
        // The exact time is in the tooltip.
        QVERIFY2(text(TaskTableModel::LastStartedColumn, Qt::ToolTipRole).contains(u"2023"_s),
                 qPrintable(text(TaskTableModel::LastStartedColumn, Qt::ToolTipRole)));
        QCOMPARE(text(TaskTableModel::SyncedColumn), u"100"_s);
        QCOMPARE(text(TaskTableModel::FailedColumn), u"7"_s);
        QCOMPARE(text(TaskTableModel::SizeColumn), QLocale().formattedDataSize(5 * 1024 * 1024));
        QCOMPARE(model.index(0, 0).data(TaskTableModel::TaskIdRole).toString(), u"3c9e1b7a"_s);
        QCOMPARE(model.index(0, 0).data(TaskTableModel::StatusRole).toInt(),
                 int(SyncTaskStatus::Stopped));
    }

    void showsTasksWithoutFiguresOrHistory()
    {
        TaskTableModel model;
        const auto tester = Test::modelTester(&model);
        SyncTask task = makeTask(u"x"_s, SyncTaskStatus::Synchronizing);
        model.setTasks({task});
        // No description: the id is the name and is not repeated below it.
        QCOMPARE(model.index(0, TaskTableModel::TaskColumn).data().toString(), u"x"_s);
        QVERIFY(!model.index(0, TaskTableModel::TaskColumn)
                     .data(TwoLineDelegate::SecondaryTextRole)
                     .isValid());
        QCOMPARE(model.index(0, TaskTableModel::LastStartedColumn).data().toString(), u"Never"_s);
        QVERIFY(model.index(0, TaskTableModel::LastStartedColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"Never restarted; created"_s));
        QCOMPARE(model.index(0, TaskTableModel::SyncedColumn).data().toString(), QString());
        QCOMPARE(model.index(0, TaskTableModel::StatusColumn).data().toString(),
                 u"Synchronizing"_s);
    }

    void showsAnUnknownStatusVerbatim()
    {
        TaskTableModel model;
        const auto tester = Test::modelTester(&model);
        SyncTask task = makeTask(u"future"_s, SyncTaskStatus::Unknown);
        task.statusText = u"PAUSING"_s;
        model.setTasks({task});
        QCOMPARE(model.index(0, TaskTableModel::StatusColumn).data().toString(), u"PAUSING"_s);
    }

    void mergesRowsInsteadOfResetting()
    {
        TaskTableModel model;
        const auto tester = Test::modelTester(&model);
        model.setTasks({makeTask(u"a"_s, SyncTaskStatus::Stopped),
                        makeTask(u"b"_s, SyncTaskStatus::Stopped),
                        makeTask(u"c"_s, SyncTaskStatus::Stopped)});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        const QPersistentModelIndex c = model.index(2, 0);
        model.setTasks({makeTask(u"a"_s, SyncTaskStatus::Stopped),
                        makeTask(u"c"_s, SyncTaskStatus::Synchronizing),
                        makeTask(u"d"_s, SyncTaskStatus::Stopped)});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1); // b
        QCOMPARE(inserted.size(), 1); // d
        QCOMPARE(changed.size(), 1); // c, a is unchanged
        // The row of c moved up but is the same row: a selection on it stays.
        QVERIFY(c.isValid());
        QCOMPARE(c.row(), 1);
        QCOMPARE(c.data(TaskTableModel::StatusRole).toInt(), int(SyncTaskStatus::Synchronizing));
        QCOMPARE(model.rowOf(u"d"_s), 2);
        QCOMPARE(model.rowOf(u"b"_s), -1);
    }

    void updatesOneTaskAndIgnoresUnknownOnes()
    {
        TaskTableModel model;
        const auto tester = Test::modelTester(&model);
        model.setTasks({makeTask(u"a"_s, SyncTaskStatus::Stopped)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.updateTask(makeTask(u"zzz"_s, SyncTaskStatus::Synchronizing));
        QCOMPARE(changed.size(), 0);
        SyncTask a = makeTask(u"a"_s, SyncTaskStatus::Stopped);
        a.monthly = MonthlyStatistics {1, 2, 3, 4, 5};
        model.updateTask(a);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, TaskTableModel::FailedColumn).data().toString(), u"3"_s);
    }

    void sortsNumbersAsNumbers()
    {
        TaskTableModel model;
        const auto tester = Test::modelTester(&model);
        SyncTask small = makeTask(u"small"_s, SyncTaskStatus::Stopped);
        small.monthly = MonthlyStatistics {0, 9, 0, 0, 900};
        SyncTask large = makeTask(u"large"_s, SyncTaskStatus::Stopped);
        large.monthly = MonthlyStatistics {0, 10, 0, 0, 1000};
        model.setTasks({small, large});
        const QVariant a =
            model.index(0, TaskTableModel::SyncedColumn).data(TaskTableModel::SortRole);
        const QVariant b =
            model.index(1, TaskTableModel::SyncedColumn).data(TaskTableModel::SortRole);
        QVERIFY(a.toLongLong() < b.toLongLong());
        QCOMPARE(a.typeId(), QMetaType::LongLong);
    }

    void hasHeadersWithExplanations()
    {
        TaskTableModel model;
        const auto tester = Test::modelTester(&model);
        QCOMPARE(model.headerData(TaskTableModel::StatusColumn, Qt::Horizontal).toString(),
                 u"Status"_s);
        QCOMPARE(model.headerData(TaskTableModel::SizeColumn, Qt::Horizontal).toString(),
                 u"Size"_s);
        QVERIFY(model.headerData(TaskTableModel::FailedColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(u"this month"_s));
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    }
};

QTEST_MAIN(TestTaskTableModel)
#include "TestTaskTableModel.moc"
