// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace OmsSync {

// Loads the product's catalog and Qt's own for a language, so that standard
// buttons and dialogs speak it too. English is the source language: its
// catalog holds only the plural forms ("1 task", "2 tasks").
class Translations
{
public:
    // The languages the product ships, as locale names (en, zh_CN).
    static QStringList available();
    // The language to use: `override` when it names a shipped language,
    // otherwise the system's UI languages in order, otherwise English.
    static QLocale choose(const QString& override = {});
    // Installs the translators on the application and decides the default
    // locale that dates, numbers and sizes follow. Returns the product
    // catalog's file, empty when none was found.
    static QString install(const QLocale& locale);
    // Where the catalogs are looked for, in order.
    static QStringList searchPaths();
};

} // namespace OmsSync
