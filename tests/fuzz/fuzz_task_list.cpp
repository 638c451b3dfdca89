// SPDX-License-Identifier: GPL-3.0-or-later
//
// ListSyncTasks reply bodies (SyncTaskPage::parse). Checks: no crash or
// sanitizer report on any body; a refused body says why; count is never
// below the tasks on the page; every task survives toJson() and fromJson()
// unchanged (the id above all: `oms-sync --json` output must name the same
// tasks); and the whole page written out as JSON text parses back to the
// same tasks and count.

#include "FuzzCheck.h"
#include "SyncTask.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using OmsSync::SyncTask;
using OmsSync::SyncTaskPage;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = OmsSync::Fuzz::bytes(data, size);
    QString error;
    const std::optional<SyncTaskPage> page = SyncTaskPage::parse(body, &error);
    if (!page) {
        OMS_FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    OMS_FUZZ_CHECK(page->count >= page->tasks.size());

    QJsonArray written;
    for (const SyncTask& task : page->tasks) {
        OMS_FUZZ_CHECK(task.status == OmsSync::syncTaskStatusFromWireName(task.statusText));
        const QJsonObject json = task.toJson();
        const SyncTask again = SyncTask::fromJson(json);
        OMS_FUZZ_CHECK(again.id == task.id);
        OMS_FUZZ_CHECK(again == task);
        OMS_FUZZ_CHECK(again.toJson() == json);
        written.append(json);
    }

    const QByteArray text =
        QJsonDocument(QJsonObject {{"tasks"_L1, written}, {"count"_L1, page->count}})
            .toJson(QJsonDocument::Compact);
    QString reparseError;
    const std::optional<SyncTaskPage> reparsed = SyncTaskPage::parse(text, &reparseError);
    OMS_FUZZ_CHECK(reparsed.has_value());
    OMS_FUZZ_CHECK(reparsed->tasks.size() == page->tasks.size());
    for (qsizetype i = 0; i < page->tasks.size(); ++i) {
        OMS_FUZZ_CHECK(reparsed->tasks.at(i).id == page->tasks.at(i).id);
        OMS_FUZZ_CHECK(reparsed->tasks.at(i) == page->tasks.at(i));
    }
    OMS_FUZZ_CHECK(reparsed->count == page->count);
    return 0;
}
