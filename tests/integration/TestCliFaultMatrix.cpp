// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliProcess.h"
#include "FaultMatrix.h"
#include "SimulatorProcess.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace OmsSync::Test::FaultMatrix;
using OmsSync::Test::CliProcess;
using OmsSync::Test::SimulatorProcess;

Q_DECLARE_METATYPE(OmsSync::Test::FaultMatrix::Row)

// Every row of docs/fault-matrix.md through oms-sync: the exit code a script
// sees, what it is told, and that a start or stop reaches the service once.
class TestCliFaultMatrix : public QObject
{
    Q_OBJECT

private:
    SimulatorProcess m_sim;
    QTemporaryDir m_home;
    std::unique_ptr<CliProcess> m_cli;

    QString taskIn(const QString& status)
    {
        return OmsSync::Test::FaultMatrix::taskIn(m_sim.state(), u"cn-north-4"_s, status);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start({u"--log-requests"_s}), qPrintable(m_sim.errorString()));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + m_home.filePath(u"no-bus"_s));
        env.insert(u"OMS_SYNC_PASSWORD"_s, u"demo-password"_s);
        env.insert(u"OMS_SYNC_SRC_AK"_s, u"AK1"_s);
        env.insert(u"OMS_SYNC_SRC_SK"_s, u"SK1"_s);
        env.insert(u"OMS_SYNC_DST_AK"_s, u"AK2"_s);
        env.insert(u"OMS_SYNC_DST_SK"_s, u"SK2"_s);
        m_cli = std::make_unique<CliProcess>(env);
        const QString endpoint = m_sim.baseUrl().toString();
        // The project id is known, as after a first run: the rows count
        // task requests only.
        const auto added = m_cli->run(
            {u"profile"_s, u"add"_s, u"demo"_s, u"--region"_s, u"cn-north-4"_s, u"--project-id"_s,
             m_sim.projectId(u"cn-north-4"_s), u"--user"_s, u"demo"_s, u"--account"_s, u"demo"_s,
             u"--oms-endpoint"_s, endpoint, u"--iam-endpoint"_s, endpoint});
        QCOMPARE(added.exitCode, 0);
    }

    void cleanupTestCase() { QVERIFY(m_sim.stop()); }

    void everyRow_data()
    {
        QTest::addColumn<Row>("row");
        for (const Row& row : rows()) {
            QTest::addRow("%s: %s", qPrintable(operationName(row.operation)), row.name) << row;
        }
    }

    void everyRow()
    {
        QFETCH(Row, row);
        QVERIFY(m_sim.reset());
        QVERIFY(m_sim.clearFaults());
        QVERIFY(m_sim.clearLog());

        const QString before = row.operation == Operation::Stop ? u"SYNCHRONIZING"_s : u"STOPPED"_s;
        const QString taskId = taskIn(before);
        QVERIFY(!taskId.isEmpty());
        QJsonObject fault = row.fault;
        if (row.expireToken) {
            // Each run signs in afresh, so the token that expires mid-session
            // is the gateway's answer to the first request.
            fault = QJsonObject {{u"kind"_s, u"status"_s},
                                 {u"status"_s, 401},
                                 {u"count"_s, 1},
                                 {u"body"_s,
                                  QJsonObject {{u"error_code"_s, u"APIGW.0301"_s},
                                               {u"error_msg"_s,
                                                u"Incorrect IAM authentication "
                                                u"information: The token must be "
                                                u"updated"_s}}}};
        }
        if (!fault.isEmpty()) {
            QVERIFY(!m_sim.injectFault(faultFor(row.operation, fault)).isEmpty());
        }

        QStringList arguments {u"--timeout"_s, u"2"_s, u"task"_s};
        switch (row.operation) {
        case Operation::List:
            arguments << u"list"_s;
            break;
        case Operation::Show:
            arguments << u"show"_s << taskId;
            break;
        case Operation::Start:
            arguments << u"start"_s << taskId;
            break;
        case Operation::Stop:
            arguments << u"stop"_s << taskId;
            break;
        case Operation::Create:
            arguments << u"create"_s << u"--src-region"_s << u"cn-hangzhou"_s << u"--src-bucket"_s
                      << u"matrix"_s << u"--dst-bucket"_s << u"matrix-obs"_s;
            break;
        case Operation::Delete:
            arguments << u"delete"_s << u"--yes"_s << taskId;
            break;
        }
        const CliProcess::Result result = m_cli->run(arguments);
        QVERIFY2(
            result.exitCode == row.exitCode,
            qPrintable(u"exit %1: %2"_s.arg(result.exitCode).arg(QString::fromUtf8(result.err))));
        QCOMPARE(requestsOf(row.operation, m_sim.requestLog()), row.requests);

        const QString said = QString::fromUtf8(result.out + result.err);
        switch (row.expect) {
        case Expect::Success:
            QVERIFY(result.err.isEmpty() || !result.err.contains("oms-sync:"));
            break;
        case Expect::AnswerLostDone:
            QVERIFY2(said.contains(u"lost"_s), qPrintable(said));
            break;
        case Expect::AnswerLostNotDone:
            QVERIFY2(said.contains(u"safe to retry"_s), qPrintable(said));
            break;
        case Expect::Failure:
            if (row.httpStatus >= 400) {
                QVERIFY2(said.contains(u"HTTP %1"_s.arg(row.httpStatus)), qPrintable(said));
                QVERIFY2(said.contains(u"request id"_s), qPrintable(said));
            }
            break;
        }
    }
};

QTEST_GUILESS_MAIN(TestCliFaultMatrix)
#include "TestCliFaultMatrix.moc"
