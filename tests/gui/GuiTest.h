// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CallPolicy.h"
#include "SyncTask.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QTest>
#include <QWidget>

#include <memory>

// Small helpers shared by the GUI tests (header only, one per test binary).
namespace OmsSync::Gui::Test {

using namespace Qt::StringLiterals;

inline SyncTask makeTask(const QString& id, SyncTaskStatus status, const QString& description = {})
{
    SyncTask task;
    task.id = id;
    task.status = status;
    task.statusText = syncTaskStatusWireName(status);
    task.description = description;
    task.srcCloudType = u"Aliyun"_s;
    task.srcRegion = u"cn-hangzhou"_s;
    task.srcBucket = u"src-"_s + id;
    task.dstRegion = u"cn-north-4"_s;
    task.dstBucket = u"dst-"_s + id;
    task.createTime = QDateTime::fromMSecsSinceEpoch(1700000000000, Qt::UTC);
    return task;
}

// Qt's own checks of the model rules on every change the model signals
// (resets, inserted and removed rows, changed data), for as long as the
// tester lives: a broken rule fails the running test.
inline std::unique_ptr<QAbstractItemModelTester> modelTester(QAbstractItemModel* model)
{
    return std::make_unique<QAbstractItemModelTester>(
        model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

// Waits quick for network answers, never long for a service that hangs.
inline CallPolicy quickPolicy()
{
    CallPolicy policy;
    policy.timeout = std::chrono::milliseconds(8000);
    policy.maxRetries = 0;
    policy.maxTimeoutRetries = 0;
    policy.firstBackoff = std::chrono::milliseconds(10);
    return policy;
}

} // namespace OmsSync::Gui::Test
