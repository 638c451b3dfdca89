// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"
#include "BuildInfo.h"

#include <QLabel>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace OmsSync::Gui;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsVersionAndLicences()
    {
        AboutDialog dialog;
        const QString version = dialog.findChild<QLabel*>(u"aboutVersion"_s)->text();
        QVERIFY2(version.contains(QString::fromLatin1(OmsSync::BuildInfo::version)),
                 qPrintable(version));
        const QString licences = dialog.findChild<QTextBrowser*>(u"aboutLicences"_s)->toPlainText();
        for (const QString& part : {u"GPL-3.0-or-later"_s, u"Qt Charts"_s, u"QtKeychain"_s,
                                    u"BSD-3-Clause"_s, u"Qt SVG"_s}) {
            QVERIFY2(licences.contains(part), qPrintable(part));
        }
    }
};

QTEST_MAIN(TestAboutDialog)
#include "TestAboutDialog.moc"
