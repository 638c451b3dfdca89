// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuildInfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMainWindow>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"oms-sync-desk"_s);
    QApplication::setApplicationDisplayName(QString::fromLatin1(OmsSync::BuildInfo::productName));
    QApplication::setApplicationVersion(QString::fromLatin1(OmsSync::BuildInfo::version));
    QApplication::setOrganizationName(QString::fromLatin1(OmsSync::BuildInfo::organizationName));
    QApplication::setDesktopFileName(QString::fromLatin1(OmsSync::BuildInfo::appId));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    QMainWindow window;
    window.show();
    return app.exec();
}
