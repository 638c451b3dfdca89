// SPDX-License-Identifier: GPL-3.0-or-later
#include "Csv.h"

using namespace Qt::StringLiterals;

namespace OmsSync::Csv {

QString field(const QString& text)
{
    const bool quoted = text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r')
        || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!quoted) {
        return text;
    }
    QString escaped = text;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString row(const QStringList& fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line += u',';
        }
        line += field(fields.at(i));
    }
    return line + u"\r\n"_s;
}

QString tabRow(const QStringList& fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line += u'\t';
        }
        QString cell = fields.at(i);
        cell.replace(u"\r\n"_s, u" "_s);
        for (QChar& c : cell) {
            if (c == u'\t' || c == u'\n' || c == u'\r') {
                c = u' ';
            }
        }
        line += cell;
    }
    return line + u'\n';
}

} // namespace OmsSync::Csv
