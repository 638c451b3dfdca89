// SPDX-License-Identifier: GPL-3.0-or-later
//
// The start-up baseline of issue 9: the least a Qt Widgets application with
// a table can do. A main window of the desktop application's size with a
// table of four rows and eight columns (what the demo's first profile
// shows), filled before the window is shown, watched by the same
// StartupProbe as oms-sync-desk. Run with OMS_SYNC_STARTUP_PROBE=1.

#include "StartupProbe.h"

#include <QApplication>
#include <QHeaderView>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);

    constexpr int rows = 4;
    constexpr int columns = 8;
    QStandardItemModel model(rows, columns);
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column) {
            model.setItem(row, column, new QStandardItem(u"cell %1.%2"_s.arg(row).arg(column)));
        }
    }

    QMainWindow window;
    auto* table = new QTableView;
    table->setModel(&model);
    table->horizontalHeader()->setStretchLastSection(true);
    window.setCentralWidget(table);
    window.setWindowTitle(u"Minimal window"_s);
    window.resize(1360, 860);

    OmsSync::Gui::StartupProbe::attachIfRequested(table);
    window.show();
    return app.exec();
}
