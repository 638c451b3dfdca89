// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextTable.h"

#include <algorithm>
#include <clocale>
#include <cstring>
#include <cwchar>
#include <langinfo.h>
#include <locale.h>

namespace OmsSync::Cli {

namespace {

// wcwidth() knows the widths of CJK, combining marks and emoji only under a
// UTF-8 LC_CTYPE; under "C" it gives up on anything past ASCII. Where the
// program's locale is not UTF-8, the measuring borrows C.UTF-8 (built into
// glibc since 2.35) for this thread and for as long as it measures.
class Utf8Ctype
{
public:
    Utf8Ctype()
    {
        if (std::strcmp(::nl_langinfo(CODESET), "UTF-8") == 0) {
            return;
        }
        static const locale_t utf8 = ::newlocale(LC_CTYPE_MASK, "C.UTF-8", locale_t(nullptr));
        if (utf8 != locale_t(nullptr)) {
            m_previous = ::uselocale(utf8);
        }
    }
    ~Utf8Ctype()
    {
        if (m_previous != locale_t(nullptr)) {
            ::uselocale(m_previous);
        }
    }
    Utf8Ctype(const Utf8Ctype&) = delete;
    Utf8Ctype& operator=(const Utf8Ctype&) = delete;

private:
    locale_t m_previous = locale_t(nullptr);
};

// Cells a terminal gives one code point: wcwidth(), which is what terminal
// programs themselves use. Control and format characters it refuses take
// no cell; anything else it does not know (unassigned, or no UTF-8 ctype at
// all) is counted as one, less a combining mark, which never takes one.
int cellsOf(char32_t c)
{
    const int width = ::wcwidth(static_cast<wchar_t>(c));
    if (width >= 0) {
        return width;
    }
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
        return 0;
    default:
        return 1;
    }
}

} // namespace

TextTable::TextTable(QStringList header)
    : m_header(std::move(header))
{ }

void TextTable::addRow(QStringList cells)
{
    for (QString& cell : cells) {
        // One row is one line, whatever the service put in a description.
        cell = cell.simplified();
    }
    m_rows.append(std::move(cells));
}

int TextTable::displayWidth(const QString& text)
{
    const Utf8Ctype ctype;
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        width += cellsOf(c);
    }
    return width;
}

QString TextTable::render() const
{
    QList<QStringList> all;
    if (!m_header.isEmpty()) {
        all.append(m_header);
    }
    all.append(m_rows);
    QList<int> widths;
    for (const QStringList& row : all) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i) {
                widths.append(0);
            }
            widths[i] = std::max(widths[i], displayWidth(row[i]));
        }
    }
    QStringList lines;
    for (const QStringList& row : all) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size()) {
                line += QString(widths[i] - displayWidth(row[i]) + 2, u' ');
            }
        }
        lines.append(line);
    }
    return lines.join(u'\n');
}

} // namespace OmsSync::Cli
