// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextTable.h"

#include <algorithm>

namespace OmsSync::Cli {

namespace {

bool isWide(char32_t c)
{
    // The East Asian Wide and Fullwidth blocks a terminal draws two cells wide.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
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
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        width += isWide(c) ? 2 : 1;
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
