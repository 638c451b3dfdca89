// SPDX-License-Identifier: GPL-3.0-or-later
#include "FontCoverage.h"

#include <QHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFonts, "omssync.fonts")

namespace OmsSync::Gui {

namespace {

using WritingSystem = QFontDatabase::WritingSystem;

// The writing systems that can draw a script: a font made for any of them
// has its characters (Han is shared by Chinese, Japanese and Korean fonts).
// Scripts not listed are not checked.
QList<WritingSystem> writingSystemsFor(QChar::Script script)
{
    switch (script) {
    case QChar::Script_Han:
        return {QFontDatabase::SimplifiedChinese, QFontDatabase::TraditionalChinese,
                QFontDatabase::Japanese, QFontDatabase::Korean};
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return {QFontDatabase::Japanese};
    case QChar::Script_Hangul:
        return {QFontDatabase::Korean};
    case QChar::Script_Greek:
        return {QFontDatabase::Greek};
    case QChar::Script_Cyrillic:
        return {QFontDatabase::Cyrillic};
    case QChar::Script_Arabic:
        return {QFontDatabase::Arabic};
    case QChar::Script_Hebrew:
        return {QFontDatabase::Hebrew};
    case QChar::Script_Thai:
        return {QFontDatabase::Thai};
    case QChar::Script_Devanagari:
        return {QFontDatabase::Devanagari};
    default:
        return {};
    }
}

// Asking fontconfig is far slower than a name is long: each answer is kept.
// The GUI thread is the only caller.
bool installed(WritingSystem system)
{
    static QHash<int, bool> known;
    const auto it = known.constFind(int(system));
    if (it != known.cend()) {
        return *it;
    }
    const bool found = !QFontDatabase::families(system).isEmpty();
    known.insert(int(system), found);
    return found;
}

QList<WritingSystem>& seen()
{
    static QList<WritingSystem> missing;
    return missing;
}

} // namespace

QList<QFontDatabase::WritingSystem> FontCoverage::missing(const QString& text)
{
    QList<WritingSystem> result;
    QChar::Script last = QChar::Script_Unknown;
    // Called for every name on every refresh: no copy of the text, and
    // nothing but a comparison for the ASCII most names are made of.
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t character = text.at(i).unicode();
        if (character < 0x80) {
            continue;
        }
        if (QChar::isHighSurrogate(character) && i + 1 < text.size()
            && text.at(i + 1).isLowSurrogate()) {
            character = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        const QChar::Script script = QChar::script(character);
        if (script == last) {
            continue;
        }
        last = script;
        const QList<WritingSystem> systems = writingSystemsFor(script);
        if (systems.isEmpty()) {
            continue;
        }
        bool drawable = false;
        for (WritingSystem system : systems) {
            drawable = drawable || installed(system);
        }
        if (!drawable && !result.contains(systems.first())) {
            result.append(systems.first());
        }
    }
    return result;
}

void FontCoverage::check(const QString& text)
{
    for (WritingSystem system : missing(text)) {
        if (seen().contains(system)) {
            continue;
        }
        seen().append(system);
        qCWarning(lcFonts).noquote()
            << "No installed font has" << QFontDatabase::writingSystemName(system)
            << "characters: names such as" << text
            << "show as boxes. Install a font that has them; for Chinese, Japanese and Korean "
               "on Debian: fonts-noto-cjk.";
    }
}

QList<QFontDatabase::WritingSystem> FontCoverage::missingSeen()
{
    return seen();
}

} // namespace OmsSync::Gui
