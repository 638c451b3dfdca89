// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace OmsSync {

namespace {

const QString catalog = u"oms-sync-desk"_s;

} // namespace

QStringList Translations::available()
{
    return {u"en"_s, u"zh_CN"_s};
}

QLocale Translations::choose(const QString& override)
{
    if (!override.isEmpty() && available().contains(override)) {
        return QLocale(override);
    }
    for (const QString& language : QLocale::system().uiLanguages()) {
        const QLocale locale(language);
        if (locale.language() == QLocale::Chinese
            && (locale.script() == QLocale::SimplifiedHanScript
                || locale.territory() == QLocale::China)) {
            return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
        }
        if (locale.language() == QLocale::English) {
            break;
        }
    }
    return QLocale(QLocale::English, QLocale::UnitedStates);
}

QStringList Translations::searchPaths()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    QStringList paths {
        // Installed: /usr/bin/../share/oms-sync-desk/translations
        QDir::cleanPath(appDir + u"/../share/oms-sync-desk/translations"_s),
    };
#ifdef OMS_SYNC_BUILD_TRANSLATIONS_DIR
    // Run from the build tree.
    paths.append(QStringLiteral(OMS_SYNC_BUILD_TRANSLATIONS_DIR));
#endif
    return paths;
}

QString Translations::install(const QLocale& locale)
{
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English) {
        return {};
    }
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qt"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    for (const QString& path : searchPaths()) {
        auto* product = new QTranslator(QCoreApplication::instance());
        if (product->load(locale, catalog, u"_"_s, path)) {
            QCoreApplication::installTranslator(product);
            return product->filePath();
        }
        delete product;
    }
    return {};
}

} // namespace OmsSync
