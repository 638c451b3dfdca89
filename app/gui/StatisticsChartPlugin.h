// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QStringList>

#include <optional>

namespace OmsSync::Gui {

class StatisticsChartFactory;

// Finds and loads the chart plugin (oms-sync-desk-chart, which links Qt
// Charts) the first time a chart is wanted, so that a start of the
// application maps none of Qt Charts, Qt OpenGL and Qt OpenGL Widgets. The
// answer, the factory or why there is none, is kept for the rest of the
// process: the library stays loaded, and a missing plugin is looked for and
// logged once.
class StatisticsChartPlugin
{
    Q_DECLARE_TR_FUNCTIONS(OmsSync::Gui::StatisticsChartPlugin)

public:
    static constexpr char environmentVariable[] = "OMS_SYNC_PLUGIN_DIR";

    // The plugin's factory; nullptr when it cannot be loaded, with `error`
    // set to a sentence naming the files tried or why loading failed.
    static StatisticsChartFactory* factory(QString* error = nullptr);
    // Starts loading the plugin's library on a worker thread, when figures
    // to draw are on their way: mapping and relocating Qt Charts and its
    // libraries is tens of milliseconds the UI thread then does not spend.
    // factory() waits for what is left of it. The future is finished once
    // the library is loaded or could not be; at once after factory().
    static QFuture<void> preload();

    // The plugin's file name, without a directory.
    static QString fileName();
    // The directories looked in, first match wins: $OMS_SYNC_PLUGIN_DIR,
    // then the installation relative to the executable (a package or a
    // relocated install), the build tree, the installed directory.
    static QStringList searchPaths();

    // For tests: look in `paths` instead of every directory after
    // $OMS_SYNC_PLUGIN_DIR (std::nullopt: the usual ones again), and forget
    // the answer kept, so the next factory() looks anew. A plugin already
    // loaded stays loaded: charts made by it may still be shown.
    static void setSearchPathsForTesting(const std::optional<QStringList>& paths);
};

} // namespace OmsSync::Gui
