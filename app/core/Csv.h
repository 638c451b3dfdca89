// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace OmsSync::Csv {

// Written first in a CSV file a spreadsheet opens, so that a double-click in
// any locale reads its Chinese task names as UTF-8. Not written to standard
// output, where it would be a stray character for the next command.
inline constexpr char utf8Bom[] = "\xEF\xBB\xBF";

// One field as RFC 4180 writes it: quoted (inner quotes doubled) when it
// holds a comma, a quote, a line break or leading or trailing spaces.
QString field(const QString& text);
// The fields joined by commas, ending in CRLF.
QString row(const QStringList& fields);
// The same fields tab-separated, for the clipboard: tabs and line breaks in
// a field become spaces so the cells stay where they are. Ends in "\n".
QString tabRow(const QStringList& fields);

} // namespace OmsSync::Csv
