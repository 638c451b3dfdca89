// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCollator>
#include <QLocale>
#include <QStringView>

#include <optional>

namespace OmsSync::Gui {

// Orders text as people read it, in the rules of a locale: case aside, and
// numbers by their value ("task 9" before "task 10"). It answers exactly as a
// numeric, case-insensitive QCollator would, but builds one only for the
// pairs it cannot settle itself: the collator loads ICU's collation data,
// 2 MB and 30 ms at the first sort of the task list at start-up.
//
// What it settles itself, in English and in Chinese (whose rules leave ASCII
// in the order of Unicode's root collation): pairs that differ first where
// both are printable ASCII, or where one is ASCII (or has ended) and the
// other a CJK ideograph. Two different ideographs (pinyin order), any other
// character, and every other locale go to the collator.
class NaturalOrder
{
public:
    explicit NaturalOrder(const QLocale& locale = QLocale());

    // Negative, zero or positive as `a` sorts before, with or after `b`.
    int compare(QStringView a, QStringView b) const;

    // Whether a pair has needed the collator yet.
    bool hasLoadedCollator() const { return m_collator.has_value(); }

private:
    std::optional<int> compareWithoutCollator(QStringView a, QStringView b) const;
    QCollator& collator() const;

    QLocale m_locale;
    // The weight of a CJK ideograph among the ASCII ones, or 0 when this
    // locale's rules for ASCII are not known here.
    int m_ideographWeight = 0;
    mutable std::optional<QCollator> m_collator;
};

} // namespace OmsSync::Gui
