// SPDX-License-Identifier: GPL-3.0-or-later
//
// The built catalogs reach the user: Translations::install() finds them in
// the build tree, the core's, the command line's and the desktop's messages
// come out in Chinese together with Qt's own buttons, English plurals read
// right, and oms-sync speaks the language of its environment.
#include "ApiError.h"
#include "CliProcess.h"
#include "DisplayText.h"
#include "InputRules.h"
#include "SyncTask.h"
#include "Translations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace OmsSync;

namespace {

bool hasChinese(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

void removeTranslators()
{
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        removeTranslators();
        QLocale::setDefault(QLocale::c());
    }

    void choosesTheLanguage_data()
    {
        QTest::addColumn<QString>("override");
        QTest::addColumn<QString>("expected");
        // The tests run with LC_ALL=C.UTF-8: the system speaks no language.
        QTest::newRow("system C") << QString() << u"en_US"_s;
        QTest::newRow("override zh_CN") << u"zh_CN"_s << u"zh_CN"_s;
        QTest::newRow("override en") << u"en"_s << u"en_US"_s;
        QTest::newRow("unshipped override") << u"de"_s << u"en_US"_s;
    }

    void choosesTheLanguage()
    {
        QFETCH(QString, override);
        QFETCH(QString, expected);
        QCOMPARE(Translations::choose(override).name(), expected);
    }

    void chineseReachesEveryPart()
    {
        const QString catalog = Translations::install(QLocale(u"zh_CN"_s));
        QVERIFY2(QFileInfo(catalog).fileName() == u"oms-sync-desk_zh_CN.qm"_s, qPrintable(catalog));
        QCOMPARE(QLocale().language(), QLocale::Chinese);

        // The core.
        const ApiError required = InputRules::checkText(u"name"_s, QString(), 1, 64);
        QVERIFY2(hasChinese(required.message()), qPrintable(required.message()));
        QCOMPARE(required.message(), u"name 为必填项。"_s);
        const ApiError http = ApiError::fromHttpReply(503, {}, "req-1");
        QVERIFY2(hasChinese(http.summary()), qPrintable(http.summary()));

        // oms-sync's messages.
        QCOMPARE(QCoreApplication::translate("OmsSync::Cli::CliApplication", "paused"),
                 u"已暂停"_s);

        // The desktop application, plural forms included.
        SyncTask task;
        task.status = SyncTaskStatus::Synchronizing;
        QCOMPARE(Gui::DisplayText::taskStatus(task), u"同步中"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(Gui::DisplayText::relativeTime(now.addSecs(-2 * 3600), now), u"2 小时前"_s);
        QCOMPARE(QCoreApplication::translate("OmsSync::Gui::MainWindow", "&Refresh"),
                 u"刷新(&R)"_s);

        // Qt's own catalog: standard buttons speak Chinese too.
        const QString qtCatalog =
            QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_zh_CN.qm"_s;
        QVERIFY2(QFileInfo::exists(qtCatalog),
                 "Qt's translations are not installed (Debian: qt6-translations-l10n)");
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        const QString cancel = buttons.button(QDialogButtonBox::Cancel)->text();
        QVERIFY2(cancel.contains(u"取消"_s), qPrintable(cancel));
    }

    void englishPluralsReadRight()
    {
        const QString catalog = Translations::install(QLocale(u"en_US"_s));
        QVERIFY2(QFileInfo(catalog).fileName() == u"oms-sync-desk_en.qm"_s, qPrintable(catalog));
        const char* context = "OmsSync::Gui::MainWindow";
        QCOMPARE(QCoreApplication::translate(context, "Copied %n task id(s).", nullptr, 1),
                 u"Copied 1 task id."_s);
        QCOMPARE(QCoreApplication::translate(context, "Copied %n task id(s).", nullptr, 3),
                 u"Copied 3 task ids."_s);
        // Messages without a plural stay the source text.
        QCOMPARE(QCoreApplication::translate(context, "&Refresh"), u"&Refresh"_s);
    }

    void commandLineFollowsTheEnvironment_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("help");
        QTest::addColumn<QString>("usageError");
        QTest::newRow("zh_CN") << u"zh_CN.UTF-8"_s << u"zh_CN"_s << u"同步任务"_s
                               << u"“profile show”需要 1 个参数"_s;
        QTest::newRow("en_US") << u"en_US.UTF-8"_s << u"en_US"_s << u"sync tasks"_s
                               << u"\"profile show\" takes 1 argument;"_s;
        // A language oms-sync does not ship is English.
        QTest::newRow("de_DE") << u"de_DE.UTF-8"_s << u"de_DE"_s << u"sync tasks"_s
                               << u"\"profile show\" takes 1 argument;"_s;
    }

    void commandLineFollowsTheEnvironment()
    {
        QFETCH(QString, lang);
        QFETCH(QString, language);
        QFETCH(QString, help);
        QFETCH(QString, usageError);
        QTemporaryDir home;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString& name : {u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANGUAGE"_s}) {
            environment.remove(name);
        }
        environment.insert(u"LANG"_s, lang);
        environment.insert(u"LANGUAGE"_s, language);
        environment.insert(u"HOME"_s, home.path());
        environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        Test::CliProcess cli(environment);

        const auto shown = cli.run({u"--help"_s});
        QCOMPARE(shown.exitCode, 0);
        const QString out = QString::fromUtf8(shown.out);
        QVERIFY2(out.contains(help), qPrintable(out));
        // Qt's part of the help (QCommandLineParser) speaks the same language.
        if (language == u"zh_CN") {
            QVERIFY2(out.contains(u"用法："_s), qPrintable(out));
        } else {
            QVERIFY2(out.contains(u"Usage:"_s), qPrintable(out));
        }

        const auto wrong = cli.run({u"profile"_s, u"show"_s});
        QCOMPARE(wrong.exitCode, 2);
        const QString err = QString::fromUtf8(wrong.err);
        QVERIFY2(err.contains(usageError), qPrintable(err));
    }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
