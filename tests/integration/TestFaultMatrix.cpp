// SPDX-License-Identifier: GPL-3.0-or-later
#include "FaultMatrix.h"
#include "IamPasswordAuthenticator.h"
#include "OmsClient.h"
#include "SimulatorProcess.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace OmsSync;
using namespace OmsSync::Test::FaultMatrix;
using OmsSync::Test::SimulatorProcess;

Q_DECLARE_METATYPE(OmsSync::Test::FaultMatrix::Row)

namespace {

QString kindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return {};
    case ApiError::Kind::Validation:
        return u"Validation"_s;
    case ApiError::Kind::Authentication:
        return u"Authentication"_s;
    case ApiError::Kind::Service:
        return u"Service"_s;
    case ApiError::Kind::Network:
        return u"Network"_s;
    case ApiError::Kind::Timeout:
        return u"Timeout"_s;
    case ApiError::Kind::MalformedReply:
        return u"MalformedReply"_s;
    case ApiError::Kind::Keychain:
        return u"Keychain"_s;
    case ApiError::Kind::Storage:
        return u"Storage"_s;
    }
    return {};
}

} // namespace

// Every row of docs/fault-matrix.md through OmsClient: what is retried, what
// the caller is told, and that a start or stop is never sent twice.
class TestFaultMatrix : public QObject
{
    Q_OBJECT

private:
    SimulatorProcess m_sim;

    QString taskIn(const QString& status)
    {
        return OmsSync::Test::FaultMatrix::taskIn(m_sim.state(), u"cn-north-4"_s, status);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start({u"--log-requests"_s}), qPrintable(m_sim.errorString()));
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
        QVERIFY(m_sim.setClockOffset(0));

        CallPolicy policy;
        policy.timeout = 2s;
        policy.firstBackoff = 50ms;
        OmsClient client({m_sim.baseUrl(), m_sim.baseUrl(), u"cn-north-4"_s, {}}, policy);
        client.setAuthenticator(std::make_unique<IamPasswordAuthenticator>(
            client.transport(),
            IamPasswordAuthenticator::Account {
                m_sim.baseUrl(), u"demo"_s, u"demo"_s, u"cn-north-4"_s, {}},
            u"demo-password"_s, policy));

        // Signed in and connected before the fault, as in a running session.
        bool warmedUp = false;
        connect(client.listTasks(), &OmsJob::finished, this, [&warmedUp] { warmedUp = true; });
        QTRY_VERIFY_WITH_TIMEOUT(warmedUp, 10000);

        const bool writes = row.operation == Operation::Start || row.operation == Operation::Stop;
        const QString before = row.operation == Operation::Stop ? u"SYNCHRONIZING"_s : u"STOPPED"_s;
        const QString taskId = taskIn(before);
        QVERIFY(!taskId.isEmpty());
        QVERIFY(m_sim.clearLog());
        if (row.expireToken) {
            m_sim.shiftClock(25LL * 3600 * 1000);
        }
        if (!row.fault.isEmpty()) {
            QVERIFY(!m_sim.injectFault(faultFor(row.operation, row.fault)).isEmpty());
        }

        ApiError error;
        std::optional<TaskActionJob::Outcome> outcome;
        bool done = false;
        OmsJob* job = nullptr;
        switch (row.operation) {
        case Operation::List:
            job = client.listTasks();
            break;
        case Operation::Show:
            job = client.showTask(taskId);
            break;
        case Operation::Start:
            job = client.startTask(taskId, {u"AK1"_s, u"SK1"_s, u"AK2"_s, u"SK2"_s, {}});
            break;
        case Operation::Stop:
            job = client.stopTask(taskId);
            break;
        }
        connect(job, &OmsJob::finished, this, [&, job] {
            error = job->error();
            if (auto* action = qobject_cast<TaskActionJob*>(job)) {
                outcome = action->outcome();
            }
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);

        QCOMPARE(requestsOf(row.operation, m_sim.requestLog()), row.requests);
        switch (row.expect) {
        case Expect::Success:
            QVERIFY2(!error.isError(), qPrintable(error.summary()));
            if (writes) {
                QCOMPARE(outcome, std::optional(TaskActionJob::Outcome::Done));
            }
            break;
        case Expect::Failure:
            QCOMPARE(kindName(error.kind()), QString::fromLatin1(row.errorKind));
            QCOMPARE(error.httpStatus(), row.httpStatus);
            if (writes) {
                QCOMPARE(outcome, std::optional(TaskActionJob::Outcome::NotDone));
            }
            break;
        case Expect::AnswerLostDone:
            QVERIFY2(!error.isError(), qPrintable(error.summary()));
            QCOMPARE(outcome, std::optional(TaskActionJob::Outcome::DoneAnswerLost));
            break;
        case Expect::AnswerLostNotDone:
            QCOMPARE(kindName(error.kind()), QString::fromLatin1(row.errorKind));
            QCOMPARE(outcome, std::optional(TaskActionJob::Outcome::NotDoneAnswerLost));
            break;
        }
        if (writes) {
            // The task is where the client says it is.
            const bool worked =
                row.expect == Expect::Success || row.expect == Expect::AnswerLostDone;
            const QString after =
                row.operation == Operation::Start ? u"SYNCHRONIZING"_s : u"STOPPED"_s;
            QCOMPARE(taskIn(worked ? after : before).isEmpty(), false);
            bool found = false;
            for (const QJsonValue& project : m_sim.state().value(u"projects"_s).toArray()) {
                for (const QJsonValue& task : project.toObject().value(u"tasks"_s).toArray()) {
                    if (task.toObject().value(u"sync_task_id"_s).toString() == taskId) {
                        QCOMPARE(task.toObject().value(u"status"_s).toString(),
                                 worked ? after : before);
                        found = true;
                    }
                }
            }
            QVERIFY(found);
        }
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "TestFaultMatrix.moc"
