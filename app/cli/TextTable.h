// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace OmsSync::Cli {

// Columns aligned for a terminal. Widths count East Asian wide characters
// twice, so Chinese descriptions and headers line up too.
class TextTable
{
public:
    explicit TextTable(QStringList header);

    void addRow(QStringList cells);
    QString render() const;

    static int displayWidth(const QString& text);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace OmsSync::Cli
