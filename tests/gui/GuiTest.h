// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CallPolicy.h"
#include "SyncTask.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QGroupBox>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
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

// The Alt+letter keys that two controls of `window` answer to at once, as
// "Alt+T: Show as &Table, &Task". Qt then only moves the focus between them
// instead of acting, a trap for the keyboard. Counts what is shown now
// (buttons, labels with a buddy, group boxes, the menu bar); each menu of
// the menu bar is a window of its own for this.
inline QStringList mnemonicClashes(const QWidget* window)
{
    QStringList clashes;
    const auto check = [&clashes](const QStringList& texts) {
        QHash<QKeySequence, QStringList> byKey;
        for (const QString& text : texts) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (!key.isEmpty()) {
                byKey[key].append(text);
            }
        }
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            if (it.value().size() > 1) {
                clashes.append(it.key().toString() + u": "_s + it.value().join(u", "_s));
            }
        }
    };
    QStringList texts;
    const QList<QWidget*> widgets = window->findChildren<QWidget*>();
    for (const QWidget* widget : widgets) {
        if (widget->window() != window || !widget->isVisibleTo(window) || !widget->isEnabled()) {
            continue;
        }
        if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
            texts.append(button->text());
        } else if (const auto* label = qobject_cast<const QLabel*>(widget);
                   label && label->buddy()) {
            texts.append(label->text());
        } else if (const auto* group = qobject_cast<const QGroupBox*>(widget)) {
            texts.append(group->title());
        }
    }
    if (const auto* main = qobject_cast<const QMainWindow*>(window); main && main->menuWidget()) {
        const QList<QAction*> menus = main->menuBar()->actions();
        for (const QAction* menu : menus) {
            texts.append(menu->text());
            if (menu->menu()) {
                QStringList items;
                const QList<QAction*> actions = menu->menu()->actions();
                for (const QAction* item : actions) {
                    if (item->isVisible() && !item->isSeparator()) {
                        items.append(item->text());
                    }
                }
                check(items);
            }
        }
    }
    check(texts);
    return clashes;
}

} // namespace OmsSync::Gui::Test

// Fails the running test when two controls of `window` share an Alt key.
#define OMS_VERIFY_NO_MNEMONIC_CLASH(window)                                                       \
    do {                                                                                           \
        const QStringList clashes = OmsSync::Gui::Test::mnemonicClashes(window);                   \
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));               \
    } while (false)
