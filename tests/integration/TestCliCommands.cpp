// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The shape of oms-sync's command line, which needs no service: each command
// takes its own options and no other's, the global options stand anywhere,
// and --help after a group or a command describes just that.
class TestCliCommands : public QObject
{
    Q_OBJECT

private:
    using Run = OmsSync::Test::CliProcess::Result;

    std::unique_ptr<QTemporaryDir> m_home;

    Run run(const QStringList& arguments)
    {
        QProcessEnvironment env = OmsSync::Test::CliProcess::privateEnvironment(m_home->path());
        // Help texts are compared in English.
        env.insert(u"LANGUAGE"_s, u"en"_s);
        env.insert(u"LANG"_s, u"en_US.UTF-8"_s);
        env.remove(u"LC_ALL"_s);
        env.remove(u"LC_MESSAGES"_s);
        return OmsSync::Test::CliProcess(env).run(arguments);
    }

    QStringList profileNames()
    {
        QStringList names;
        for (const QJsonValue& profile :
             run({u"--json"_s, u"profile"_s, u"list"_s}).json().array()) {
            names.append(profile.toObject().value(u"name"_s).toString());
        }
        return names;
    }

private Q_SLOTS:
    void init() { m_home = std::make_unique<QTemporaryDir>(); }
    void cleanup() { m_home.reset(); }

