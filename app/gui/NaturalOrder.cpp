// SPDX-License-Identifier: GPL-3.0-or-later
#include "NaturalOrder.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace OmsSync::Gui {

namespace {

// ASCII's printable punctuation and symbols in the order of Unicode's root
// collation (CLDR's, which ICU follows), space first; digits come after them,
// letters last, each letter with its capital.
constexpr std::u16string_view punctuationOrder = u" _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";

// Weights of what the comparison meets, in order; 0 is not known here.
constexpr int digitWeight = 40;
constexpr int ideographBeforeLettersWeight = 50; // Chinese puts its own script first
constexpr int firstLetterWeight = 60;
constexpr int ideographAfterLettersWeight = 100; // the root order: Latin, then Han

constexpr std::array<int, 128> asciiWeights = [] {
    std::array<int, 128> weights {};
    for (std::size_t i = 0; i < punctuationOrder.size(); ++i) {
        weights[punctuationOrder[i]] = int(i) + 1;
    }
    for (char16_t digit = u'0'; digit <= u'9'; ++digit) {
        weights[digit] = digitWeight;
    }
    for (char16_t letter = u'a'; letter <= u'z'; ++letter) {
        weights[letter] = firstLetterWeight + (letter - u'a');
        weights[letter - u'a' + u'A'] = firstLetterWeight + (letter - u'a');
    }
    return weights;
}();

// The block of CJK Unified Ideographs, where nearly every Chinese name is.
bool isIdeograph(char16_t c)
{
    return c >= 0x4E00 && c <= 0x9FFF;
}

bool isKnown(QChar c)
{
    const char16_t code = c.unicode();
    return (code < asciiWeights.size() && asciiWeights[code] != 0) || isIdeograph(code);
}

// ICU reads longer runs of digits as more than one number.
constexpr qsizetype longestNumber = 254;

// The run of digits at `at`, without its leading zeros (which ICU ignores);
// `at` moves past it.
QStringView numberAt(QStringView text, qsizetype& at)
{
    const qsizetype start = at;
    while (at < text.size() && text[at] >= u'0' && text[at] <= u'9') {
        ++at;
    }
    QStringView number = text.sliced(start, at - start);
    while (number.size() > 1 && number.front() == u'0') {
        number = number.sliced(1);
    }
    return number;
}

int sign(int value)
{
    return (value > 0) - (value < 0);
}

} // namespace

NaturalOrder::NaturalOrder(const QLocale& locale)
    : m_locale(locale)
{
    switch (locale.language()) {
    case QLocale::English:
        m_ideographWeight = ideographAfterLettersWeight;
        break;
    case QLocale::Chinese:
        m_ideographWeight = ideographBeforeLettersWeight;
        break;
    default:
        break;
    }
}

int NaturalOrder::compare(QStringView a, QStringView b) const
{
    if (const std::optional<int> order = compareWithoutCollator(a, b)) {
        return *order;
    }
    return collator().compare(a, b);
}

std::optional<int> NaturalOrder::compareWithoutCollator(QStringView a, QStringView b) const
{
    // Any other character may be ignorable, or combine with its neighbour
    // into a letter of its own.
    if (m_ideographWeight == 0 || !std::all_of(a.begin(), a.end(), isKnown)
        || !std::all_of(b.begin(), b.end(), isKnown)) {
        return std::nullopt;
    }
    const auto weight = [this](QChar c) {
        const char16_t code = c.unicode();
        return code < asciiWeights.size() ? asciiWeights[code] : m_ideographWeight;
    };
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const int left = weight(a[i]);
        const int right = weight(b[j]);
        if (left == digitWeight && right == digitWeight) {
            const QStringView leftNumber = numberAt(a, i);
            const QStringView rightNumber = numberAt(b, j);
            if (leftNumber.size() > longestNumber || rightNumber.size() > longestNumber) {
                return std::nullopt;
            }
            if (leftNumber.size() != rightNumber.size()) {
                return leftNumber.size() < rightNumber.size() ? -1 : 1;
            }
            if (const int order = leftNumber.compare(rightNumber); order != 0) {
                return sign(order);
            }
            continue;
        }
        if (left == m_ideographWeight && right == m_ideographWeight) {
            return std::nullopt; // pinyin, or strokes
        }
        if (left != right) {
            return left < right ? -1 : 1;
        }
        ++i;
        ++j;
    }
    // Equal as far as the shorter goes (case and leading zeros aside).
    return sign(int(a.size() - i) - int(b.size() - j));
}

QCollator& NaturalOrder::collator() const
{
    if (!m_collator) {
        m_collator.emplace(m_locale);
        m_collator->setNumericMode(true);
        m_collator->setCaseSensitivity(Qt::CaseInsensitive);
    }
    return *m_collator;
}

} // namespace OmsSync::Gui
