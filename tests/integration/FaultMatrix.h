// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// The fault matrix of docs/fault-matrix.md as data: what the simulator does
// to one operation, and what the client and oms-sync must make of it. The
// core test and the CLI test both run every row.
namespace OmsSync::Test::FaultMatrix {

enum class Operation { List, Show, Start, Stop, Create, Delete };

enum class Expect {
    Success, // the operation succeeds (after retries where the row says)
    Failure, // it fails with the error class of the row
    AnswerLostDone, // a write whose answer was lost; the service's state shows it worked
    AnswerLostNotDone, // ... and shows it did not: safe to retry
};

struct Row
{
    const char* name;
    Operation operation;
    QJsonObject fault; // method and path are filled in per operation; empty: none
    bool expireToken = false; // the service's clock jumps past the token's end first
    int requests; // how many requests of the operation reach the service
    Expect expect;
    const char* errorKind; // ApiError kind name when it fails: "Timeout", "Service", ...
    int httpStatus; // of the reported error, 0 when none
    int exitCode; // of oms-sync
};

QString operationName(Operation operation);
// The fault restricted to one operation's method and path.
QJsonObject faultFor(Operation operation, QJsonObject fault);
QList<Row> rows();

// The first task of a region in the simulator's state with this status.
QString taskIn(const QJsonObject& simulatorState, const QString& region, const QString& status);
// How many requests of one operation the simulator's log holds (a start's
// follow-up read is a GET and does not count as a start).
int requestsOf(Operation operation, const QJsonArray& log);

} // namespace OmsSync::Test::FaultMatrix
