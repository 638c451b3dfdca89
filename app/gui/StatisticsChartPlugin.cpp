// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatisticsChartPlugin.h"

#include "StatisticsChart.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPluginLoader>
#include <QPromise>
#include <QThreadPool>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcChart, "omssync.gui.chart", QtWarningMsg)

namespace OmsSync::Gui {

namespace {

struct Answer
{
    bool looked = false;
    StatisticsChartFactory* factory = nullptr;
    QString error;
    std::optional<QStringList> pathsForTesting;
    QFuture<void> preloading;
};

Answer& answer()
{
    static Answer kept;
    return kept;
}

} // namespace

QString StatisticsChartPlugin::fileName()
{
    return QStringLiteral(OMS_SYNC_CHART_PLUGIN_FILE);
}

QStringList StatisticsChartPlugin::searchPaths()
{
    QStringList paths;
    const QString overridden = qEnvironmentVariable(environmentVariable);
    if (!overridden.isEmpty()) {
        paths.append(overridden);
    }
    if (answer().pathsForTesting) {
        return paths + *answer().pathsForTesting;
    }
    // The package is built for /usr while CMake's own prefix is
    // /usr/local: the installed directory is found from the executable
    // first, as DemoEnvironment finds oms-sim.
    paths.append(QDir::cleanPath(QCoreApplication::applicationDirPath() + u'/'
                                 + QStringLiteral(OMS_SYNC_RELATIVE_PLUGIN_DIR)));
    // Every executable of the build tree, tests and benchmarks included,
    // finds the plugin built with it (as Translations finds the catalogs).
    paths.append(QStringLiteral(OMS_SYNC_BUILD_PLUGIN_DIR));
    paths.append(QStringLiteral(OMS_SYNC_INSTALLED_PLUGIN_DIR));
    paths.removeDuplicates();
    return paths;
}

QFuture<void> StatisticsChartPlugin::preload()
{
    Answer& kept = answer();
    if (kept.looked || kept.preloading.isValid()) {
        return kept.looked ? QtFuture::makeReadyFuture() : kept.preloading;
    }
    QStringList paths;
    for (const QString& directory : searchPaths()) {
        paths.append(QDir(directory).filePath(fileName()));
    }
    auto loaded = std::make_shared<QPromise<void>>();
    loaded->start();
    kept.preloading = loaded->future();
    // The global pool: the application waits for it when it quits.
    QThreadPool::globalInstance()->start([paths, loaded] {
        for (const QString& path : paths) {
            // The library stays loaded, and factory()'s loader finds it so:
            // libraries are shared by file name. Only the plugin's root
            // object is made on the UI thread, where it is to live.
            if (QFileInfo::exists(path) && QPluginLoader(path).load()) {
                break;
            }
        }
        loaded->finish();
    });
    return kept.preloading;
}

StatisticsChartFactory* StatisticsChartPlugin::factory(QString* error)
{
    Answer& kept = answer();
    if (kept.preloading.isValid()) {
        kept.preloading.waitForFinished();
        kept.preloading = {};
    }
    if (!kept.looked) {
        kept.looked = true;
        QStringList missing;
        QStringList problems;
        for (const QString& directory : searchPaths()) {
            const QString path = QDir(directory).filePath(fileName());
            if (!QFileInfo::exists(path)) {
                missing.append(QDir::toNativeSeparators(directory));
                continue;
            }
            // The loader may go: the library stays loaded until unload().
            QPluginLoader loader(path);
            QObject* root = loader.instance();
            if (auto* found = qobject_cast<StatisticsChartFactory*>(root)) {
                qCDebug(lcChart) << "loaded" << path;
                kept.factory = found;
                break;
            }
            if (root) {
                loader.unload();
                problems.append(tr("%1 is not a chart plugin of this version")
                                    .arg(QDir::toNativeSeparators(path)));
            } else {
                problems.append(loader.errorString());
            }
        }
        if (!kept.factory) {
            kept.error = problems.isEmpty()
                ? tr("%1 was not found in %2").arg(fileName(), missing.join(u", "_s))
                : problems.join(u"; "_s);
            qCWarning(lcChart).noquote()
                << "The statistics chart plugin could not be loaded:" << kept.error;
        }
    }
    if (error) {
        *error = kept.error;
    }
    return kept.factory;
}

void StatisticsChartPlugin::setSearchPathsForTesting(const std::optional<QStringList>& paths)
{
    Answer& kept = answer();
    if (kept.preloading.isValid()) {
        kept.preloading.waitForFinished();
    }
    kept = Answer();
    kept.pathsForTesting = paths;
}

} // namespace OmsSync::Gui
