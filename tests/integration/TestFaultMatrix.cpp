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

    QJsonArray tasksOfTheRegion()
    {
        for (const QJsonValue& project : m_sim.state().value(u"projects"_s).toArray()) {
            if (project.toObject().value(u"name"_s).toString() == u"cn-north-4"_s) {
                return project.toObject().value(u"tasks"_s).toArray();
            }
        }
        return {};
    }

    qsizetype taskCount() { return tasksOfTheRegion().size(); }

    QJsonObject simTask(const QString& id)
    {
        for (const QJsonValue& task : tasksOfTheRegion()) {
            if (task.toObject().value(u"sync_task_id"_s).toString() == id) {
                return task.toObject();
            }
        }
        return {};
    }

    static TaskActionJob::Outcome asActionOutcome(TaskCreateJob::Outcome outcome)
    {
        switch (outcome) {
        case TaskCreateJob::Outcome::Created:
            return TaskActionJob::Outcome::Done;
        case TaskCreateJob::Outcome::CreatedAnswerLost:
            return TaskActionJob::Outcome::DoneAnswerLost;
        case TaskCreateJob::Outcome::NotCreatedAnswerLost:
            return TaskActionJob::Outcome::NotDoneAnswerLost;
        case TaskCreateJob::Outcome::NotCreated:
        case TaskCreateJob::Outcome::Unknown:
            break;
        }
        return TaskActionJob::Outcome::NotDone;
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

        const bool writes = row.operation != Operation::List && row.operation != Operation::Show;
        const QString before = row.operation == Operation::Stop ? u"SYNCHRONIZING"_s : u"STOPPED"_s;
        const QString taskId = taskIn(before);
        QVERIFY(!taskId.isEmpty());
        const qsizetype tasksBefore = taskCount();
        QVERIFY(m_sim.clearLog());
        QJsonObject fault = row.fault;
        if (row.expireToken && row.operation == Operation::Create) {
            // A create reads the task list first, which would meet the expired
            // token; the gateway's 401 goes to the create itself instead.
            fault = QJsonObject {{u"kind"_s, u"status"_s},
                                 {u"status"_s, 401},
                                 {u"count"_s, 1},
                                 {u"body"_s,
                                  QJsonObject {{u"error_code"_s, u"APIGW.0301"_s},
                                               {u"error_msg"_s, u"The token must be updated"_s}}}};
        } else if (row.expireToken) {
            m_sim.shiftClock(25LL * 3600 * 1000);
        }
        if (!fault.isEmpty()) {
            QVERIFY(!m_sim.injectFault(faultFor(row.operation, fault)).isEmpty());
        }

        ApiError error;
        // The outcome of a write, in TaskActionJob's terms (a create's mapped).
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
        case Operation::Create: {
            SyncTaskSpec spec;
            spec.sourceRegion = u"cn-hangzhou"_s;
            spec.sourceBucket = u"matrix"_s;
            spec.destinationRegion = u"cn-north-4"_s;
            spec.destinationBucket = u"matrix-obs"_s;
            job = client.createTask(spec, {u"AK1"_s, u"SK1"_s, u"AK2"_s, u"SK2"_s, {}});
            break;
        }
        case Operation::Delete:
            job = client.deleteTask(taskId);
            break;
        }
        connect(job, &OmsJob::finished, this, [&, job] {
            error = job->error();
            if (auto* action = qobject_cast<TaskActionJob*>(job)) {
                outcome = action->outcome();
            } else if (auto* create = qobject_cast<TaskCreateJob*>(job)) {
                outcome = asActionOutcome(create->outcome());
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
        if (!writes) {
            return;
        }
        // The service is where the client says it is.
        const bool worked = row.expect == Expect::Success || row.expect == Expect::AnswerLostDone;
        const QJsonObject task = simTask(taskId);
        switch (row.operation) {
        case Operation::Start:
        case Operation::Stop: {
            const QString after =
                row.operation == Operation::Start ? u"SYNCHRONIZING"_s : u"STOPPED"_s;
            QCOMPARE(task.value(u"status"_s).toString(), worked ? after : before);
            break;
        }
        case Operation::Create:
            QCOMPARE(taskCount(), tasksBefore + (worked ? 1 : 0));
            break;
        case Operation::Delete:
            QCOMPARE(task.isEmpty(), worked);
            QCOMPARE(taskCount(), tasksBefore - (worked ? 1 : 0));
            break;
        case Operation::List:
        case Operation::Show:
            break;
        }
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "TestFaultMatrix.moc"
