// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuildInfo.h"
#include "CliApplication.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // http_proxy, https_proxy and no_proxy, as every command-line tool honours them.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QCoreApplication::setApplicationName(u"oms-sync"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(OmsSync::BuildInfo::version));
    QCoreApplication::setOrganizationName(
        QString::fromLatin1(OmsSync::BuildInfo::organizationName));

    OmsSync::Translations::install(OmsSync::Translations::choose());

    OmsSync::Cli::CliApplication cli;
    if (const auto exitCode = cli.start(QCoreApplication::arguments())) {
        return *exitCode;
    }
    return QCoreApplication::exec();
}
