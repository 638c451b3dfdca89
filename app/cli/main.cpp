// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuildInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"oms-sync"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(OmsSync::BuildInfo::version));
    QCoreApplication::setOrganizationName(QString::fromLatin1(OmsSync::BuildInfo::organizationName));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Lists, starts and stops Huawei Cloud OMS sync tasks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