    void optionsBelongToTheirCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("--remember to task list")
            << QStringList {u"task"_s, u"list"_s, u"--remember"_s}
            << QByteArray("--remember does not belong to \"task list\"");
        QTest::newRow("--status to task start, before the command")
            << QStringList {u"--status"_s, u"STOPPED"_s, u"task"_s, u"start"_s, u"x"_s}
            << QByteArray("--status does not belong to \"task start\"");
        QTest::newRow("--region to profile list")
            << QStringList {u"profile"_s, u"list"_s, u"--region"_s, u"cn-north-4"_s}
            << QByteArray("--region does not belong to \"profile list\"");
        QTest::newRow("--secret-stdin to task show")
            << QStringList {u"task"_s, u"show"_s, u"x"_s, u"--secret-stdin"_s}
            << QByteArray("--secret-stdin does not belong to \"task show\"");
        QTest::newRow("--remember to profile add")
            << QStringList {u"profile"_s,  u"add"_s,        u"p"_s,
                            u"--region"_s, u"cn-north-4"_s, u"--remember"_s}
            << QByteArray("--remember does not belong to \"profile add\"");
        QTest::newRow("an option of no command")
            << QStringList {u"task"_s, u"list"_s, u"--frobnicate"_s}
            << QByteArray("Unknown option 'frobnicate'");
        QTest::newRow("a value missing") << QStringList {u"task"_s, u"list"_s, u"--status"_s}
                                         << QByteArray("Missing value after '--status'");
    }

    void optionsBelongToTheirCommand()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, says);
        const Run refused = run(arguments);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(says), refused.err.constData());
        QVERIFY(refused.out.isEmpty());
        // Refused before anything was written.
        QVERIFY(profileNames().isEmpty());
    }

    void optionsStandAnywhere()
    {
        QCOMPARE(run({u"--region"_s, u"cn-north-4"_s, u"profile"_s, u"add"_s, u"before"_s,
                      u"--user"_s, u"u"_s, u"--account"_s, u"a"_s})
                     .exitCode,
                 0);
        QCOMPARE(run({u"profile"_s, u"add"_s, u"after"_s, u"--region"_s, u"cn-north-4"_s,
                      u"--timeout"_s, u"5"_s, u"--user"_s, u"u"_s, u"--account"_s, u"a"_s})
                     .exitCode,
                 0);
        for (const QStringList& arguments :
             {QStringList {u"--json"_s, u"profile"_s, u"list"_s},
              QStringList {u"profile"_s, u"--json"_s, u"list"_s},
              QStringList {u"profile"_s, u"list"_s, u"--json"_s, u"--verbose"_s},
              QStringList {u"profile"_s, u"list"_s, u"--profile"_s, u"after"_s, u"--json"_s}}) {
            const Run listed = run(arguments);
            QCOMPARE(listed.exitCode, 0);
            QCOMPARE(listed.json().array().size(), 2);
        }
        QCOMPARE(profileNames(), (QStringList {u"before"_s, u"after"_s}));
        // A global option is checked wherever it stands.
        const Run badTimeout = run({u"profile"_s, u"list"_s, u"--timeout"_s, u"0"_s});
        QCOMPARE(badTimeout.exitCode, 2);
        QVERIFY(badTimeout.err.contains("--timeout"));
    }

    void helpDescribesTheCommandNamed()
    {
        const Run overview = run({u"--help"_s});
        QCOMPARE(overview.exitCode, 0);
        QVERIFY(overview.out.contains("task start ID"));
        QVERIFY(overview.out.contains("6 no keychain"));
        QVERIFY(overview.out.contains("7 the\nsettings file could not be locked, read or written"));

        const Run start = run({u"task"_s, u"start"_s, u"--help"_s});
        QCOMPARE(start.exitCode, 0);
        QVERIFY2(start.out.contains("task start ID [ID...]"), start.out.constData());
        QVERIFY(start.out.contains("--remember"));
        QVERIFY(start.out.contains("--profile"));
        QVERIFY(start.out.contains("--json"));
        QVERIFY(!start.out.contains("--status"));
        QVERIFY(!start.out.contains("--secret-stdin"));
        QVERIFY(!start.out.contains("Exit codes"));

        // --help stands anywhere too, and wins over a missing argument.
        const Run add = run({u"--help"_s, u"profile"_s, u"add"_s});
        QCOMPARE(add.exitCode, 0);
        QVERIFY(add.out.contains("--secret-stdin"));
        QVERIFY(add.out.contains("--region"));
        QVERIFY(!add.out.contains("--remember"));

        const Run group = run({u"task"_s, u"--help"_s});
        QCOMPARE(group.exitCode, 0);
        for (const char* part : {"task list", "task show ID", "task start ID [ID...]",
                                 "task stop ID [ID...]", "--status", "--remember"}) {
            QVERIFY2(group.out.contains(part), part);
        }
        QVERIFY(!group.out.contains("--region"));

        // What is not a command gets the overview.
        const Run unknown = run({u"frobnicate"_s, u"--help"_s});
        QCOMPARE(unknown.exitCode, 0);
        QVERIFY(unknown.out.contains("Exit codes"));
        QVERIFY(profileNames().isEmpty());
    }

    // What --help knows, the man page and the bash completion know too: every
    // command and every option of it.
    void theManPageAndTheCompletionKnowEveryCommand()
    {
        QFile manPage(QStringLiteral(OMS_SYNC_PACKAGING_DIR "/oms-sync.1.in"));
        QFile completion(QStringLiteral(OMS_SYNC_PACKAGING_DIR "/oms-sync.bash-completion"));
        QVERIFY(manPage.open(QIODevice::ReadOnly));
        QVERIFY(completion.open(QIODevice::ReadOnly));
        const QString man = QString::fromUtf8(manPage.readAll());
        const QString bash = QString::fromUtf8(completion.readAll());
        static const QRegularExpression commandLine(
            u"^  ((profile|task|source) [a-z-]+|watch)\\b"_s, QRegularExpression::MultilineOption);
        static const QRegularExpression optionLine(u"^  (?:-[a-z], )?(--[a-z-]+)"_s,
                                                   QRegularExpression::MultilineOption);
        QStringList commands;
        for (const QString& group : {u"profile"_s, u"task"_s, u"source"_s}) {
            const Run help = run({group, u"--help"_s});
            for (const auto& match : commandLine.globalMatch(QString::fromUtf8(help.out))) {
                commands.append(match.captured(1));
            }
        }
        commands.append(u"watch"_s);
        QVERIFY(commands.size() >= 19);
        for (const QString& command : std::as_const(commands)) {
            const QString verb = command.section(u' ', -1);
            QVERIFY2(man.contains(QString(command).replace(u"-"_s, u"\\-"_s)), qPrintable(command));
            QVERIFY2(bash.contains(verb), qPrintable(command));
            const Run help = run(command.split(u' ') + QStringList {u"--help"_s});
            for (const auto& match : optionLine.globalMatch(QString::fromUtf8(help.out))) {
                const QString option = match.captured(1);
                if (option == u"--help"_s || option == u"--help-all"_s
                    || option == u"--version"_s) {
                    continue;
                }
                QVERIFY2(man.contains(QString(option).replace(u"-"_s, u"\\-"_s)),
                         qPrintable(command + u' ' + option + u" is not in the man page"_s));
                QVERIFY2(bash.contains(option),
                         qPrintable(command + u' ' + option + u" is not in the completion"_s));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "TestCliCommands.moc"
