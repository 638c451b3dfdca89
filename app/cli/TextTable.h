// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace OmsSync::Cli {

// Columns aligned for a terminal. Widths are the terminal's own (wcwidth):
// East Asian wide characters and most emoji take two cells, combining marks
// and zero-width characters none, so Chinese descriptions line up too.
class TextTable
{
public:
    explicit TextTable(QStringList header);

    void addRow(QStringList cells);
    QString render() const;

    // In terminal cells, whatever the program's locale (a UTF-8 one is
    // borrowed for measuring when it is not).
    static int displayWidth(const QString& text);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace OmsSync::Cli
