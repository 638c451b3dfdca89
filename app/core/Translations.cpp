// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

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
    // LC_ALL=C asks for untranslated output, as gettext has it, whatever
    // LANGUAGE says (Qt alone would follow LANGUAGE).
    if (QLocale::system().language() == QLocale::C) {
        return QLocale(QLocale::English, QLocale::UnitedStates);
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
    // Formats follow the system's locale (its territory, and LC_TIME and
    // LC_NUMERIC on Unix) while it speaks the language of the text; when the
    // text is in another language, the formats are that language's too, so
    // that no sentence mixes two.
    if (QLocale::system().language() != locale.language()) {
        QLocale::setDefault(locale);
    }
    // A loaded catalog is handed to the application, which keeps it to the end.
    const auto keep = [](std::unique_ptr<QTranslator> translator) {
        QTranslator* kept = translator.release();
        kept->setParent(QCoreApplication::instance());
        QCoreApplication::installTranslator(kept);
        return kept;
    };
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, u"qt"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        keep(std::move(qt));
    }
    for (const QString& path : searchPaths()) {
        auto product = std::make_unique<QTranslator>();
        if (product->load(locale, catalog, u"_"_s, path)) {
            return keep(std::move(product))->filePath();
        }
    }
    return {};
}

} // namespace OmsSync
