// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncObjectsDialog.h"

#include "DisplayText.h"
#include "Icons.h"
#include "OmsClient.h"
#include "OmsJob.h"
#include "ProblemLabel.h"
#include "ProfileController.h"
#include "ProfileSession.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace OmsSync::Gui {

namespace {

enum Column { Keys, Result };

} // namespace

SyncObjectsDialog::SyncObjectsDialog(ProfileController* profiles, const QUuid& profileId,
                                     const SyncTask& task, QWidget* parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_profileId(profileId)
    , m_task(task)
{
    setObjectName(u"syncObjectsDialog"_s);
    setWindowTitle(tr("Sync Objects Now"));

    auto* title = new QLabel(tr("Sync chosen objects of “%1” now").arg(task.displayName()));
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);

    auto* explanation =
        new QLabel(tr("OMS copies these objects from %1 bucket %2 to OBS bucket %3 without "
                      "waiting for the next scan. Paste one object key a line, as it is named in "
                      "the source bucket (for example photos/2026/beach.jpg).")
                       .arg(DisplayText::cloud(task.srcCloudType), task.srcBucket, task.dstBucket));
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);

    auto* keysLabel = new QLabel(tr("Object &keys, one a line:"));
    m_keys = new QPlainTextEdit;
    m_keys->setObjectName(u"objectKeys"_s);
    m_keys->setAccessibleName(tr("Object keys, one a line"));
    m_keys->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_keys->setTabChangesFocus(true);
    keysLabel->setBuddy(m_keys);
    connect(m_keys, &QPlainTextEdit::textChanged, this, &SyncObjectsDialog::validate);

    m_count = new QLabel;
    m_count->setObjectName(u"keyCount"_s);
    m_problem = new ProblemLabel;
    m_problem->setObjectName(u"keysProblem"_s);

    m_results = new QTreeWidget;
    m_results->setObjectName(u"callResults"_s);
    m_results->setAccessibleName(tr("Results, one row a call"));
    m_results->setRootIsDecorated(false);
    m_results->setHeaderLabels({tr("Keys"), tr("Result")});
    m_results->header()->setSectionResizeMode(Keys, QHeaderView::ResizeToContents);
    m_results->header()->setStretchLastSection(true);
    m_results->setMinimumHeight(m_results->fontMetrics().height() * 6);
    m_results->hide();

    auto* buttons = new QDialogButtonBox;
    m_send = buttons->addButton(tr("&Sync Now"), QDialogButtonBox::AcceptRole);
    m_send->setObjectName(u"sendButton"_s);
    m_send->setIcon(Icons::action(u"refresh"_s));
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    connect(m_send, &QPushButton::clicked, this, &SyncObjectsDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(explanation);
    layout->addWidget(keysLabel);
    layout->addWidget(m_keys, 2);
    layout->addWidget(m_count);
    layout->addWidget(m_problem);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);
    m_send->setDefault(true);
    setMinimumSize(560, 420);
    validate();
}

SyncObjectsDialog::~SyncObjectsDialog() = default;

QStringList SyncObjectsDialog::keys() const
{
    QStringList keys;
    for (const QString& line : m_keys->toPlainText().split(u'\n')) {
        // A pasted Windows line end is not part of the key; other white space is.
        const QString key = line.endsWith(u'\r') ? line.chopped(1) : line;
        if (!key.isEmpty()) {
            keys.append(key);
        }
    }
    return keys;
}

QString SyncObjectsDialog::problem() const
{
    return m_problem->text();
}

void SyncObjectsDialog::validate()
{
    const QStringList keys = this->keys();
    const int calls =
        int((keys.size() + SyncEventsJob::keysPerCall - 1) / SyncEventsJob::keysPerCall);
    m_count->setText(keys.isEmpty() ? tr("No keys yet.")
                                    : tr("%n key(s)", nullptr, int(keys.size())) + u", "_s
                             + tr("sent in %n call(s) of at most 10.", nullptr, calls));
    const ApiError error = keys.isEmpty() ? ApiError() : SyncEventsJob::validateKeys(keys);
    QString text;
    if (error.isError()) {
        // "object_keys[3]" is the wire's name; the user counts lines from 1.
        static const QRegularExpression index(u"object_keys\\[(\\d+)\\]"_s);
        const auto match = index.match(error.field());
        text = match.hasMatch() ? tr("Key %1 is longer than %2 characters once URL-encoded.")
                                      .arg(match.captured(1).toInt() + 1)
                                      .arg(SyncEventsJob::maxEncodedKeyLength)
                                : error.message();
    }
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_send->setEnabled(!keys.isEmpty() && text.isEmpty() && !isSending());
}

