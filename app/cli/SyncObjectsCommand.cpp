// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncObjectsCommand.h"

#include "CommandContext.h"
#include "InputRules.h"
#include "OmsClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace OmsSync::Cli {

namespace {

// Far more keys than anyone pastes; a bigger file is the wrong file.
constexpr qint64 maxKeyFileBytes = 64 << 20;

} // namespace

SyncObjectsCommand::SyncObjectsCommand()
    : Command(u"task"_s, u"sync-objects"_s, 1, manyArguments)
{ }

QString SyncObjectsCommand::description() const
{
    return tr("Ask OMS to sync the named objects of a task now.");
}

QString SyncObjectsCommand::details() const
{
    return tr("The keys are the arguments after ID and, with --from-file, the lines of\n"
              "FILE (\"-\": standard input), one key a line. They are sent URL-encoded,\n"
              "10 a call, one call after the other; each call gets its own result (OMS\n"
              "reports none per key). A refused call does not stop the others; a sign-in,\n"
              "network or server failure does, and the calls not sent are reported.");
}

QList<Command::Argument> SyncObjectsCommand::arguments() const
{
    return {{u"ID"_s, tr("The sync task."), u"ID"_s},
            {u"KEY"_s, tr("Object keys to sync."), u"[KEY...]"_s}};
}

QList<QCommandLineOption> SyncObjectsCommand::options() const
{
    return {{u"from-file"_s,
             tr("task sync-objects: read object keys from FILE, one a line (\"-\": "
                "standard input)."),
             tr("FILE", "option value")}};
}

ApiError SyncObjectsCommand::check(const QCommandLineParser& parser,
                                   const QStringList& arguments) const
{
    if (const ApiError error = InputRules::checkTaskId(arguments.value(0)); error.isError()) {
        return error;
    }
    if (arguments.size() < 2 && !parser.isSet(u"from-file"_s)) {
        return ApiError::validation(u"KEY"_s,
                                    tr("Name at least one object key, or use --from-file."));
    }
    return {};
}

QStringList SyncObjectsCommand::keysFromLines(const QByteArray& text)
{
    QStringList keys;
    for (QByteArray line : text.split('\n')) {
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        if (!line.isEmpty()) {
            keys.append(QString::fromUtf8(line));
        }
    }
    return keys;
}

void SyncObjectsCommand::execute(CommandContext& context, const QCommandLineParser& parser,
                                 const QStringList& arguments)
{
    const QString taskId = arguments.first();
    QStringList keys = arguments.mid(1);
    if (parser.isSet(u"from-file"_s)) {
        const QString path = parser.value(u"from-file"_s);
        QFile file;
        const bool opened = path == u"-"_s
            ? file.open(stdin, QIODevice::ReadOnly)
            : (file.setFileName(path), file.open(QIODevice::ReadOnly));
        const QByteArray data = opened ? file.read(maxKeyFileBytes + 1) : QByteArray();
        if (!opened || data.size() > maxKeyFileBytes) {
            context.fail(ApiError::validation(
                u"--from-file"_s,
                opened ? tr("%1 is larger than %2 bytes.").arg(path).arg(maxKeyFileBytes)
                       : tr("Cannot read %1: %2.").arg(path, file.errorString())));
            context.finish();
            return;
        }
        keys.append(keysFromLines(data));
    }
    if (const ApiError error = SyncEventsJob::validateKeys(keys); error.isError()) {
        context.fail(error);
        context.finish();
        return;
    }
    const auto profile = context.selectedProfile(parser.value(u"profile"_s));
    if (!profile) {
        context.finish();
        return;
    }
    context.withSession(*profile, [&context, taskId, keys] {
        SyncEventsJob* job = context.session()->client()->syncObjects(taskId, keys);
        QObject::connect(job, &OmsJob::finished, &context, [&context, job] {
            const auto& batches = job->batches();
            if (batches.isEmpty() || (!batches.first().sent && job->error().isError())) {
                // Refused before the first call: nothing was sent.
                context.fail(job->error());
                context.finish();
                return;
            }
            QJsonArray results;
            int worst = Success;
            int first = 1;
            for (const SyncEventsJob::Batch& batch : batches) {
                const int last = first + int(batch.keys.size()) - 1;
                const QString result = !batch.sent ? u"not_sent"_s
                    : batch.error.isError()        ? u"failed"_s
                                                   : u"requested"_s;
                QJsonObject json = batch.error.isError() ? batch.error.toJson() : QJsonObject();
                json.insert("keys"_L1, QJsonArray::fromStringList(batch.keys));
                json.insert("result"_L1, result);
                results.append(json);
                const QString range = tr("keys %1 to %2").arg(first).arg(last);
                if (!batch.error.isError()) {
                    if (!context.isJson()) {
                        context.console().result(tr("%1: sync requested").arg(range));
                    }
                } else {
                    worst = std::max(worst, exitCodeFor(batch.error));
                    if (!context.isJson()) {
                        context.console().message(
                            tr("oms-sync: %1: %2").arg(range, batch.error.summary()));
                    }
                }
                first = last + 1;
            }
            if (context.isJson()) {
                context.console().result(QJsonValue(results));
            }
            context.finish(worst);
        });
    });
}

} // namespace OmsSync::Cli
