// SPDX-License-Identifier: GPL-3.0-or-later
#include "FullDisk.h"

#include <QByteArray>
#include <QFile>

using namespace Qt::StringLiterals;

namespace OmsSync::Test {

int fillWithPages(const QString& dir)
{
    const QByteArray page(4096, 'x');
    int written = 0;
    for (int n = 0;; ++n) {
        QFile file(dir + u"/%1"_s.arg(n));
        if (file.exists()) {
            continue;
        }
        // Unbuffered: a buffered write would report success for a page the
        // file system never took.
        if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)
            || file.write(page) != page.size()) {
            file.close();
            file.remove();
            return written;
        }
        ++written;
    }
}

} // namespace OmsSync::Test