void SyncObjectsDialog::setSending(bool sending)
{
    m_keys->setReadOnly(sending);
    m_send->setText(sending ? tr("Sending…") : tr("&Sync Now"));
    validate();
}

void SyncObjectsDialog::send()
{
    const QStringList keys = this->keys();
    if (keys.isEmpty() || !problem().isEmpty() || isSending()) {
        return;
    }
    m_results->clear();
    for (qsizetype first = 0; first < keys.size(); first += SyncEventsJob::keysPerCall) {
        const qsizetype last = std::min(first + SyncEventsJob::keysPerCall, keys.size());
        auto* item = new QTreeWidgetItem(m_results);
        item->setText(Keys,
                      last - first == 1 ? keys[first]
                                        : tr("%1 … %2 (%3 to %4)")
                                              .arg(keys[first], keys[last - 1])
                                              .arg(first + 1)
                                              .arg(last));
        item->setToolTip(Keys, keys.mid(first, last - first).join(u'\n'));
        item->setText(Result, tr("Waiting"));
    }
    m_results->show();
    m_waitingForSession = true;
    setSending(true);
    m_profiles->withSession(
        m_profileId, this, [this, keys](ProfileSession* session, const ApiError& error) {
            m_waitingForSession = false;
            if (!session) {
                for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
                    m_results->topLevelItem(i)->setText(Result,
                                                        tr("Not sent: %1").arg(error.summary()));
                }
                setSending(false);
                Q_EMIT sent(m_results->topLevelItemCount(), m_results->topLevelItemCount());
                return;
            }
            m_job = session->client()->syncObjects(m_task.id, keys);
            connect(m_job, &SyncEventsJob::batchFinished, this, &SyncObjectsDialog::showBatch);
            connect(m_job, &OmsJob::finished, this, &SyncObjectsDialog::finished);
            if (m_results->topLevelItemCount() > 0) {
                m_results->topLevelItem(0)->setText(Result, tr("Sending…"));
            }
        });
}

void SyncObjectsDialog::showBatch(int index)
{
    const SyncEventsJob::Batch& batch = m_job->batches().at(index);
    if (QTreeWidgetItem* item = m_results->topLevelItem(index)) {
        item->setText(Result, batch.error.isError() ? batch.error.summary() : tr("Sync requested"));
        item->setIcon(Result, Icons::action(batch.error.isError() ? u"close"_s : u"start"_s));
        item->setToolTip(Result, item->text(Result));
    }
    if (QTreeWidgetItem* next = m_results->topLevelItem(index + 1)) {
        next->setText(Result, tr("Sending…"));
    }
}

void SyncObjectsDialog::finished()
{
    const QList<SyncEventsJob::Batch> batches = m_job->batches();
    int failed = 0;
    for (int i = 0; i < batches.size(); ++i) {
        QTreeWidgetItem* item = m_results->topLevelItem(i);
        if (!item) {
            continue;
        }
        if (batches[i].error.isError()) {
            ++failed;
            item->setText(Result, batches[i].error.summary());
            item->setToolTip(Result, item->text(Result));
        }
    }
    if (batches.isEmpty() || (!batches.first().sent && m_job->error().isError())) {
        for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
            m_results->topLevelItem(i)->setText(Result,
                                                tr("Not sent: %1").arg(m_job->error().summary()));
        }
        failed = m_results->topLevelItemCount();
    }
    m_job = nullptr;
    setSending(false);
    Q_EMIT sent(int(batches.size()), failed);
}

} // namespace OmsSync::Gui
